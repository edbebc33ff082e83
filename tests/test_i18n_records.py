"""The records' own texts in both languages (``events/translation.py``): a Russian page
shows a record's Russian name, title or summary where it has one and its English one,
marked ``lang="en"``, where it has none; editors edit both side by side and the history
keeps both; search finds a record by either; the API answers in the language asked for.
"""

import re
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.db.models.query import FlatValuesListIterable
from django.urls import reverse
from django.utils import translation

from events import search
from events.models import Event, Person
from tests.admin_helpers import admin_form_data
from tests.factories import make_event

pytestmark = pytest.mark.django_db

LEBEDEV, MOROZOV = "oleg-lebedev", "pavel-morozov"


@pytest.fixture
def records():
    """Two events with a participant each: one translated, one in English only."""
    translated = make_event(
        slug="talks-on-the-ice",
        title="Talks on the ice",
        title_ru="Переговоры на льду",
        summary="Envoys meet on a frozen lake.",
        summary_ru="Посланники встречаются на замёрзшем озере.",
    )
    lebedev = Person.objects.create(
        slug=LEBEDEV, name="Oleg Lebedev", name_ru="Олег Лебедев", role="Envoy", role_ru="посланник"
    )
    translated.participations.create(person=lebedev, role="host")
    english_only = make_event(
        slug="buoys-counted", title="Buoys counted", summary="The buoys are counted."
    )
    morozov = Person.objects.create(slug=MOROZOV, name="Pavel Morozov", role="Harbour master")
    english_only.participations.create(person=morozov, role="counter")
    return translated, english_only


def element(html, text):
    """The opening tag of the innermost element of the page's body whose text starts with
    ``text``."""
    body = html[html.index("<body") :]
    match = re.search(r"<(\w+)([^<>]*)>\s*" + re.escape(text), body)
    assert match, f"{text!r} not found"
    return match.group(0)


def test_a_russian_page_shows_the_russian_texts_unmarked(client, records):
    html = client.get("/ru/events/talks-on-the-ice/").text
    assert 'lang="en"' not in element(html, "Переговоры на льду")
    assert 'lang="en"' not in element(html, "Посланники встречаются")
    assert 'lang="en"' not in element(html, "Олег Лебедев")
    assert "Talks on the ice" not in html


def test_a_missing_translation_shows_the_english_marked(client, records):
    html = client.get("/ru/events/buoys-counted/").text
    assert 'lang="en"' in element(html, "Buoys counted")
    assert 'lang="en"' in element(html, "The buoys are counted.")
    assert 'lang="en"' in element(html, "Pavel Morozov")


def test_an_english_page_shows_the_english_texts_unmarked(client, records):
    html = client.get("/events/talks-on-the-ice/").text
    assert "Talks on the ice" in html and "Переговоры" not in html
    assert 'lang="en"' not in element(html, "Talks on the ice")


def test_the_timeline_cards_facets_and_person_page_follow_the_language(client, records):
    timeline = client.get("/ru/").text
    assert 'lang="en"' not in element(timeline, "Переговоры на льду")
    assert 'lang="en"' in element(timeline, "Buoys counted")
    # The facet of people names each in the page's language where it can.
    assert 'lang="en"' not in element(timeline, "Олег Лебедев")
    person = client.get(f"/ru/people/{LEBEDEV}/").text
    assert "<h1>Олег Лебедев</h1>" in person
    assert "посланник" in person


def test_the_api_answers_in_the_language_asked_for(client, records):
    url = reverse("api-event-list")
    russian = {e["slug"]: e["title"] for e in client.get(f"{url}?lang=ru").json()["results"]}
    assert russian["talks-on-the-ice"] == "Переговоры на льду"
    assert russian["buoys-counted"] == "Buoys counted"
    english = {e["slug"]: e["title"] for e in client.get(url).json()["results"]}
    assert english["talks-on-the-ice"] == "Talks on the ice"


def test_the_api_names_linked_rows_in_the_language_asked_for(client, records):
    url = reverse("api-event-list")

    def people(language):
        events = client.get(url, {"lang": language}).json()["results"]
        names = {person["slug"]: person["name"] for e in events for person in e["people"]}
        return {slug: names[slug] for slug in (LEBEDEV, MOROZOV)}

    assert people("ru") == {LEBEDEV: "Олег Лебедев", MOROZOV: "Pavel Morozov"}
    assert people("en") == {LEBEDEV: "Oleg Lebedev", MOROZOV: "Pavel Morozov"}


def test_values_of_columns_are_read_as_django_reads_them_and_fields_in_the_language(records):
    slugs = ["buoys-counted", "talks-on-the-ice"]
    with translation.override("ru"):
        titles = Event.objects.filter(slug__in=slugs).order_by("slug")
        shown = titles.values_list("title", flat=True)
        assert list(shown) == ["Buoys counted", "Переговоры на льду"]
        # Columns only: Django's own rows, without modeltranslation's fallback (its cost
        # per row is a broad search's second), and a filter after them still rewritten.
        found = Event.objects.values_list("slug", flat=True).filter(title="Переговоры на льду")
        assert found._iterable_class is FlatValuesListIterable
        assert list(found) == ["talks-on-the-ice"]


