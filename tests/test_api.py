"""The read-only JSON API: its envelope, fields, filters and answers to bad input."""

from datetime import date

import pytest
from django.urls import reverse

from events.models import Event
from tests.dataset import (
    BLACK_SEA,
    BRUSSELS,
    COUNCIL,
    EXERCISE,
    GAZETTE,
    GAZETTE_TEXT,
    KELLER,
    LAVRENTIEV,
    MOSCOW_MEETING,
    NATO,
    RUSSIA,
    SIGNING,
    TALKS,
    TRANSIT,
    VISIT,
)
from tests.factories import make_event, make_public, make_source

pytestmark = pytest.mark.django_db

EVENTS = "/api/events/"


def slugs(response):
    return [item["slug"] for item in response.json()["results"]]


def published_slugs(**filters):
    return list(Event.objects.published().filter(**filters).values_list("slug", flat=True))


def test_envelope_and_event_fields(client):
    response = client.get(EVENTS)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == Event.objects.published().count()
    assert body["next"] is None and body["previous"] is None
    signing = next(e for e in body["results"] if e["slug"] == SIGNING)
    assert signing["url"] == f"http://testserver/events/{SIGNING}/"
    assert signing["start_date"] == "2004-04-07"
    assert signing["end_date"] == "2004-04-08"
    assert signing["date_precision"] == "day"
    assert signing["display_date"] == "7–8 April 2004"
    assert signing["status"] == "occurred"
    assert signing["event_type"] == "agreement_signed"
    # By name, with each person's role in this event.
    assert signing["people"] == [
        {"slug": LAVRENTIEV, "name": "Boris Lavrentiev", "role": "signatory"},
        {"slug": KELLER, "name": "Marta Keller", "role": "signatory"},
    ]
    assert signing["places"] == [{"slug": BRUSSELS, "name": "Brussels"}]
    assert signing["organizations"] == [{"slug": COUNCIL, "name": "NATO–Russia Council"}]
    assert signing["agreements"] == [{"slug": TRANSIT, "name": "Transit Agreement"}]
    assert signing["citations"][0]["source"] == GAZETTE
    assert "signed a transit agreement on April 7 and 8" in signing["citations"][0]["quote"]
    visit = next(e for e in body["results"] if e["slug"] == VISIT)
    assert visit["end_date"] is None
    assert visit["agreements"] == []


def test_events_are_chronological(client):
    starts = [e["start_date"] for e in client.get(EVENTS).json()["results"]]
    assert starts == sorted(starts)
    assert slugs(client.get(EVENTS)) == published_slugs()


def test_year_precision_is_never_shown_as_a_day(client):
    exercise = client.get(f"{EVENTS}{EXERCISE}/").json()
    assert exercise["date_precision"] == "year"
    assert exercise["display_date"] == "2004"


def test_drafts_are_not_served(client):
    Event.objects.filter(slug=VISIT).update(published=False)
    assert VISIT not in slugs(client.get(EVENTS))
    assert client.get(f"{EVENTS}{VISIT}/").status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (f"person={KELLER}", {"participations__person__slug": KELLER}),
        (f"agreement={TRANSIT}", {"agreements__slug": TRANSIT}),
        (f"place={BRUSSELS}", {"places__slug": BRUSSELS}),
        (f"organization={RUSSIA}", {"organizations__slug": RUSSIA}),
        (f"source={GAZETTE}", {"citations__source__slug": GAZETTE}),
        ("event_type=meeting", {"event_type": "meeting"}),
        ("status=planned", {"status": "planned"}),
        # Found in the Wire's text around each quote of it (the whole of so short a text),
        # not only in the one title that says "naval".
        ("q=naval", {"citations__source__text__icontains": "naval"}),
    ],
)
def test_each_filter_alone(client, query, expected):
    found = slugs(client.get(f"{EVENTS}?{query}"))
    assert found
    assert found == list(dict.fromkeys(published_slugs(**expected)))


def test_repeated_parameter_means_any_of(client):
    # Keller and Lavrentiev share two events, which must be listed once each.
    found = slugs(client.get(f"{EVENTS}?person={KELLER}&person={LAVRENTIEV}"))
    keller = published_slugs(participations__person__slug=KELLER)
    lavrentiev = published_slugs(participations__person__slug=LAVRENTIEV)
    assert set(keller) & set(lavrentiev)
    assert set(found) == set(keller) | set(lavrentiev)
    assert len(found) == len(set(found))


