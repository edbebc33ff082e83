"""The editors' side in two languages: the admin follows the browser's language; the
scripts' messages come from the JavaScript catalogue of the page's language; the limit
pages answer in the address's language."""

import json
import re
from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from events.forms import DateWordsForm
from events.models import Citation, Event

from .admin_helpers import admin_form_data
from .factories import make_event, make_source

pytestmark = pytest.mark.django_db


def html_lang(html):
    return re.search(r'<html lang="([^"]+)"', html).group(1)


def add_url():
    return reverse("admin:events_event_add")


def test_the_admin_is_in_russian_when_the_browser_asks_for_it(editor_client):
    response = editor_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="ru,en;q=0.5")
    assert response.status_code == 200
    assert html_lang(response.text) == "ru"
    assert "Что вы хотите отредактировать?" in response.text
    assert "Выйти" in response.text  # Django's own Russian
    assert "Accept-Language" in response["Vary"]
    # The editors' help texts and labels too.
    form = editor_client.get(add_url(), HTTP_ACCEPT_LANGUAGE="ru").text
    assert "Дата словами" in form
    assert "На общедоступном сайте видны только опубликованные события." in form


def test_the_admin_stays_in_english_without_russian_in_the_browser(editor_client):
    for accept in ({}, {"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.8"}):
        response = editor_client.get(reverse("admin:index"), **accept)
        assert html_lang(response.text) == "en-gb"
        assert "What would you like to edit?" in response.text
    form = editor_client.get(add_url()).text
    assert "Date in words" in form
    assert "Only published events appear on the public site." in form


def test_only_the_admin_follows_the_browser_the_public_pages_follow_the_address(client):
    assert html_lang(client.get("/", HTTP_ACCEPT_LANGUAGE="ru").text) == "en-gb"
    assert html_lang(client.get("/ru/", HTTP_ACCEPT_LANGUAGE="en").text) == "ru"


def test_a_russian_editor_gets_russian_validation_messages_and_keeps_english_notes(
    editor_client,
):
    event = make_event(start_date=date(2004, 4, 5))
    source = make_source(title="Tuesday's paper", publication_date=date(2004, 4, 6))
    Citation.objects.create(event=event, source=source, quote="NATO and Russia met on Monday.")
    url = reverse("admin:events_event_change", args=[event.pk])
    data = admin_form_data(editor_client.get(url, HTTP_ACCEPT_LANGUAGE="ru"))
    data |= {"date_words": "Thursday", "_resolve_date": "1"}
    response = editor_client.post(url, data, HTTP_ACCEPT_LANGUAGE="ru")
    form = response.context["adminform"].form
    assert form.errors["date_words"] == [
        "Распознано как 1 апреля 2004 г.: поля даты и примечание ниже заполнены. "
        "Проверьте их, затем сохраните."
    ]
    # The note is stored with the event, in the language of the site's content.
    note = form["date_note"].value()
    assert "Counted from 6 April 2004, the publication of “Tuesday's paper”." in note

    events = Event.objects.count()
    data = admin_form_data(editor_client.get(add_url(), HTTP_ACCEPT_LANGUAGE="ru"))
    data |= {"date_words": "whenever", "date_reference": "2004-04-06", "_resolve_date": "1"}
    response = editor_client.post(add_url(), data, HTTP_ACCEPT_LANGUAGE="ru")
    [error] = response.context["adminform"].form.errors["date_words"]
    assert error.startswith("Из «whenever» не удалось распознать дату.")
    assert Event.objects.count() == events


def test_the_event_forms_messages_in_english_are_unchanged():
    with translation.override("en-gb"):
        form = DateWordsForm({"date_words": "whenever", "date_reference": "2004-04-06"})
        assert not form.is_valid()
        assert form.errors["date_words"][0].startswith("No date could be read from “whenever”.")
    with translation.override("ru"):
        form = DateWordsForm({"date_words": "1997 and 2004", "date_reference": "2004-04-06"})
        assert not form.is_valid()
        assert form.errors["date_words"] == [
            "В «1997 and 2004» больше одной даты (1997 г.; 2004 г.): введите одну дату "
            "или один промежуток."
        ]


def catalog(response):
    """The messages of a ``JavaScriptCatalog`` script."""
    found = re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.S)
    return json.loads(found.group(1)) if found else {}


def test_the_admins_catalogue_has_the_scripts_messages(editor_client):
    # The scripts with messages run in the admin, whose pages load its catalogue.
    response = editor_client.get(reverse("admin:jsi18n"), HTTP_ACCEPT_LANGUAGE="ru")
    messages = catalog(response)
    assert messages["nothing yet"] == "пока ничего"
    assert messages["“%s”"] == "«%s»"
    assert messages["Reading the date…"] == "Дата распознаётся…"


def test_the_limit_pages_answer_in_the_addresss_language(client):
    too_many = "&".join(["q=a"] * 51)
    [message] = client.get(f"/ru/?{too_many}").json()["q"]
    assert message == ("Передано значений: 51; для одного параметра принимается не более 50.")
    [message] = client.get(f"/?{too_many}").json()["q"]
    assert message == "Given 51 times; at most 50 values a parameter are accepted."
    spread = "&".join(f"p{n}=a" for n in range(101))
    assert client.get(f"/ru/?{spread}").json() == {
        "non_field_errors": ["Всего значений параметров: 101; принимается не более 100."]
    }
    assert client.get(f"/api/events/?{spread}").json() == {
        "non_field_errors": ["101 parameter values; at most 100 are accepted."]
    }
    response = client.post("/ru/", CONTENT_LENGTH=str(300 * 1024 * 1024))
    assert response.status_code == 413
    assert response.content.decode() == (
        "Слишком большой запрос: за один раз можно отправить не более 8 МБ."
    )
    response = client.get("/ru/?q=%FF")
    assert response.status_code == 400
    assert response.content.decode().startswith("Неверный запрос:")
    assert client.get("/?q=%FF").content.decode() == (
        "Bad request: the query string is not valid UTF-8 once percent-decoded."
    )
