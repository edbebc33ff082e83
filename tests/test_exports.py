"""CSV, iCalendar, TimelineJS, Atom, sitemap and robots.txt, each read back by a real parser."""

import csv
import html
import io
import re
from datetime import UTC, date, datetime

import feedparser
import icalendar
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from events.exports import feeds, sitemaps, timelinejs
from events.models import Citation, Event, Participation, Person, Place
from tests.dataset import DRAFT, EXERCISE, KELLER, SIGNING, TALKS, VISIT
from tests.factories import make_event, make_source
from tests.quality import html_errors

pytestmark = pytest.mark.django_db

CSV = reverse("exports:events-csv")
CITATIONS_CSV = reverse("exports:citations-csv")
ICS = reverse("exports:events-ics")
TIMELINEJS = reverse("exports:timelinejs")
FEED = reverse("exports:events-feed")
FILTERED_EXPORTS = [CSV, CITATIONS_CSV, ICS, TIMELINEJS, FEED]
#: The timeline's list of exports, in its order.
LISTED_EXPORTS = [*FILTERED_EXPORTS, reverse("api-event-list")]


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def published(**filters):
    return list(Event.objects.published().filter(**filters).distinct())


def csv_rows(response):
    text = body(response).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def calendar_events(response):
    calendar = icalendar.Calendar.from_ical(body(response))
    return {str(component["UID"]): component for component in calendar.walk("VEVENT")}


def add_linked_events(count):
    """Events linked to a person, a place, an organization, an agreement and a source."""
    source = make_source()
    person, place = Person.objects.first(), Place.objects.first()
    for _ in range(count):
        event = make_event()
        Participation.objects.create(event=event, person=person, role="speaker")
        event.places.add(place)
        event.organizations.add(person.affiliation)
        event.agreements.add(*Event.objects.get(slug=SIGNING).agreements.all())
        Citation.objects.create(event=event, source=source, quote="Ivanov spoke.")


# Every export, whatever the filters


