"""The date rules of events/dates.py, enforced by the database (see 0007 for the data)."""

import django.db.models.lookups
from django.db import migrations, models

import events.dates


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0007_source_date_precision_and_stored_dates_fixed"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="citation",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("reported_start_date__isnull", True),
                    ("reported_date_precision", "day"),
                    models.Q(
                        django.db.models.lookups.Exact(
                            events.dates.DayOfMonth("reported_start_date"), 1
                        ),
                        ("reported_date_precision", "month"),
                    ),
                    models.Q(
                        django.db.models.lookups.Exact(
                            events.dates.DayOfMonth("reported_start_date"), 1
                        ),
                        django.db.models.lookups.Exact(
                            events.dates.MonthOfYear("reported_start_date"), 1
                        ),
                        ("reported_date_precision", "year"),
                    ),
                    _connector="OR",
                ),
                name="citation_reading_start_starts_its_period",
                violation_error_message="A month or a year is stored as its first day.",
            ),
        ),
        migrations.AddConstraint(
            model_name="citation",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("reported_end_date__isnull", True),
                    ("reported_date_precision", "day"),
                    models.Q(
                        django.db.models.lookups.Exact(
                            events.dates.DayOfMonth("reported_end_date"), 1
                        ),
                        ("reported_date_precision", "month"),
                    ),
                    models.Q(
                        django.db.models.lookups.Exact(
                            events.dates.DayOfMonth("reported_end_date"), 1
                        ),
                        django.db.models.lookups.Exact(
                            events.dates.MonthOfYear("reported_end_date"), 1
                        ),
                        ("reported_date_precision", "year"),
                    ),
                    _connector="OR",
                ),
                name="citation_reading_end_starts_its_period",
                violation_error_message="A month or a year is stored as its first day.",
            ),
        ),
        migrations.AddConstraint(
            model_name="citation",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("reported_date_qualifier", "by"), _negated=True),
                    ("reported_end_date__isnull", True),
                    _connector="OR",
                ),
                name="citation_reading_by_has_no_end",
                violation_error_message="A “no later than” date is a single bound: it has no end.",
            ),
        ),
        migrations.AddConstraint(
            model_name="citation",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("reported_date_qualifier", "within"), _negated=True),
                    ("reported_end_date__isnull", False),
                    _connector="OR",
                ),
                name="citation_reading_within_has_end",
                violation_error_message="“At some point within this range” needs an end date.",
            ),
        ),
        migrations.AddConstraint(
            model_name="event",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("start_date__isnull", True),
                    ("date_precision", "day"),
                    models.Q(
                        django.db.models.lookups.Exact(events.dates.DayOfMonth("start_date"), 1),
                        ("date_precision", "month"),
                    ),
                    models.Q(
                        django.db.models.lookups.Exact(events.dates.DayOfMonth("start_date"), 1),
                        django.db.models.lookups.Exact(events.dates.MonthOfYear("start_date"), 1),
                        ("date_precision", "year"),
                    ),
                    _connector="OR",
                ),
                name="event_start_starts_its_period",
                violation_error_message="A month or a year is stored as its first day.",
            ),
        ),
        migrations.AddConstraint(
            model_name="event",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("end_date__isnull", True),
                    ("date_precision", "day"),
                    models.Q(
                        django.db.models.lookups.Exact(events.dates.DayOfMonth("end_date"), 1),
                        ("date_precision", "month"),
                    ),
                    models.Q(
                        django.db.models.lookups.Exact(events.dates.DayOfMonth("end_date"), 1),
                        django.db.models.lookups.Exact(events.dates.MonthOfYear("end_date"), 1),
                        ("date_precision", "year"),
                    ),
                    _connector="OR",
                ),
                name="event_end_starts_its_period",
                violation_error_message="A month or a year is stored as its first day.",
            ),
        ),
        migrations.AddConstraint(
            model_name="event",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("date_qualifier", "by"), _negated=True),
                    ("end_date__isnull", True),
                    _connector="OR",
                ),
                name="event_by_has_no_end",
                violation_error_message="A “no later than” date is a single bound: it has no end.",
            ),
        ),
        migrations.AddConstraint(
            model_name="event",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("date_qualifier", "within"), _negated=True),
                    ("end_date__isnull", False),
                    _connector="OR",
                ),
                name="event_within_has_end",
                violation_error_message="“At some point within this range” needs an end date.",
            ),
        ),
        migrations.AddConstraint(
            model_name="event",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("date_qualifier__in", ["exact", "approximate", "by", "within"])
                ),
                name="event_date_qualifier_known",
                violation_error_message="Choose a qualifier from the list.",
            ),
        ),
        migrations.AddConstraint(
            model_name="source",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("publication_date__isnull", True),
                    ("publication_date_precision", "day"),
                    models.Q(
                        django.db.models.lookups.Exact(
                            events.dates.DayOfMonth("publication_date"), 1
                        ),
                        ("publication_date_precision", "month"),
                    ),
                    models.Q(
                        django.db.models.lookups.Exact(
                            events.dates.DayOfMonth("publication_date"), 1
                        ),
                        django.db.models.lookups.Exact(
                            events.dates.MonthOfYear("publication_date"), 1
                        ),
                        ("publication_date_precision", "year"),
                    ),
                    _connector="OR",
                ),
                name="source_publication_date_starts_its_period",
                violation_error_message="A month or a year is stored as its first day.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="citation",
            name="citation_reading_end_after_start",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("reported_end_date__isnull", True),
                    ("reported_end_date__gt", models.F("reported_start_date")),
                    _connector="OR",
                ),
                name="citation_reading_end_after_start",
                violation_error_message="The end date must be after the start date.",
            ),
        ),
    ]
