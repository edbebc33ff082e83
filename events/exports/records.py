"""The one reading of events for the bulk exports (CSV, iCalendar, citations, dataset)
and the API's events.

A full export is a handful of flat queries, however many events it holds: the events,
then each kind of linked row (people, places, organizations, agreements, citations)
in the events' own order, read side by side and merged as they stream. Memory stays
flat and no query grows with the export. (``prefetch_related`` gives the same rows,
but clones a related manager and a queryset for every event and lookup, which at
100,000 events costs minutes; and ``IN (…)`` lists of ids cost Django a check per id.)

Within an event, each list is in the order the pages show it (the models'
``Meta.ordering``), with the primary key breaking ties, so that two downloads of the
same data are the same bytes.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from django.conf import settings
from django.db.models import F
from django.urls import reverse

from events.dates import PartialDate
from events.models import (
    Citation,
    Event,
    Participation,
    page_record_language,
    passage_anchor,
    shown_text,
    translated_lookups,
)

# Rows fetched from the database at a time, per query.
FETCH_SIZE = 2000


@dataclass(frozen=True)
class Link:
    slug: str
    name: str


@dataclass(frozen=True)
class AgreementLink:
    slug: str
    name: str
    short_name: str

    @property
    def label(self):
        """As the pages name it: the short name the sources use, if there is one."""
        return self.short_name or self.name


@dataclass(frozen=True)
class Role:
    slug: str
    name: str
    role: str


@dataclass(frozen=True)
class CitedPassage:
    """A citation with what a reader needs to find and credit it."""

    quote: str
    start_offset: int
    end_offset: int
    source_slug: str
    source_title: str
    publisher: str
    publication: PartialDate
    #: The passage in the source reader, where it is highlighted.
    reader_path: str

    @property
    def anchor(self):
        return passage_anchor(self.start_offset, self.end_offset)


@dataclass(frozen=True)
class EventRecord:
    """A published event's own columns and its linked rows, as plain values."""

    slug: str
    title: str
    summary: str
    event_type: str
    status: str
    date: PartialDate
    date_note: str
    created_at: datetime
    updated_at: datetime
    path: str
    people: list
    places: list
    organizations: list
    agreements: list
    citations: list

    @property
    def display_date(self):
        return self.date.display

    @property
    def event_type_label(self):
        return Event.Type(self.event_type).label


EVENT_COLUMNS = (
    "pk",
    "slug",
    "title",
    "summary",
    "event_type",
    "status",
    # In the order PartialDate takes them.
    "start_date",
    "date_precision",
    "end_date",
    "date_qualifier",
    "date_note",
    "created_at",
    "updated_at",
)


def slug_path_template(url_name):
    """The path of ``url_name`` for a slug put in by ``str.format``: ``reverse`` for every
    row of a large export costs more than all the rest of the row's work."""
    marker = "slug-placeholder"
    return reverse(url_name, kwargs={"slug": marker}).replace(marker, "{}")


def absolute_urls(request):
    """``path -> absolute URL`` on ``request``'s site: ``build_absolute_uri``'s answer,
    without its cost on every row of a large export."""
    root = request.build_absolute_uri("/").removesuffix("/")
    return lambda path: root + path


def _in_event_order(model, events, *within_event):
    """``model``'s rows linked to ``events``, ordered as the events are, then by
    ``within_event`` and the primary key; or, ``events`` given as a list of pks (a page's),
    those linked to them, in order within each event (``_Grouped`` sorts them out)."""
    if isinstance(events, list):
        # Without the events' table: a page's five such queries took PostgreSQL longer to
        # plan than to run.
        return model.objects.filter(event_id__in=events).order_by(*within_event, "pk")
    by_event = []
    for term in Event._meta.ordering:
        if isinstance(term, str):
            by_event.append(f"event__{term}")
        else:  # F("end_date").asc(nulls_first=True)
            by_event.append(F(f"event__{term.expression.name}").asc(nulls_first=term.nulls_first))
    linked = model.objects.filter(event__in=events.values("pk"))
    return linked.order_by(*by_event, *within_event, "pk")


def _names(field_name):
    """``(event id, slug, name in each language)`` for one many-to-many field, by name
    within an event."""
    through = Event._meta.get_field(field_name).remote_field.through
    column = Event._meta.get_field(field_name).m2m_reverse_field_name()

    def rows(events):
        return _in_event_order(through, events, f"{column}__name").values_list(
            "event_id", f"{column}__slug", *translated_lookups(f"{column}__name")
        )

    return rows


def _agreements(events):
    return _in_event_order(Event.agreements.through, events, "agreement__name").values_list(
        "event_id",
        "agreement__slug",
        *translated_lookups("agreement__name"),
        *translated_lookups("agreement__short_name"),
    )


def _people(events):
    return _in_event_order(Participation, events, "person__name").values_list(
        "event_id", "person__slug", *translated_lookups("person__name"), "role"
    )


