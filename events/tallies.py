"""How many published events each person, agreement, place, organization and source is
linked to, how many fall in each span of months and how many are of each type and
status, kept by the database.

The timeline's facets and its chart show these numbers on every unfiltered page (and for
the facet of the one filter chosen, and on pages filtered by types or statuses alone),
and counting them means reading every published event and every link of each. So
``events_tally`` holds one row per linked row (given, kind, ref, events),
``events_monthtally`` one per span of months (the months an event's dates start and end
in, and their precision), ``events_choicetally`` one per type and status, and triggers
keep them current inside the writing transaction, whatever writes (the admin,
``update()``, ``bulk_create()``, raw SQL, ``loaddata``, another program), as the data
version's and the search index's triggers do. A link counts while its event exists and
is published; an event counts once per row however many times it links it (two quotes
from one source). An update that changes nothing they count by changes no tally.

Each tally is kept for a ``given`` set of events: every published event (``EVERY``),
those of one type or one status (``"event_type:meeting"``), those whose dates start and
end in the same years (``"years:2007-2008"``) and those whose dates start and end in the
same decades (``"decades:2000-2000"``), so that a timeline filtered by its type or status
alone, or by a date range, whose events may be most of them, is counted from the tallies
too (added up over the values chosen, or the spans of decades and of years a range holds:
``spans_given``) rather than from every event it matches.

- SQLite runs row triggers one row at a time, so each can tell from the table whether
  the row it wrote was the event's first (or last) link to that row.
- PostgreSQL runs statement triggers with the statement's old and new rows
  (transition tables): one update per tally per statement, where row triggers would
  pile up dead row versions of the busiest tallies in a bulk load. They are named to
  fire after the data version's trigger, so that every writer takes that lock first
  and two writers never wait for each other's tallies.

Beside the tallies, ``events_eventfacets`` holds each event's facet values as words
(``person:12 place:7 event_type:meeting status:occurred months:2008-06:2008-07:day``),
kept by the same triggers: counting among any set of events (a filtered timeline's,
``Counted``) then reads one row per event, not every link of each.

``manage.py rebuild_tallies`` counts everything again, should it ever be needed; a
migration that rebuilds a table on SQLite (altering a column does) drops its triggers
and must call ``install_triggers`` again.
"""

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL

TALLY = "events_tally"
MONTHS = "events_monthtally"
CHOICES = "events_choicetally"
EVENTS = "events_event"
EVENT_FACETS = "events_eventfacets"
#: The events' own columns the timeline has facets for.
CHOICE_FIELDS = ("event_type", "status")
#: The ``given`` of the tallies of every published event.
EVERY = ""
#: The prefixes of the givens of the events of one span of years, and of decades.
YEARS = "years"
DECADES = "decades"


def given(field, value):
    """The ``given`` of the tallies of the published events whose ``field`` is ``value``."""
    return f"{field}:{value}"


def years_given(start, end):
    """The ``given`` of the tallies of the published events whose dates start in the year
    ``start`` and end in the year ``end`` (the start's when they have no end)."""
    return given(YEARS, f"{start:04d}-{end:04d}")


def decades_given(start, end):
    """The ``given`` of the tallies of the published events whose dates start in the
    decade of the year ``start`` and end in that of ``end``."""
    return given(DECADES, f"{start // 10 * 10:04d}-{end // 10 * 10:04d}")