@pytest.mark.parametrize("url", FILTERED_EXPORTS)
@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("date_from=2004-13-01", "date_from"),
        ("date_from=2004-04-09&date_to=2004-04-01", "date_to"),
        ("person=nobody-by-that-name", "person"),
        ("person=%00", "person"),
        ("event_type=party", "event_type"),
        ("q=%00", "q"),
        (f"persn={KELLER}", "persn"),
    ],
)
def test_invalid_filters_are_refused_with_the_field_named(client, url, query, field):
    response = client.get(f"{url}?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()[field]


@pytest.mark.parametrize(
    "url", [*FILTERED_EXPORTS, reverse("events:timeline"), reverse("api-event-list")]
)
@pytest.mark.parametrize(
    ("query", "problem"),
    [
        (
            "&".join(["q=a"] * 51),
            {"q": ["Given 51 times; at most 50 values a parameter are accepted."]},
        ),
        (
            "&".join(f"event_type=visit&status=occurred&x{n}=1" for n in range(34)),
            {"non_field_errors": ["102 parameter values; at most 100 are accepted."]},
        ),
    ],
)
def test_repeated_parameters_are_bounded(client, url, query, problem):
    response = client.get(f"{url}?{query}")
    assert response.status_code == 400
    assert response.json() == problem
    assert len(response.content) < 500


@pytest.mark.parametrize("url", FILTERED_EXPORTS)
def test_exports_are_not_paginated_so_page_is_ignored(client, url):
    assert client.get(f"{url}?page=999999999999999999999").status_code == 200


@pytest.mark.parametrize("url", FILTERED_EXPORTS)
def test_exports_only_answer_reads(client, url):
    assert client.post(url).status_code == 405


@pytest.mark.parametrize("url", FILTERED_EXPORTS)
def test_each_export_runs_the_same_queries_for_more_events(client, url):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert body(client.get(url))
        return len(captured)

    before = queries()
    add_linked_events(25)
    assert queries() == before
    # The data version (is a whole export built?), the count, the events, their order,
    # and one query per kind of linked row.
    assert before <= 9


@pytest.mark.parametrize("url", FILTERED_EXPORTS)
def test_drafts_are_never_exported(client, url):
    Event.objects.filter(slug=VISIT).update(published=False)
    response = client.get(url)
    assert response.status_code == 200
    exported = body(response)
    assert f"{VISIT}/".encode() not in exported
    assert DRAFT.encode() not in exported
    assert SIGNING.encode() in exported  # a published event still is


# CSV


def test_csv_is_a_utf8_spreadsheet_download(client):
    response = client.get(CSV)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="nato-russia-timeline.csv"'
    assert body(response).startswith("\ufeffslug,".encode())


def test_csv_round_trips_every_event(client):
    rows = csv_rows(client.get(CSV))
    events = published()
    assert [row["slug"] for row in rows] == [event.slug for event in events]
    for row, event in zip(rows, events, strict=True):
        assert row["title"] == event.title
        assert row["summary"] == event.summary
        assert row["date_note"] == event.date_note
        assert row["date"] == event.display_date
        assert (row["precision"], row["qualifier"]) == (event.date_precision, event.date_qualifier)
        assert row["start"] == event.date.iso_start
        assert row["url"] == f"http://testserver/events/{event.slug}/"
        names = [p.person.name for p in event.participations.all()]
        assert [entry.rsplit(" (", 1)[0] for entry in row["people"].split("; ") if entry] == names
        assert set(filter(None, row["sources"].split("; "))) == {
            c.source.slug for c in event.citations.all()
        }


def approximate_month():
    """A month known only approximately: “c. April 2004”."""
    return make_event(
        start_date=date(2004, 4, 1), date_precision="month", date_qualifier="approximate"
    )


# Events dated "within" a range and "by" a day, which the dataset lacks.
OFFICES, ACCESSION, TRANSIT_TALKS = "offices-agreed", "enlargement-in-the-week", "transit-talks"


@pytest.fixture
def qualified(db):
    make_event(
        slug=OFFICES,
        start_date=date(2004, 4, 7),
        end_date=date(2004, 4, 8),
        date_qualifier="within",
    )
    make_event(
        slug=ACCESSION,
        start_date=date(2004, 3, 29),
        end_date=date(2004, 4, 4),
        date_qualifier="within",
    )
    make_event(slug=TRANSIT_TALKS, start_date=date(2004, 4, 5), date_qualifier="by")


def test_csv_dates_keep_their_precision(client, qualified):
    circa = approximate_month()
    rows = {row["slug"]: row for row in csv_rows(client.get(CSV))}
    assert rows[EXERCISE]["start"] == "2004"
    assert rows[EXERCISE]["end"] == ""
    assert rows[circa.slug]["start"] == "2004-04"
    assert rows[circa.slug]["date"] == "c. April 2004"
    assert rows[SIGNING]["end"] == "2004-04-08"
    assert rows[TRANSIT_TALKS]["qualifier"] == "by"
    assert rows[SIGNING]["agreements"] == "TA"
    assert "Brussels" in rows[SIGNING]["places"]


def test_csv_keeps_non_ascii_quotes_commas_and_line_breaks(client):
    awkward = 'Шойгу, “Rogozin” and "Ivanov";\nsecond line'
    person = Person.objects.create(slug="sergei-shoigu", name="Сергей Шойгу", role="Министр")
    event = make_event(title=awkward, summary="Déjà vu, naïve façade — ½")
    Participation.objects.create(event=event, person=person, role="hôte")
    row = next(r for r in csv_rows(client.get(CSV)) if r["slug"] == event.slug)
    assert row["title"] == awkward
    assert row["summary"] == "Déjà vu, naïve façade — ½"
    assert row["people"] == "Сергей Шойгу (hôte)"


def test_csv_neutralises_spreadsheet_formulas(client):
    event = make_event(title='=HYPERLINK("http://evil.example","click")')
    row = next(r for r in csv_rows(client.get(CSV)) if r["slug"] == event.slug)
    assert row["title"] == '\'=HYPERLINK("http://evil.example","click")'


def test_csv_rows_carry_their_evidence(client):
    rows = {row["slug"]: row for row in csv_rows(client.get(CSV))}
    for event in published():
        citations = list(event.citations.all())
        paragraphs = rows[event.slug]["citations"].split("\n\n") if citations else []
        assert len(paragraphs) == len(citations)
        for paragraph, citation in zip(paragraphs, citations, strict=True):
            source = citation.source
            quote, credit, address = paragraph.split("\n")
            assert quote == f"“{citation.quote}”"
            assert credit == f"— {source.title} ({source.publisher}, {source.publication})"
            assert address == (
                f"http://testserver/sources/{source.slug}/"
                f"#passage-{citation.start_offset}-{citation.end_offset}"
            )


def test_citations_csv_has_a_row_per_citation_that_finds_its_passage(client):
    response = client.get(CITATIONS_CSV)
    assert response["Content-Disposition"] == (
        'attachment; filename="nato-russia-timeline-citations.csv"'
    )
    rows = csv_rows(response)
    citations = [c for event in published() for c in event.citations.all()]
    assert len(rows) == len(citations) == int(response["X-Row-Count"]) > 1
    for row, citation in zip(rows, citations, strict=True):
        source = citation.source
        start, end = int(row["start_offset"]), int(row["end_offset"])
        assert source.text[start:end] == row["quote"] == citation.quote
        assert row["event"] == citation.event.slug
        assert row["event_url"] == f"http://testserver/events/{citation.event.slug}/"
        assert (row["source"], row["source_title"], row["publisher"]) == (
            source.slug,
            source.title,
            source.publisher,
        )
        assert row["publication_date"] == source.publication_date.isoformat()
        assert row["display_publication_date"] == str(source.publication)
        reader = client.get(row["passage_url"].removeprefix("http://testserver"))
        assert f'id="{citation.anchor}"' in reader.text


def test_citations_csv_honours_filters(client):
    rows = csv_rows(client.get(f"{CITATIONS_CSV}?event_type=visit"))
    assert {row["event"] for row in rows} == {VISIT}


def test_csv_says_how_many_rows_a_whole_download_has(client):
    response = client.get(f"{CSV}?status=occurred")
    assert (
        int(response["X-Row-Count"]) == len(csv_rows(response)) == len(published(status="occurred"))
    )


def test_csv_honours_filters(client):
    # Keller also observes the exercise known only to the year.
    Event.objects.get(slug=EXERCISE).participations.create(
        person=Person.objects.get(slug=KELLER), role="observer"
    )
    rows = csv_rows(client.get(f"{CSV}?person={KELLER}&date_from=2004-04-07"))
    expected = Event.objects.published().filter(
        participations__person__slug=KELLER, start_date__gte=date(2004, 1, 1)
    )
    kept = [e.slug for e in expected if e.date.last_day >= date(2004, 4, 7)]
    assert [row["slug"] for row in rows] == kept
    assert EXERCISE in kept  # the year 2004 reaches 7 April
    assert VISIT not in kept  # 5 April does not


# iCalendar

# (slug, first day, exclusive end, precision, qualifier)
CALENDAR_SPANS = [
    (EXERCISE, "2004-01-01", "2005-01-01", "year", "exact"),
    (TALKS, "2004-05-01", "2004-06-01", "month", "exact"),
    (SIGNING, "2004-04-07", "2004-04-09", "day", "exact"),
    (OFFICES, "2004-04-07", "2004-04-09", "day", "within"),
    (ACCESSION, "2004-03-29", "2004-04-05", "day", "within"),
    (TRANSIT_TALKS, "2004-04-05", "2004-04-06", "day", "by"),
    (VISIT, "2004-04-05", "2004-04-06", "day", "exact"),
]


def test_calendar_is_served_for_subscription(client):
    response = client.get(ICS)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert not response.has_header("Content-Disposition")
    calendar = icalendar.Calendar.from_ical(body(response))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"])


@pytest.mark.parametrize(("slug", "first", "after", "precision", "qualifier"), CALENDAR_SPANS)
def test_calendar_events_span_their_whole_period(
    client, qualified, slug, first, after, precision, qualifier
):
    component = calendar_events(client.get(ICS))[f"{slug}@natorussia-timeline"]
    assert component["DTSTART"].params["VALUE"] == "DATE"
    assert component.decoded("DTSTART") == date.fromisoformat(first)
    assert component.decoded("DTEND") == date.fromisoformat(after)
    assert str(component["X-NATORUSSIA-DATE-PRECISION"]) == precision
    assert str(component["X-NATORUSSIA-DATE-QUALIFIER"]) == qualifier


def test_calendar_approximate_month_spans_the_month(client):
    circa = approximate_month()
    component = calendar_events(client.get(ICS))[f"{circa.slug}@natorussia-timeline"]
    assert component.decoded("DTSTART") == date(2004, 4, 1)
    assert component.decoded("DTEND") == date(2004, 5, 1)
    assert str(component["X-NATORUSSIA-DATE-QUALIFIER"]) == "approximate"
    assert str(component["X-NATORUSSIA-DISPLAY-DATE"]) == "c. April 2004"


def test_calendar_round_trips_every_event(client):
    components = calendar_events(client.get(ICS))
    events = published()
    assert len(components) == len(events)
    for event in events:
        component = components[f"{event.slug}@natorussia-timeline"]
        assert component.decoded("DTSTART") == event.start_date
        assert component.decoded("DTEND") > (event.end_date or event.start_date)
        assert str(component["X-NATORUSSIA-DISPLAY-DATE"]) == event.display_date
        assert str(component["SUMMARY"]) == event.title
        assert str(component["URL"]) == f"http://testserver/events/{event.slug}/"
        # iCalendar times go to the second; the database keeps microseconds.
        assert component.decoded("DTSTAMP") == event.updated_at.replace(microsecond=0)
        description = str(component["DESCRIPTION"])
        assert description.startswith(event.display_date)
        for citation in event.citations.all():
            assert citation.quote in description


def test_calendar_uids_are_stable_and_status_is_honest(client):
    first, second = calendar_events(client.get(ICS)), calendar_events(client.get(ICS))
    assert list(first) == list(second)
    assert str(first[f"{EXERCISE}@natorussia-timeline"]["STATUS"]) == "TENTATIVE"  # expected
    assert str(first[f"{TALKS}@natorussia-timeline"]["STATUS"]) == "TENTATIVE"  # planned
    visit = first[f"{VISIT}@natorussia-timeline"]
    assert str(visit["STATUS"]) == "CONFIRMED"
    assert str(visit["LOCATION"]) == "Brussels"


def test_calendar_keeps_awkward_text(client):
    event = make_event(title="Talks; “Шойгу”, Rogozin\\Ivanov", summary="Line one\nLine two")
    component = calendar_events(client.get(ICS))[f"{event.slug}@natorussia-timeline"]
    assert str(component["SUMMARY"]) == event.title
    assert "Line one\nLine two" in str(component["DESCRIPTION"])


def test_calendar_honours_filters(client):
    components = calendar_events(client.get(f"{ICS}?status=planned&status=expected"))
    expected = published(status__in=["planned", "expected"])
    assert sorted(components) == sorted(f"{e.slug}@natorussia-timeline" for e in expected)


# TimelineJS


def test_timelinejs_story_has_a_title_and_a_slide_per_event(client):
    response = client.get(TIMELINEJS)
    assert response["Access-Control-Allow-Origin"] == "*"
    story = response.json()
    assert story["title"]["text"]["headline"]
    assert [slide["unique_id"] for slide in story["events"]] == [e.slug for e in published()]


def test_timelinejs_dates_carry_only_what_the_precision_allows(client, qualified):
    circa = approximate_month()
    slides = {slide["unique_id"]: slide for slide in client.get(TIMELINEJS).json()["events"]}
    exercise = slides[EXERCISE]
    assert exercise["start_date"] == {"year": 2004, "display_date": "2004"}
    assert "end_date" not in exercise
    talks = slides[circa.slug]
    assert talks["start_date"] == {"year": 2004, "month": 4, "display_date": "c. April 2004"}
    assert talks["display_date"] == "c. April 2004"
    signing = slides[SIGNING]
    assert (signing["start_date"]["day"], signing["end_date"]["day"]) == (7, 8)
    assert signing["display_date"] == "7–8 April 2004"
    assert slides[TRANSIT_TALKS]["display_date"].startswith("by ")


def test_timelinejs_groups_by_agreement_then_type(client):
    slides = {slide["unique_id"]: slide for slide in client.get(TIMELINEJS).json()["events"]}
    assert slides[SIGNING]["group"] == "TA"
    assert slides[VISIT]["group"] == "Visit"


def test_timelinejs_text_is_escaped_html_with_the_quotes(client):
    event = make_event(title="<img src=x onerror=alert(1)> & co", summary="<b>bold</b>")
    slide = next(s for s in client.get(TIMELINEJS).json()["events"] if s["unique_id"] == event.slug)
    assert slide["text"]["headline"] == "&lt;img src=x onerror=alert(1)&gt; &amp; co"
    assert "&lt;b&gt;bold&lt;/b&gt;" in slide["text"]["text"]
    visit = next(s for s in client.get(TIMELINEJS).json()["events"] if s["unique_id"] == VISIT)
    quote = Event.objects.get(slug=VISIT).citations.first().quote
    assert "<blockquote" in visit["text"]["text"]
    assert quote in html.unescape(visit["text"]["text"])
    assert f'href="http://testserver/events/{VISIT}/"' in visit["text"]["text"]


def test_timelinejs_media_is_the_event_illustration(client, media_root):
    event = Event.objects.get(slug=VISIT)
    image = io.BytesIO()
    Image.new("RGB", (1600, 800), "navy").save(image, "JPEG")
    event.illustration = SimpleUploadedFile("kremlin.jpg", image.getvalue(), "image/jpeg")
    event.illustration_alt, event.illustration_credit = "The Kremlin.", "Photo: NATO & co"
    event.save()
    slides = {slide["unique_id"]: slide for slide in client.get(TIMELINEJS).json()["events"]}
    picture = event.illustration_picture
    assert slides[VISIT]["media"] == {
        "url": f"http://testserver{picture.display.url}",
        "thumbnail": f"http://testserver{picture.thumbnail.url}",
        "alt": "The Kremlin.",
        "credit": "Photo: NATO &amp; co",
    }
    assert "media" not in slides[EXERCISE]


def test_timelinejs_refuses_a_story_too_long_to_show(client, monkeypatch):
    monkeypatch.setattr(timelinejs, "MAX_SLIDES", 3)
    assert len(published()) > 3
    response = client.get(TIMELINEJS)
    assert response.status_code == 400
    assert "narrow the filters" in response.content.decode()
    assert len(client.get(f"{TIMELINEJS}?event_type=visit").json()["events"]) == 1


# Atom feed


def test_feed_parses_without_errors_and_lists_latest_edits_first(client):
    changed = datetime(2025, 2, 3, 4, 5, 6, tzinfo=UTC)
    added = datetime(2024, 12, 1, 9, 30, tzinfo=UTC)
    Event.objects.update(updated_at=added, created_at=added)
    # The earliest event in the timeline, so that only the edit can put it first.
    Event.objects.filter(slug=EXERCISE).update(updated_at=changed, created_at=added)
    feed = feedparser.parse(body(client.get(FEED)))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert len(feed.entries) == len(published())
    first = feed.entries[0]
    assert first.link == f"http://testserver/events/{EXERCISE}/"
    assert first.updated == "2025-02-03T04:05:06+00:00"
    assert first.published == "2024-12-01T09:30:00+00:00"
    updated = [entry.updated_parsed for entry in feed.entries]
    assert updated == sorted(updated, reverse=True)


def test_feed_content_has_the_historical_date_and_quotes(client):
    feed = feedparser.parse(body(client.get(f"{FEED}?event_type=exercise")))
    [entry] = feed.entries
    exercise = Event.objects.get(slug=EXERCISE)
    assert "<strong>2004</strong>" in entry.summary
    assert exercise.citations.first().quote in entry.summary
    assert entry.tags[0].term == "Exercise"


def test_a_filtered_feed_names_itself_with_its_filters(client):
    feed = feedparser.parse(body(client.get(f"{FEED}?event_type=exercise&person={KELLER}")))
    [self_link] = [link for link in feed.feed.links if link.rel == "self"]
    assert self_link.href == f"http://testserver{FEED}?event_type=exercise&person={KELLER}"


def test_feed_is_capped_to_the_latest(client, monkeypatch):
    monkeypatch.setattr(feeds, "FEED_LENGTH", 3)
    assert len(published()) > 3
    assert len(feedparser.parse(body(client.get(FEED))).entries) == 3


# Sitemap and robots.txt


def sitemap_locations(response):
    return re.findall(r"<loc>([^<]+)</loc>", response.content.decode())


def test_sitemap_index_lists_every_kind_of_page(client):
    sections = sitemap_locations(client.get("/sitemap.xml"))
    for kind in ["timeline", "events", "people", "places", "organizations", "agreements"]:
        assert f"http://testserver/sitemap-{kind}.xml" in sections
    assert "http://testserver/sitemap-sources.xml" in sections


def test_sitemap_lists_published_events_with_their_edit_dates(client):
    Event.objects.filter(slug=VISIT).update(published=False)
    Event.objects.filter(slug=EXERCISE).update(updated_at=datetime(2025, 2, 3, tzinfo=UTC))
    response = client.get("/sitemap-events.xml")
    locations = sitemap_locations(response)
    assert locations == [f"http://testserver/events/{e.slug}/" for e in published()]
    assert "<lastmod>2025-02-03</lastmod>" in response.content.decode()
    assert sitemap_locations(client.get("/sitemap-timeline.xml")) == ["http://testserver/"]
    for url in locations[:3] + sitemap_locations(client.get("/sitemap-people.xml"))[:3]:
        assert client.get(url).status_code == 200


def test_sitemap_splits_the_events_into_parts_each_read_in_a_few_queries(client, monkeypatch):
    monkeypatch.setattr(sitemaps.EventSitemap, "limit", 2)
    parts = [
        url.removeprefix("http://testserver")
        for url in sitemap_locations(client.get("/sitemap.xml"))
        if "sitemap-events" in url
    ]
    expected = [f"http://testserver/events/{e.slug}/" for e in published()]
    assert len(parts) == (len(expected) + 1) // 2 > 2
    assert parts[1] == "/sitemap-events.xml?p=2"
    listed = []
    for part in parts:
        with CaptureQueriesContext(connection) as queries:
            listed += sitemap_locations(client.get(part))
        assert len(queries) <= 3  # the count, the page's events, no query an event
    assert listed == expected


@pytest.mark.parametrize(
    "url", ["/sitemap-nothing.xml", "/sitemap-events.xml?p=99999", "/sitemap-events.xml?p=%00"]
)
def test_sitemap_answers_bad_addresses_with_404(client, url):
    assert client.get(url).status_code == 404


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


# The timeline's export links


def render_export_links(query):
    request = RequestFactory().get(f"/?{query}" if query else "/")
    return render_to_string("events/includes/export_links.html", request=request)


def export_links(query):
    rendered = render_export_links(query)
    return [html.unescape(href) for href in re.findall(r'href="([^"]+)"', rendered)]


def test_export_links_keep_the_filters_but_not_the_page(client):
    links = export_links(f"person={KELLER}&page=2&event_type=statement&event_type=visit")
    assert [link.split("?")[0] for link in links] == LISTED_EXPORTS
    for link in links:
        assert link.endswith(f"?person={KELLER}&event_type=statement&event_type=visit")
        assert client.get(link).status_code == 200


def test_export_links_without_filters_export_everything(client):
    assert export_links("") == [
        CSV,
        CITATIONS_CSV,
        ICS,
        TIMELINEJS,
        FEED,
        reverse("api-event-list"),
    ]


@pytest.mark.html_checker
def test_export_links_are_valid_html():
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Timeline</title>'
        f"</head><body><main>{render_export_links(f'person={KELLER}&q=a%20b')}</main></body></html>"
    )
    assert html_errors({"export links": page}) == []


def test_the_timeline_links_to_every_export_for_its_filters(client):
    page = client.get(f"/?person={KELLER}&page=1").text
    for url in (CSV, ICS, TIMELINEJS, FEED):
        assert f'href="{url}?person={KELLER}"' in page


def test_export_links_sit_above_and_below_the_results_with_the_filters(client):
    page = client.get("/?place=moscow&view=axis&page=1").text
    filtered_csv = f'href="{CSV}?place=moscow"'
    count, results_end = page.index('id="result-count"'), page.index("</section>")
    top, bottom = page.index(filtered_csv), page.rindex(filtered_csv)
    assert count < top < page.index('id="results-heading"')  # beside the count
    assert results_end > bottom > top  # and again after the events
