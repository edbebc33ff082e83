"""Small helpers that build valid rows for tests, overriding only what a test cares about."""

from datetime import date
from itertools import count

from events.models import Agreement, Event, Organization, Person, Place, Source

_serial = count(1)


def make_source(**fields):
    n = next(_serial)
    values = {
        "slug": f"source-{n}",
        "title": f"Source {n}",
        "publisher": "Test Gazette",
        "publication_date": date(2004, 4, 6),
        "publication_date_note": "Dateline.",
        "text": "NATO and Russia met on Monday. Ivanov spoke.",
    }
    values.update(fields)
    return Source.objects.create(**values)


def make_event(**fields):
    n = next(_serial)
    values = {
        "slug": f"event-{n}",
        "title": f"Event {n}",
        "summary": "Something happened.",
        "event_type": Event.Type.MEETING,
        "start_date": date(2004, 4, 5),
        "published": True,
    }
    values.update(fields)
    return Event.objects.create(**values)


def make_public(*rows, **event_fields):
    """A published event linked to each of ``rows`` (entities and sources), which makes
    them public: until one of its events is published, a row stays off the public site."""
    event = make_event(**event_fields)
    links = {Place: event.places, Organization: event.organizations, Agreement: event.agreements}
    for row in rows:
        if isinstance(row, Person):
            event.participations.create(person=row, role="participant")
        elif isinstance(row, Source):
            event.citations.create(source=row, quote=row.text.split(".")[0])
        else:
            links[type(row)].add(row)
    return event
