"""A counter that the database bumps on every change to the timeline's content.

Cache keys and the ``ETag`` derive from it. The database keeps it: triggers on every
table the public pages, the API and the exports read bump it inside the writing
transaction. So every write path counts, whoever makes it: the admin, ``update()``,
``bulk_create()``, raw SQL, ``loaddata``, a data migration or another app instance;
and readers see the new data and the new version together.

Migration 0009 installs the triggers. A migration that adds a content table, or that
alters a column on SQLite (which rebuilds the table, dropping its triggers), must call
``install_triggers`` for it, as 0010 does; ``tests/test_data_version.py`` fails until
every content table has them.
"""

from datetime import UTC, datetime
from typing import NamedTuple

from django.apps import apps
from django.db import connection
from django.utils import timezone

# SQLite has only row-level triggers; it updates the counter row in place, so a bump per
# row written costs little.
_SQLITE_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS data_version_after_{operation}_{table} AFTER {operation} ON {table}
BEGIN
    INSERT INTO events_dataversion (id, version, changed_at)
    VALUES (1, 1, strftime('%Y-%m-%d %H:%M:%f', 'now'))
    ON CONFLICT (id) DO UPDATE SET version = version + 1, changed_at = excluded.changed_at;
END
"""
# PostgreSQL bumps on the first write of a transaction (statement-level triggers, TRUNCATE
# included) and not again until the version is read (``current`` re-arms it), remembered in
# a setting local to the transaction: updating the one counter row per statement would
# leave a chain of dead row versions that every later update in the same transaction
# walks, which makes bulk loads quadratic.
_BUMPED = "events.data_version_bumped"
_POSTGRESQL_FUNCTION = """
CREATE OR REPLACE FUNCTION events_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('{bumped}', true) IS DISTINCT FROM 'on' THEN
        PERFORM set_config('{bumped}', 'on', true);
        INSERT INTO events_dataversion (id, version, changed_at)
        VALUES (1, 1, clock_timestamp())
        ON CONFLICT (id) DO UPDATE
        SET version = events_dataversion.version + 1, changed_at = excluded.changed_at;
    END IF;
    RETURN NULL;
END
$$
""".replace("{bumped}", _BUMPED)
_POSTGRESQL_TRIGGER = """
CREATE OR REPLACE TRIGGER data_version_after_write
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
FOR EACH STATEMENT EXECUTE FUNCTION events_bump_data_version()
"""


class Version(NamedTuple):
    number: int
    changed_at: datetime


def current():
    # Reading the version re-arms the bump (see _POSTGRESQL_FUNCTION): whatever was
    # computed under this version, a later write in the same transaction changes it.
    rearm = f", set_config('{_BUMPED}', 'off', true)" if connection.vendor == "postgresql" else ""
    with connection.cursor() as cursor:
        # The one row, read on every request, so in SQL of its own: the ORM would take ten
        # times as long to build the query as the database takes to answer it.
        cursor.execute(f"SELECT version, changed_at{rearm} FROM events_dataversion WHERE id = 1")
        row = cursor.fetchone()
    if row is None:
        # A database migrated but never written to: version 0, as old as it can be.
        return Version(0, datetime(2000, 1, 1, tzinfo=UTC))
    number, changed_at = row[:2]
    if timezone.is_naive(changed_at):  # SQLite's, stored in UTC
        changed_at = timezone.make_aware(changed_at, UTC)
    return Version(number, changed_at)


def content_tables():
    """Every table the public pages, the API and the exports read: the app's models and
    their many-to-many links, but not the counter itself nor the revision history."""
    from .models import DataVersion

    tables = []
    for model in apps.get_app_config("events").get_models():
        if model is DataVersion or hasattr(model, "instance_type"):
            continue
        tables.append(model._meta.db_table)
        tables += [
            field.remote_field.through._meta.db_table for field in model._meta.local_many_to_many
        ]
    return sorted(set(tables))


def install_triggers(connection, tables):
    """Make each write to ``tables`` bump the version; harmless where already done."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(_POSTGRESQL_FUNCTION)
        for table in tables:
            if connection.vendor == "postgresql":
                cursor.execute(_POSTGRESQL_TRIGGER.format(table=table))
            else:
                for operation in ("INSERT", "UPDATE", "DELETE"):
                    cursor.execute(_SQLITE_TRIGGER.format(operation=operation, table=table))
