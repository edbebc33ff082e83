"""Small helpers that build valid rows for tests, overriding only what a test cares about."""

from datetime import date
from itertools import count

from events.models import Event, Source

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
