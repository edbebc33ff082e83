"""The site in two languages: English at its addresses, Russian under ``/ru/``; every
page names its twin in the other language and links to it, keeping its filters."""

import re

import pytest

from events.models import Language, Source
from tests.dataset import GAZETTE, KELLER, SIGNING, TALKS, WIRE

pytestmark = pytest.mark.django_db


def html_lang(html):
    return re.search(r'<html lang="([^"]+)"', html).group(1)


def alternates(html):
    """``{hreflang: href}`` of the page's ``<link rel="alternate" hreflang>`` tags."""
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def switch(html):
    """The language switch's links: ``(hreflang, href, is_current)``."""
    nav = re.search(r'<ul class="site-nav site-nav--languages">(.*?)</ul>', html, re.S).group(1)
    return [
        (code, href.replace("&amp;", "&"), "aria-current" in rest)
        for href, code, rest in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"([^>]*)>', nav)
    ]


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("/", "/ru/"),
        (f"/people/{KELLER}/", f"/ru/people/{KELLER}/"),
        (f"/events/{SIGNING}/", f"/ru/events/{SIGNING}/"),
        ("/people/", "/ru/people/"),
    ],
)
def test_each_page_has_a_twin_in_the_other_language_that_names_its_language(
    client, english, russian
):
    en, ru = client.get(english), client.get(russian)
    assert en.status_code == ru.status_code == 200
    assert html_lang(en.text) == "en-gb"
    assert html_lang(ru.text) == "ru"
    expected = {"en-gb": f"http://testserver{english}", "ru": f"http://testserver{russian}"}
    assert alternates(en.text) == alternates(ru.text) == expected


def test_the_language_switch_keeps_the_page_and_its_filters(client):
    query = f"person={KELLER}&event_type=agreement_signed&page=1"
    assert switch(client.get(f"/?{query}").text) == [
        ("en-gb", f"/?{query}", True),
        ("ru", f"/ru/?{query}", False),
    ]
    assert switch(client.get(f"/ru/people/{KELLER}/?page=1").text) == [
        ("en-gb", f"/people/{KELLER}/?page=1", False),
        ("ru", f"/ru/people/{KELLER}/?page=1", True),
    ]


def test_dates_read_in_the_pages_language(client):
    assert "7–8 April 2004" in client.get(f"/events/{SIGNING}/").text
    assert "7–8 апреля 2004 г." in client.get(f"/ru/events/{SIGNING}/").text


def test_english_stays_english_whatever_the_browser_asks_for(client):
    response = client.get("/", headers={"accept-language": "ru"})
    assert html_lang(response.text) == "en-gb"
    assert "7–8 April 2004" in response.text


def test_each_language_has_its_own_cached_answer_and_etag(client):
    en, ru = client.get(f"/events/{SIGNING}/"), client.get(f"/ru/events/{SIGNING}/")
    assert en["ETag"] != ru["ETag"]
    # A repeated visit is answered from the cache in its own language.
    assert "7–8 апреля 2004 г." in client.get(f"/ru/events/{SIGNING}/").text
    assert "7–8 April 2004" in client.get(f"/events/{SIGNING}/").text


@pytest.mark.parametrize("path", ["/ru/no-such-page/", "/en/", f"/ru/people/{KELLER}x/"])
def test_an_address_with_no_page_in_either_language_is_not_found(client, path):
    assert client.get(path).status_code == 404


def test_quotes_are_marked_with_their_sources_language_on_every_page(client):
    Source.objects.filter(slug=WIRE).update(language=Language.RUSSIAN)
    for path in ("/", "/ru/", f"/ru/events/{TALKS}/"):
        figures = re.findall(r'<figure class="quote".*?</figure>', client.get(path).text, re.S)
        wire = [figure for figure in figures if f"/sources/{WIRE}/" in figure]
        assert wire
        for figure in figures:
            language = "ru" if figure in wire else "en"
            assert f'<blockquote lang="{language}">' in figure
            assert f'lang="{language}">' in figure.split("<figcaption>")[1]


