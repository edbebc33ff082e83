"""The records' own texts (titles, summaries, names …) are in English until they have
Russian versions: a page in another language marks each of them ``lang="en"``; the English
pages, in the records' language, are as they were."""

import re

import pytest
from django.utils import translation

from events.models import DATA_LANGUAGE, data_lang
from tests.dataset import GAZETTE, KELLER, SIGNING, TRANSIT

pytestmark = pytest.mark.django_db

PAGES = ["/", f"/events/{SIGNING}/", f"/people/{KELLER}/", "/people/", f"/?person={KELLER}"]


def body(html):
    return html[html.index("<body") :]


def test_a_records_text_needs_a_language_only_on_a_page_in_another():
    assert DATA_LANGUAGE == "en"
    with translation.override("ru"):
        assert data_lang() == "en"
        assert data_lang("ru") == ""  # a Russian source's quote on a Russian page
    for page in ("en-gb", "en"):
        with translation.override(page):
            assert data_lang() == ""
            assert data_lang("ru") == "ru"


def test_the_russian_event_page_marks_its_title_summary_and_names(client):
    html = client.get(f"/ru/events/{SIGNING}/").text
    assert '<h1 lang="en">Transit agreement signed</h1>' in html
    assert (
        '<p class="lede" lang="en">NATO and Russia sign an agreement on the transit of supplies.'
        in html
    )
    assert f'<a href="/ru/people/{KELLER}/" lang="en">Marta Keller</a>' in html
    assert f'<a href="/ru/agreements/{TRANSIT}/" lang="en">TA</a>' in html


def test_a_russian_card_marks_its_title_link_and_people_links(client):
    html = client.get("/ru/").text
    card = re.search(rf'<article class="event[^"]*" id="event-{SIGNING}">.*?</article>', html, re.S)
    card = card.group(0)
    assert re.search(
        rf'<a href="/ru/events/{SIGNING}/" lang="en">Transit agreement signed</a>', card
    )
    assert re.search(r'<p class="event__summary" lang="en">NATO and Russia sign', card)
    assert f'<a href="/ru/people/{KELLER}/" lang="en">Marta Keller</a>' in card
    # The role after a name, in brackets, is the record's too.
    assert '<span class="role" lang="en">(signatory)</span>' in card


def test_an_entity_page_an_index_row_and_a_facet_option_are_marked(client):
    assert '<h1 lang="en">Marta Keller</h1>' in client.get(f"/ru/people/{KELLER}/").text
    index = client.get("/ru/people/").text
    assert (
        f'<a class="index-list__name" href="/ru/people/{KELLER}/" lang="en">Marta Keller</a>'
        in index
    )
    timeline = client.get(f"/ru/?person={KELLER}").text
    assert re.search(
        rf'<label for="f-person-{KELLER}"><span lang="en">Marta Keller</span> ', timeline
    )
    # The chip: the interface's word for the filter, then the name, marked.
    assert re.search(r'Лицо: <span lang="en">Marta Keller</span>', timeline)
    source = client.get(f"/ru/sources/{GAZETTE}/").text
    assert '<h1 lang="en">Lavrentiev visits NATO</h1>' in source


def test_interface_text_and_unmarkable_places_stay_unmarked(client):
    html = client.get(f"/ru/events/{SIGNING}/").text
    assert "<title>Transit agreement signed ·" in html  # <title> cannot say its language
    assert re.search(r"<dt>Люди</dt>", html)


@pytest.mark.parametrize("path", PAGES)
def test_the_english_pages_mark_no_record_text(client, path):
    html = body(client.get(path).text)
    # Quotes and a source's text carry their source's language on every page, as before.
    html = re.sub(r'<figure class="quote".*?</figure>', "", html, flags=re.S)
    assert 'lang="en"' not in html
