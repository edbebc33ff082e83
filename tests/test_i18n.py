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
    query = f"person={KELLER}&event_type=signing&page=1"
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
