"""The database bumps the data version on every write to the content tables.

Until now Django signals bumped it, so ``QuerySet.update()``, raw SQL and writes by
other programs left caches and ETags stale. See ``events/data_version.py``, which also
installs the triggers again after every ``migrate`` wherever they are missing.
"""

from django.db import migrations

from events.data_version import install_triggers

TABLES = (
    "events_source",
    "events_organization",
    "events_person",
    "events_place",
    "events_agreement",
    "events_agreement_parties",
    "events_event",
    "events_event_places",
    "events_event_organizations",
    "events_event_agreements",
    "events_participation",
    "events_citation",
)


def create_triggers(apps, schema_editor):
    install_triggers(schema_editor.connection, TABLES)


def drop_triggers(apps, schema_editor):
    # IF EXISTS: a later migration may have rebuilt a table on SQLite, dropping its triggers.
    sqlite = schema_editor.connection.vendor == "sqlite"
    for table in TABLES:
        if sqlite:
            for operation in ("insert", "update", "delete"):
                schema_editor.execute(
                    f"DROP TRIGGER IF EXISTS data_version_after_{operation}_{table}"
                )
        else:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS data_version_after_write ON {table}")
    if not sqlite:
        schema_editor.execute("DROP FUNCTION IF EXISTS events_bump_data_version()")


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0008_partial_date_constraints"),
    ]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
