"""Search: what a visitor types in ``q``, read as words and phrases and matched against
the search index (``events/search_index.py``).

One implementation serves the timeline, the API and the exports (the ``q`` filter of
``EventFilterSet``) and the entity index pages (names and aliases). What the visitor
types is never handed to the database as query syntax: it is read into words (and
"quoted phrases"), each passed as a value.

- Word forms come from the database's stemming (FTS5's Porter tokenizer, PostgreSQL's
  English configuration): "signing" finds "signed". "Ivanov's" is searched as "Ivanov".
- A Russian word finds its other forms (Russian changes a word's ending for its case:
  "Лавров", "Лаврова", "с Лавровым") and the same name written in Latin letters: it is
  searched as its stem (a Snowball stemmer's) and that stem transliterated, each as the
  beginning of a word (``Term.forms``), since neither database's index stems Russian.
- A word that is not a name but is within a letter or two of one (“Sheffer”,
  “Rumsfield”) also finds that name.
- An event matches when each word or phrase is in one of its pieces: its title,
  summary, a name, a quote or the source text around a quote.
"""

import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

import snowballstemmer
from anyascii import anyascii
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BigIntegerField, F, Lookup, Q, Value
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .models import DATA_LANGUAGE, Event, RecordText, shown_text, translated_lookups
from .search_index import FTS, KIND_CODES, KINDS_SPAN, LANGUAGES_APART, PIECES, SLOTS
from .tallies import pks_value

#: A word: letters and digits, with apostrophes inside ("O'Brien", "Ivanov's").
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: A phrase in straight or typographic quotes: "…", “…”, „…“, «…».
PHRASE = re.compile(r'["“„«]([^"“”„«»]*)["”“»]')
POSSESSIVE = re.compile(r"['’]s$")
#: Words too common to say anything, left out of a search (kept inside phrases): the
#: stop words of PostgreSQL's English configuration, which would otherwise match nothing
#: there and everything in SQLite.
_STOPWORDS = (
    "i me my myself we our ours ourselves you your yours yourself yourselves he him "
    "his himself she her hers herself it its itself they them their theirs themselves "
    "what which who whom this that these those am is are was were be been being have "
    "has had having do does did doing a an the and but if or because as until while "
    "of at by for with about against between into through during before after above "
    "below to from up down in out on off over under again further then once here "
    "there when where why how all any both each few more most other some such no nor "
    "not only own same so than too very s t can will just don should now"
)
#: The same for Russian: the stop words of PostgreSQL's Russian configuration (Snowball's).
_RUSSIAN_STOPWORDS = (
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по "
    "только ее её мне было вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли "
    "если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего "
    "ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего "
    "раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь "
    "этом один почти мой тем чтобы нее неё сейчас были куда зачем всех никогда можно при "
    "наконец два об другой хоть после над больше тот через эти нас про всего них какая "
    "много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя "
    "такой им более всегда конечно всю между"
)
STOPWORDS = frozenset(_STOPWORDS.split()) | frozenset(_RUSSIAN_STOPWORDS.split())
CYRILLIC = re.compile("[\u0400-\u04ff]")
RUSSIAN_STEMMER = snowballstemmer.stemmer("russian")
ENGLISH_STEMMER = snowballstemmer.stemmer("english")
#: A Snowball stemmer keeps the word it works on in itself: one thread at a time.
STEMMING = threading.Lock()
#: A stem shorter than this finds too many words to be searched as a word's beginning.
MIN_STEM = 3
MAX_CHARS = 200
MAX_TERMS = 12
#: Below this many events, a search's events are narrowed to them in Python (``matching``).
FEW_EVENTS = 2_000
#: How far (in letters changed) a word may be from a name to find it, by the word's length.
TYPO_DISTANCE = ((8, 2), (4, 1))
#: How much a match in each kind of piece counts towards an event's relevance.
KIND_WEIGHTS = {
    "title": 8,
    "person": 6,
    "place": 6,
    "organization": 6,
    "agreement": 6,
    "summary": 6,
    "quote": 3,
    "passage": 1,
}
#: Each kind's weight by its code (``KIND_CODES``). The codes go from the heaviest kind to
#: the lightest, so that an event's first piece holding a term is of its best kind.
WEIGHT_BY_CODE = {code: KIND_WEIGHTS[kind] for kind, code in KIND_CODES.items()}
#: Where the database puts the highlighted words: private-use characters, so that the
#: text can be escaped first and the marks put in after.
MARK_START, MARK_END = "\ue000", "\ue001"
MARKED = re.compile(f"{MARK_START}([^{MARK_START}{MARK_END}]*){MARK_END}")
#: The code of a piece's kind (``KIND_CODES``) in SQL, from its ``{id}`` and its
#: ``{event}``'s id, as the piece's id holds them (``search_index``).
KIND_CODE_SQL = f"{{id}} / {SLOTS} - {{event}} * {len(KIND_CODES)}"


