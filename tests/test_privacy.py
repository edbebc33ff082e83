"""Private until published: an entity or a source none of whose events is published stays
off every public output, and only viewers with the permission to view it preview it."""

import pytest
from django.contrib.auth.models import Permission, User

from events.kinds import KINDS
from events.models import Agreement, Event, Organization, Person, Place
from tests.dataset import DRAFT, KELLER, LAVRENTIEV, MINISTRY, NATO, TRANSIT
from tests.factories import make_source
from tests.queries import get_counting_queries

pytestmark = pytest.mark.django_db

#: In every name and slug of the private rows, and nowhere in the dataset.
MARK = "zephyr"
PRIVATE = {
    "people": "zephyr-envoy",
    "places": "zephyr-base",
    "organizations": "zephyr-office",
    "agreements": "zephyr-pact",
    "sources": "zephyr-memo",
}
PRIVATE_PAGES = [f"/{segment}/{slug}/" for segment, slug in PRIVATE.items()]
PRIVATE_API = [f"/api/{segment}/{slug}/" for segment, slug in PRIVATE.items()]
#: Public answers that list the private rows once their event is published: indexes,
#: facets, API lists, sitemaps, exports, related columns, and links from public entities
#: (a party, a parent, an affiliation; an organization's children, members, agreements).
LISTINGS = [
    *(f"/{kind.segment}/" for kind in KINDS),
    "/",
    *(f"/api/{kind.segment}/" for kind in KINDS),
    *(f"/sitemap-{kind.segment}.xml" for kind in KINDS),
    "/export/events.csv",
    "/export/events.ics",
    "/feeds/events.atom",
    "/export/timelinejs.json",
    f"/people/{LAVRENTIEV}/",
    f"/agreements/{TRANSIT}/",
    f"/api/agreements/{TRANSIT}/",
    f"/people/{KELLER}/",
    f"/api/people/{KELLER}/",
    f"/organizations/{MINISTRY}/",
    f"/api/organizations/{MINISTRY}/",
    f"/organizations/{NATO}/",
]
#: Filtering by a private row is refused as an unknown one is.
FILTERS = [
    f"/?person={PRIVATE['people']}",
    f"/api/events/?place={PRIVATE['places']}",
    f"/export/events.csv?organization={PRIVATE['organizations']}",
    f"/api/events/?agreement={PRIVATE['agreements']}",
    f"/?source={PRIVATE['sources']}",
]


@pytest.fixture
def draft():
    """One private row of each kind, linked only to the dataset's draft, and public rows
    pointing at them: a party to the transit agreement, Keller's affiliation, the
    ministry's parent; NATO's child, member and agreement."""
    nato = Organization.objects.get(slug=NATO)
    office = Organization.objects.create(
        slug=PRIVATE["organizations"], name="Zephyr Office", kind="mission", parent=nato
    )
    envoy = Person.objects.create(
        slug=PRIVATE["people"], name="Zephyr Envoy", role="Envoy", affiliation=nato
    )
    base = Place.objects.create(slug=PRIVATE["places"], name="Zephyr Base", kind="facility")
    pact = Agreement.objects.create(
        slug=PRIVATE["agreements"], name="Zephyr Pact", status="proposed", summary="Secret."
    )
    pact.parties.add(nato)
    memo = make_source(slug=PRIVATE["sources"], title="Zephyr Memo")
    event = Event.objects.get(slug=DRAFT)
    event.participations.create(person=envoy, role="envoy")
    event.places.add(base)
    event.organizations.add(office)
    event.agreements.add(pact)
    event.citations.create(source=memo, quote="NATO and Russia met on Monday.")
    Agreement.objects.get(slug=TRANSIT).parties.add(office)
    Person.objects.filter(slug=KELLER).update(affiliation=office)
    Organization.objects.filter(slug=MINISTRY).update(parent=office)
    event.save()  # as the admin would: the next answers are rendered afresh
    return event


def publish(event):
    event.published = True
    event.save()