class _Reading(NamedTuple):
    """What making every row's record needs, worked out once for an export: the source
    page's path template and the language whose names are shown."""

    source_path: str
    page: str


# A linked row's names are read in each language; the one in the answer's language is
# shown (``shown_text``), as on the pages.


def _link(reading, slug, *names):
    return Link(slug, shown_text(*names, page=reading.page))


def _agreement_link(reading, slug, *texts):
    languages = len(settings.MODELTRANSLATION_LANGUAGES)
    names, short_names = texts[:languages], texts[languages:]
    return AgreementLink(
        slug, shown_text(*names, page=reading.page), shown_text(*short_names, page=reading.page)
    )


def _role(reading, slug, *texts):
    *names, role = texts
    return Role(slug, shown_text(*names, page=reading.page), role)


def _citations(events):
    # In the order the pages show: by the source's publication date, then place in it.
    return _in_event_order(
        Citation, events, "source__publication_date", "start_offset"
    ).values_list(
        "event_id",
        "quote",
        "start_offset",
        "end_offset",
        "source__slug",
        "source__title",
        "source__publisher",
        "source__publication_date",
        "source__publication_date_precision",
    )


def _cited_passage(reading, quote, start, end, slug, title, publisher, published, precision):
    reader_path = f"{reading.source_path.format(slug)}#{passage_anchor(start, end)}"
    publication = PartialDate(published, precision)
    return CitedPassage(quote, start, end, slug, title, publisher, publication, reader_path)


@dataclass(frozen=True)
class _Kind:
    """A kind of linked row: its query (``events -> (event id, …) tuples in their order``)
    and what makes a record of one row (``(_Reading, *row) -> record``)."""

    rows: Callable
    make: Callable


_KINDS = {
    "people": _Kind(_people, _role),
    "places": _Kind(_names("places"), _link),
    "organizations": _Kind(_names("organizations"), _link),
    "agreements": _Kind(_agreements, _agreement_link),
    "citations": _Kind(_citations, _cited_passage),
}
LINKED = tuple(_KINDS)


def _in_chunks(rows):
    return rows.iterator(chunk_size=FETCH_SIZE)


class _Stream:
    """One query's rows grouped by event id, consumed in step with the events.

    Each stream is its own query, so a write between their first reads can leave a
    group for an event the events' query does not have: ``positions`` (each event's
    place in the export) lets such a group be passed over rather than hold up the rest.
    """

    def __init__(self, rows, positions):
        self.groups = groupby(_in_chunks(rows), key=itemgetter(0))
        self.positions = positions
        self.pending = next(self.groups, None)

    def rows_of(self, event_id):
        position = self.positions.get(event_id)
        while self.pending is not None:
            pending_id, rows = self.pending
            if pending_id != event_id and (
                position is None or self.positions.get(pending_id, -1) > position
            ):
                return []  # a later event's rows
            found = [row[1:] for row in rows]
            self.pending = next(self.groups, None)
            if pending_id == event_id:
                return found
            # Else the rows of an event no longer (or not yet) in the export: passed over.
        return []


class _Grouped:
    """A few events' rows of one query, read at once and grouped by event id."""

    def __init__(self, rows):
        self.groups = defaultdict(list)
        for event_id, *row in rows:
            self.groups[event_id].append(row)

    def rows_of(self, event_id):
        return self.groups.get(event_id, [])


def event_records(events, linked=LINKED, few=False):
    """``events`` (a queryset of published events) as :class:`EventRecord`, in their order,
    with the ``linked`` kinds of row; the others are ``None``, as an export that does not
    show them need not read them.

    Rows are read in chunks, as an export of every event needs (on PostgreSQL through
    server-side cursors, each a few queries more); ``few`` events (a page of the API) are
    read at once, their linked rows by their pks."""
    events = events.order_by(*Event._meta.ordering)
    read = iter if few else _in_chunks
    positions = {pk: n for n, pk in enumerate(events.values_list("pk", flat=True))}
    event_path = slug_path_template("events:event-detail")
    reading = _Reading(slug_path_template("events:source-detail"), page_record_language())
    if few:
        streams = {name: _Grouped(_KINDS[name].rows(list(positions))) for name in linked}
    else:
        streams = {name: _Stream(_KINDS[name].rows(events), positions) for name in linked}
    rows = read(events.values_list(*EVENT_COLUMNS))
    for pk, slug, title, summary, event_type, status, *date, note, created, updated in rows:
        linked_rows = dict.fromkeys(_KINDS)
        for name, stream in streams.items():
            make = _KINDS[name].make
            linked_rows[name] = [make(reading, *row) for row in stream.rows_of(pk)]
        yield EventRecord(
            slug=slug,
            title=title,
            summary=summary,
            event_type=event_type,
            status=status,
            date=PartialDate(*date),
            date_note=note,
            created_at=created,
            updated_at=updated,
            path=event_path.format(slug),
            **linked_rows,
        )
