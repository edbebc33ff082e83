"""The templates' own words in Russian under ``/ru/``, with Russian plurals; the English
pages keep their wording to the byte (the English text is the catalogue's msgid)."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from tests.dataset import BRUSSELS, KELLER, NATO, SIGNING

pytestmark = pytest.mark.django_db

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "ru" / "LC_MESSAGES" / "django.po"


def title(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


def test_the_timeline_speaks_russian_under_ru(client):
    html = client.get("/ru/").text
    assert title(html) == ("Хронология сотрудничества России и НАТО · Россия и НАТО: хронология")
    for russian in [
        "<h1>Хронология сотрудничества России и НАТО</h1>",
        "Перейти к основному содержанию",
        "В ней <strong>5 событий</strong>",
        "по материалам 2 источников:",
        "<strong>5</strong> событий.",
        '<h2 id="filters-heading">Фильтры событий</h2>',
        '<button type="submit">Применить фильтры</button>',
        'placeholder="ГГГГ-ММ-ДД"',
        'aria-label="Выгрузка этих событий"',
        "Лента новых и изменённых событий (Atom)",
        "Каждое событие подтверждено дословной цитатой из источника",
    ]:
        assert russian in html
    for english in [
        "NATO–Russia cooperation timeline",
        "NATO–Russia timeline",
        "Skip to main content",
        "Filter events",
        "Apply filters",
        "Export these events",
        "Every event is backed",
        "source quote",
    ]:
        assert english not in html


def test_the_english_timeline_keeps_its_words(client):
    html = client.get("/").text
    assert title(html) == "NATO–Russia cooperation timeline · NATO–Russia timeline"
    for english in [
        "It holds <strong>5 events</strong> dated 2004,",
        "drawn from 2 sources:",
        "<strong>5</strong> events.",
        '<h2 id="filters-heading">Filter events</h2>',
        "1 source quote</summary>",
        "Skip to main content",
    ]:
        assert english in html
    assert "Хронология" not in html


def test_a_filtered_count_takes_the_russian_plural_of_its_number(client):
    one = client.get(f"/ru/?person={KELLER}&event_type=agreement_signed").text
    three = client.get(f"/ru/?person={KELLER}").text
    assert "Этим фильтрам отвечает <strong>1</strong> событие." in one
    assert "Этим фильтрам отвечают <strong>3</strong> события." in three
    assert "1 event matches these filters" not in one
    assert (
        "<strong>1</strong> event matches these filters."
        in client.get(f"/?person={KELLER}&event_type=agreement_signed").text
    )


def test_an_entity_page_in_russian(client):
    html = client.get(f"/ru/people/{KELLER}/").text
    assert 'aria-label="Навигационная цепочка"><a href="/ru/">Хронология</a>' in html
    assert "Хронология: 3 события" in html
    assert "<dt>Должность</dt>" in html
    assert '<h2 id="related-heading">Связи</h2>' in html
    assert re.search(r"1<span class=\"visually-hidden\"> общее событие</span>", html)
    assert re.search(r"2<span class=\"visually-hidden\"> общих события</span>", html)
    for english in ["Timeline: 3 events", "Related", "shared event", "Breadcrumb"]:
        assert english not in html
    assert "Timeline: 3 events" in client.get(f"/people/{KELLER}/").text


@pytest.mark.parametrize(
    ("path", "russian"),
    [
        (f"/ru/organizations/{NATO}/", "<dt>Сторона соглашений</dt>"),
        (f"/ru/places/{BRUSSELS}/", "<dt>Координаты</dt>"),
        ("/ru/people/", "Всего: 3."),
    ],
)
def test_other_pages_in_russian(client, path, russian):
    assert russian in client.get(path).text


def test_an_event_page_in_russian(client):
    html = client.get(f"/ru/events/{SIGNING}/").text
    for russian in [
        "<h2>Кто, где и что</h2>",
        "<h2>Источники</h2>",
        "Сообщает 1 источник.",
        "<dt>Дата</dt>",
        'aria-label="Соседние события"',
        "← Раньше",
        "Позже →",
    ]:
        assert russian in html
    for english in ["Who, where and what", "Reported by", "Neighbouring events", "← Earlier"]:
        assert english not in html
    assert "Reported by 1 source." in client.get(f"/events/{SIGNING}/").text


def test_the_not_found_page_in_each_language(client):
    russian = client.get("/ru/no-such-page/")
    assert russian.status_code == 404
    assert "<h1>Страница не найдена</h1>" in russian.text
    assert "Page not found" not in russian.text
    english = client.get("/no-such-page/")
    assert english.status_code == 404
    assert "<h1>Page not found</h1>" in english.text
    assert "Страница" not in english.text


@pytest.mark.parametrize(
    ("template", "russian", "english"),
    [
        ("500.html", "Что-то пошло не так", "Something went wrong"),
        ("503.html", "Хронология временно недоступна", "The timeline is temporarily unavailable"),
    ],
)
def test_the_error_pages_in_each_language(template, russian, english):
    with translation.override("ru"):
        html = render_to_string(template)
    assert russian in html and english not in html
    with translation.override("en-gb"):
        html = render_to_string(template)
    assert english in html and russian not in html


def test_the_sign_in_lockout_page_counts_attempts_in_russian():
    with translation.override("ru"):
        html = render_to_string("429.html", {"failure_limit": 5, "username": "editor"})
    assert '<html lang="ru">' in html
    assert "После 5 неудачных попыток вход отсюда под именем «editor»" in html


@pytest.mark.parametrize("catalogue", [CATALOGUE, CATALOGUE.with_name("djangojs.po")])
def test_every_string_in_the_catalogues_is_translated(catalogue):
    """No empty and no fuzzy translation, and every plural form of a plural one."""
    entries = catalogue.read_text(encoding="utf-8").split("\n\n")[1:]
    untranslated = [
        entry
        for entry in entries
        if "#, fuzzy" in entry
        or re.search(r'^msgstr(\[\d\])? ""$', entry, re.M)
        or ("msgid_plural" in entry and "msgstr[3]" not in entry)
    ]
    assert entries
    assert untranslated == []