class SearchProblem(ValueError):
    """A search that cannot be run, with what to do about it."""


@dataclass(frozen=True)
class Search:
    """What a visitor searched for: the text as typed and the terms read from it."""

    text: str
    terms: tuple

    @classmethod
    def read(cls, text):
        return cls(text, tuple(parse(text)))

    @cached_property
    def relevance(self):
        """``{pk: relevance}`` (``scores``) of every event (drafts too) that holds every
        term, looked up once: a page that asks for them often looks them all up first
        (``find_all``), and ranks by them without looking again."""
        return self.scores(None)

    @property
    def event_ids(self):
        """The pks of every event (drafts too) that holds every term."""
        return self.relevance.keys()

    def find_all(self):
        """For a page that will ask again and again which events hold the terms: on SQLite,
        where any lookup reads all of a term's index, look them all up now (``event_ids``).
        PostgreSQL looks a few events up by their own pieces, which is quicker there."""
        if connection.vendor == "sqlite":
            self.relevance  # noqa: B018 (kept by cached_property)

    @property
    def found_all(self):
        """Whether ``event_ids`` have been looked up."""
        return "relevance" in self.__dict__

    @cached_property
    def found(self):
        """A condition holding, of the published events (the only ones a search chooses
        among), for those of ``event_ids``: their pks listed, or when they are most of
        them, the others' pks not (``unfound``). The database builds a lookup of a listed
        set for each query reading it, in time that grows with its length: a common word
        may be in nine events of ten."""
        found = self.relevance
        if len(found) > FEW_EVENTS and len(found) > Event.objects.count() / 2:
            return ~one_of(self.unfound)
        return one_of(list(found))

    @cached_property
    def unfound(self):
        """The pks of the published events that do not hold every term."""
        return [
            pk for pk in pks_of(Event.objects.published().order_by()) if pk not in self.relevance
        ]

    def scores(self, pks):
        """How relevant each of ``pks`` (``None``: every event) that holds every term is, by
        pk: the sum over the terms of the weight of the kind of each one's best piece
        (``KIND_WEIGHTS``: a title over a name or the summary over a quote over the text
        around one)."""
        if pks is not None and self.found_all:
            return {pk: self.relevance[pk] for pk in pks if pk in self.relevance}
        found = None
        for term in self.terms:
            events, kinds = _best_kinds(term, pks)
            # Backwards, so that each event's first (best) kind is kept.
            best = dict(
                zip(reversed(events), map(WEIGHT_BY_CODE.get, reversed(kinds)), strict=True)
            )
            if found is not None:
                best = {pk: found[pk] + best[pk] for pk in found if pk in best}
            found = best
        return found


@dataclass(frozen=True)
class Term:
    """A word, or a phrase's words, that a matching event has in one piece; a word may
    also be matched by the close names in ``alternatives``."""

    words: tuple
    alternatives: tuple = ()
    #: Beginnings of words that also match a single word (its Russian forms: ``word_forms``).
    forms: tuple = ()

    @property
    def options(self):
        return [self.words, *((name,) for name in self.alternatives)]


