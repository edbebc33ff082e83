"""The search index, kept by the database: one row per searchable piece of an event.

An event is found by its title, its summary, the names (and aliases) of its people,
places, organizations and agreements, its quotes, and the text of its sources around
each quote. Each of these is one row of ``events_searchpiece`` (event, kind, the row it
comes from, text), so that a match says *why* an event matched: which name, which quote.

Triggers on the tables the pieces come from keep them current inside the writing
transaction, whatever writes (the admin, ``update()``, ``bulk_create()``, raw SQL,
``loaddata``, another program), as the data version's triggers do. Each database
indexes the pieces with its own full-text search:

- SQLite: an FTS5 table over the pieces (external content, Porter stemming, accents
  folded), kept in step by triggers on ``events_searchpiece``;
- PostgreSQL: a stored ``tsvector`` column (English configuration, accents folded with
  the ``unaccent`` extension) with a GIN index.

``manage.py rebuild_search_index`` rebuilds every piece from the data. A migration that
rebuilds a source table on SQLite (altering a column does) drops its triggers and must
call ``install_triggers`` again, as for the data version.
"""

from dataclasses import dataclass

PIECES = "events_searchpiece"
FTS = "events_searchpiece_fts"
#: The source text kept on each side of a quote: enough for the sentence around it.
PASSAGE_CONTEXT = 300
#: A piece's id says whose it is and what it is: ``event × KINDS_SPAN + kind's code ×
#: SLOTS + n``, n counting an event's pieces of one kind. A search then reads the events
#: and kinds it finds from the full-text index's row ids alone, without looking each
#: piece up (the most of a broad search's time). The table's CHECK refuses a 65,537th
#: piece of one kind for one event rather than letting it run into the next.
KIND_CODES = {
    kind: code
    for code, kind in enumerate(
        ["title", "summary", "person", "place", "organization", "agreement", "quote", "passage"]
    )
}
SLOTS = 2**16
KINDS_SPAN = SLOTS * len(KIND_CODES)


@dataclass(frozen=True)
class Rule:
    """Pieces of ``kind`` made from a row of ``table`` (read as ``{row}``), from it and
    ``joins`` where ``where`` holds: the event's id, the row they come from and the text,
    as SQL."""

    table: str
    kind: str
    event: str
    ref: str
    text: str
    joins: str = ""
    where: str = ""

    def insert(self, row, source=None):
        """The INSERT making the pieces of the trigger's ``row`` (``NEW``), or, with a
        ``source`` table, of each of its rows. Each piece's n follows the event's last one
        of its kind, and the pieces one statement makes count on from there."""
        first = f"{self.event} * {KINDS_SPAN} + {KIND_CODES[self.kind] * SLOTS}"
        last_made = (
            f"(SELECT MAX(x.id) FROM {PIECES} x"
            f" WHERE x.id BETWEEN {first} AND {first} + {SLOTS - 1})"
        )
        number = f"ROW_NUMBER() OVER (PARTITION BY {self.event} ORDER BY {self.ref})"
        piece_id = f"COALESCE({last_made} + 1, {first}) + {number} - 1"
        tables = [f"{source} {row}"] if source else []
        tables += [self.joins] if self.joins else []
        sql = (
            f"INSERT INTO {PIECES} (id, event_id, kind, ref, text)"
            f" SELECT {piece_id}, {self.event}, '{self.kind}', {self.ref}, {self.text}"
        )
        if tables:
            sql += " FROM " + ", ".join(tables)
        if self.where:
            sql += f" WHERE {self.where}"
        return sql.format(row=row)


def _passage(citation, source):
    """The source's text around a citation: SQL that SQLite and PostgreSQL both read."""
    start = (
        f"CASE WHEN {citation}.start_offset > {PASSAGE_CONTEXT}"
        f" THEN {citation}.start_offset - {PASSAGE_CONTEXT - 1} ELSE 1 END"
    )
    length = f"{citation}.end_offset + {PASSAGE_CONTEXT} + 1 - ({start})"
    return f"substr({source}.text, {start}, {length})"


#: Between a title's or summary's English and Russian texts in its piece: a character
#: no text holds and both databases' full-text search read as a space.
LANGUAGES_APART = "\x1e"


def _both_languages(row, field, separator="\n"):
    """SQL for ``row``'s ``field`` in English, then, if it has one, in Russian after
    ``separator`` (each translated field has a column per language: events/translation.py)."""
    return f"coalesce({row}.{field}_en, '') || coalesce('{separator}' || {row}.{field}_ru, '')"


