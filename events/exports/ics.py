"""iCalendar (RFC 5545): each event as an all-day VEVENT a calendar app can subscribe to.

Dates are ``VALUE=DATE`` and ``DTEND`` is exclusive, as RFC 5545 wants. A month-
or year-precision event covers its whole month or year, and a range covers
every day of it, because that is all the sources say. A "by" date is a one-day
event on the day it is known to have happened by. Each event records its
precision, qualifier and readable date in ``X-NATORUSSIA-*`` properties, which
calendar apps keep but need not show, and its readable date opens the
description, which they do show.
"""

import icalendar

from ..text import clean_text
from .filtering import in_chunks

PRODUCT_ID = "-//NATO-Russia cooperation timeline//Exports//EN"
CALENDAR_NAME = "NATO–Russia cooperation timeline"
# UIDs must stay the same wherever the calendar is fetched from, so they do not
# use the request's host.
UID_DOMAIN = "natorussia-timeline"
STATUS = {"occurred": "CONFIRMED", "planned": "TENTATIVE", "expected": "TENTATIVE"}


def event_uid(event):
    return f"{event.slug}@{UID_DOMAIN}"


def _description(event):
    lines = [event.display_date, "", event.summary]
    for citation in event.citations.all():
        lines += ["", f"“{citation.quote}”", f"— {citation.source.title}"]
    if event.date_note:
        lines += ["", f"Date: {event.date_note}"]
    # RFC 5545 allows no control character but the tab in text (line breaks are escaped).
    return clean_text("\n".join(lines), multiline=True)


def _location(event):
    return clean_text(", ".join(place.name for place in event.places.all()), multiline=False)


def vevent(event, request):
    first_day, day_after = event.date.span
    component = icalendar.Event()
    component.add("uid", event_uid(event))
    # Without a METHOD, DTSTAMP is when the event was last revised (RFC 5545 3.8.7.2).
    component.add("dtstamp", event.updated_at)
    component.add("created", event.created_at)
    component.add("last-modified", event.updated_at)
    component.add("dtstart", first_day)
    component.add("dtend", day_after)
    component.add("summary", clean_text(event.title, multiline=False))
    component.add("description", _description(event))
    component.add("url", request.build_absolute_uri(event.get_absolute_url()))
    if location := _location(event):
        component.add("location", location)
    component.add("status", STATUS[event.status])
    component.add("categories", [event.get_event_type_display()])
    component.add("x-natorussia-date-precision", event.date_precision)
    component.add("x-natorussia-date-qualifier", event.date_qualifier)
    component.add("x-natorussia-display-date", event.display_date)
    return component


def _calendar_frame():
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
    opening, closing = _calendar_frame()
    yield opening
    for event in in_chunks(events):
        yield vevent(event, request).to_ical()
    yield closing
