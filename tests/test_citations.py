"""“Cite this”: each format read back by a real reader, and what it names."""

import json

import bibtexparser
import jsonschema
import pytest
import rispy

from events.models import Event, Source
from tests.dataset import DRAFT, VISIT, WIRE
from tests.quality import CSL_SCHEMA

pytestmark = pytest.mark.django_db

# Characters BibTeX treats specially, and a line break RIS must not carry over.
AWKWARD_TITLE = "Talks {on} 50% & $5 #1_a \\ b\nsecond line"


def cite(client, slug, extension):
    response = client.get(f"/events/{slug}/cite.{extension}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{slug}.{extension}"'
    return response.content.decode()


def cited_sources(slug):
    return list(
        Source.objects.filter(citations__event__slug=slug).distinct().order_by("publication_date")
    )


@pytest.fixture
def awkward_event():
    """The visit, with a title hard to escape and a second source."""
    Event.objects.filter(slug=VISIT).update(title=AWKWARD_TITLE)
    event = Event.objects.get(slug=VISIT)
    event.citations.create(
        source=Source.objects.get(slug=WIRE),
        quote="Foreign Minister Ilya Zamyatin met Marta Keller in Moscow",
    )
    return event


def test_bibtex_is_read_back_whole_by_bibtexparser(client, awkward_event):
    text = cite(client, VISIT, "bib")
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    entries = {entry.key: entry for entry in library.entries}
    sources = cited_sources(VISIT)
    assert len(sources) >= 2
    assert list(entries) == [VISIT, *(f"source-{source.slug}" for source in sources)]
    page = entries[VISIT]
    assert page["url"] == f"http://testserver/events/{VISIT}/"
    assert page["date"] == awkward_event.updated_at.date().isoformat()
    # Special characters come back escaped, each one, so that BibTeX prints them.
    assert page["title"] == r"Talks \{on\} 50\% \& \$5 \#1\_a \textbackslash{} b" + "\nsecond line"
    assert page["note"] == (
        f"Event dated {awkward_event.display_date}. Sources: "
        + "; ".join(source.title for source in sources)
        + "."
    )
    for source in sources:
        entry = entries[f"source-{source.slug}"]
        assert (entry["title"], entry["publisher"], entry["date"]) == (
            source.title,
            source.publisher,
            source.publication.iso_start,
        )


def test_ris_is_read_back_by_rispy(client, awkward_event):
    records = rispy.loads(cite(client, VISIT, "ris"))
    sources = cited_sources(VISIT)
    assert [record["id"] for record in records] == [VISIT, *(f"source-{s.slug}" for s in sources)]
    assert records[0]["title"] == " ".join(AWKWARD_TITLE.split())  # one line
    assert records[0]["urls"] == [f"http://testserver/events/{VISIT}/"]
    for record, source in zip(records[1:], sources, strict=True):
        assert (record["title"], record["publisher"], record["year"]) == (
            source.title,
            source.publisher,
            str(source.publication_date.year),
        )


def test_csl_json_is_valid_against_the_csl_schema(client, awkward_event):
    items = json.loads(cite(client, VISIT, "json"))
    jsonschema.validate(items, CSL_SCHEMA)
    assert items[0]["title"] == AWKWARD_TITLE
    updated = awkward_event.updated_at.date()
    assert items[0]["issued"] == {"date-parts": [[updated.year, updated.month, updated.day]]}
    assert [item["title"] for item in items[1:]] == [
        source.title for source in cited_sources(VISIT)
    ]


def test_a_month_precision_date_is_never_given_a_day(client):
    source = cited_sources(VISIT)[0]
    Source.objects.filter(pk=source.pk).update(
        publication_date_precision="month", publication_date="2004-04-01"
    )
    items = json.loads(cite(client, VISIT, "json"))
    assert items[1]["issued"] == {"date-parts": [[2004, 4]]}
    assert "DA  - 2004/04//" in cite(client, VISIT, "ris")
    assert "date = {2004-04}" in cite(client, VISIT, "bib")


def test_the_event_page_shows_cite_this_with_the_line_and_each_format(client):
    html = client.get(f"/events/{VISIT}/").text
    assert '<details class="cite-this" id="cite">' in html
    event = Event.objects.get(slug=VISIT)
    assert f"“{event.title}” ({event.display_date}), NATO–Russia cooperation timeline," in html
    for extension in ("bib", "ris", "json"):
        assert f'href="/events/{VISIT}/cite.{extension}" download' in html
    assert f"@misc{{{VISIT}," in html


def test_a_draft_cannot_be_cited(client, editor_client):
    assert client.get(f"/events/{DRAFT}/cite.bib").status_code == 404
    assert 'class="cite-this"' not in editor_client.get(f"/events/{DRAFT}/").text
