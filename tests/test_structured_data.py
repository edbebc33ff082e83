"""schema.org JSON-LD from ``{% json_ld %}``, read back by extruct as search engines read it."""

import json

import extruct
import pytest
from django.template import RequestContext, Template
from django.test import Client, RequestFactory

from events.models import Agreement, Event, Organization, Person, Place, Source
from tests import dataset
from tests.factories import make_event
from tests.quality import html_errors

pytestmark = pytest.mark.django_db

PAGE = Template(
    "{% load structured_data %}<!doctype html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Page</title>{% json_ld obj %}</head><body><main></main></body></html>"
)


def page_html(obj):
    """The object's public page as search engines get it."""
    response = Client().get(obj.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def tag_html(obj):
    """Only the tag, in a minimal page: for what the tag itself must guarantee."""
    request = RequestFactory().get(obj.get_absolute_url())
    return PAGE.render(RequestContext(request, {"obj": obj}))


def extracted(obj):
    [data] = extruct.extract(
        page_html(obj), base_url="http://testserver/", syntaxes=["json-ld"], uniform=True
    )["json-ld"]
    return data


def event(slug):
    return Event.objects.published().with_related().get(slug=slug)


PAGES = [
    (Event, dataset.VISIT, "Event"),
    (Event, dataset.EXERCISE, "Event"),
    (Person, dataset.LAVRENTIEV, "Person"),
    (Place, dataset.MOSCOW, "Place"),
    (Organization, dataset.NATO, "Organization"),
]


@pytest.mark.parametrize(("model", "slug", "schema_type"), PAGES)
def test_pages_embed_their_schema_org_type(model, slug, schema_type):
    obj = model.objects.get(slug=slug)
    data = extracted(obj)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == schema_type
    assert data["name"] == str(obj)
    assert data["url"] == f"http://testserver{obj.get_absolute_url()}"


@pytest.mark.parametrize(
    ("slug", "start", "end"),
    [
        (dataset.EXERCISE, "2004", None),
        (dataset.TALKS, "2004-05", None),
        (dataset.SIGNING, "2004-04-07", "2004-04-08"),
        (dataset.VISIT, "2004-04-05", None),
    ],
)
def test_event_dates_are_iso_8601_at_their_precision(slug, start, end):
    data = extracted(event(slug))
    assert data["startDate"] == start
    assert data.get("endDate") == end


def test_event_links_places_people_and_organizations():
    visit = event(dataset.MOSCOW_MEETING)
    data = extracted(visit)
    moscow = next(place for place in data["location"] if place["name"] == "Moscow")
    assert moscow["@type"] == "Place"
    assert moscow["geo"]["@type"] == "GeoCoordinates"
    assert moscow["geo"]["latitude"] == pytest.approx(
        float(Place.objects.get(slug=dataset.MOSCOW).latitude)
    )
    assert moscow["address"] == {"@type": "PostalAddress", "addressCountry": "Russia"}
    assert {p["name"] for p in data["performer"]} == {
        p.person.name for p in visit.participations.all()
    }
    assert {p["@type"] for p in data["performer"]} == {"Person"}
    assert {o["name"] for o in data["organizer"]} == {o.name for o in visit.organizations.all()}
    assert {o["@type"] for o in data["organizer"]} == {"Organization"}


def test_event_status_tells_planned_from_occurred():
    planned = extracted(event(dataset.TALKS))
    expected = extracted(event(dataset.EXERCISE))
    occurred = extracted(event(dataset.VISIT))
    assert planned["eventStatus"] == "https://schema.org/EventScheduled"
    assert expected["eventStatus"] == "https://schema.org/EventScheduled"
    assert "eventStatus" not in occurred


def test_person_and_place_pages_describe_them():
    lavrentiev = extracted(Person.objects.get(slug=dataset.LAVRENTIEV))
    assert lavrentiev["jobTitle"] == "Defence Minister"
    assert lavrentiev["affiliation"]["@type"] == "Organization"
    assert "Lavrentiev" in lavrentiev["alternateName"]
    brussels = extracted(Place.objects.get(slug=dataset.BRUSSELS))
    assert (brussels["geo"]["latitude"], brussels["geo"]["longitude"]) == (50.85045, 4.34878)
    sea = extracted(Place.objects.get(slug=dataset.BLACK_SEA))
    assert "address" not in sea


def test_json_ld_cannot_break_out_of_its_script_element():
    title = '</script><script>alert("x")</script> & <!-- Шойгу'
    made = make_event(title=title)
    html = tag_html(event(made.slug))
    assert html.count("</script>") == 1
    assert "<!--" not in html
    script = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert json.loads(script)["name"] == title
    assert extracted(event(made.slug))["name"] == title


def test_event_json_ld_needs_no_queries_beyond_the_pages_own(django_assert_num_queries):
    visit = event(dataset.MOSCOW_MEETING)
    with django_assert_num_queries(0):
        tag_html(visit)


@pytest.mark.html_checker
def test_pages_with_json_ld_are_valid_html():
    pages = {slug: page_html(model.objects.get(slug=slug)) for model, slug, _ in PAGES}
    assert html_errors(pages) == []


@pytest.mark.parametrize("model", [Agreement, Source])
def test_pages_of_other_kinds_embed_nothing(model):
    html = page_html(model.objects.first())
    assert "application/ld+json" not in html
