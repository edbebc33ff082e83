"""How many published events each person, agreement, place, organization and source is
linked to, kept by the database.

The timeline's facets show these numbers on every unfiltered page (and for the facet of
the one filter chosen), and counting them from the link tables means reading every link
of every published event. So ``events_tally`` holds one row per linked row: (kind, ref,
events), and triggers keep it current inside the writing transaction, whatever writes
(the admin, ``update()``, ``bulk_create()``, raw SQL, ``loaddata``, another program), as
the data version's and the search index's triggers do. A link counts while its event
exists and is published; an event counts once per row however many times it links it
(two quotes from one source).

- SQLite runs row triggers one row at a time, so each can tell from the table whether
  the row it wrote was the event's first (or last) link to that row.
- PostgreSQL runs statement triggers with the statement's old and new rows
  (transition tables): one update per tally per statement, where row triggers would
  pile up dead row versions of the busiest tallies in a bulk load. They are named to
  fire after the data version's trigger, so that every writer takes that lock first
  and two writers never wait for each other's tallies.

``manage.py rebuild_tallies`` counts everything again, should it ever be needed; a
migration that rebuilds a table on SQLite (altering a column does) drops its triggers
and must call ``install_triggers`` again.
"""

from dataclasses import dataclass

TALLY = "events_tally"
EVENTS = "events_event"


@dataclass(frozen=True)
class Link:
    """A kind of row events link to: ``kind`` (the timeline's filter name), the link
    table and its column naming the row."""

    kind: str
    table: str
    column: str


#: The same as ``events.kinds.KINDS`` (a test checks), spelt out for the migrations.
LINKS = (
    Link("person", "events_participation", "person_id"),
    Link("agreement", "events_event_agreements", "agreement_id"),
    Link("place", "events_event_places", "place_id"),
    Link("organization", "events_event_organizations", "organization_id"),
    Link("source", "events_citation", "source_id"),
)


def _change(kind, counted, sign):
    """The statement adding (``sign`` 1) or taking away (-1) the ``n`` of each ``ref``
    that the SELECT ``counted`` gives to ``kind``'s tallies. Taking away updates rather
    than upserts: the row to insert would fail the CHECK before its conflict is seen."""
    if sign > 0:
        return (
            f"INSERT INTO {TALLY} (kind, ref, events) SELECT '{kind}', ref, n FROM ({counted}) d"
            " WHERE true ON CONFLICT (kind, ref)"
            f" DO UPDATE SET events = {TALLY}.events + excluded.events"
        )
    return (
        f"UPDATE {TALLY} SET events = events - d.n FROM ({counted}) d"
        f" WHERE {TALLY}.kind = '{kind}' AND {TALLY}.ref = d.ref"
    )


@dataclass(frozen=True)
class Written:
    """The rows a write gave (``new``) and took (``old``) as FROM items, or None: a
    PostgreSQL statement's transition tables, or the one row a SQLite trigger fires for."""

    new: str | None
    old: str | None


def _link_changes(link, written):
    """The statements changing ``link.kind``'s tallies after ``written`` to its table: an
    event's first link to a row adds one, its last removes one, if the event is published."""
    pair = f"l.event_id = {{row}}.event_id AND l.{link.column} = {{row}}.{link.column}"
    published = f"JOIN {EVENTS} e ON e.id = {{row}}.event_id AND e.published"
    statements = []
    if written.new:
        # New to the event: no other row of the table had it, before or now.
        none_before = f"NOT EXISTS (SELECT 1 FROM {link.table} l WHERE {pair}"
        none_before += f" AND l.id NOT IN (SELECT id FROM {written.new}))"
        if written.old:
            none_before += f" AND NOT EXISTS (SELECT 1 FROM {written.old} l WHERE {pair})"
        statements.append(_tally(link, written.new, "n", published, none_before, 1))
    if written.old:
        none_now = f"NOT EXISTS (SELECT 1 FROM {link.table} l WHERE {pair})"
        statements.append(_tally(link, written.old, "o", published, none_now, -1))
    return statements


def _tally(link, rows, row, join, condition, sign):
    counted = (
        f"SELECT {row}.{link.column} AS ref, COUNT(DISTINCT {row}.event_id) AS n"
        f" FROM {rows} {row} {join} WHERE {condition} GROUP BY {row}.{link.column}"
    )
    return _change(link.kind, counted.replace("{row}", row), sign)


def _event_changes(written):
    """The statements changing every kind's tallies after ``written`` to the events: an
    event published (or made) adds one to each row it links to, an event withdrawn (or
    deleted) takes one away."""
    statements = []
    for rows, other, sign in ((written.new, written.old, 1), (written.old, written.new, -1)):
        if not rows:
            continue
        condition = "r.published"
        if other:
            condition += (
                f" AND NOT EXISTS (SELECT 1 FROM {other} x WHERE x.id = r.id AND x.published)"
            )
        for link in LINKS:
            counted = (
                f"SELECT l.{link.column} AS ref, COUNT(DISTINCT r.id) AS n"
                f" FROM {rows} r JOIN {link.table} l ON l.event_id = r.id"
                f" WHERE {condition} GROUP BY l.{link.column}"
            )
            statements.append(_change(link.kind, counted, sign))
    return statements