def word_forms(word):
    """The beginnings a Russian word's other forms share: its stem, in Cyrillic and in
    Latin letters (a name written either way: "Лавровым" → "лавров", "lavrov"); none
    for a word in another script or with too short a stem."""
    if not CYRILLIC.search(word):
        return ()
    stem = stem_of(word)
    if len(stem) < MIN_STEM:
        return ()
    return tuple(dict.fromkeys([stem, anyascii(stem).lower()]))


def stems(text):
    """The stems of the words of ``text`` that say something: stop words left out, each
    word stemmed by the Snowball stemmer of its language ("signing", "signed" → "sign";
    "Лаврова" → "лавр"). For comparing two texts' words, as the importer does."""
    return {stem_of(word) for word in _words(text) if word not in STOPWORDS}


@lru_cache(maxsize=65_536)
def stem_of(word):
    """A lower-case word's stem by the Snowball stemmer of its script's language, kept:
    the pure-Python stemmer costs a tenth of a millisecond a word, and news copy says
    the same words again and again."""
    with STEMMING:
        return (RUSSIAN_STEMMER if CYRILLIC.search(word) else ENGLISH_STEMMER).stemWord(word)


def _words(text):
    """Lower-case words; a possessive's "'s" dropped, other apostrophes split a word."""
    words = []
    for word in map(str.lower, WORD.findall(text)):
        # Most words have no apostrophe: only those pay for the regular expressions.
        if "'" in word or "’" in word:
            words += re.split(r"['’]", POSSESSIVE.sub("", word))
        else:
            words.append(word)
    return [word for word in words if word]


def parse(text):
    """The terms of a search, or SearchProblem saying why there are none to run."""
    phrases = []
    rest = PHRASE.sub(lambda match: phrases.append(match.group(1)) or " ", text)
    terms = []
    for phrase in phrases:
        words = _words(phrase)
        if words and not set(words) <= STOPWORDS:
            terms.append(Term(tuple(words)))
    terms += [
        Term((word,), forms=word_forms(word)) for word in _words(rest) if word not in STOPWORDS
    ]
    terms = list(dict.fromkeys(terms))
    if not terms:
        raise SearchProblem(
            gettext("Search for at least one word that is not as common as “the” or “and”.")
            if WORD.search(text)
            else gettext("Search for a word: letters or digits.")
        )
    if len(terms) > MAX_TERMS:
        raise SearchProblem(
            ngettext(
                "Search for at most %(count)d word or phrase.",
                "Search for at most %(count)d words or phrases.",
                MAX_TERMS,
            )
            % {"count": MAX_TERMS}
        )
    return with_close_names(terms)


# Names within a letter or two --------------------------------------------------------


def name_words():
    """Every word of every public name and alias, lower-case (one query)."""
    from .kinds import RELATED

    def texts(model):
        fields = ["name", *(other_name_fields(model) or [Value("")])]
        # Each in both languages: a misspelt name may be in either.
        columns = [
            column
            for field in fields
            for column in (translated_lookups(field) if isinstance(field, str) else [field, field])
        ]
        return model.objects.public().values_list(*columns).order_by()

    first, *rest = (texts(kind.model) for kind in RELATED)
    rows = first.union(*rest, all=True)
    # One pass over all the names at once: tokenizing row by row cost 25 ms a search.
    text = "\n".join(text for row in rows for text in row if text)
    return {word for word in _words(text) if len(word) > 2}


def other_name_fields(model):
    """The fields holding a row's other names besides its name: aliases, abbreviation."""
    return [name for name in ("aliases", "short_name") if hasattr(model, name)]


def _allowed_distance(word):
    return next((distance for length, distance in TYPO_DISTANCE if len(word) >= length), 0)


