"""iCalendar (RFC 5545): each event as an all-day VEVENT a calendar app can subscribe to.

Dates are ``VALUE=DATE`` and ``DTEND`` is exclusive, as RFC 5545 wants. A month-
or year-precision event covers its whole month or year, and a range covers
every day of it, because that is all the sources say. A "by" date is a one-day
event on the day it is known to have happened by, a "not before" date one on the first
day it may happen. Each event records its
precision, qualifier and readable date in ``X-NATORUSSIA-*`` properties, which
calendar apps keep but need not show, and its readable date opens the
description, which they do show.
"""

from datetime import UTC

import icalendar

from ..text import clean_text
from .records import absolute_urls, event_records

PRODUCT_ID = "-//NATO-Russia cooperation timeline//Exports//EN"
CALENDAR_NAME = "NATO–Russia cooperation timeline"
# UIDs must stay the same wherever the calendar is fetched from, so they do not
# use the request's host.
UID_DOMAIN = "natorussia-timeline"
# What the calendar shows of an event's linked rows.
SHOWN = ("places", "citations")
STATUS = {"occurred": "CONFIRMED", "planned": "TENTATIVE", "expected": "TENTATIVE"}


def event_uid(event):
    return f"{event.slug}@{UID_DOMAIN}"


def _description(event):
    lines = [event.display_date, "", event.summary]
    for citation in event.citations:
        lines += ["", f"“{citation.quote}”", f"— {citation.source_title}"]
    if event.date_note:
        lines += ["", f"Date: {event.date_note}"]
    # RFC 5545 allows no control character but the tab in text (line breaks are escaped).
    return clean_text("\n".join(lines), multiline=True)


def _location(event):
    return clean_text(", ".join(place.name for place in event.places), multiline=False)


# Written here rather than by the ``icalendar`` package, which takes milliseconds an
# event (its folding looks at every character): a full export must finish inside a
# worker's timeout. The output is the package's, byte for byte (tests compare them):
# TEXT escaped as RFC 5545 3.3.11 says, the required properties first and the rest in
# alphabetical order, lines folded before 75 octets.
FOLD_OCTETS = 74
FOLD = "\r\n "


def _text(value):
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _date(day):
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _utc(moment):
    return f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def _fold(line):
    """RFC 5545 3.1: at most 74 octets a line, never inside a character, nor right after
    a backslash (some clients misread an escape split across lines)."""
    if len(line.encode()) <= FOLD_OCTETS:
        return line
    pieces, start = [], 0
    while start < len(line):
        piece = line[start : start + FOLD_OCTETS]
        size = len(piece.encode())
        while size > FOLD_OCTETS:
            size -= len(piece[-1].encode())
            piece = piece[:-1]
        if start + len(piece) < len(line) and len(piece) > 1 and piece[-1] in "\\^":
            piece = piece[:-1]
        pieces.append(piece)
        start += len(piece)
    return FOLD.join(pieces)


def vevent(event, absolute_url):
    """The event as a VEVENT, in iCalendar's bytes."""
    first_day, day_after = event.date.span
    properties = [
        ("SUMMARY", _text(clean_text(event.title, multiline=False))),
        ("DTSTART;VALUE=DATE", _date(first_day)),
        ("DTEND;VALUE=DATE", _date(day_after)),
        # Without a METHOD, DTSTAMP is when the event was last revised (RFC 5545 3.8.7.2).
        ("DTSTAMP", _utc(event.updated_at)),
        ("UID", _text(event_uid(event))),
        ("CATEGORIES", _text(event.event_type_label)),
        ("CREATED", _utc(event.created_at)),
        ("DESCRIPTION", _text(_description(event))),
        ("LAST-MODIFIED", _utc(event.updated_at)),
        ("LOCATION", _text(_location(event))),
        ("STATUS", STATUS[event.status]),
        ("URL", absolute_url(event.path)),
        ("X-NATORUSSIA-DATE-PRECISION", event.date.precision),
        ("X-NATORUSSIA-DATE-QUALIFIER", event.date.qualifier),
        ("X-NATORUSSIA-DISPLAY-DATE", event.display_date),
    ]
    lines = [_fold(f"{name}:{value}") for name, value in properties if value]
    return "\r\n".join(["BEGIN:VEVENT", *lines, "END:VEVENT", ""]).encode()


def calendar_frame():
    """The calendar's opening and closing lines, for the events to be streamed between."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    whole = calendar.to_ical()
    closing = b"END:VCALENDAR\r\n"
    return whole.removesuffix(closing), closing


def ics_chunks(events, request):
    """The calendar, event by event, for a streaming response."""
    opening, closing = calendar_frame()
    yield opening
    absolute_url = absolute_urls(request)
    for event in event_records(events, linked=SHOWN):
        yield vevent(event, absolute_url)
    yield closing
