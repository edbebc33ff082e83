"""“Cite this”: an event and the sources it rests on as a plain line, BibTeX, RIS and CSL-JSON.

Every format is written from the same :class:`Reference` records, so they cannot
disagree: the event's page on this site first, then each source it cites, in the
order the page shows them. Dates go through :class:`~events.dates.PartialDate`, so
a source known only to the month is never given a day.
"""

import calendar
import json
from dataclasses import dataclass

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_lazy

from .dates import DatePrecision, PartialDate, with_full_stop

SITE_NAME = gettext_lazy("NATO–Russia cooperation timeline")


@dataclass(frozen=True)
class Reference:
    key: str  # unique in one export, usable as a BibTeX key
    title: str
    date: PartialDate
    url: str
    publisher: str
    container: str = ""  # the work it is part of: the site, for an event's page
    note: str = ""

    @property
    def parts(self):
        """The date as ``[year, month, day]``, as far as it is known."""
        return list(self.date.start_parts.values())


def references(event, base_url):
    """The event's page and each source it cites, as :class:`Reference` records.

    ``base_url`` is the site's address without a trailing slash (``https://host``).
    Reads the event's citations with their sources (prefetched by ``with_related()``).
    """
    sources = list(dict.fromkeys(citation.source for citation in event.citations.all()))
    note = with_full_stop(gettext("Event dated %(date)s") % {"date": event.display_date})
    if sources:
        titles = "; ".join(source.title for source in sources)
        note += " " + with_full_stop(gettext("Sources: %(sources)s") % {"sources": titles})
    page = Reference(
        key=event.slug,
        title=event.title,
        # The page's own date, as for any web page: when it last changed.
        date=PartialDate(event.updated_at.date()),
        url=f"{base_url}{event.get_absolute_url()}",
        publisher=str(SITE_NAME),
        container=str(SITE_NAME),
        note=note,
    )
    return [page] + [
        Reference(
            key=f"source-{source.slug}",
            title=source.title,
            date=source.publication,
            url=source.url or f"{base_url}{source.get_absolute_url()}",
            publisher=source.publisher,
        )
        for source in sources
    ]


def plain(event, base_url, record=None):
    """One line for a footnote: the page, then what it rests on. With ``record`` (a filter
    such as ``timeline.data_text`` marking a record's own text: the titles, the sources'
    publishers), the line is HTML, its other parts escaped."""
    text = conditional_escape if record else str
    record = record or str
    page, *sources = references(event, base_url)
    line = with_full_stop(
        gettext("“%(title)s” (%(date)s), %(site)s, %(url)s, updated %(updated)s")
        % {
            "title": record(page.title),
            "date": text(event.display_date),
            "site": text(page.publisher),
            "url": text(page.url),
            "updated": text(page.date.display),
        }
    )
    if sources:
        cited = "; ".join(
            f"{record(source.publisher)}, “{record(source.title)}”, "
            f"{text(source.date.display)}, {text(source.url)}"
            for source in sources
        )
        line += " " + with_full_stop(gettext("Sources: %(sources)s") % {"sources": cited})
    return mark_safe(line) if text is conditional_escape else line  # each part escaped


# BibTeX: one @misc entry each, which every BibTeX style and reference manager reads.
BIBTEX_SPECIAL = str.maketrans(
    {"\\": r"\textbackslash{}", **{char: f"\\{char}" for char in "{}%&$#_"}}
)
BIBTEX_MONTHS = [name.lower() for name in calendar.month_abbr[1:]]  # its month macros


def _bibtex_entry(reference):
    braced = {
        "title": reference.title,
        "publisher": reference.publisher,
        "howpublished": reference.container,
        "year": str(reference.date.start.year),
        "date": reference.date.iso_start,  # biblatex's, at the date's own precision
        "url": reference.url,
        "note": reference.note,
    }
    # An address is read verbatim (by the url package and by biblatex), so it is not escaped.
    fields = [
        (name, f"{{{value if name == 'url' else value.translate(BIBTEX_SPECIAL)}}}")
        for name, value in braced.items()
        if value
    ]
    if reference.date.precision != DatePrecision.YEAR:
        # The standard month macros, which every style prints in its own way.
        fields.append(("month", BIBTEX_MONTHS[reference.date.start.month - 1]))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return f"@misc{{{reference.key},\n{body}\n}}\n"


def bibtex(event, base_url):
    return "\n".join(_bibtex_entry(reference) for reference in references(event, base_url))


# RIS: "TAG  - value" lines, one record per reference, each closed by "ER  - ".
def _ris_record(reference):
    year, month, day = (reference.parts + ["", ""])[:3]
    tags = [
        ("TY", "ELEC"),
        ("ID", reference.key),
        ("TI", reference.title),
        ("PB", reference.publisher),
        ("T2", reference.container),
        ("PY", str(year)),
        ("DA", f"{year}/{month and f'{month:02d}'}/{day and f'{day:02d}'}/"),
        ("UR", reference.url),
        ("N1", reference.note),
    ]
    lines = [f"{tag}  - {' '.join(value.split())}" for tag, value in tags if value]
    return "\r\n".join([*lines, "ER  - ", ""])


def ris(event, base_url):
    return "\r\n".join(_ris_record(reference) for reference in references(event, base_url))


# CSL-JSON: what Zotero, Pandoc and citeproc read; validated against its schema in the tests.
def _csl_item(reference):
    item = {
        "id": reference.key,
        "type": "webpage",
        "title": reference.title,
        "publisher": reference.publisher,
        "container-title": reference.container,
        "issued": {"date-parts": [reference.parts]},
        "URL": reference.url,
        "note": reference.note,
    }
    return {name: value for name, value in item.items() if value}


def csl_json(event, base_url):
    """A JSON array, one item a line: short enough to read on the page."""
    items = (json.dumps(_csl_item(ref), ensure_ascii=False) for ref in references(event, base_url))
    return "[\n" + ",\n".join(items) + "\n]\n"


def base_url(request):
    """The site's address as the visitor reached it, without a trailing slash."""
    return request.build_absolute_uri("/").rstrip("/")


#: Each download: its address ending, what it is, how it is made and its media type.
FORMATS = {
    "bib": ("BibTeX", bibtex, "application/x-bibtex"),
    "ris": ("RIS", ris, "application/x-research-info-systems"),
    "json": ("CSL-JSON", csl_json, "application/vnd.citationstyles.csl+json"),
}
