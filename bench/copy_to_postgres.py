"""Copy a benchmark database from SQLite to PostgreSQL, table by table with ``COPY``.

``generate_demo_data`` against PostgreSQL inserts row by row (hours for 100,000 events on
this machine); building the data once in SQLite and copying it takes minutes::

    DATABASE_URL=postgres://postgres@127.0.0.1:54329/axis_bench .venv/bin/python manage.py migrate
    .venv/bin/python bench/copy_to_postgres.py /tmp/axis-bench.sqlite3 \\
        postgres://postgres@127.0.0.1:54329/axis_bench

The target must be freshly migrated (same migrations as the SQLite file) and empty of
events. The copy runs with ``session_replication_role = replica``, so foreign keys and
the data-version triggers do not fire row by row; the data version is bumped once at the
end, the sequences are moved past the copied keys and the tables analysed.
"""

import sqlite3
import sys

import psycopg


def tables(source, target):
    """The project's tables and the users; with foreign keys off, in any order. Only the
    tables both databases have: SQLite's full-text index (``events_searchpiece_fts`` and
    its shadow tables) has no counterpart in PostgreSQL, where the search pieces'
    ``tsvector`` column is computed as they are copied."""
    existing = {
        name
        for (name,) in target.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
    }
    return [
        name
        for (name,) in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
        if name.startswith(("auth_user", "events_")) and name in existing
    ]


def copy_table(source, target, name):
    columns = [row[1] for row in source.execute(f'PRAGMA table_info("{name}")')]
    with target.cursor() as cursor:
        types = dict(
            cursor.execute(
                "SELECT column_name, data_type FROM information_schema.columns"
                " WHERE table_name = %s",
                (name,),
            ).fetchall()
        )
        booleans = {index for index, column in enumerate(columns) if types[column] == "boolean"}
        cursor.execute(f'DELETE FROM "{name}"')
        quoted = ", ".join(f'"{column}"' for column in columns)
        rows = 0
        with cursor.copy(f'COPY "{name}" ({quoted}) FROM STDIN') as copy:
            for row in source.execute(f'SELECT {quoted} FROM "{name}"'):
                if booleans:
                    row = [
                        bool(value) if index in booleans and value is not None else value
                        for index, value in enumerate(row)
                    ]
                copy.write_row(row)
                rows += 1
        # Each key's sequence past the copied keys: ``id``, or a history's ``history_id``.
        for column in columns:
            cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", (f'"{name}"', column))
            (sequence,) = cursor.fetchone()
            if sequence:
                cursor.execute(
                    f'SELECT setval(%s, GREATEST((SELECT MAX("{column}") FROM "{name}"), 1))',
                    (sequence,),
                )
    return rows


def main(sqlite_path, postgres_url):
    source = sqlite3.connect(sqlite_path)
    with psycopg.connect(postgres_url) as target:
        target.execute("SET session_replication_role = replica")
        for name in tables(source, target):
            print(f"{name}: {copy_table(source, target, name):,} rows", flush=True)
        target.execute("SET session_replication_role = DEFAULT")
        target.execute("UPDATE events_dataversion SET version = version + 1")
    with psycopg.connect(postgres_url, autocommit=True) as target:
        target.execute("ANALYZE")


if __name__ == "__main__":
    main(*sys.argv[1:3])