def test_different_parameters_combine_with_and(client):
    found = slugs(client.get(f"{EVENTS}?person={KELLER}&place={BRUSSELS}&event_type=visit"))
    assert found == [VISIT]
    found = slugs(client.get(f"{EVENTS}?person={KELLER}&organization={RUSSIA}"))
    assert set(found) == {VISIT, MOSCOW_MEETING}
    found = slugs(client.get(f"{EVENTS}?organization={NATO}&place={BLACK_SEA}"))
    assert found == [TALKS]


def test_date_range_keeps_events_whose_period_overlaps(client):
    found = slugs(client.get(f"{EVENTS}?date_from=2004-04-08&date_to=2004-04-09"))
    assert SIGNING in found  # 7–8 April reaches into the range
    # "2004" may be any day of the year, so it overlaps any range within 2004.
    assert EXERCISE in found
    assert VISIT not in found
    assert MOSCOW_MEETING not in found
    # "May 2004" may be any day of May.
    assert TALKS in slugs(client.get(f"{EVENTS}?date_from=2004-05-20"))
    assert MOSCOW_MEETING not in slugs(client.get(f"{EVENTS}?date_from=2004-05-20"))
    assert slugs(client.get(f"{EVENTS}?date_to=2004-04-06"))[-1] == VISIT


@pytest.mark.parametrize("date_from", ["2031-06-15", "2040-01-01", "2040-12"])
def test_an_event_begun_years_before_the_range_is_kept_while_it_lasts_into_it(client, date_from):
    long = make_event(slug="long", start_date=date(2010, 3, 1), end_date=date(2040, 12, 20))
    make_event(slug="ended", start_date=date(2030, 3, 1), end_date=date(2031, 6, 14))
    make_event(
        slug="draft", start_date=date(2010, 3, 1), end_date=date(2041, 1, 1), published=False
    )
    assert slugs(client.get(f"{EVENTS}?date_from={date_from}")) == [long.slug]


def test_text_search_needs_every_word(client):
    # "naval" is in the Wire's text, cited by three events; "defence" in a summary, the
    # Gazette's text and the name of the ministry the exercise names. Each word may be
    # found in another piece of the event (the exercise: its title and an organization).
    assert set(slugs(client.get(f"{EVENTS}?q=naval"))) == {EXERCISE, TALKS, MOSCOW_MEETING}
    assert set(slugs(client.get(f"{EVENTS}?q=defence"))) == {VISIT, SIGNING, EXERCISE}
    assert set(slugs(client.get(f"{EVENTS}?q=Naval+defence"))) == {EXERCISE}


def test_pagination(client):
    first = client.get(f"{EVENTS}?page_size=2&person={KELLER}").json()
    assert first["count"] == 3
    assert len(first["results"]) == 2
    assert f"person={KELLER}" in first["next"] and "page=2" in first["next"]
    second = client.get(first["next"]).json()
    assert second["previous"] and second["results"][0]["slug"] != first["results"][0]["slug"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("event_type=parade", "event_type"),
        ("status=rumoured", "status"),
        ("date_from=2020-02-30", "date_from"),
        ("date_to=99999-01-01", "date_to"),
        ("date_from=2004-05-01&date_to=2004-04-01", "date_to"),
        ("page=abc", "page"),
        ("page=-1", "page"),
        ("page=0", "page"),
        ("page=100000000000000000000000000000", "page"),
        ("page_size=501", "page_size"),
        ("page_size=ten", "page_size"),
        ("person=no-such-person", "person"),
        ("person=bad%00slug", "person"),
        ("q=nul%00byte", "q"),
        ("q=" + "x" * 100_000, "q"),
    ],
)
def test_invalid_input_gets_400_naming_the_field(client, query, field):
    response = client.get(f"{EVENTS}?{query}")
    assert response.status_code == 400
    assert field in response.json()


def test_a_page_past_the_end_is_404_with_a_reason(client):
    response = client.get(f"{EVENTS}?page=999")
    assert response.status_code == 404
    assert "page" in response.json()


@pytest.mark.parametrize(
    ("endpoint", "item", "fields"),
    [
        ("people", KELLER, {"slug", "name", "role", "affiliation", "aliases", "url"}),
        ("places", BRUSSELS, {"slug", "name", "kind", "country", "latitude", "longitude", "url"}),
        ("organizations", COUNCIL, {"slug", "name", "kind", "parent", "aliases", "url"}),
        ("agreements", TRANSIT, {"slug", "name", "short_name", "status", "parties"}),
        ("sources", GAZETTE, {"slug", "title", "publication_date", "publisher", "page_stamp"}),
    ],
)
def test_entity_endpoints(client, endpoint, item, fields):
    body = client.get(f"/api/{endpoint}/").json()
    assert set(body) == {"count", "next", "previous", "results"}
    row = next(r for r in body["results"] if r["slug"] == item)
    assert fields <= set(row)
    assert client.get(f"/api/{endpoint}/{item}/").json()["slug"] == item
    assert client.get(f"/api/{endpoint}/no-such-thing/").status_code == 404


