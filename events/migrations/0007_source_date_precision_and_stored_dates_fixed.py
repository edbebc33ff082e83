"""Before the database enforces the date rules (0008), bring stored dates into line.

A month or a year is stored as its first day; an end at that precision that is no longer
after its start is dropped; a "by" date keeps its later bound and no end ("by 7–8 April"
claims no more than "by 8 April"); "within" without an end becomes exact. Each changed
row says so in its date note. Sources gain a publication-date precision (all "day").
"""

from datetime import date

from django.db import migrations, models
from django.db.models import F
from django.utils import timezone

PRECISIONS = {"day", "month", "year"}
QUALIFIERS = {"exact", "approximate", "by", "within"}
NOTE = "Stored date corrected when the database began to enforce the date rules: {}."


def coherent(start, end, precision, qualifier):
    """The reading with the rules applied, and what was changed (empty if nothing)."""
    changes = []
    if precision not in PRECISIONS:
        changes.append(f"unknown precision {precision!r} read as a day")
        precision = "day"
    if qualifier not in QUALIFIERS:
        changes.append(f"unknown qualifier {qualifier!r} read as exact")
        qualifier = "exact"

    def first_day(value):
        if precision == "year":
            return date(value.year, 1, 1)
        if precision == "month":
            return date(value.year, value.month, 1)
        return value

    if first_day(start) != start:
        changes.append(f"start {start.isoformat()} stored as {first_day(start).isoformat()}")
        start = first_day(start)
    if end is not None and first_day(end) != end:
        changes.append(f"end {end.isoformat()} stored as {first_day(end).isoformat()}")
        end = first_day(end)
    if end is not None and end <= start:
        changes.append(f"end {end.isoformat()} dropped, not after the start")
        end = None
    if qualifier == "by" and end is not None:
        changes.append(f"“by” a range read as by its end, {end.isoformat()}")
        start, end = end, None
    if qualifier == "within" and end is None:
        changes.append("“within” without an end read as exact")
        qualifier = "exact"
    return (start, end, precision, qualifier), changes


def with_note(note, changes):
    addition = NOTE.format("; ".join(changes))
    return f"{note}\n\n{addition}" if note else addition


def fix_stored_dates(apps, schema_editor):
    Event = apps.get_model("events", "Event")
    Citation = apps.get_model("events", "Citation")
    changed = 0
    for event in Event.objects.only(
        "start_date", "end_date", "date_precision", "date_qualifier", "date_note"
    ).iterator():
        reading = (event.start_date, event.end_date, event.date_precision, event.date_qualifier)
        fixed, changes = coherent(*reading)
        if changes:
            Event.objects.filter(pk=event.pk).update(
                start_date=fixed[0],
                end_date=fixed[1],
                date_precision=fixed[2],
                date_qualifier=fixed[3],
                date_note=with_note(event.date_note, changes),
            )
            changed += 1
    readings = Citation.objects.filter(reported_start_date__isnull=False).only(
        "reported_start_date",
        "reported_end_date",
        "reported_date_precision",
        "reported_date_qualifier",
        "reported_date_note",
    )
    for citation in readings.iterator():
        reading = (
            citation.reported_start_date,
            citation.reported_end_date,
            citation.reported_date_precision,
            citation.reported_date_qualifier,
        )
        fixed, changes = coherent(*reading)
        if changes:
            Citation.objects.filter(pk=citation.pk).update(
                reported_start_date=fixed[0],
                reported_end_date=fixed[1],
                reported_date_precision=fixed[2],
                reported_date_qualifier=fixed[3],
                reported_date_note=with_note(citation.reported_date_note, changes),
            )
            changed += 1
    if changed:
        # Signals do not run here: tell the caches that the data changed.
        DataVersion = apps.get_model("events", "DataVersion")
        DataVersion.objects.filter(pk=1).update(version=F("version") + 1, changed_at=timezone.now())


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0006_import_readings_and_source_language"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicalsource",
            name="publication_date_precision",
            field=models.CharField(
                choices=[("day", "Day"), ("month", "Month"), ("year", "Year")],
                default="day",
                help_text="How much of the publication date is known. A month or a year is never shown as a day.",
                max_length=10,
            ),
        ),
        migrations.AddField(
            model_name="source",
            name="publication_date_precision",
            field=models.CharField(
                choices=[("day", "Day"), ("month", "Month"), ("year", "Year")],
                default="day",
                help_text="How much of the publication date is known. A month or a year is never shown as a day.",
                max_length=10,
            ),
        ),
        migrations.AlterField(
            model_name="historicalsource",
            name="publication_date",
            field=models.DateField(
                help_text="The day the text was published; say below how that was established. Known only to the month or the year: enter its first day and choose that precision."
            ),
        ),
        migrations.AlterField(
            model_name="source",
            name="publication_date",
            field=models.DateField(
                help_text="The day the text was published; say below how that was established. Known only to the month or the year: enter its first day and choose that precision."
            ),
        ),
        migrations.RunPython(fix_stored_dates, migrations.RunPython.noop, elidable=True),
    ]