@pytest.mark.parametrize(
    "path", ["/ru/?view=axis", f"/ru/sources/{GAZETTE}/", f"/ru/events/{SIGNING}/"]
)
def test_a_russian_date_ending_a_sentence_keeps_one_full_stop(client, path):
    html = client.get(path).text
    assert "г." in html
    assert "г.." not in html


@pytest.mark.parametrize("path", ["/ru/", "/ru/?view=axis", "/ru/embed/axis/"])
def test_drawings_coordinates_are_numbers_in_every_language(client, path):
    # Russian writes 12,5 for 12.5: an SVG coordinate must not.
    html = client.get(path).text
    coordinates = re.findall(r' (?:x|y|cx|x1|x2|width|height)="([^"]*)"', html)
    assert any("." in value for value in coordinates)
    assert [value for value in coordinates if "," in value] == []


def api_event(client, slug, **headers_and_query):
    query = headers_and_query.pop("query", "")
    response = client.get(f"/api/events/?{query}", headers=headers_and_query)
    assert response.status_code == 200
    return response, next(item for item in response.json()["results"] if item["slug"] == slug)


def test_the_api_answers_in_the_language_asked_for(client):
    english, event = api_event(client, SIGNING)
    assert event["display_date"] == "7–8 April 2004"
    for asked in ({"query": "lang=ru"}, {"accept-language": "ru"}):
        russian, in_russian = api_event(client, SIGNING, **asked)
        assert in_russian["display_date"] == "7–8 апреля 2004 г."
        # Only the readable values change: the fields and the machine values stay.
        assert in_russian.keys() == event.keys()
        assert in_russian["start_date"] == event["start_date"]
        assert russian["ETag"] != english["ETag"]
        assert "Accept-Language" in russian["Vary"]
    # ?lang= wins over the browser's language.
    _, chosen = api_event(client, SIGNING, query="lang=en", **{"accept-language": "ru"})
    assert chosen["display_date"] == "7–8 April 2004"


@pytest.mark.parametrize("path", ["/api/events/", "/export/events.csv", "/api/people/"])
def test_a_language_the_site_does_not_speak_is_refused(client, path):
    response = client.get(f"{path}?lang=xx")
    assert response.status_code == 400
    assert "en-gb, ru" in response.json()["lang"][0]


def csv_lines(client, query):
    response = client.get(f"/export/events.csv?{query}")
    return b"".join(response.streaming_content).decode().splitlines()


def test_exports_keep_their_columns_and_give_readable_values_in_the_language(client):
    english = csv_lines(client, "event_type=agreement_signed")
    russian = csv_lines(client, "event_type=agreement_signed&lang=ru")
    assert russian[0] == english[0]
    assert "7–8 April 2004" in english[1]
    assert "7–8 апреля 2004 г." in russian[1]


def links_to_these_events(html):
    """The page's links to its events in the API and the exports (with its filters)."""
    return re.findall(r'href="(/(?:export|api)/[^"?]*\?[^"]*)"', html)


def test_a_russian_pages_export_and_api_links_carry_its_language(client):
    russian = links_to_these_events(client.get("/ru/?event_type=agreement_signed").text)
    english = links_to_these_events(client.get("/?event_type=agreement_signed").text)
    assert len(russian) == len(english) > 5
    assert all("lang=ru" in link for link in russian)
    assert not any("lang=" in link for link in english)


def test_the_openapi_schema_documents_the_language_of_every_route(client):
    schema = client.get("/api/schema/?format=json").json()
    for path, operations in schema["paths"].items():
        for operation in operations.values():
            names = {(p["name"], p["in"]) for p in operation["parameters"]}
            assert {("lang", "query"), ("Accept-Language", "header")} <= names, path


def test_the_admin_names_the_records_in_the_editors_language(editor_client):
    russian = editor_client.get("/admin/", headers={"accept-language": "ru"}).text
    for name in ("События", "Источники", "Люди", "Места", "Организации", "Соглашения"):
        assert f">{name}<" in russian
    english = editor_client.get("/admin/").text
    assert ">Events<" in english
    assert ">События<" not in english