def _changes(table, written):
    if table == EVENTS:
        return _event_changes(written)
    return _link_changes(next(link for link in LINKS if link.table == table), written)


def _columns(table):
    """The columns the triggers read from a written row of ``table``."""
    if table == EVENTS:
        return ("id", "published")
    link = next(link for link in LINKS if link.table == table)
    return ("id", "event_id", link.column)


_TABLE = f"""
CREATE TABLE IF NOT EXISTS {TALLY} (
    kind varchar(20) NOT NULL,
    ref {{ref_type}} NOT NULL,
    events integer NOT NULL CHECK (events >= 0),
    PRIMARY KEY (kind, ref)
)
"""
TABLES = (EVENTS, *(link.table for link in LINKS))
#: Kinds whose tallies a TRUNCATE of each table empties (the events take all of them).
_TRUNCATED = {EVENTS: None, **{link.table: link.kind for link in LINKS}}


# SQLite ------------------------------------------------------------------------------


def _sqlite_triggers(table):
    def row(name):
        columns = ", ".join(f"{name}.{column} AS {column}" for column in _columns(table))
        return f"(SELECT {columns})"

    watched = "published" if table == EVENTS else ", ".join(_columns(table)[1:])
    for operation, written in (
        ("INSERT", Written(new=row("NEW"), old=None)),
        (f"UPDATE OF {watched}", Written(new=row("NEW"), old=row("OLD"))),
        ("DELETE", Written(new=None, old=row("OLD"))),
    ):
        body = "".join(f"    {statement};\n" for statement in _changes(table, written))
        name = f"tally_after_{operation.split()[0].lower()}_{table}"
        yield f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {operation} ON {table}\nBEGIN\n{body}END"


# PostgreSQL --------------------------------------------------------------------------

_POSTGRESQL_OPERATIONS = {
    "INSERT": ("REFERENCING NEW TABLE AS new_rows", Written(new="new_rows", old=None)),
    "UPDATE": (
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
        Written(new="new_rows", old="old_rows"),
    ),
    "DELETE": ("REFERENCING OLD TABLE AS old_rows", Written(new=None, old="old_rows")),
    "TRUNCATE": ("", None),
}


def _postgresql_triggers(table):
    function = f"events_tally_{table}"
    kind = _TRUNCATED[table]
    emptied = f"DELETE FROM {TALLY}" + (f" WHERE kind = '{kind}'" if kind else "")
    blocks = []
    for operation, (_, written) in _POSTGRESQL_OPERATIONS.items():
        statements = _changes(table, written) if written else [emptied]
        body = "".join(f"        {statement};\n" for statement in statements)
        blocks.append(f"    IF TG_OP = '{operation}' THEN\n{body}    END IF;\n")
    yield (
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n" + "".join(blocks) + "    RETURN NULL;\nEND\n$$"
    )
    for operation, (referencing, _) in _POSTGRESQL_OPERATIONS.items():
        yield (
            f"CREATE OR REPLACE TRIGGER tally_after_{operation.lower()} AFTER {operation}"
            f" ON {table} {referencing} FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
        )


# Installing and rebuilding -----------------------------------------------------------


def install(connection):
    """Create the tallies' table and the triggers, where missing."""
    with connection.cursor() as cursor:
        # The type of the rows' primary keys.
        ref_type = "integer" if connection.vendor == "sqlite" else "bigint"
        cursor.execute(_TABLE.format(ref_type=ref_type))
    install_triggers(connection)


def install_triggers(connection, tables=TABLES):
    """The triggers of ``tables``; harmless where already installed."""
    make = _sqlite_triggers if connection.vendor == "sqlite" else _postgresql_triggers
    with connection.cursor() as cursor:
        for table in tables:
            for statement in make(table):
                cursor.execute(statement)


def uninstall(connection):
    with connection.cursor() as cursor:
        for table in TABLES:
            if connection.vendor == "sqlite":
                for operation in ("insert", "update", "delete"):
                    cursor.execute(f"DROP TRIGGER IF EXISTS tally_after_{operation}_{table}")
            else:
                for operation in _POSTGRESQL_OPERATIONS:
                    cursor.execute(
                        f"DROP TRIGGER IF EXISTS tally_after_{operation.lower()} ON {table}"
                    )
                cursor.execute(f"DROP FUNCTION IF EXISTS events_tally_{table}()")
        cursor.execute(f"DROP TABLE {TALLY}")


def rebuild(connection):
    """Every tally counted again from the data; returns how many rows have events."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TALLY}")
        for statement in _event_changes(Written(new=EVENTS, old=None)):
            cursor.execute(statement)
        cursor.execute(f"SELECT COUNT(*) FROM {TALLY} WHERE events > 0")
        return cursor.fetchone()[0]


def events_per_row(kind):
    """How many published events link to each row of ``kind`` (a filter name), by pk."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ref, events FROM {TALLY} WHERE kind = %s AND events > 0", [kind])
        return dict(cursor.fetchall())