def test_source_detail_carries_the_text_but_the_list_does_not(client):
    assert "text" not in client.get("/api/sources/").json()["results"][0]
    detail = client.get(f"/api/sources/{GAZETTE}/").json()
    assert detail["text"] == GAZETTE_TEXT
    assert detail["publication_date"] == "2004-04-06"


def test_event_list_runs_a_fixed_number_of_queries(client, django_assert_num_queries):
    # Data version, count, the page's ids, then their records (events.exports.records):
    # the ids in order, the events' columns and one query per kind of linked row.
    with django_assert_num_queries(10):
        client.get(EVENTS)
    # Plus one query per relation filter, checking that its slugs exist.
    with django_assert_num_queries(12):
        client.get(f"{EVENTS}?person={KELLER}&place={BRUSSELS}")


def test_events_have_the_fields_the_openapi_document_describes(client):
    # The answer is built apart from the serializer's fields, which the document is read from.
    schema = client.get(reverse("api-schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json")
    described = schema.json()["components"]["schemas"]
    signing = client.get(f"{EVENTS}{SIGNING}/").json()
    listed = next(e for e in client.get(EVENTS).json()["results"] if e["slug"] == SIGNING)
    assert listed == signing
    assert list(signing) == list(described["Event"]["properties"])
    assert list(signing["citations"][0]) == list(described["Citation"]["properties"])
    assert list(signing["places"][0]) == list(described["Link"]["properties"])


def test_openapi_schema(client):
    response = client.get(reverse("api-schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    parameters = {p["name"] for p in schema["paths"]["/api/events/"]["get"]["parameters"]}
    assert {
        "person",
        "agreement",
        "place",
        "organization",
        "source",
        "event_type",
        "status",
        "date_from",
        "date_to",
        "q",
        "page",
        "page_size",
    } <= parameters


def test_sources_carry_their_publication_dates_precision(client):
    make_public(
        make_source(
            slug="undated-copy",
            publication_date=date(2004, 1, 1),
            publication_date_precision="year",
        )
    )
    detail = client.get("/api/sources/undated-copy/").json()
    assert detail["publication_date"] == "2004-01-01"
    assert detail["publication_date_precision"] == "year"
    assert detail["display_publication_date"] == "2004"
    release = client.get(f"/api/sources/{GAZETTE}/").json()
    assert (release["publication_date_precision"], release["display_publication_date"]) == (
        "day",
        "6 April 2004",
    )


def test_citations_give_the_passage_its_address_and_its_source(client):
    signing = client.get(f"{EVENTS}{SIGNING}/").json()
    [citation] = [c for c in signing["citations"] if c["source"] == GAZETTE]
    source = client.get(f"/api/sources/{GAZETTE}/").json()
    start, end = citation["start_offset"], citation["end_offset"]
    assert source["text"][start:end] == citation["quote"]
    assert citation["url"] == f"http://testserver/sources/{GAZETTE}/#passage-{start}-{end}"
    assert citation["source_title"] == source["title"]
    assert citation["source_publisher"] == source["publisher"]
    assert citation["source_publication_date"] == source["publication_date"]
    # The address leads to the highlighted passage in the reader.
    assert f'id="passage-{start}-{end}"' in client.get(citation["url"]).text


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        (f"{EVENTS}?persn={KELLER}", "persn"),
        (f"{EVENTS}?person={KELLER}&Person=x", "Person"),
        ("/api/people/?event_type=visit", "event_type"),
        (f"{EVENTS}{SIGNING}/?page=2", "page"),
    ],
)
def test_unknown_parameters_are_refused_by_name(client, url, parameter):
    response = client.get(url)
    assert response.status_code == 400
    [message] = response.json()[parameter]
    assert message.startswith("Unknown parameter. Known parameters: ")
    assert "format" in message


@pytest.mark.parametrize(
    "url",
    [
        f"{EVENTS}?person={KELLER}&page=1&page_size=5&format=json",
        "/api/people/?page=1",
        f"{EVENTS}?person={KELLER}&utm_source=newsletter&fbclid=abc",  # a shared link's tags
    ],
)
def test_known_parameters_are_accepted(client, url):
    assert client.get(url).status_code == 200