def with_close_names(terms):
    """``terms`` with, for each single word that is in no piece of text at all (a name
    misspelt, most likely), the public names close to it. A word that is found keeps its
    own meaning: "minister" does not also find "Ministry"."""
    misspelt = [
        term
        for term in terms
        if len(term.words) == 1 and _allowed_distance(term.words[0]) and not _in_index(term)
    ]
    if not misspelt:
        return terms
    names = name_words()
    found = []
    for term in terms:
        if term in misspelt:
            word = term.words[0]
            close = process.extract(
                word,
                names,
                scorer=Levenshtein.distance,
                score_cutoff=_allowed_distance(word),
                limit=3,
            )
            term = replace(term, alternatives=tuple(sorted(name for name, _d, _key in close)))
        found.append(term)
    return found


def _in_index(term):
    """Whether any piece of text holds ``term`` (one index lookup)."""
    sql, params = _pieces_matching(term, "1")
    with connection.cursor() as cursor:
        cursor.execute(f"{sql} LIMIT 1", params)
        return cursor.fetchone() is not None


def closest_names(text, limit=3):
    """``(kind, row)`` for the public names most like ``text``: what an empty result suggests."""
    from .kinds import RELATED

    candidates = {}
    for kind in RELATED:
        for row in kind.model.objects.public().only("slug", *translated_lookups("name")):
            for column in translated_lookups("name"):  # typed in either language
                if name := getattr(row, column):
                    candidates[(kind, row, column)] = name
    found = process.extract(text, candidates, limit=len(candidates), score_cutoff=60)
    suggested = dict.fromkeys((kind, row) for _name, _score, (kind, row, _column) in found)
    return list(suggested)[:limit]


def names_match(names, terms):
    """Whether ``names`` (a row's name and its other names) hold every term: a word or a
    close name, or a phrase's words one after another in one name."""
    worded = [_words(name) for name in names if name]

    def holds(option):
        size = len(option)
        return any(
            tuple(words[start : start + size]) == option
            for words in worded
            for start in range(len(words) - size + 1)
        )

    def begins(form):
        return any(word.startswith(form) for words in worded for word in words)

    return all(
        any(holds(option) for option in term.options) or any(map(begins, term.forms))
        for term in terms
    )


# The database's full-text search -----------------------------------------------------


def _fts5_query(term):
    # Words are letters and digits only (WORD), so a quoted FTS5 string cannot break out.
    options = ['"' + " ".join(words) + '"' for words in term.options]
    options += [f'"{form}"*' for form in term.forms]
    return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"


def _tsquery(term):
    """A PostgreSQL tsquery expression for ``term`` and its parameters."""
    if len(term.words) > 1:
        return "phraseto_tsquery('english', events_unaccent(%s))", [" ".join(term.words)]
    # A form is letters only (WORD), so it cannot be read as tsquery syntax.
    sql = " || ".join(
        ["plainto_tsquery('english', events_unaccent(%s))"] * len(term.options)
        + ["to_tsquery('english', events_unaccent(%s) || ':*')"] * len(term.forms)
    )
    return f"({sql})", [words[0] for words in term.options] + list(term.forms)