def _names(others=None):
    """SQL for a row's searchable text: its name in English and in Russian (an empty
    line if none) on the first two lines, then its ``others`` names (aliases, one per
    line, or an abbreviation), so that a match is shown under the name in the page's
    language."""
    text = "coalesce(e.name_en, '') || '\n' || coalesce(e.name_ru, '')"
    return text if others is None else f"{text} || '\n' || {_both_languages('e', others)}"


#: Each linked kind: its link table, the link's column, its table and its searchable text.
ENTITIES = {
    "person": ("events_participation", "person_id", "events_person", _names("aliases")),
    "place": ("events_event_places", "place_id", "events_place", _names()),
    "organization": (
        "events_event_organizations",
        "organization_id",
        "events_organization",
        _names("aliases"),
    ),
    "agreement": (
        "events_event_agreements",
        "agreement_id",
        "events_agreement",
        _names("short_name"),
    ),
}
#: The entity columns whose change changes their pieces.
ENTITY_COLUMNS = {
    "person": "name_en, name_ru, aliases_en, aliases_ru",
    "place": "name_en, name_ru",
    "organization": "name_en, name_ru, aliases_en, aliases_ru",
    "agreement": "name_en, name_ru, short_name_en, short_name_ru",
}

EVENT_RULES = [
    Rule(
        "events_event",
        kind,
        "{row}.id",
        "CAST(NULL AS bigint)",
        _both_languages("{row}", kind, LANGUAGES_APART),
    )
    for kind in ("title", "summary")
]
LINK_RULES = {
    kind: Rule(
        link,
        kind,
        "{row}.event_id",
        "e.id",
        text,
        joins=f"{table} e",
        where=f"e.id = {{row}}.{column}",
    )
    for kind, (link, column, table, text) in ENTITIES.items()
}
CITATION_RULES = [
    Rule("events_citation", "quote", "{row}.event_id", "{row}.id", "{row}.quote"),
    Rule(
        "events_citation",
        "passage",
        "{row}.event_id",
        "{row}.id",
        _passage("{row}", "s"),
        joins="events_source s",
        where="s.id = {row}.source_id",
    ),
]


@dataclass(frozen=True)
class Trigger:
    """What a write to ``table`` does to the pieces: SQL statements for an insert (reading
    ``NEW``), an update (``NEW`` and ``OLD``; only when ``columns`` change, if given), a
    delete (``OLD``) and, on PostgreSQL, a TRUNCATE (no row to read; ``flush`` truncates)."""

    table: str
    on_insert: tuple = ()
    on_update: tuple = ()
    on_delete: tuple = ()
    columns: str = ""
    on_truncate: tuple = ()


def _unlink(kind, column):
    return (
        f"DELETE FROM {PIECES}"
        f" WHERE event_id = OLD.event_id AND kind = '{kind}' AND ref = OLD.{column}"
    )


def _triggers():
    forget_citation = f"DELETE FROM {PIECES} WHERE kind IN ('quote', 'passage') AND ref = OLD.id"
    triggers = [
        Trigger(
            "events_event",
            on_insert=tuple(rule.insert("NEW") for rule in EVENT_RULES),
            on_update=tuple(
                f"UPDATE {PIECES} SET text = {_both_languages('NEW', kind, LANGUAGES_APART)}"
                f" WHERE event_id = NEW.id AND kind = '{kind}'"
                for kind in ("title", "summary")
            ),
            on_delete=(f"DELETE FROM {PIECES} WHERE event_id = OLD.id",),
            columns="title_en, title_ru, summary_en, summary_ru",
            on_truncate=(f"TRUNCATE {PIECES}",),
        ),
        Trigger(
            "events_citation",
            on_insert=tuple(rule.insert("NEW") for rule in CITATION_RULES),
            on_update=(forget_citation, *(rule.insert("NEW") for rule in CITATION_RULES)),
            on_delete=(forget_citation,),
            on_truncate=(f"DELETE FROM {PIECES} WHERE kind IN ('quote', 'passage')",),
        ),
        Trigger(
            "events_source",
            on_update=(
                f"UPDATE {PIECES} SET text = (SELECT {_passage('c', 'NEW')}"
                f" FROM events_citation c WHERE c.id = {PIECES}.ref)"
                f" WHERE kind = 'passage'"
                " AND ref IN (SELECT id FROM events_citation WHERE source_id = NEW.id)",
            ),
            columns="text",
        ),
    ]
    for kind, rule in LINK_RULES.items():
        link, column, table, text = ENTITIES[kind]
        add = rule.insert("NEW")
        triggers.append(
            Trigger(
                link,
                on_insert=(add,),
                on_update=(_unlink(kind, column), add),
                on_delete=(_unlink(kind, column),),
                # The entity's own table cannot be truncated without this one.
                on_truncate=(f"DELETE FROM {PIECES} WHERE kind = '{kind}'",),
            )
        )
        triggers.append(
            Trigger(
                table,
                on_update=(
                    f"UPDATE {PIECES} SET text = (SELECT {text} FROM {table} e WHERE e.id = NEW.id)"
                    f" WHERE kind = '{kind}' AND ref = NEW.id",
                ),
                columns=ENTITY_COLUMNS[kind],
            )
        )
    return triggers