def spans_given(chosen, spans):
    """The givens whose tallies add up to those of the events of the spans of years
    ``chosen``, of ``spans`` (every span with events, as ``year_spans`` gives them): a span
    of decades' where every span of years in it is chosen, each span of years' elsewhere.
    Fewer givens, fewer tally rows to add up: a range over half the events holds whole
    decades of them."""
    in_decades = defaultdict(set)
    for start, end in spans:
        in_decades[start // 10, end // 10].add((start, end))
    givens = []
    for inside in in_decades.values():
        if inside <= chosen:
            start, end = next(iter(inside))
            givens.append(decades_given(start, end))
        else:
            givens.extend(years_given(*span) for span in inside & chosen)
    return givens


def years_of(given_):
    """``(start, end)`` of a span of years' ``given``, or None for any other given."""
    field, _, value = given_.partition(":")
    if field != YEARS:
        return None
    start, end = value.split("-")
    return int(start), int(end)


# An event counts under every given it is in: each counted row is joined to one row per
# given (``g``), which names it from the event's own columns (``_given_of``).
_GIVENS = (
    f"(SELECT '{EVERY}' AS field"
    + "".join(f" UNION ALL SELECT '{field}'" for field in (*CHOICE_FIELDS, YEARS, DECADES))
    + ") g"
)


def _given_of(event, vendor):
    """The SQL naming ``g``'s given of ``event`` (an alias of the events' rows)."""
    year = YEAR_SQL[vendor].format
    cases = "".join(
        f" WHEN '{field}' THEN '{field}:' || {event}.{field}" for field in CHOICE_FIELDS
    )
    start, end = f"{event}.start_date", f"COALESCE({event}.end_date, {event}.start_date)"
    cases += f" WHEN '{YEARS}' THEN '{YEARS}:' || {year(start)} || '-' || {year(end)}"
    # A decade as its first year: the year's first three digits and a nought.
    decade = "substr({}, 1, 3) || '0'".format
    cases += (
        f" WHEN '{DECADES}' THEN '{DECADES}:' || {decade(year(start))}"
        f" || '-' || {decade(year(end))}"
    )
    return f"CASE g.field{cases} ELSE '{EVERY}' END"


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
_LINK_OF = {link.table: link for link in LINKS}


#: Each table of tallies: its key columns (and ``events``, the tally).
KEYS = {
    TALLY: ("given", "kind", "ref"),
    MONTHS: ("given", "start_month", "end_month", "date_precision"),
    CHOICES: ("given", "field", "value"),
}
#: A date column's month, ``YYYY-MM``, and year, ``YYYY``, in each database's SQL.
MONTH_SQL = {"sqlite": "substr({}, 1, 7)", "postgresql": "to_char({}, 'YYYY-MM')"}
YEAR_SQL = {"sqlite": "substr({}, 1, 4)", "postgresql": "to_char({}, 'YYYY')"}


def _change(table, counted, sign):
    """The statement adding (``sign`` 1) or taking away (-1) the ``n`` of each key that the
    SELECT ``counted`` gives (with the key columns' names) to ``table``. Taking away updates
    rather than upserts: the row to insert would fail the CHECK before its conflict is seen."""
    keys = KEYS[table]
    columns = ", ".join(keys)
    if sign > 0:
        return (
            f"INSERT INTO {table} ({columns}, events) SELECT {columns}, n FROM ({counted}) d"
            f" WHERE true ON CONFLICT ({columns})"
            f" DO UPDATE SET events = {table}.events + excluded.events"
        )
    matches = " AND ".join(f"{table}.{key} = d.{key}" for key in keys)
    return f"UPDATE {table} SET events = events - d.n FROM ({counted}) d WHERE {matches}"


@dataclass(frozen=True)
class Written:
    """The rows a write gave (``new``) and took (``old``) as FROM items, or None: a
    PostgreSQL statement's transition tables, or the one row a SQLite trigger fires for."""

    new: str | None
    old: str | None


def _link_changes(link, written, vendor):
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
        statements.append(_tally(link, written.new, "n", published, none_before, 1, vendor))
    if written.old:
        none_now = f"NOT EXISTS (SELECT 1 FROM {link.table} l WHERE {pair})"
        statements.append(_tally(link, written.old, "o", published, none_now, -1, vendor))
    return statements


def _tally(link, rows, row, join, condition, sign, vendor):
    counted = (
        f"SELECT {_given_of('e', vendor)} AS given, '{link.kind}' AS kind,"
        f" {row}.{link.column} AS ref, COUNT(DISTINCT {row}.event_id) AS n"
        f" FROM {rows} {row} {join} CROSS JOIN {_GIVENS} WHERE {condition} GROUP BY 1, 2, 3"
    )
    return _change(TALLY, counted.replace("{row}", row), sign)


def _unless_counted_already(other, vendor, *same):
    """The condition on a written event ``r`` that it counts under ``g``'s given: it is
    published, and its version in ``other`` (if any) was not, or not in that given, or
    differed in one of ``same`` (SQL with ``{0}`` for the event): an update that changes
    nothing a tally counts by then changes no tally."""
    if not other:
        return "r.published"
    equal = "".join(f" AND {value.format('x')} = {value.format('r')}" for value in same)
    return (
        f"r.published AND NOT EXISTS (SELECT 1 FROM {other} x WHERE x.id = r.id"
        f" AND x.published AND {_given_of('x', vendor)} = {_given_of('r', vendor)}{equal})"
    )


def _event_changes(written, vendor):
    """The statements changing the tallies after ``written`` to the events: an event
    published (or made) adds one to each row it links to and to its months, an event
    withdrawn (or deleted) takes one away; an event's dates moving move its month, and
    its type or status moving moves its counts from one given to another."""
    month = MONTH_SQL[vendor].format
    given = _given_of("r", vendor)
    span = (
        month("{0}.start_date"),
        month("COALESCE({0}.end_date, {0}.start_date)"),
        "{0}.date_precision",
    )
    start, end, precision = (value.format("r") for value in span)
    statements = []
    for rows, other, sign in ((written.new, written.old, 1), (written.old, written.new, -1)):
        if not rows:
            continue
        for link in LINKS:
            counted = (
                f"SELECT {given} AS given, '{link.kind}' AS kind, l.{link.column} AS ref,"
                f" COUNT(DISTINCT r.id) AS n"
                f" FROM {rows} r JOIN {link.table} l ON l.event_id = r.id CROSS JOIN {_GIVENS}"
                f" WHERE {_unless_counted_already(other, vendor)} GROUP BY 1, 2, 3"
            )
            statements.append(_change(TALLY, counted, sign))
        months = (
            f"SELECT {given} AS given, {start} AS start_month, {end} AS end_month,"
            f" {precision} AS date_precision, COUNT(*) AS n FROM {rows} r CROSS JOIN {_GIVENS}"
            f" WHERE {_unless_counted_already(other, vendor, *span)} GROUP BY 1, 2, 3, 4"
        )
        statements.append(_change(MONTHS, months, sign))
        choices = " UNION ALL ".join(
            f"SELECT {given} AS given, '{field}' AS field, r.{field} AS value, COUNT(*) AS n"
            f" FROM {rows} r CROSS JOIN {_GIVENS}"
            f" WHERE {_unless_counted_already(other, vendor, f'{{0}}.{field}')} GROUP BY 1, 2, 3"
            for field in CHOICE_FIELDS
        )
        statements.append(_change(CHOICES, choices, sign))
    return statements


#: The word naming the span of months of an event's dates in its facets.
MONTHS_FACET = "months"
#: Text rows joined by spaces, in each database's SQL.
JOINED_SQL = {"sqlite": "group_concat({}, ' ')", "postgresql": "string_agg({}, ' ')"}


def _facets_of(event, vendor):
    """The SQL of the facets of ``event`` (an alias of the events' rows): a word for each
    row it links to, its type, its status and its span of months, each once."""
    month = MONTH_SQL[vendor].format
    words = [
        f"SELECT '{link.kind}:' || {link.column} AS word FROM {link.table}"
        f" WHERE event_id = {event}.id"
        for link in LINKS
    ]
    words += [f"SELECT '{field}:' || {event}.{field}" for field in CHOICE_FIELDS]
    span = (
        f"{month(f'{event}.start_date')} || ':'"
        f" || {month(f'COALESCE({event}.end_date, {event}.start_date)')}"
        f" || ':' || {event}.date_precision"
    )
    words.append(f"SELECT '{MONTHS_FACET}:' || {span}")
    return f"(SELECT {JOINED_SQL[vendor].format('word')} FROM ({' UNION '.join(words)}) w)"


def _facet_changes(table, written, vendor):
    """The statements making the facets of the events ``written`` to ``table`` touched
    again (or forgetting a deleted event's); a row whose facets stay the same is not
    written."""
    if table == EVENTS and not written.new:
        return [f"DELETE FROM {EVENT_FACETS} WHERE event_id IN (SELECT id FROM {written.old})"]
    if table == EVENTS:
        rows, condition = written.new, "true"
    else:
        touched = " UNION ".join(
            f"SELECT event_id FROM {rows}" for rows in (written.new, written.old) if rows
        )
        rows, condition = EVENTS, f"e.id IN ({touched})"
    return [
        f"INSERT INTO {EVENT_FACETS} (event_id, facets)"
        f" SELECT e.id, {_facets_of('e', vendor)} FROM {rows} e WHERE {condition}"
        " ON CONFLICT (event_id) DO UPDATE SET facets = excluded.facets"
        f" WHERE {EVENT_FACETS}.facets <> excluded.facets"
    ]


def _changes(table, written, vendor):
    if table == EVENTS:
        tallied = _event_changes(written, vendor)
    else:
        tallied = _link_changes(_LINK_OF[table], written, vendor)
    return tallied + _facet_changes(table, written, vendor)


def _columns(table):
    """The columns the triggers read from a written row of ``table``."""
    if table == EVENTS:
        return ("id", "published", "start_date", "end_date", "date_precision", *CHOICE_FIELDS)
    link = _LINK_OF[table]
    return ("id", "event_id", link.column)


_TABLES = [
    f"""
CREATE TABLE IF NOT EXISTS {TALLY} (
    given varchar(60) NOT NULL,
    kind varchar(20) NOT NULL,
    ref {{ref_type}} NOT NULL,
    events integer NOT NULL CHECK (events >= 0),
    PRIMARY KEY (given, kind, ref)
){{clustered}}""",
    # Events by the months their dates start and end in (as ``YYYY-MM``), and precision.
    f"""
CREATE TABLE IF NOT EXISTS {MONTHS} (
    given varchar(60) NOT NULL,
    start_month char(7) NOT NULL,
    end_month char(7) NOT NULL,
    date_precision varchar(10) NOT NULL,
    events integer NOT NULL CHECK (events >= 0),
    PRIMARY KEY (given, start_month, end_month, date_precision)
){{clustered}}""",
    # Events by their type and by their status.
    f"""
CREATE TABLE IF NOT EXISTS {CHOICES} (
    given varchar(60) NOT NULL,
    field varchar(20) NOT NULL,
    value varchar(40) NOT NULL,
    events integer NOT NULL CHECK (events >= 0),
    PRIMARY KEY (given, field, value)
){{clustered}}""",
    # Each event's facets (``_facets_of``).
    f"""
CREATE TABLE IF NOT EXISTS {EVENT_FACETS} (
    event_id {{ref_type}} NOT NULL PRIMARY KEY,
    facets text NOT NULL
)""",
]
TABLES = (EVENTS, *(link.table for link in LINKS))
#: Kinds whose tallies a TRUNCATE of each table empties (the events take all of them).
_TRUNCATED = {EVENTS: None, **{link.table: link.kind for link in LINKS}}
_EMPTY = [f"DELETE FROM {table}" for table in (*KEYS, EVENT_FACETS)]
#: Every event, as if each had just been written.
_EVERY = Written(new=EVENTS, old=None)


# SQLite ------------------------------------------------------------------------------


def _sqlite_triggers(table):
    def row(name):
        columns = ", ".join(f"{name}.{column} AS {column}" for column in _columns(table))
        return f"(SELECT {columns})"

    watched = ", ".join(_columns(table)[1:])
    for operation, written in (
        ("INSERT", Written(new=row("NEW"), old=None)),
        (f"UPDATE OF {watched}", Written(new=row("NEW"), old=row("OLD"))),
        ("DELETE", Written(new=None, old=row("OLD"))),
    ):
        statements = _changes(table, written, "sqlite")
        body = "".join(f"    {statement};\n" for statement in statements)
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
    # A link table emptied, every event's facets are made again without its rows.
    refaceted = _facet_changes(EVENTS, _EVERY, "postgresql")
    emptied = [f"DELETE FROM {TALLY} WHERE kind = '{kind}'", *refaceted] if kind else _EMPTY
    blocks = []
    for operation, (_, written) in _POSTGRESQL_OPERATIONS.items():
        statements = _changes(table, written, "postgresql") if written else emptied
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
        sqlite = connection.vendor == "sqlite"
        # The type of the rows' primary keys.
        ref_type = "integer" if sqlite else "bigint"
        # SQLite keeps a table's rows in the order of its primary key if asked: a page then
        # reads a given's tallies as one stretch of the table, not each row found through
        # the key's index (6,000 tallies of every event at 100,000: 9 ms → 4 ms).
        clustered = " WITHOUT ROWID" if sqlite else ""
        for table in _TABLES:
            cursor.execute(table.format(ref_type=ref_type, clustered=clustered))
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
        for table in (*KEYS, EVENT_FACETS):
            cursor.execute(f"DROP TABLE IF EXISTS {table}")


def reinstall(apps, schema_editor):
    """The tables and triggers made again, and everything counted again: for a migration
    that changes what the tallies keep."""
    uninstall(schema_editor.connection)
    install(schema_editor.connection)
    rebuild(schema_editor.connection)


def rebuild(connection):
    """Every tally counted again from the data, and every event's facets written again;
    returns how many rows have published events."""
    with connection.cursor() as cursor:
        for statement in _EMPTY + _changes(EVENTS, _EVERY, connection.vendor):
            cursor.execute(statement)
        cursor.execute(f"SELECT COUNT(*) FROM {TALLY} WHERE given = %s AND events > 0", [EVERY])
        return cursor.fetchone()[0]


def _rows(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _by_key(rows, keys):
    """``{key: {value: events}}`` from ``(key, value, events)`` rows, every key present."""
    counts = {key: {} for key in keys}
    for key, value, events in rows:
        counts[key][value] = events
    return counts


def events_per_row(kind):
    """How many published events link to each row of ``kind`` (a filter name), by pk."""
    sql = f"SELECT kind, ref, events FROM {TALLY} WHERE given = %s AND kind = %s AND events > 0"
    return _by_key(_rows(sql, [EVERY, kind]), [kind])[kind]


def year_spans():
    """How many published events start and end in each span of years, by ``(start, end)``."""
    rows = _rows(
        f"SELECT given, SUM(events) FROM {CHOICES} WHERE given LIKE %s AND field = 'status'"
        " GROUP BY given HAVING SUM(events) > 0",
        [f"{YEARS}:%"],
    )
    return {years_of(span): events for span, events in rows}


def is_linked(kind, model):
    """A condition on rows of ``model`` (of ``kind``): published events link to the row.

    Asked row by row (``EXISTS``), so that a list in ``model``'s order walks its index and
    stops at the page's last row, rather than sorting every linked row first.
    """
    table = connection.ops.quote_name(model._meta.db_table)
    return RawSQL(
        f"EXISTS (SELECT 1 FROM {TALLY}"
        f" WHERE given = %s AND kind = %s AND ref = {table}.id AND events > 0)",
        [EVERY, kind],
        output_field=BooleanField(),
    )


class Snapshot:
    """The tallies of the events of ``givens`` added up (of ``EVERY`` published event by
    default; of none if there is no given) as one page reads them: each table when first
    asked, then again from memory."""

    def __init__(self, givens=(EVERY,)):
        self.givens = tuple(givens)

    def _rows(self, table, columns):
        if not self.givens:
            return []
        if len(self.givens) == 1:
            sql = f"SELECT {columns}, events FROM {table} WHERE given = %s AND events > 0"
        else:
            sql = (
                f"SELECT {columns}, SUM(events) FROM {table} WHERE {self._given_in()}"
                f" GROUP BY {columns} HAVING SUM(events) > 0"
            )
        return _rows(sql, self.givens)

    def _given_in(self):
        return f"given IN ({', '.join(['%s'] * len(self.givens))})"

    @cached_property
    def per_row(self):
        """How many of the events link to each row, by kind and then pk."""
        return _by_key(self._rows(TALLY, "kind, ref"), [link.kind for link in LINKS])

    def events_of(self, kind, pk):
        """How many of the events link to the row ``pk`` of ``kind``: from ``per_row`` if
        read already, else that tally alone."""
        if "per_row" in self.__dict__ or not self.givens:
            return self.per_row[kind].get(pk, 0)
        ((events,),) = _rows(
            f"SELECT COALESCE(SUM(events), 0) FROM {TALLY}"
            f" WHERE {self._given_in()} AND kind = %s AND ref = %s",
            [*self.givens, kind, pk],
        )
        return events

    @cached_property
    def per_choice(self):
        """How many of the events have each type and status, by field and then value."""
        return _by_key(self._rows(CHOICES, "field, value"), CHOICE_FIELDS)

    @cached_property
    def month_spans(self):
        """``(start month, end month, precision, events)`` of the events, each month as
        its first day."""
        rows = self._rows(MONTHS, "start_month, end_month, date_precision")
        return [(first_day_of(start), first_day_of(end), *rest) for start, end, *rest in rows]

    @cached_property
    def first_and_last_start(self):
        """The first months the first and the last of the events start in, or Nones."""
        if not self.givens:
            return None, None
        ((first, last),) = _rows(
            f"SELECT MIN(start_month), MAX(start_month) FROM {MONTHS}"
            f" WHERE {self._given_in()} AND events > 0",
            self.givens,
        )
        return (first_day_of(first), first_day_of(last)) if first else (None, None)

    @property
    def published(self):
        """How many events there are: published (and of the given type or status)."""
        return sum(self.per_choice["status"].values())


#: How many events' facets SQLite joins into each text: the words of a few hundred at a
#: time, where those of tens of thousands at once left a worker 8 MB larger (freed, but
#: kept by the allocator). PostgreSQL, which finds each event's facets by its index in
#: the list's order, joins them all into one text: grouped, it would read the whole table.
EVENTS_PER_TEXT = 512


def pks_value(pks):
    """``pks`` as one query parameter however many, written at once: a JSON array for
    SQLite (read with ``json_each``), an array's text for PostgreSQL (cast to
    ``bigint[]``). Django's or the driver's list of parameters would prepare and dump each
    pk on its own, at 5 µs a pk (0.5 s for a broad search's lists)."""
    if connection.vendor == "sqlite":
        return json.dumps(pks)
    return "{" + ",".join(map(str, pks)) + "}"


#: The facets of a list of events' pks (``pks_value``), joined into texts, in each
#: database's SQL.
FACETS_OF_PKS = {
    "sqlite": f"SELECT group_concat(f.facets, ' ') FROM json_each(%s) j"
    f" JOIN {EVENT_FACETS} f ON f.event_id = j.value GROUP BY j.key / {{per_text}}",
    "postgresql": f"SELECT string_agg(facets, ' ') FROM {EVENT_FACETS}"
    " WHERE event_id = ANY(%s::bigint[])",
}


class Counted:
    """The counts among the events of ``pks`` (a list), read as a ``Snapshot``'s: all of
    them at once when first asked, from one row of facets per event (one query)."""

    def __init__(self, pks):
        self.pks = pks

    @cached_property
    def _counts(self):
        per_row = {link.kind: {} for link in LINKS}
        per_choice = {field: {} for field in CHOICE_FIELDS}
        month_spans = []
        for word, n in self._words().items():
            name, _, value = word.partition(":")
            if name in per_row:
                per_row[name][int(value)] = n
            elif name in per_choice:
                per_choice[name][value] = n
            else:
                start, end, precision = value.split(":")
                month_spans.append((first_day_of(start), first_day_of(end), precision, n))
        return per_row, per_choice, month_spans

    def _words(self):
        """How many times each word is in the events' facets, read as a few texts: a row
        for each event would cost more than the counting, for tens of thousands."""
        words = Counter()
        if not self.pks:
            return words
        sql = FACETS_OF_PKS[connection.vendor].format(per_text=EVENTS_PER_TEXT)
        for (text,) in _rows(sql, [pks_value(self.pks)]):
            if text:  # none on PostgreSQL if no event has facets
                words.update(text.split(" "))
        return words

    @property
    def per_row(self):
        return self._counts[0]

    @property
    def per_choice(self):
        return self._counts[1]

    @property
    def month_spans(self):
        return self._counts[2]

    @property
    def published(self):
        return sum(self.per_choice["status"].values())


def first_day_of(month):
    """``YYYY-MM`` as the date of its first day."""
    return date.fromisoformat(f"{month}-01")
