"""schema.org JSON-LD from ``{% json_ld %}``, read back by extruct as search engines read it."""

import json

import extruct
import pytest
from django.template import RequestContext, Template
from django.test import Client, RequestFactory

from events.models import Agreement, Event, Organization, Person, Place, Source
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
    (Event, "de-hoop-scheffer-visits-moscow", "Event"),
    (Event, "nato-russia-kola-peninsula-exercise", "Event"),
    (Person, "sergei-ivanov", "Person"),
    (Place, "moscow", "Place"),
    (Organization, "nato", "Organization"),
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
        ("nato-russia-kola-peninsula-exercise", "2004", None),
        ("ivanov-rumsfeld-talks-on-patrols", "2004-04", None),
        ("de-hoop-scheffer-visits-moscow", "2004-04-07", "2004-04-08"),
        ("nato-russia-sofa-negotiations", "2004-04-05", None),
    ],
)
def test_event_dates_are_iso_8601_at_their_precision(slug, start, end):
    data = extracted(event(slug))
    assert data["startDate"] == start
    assert data.get("endDate") == end


def test_event_links_places_people_and_organizations():
    visit = event("russian-military-liaison-offices-agreed")
    data = extracted(visit)
    moscow = next(place for place in data["location"] if place["name"] == "Moscow")
    assert moscow["@type"] == "Place"
    assert moscow["geo"]["@type"] == "GeoCoordinates"
    assert moscow["geo"]["latitude"] == pytest.approx(
        float(Place.objects.get(slug="moscow").latitude)
    )
    assert moscow["address"] == {"@type": "PostalAddress", "addressCountry": "Russia"}
    assert {p["name"] for p in data["performer"]} == {
        p.person.name for p in visit.participations.all()
    }
    assert {p["@type"] for p in data["performer"]} == {"Person"}
    assert {o["name"] for o in data["organizer"]} == {o.name for o in visit.organizations.all()}
    assert {o["@type"] for o in data["organizer"]} == {"Organization"}


def test_event_status_tells_planned_from_occurred():
    planned = extracted(event("nato-russia-kola-peninsula-exercise"))
    expected = extracted(event("nato-russia-sofa-signing-expected"))
    occurred = extracted(event("de-hoop-scheffer-visits-moscow"))
    assert planned["eventStatus"] == "https://schema.org/EventScheduled"
    assert expected["eventStatus"] == "https://schema.org/EventScheduled"
    assert "eventStatus" not in occurred


def test_person_and_place_pages_describe_them():
    ivanov = extracted(Person.objects.get(slug="sergei-ivanov"))
    assert ivanov["jobTitle"] == "Defense Minister of Russia"
    assert ivanov["affiliation"]["@type"] == "Organization"
    assert "Ivanov" in ivanov["alternateName"]
    oslo = extracted(Place.objects.get(slug="oslo"))
    assert (oslo["geo"]["latitude"], oslo["geo"]["longitude"]) == (59.91273, 10.74609)
    sea = extracted(Place.objects.get(slug="mediterranean-sea"))
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
    visit = event("russian-military-liaison-offices-agreed")
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
