"""CSV: one row per event, as a spreadsheet opens it.

UTF-8 with a byte-order mark, so that Excel reads the non-ASCII names right;
the ``csv`` module's quoting, so commas, quotes and line breaks stay in their
cells. Lists of related rows are joined with "; ".
"""

import csv

from .records import absolute_urls, event_records

COLUMNS = [
    "slug",
    "title",
    "date",
    "start",
    "end",
    "precision",
    "qualifier",
    "date_note",
    "status",
    "event_type",
    "summary",
    "people",
    "places",
    "organizations",
    "agreements",
    "sources",
    "url",
]
LIST_SEPARATOR = "; "
BYTE_ORDER_MARK = "\ufeff"
# A cell starting with one of these runs as a formula in spreadsheets (CSV
# injection); a leading apostrophe makes it plain text again.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _joined(values):
    return LIST_SEPARATOR.join(values)


def plain_text(value):
    return f"'{value}" if value.startswith(FORMULA_TRIGGERS) else value


def event_cells(event, absolute_url):
    """The event's cells by column; ``absolute_url`` turns a path into a full address."""
    cells = {
        "slug": event.slug,
        "title": event.title,
        "date": event.display_date,
        "start": event.date.iso_start,
        "end": event.date.iso_end or "",
        "precision": event.date.precision,
        "qualifier": event.date.qualifier,
        "date_note": event.date_note,
        "status": event.status,
        "event_type": event.event_type,
        "summary": event.summary,
        "people": _joined(f"{person.name} ({person.role})" for person in event.people),
        "places": _joined(place.name for place in event.places),
        "organizations": _joined(org.name for org in event.organizations),
        "agreements": _joined(agreement.name for agreement in event.agreements),
        # A source cited twice is listed once, in citation order.
        "sources": _joined(dict.fromkeys(c.source_slug for c in event.citations)),
        "url": absolute_url(event.path),
    }
    return {column: plain_text(value) for column, value in cells.items()}


class _Echo:
    """A file-like object that hands each written line back instead of storing it."""

    def write(self, value):
        return value


def csv_lines(events, request):
    """The CSV text, line by line, for a streaming response."""
    writer = csv.DictWriter(_Echo(), fieldnames=COLUMNS)
    yield BYTE_ORDER_MARK + writer.writeheader()
    absolute_url = absolute_urls(request)
    for event in event_records(events):
        yield writer.writerow(event_cells(event, absolute_url))
