"""The public pages at scale: counts that follow every edit, short facets, bounded depth, 304s."""

import re

import pytest

from events import facets, pagination, views
from events.models import Event, Participation, Person
from tests.dataset import KELLER, MOSCOW_MEETING, VISIT, ZAMYATIN
from tests.factories import make_event
from tests.queries import get_counting_queries

pytestmark = pytest.mark.django_db


def count_beside(html, facet, value):
    label = re.search(
        rf'for="f-{facet}-{value}">[^<]*<span class="count">(.*?)</span></span>', html
    )
    return re.sub(r"<[^>]+>|\(|\)| events?", "", label.group(1)) if label else None


def test_an_editor_and_the_public_see_the_same_counts(client, admin_client):
    # Counted with the other filters (none here) applied, as everyone sees them: all three
    # of Keller's events, not only the one she shares with Zamyatin.
    for visitor in (client, admin_client):
        assert count_beside(visitor.get(f"/?person={ZAMYATIN}").text, "person", KELLER) == "3"


def test_an_edit_refreshes_cached_counts_at_once(client):
    html = client.get("/").text
    assert count_beside(html, "person", KELLER) == "3"
    Event.objects.get(slug=MOSCOW_MEETING).participations.all().delete()
    Event.objects.get(slug=MOSCOW_MEETING).save()  # as the admin would
    assert count_beside(client.get("/").text, "person", KELLER) == "2"


def test_long_facets_list_the_options_with_most_events_and_every_chosen_one(client, monkeypatch):
    # Two people with one event each, whose names sort before everyone else's.
    for slug, name in [("anna-archer", "Anna Archer"), ("carl-cole", "Carl Cole")]:
        person = Person.objects.create(slug=slug, name=name, role="Observer")
        make_event().participations.create(person=person, role="observer")
    monkeypatch.setattr(facets, "MAX_OPTIONS", 3)
    html = client.get(f"/?person={ZAMYATIN}").text
    listed = re.findall(r'name="person" value="([^"]+)"', html)
    # Zamyatin (1 event, chosen), Keller (3) and Lavrentiev (2), by name.
    assert listed == ["boris-lavrentiev", ZAMYATIN, KELLER]
    assert "2 more with fewer events are not listed" in html
    assert 'href="/people/"' in html


def test_pages_past_the_depth_bound_ask_for_narrower_filters(client, monkeypatch):
    assert Event.objects.published().count() > 2  # so that page 3 exists
    monkeypatch.setattr(pagination, "MAX_DEPTH", 2)
    monkeypatch.setattr(views, "PAGE_SIZE", 1)
    assert client.get("/?page=2").status_code == 200
    response = client.get("/?page=3")
    assert response.status_code == 400
    assert "Pages reach only the first 2 events" in response.text
    assert client.get("/?page=9").status_code == 404  # past the end stays "not found"


@pytest.mark.parametrize("url", ["/", f"/people/{KELLER}/", f"/events/{VISIT}/", "/sources/"])
def test_conditional_get_answers_304_until_an_edit(client, url):
    first = client.get(url)
    etag = first.headers["ETag"]
    not_modified, count = get_counting_queries(client, url, if_none_match=etag)
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert count <= 1  # the data version only: nothing is rendered
    Event.objects.get(slug=VISIT).save()
    changed = client.get(url, headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag


def test_staff_and_the_public_never_share_a_cached_page(client, admin_client):
    Event.objects.filter(slug=VISIT).update(published=False)
    staff = admin_client.get(f"/events/{VISIT}/")
    assert staff.status_code == 200  # a draft preview
    public = client.get(f"/events/{VISIT}/", headers={"if-none-match": staff.headers["ETag"]})
    assert public.status_code == 404


def test_entity_pages_list_a_new_co_participant_at_once(client):
    assert 'href="/people/newcomer/"' not in client.get(f"/people/{KELLER}/").text
    newcomer = Person.objects.create(slug="newcomer", name="A Newcomer", role="Observer")
    Participation.objects.create(
        event=Event.objects.get(slug=MOSCOW_MEETING), person=newcomer, role="observer"
    )
    assert 'href="/people/newcomer/"' in client.get(f"/people/{KELLER}/").text
