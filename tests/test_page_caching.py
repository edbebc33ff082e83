"""The public pages at scale: cached counts, a time budget, short facets, bounded depth, 304s."""

import re

import pytest

from events import facets, pagination, views
from events.models import Event, Participation, Person
from tests.queries import get_counting_queries

# Reads the seed's content. Not yet moved to the suite's own dataset (tests/dataset.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seed")]

VISIT = "de-hoop-scheffer-visits-moscow"


def count_beside(html, facet, value):
    label = re.search(
        rf'for="f-{facet}-{value}">[^<]*<span class="count">(.*?)</span></span>', html
    )
    return re.sub(r"<[^>]+>|\(|\)| events?", "", label.group(1)) if label else None


def test_an_editors_visit_reuses_the_counts_of_a_public_one(client, admin_client):
    # Signed in, the editor is not served the public's rendering, but shares its counts.
    public, cold = get_counting_queries(client, "/?person=sergei-ivanov")
    editor, warm = get_counting_queries(admin_client, "/?person=sergei-ivanov")
    # Counted with the other filters (none here) applied, as everyone sees them.
    assert count_beside(editor.text, "person", "robert-pszczel") == "3"
    assert count_beside(public.text, "person", "robert-pszczel") == "3"
    # Only the session, the data version, the page of events and its related rows remain.
    assert warm < cold
    assert warm <= 10


def test_an_edit_refreshes_cached_counts_at_once(client):
    html = client.get("/").text
    assert count_beside(html, "person", "robert-pszczel") == "3"
    Event.objects.get(slug="pszczel-confirms-sofa-talks").participations.all().delete()
    Event.objects.get(slug="pszczel-confirms-sofa-talks").save()  # as the admin would
    assert count_beside(client.get("/").text, "person", "robert-pszczel") == "2"


def test_facets_out_of_time_still_render_the_page(client, monkeypatch):
    monkeypatch.setattr(facets, "cached", lambda *args, **kwargs: None)
    response = client.get("/?person=sergei-ivanov")
    assert response.status_code == 200
    html = response.text
    assert "(not counted in time)" in html
    # Uncounted options are offered, not shown as dead ends.
    assert 'value="robert-pszczel" id="f-person-robert-pszczel">' in html
    assert 'id="f-person-sergei-ivanov" checked' in html
    assert 'href="/events/ivanov-oslo-sofa-remarks/"' in html  # the events are listed


def test_long_facets_list_the_options_with_most_events_and_every_chosen_one(client, monkeypatch):
    monkeypatch.setattr(facets, "MAX_OPTIONS", 3)
    html = client.get("/?person=igor-ivanov").text
    listed = re.findall(r'name="person" value="([^"]+)"', html)
    # The chosen one first, then Sergei Ivanov (11 events) and de Hoop Scheffer (6), by name.
    assert listed == ["igor-ivanov", "jaap-de-hoop-scheffer", "sergei-ivanov"]
    assert "5 more with fewer events are not listed" in html
    assert 'href="/people/"' in html


def test_pages_past_the_depth_bound_ask_for_narrower_filters(client, monkeypatch):
    monkeypatch.setattr(pagination, "MAX_DEPTH", 10)
    monkeypatch.setattr(views, "PAGE_SIZE", 5)
    assert client.get("/?page=2").status_code == 200
    response = client.get("/?page=3")
    assert response.status_code == 400
    assert "Pages reach only the first 10 events" in response.text
    assert client.get("/?page=9").status_code == 404  # past the end stays "not found"


@pytest.mark.parametrize("url", ["/", "/people/sergei-ivanov/", f"/events/{VISIT}/", "/sources/"])
def test_conditional_get_answers_304_until_an_edit(client, url):
    first = client.get(url)
    etag, last_modified = first.headers["ETag"], first.headers["Last-Modified"]
    not_modified, count = get_counting_queries(client, url, if_none_match=etag)
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert count <= 1  # the data version only: nothing is rendered
    assert client.get(url, headers={"if-modified-since": last_modified}).status_code == 304
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


def test_entity_pages_reuse_their_related_lists_until_an_edit(client, admin_client):
    # Signed in, so that each visit renders the page rather than reusing the last.
    _, cold = get_counting_queries(admin_client, "/people/sergei-ivanov/")
    _, warm = get_counting_queries(admin_client, "/people/sergei-ivanov/")
    assert warm <= cold - 4  # one query per related kind is saved
    newcomer = Person.objects.create(slug="newcomer", name="A Newcomer", role="Observer")
    Participation.objects.create(
        event=Event.objects.get(slug="ivanov-oslo-sofa-remarks"), person=newcomer, role="observer"
    )
    assert 'href="/people/newcomer/"' in client.get("/people/sergei-ivanov/").text
