"""CSV, as a spreadsheet opens it: one row per event, or one row per citation.

UTF-8 with a byte-order mark, so that Excel reads the non-ASCII names right;
the ``csv`` module's quoting, so commas, quotes and line breaks stay in their
cells. Lists of related rows are joined with "; "; an event's citations, which
are sentences, each take a paragraph of their cell.
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
    "citations",
]
CITATION_COLUMNS = [
    "event",
    "event_title",
    "event_date",
    "event_url",
    "quote",
    "source",
    "source_title",
    "publisher",
    "publication_date",
    "publication_date_precision",
    "display_publication_date",
    "start_offset",
    "end_offset",
    "passage_url",
]
LIST_SEPARATOR = "; "
CITATION_SEPARATOR = "\n\n"
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
        "agreements": _joined(agreement.label for agreement in event.agreements),
        # A source cited twice is listed once, in citation order.
        "sources": _joined(dict.fromkeys(c.source_slug for c in event.citations)),
        "url": absolute_url(event.path),
        "citations": CITATION_SEPARATOR.join(
            _citation_paragraph(citation, absolute_url) for citation in event.citations
        ),
    }
    return {column: plain_text(value) for column, value in cells.items()}


def _citation_paragraph(citation, absolute_url):
    """“Quote” — Title (Publisher, 6 April 2004) and the passage's address, on three lines."""
    return (
        f"“{citation.quote}”\n"
        f"— {citation.source_title} ({citation.publisher}, {citation.publication.display})\n"
        f"{absolute_url(citation.reader_path)}"
    )


def citation_cells(event, citation, absolute_url):
    """One citation's cells by column, with the event it backs."""
    cells = {
        "event": event.slug,
        "event_title": event.title,
        "event_date": event.display_date,
        "event_url": absolute_url(event.path),
        "quote": citation.quote,
        "source": citation.source_slug,
        "source_title": citation.source_title,
        "publisher": citation.publisher,
        "publication_date": citation.publication.start.isoformat(),
        "publication_date_precision": citation.publication.precision,
        "display_publication_date": citation.publication.display,
        "start_offset": str(citation.start_offset),
        "end_offset": str(citation.end_offset),
        "passage_url": absolute_url(citation.reader_path),
    }
    return {column: plain_text(value) for column, value in cells.items()}


class _Echo:
    """A file-like object that hands each written line back instead of storing it."""

    def write(self, value):
        return value


def _lines(columns, rows):
    writer = csv.DictWriter(_Echo(), fieldnames=columns)
    yield BYTE_ORDER_MARK + writer.writeheader()
    for row in rows:
        yield writer.writerow(row)


def csv_lines(events, request):
    """The events' CSV text, line by line, for a streaming response."""
    absolute_url = absolute_urls(request)
    rows = (event_cells(event, absolute_url) for event in event_records(events))
    return _lines(COLUMNS, rows)


def citation_csv_lines(events, request):
    """The CSV text of the events' citations, line by line, in the events' order."""
    absolute_url = absolute_urls(request)
    rows = (
        citation_cells(event, citation, absolute_url)
        for event in event_records(events, linked=("citations",))
        for citation in event.citations
    )
    return _lines(CITATION_COLUMNS, rows)