def _best_kinds(term, among=None):
    """The events holding ``term`` (of ``among``, if given) and the codes of the kinds of
    pieces holding it, as two lists in which each event's first code is its best (the
    lowest: ``KIND_CODES`` go from the heaviest kind to the lightest).

    SQLite lists every piece in the order of their ids, which its full-text index gives,
    each list built as a JSON array: grouping the pieces by event (a sort), or handing a
    row over for each, would cost more than the lookup itself. PostgreSQL, which reads the
    pieces anyway, groups them by event (a hash) and gives each event once."""
    if connection.vendor == "sqlite":
        sql, params = _pieces_matching(
            term, f"json_group_array({{event}}), json_group_array({KIND_CODE_SQL})", among=among
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [json.loads(values) for values in cursor.fetchone()]
    sql, params = _pieces_matching(term, f"{{event}}, MIN({KIND_CODE_SQL})", among=among)
    with connection.cursor() as cursor:
        cursor.execute(f"{sql} GROUP BY 1", params)
        rows = cursor.fetchall()
    return [[event for event, _code in rows], [code for _event, code in rows]]


def _pieces_matching(term, columns, among=None):
    """SQL selecting ``columns`` of the pieces that hold ``term`` (of the events ``among``,
    if given), and its parameters. In ``columns``, ``{id}`` is a piece's id and
    ``{event}`` its event's: SQLite reads it from the id, answering from its full-text
    index alone; PostgreSQL reads the pieces anyway, and finds a few events' by theirs."""
    if connection.vendor == "sqlite":
        piece_id, event = "rowid", f"rowid / {KINDS_SPAN}"
        sql, params = f"SELECT {{columns}} FROM {FTS} WHERE {FTS} MATCH %s", [_fts5_query(term)]
    else:
        piece_id, event = "p.id", "p.event_id"
        query, params = _tsquery(term)
        sql = f"SELECT {{columns}} FROM {PIECES} p WHERE p.document @@ {query}"
    if among is not None:
        listed = (
            "IN (SELECT value FROM json_each(%s))"
            if connection.vendor == "sqlite"
            else "= ANY(%s::bigint[])"
        )
        sql, params = f"{sql} AND {event} {listed}", [*params, pks_value(list(among))]
    return sql.format(columns=columns.format(id=piece_id, event=event)), params


def _holding(events, search):
    """A condition holding for those ``events`` that hold every term of ``search``, and
    their relevance (``Search.scores``) by pk: of these events when they are few, else of
    every event. Few events (one quick query tells) are looked up themselves and passed on
    alone: for each query reading a list of events the database builds a lookup of it, in
    time that grows with its length, and a common name may be in a quarter of all events."""
    if search.found_all and len(search.event_ids) <= FEW_EVENTS:
        few = search.relevance
    else:
        # One past the few at most: more, and the search's own condition is handed on.
        pks = list(events.order_by().values_list("pk", flat=True)[: FEW_EVENTS + 1])
        if len(pks) > FEW_EVENTS:
            return search.found, search.relevance
        few = search.scores(pks)
    return one_of(list(few)), few


def matching(events, search):
    """``events`` that hold every term of ``search`` in one of their pieces."""
    return events.filter(_holding(events, search)[0])


class _AnyOf(Lookup):
    """``lhs = ANY(rhs)``: PostgreSQL checks it row by row as it reads rows in an index's
    order, where a subquery's set of values it would join to the rows and sort."""

    lookup_name = "any_of"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = compiler.compile(self.rhs)
        return f"{lhs} = ANY({rhs})", (*lhs_params, *rhs_params)


def one_of(pks):
    """A condition that an event's pk is one of ``pks``, passed to the database as one
    value however many (``tallies.pks_value``; an ``ArrayField`` value would prepare each
    pk as a field's value)."""
    if connection.vendor == "sqlite":
        return Q(pk__in=RawSQL("SELECT value FROM json_each(%s)", [pks_value(pks)]))
    array = RawSQL("%s::bigint[]", [pks_value(pks)], output_field=ArrayField(BigIntegerField()))
    return Q(_AnyOf(F("pk"), array))


class Ranked(Sequence):
    """The pks of those ``events`` that hold every term of ``search``, most relevant first
    (``Search.scores``), then in the timeline's order.

    Put in order only as far as asked, a level of relevance at a time: a page reaches
    only the first few thousand (``pagination.MAX_DEPTH``), and the lower levels of a
    common word (found only in the text around quotes, say) hold most of its events."""

    def __init__(self, events, search):
        condition, self._scores = _holding(events, search)
        self._events, self._found = events, events.filter(condition)
        self._levels = sorted(set(self._scores.values()), reverse=True)
        self._ranked = []

    @cached_property
    def _count(self):
        return self._found.count()

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        start, stop = (index.start, index.stop) if isinstance(index, slice) else (index, index + 1)
        # Counted from the end (a negative index) or up to it, it needs every level.
        through = None if stop is None or stop <= 0 or (start or 0) < 0 else stop
        while self._levels and (through is None or len(self._ranked) < through):
            level = self._levels.pop(0)
            # Each level's events picked out when it is reached: most are never.
            pks = [pk for pk, score in self._scores.items() if score == level]
            # The scores may hold events not among ``events`` (drafts): these leave them out.
            self._ranked += _in_order(self._events.filter(one_of(pks)))
        return self._ranked[index]


def _in_order(events):
    """The pks of ``events`` in the timeline's order."""
    return pks_of(events.order_by(*events.model._meta.ordering))


def pks_of(events):
    """The pks of ``events``, in their order, handed over by the database as one value
    (SQLite's a JSON array) built in the order its subquery reads them: a row for each
    would cost twice as much for a broad search's tens of thousands."""
    try:
        sql, params = events.values_list("pk", flat=True).query.sql_with_params()
    except EmptyResultSet:
        return []
    gather = "json_group_array" if connection.vendor == "sqlite" else "array_agg"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {gather}(pk) FROM ({sql}) listed", params)
        pks = cursor.fetchone()[0]
    return json.loads(pks) if connection.vendor == "sqlite" else pks or []


# Why an event matched -----------------------------------------------------------------

#: How each kind of piece is named in a result's reason, in the order reasons are given.
KIND_NAMES = {
    "title": _("title"),
    "summary": _("summary"),
    "person": _("people"),
    "place": _("places"),
    "organization": _("organizations"),
    "agreement": _("agreements"),
    "quote": _("a quote"),
    "passage": _("the source text around a quote"),
}
#: Kinds shown whole (highlighted); the others as the stretch around the match.
NAME_KINDS = {"person", "place", "organization", "agreement"}
SHORT_KINDS = {"title", "summary", *NAME_KINDS}
_SHORT_KINDS_SQL = ", ".join(f"'{kind}'" for kind in sorted(SHORT_KINDS))
REASONS_SHOWN = 2


@dataclass
class Reason:
    kind: str
    text: str  # safe HTML: escaped, with <mark> around the matched words
    reader_url: str = ""  # for quotes and passages: the passage in its source's reader
    language: str = DATA_LANGUAGE  # a quote's or passage's source's; a record text's own

    @property
    def where(self):
        return KIND_NAMES[self.kind]


def highlighted(marked):
    """Text marked by the database (MARK_START … MARK_END) as safe HTML: the text is
    escaped, then the marks become ``<mark>``; a stray marker is dropped."""
    pieces, last = [], 0
    for match in MARKED.finditer(marked):
        pieces.append(escape(_unmarked(marked[last : match.start()])))
        pieces.append(f"<mark>{escape(match.group(1))}</mark>")
        last = match.end()
    pieces.append(escape(_unmarked(marked[last:])))
    return mark_safe("".join(pieces))


def _unmarked(text):
    return text.replace(MARK_START, "").replace(MARK_END, "")


def _highlighting_sql(terms, event_ids):
    """SQL for the matching pieces of ``event_ids``: (event, kind, marked text, and for a
    quote or passage its source's slug, the quote's offsets and its source's language)."""
    cited = (
        " LEFT JOIN events_citation c ON c.id = p.ref AND p.kind IN ('quote', 'passage')"
        " LEFT JOIN events_source s ON s.id = c.source_id"
    )
    columns = "p.event_id, p.kind, {text}, s.slug, c.start_offset, c.end_offset, s.language"
    marks = f"'{MARK_START}', '{MARK_END}'"
    if connection.vendor == "sqlite":
        short = ", ".join(str(KIND_CODES[kind]) for kind in sorted(SHORT_KINDS))
        kind = KIND_CODE_SQL.format(id="rowid", event=f"rowid / {KINDS_SPAN}")
        text = (
            f"CASE WHEN {kind} IN ({short}) THEN highlight({FTS}, 0, {marks})"
            f" ELSE snippet({FTS}, 0, {marks}, '…', 24) END"
        )
        # Each event's pieces are a stretch of the index's row ids, which it reads from the
        # first without reading a common word's every other piece: one SELECT per event,
        # a page's 50 well within SQLite's 500 in a compound SELECT.
        each = f"SELECT rowid AS id, {text} AS text FROM {FTS} WHERE {FTS} MATCH %s"
        each += " AND rowid BETWEEN %s AND %s"
        query = " OR ".join(_fts5_query(term) for term in terms)
        events = dict.fromkeys(event_ids)
        params = []
        for event in events:
            params += [query, event * KINDS_SPAN, (event + 1) * KINDS_SPAN - 1]
        matched = " UNION ALL ".join([each] * len(events))
        return (
            f"SELECT {columns.format(text='m.text')} FROM ({matched}) m"
            f" JOIN {PIECES} p ON p.id = m.id{cited}",
            params,
        )
    parts = [_tsquery(term) for term in terms]
    query = " || ".join(sql for sql, _params in parts)
    params = [param for _sql, term_params in parts for param in term_params]
    options = f"StartSel={MARK_START}, StopSel={MARK_END}"
    text = (
        f"CASE WHEN p.kind IN ({_SHORT_KINDS_SQL})"
        f" THEN ts_headline('english', p.text, {query}, '{options}, HighlightAll=true')"
        f" ELSE ts_headline('english', p.text, {query}, '{options}, MaxWords=30, MinWords=12')"
        " END"
    )
    placeholders = ", ".join(["%s"] * len(event_ids))
    return (
        f"SELECT {columns.format(text=text)} FROM {PIECES} p{cited}"
        f" WHERE p.document @@ ({query}) AND p.event_id IN ({placeholders})",
        params * 3 + list(event_ids),
    )


def _shown(kind, marked):
    """A piece's marked text as a reason shows it, as ``RecordText``: of a title or a
    summary, its text in the page's language if the search matched it there, else the
    one it matched; of a name, the name in the page's language, with the other name that
    matched (in the other language, an alias, an abbreviation) after it in brackets.

    A title's or summary's piece holds its English text, then any Russian one after
    ``LANGUAGES_APART``; a name's, the English name, the Russian one (or an empty line),
    then the others, one per line (``search_index``)."""
    if kind in ("title", "summary"):
        english, _apart, russian = marked.partition(LANGUAGES_APART)
        shown = shown_text(english, russian)
        if MARK_START in shown or not russian:
            return shown
        other = russian if shown.language == DATA_LANGUAGE else english
        return RecordText(other, "ru" if other is russian else DATA_LANGUAGE)
    if kind not in NAME_KINDS:
        return marked
    english, russian, *others = marked.split("\n")
    name = shown_text(english, russian)
    if MARK_START in name:
        return name
    other_language = english if name.language == "ru" else russian
    other = next((line for line in [other_language, *others] if MARK_START in line), None)
    return name if other is None else RecordText(f"{name} ({other})", name.language)


def explain(events, terms):
    """Give each of ``events`` its ``reasons``: where the search matched it, highlighted."""
    from .models import Citation, Source

    if not events:
        return
    sql, params = _highlighting_sql(terms, [event.pk for event in events])
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    order = list(KIND_NAMES)
    rows.sort(key=lambda row: (order.index(row[1]), row[4] or 0))
    reasons = {}
    for event_id, kind, text, source, start, end, language in rows:
        found = reasons.setdefault(event_id, [])
        kinds = {reason.kind for reason in found}
        # One reason per kind; a quote and the text around it say the same: keep the quote.
        if len(found) == REASONS_SHOWN or kind in kinds or (kind == "passage" and "quote" in kinds):
            continue
        cited = source and Citation(source=Source(slug=source), start_offset=start, end_offset=end)
        reader_url = cited.reader_path if cited else ""
        shown = _shown(kind, text)
        language = getattr(shown, "language", language)  # a quote's is its source's
        found.append(Reason(kind, highlighted(shown), reader_url, language))
    for event in events:
        event.reasons = reasons.get(event.pk, [])
