"""The bulk exports' reading of events and their hand-written iCalendar, checked against
the ``icalendar`` package and against what the ORM says."""

from datetime import UTC, date, datetime

import icalendar
import pytest

from events.dates import PartialDate
from events.exports import ics, streaming
from events.exports.records import CitedPassage, EventRecord, Link, _Stream, event_records
from events.models import Event
from events.text import clean_text

pytestmark = pytest.mark.django_db


def record(**changes):
    values = {
        "slug": "talks",
        "title": "Talks",
        "summary": "Summary.",
        "event_type": "meeting",
        "status": "occurred",
        "date": PartialDate(date(2004, 4, 7), "day", date(2004, 4, 8), "exact"),
        "date_note": "",
        "created_at": datetime(2024, 1, 2, 3, 4, 5, 678, tzinfo=UTC),
        "updated_at": datetime(2025, 2, 3, 4, 5, 6, tzinfo=UTC),
        "path": "/events/talks/",
        "people": None,
        "places": [],
        "organizations": None,
        "agreements": None,
        "citations": [],
    }
    return EventRecord(**{**values, **changes})


def by_the_package(event):
    """The same VEVENT as the ``icalendar`` package writes it (as the export once did)."""
    first_day, day_after = event.date.span
    component = icalendar.Event()
    component.add("uid", ics.event_uid(event))
    component.add("dtstamp", event.updated_at)
    component.add("created", event.created_at)
    component.add("last-modified", event.updated_at)
    component.add("dtstart", first_day)
    component.add("dtend", day_after)
    component.add("summary", clean_text(event.title, multiline=False))
    component.add("description", ics._description(event))
    component.add("url", f"http://testserver{event.path}")
    if location := ics._location(event):
        component.add("location", location)
    component.add("status", ics.STATUS[event.status])
    component.add("categories", [event.event_type_label])
    component.add("x-natorussia-date-precision", event.date.precision)
    component.add("x-natorussia-date-qualifier", event.date.qualifier)
    component.add("x-natorussia-display-date", event.display_date)
    return component.to_ical()


def passage(quote):
    return CitedPassage(
        quote, 0, len(quote), "s", "Вестник; “Title”, part\\2", "P", PartialDate(date(2004, 4, 6)),
        "/sources/s/#passage-0-5",
    )  # fmt: skip


AWKWARD = [
    record(),
    record(title="Talks; “Шойгу”, Rogozin\\Ivanov " * 4, summary="Line one\nLine two\r\nthree"),
    # A backslash escape and multi-byte characters at every place a fold can fall.
    *(record(summary="x" * n + "a,b;c\\d“é”" * 12) for n in range(0, 8)),
    record(
        places=[Link("brussels", "Brussels"), Link("moscow", "Moscow, Russia")],
        citations=[passage("Ivanov said: “yes; no, maybe”.\n\nNext paragraph ^ caret " * 3)],
        date_note="‘Sunday’ in an article published Tuesday",
        status="planned",
        date=PartialDate(date(2004, 1, 1), "year", None, "approximate"),
    ),
]


@pytest.mark.parametrize("event", AWKWARD)
def test_calendar_events_are_the_icalendar_packages_bytes(event):
    assert ics.vevent(event, lambda path: f"http://testserver{path}") == by_the_package(event)


class Rows(list):
    def iterator(self, chunk_size):
        return iter(self)


def test_a_linked_rows_stream_passes_over_an_event_the_events_query_lacks():
    # Events 1 and 3 are exported; 2 was published between the two queries.
    stream = _Stream(Rows([(1, "a"), (2, "b"), (3, "c")]), positions={1: 0, 3: 1})
    assert stream.rows_of(1) == [("a",)]
    assert stream.rows_of(3) == [("c",)]


def test_a_linked_rows_stream_keeps_a_later_events_rows_for_it():
    stream = _Stream(Rows([(3, "c")]), positions={1: 0, 3: 1})
    assert stream.rows_of(1) == []
    assert stream.rows_of(3) == [("c",)]


def test_records_have_every_linked_row_in_the_pages_order(django_assert_max_num_queries):
    events = Event.objects.published()
    with django_assert_max_num_queries(7):
        records = list(event_records(events))
    assert [r.slug for r in records] == [e.slug for e in events]
    for rec, event in zip(records, events.with_related(), strict=True):
        assert [(p.slug, p.role) for p in rec.people] == [
            (p.person.slug, p.role) for p in event.participations.all()
        ]
        assert [p.slug for p in rec.places] == [p.slug for p in event.places.all()]
        assert [o.slug for o in rec.organizations] == [o.slug for o in event.organizations.all()]
        assert [a.label for a in rec.agreements] == [str(a) for a in event.agreements.all()]
        assert [(c.source_slug, c.quote, c.anchor) for c in rec.citations] == [
            (c.source.slug, c.quote, c.anchor) for c in event.citations.all()
        ]
        assert [c.reader_path for c in rec.citations] == [
            f"{c.source.get_absolute_url()}#{c.anchor}" for c in event.citations.all()
        ]
        assert rec.display_date == event.display_date
        assert rec.path == event.get_absolute_url()


def test_records_read_only_the_linked_rows_asked_for():
    [first, *_] = event_records(Event.objects.published(), linked=("places",))
    assert first.people is None and first.citations is None
    assert isinstance(first.places, list)


def test_streamed_parts_are_sent_in_pieces_of_a_useful_size(monkeypatch):
    monkeypatch.setattr(streaming, "PIECE_SIZE", 10)
    rows = [f"row {n}\n" for n in range(20)]
    pieces = list(streaming.in_pieces(iter(rows)))
    assert "".join(pieces) == "".join(rows)
    assert all(10 <= len(piece) < 17 for piece in pieces[:-1])
    assert list(streaming.in_pieces([b"a", b"b"])) == [b"ab"]
    assert list(streaming.in_pieces([])) == []
