"""The data version: every edit bumps it, and the API answers conditional GETs from it."""

from datetime import date

import pytest
from django.utils.http import http_date

from events import data_version
from events.models import Agreement, Event, Organization, Person, Place
from tests.factories import make_event

pytestmark = pytest.mark.django_db

EVENTS = "/api/events/"


def version():
    return data_version.current().number


def test_saving_deleting_and_linking_each_bump_the_version():
    before = version()
    event = make_event()
    assert version() == before + 1
    event.places.add(Place.objects.first())
    assert version() == before + 2
    Person.objects.filter(pk=Person.objects.first().pk).first().save()
    assert version() == before + 3
    Agreement.objects.first().parties.clear()
    assert version() == before + 4
    event.delete()
    assert version() > before + 4


def test_an_unmigrated_counter_counts_as_version_zero():
    data_version.current()  # the dataset has set it
    from events.models import DataVersion

    DataVersion.objects.all().delete()
    assert version() == 0
    make_event()
    assert version() == 1


def test_list_and_detail_carry_validators(client):
    for url in (EVENTS, f"{EVENTS}lavrentiev-visits-brussels/", "/api/people/"):
        response = client.get(url)
        assert response["ETag"] == f'"data-{data_version.current().number}-public"'
        assert response["Last-Modified"] == http_date(data_version.current().changed_at.timestamp())


def test_if_none_match_gets_304_without_rendering(client, django_assert_num_queries):
    etag = client.get(EVENTS)["ETag"]
    # Only the data version is read: no count, no page, no serialisation.
    with django_assert_num_queries(1):
        response = client.get(EVENTS, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""


def test_if_modified_since_gets_304(client):
    last_modified = client.get(EVENTS)["Last-Modified"]
    assert client.get(EVENTS, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304


def test_an_edit_changes_the_etag_and_the_answer(client):
    first = client.get(f"{EVENTS}?place=moscow")
    event = Event.objects.get(slug="lavrentiev-visits-brussels")
    event.places.add(Place.objects.get(slug="moscow"))
    response = client.get(f"{EVENTS}?place=moscow", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200
    assert response["ETag"] != first["ETag"]
    assert response.json()["count"] == first.json()["count"] + 1


def test_counts_are_fresh_after_an_edit_of_any_model(client):
    """The cached count follows edits of related rows too, e.g. a renamed organization."""
    before = client.get(f"{EVENTS}?organization=nato").json()["count"]
    make_event(start_date=date(2004, 1, 1)).organizations.add(Organization.objects.get(slug="nato"))
    assert client.get(f"{EVENTS}?organization=nato").json()["count"] == before + 1
