"""The read-only JSON API: its envelope, fields, filters and answers to bad input."""

from datetime import date

import pytest
from django.urls import reverse

from events.models import Event
from tests.factories import make_source

# Reads the seed's content. Not yet moved to the suite's own dataset (tests/dataset.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seed")]

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
    visit = next(e for e in body["results"] if e["slug"] == "de-hoop-scheffer-visits-moscow")
    assert visit["url"] == "http://testserver/events/de-hoop-scheffer-visits-moscow/"
    assert visit["start_date"] == "2004-04-07"
    assert visit["end_date"] == "2004-04-08"
    assert visit["date_precision"] == "day"
    assert visit["display_date"] == "7–8 April 2004"
    assert visit["status"] == "occurred"
    assert visit["event_type"] == "visit"
    assert visit["people"] == [
        {"slug": "jaap-de-hoop-scheffer", "name": "Jaap de Hoop Scheffer", "role": "visitor"}
    ]
    assert visit["places"] == [{"slug": "moscow", "name": "Moscow"}]
    assert {"slug": "nato", "name": "NATO"} in visit["organizations"]
    assert visit["agreements"] == []
    assert visit["citations"][0]["source"] == "nato-and-russia-enhance-military-cooperation"
    assert "April 7-8 visit to Moscow" in visit["citations"][0]["quote"]


def test_events_are_chronological(client):
    starts = [e["start_date"] for e in client.get(EVENTS).json()["results"]]
    assert starts == sorted(starts)
    assert slugs(client.get(EVENTS)) == published_slugs()


def test_year_precision_is_never_shown_as_a_day(client):
    exercise = client.get(f"{EVENTS}nato-russia-kola-peninsula-exercise/").json()
    assert exercise["date_precision"] == "year"
    assert exercise["display_date"] == "2004"


def test_drafts_are_not_served(client):
    Event.objects.filter(slug="de-hoop-scheffer-visits-moscow").update(published=False)
    assert "de-hoop-scheffer-visits-moscow" not in slugs(client.get(EVENTS))
    assert client.get(f"{EVENTS}de-hoop-scheffer-visits-moscow/").status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("person=robert-pszczel", {"participations__person__slug": "robert-pszczel"}),
        ("agreement=nato-russia-sofa", {"agreements__slug": "nato-russia-sofa"}),
        ("place=oslo", {"places__slug": "oslo"}),
        ("organization=gazeta", {"organizations__slug": "gazeta"}),
        (
            "source=nato-and-russia-enhance-military-cooperation",
            {"citations__source__slug": "nato-and-russia-enhance-military-cooperation"},
        ),
        ("event_type=objection", {"event_type": "objection"}),
        ("status=planned", {"status": "planned"}),
        ("q=Kola", {"title__icontains": "Kola"}),
    ],
)
def test_each_filter_alone(client, query, expected):
    found = slugs(client.get(f"{EVENTS}?{query}"))
    assert found
    assert found == list(dict.fromkeys(published_slugs(**expected)))


def test_repeated_parameter_means_any_of(client):
    found = slugs(client.get(f"{EVENTS}?person=robert-pszczel&person=vladimir-zhirinovsky"))
    pszczel = published_slugs(participations__person__slug="robert-pszczel")
    zhirinovsky = published_slugs(participations__person__slug="vladimir-zhirinovsky")
    assert set(found) == set(pszczel) | set(zhirinovsky)
    assert len(found) == len(set(found))


def test_different_parameters_combine_with_and(client):
    found = slugs(client.get(f"{EVENTS}?person=sergei-ivanov&place=oslo&event_type=objection"))
    assert found == ["ivanov-oslo-enlargement-remarks"]
    found = slugs(client.get(f"{EVENTS}?person=sergei-ivanov&agreement=nato-russia-sofa"))
    assert set(found) == {"ivanov-oslo-sofa-remarks", "nato-russia-sofa-signing-expected"}


def test_date_range_keeps_events_whose_period_overlaps(client):
    found = slugs(client.get(f"{EVENTS}?date_from=2004-04-07&date_to=2004-04-08"))
    assert "de-hoop-scheffer-visits-moscow" in found
    # "2004" may be any day of the year, so it overlaps any range within 2004.
    assert "nato-russia-kola-peninsula-exercise" in found
    assert "ivanov-oslo-sofa-remarks" not in found
    assert "norfolk-anti-terrorism-conference" not in found
    assert slugs(client.get(f"{EVENTS}?date_to=2004-04-04"))[-1] == "ivanov-oslo-sofa-remarks"


def test_text_search_needs_every_word(client):
    assert set(slugs(client.get(f"{EVENTS}?q=Ivanov+Oslo"))) == {
        "ivanov-oslo-sofa-remarks",
        "ivanov-oslo-enlargement-remarks",
    }


def test_pagination(client):
    first = client.get(f"{EVENTS}?page_size=5&person=sergei-ivanov").json()
    assert len(first["results"]) == 5
    assert "person=sergei-ivanov" in first["next"] and "page=2" in first["next"]
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


def test_unknown_parameters_are_ignored(client):
    assert client.get(f"{EVENTS}?colour=blue").json()["count"] == Event.objects.published().count()


@pytest.mark.parametrize(
    ("endpoint", "item", "fields"),
    [
        ("people", "sergei-ivanov", {"slug", "name", "role", "affiliation", "aliases", "url"}),
        ("places", "oslo", {"slug", "name", "kind", "country", "latitude", "longitude", "url"}),
        ("organizations", "black-sea-fleet", {"slug", "name", "kind", "parent", "aliases", "url"}),
        ("agreements", "nato-russia-sofa", {"slug", "name", "short_name", "status", "parties"}),
        (
            "sources",
            "nato-cooperation-pact-may-be-signed-soon",
            {"slug", "title", "publication_date", "publisher", "page_stamp"},
        ),
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
    detail = client.get("/api/sources/nato-and-russia-enhance-military-cooperation/").json()
    assert detail["text"].startswith("Find a Security Clearance Job!")
    assert detail["publication_date"] == "2004-04-15"


def test_event_list_runs_a_fixed_number_of_queries(client, django_assert_num_queries):
    # Data version, count, page, and one query per prefetched relation.
    with django_assert_num_queries(8):
        client.get(EVENTS)
    # Plus one query per relation filter, checking that its slugs exist.
    with django_assert_num_queries(10):
        client.get(f"{EVENTS}?person=sergei-ivanov&place=oslo")


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
    make_source(
        slug="undated-copy", publication_date=date(2004, 1, 1), publication_date_precision="year"
    )
    detail = client.get("/api/sources/undated-copy/").json()
    assert detail["publication_date"] == "2004-01-01"
    assert detail["publication_date_precision"] == "year"
    assert detail["display_publication_date"] == "2004"
    release = client.get("/api/sources/nato-and-russia-enhance-military-cooperation/").json()
    assert (release["publication_date_precision"], release["display_publication_date"]) == (
        "day",
        "15 April 2004",
    )