def text(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode().lower()


def staff_without_permissions():
    return User.objects.create_user("staff", password="x", is_staff=True)


@pytest.mark.parametrize("url", LISTINGS)
def test_listings_leave_out_private_rows_until_their_event_is_published(client, draft, url):
    before = client.get(url)
    assert before.status_code == 200
    assert MARK not in text(before)
    publish(draft)
    after = client.get(url)
    assert after.status_code == 200
    assert MARK in text(after)


@pytest.mark.parametrize("url", PRIVATE_PAGES + PRIVATE_API)
def test_a_private_rows_own_page_is_not_found_until_its_event_is_published(client, draft, url):
    assert client.get(url).status_code == 404
    publish(draft)
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", FILTERS)
def test_filtering_by_a_private_row_is_refused_like_an_unknown_one(client, draft, url):
    unknown_url = url.replace(MARK, "nobody")
    private, unknown = client.get(url), client.get(unknown_url)
    assert private.status_code == unknown.status_code == 400
    # The same answer, word for word, but for the value asked for.
    value, unknown_value = url.split("=")[1], unknown_url.split("=")[1]
    assert text(private).replace(value, unknown_value) == text(unknown)
    publish(draft)
    assert client.get(url).status_code == 200


def test_editors_preview_private_rows_and_see_them_in_the_indexes(client, editor, draft):
    client.force_login(editor)
    for url, slug in zip(PRIVATE_PAGES, PRIVATE.values(), strict=True):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Not public yet." in response.text, url
        assert '<meta name="robots" content="noindex">' in response.text, url
        # No link to what only the public's rows have: an API answer, a filtered timeline.
        assert 'type="application/json"' not in response.text, url
        assert f"={slug}" not in response.text, url
    for kind in KINDS:
        assert MARK in text(client.get(f"/{kind.segment}/")), kind.segment
    # Public rows show the private ones they link to.
    nato = text(client.get(f"/organizations/{NATO}/"))
    assert all(name in nato for name in ("zephyr office", "zephyr envoy", "zephyr pact"))
    assert "zephyr office" in text(client.get(f"/people/{KELLER}/"))
    assert "not public yet" in text(client.get("/people/"))
    assert all(client.get(url).status_code == 404 for url in PRIVATE_API)  # public only
    publish(draft)
    for url, slug in zip(PRIVATE_PAGES, PRIVATE.values(), strict=True):
        response = client.get(url)
        assert "Not public yet." not in response.text, url
        assert f"={slug}" in response.text, url


def test_staff_without_the_view_permission_see_only_public_content(client, draft):
    client.force_login(staff_without_permissions())
    for url in [*PRIVATE_PAGES, f"/events/{DRAFT}/"]:
        assert client.get(url).status_code == 404, url
    for url in ["/people/", f"/organizations/{NATO}/", f"/people/{KELLER}/"]:
        assert MARK not in text(client.get(url)), url


def test_each_kinds_view_permission_previews_that_kind_only(client, draft):
    user = staff_without_permissions()
    user.user_permissions.add(Permission.objects.get(codename="view_person"))
    client.force_login(user)
    assert client.get(f"/people/{PRIVATE['people']}/").status_code == 200
    assert client.get(f"/organizations/{PRIVATE['organizations']}/").status_code == 404
    assert client.get(f"/events/{DRAFT}/").status_code == 404
    # The private person is shown, the private organization he links to is not.
    assert "zephyr office" not in text(client.get(f"/people/{KELLER}/"))
    assert "zephyr envoy" in text(client.get(f"/organizations/{NATO}/"))


@pytest.mark.parametrize("url", ["/people/", PRIVATE_PAGES[0], f"/events/{DRAFT}/"])
def test_a_preview_is_never_answered_from_anothers_cached_copy(client, editor, draft, url):
    client.force_login(editor)
    preview = client.get(url)
    assert preview.status_code == 200
    etag = preview.headers["ETag"]
    # Without the permission the same address is another answer, not "304: yours is current".
    client.force_login(staff_without_permissions())
    as_staff = client.get(url, headers={"if-none-match": etag})
    assert as_staff.status_code in (200, 404)
    # A "not found" page names the address asked for (its link preview tags), nothing more.
    assert MARK not in text(as_staff).replace(url, "")
    client.logout()
    public = client.get(url, headers={"if-none-match": etag})
    assert public.status_code in (200, 404)
    assert MARK not in text(public).replace(url, "")
    # And the public's copy, kept for every visitor, is never what an editor is given.
    client.force_login(editor)
    again = client.get(url, headers={"if-none-match": public.headers.get("ETag", "")})
    assert again.status_code == 200
    assert MARK in text(again)


def test_an_index_costs_the_same_queries_however_many_rows_are_private(client, draft):
    _, before = get_counting_queries(client, "/people/")
    for n in range(20):
        Person.objects.create(slug=f"zephyr-{n}", name=f"Zephyr {n}", role="Envoy")
    draft.save()
    response, after = get_counting_queries(client, "/people/")
    assert after == before
    assert MARK not in text(response)
