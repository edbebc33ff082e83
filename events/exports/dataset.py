"""``/export/dataset.zip``: every published event, entity, citation and source text, to
download whole and cite.

The archive is a file, built once for each version of the data (``data_version``) and
served with its length and SHA-256 checksum, so a download cut short is detectable and
every copy of one version is the same bytes (entries are dated by the data's last
change, not by the build). A small archive is built when first asked for; at 100,000
events a build takes longer than a request may, so ``manage.py build_dataset`` builds
it (run after imports, or on a timer), and until then the newest built one is served,
its README saying which version it holds.

Events and citations are read once (``records.event_records``) and written to four
files side by side; entities and sources go through the API's serializers, so that
every JSON file has exactly the shape the API answers with.
"""

import csv
import hashlib
import json
import os
import tempfile
import zipfile
from contextlib import ExitStack
from datetime import UTC
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.urls import reverse

from events import caching, data_version
from events.api.serializers import citation_json, event_json
from events.kinds import KINDS
from events.models import Event

from . import ics
from .records import absolute_urls, event_records
from .spreadsheet import (
    BYTE_ORDER_MARK,
    CITATION_COLUMNS,
    COLUMNS,
    citation_cells,
    event_cells,
    plain_text,
)

NAME = "nato-russia-timeline-data"
TITLE = "NATO–Russia cooperation timeline: dataset"
PUBLISHER = "NATO–Russia cooperation timeline"
#: Above this many published events, a request never builds the archive itself.
BUILD_IN_REQUEST_MAX_EVENTS = 10_000


def directory():
    return Path(settings.MEDIA_ROOT) / "datasets"


def _origin_key(origin):
    return hashlib.sha256(origin.encode()).hexdigest()[:8]


def archive_path(origin, version):
    """Where the archive of ``version`` for the site at ``origin`` is (or will be) kept.
    The code's release is in the name too: a new release may write the files differently."""
    state_key = hashlib.sha256(caching.data_state(version).encode()).hexdigest()[:12]
    return directory() / f"{NAME}-{_origin_key(origin)}-v{version.number}-{state_key}.zip"


def checksum_path(archive):
    return archive.with_suffix(".sha256")


def _newest_built(origin):
    built = directory().glob(f"{NAME}-{_origin_key(origin)}-v*.zip")
    return max(built, key=lambda path: path.stat().st_mtime, default=None)


def archive_for(request):
    """The archive to serve: this version's, built now if small enough; else the newest
    built one; ``None`` if there is none yet."""
    origin = request.build_absolute_uri("/")
    path = archive_path(origin, data_version.current())
    if path.exists():
        return path
    if Event.objects.published().count() <= BUILD_IN_REQUEST_MAX_EVENTS:
        return build(request)
    return _newest_built(origin)


# Writing


def _csv_writer(file, columns):
    file.write(BYTE_ORDER_MARK)
    writer = csv.DictWriter(file, fieldnames=columns)
    writer.writeheader()
    return writer


class _JsonArray:
    """A JSON array written item by item, one item a line."""

    def __init__(self, file):
        self.file, self.first = file, True
        file.write("[")

    def append(self, item):
        self.file.write("\n" if self.first else ",\n")
        self.file.write(json.dumps(item, ensure_ascii=False))
        self.first = False

    def close(self):
        self.file.write("\n]\n")


def _write_events(folder, request):
    """events.csv, events.json, events.ics, citations.csv and citations.json, in one
    reading. The CSV and iCalendar files are the unfiltered exports' very bytes."""
    absolute_url = absolute_urls(request)
    names = ["events.csv", "events.json", "events.ics", "citations.csv", "citations.json"]
    with ExitStack() as files:
        events_csv, events_json, citations_csv, citations_json = (
            files.enter_context(open(folder / name, "w", encoding="utf-8", newline=""))
            for name in ["events.csv", "events.json", "citations.csv", "citations.json"]
        )
        calendar = files.enter_context(open(folder / "events.ics", "wb"))
        event_rows = _csv_writer(events_csv, COLUMNS)
        citation_rows = _csv_writer(citations_csv, CITATION_COLUMNS)
        event_items, citation_items = _JsonArray(events_json), _JsonArray(citations_json)
        opening, closing = ics.calendar_frame()
        calendar.write(opening)
        for event in event_records(Event.objects.published()):
            event_rows.writerow(event_cells(event, absolute_url))
            event_items.append(event_json(event, absolute_url))
            calendar.write(ics.vevent(event, absolute_url))
            for citation in event.citations:
                citation_rows.writerow(citation_cells(event, citation, absolute_url))
                citation_items.append(
                    {"event": event.slug, **citation_json(citation, absolute_url)}
                )
        event_items.close()
        citation_items.close()
        calendar.write(closing)
    return names


def prebuilt(request, name):
    """``(file, size)`` of ``name`` (``events.csv`` …) in the current data's archive for
    ``request``'s site, if it is built; else ``None``. A whole export served from it is
    a file of known length, however large the archive, rather than minutes of work."""
    path = archive_path(request.build_absolute_uri("/"), data_version.current())
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        return None
    info = archive.getinfo(f"{NAME}/{name}")
    return archive.open(info), info.file_size