TRIGGERS = _triggers()


def all_rules():
    """Every rule with the table whose rows it reads, for rebuilding."""
    return [*EVENT_RULES, *LINK_RULES.values(), *CITATION_RULES]


# The rule of piece ids (see KIND_CODES), which both databases enforce.
_ID_RULE = (
    f"id / {KINDS_SPAN} = event_id"
    f" AND id / {SLOTS} - id / {KINDS_SPAN} * {len(KIND_CODES)} = CASE kind "
    + " ".join(f"WHEN '{kind}' THEN {code}" for kind, code in KIND_CODES.items())
    + " END"
)

# SQLite ------------------------------------------------------------------------------

_SQLITE_TABLES = f"""
CREATE TABLE IF NOT EXISTS {PIECES} (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL,
    kind VARCHAR(20) NOT NULL,
    ref INTEGER NULL,
    text TEXT NOT NULL,
    CHECK ({_ID_RULE})
);
CREATE INDEX IF NOT EXISTS {PIECES}_event_idx ON {PIECES} (event_id, kind);
CREATE INDEX IF NOT EXISTS {PIECES}_ref_idx ON {PIECES} (kind, ref);
CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5(
    text, content='{PIECES}', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS {PIECES}_fts_insert AFTER INSERT ON {PIECES} BEGIN
    INSERT INTO {FTS} (rowid, text) VALUES (NEW.id, NEW.text);
END;
CREATE TRIGGER IF NOT EXISTS {PIECES}_fts_delete AFTER DELETE ON {PIECES} BEGIN
    INSERT INTO {FTS} ({FTS}, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;
CREATE TRIGGER IF NOT EXISTS {PIECES}_fts_update AFTER UPDATE ON {PIECES} BEGIN
    INSERT INTO {FTS} ({FTS}, rowid, text) VALUES ('delete', OLD.id, OLD.text);
    INSERT INTO {FTS} (rowid, text) VALUES (NEW.id, NEW.text);
END;
"""


def _sqlite_triggers(trigger):
    for operation, statements in (
        ("INSERT", trigger.on_insert),
        ("UPDATE", trigger.on_update),
        ("DELETE", trigger.on_delete),
    ):
        if not statements:
            continue
        event = (
            f"UPDATE OF {trigger.columns}"
            if operation == "UPDATE" and trigger.columns
            else operation
        )
        body = "".join(f"    {statement};\n" for statement in statements)
        yield (
            f"CREATE TRIGGER IF NOT EXISTS search_after_{operation.lower()}_{trigger.table}"
            f" AFTER {event} ON {trigger.table}\nBEGIN\n{body}END"
        )


# PostgreSQL --------------------------------------------------------------------------

# Accents are folded on both sides (SQLite's tokenizer does it with remove_diacritics):
# "region" finds "région". unaccent() is only STABLE, and a generated column needs an
# IMMUTABLE function: the wrapper names its dictionary, so it is.
_POSTGRESQL_TABLES = f"""
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE OR REPLACE FUNCTION events_unaccent(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
CREATE TABLE IF NOT EXISTS {PIECES} (
    id bigint PRIMARY KEY,
    event_id bigint NOT NULL,
    kind varchar(20) NOT NULL,
    ref bigint NULL,
    text text NOT NULL,
    CHECK ({_ID_RULE}),
    document tsvector GENERATED ALWAYS AS (to_tsvector('english', events_unaccent(text))) STORED
);
CREATE INDEX IF NOT EXISTS {PIECES}_event_idx ON {PIECES} (event_id, kind);
CREATE INDEX IF NOT EXISTS {PIECES}_ref_idx ON {PIECES} (kind, ref);
CREATE INDEX IF NOT EXISTS {PIECES}_document_idx ON {PIECES} USING gin (document);
"""


