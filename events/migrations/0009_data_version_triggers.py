"""The database bumps the data version on every write to the content tables.

Until now Django signals bumped it, so ``QuerySet.update()``, raw SQL and writes by
other programs left caches and ETags stale. SQLite has only row-level triggers;
PostgreSQL bumps once per statement (and on TRUNCATE, which ``flush`` uses). Both
create the counter's row if it is missing. The SQL is written out here, not imported,
so that this migration keeps doing what it did when later code changes.
"""

from django.db import migrations

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
OPERATIONS = ("insert", "update", "delete")

SQLITE_TRIGGER = """
CREATE TRIGGER data_version_after_{operation}_{table} AFTER {operation} ON {table}
BEGIN
    INSERT INTO events_dataversion (id, version, changed_at)
    VALUES (1, 1, strftime('%Y-%m-%d %H:%M:%f', 'now'))
    ON CONFLICT (id) DO UPDATE
    SET version = version + 1, changed_at = excluded.changed_at;
END
"""

POSTGRESQL_FUNCTION = """
CREATE OR REPLACE FUNCTION events_bump_data_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO events_dataversion (id, version, changed_at)
    VALUES (1, 1, clock_timestamp())
    ON CONFLICT (id) DO UPDATE
    SET version = events_dataversion.version + 1, changed_at = excluded.changed_at;
    RETURN NULL;
END
$$
"""
POSTGRESQL_TRIGGER = """
CREATE TRIGGER data_version_after_write AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
ON {table} FOR EACH STATEMENT EXECUTE FUNCTION events_bump_data_version()
"""


def create_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for table in TABLES:
            for operation in OPERATIONS:
                schema_editor.execute(SQLITE_TRIGGER.format(operation=operation, table=table))
    elif vendor == "postgresql":
        schema_editor.execute(POSTGRESQL_FUNCTION)
        for table in TABLES:
            schema_editor.execute(POSTGRESQL_TRIGGER.format(table=table))
    else:
        raise NotImplementedError(f"No data-version triggers for {vendor}.")


def drop_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table in TABLES:
        if vendor == "sqlite":
            for operation in OPERATIONS:
                schema_editor.execute(f"DROP TRIGGER data_version_after_{operation}_{table}")
        else:
            schema_editor.execute(f"DROP TRIGGER data_version_after_write ON {table}")
    if vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION events_bump_data_version()")


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0008_partial_date_constraints"),
    ]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