def _cell(value):
    """A JSON value in one CSV cell: a linked row by its slug, a list joined with "; "."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return value["slug"]
    if isinstance(value, list):
        return "; ".join(_cell(item) for item in value)
    # Numbers (a negative latitude) are no formulas: only text is guarded.
    return plain_text(value) if isinstance(value, str) else str(value)


def _write_entities(folder, request):
    """One CSV and one JSON file per kind, as the API lists them (sources with their text)."""
    names = []
    for kind in KINDS:
        serializer = kind.detail_serializer or kind.serializer
        rows = kind.rows(None if kind.detail_serializer else kind.api_rows, AnonymousUser())
        items = serializer(rows, many=True, context={"request": request}).data
        with open(folder / f"{kind.segment}.json", "w", encoding="utf-8") as file:
            json.dump(items, file, ensure_ascii=False, indent=1)
            file.write("\n")
        with open(folder / f"{kind.segment}.csv", "w", encoding="utf-8", newline="") as file:
            writer = _csv_writer(file, list(serializer.Meta.fields))
            for item in items:
                writer.writerow({column: _cell(value) for column, value in item.items()})
        names += [f"{kind.segment}.csv", f"{kind.segment}.json"]
    return names


def dataset_citation(request, version):
    """The dataset's citation in each format, by file name (the README shows them too)."""
    address = request.build_absolute_uri(reverse("exports:dataset"))
    day = version.changed_at.date()
    key = f"natorussia_timeline_v{version.number}"
    csl = {
        "id": key,
        "type": "dataset",
        "title": TITLE,
        "author": [{"literal": PUBLISHER}],
        "publisher": PUBLISHER,
        "version": str(version.number),
        "issued": {"date-parts": [[day.year, day.month, day.day]]},
        "URL": address,
    }
    return {
        "citation.txt": f"{PUBLISHER}. {TITLE}, data version {version.number} "
        f"({day.isoformat()}). {address}\n",
        "citation.bib": f"@misc{{{key},\n  author = {{{{{PUBLISHER}}}}},\n"
        f"  title = {{{TITLE}}},\n  year = {{{day.year}}},\n  version = {{{version.number}}},\n"
        f"  note = {{Data version {version.number} of {day.isoformat()}}},\n"
        f"  url = {{{address}}}\n}}\n",
        "citation.ris": "\r\n".join(
            [
                "TY  - DATA",
                f"TI  - {TITLE}",
                f"AU  - {PUBLISHER}",
                f"PB  - {PUBLISHER}",
                f"PY  - {day.year}",
                f"DA  - {day:%Y/%m/%d}",
                f"ET  - {version.number}",
                f"UR  - {address}",
                "ER  - ",
                "",
            ]
        ),
        "citation.json": json.dumps([csl], ensure_ascii=False, indent=1) + "\n",
    }


def build(request):
    """Build the archive of the current data for ``request``'s site; return its path."""
    version = data_version.current()
    origin = request.build_absolute_uri("/")
    path = archive_path(origin, version)
    directory().mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=directory()) as work:
        folder = Path(work)
        names = _write_events(folder, request) + _write_entities(folder, request)
        citations = dataset_citation(request, version)
        for name, text in citations.items():
            (folder / name).write_text(text, encoding="utf-8", newline="")
        readme = render_to_string(
            "exports/dataset_readme.md",
            {
                "title": TITLE,
                "version": version,
                "address": request.build_absolute_uri(reverse("exports:dataset")),
                "site": origin,
                "licence": settings.DATASET_LICENCE,
                "files": names,
                "citation_text": citations["citation.txt"],
                "citation_bibtex": citations["citation.bib"],
            },
        )
        (folder / "README.md").write_text(readme, encoding="utf-8")
        # Dated by the data's last change: the same data makes the same bytes.
        stamp = version.changed_at.astimezone(UTC).timetuple()[:6]
        partial = folder / "archive.zip"
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in ["README.md", *names, *citations]:
                info = zipfile.ZipInfo(f"{NAME}/{name}", date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16  # readable when unpacked
                with open(folder / name, "rb") as source, archive.open(info, "w") as target:
                    while chunk := source.read(1 << 20):
                        target.write(chunk)
        digest = hashlib.sha256()
        with open(partial, "rb") as file:
            while chunk := file.read(1 << 20):
                digest.update(chunk)
        checksum_path(path).write_text(digest.hexdigest() + "\n")
        # Whole or not at all, even with another build of the same version under way.
        os.replace(partial, path)
    _remove_older(origin, path)
    return path


def _remove_older(origin, kept):
    for path in directory().glob(f"{NAME}-{_origin_key(origin)}-v*.zip"):
        if path != kept and path.stat().st_mtime <= kept.stat().st_mtime:
            path.unlink(missing_ok=True)
            checksum_path(path).unlink(missing_ok=True)