def _postgresql_triggers(trigger):
    def block(condition, statements):
        if not statements:
            return ""
        body = "".join(f"        {statement};\n" for statement in statements)
        return f"    IF TG_OP = '{condition}' THEN\n{body}    END IF;\n"

    function = f"events_search_{trigger.table}"
    operations = [
        name
        for name, statements in (
            ("INSERT", trigger.on_insert),
            ("UPDATE", trigger.on_update),
            ("DELETE", trigger.on_delete),
        )
        if statements
    ]
    events = " OR ".join(
        f"UPDATE OF {trigger.columns}" if name == "UPDATE" and trigger.columns else name
        for name in operations
    )
    yield (
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        + block("INSERT", trigger.on_insert)
        + block("UPDATE", trigger.on_update)
        + block("DELETE", trigger.on_delete)
        + block("TRUNCATE", trigger.on_truncate)
        + "    RETURN NULL;\nEND\n$$"
    )
    yield (
        f"CREATE OR REPLACE TRIGGER search_after_write AFTER {events} ON {trigger.table}"
        f" FOR EACH ROW EXECUTE FUNCTION {function}()"
    )
    if trigger.on_truncate:
        # TRUNCATE fires no row triggers: without this the pieces of truncated rows would
        # stay, and be found under the ids of rows made later (a restore after a flush).
        yield (
            f"CREATE OR REPLACE TRIGGER search_after_truncate AFTER TRUNCATE ON {trigger.table}"
            f" FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
        )


# Installing and rebuilding -----------------------------------------------------------


def _statements(sql):
    """``sql`` split into statements at the ``;`` ending a line (trigger bodies keep theirs)."""
    statements, current = [], []
    for line in sql.strip().splitlines():
        current.append(line)
        if line.endswith(";") and not line.startswith("    "):
            statements.append("\n".join(current).rstrip(";"))
            current = []
    return statements


def install(connection):
    """Create the pieces' table, its full-text index and the triggers, where missing."""
    with connection.cursor() as cursor:
        for statement in _statements(_tables_sql(connection)):
            cursor.execute(statement)
    install_triggers(connection)


def _tables_sql(connection):
    if connection.vendor == "sqlite":
        return _SQLITE_TABLES
    if connection.vendor == "postgresql":
        return _POSTGRESQL_TABLES
    raise NotImplementedError(f"No search index for {connection.vendor}.")


def install_triggers(connection, tables=None):
    """The triggers of ``tables`` (all by default); harmless where already installed."""
    make = _sqlite_triggers if connection.vendor == "sqlite" else _postgresql_triggers
    with connection.cursor() as cursor:
        for trigger in TRIGGERS:
            if tables is None or trigger.table in tables:
                for statement in make(trigger):
                    cursor.execute(statement)


def uninstall(connection):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for trigger in TRIGGERS:
                for operation in ("insert", "update", "delete"):
                    cursor.execute(
                        f"DROP TRIGGER IF EXISTS search_after_{operation}_{trigger.table}"
                    )
            cursor.execute(f"DROP TABLE IF EXISTS {FTS}")
        else:
            for trigger in TRIGGERS:
                for name in ("search_after_write", "search_after_truncate"):
                    cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {trigger.table}")
                cursor.execute(f"DROP FUNCTION IF EXISTS events_search_{trigger.table}()")
        cursor.execute(f"DROP TABLE IF EXISTS {PIECES}")
        if connection.vendor == "postgresql":
            cursor.execute("DROP FUNCTION IF EXISTS events_unaccent(text)")


def rebuild(connection):
    """Every piece made again from the data, in one transaction; returns how many."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {PIECES}")
        for rule in all_rules():
            cursor.execute(rule.insert("r", source=rule.table))
        if connection.vendor == "sqlite":
            cursor.execute(f"INSERT INTO {FTS} ({FTS}) VALUES ('rebuild')")
        cursor.execute(f"SELECT COUNT(*) FROM {PIECES}")
        return cursor.fetchone()[0]