@pytest.mark.parametrize("typed", ["Лебедев", "Лебедева", "с Лебедевым", "Lebedev"])
def test_search_finds_a_person_by_either_name_in_any_case(records, typed):
    found = search.matching(Event.objects.published(), search.Search.read(typed))
    assert set(found.values_list("slug", flat=True)) == {"talks-on-the-ice"}


def test_a_match_on_a_russian_page_is_shown_in_russian(records):
    event = Event.objects.get(slug="talks-on-the-ice")
    with translation.override("ru"):
        search.explain([event], search.Search.read("Lebedev").terms)
        ((reason),) = event.reasons
        assert (reason.kind, reason.language) == ("person", "ru")
        assert str(reason.text) == "Олег Лебедев (Oleg <mark>Lebedev</mark>)"
        search.explain([event], search.Search.read("льду").terms)
        assert str(event.reasons[0].text) == "Переговоры на <mark>льду</mark>"
    search.explain([event], search.Search.read("льду").terms)
    assert (event.reasons[0].language, str(event.reasons[0].text)) == (
        "ru",
        "Переговоры на <mark>льду</mark>",
    )


def test_a_russian_title_written_by_raw_sql_is_found_at_once(records):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE events_event SET title_ru = %s WHERE slug = %s",
            ["Подсчёт буёв", "buoys-counted"],
        )
    found = search.matching(Event.objects.published(), search.Search.read("буёв"))
    assert set(found.values_list("slug", flat=True)) == {"buoys-counted"}


def test_editors_edit_both_languages_side_by_side_and_the_history_keeps_both(
    editor_client, records
):
    event = Event.objects.get(slug="buoys-counted")
    url = reverse("admin:events_event_change", args=[event.pk])
    page = editor_client.get(url)
    form = page.context["adminform"].form
    assert {"title_en", "title_ru", "summary_en", "summary_ru"} <= set(form.fields)
    assert "title" not in form.fields
    data = admin_form_data(page) | {"title_ru": "Буи пересчитаны"}
    assert editor_client.post(url, data).status_code == 302

    latest = event.history.first()
    assert (latest.title_en, latest.title_ru) == ("Buoys counted", "Буи пересчитаны")
    delta = latest.diff_against(latest.prev_record)
    assert delta.changed_fields == ["title_ru"]


def test_a_blank_translation_is_stored_as_none(editor_client, records):
    event = Event.objects.get(slug="talks-on-the-ice")
    url = reverse("admin:events_event_change", args=[event.pk])
    data = admin_form_data(editor_client.get(url)) | {"summary_ru": ""}
    assert editor_client.post(url, data).status_code == 302
    event.refresh_from_db()
    assert event.summary_ru is None
    with translation.override("ru"):
        assert (event.summary, event.summary.language) == ("Envoys meet on a frozen lake.", "en")


def test_a_title_or_name_in_neither_language_is_refused_by_the_database(records):
    from django.db import IntegrityError, transaction

    # Russian alone will do (a draft from a Russian article); neither will not.
    Event.objects.filter(slug="talks-on-the-ice").update(title_en=None)
    for title in (None, ""):
        with pytest.raises(IntegrityError), transaction.atomic():
            Event.objects.filter(slug="talks-on-the-ice").update(title_ru=title)
    with pytest.raises(IntegrityError), transaction.atomic():
        Person.objects.filter(slug=MOROZOV).update(name_en="")


def test_a_record_with_only_a_russian_text_shows_it_marked_on_an_english_page(client, records):
    Event.objects.filter(slug="talks-on-the-ice").update(title_en=None, summary_en=None)
    html = client.get("/events/talks-on-the-ice/").text
    assert 'lang="ru"' in element(html, "Переговоры на льду")
    assert 'lang="ru"' in element(html, "Посланники встречаются")


def test_the_entity_index_finds_a_person_by_a_russian_form(client, records):
    html = client.get(f"/ru/people/?{urlencode({'q': 'Лебедева'})}").text
    assert "Олег Лебедев" in html and "Pavel Morozov" not in html


@pytest.mark.parametrize("typed", ["Oleg", "Олег", "Олегом", "Oleg Lebedev", "Олега Лебедева"])
def test_a_person_is_found_by_either_script_and_their_spellings(records, typed):
    found = search.matching(Event.objects.published(), search.Search.read(typed))
    assert set(found.values_list("slug", flat=True)) == {"talks-on-the-ice"}


def test_a_transliteration_variant_finds_the_name(records):
    # "Lebedew" is how a German text writes him: a letter from the name it finds.
    (term,) = search.Search.read("Lebedew").terms
    assert term.alternatives == ("lebedev",)


def test_the_exports_readable_values_follow_the_language(client, records):
    url = reverse("exports:events-csv")
    russian = b"".join(client.get(f"{url}?lang=ru").streaming_content).decode()
    english = b"".join(client.get(url).streaming_content).decode()
    assert "Переговоры на льду" in russian and "Talks on the ice" not in russian
    assert "Talks on the ice" in english and "Переговоры" not in english
    assert russian.splitlines()[0] == english.splitlines()[0]  # the same columns


def test_the_english_index_finds_a_person_by_a_russian_other_name(client, records):
    Person.objects.filter(slug=LEBEDEV).update(
        aliases_en="Envoy of the North", aliases_ru="Посланник Севера"
    )
    html = client.get(f"/people/?{urlencode({'q': 'посланника севера'})}").text
    assert "Oleg Lebedev" in html and "Pavel Morozov" not in html
