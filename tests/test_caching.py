"""The one cache (``events/caching.py``): one rendering per address and state, shared by
every anonymous visitor; a new release misses it; no request starts a thread."""

import gzip
import threading

import pytest
from django.http import HttpResponse

from events import caching
from events.models import Event
from tests.queries import get_counting_queries

pytestmark = pytest.mark.django_db

VISIT = "lavrentiev-visits-brussels"
SHARED = ["/", "/?person=boris-lavrentiev", "/people/boris-lavrentiev/", f"/events/{VISIT}/"]
SHARED_API = ["/api/events/?agreement=transit-agreement", "/api/people/boris-lavrentiev/"]


def was_rendered(response):
    """A kept copy is a plain HttpResponse, for which no template was rendered."""
    return bool(response.templates) or type(response) is not HttpResponse


@pytest.mark.parametrize("url", SHARED + SHARED_API)
def test_a_second_visitor_gets_the_same_answer_without_rendering(client, url):
    first, _ = get_counting_queries(client, url)
    second, queries = get_counting_queries(client, url)
    assert queries == 1  # the data version
    assert not was_rendered(second)
    assert second.status_code == 200
    assert second.content == first.content
    assert second.headers["Content-Type"] == first.headers["Content-Type"]
    assert second.headers["ETag"] == first.headers["ETag"]
    # The security headers are the middleware's, added to every answer.
    assert second.headers["Content-Security-Policy"] == first.headers["Content-Security-Policy"]


def test_an_edit_is_visible_to_the_next_visitor(client):
    assert "Moscow talks, renamed" not in client.get(f"/events/{VISIT}/").text
    event = Event.objects.get(slug=VISIT)
    event.title = "Moscow talks, renamed"
    event.save()
    assert "Moscow talks, renamed" in client.get(f"/events/{VISIT}/").text
    assert "Moscow talks, renamed" in client.get("/").text


def test_signed_in_staff_are_never_served_nor_serve_the_public_copy(client, admin_client):
    client.get(f"/events/{VISIT}/")
    assert was_rendered(admin_client.get(f"/events/{VISIT}/"))

    event = Event.objects.get(slug=VISIT)
    event.published = False
    event.save()
    assert admin_client.get(f"/events/{VISIT}/").status_code == 200  # the draft preview
    assert client.get(f"/events/{VISIT}/").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/events/no-such-event/",  # 404
        "/?date_from=2004-13-45",  # 400: invalid filter
        "/api/events/?page=999",  # 404: past the end
    ],
)
def test_errors_are_rendered_every_time(client, url):
    first = client.get(url)
    assert first.status_code >= 400
    second = client.get(url)
    assert second.status_code == first.status_code
    assert was_rendered(second)


@pytest.mark.parametrize("url", [SHARED[0], SHARED_API[0]])
def test_a_browser_is_sent_the_kept_answer_gzipped(client, url):
    browser = {"accept-encoding": "gzip, deflate, br"}
    plain = client.get(url)
    another_address = f"{url}{'&' if '?' in url else '?'}utm_source=a"
    first = client.get(another_address, headers=browser)
    second = client.get(url, headers=browser)
    for zipped in (first, second):  # the visit that keeps the answer, and one served from it
        assert zipped.headers["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in zipped.headers["Vary"]
    assert gzip.decompress(second.content) == plain.content
    assert not was_rendered(second)
    assert "Content-Encoding" not in client.get(url).headers
    assert "Accept-Encoding" in plain.headers["Vary"]
    # One state, one (weak) tag whichever the encoding: both revalidate to a 304.
    assert second["ETag"] == plain["ETag"] and plain["ETag"].startswith('W/"')
    again = client.get(url, headers={**browser, "if-none-match": plain["ETag"]})
    assert again.status_code == 304


def test_each_host_gets_its_own_links(client):
    url = "/api/events/?page_size=2"
    here = client.get(url, headers={"host": "testserver"}).json()["next"]
    there = client.get(url, headers={"host": "localhost"}).json()["next"]
    assert here.startswith("http://testserver/")
    assert there.startswith("http://localhost/")


def test_each_accept_header_gets_its_own_answer(client):
    client.get("/api/events/", headers={"accept": "application/json"})
    _again, queries = get_counting_queries(client, "/api/events/", accept="application/json")
    assert queries == 1  # kept: only the data version is read
    _other, queries = get_counting_queries(client, "/api/events/", accept="*/*")
    assert queries > 1  # rendered


def test_a_new_release_misses_the_cache_and_changes_the_etag(client, settings):
    first = client.get("/")
    assert not was_rendered(client.get("/"))
    settings.RELEASE = "the-next-release"
    again = client.get("/", headers={"if-none-match": first["ETag"]})
    assert again.status_code == 200
    assert was_rendered(again)
    assert again["ETag"] != first["ETag"]


@pytest.mark.parametrize("url", [*SHARED, *SHARED_API, "/?date_from=0001-01-01&q=visit"])
def test_no_request_starts_a_thread(client, url, monkeypatch):
    started = []
    real_start = threading.Thread.start

    def start(thread):
        started.append(thread.name)
        real_start(thread)

    monkeypatch.setattr(threading.Thread, "start", start)
    threads_before = threading.active_count()
    assert client.get(url).status_code == 200
    assert started == []
    assert threading.active_count() == threads_before


@pytest.mark.parametrize(
    "headers, shareable",
    [
        ({}, True),
        ({"Vary": "Accept"}, True),
        ({"Vary": "Accept, Accept-Encoding"}, True),
        ({"Vary": "Accept, Cookie"}, False),
        ({"Vary": "Accept-Language"}, False),
    ],
)
def test_only_answers_that_vary_by_the_selecting_headers_are_shared(headers, shareable):
    assert caching.shareable(HttpResponse("x", headers=headers)) is shareable


def test_answers_setting_a_cookie_or_too_big_are_not_shared():
    with_cookie = HttpResponse("x")
    with_cookie.set_cookie("csrftoken", "secret")
    assert not caching.shareable(with_cookie)
    assert not caching.shareable(HttpResponse(b"x" * (caching.MAX_SHARED_BYTES + 1)))
    assert caching.shareable(HttpResponse(b"x" * caching.MAX_SHARED_BYTES))
