"""Strings written by the public site's Python code (kinds, filters, the chart, the axis,
page and search problems, choice labels) in the page's language: Russian under ``/ru/``,
English, exactly as before, at the English addresses."""

import re

import pytest
from django.utils import translation

from events import axis, charts, search
from events.models import Event
from tests.dataset import KELLER, SIGNING

pytestmark = pytest.mark.django_db


def texts(html, css_class):
    """The text of every ``<text class="…css_class…">`` in ``html``."""
    return re.findall(rf'<text class="[^"]*{css_class}[^"]*"[^>]*>([^<]*)</text>', html)


def test_the_timeline_names_kinds_and_facets_in_russian(client):
    html = client.get("/ru/").text
    for label in ("Люди", "Соглашения", "Места", "Организации", "Источники", "Хронология"):
        assert f">{label}<" in html, label
    # Facets: the kinds' singular names and the choices' labels.
    for label in ("Лицо", "Тип события", "Статус", "Подписание соглашения", "Запланировано"):
        assert label in html, label
    assert "Agreement signed" not in html


def test_the_english_timeline_is_unchanged(client):
    html = client.get("/").text
    for label in ("People", "Agreements", "Places", "Organizations", "Sources", "Timeline"):
        assert f">{label}<" in html, label
    assert "Agreement signed" in html
    assert "Люди" not in html


def test_chips_read_in_russian(client):
    html = client.get(f"/ru/?event_type=agreement_signed&person={KELLER}").text
    assert "Тип события: Подписание соглашения" in html
    assert "Лицо: Marta Keller" in html  # the name is data: never translated
    assert "Поиск: «transit»" in client.get("/ru/?q=transit").text
    assert "Search: “transit”" in client.get("/?q=transit").text


def test_a_page_past_the_last_is_refused_in_russian(client):
    response = client.get("/ru/?page=5")
    assert response.status_code == 404
    assert "Страницы 5 нет: эти результаты занимают 1 страницу." in response.text
    english = client.get("/?page=5")
    assert english.status_code == 404
    assert "There is no page 5: these results fill 1 page." in english.text


def test_a_bad_page_number_and_sort_are_refused_in_russian(client):
    response = client.get("/ru/?page=abc")
    assert response.status_code == 400
    assert "Номер страницы: Ожидалось целое число от 1 до 1000000." in response.text
    response = client.get("/ru/?sort=oldest")
    assert response.status_code == 400
    assert "«sort»: выберите relevance (по релевантности) или date (по дате)." in response.text


def test_filter_validation_messages_are_russian(client):
    response = client.get("/ru/?date_from=04/05/2004")
    assert response.status_code == 400
    assert "можно прочитать как разные даты" in response.text
    assert "ГГГГ-ММ-ДД" in response.text
    response = client.get("/ru/?date_from=2005&date_to=2004")
    assert "Конец периода раньше его начала." in response.text


def test_chart_months_are_russian_abbreviations(client):
    assert texts(client.get("/ru/").text, "chart__axis--month") == ["апр", "май"]
    assert texts(client.get("/").text, "chart__axis--month") == ["Apr", "May"]


def test_year_only_heading_is_russian(client):
    assert ">В течение 2004 г.<" in client.get("/ru/").text
    assert ">Sometime in 2004<" in client.get("/").text


def test_entity_page_headings_are_russian(client):
    html = client.get(f"/ru/people/{KELLER}/").text
    assert "Другие участники" in html
    assert "Co-participants" not in client.get(f"/ru/people/{KELLER}/").text


def test_the_axis_speaks_russian(client):
    html = client.get("/ru/?view=axis&lanes=person").text
    for text in ("Раньше", "Приблизить", "Дата известна с точностью до дня", "Без дорожек"):
        assert text in html, text
    response = client.get("/ru/?view=axis&lanes=nobody")
    assert response.status_code == 400
    assert "«lanes»: дорожки «nobody» нет" in response.text


def test_search_problems_and_reasons_are_russian(client):
    response = client.get("/ru/?q=the")
    assert response.status_code == 400
    assert "Введите хотя бы одно слово, не столь частое, как «the» или «and»." in response.text
    with translation.override("ru"):
        with pytest.raises(search.SearchProblem, match="не более 12 слов или фраз"):
            search.parse(" ".join(f"w{n}" for n in range(13)))
        assert str(search.Reason("quote", "").where) == "цитата"


def test_quote_reader_link_and_status_tag_are_russian(client):
    html = client.get(f"/ru/events/{SIGNING}/").text
    assert "(читать в контексте)" in html
    assert "Подписание соглашения" in html


def test_plural_lanes_and_clusters_follow_russian_grammar():
    with translation.override("ru"):
        cluster = axis.Cluster(0, 5, *[axis.FIRST_DAY] * 2)
        assert cluster.name.startswith("5 событий, ")
        assert axis.Cluster(0, 22, *[axis.FIRST_DAY] * 2).name.startswith("22 события, ")
        from events.kinds import BY_PARAM

        assert BY_PARAM["person"].others % {"count": 3} == "ещё 3 лица"
        assert str(Event.Status.EXPECTED.label) == "Ожидается"
    with translation.override("en-gb"):
        assert axis.Cluster(0, 1, *[axis.FIRST_DAY] * 2).name.startswith("1 event, ")
        assert str(charts.MONTH_ABBREVIATIONS[5]) == "May"
