"""Revision history: every change is recorded field by field and can be reverted in the admin."""

import pytest
from django.urls import reverse

from events.history import word_diff
from events.models import Citation, Event, Participation, Person, Place

from .admin_helpers import admin_form_data, form_errors
from .dataset import LAVRENTIEV
from .factories import make_event, make_source

pytestmark = pytest.mark.django_db


def change_url(event):
    return reverse("admin:events_event_change", args=[event.pk])


def edit(client, obj, **fields):
    url = reverse(f"admin:events_{obj._meta.model_name}_change", args=[obj.pk])
    data = admin_form_data(client.get(url))
    data.update(fields)
    response = client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    obj.refresh_from_db()


def test_an_edit_is_recorded_with_who_when_and_each_changed_field(editor_client, editor):
    event = Event.objects.get(slug="lavrentiev-visits-brussels")
    old_title = event.title
    edit(editor_client, event, title_en="De Hoop Scheffer in Moscow", status="planned")

    latest = event.history.first()
    assert latest.history_user == editor
    assert latest.history_type == "~"
    delta = latest.diff_against(latest.prev_record)
    assert set(delta.changed_fields) == {"title_en", "status"}

    page = editor_client.get(reverse("admin:events_event_history", args=[event.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert f"{old_title}\n" in html or old_title in html
    assert "De Hoop Scheffer in Moscow" in html
    assert "<strong>Title [en]:</strong>" in html
    assert "<strong>Status:</strong>\n" in html  # Labels, not codes:
    assert "<del>Occurred</del>\n" in html
    assert "&nbsp;&rarr;&nbsp;&nbsp;<ins>Planned</ins>" in html
    assert "<strong>Version:</strong>" not in html  # Bookkeeping is left out.
    assert "<strong>Created at:</strong>" not in html
    assert editor.username in html


def test_reverting_restores_the_earlier_values(editor_client):
    event = Event.objects.get(slug="lavrentiev-visits-brussels")
    original = (event.title, event.summary, event.start_date, event.date_precision)
    seeded = event.history.first()  # The load gives every seeded record a first version.
    edit(
        editor_client,
        event,
        title_en="Wrong title",
        summary_en="Wrong summary.",
        start_date_0="2005",
        start_date_1="",
        start_date_2="",
        end_date_0="",
        end_date_1="",
        end_date_2="",
    )
    assert event.date_precision == "year"

    versions_before_revert = event.history.count()
    url = reverse("admin:events_event_simple_history", args=[event.pk, seeded.pk])
    revert_page = editor_client.get(url)
    assert revert_page.status_code == 200
    response = editor_client.post(url, admin_form_data(revert_page))
    assert response.status_code == 302, form_errors(response)
    event.refresh_from_db()
    assert (event.title, event.summary, event.start_date, event.date_precision) == original
    assert event.history.count() == versions_before_revert + 1  # the revert is a new version
    assert event.history.first().title_en == original[0]


def test_a_revert_opened_before_someone_else_saved_is_refused(editor_client):
    event = make_event(title="First")
    edit(editor_client, event, title_en="Second")
    first = event.history.last()
    url = reverse("admin:events_event_simple_history", args=[event.pk, first.pk])
    revert = admin_form_data(editor_client.get(url))
    edit(editor_client, event, title_en="Third")

    response = editor_client.post(url, revert)
    assert response.status_code == 200
    message, choice = response.context["adminform"].form.non_field_errors()
    assert "Title [en]: <del>Second</del> → <ins>Third</ins>" in message
    # Both changed the title since "Second": the revert's and theirs are offered.
    assert 'Keep theirs:</label> <span class="merge-value">Third' in choice
    assert 'Keep yours:</label> <span class="merge-value">First' in choice
    event.refresh_from_db()
    assert event.title == "Third"

    again = {**admin_form_data(response), "merge-title": "yours"}
    assert editor_client.post(url, again).status_code == 302
    event.refresh_from_db()
    assert event.title == "First"


def test_a_conflict_on_a_record_without_history_still_explains_itself(editor_client):
    person = Person.objects.get(slug="boris-lavrentiev")
    url = reverse("admin:events_person_change", args=[person.pk])
    stale = admin_form_data(editor_client.get(url))
    Person.objects.get(pk=person.pk).save()
    person.history.all().delete()

    response = editor_client.post(url, stale)
    assert response.status_code == 200
    [message] = response.context["adminform"].form.non_field_errors()
    assert "changed by someone else after you opened it" in message


def test_a_re_save_without_changes_says_so(editor_client):
    event = make_event()
    stale = admin_form_data(editor_client.get(change_url(event)))
    Event.objects.get(pk=event.pk).save()
    response = editor_client.post(change_url(event), stale)
    [message] = response.context["adminform"].form.non_field_errors()
    assert "nothing visible (only a re-save)" in message


def test_reverting_restores_linked_places_too(editor_client):
    event = Event.objects.get(slug="lavrentiev-visits-brussels")
    places = set(event.places.all())
    seeded = event.history.first()
    other = Place.objects.exclude(pk__in=[place.pk for place in places]).first()
    edit(editor_client, event, places=[str(other.pk)])
    assert set(event.places.all()) == {other}

    url = reverse("admin:events_event_simple_history", args=[event.pk, seeded.pk])
    response = editor_client.post(url, admin_form_data(editor_client.get(url)))
    assert response.status_code == 302, form_errors(response)
    assert set(event.places.all()) == places


def test_every_seeded_record_has_a_first_version_to_revert_to():
    for model in (Event, Person, Place):
        assert not model.objects.exclude(pk__in=model.history.values("id")).exists()


def test_reverting_restores_citations_and_participants_as_one_history_entry(editor_client):
    event = make_event(title="Before")
    source = make_source(text="NATO and Russia met on Monday. Ivanov spoke.")
    citation = Citation.objects.create(event=event, source=source, quote="met on Monday")
    ivanov = Person.objects.get(slug=LAVRENTIEV)
    Participation.objects.create(event=event, person=ivanov, role="host")
    edit(editor_client, event, title_en="Before, saved")
    version = event.history.first()  # Its rows: the citation, and Ivanov as host.

    url = change_url(event)
    data = admin_form_data(editor_client.get(url))
    data.update(
        {
            "title_en": "After",
            "participations-0-role": "guest",
            "citations-0-DELETE": "on",
            "citations-1-source": str(source.pk),
            "citations-1-quote": "Ivanov spoke.",
        }
    )
    assert editor_client.post(url, data).status_code == 302
    assert list(event.citations.values_list("quote", flat=True)) == ["Ivanov spoke."]

    history = editor_client.get(reverse("admin:events_event_history", args=[event.pk]))
    html = history.content.decode()
    assert "Citation removed" in html and "met on Monday" in html
    assert "Citation added" in html and "Ivanov spoke." in html
    assert "Participation changed" in html and f"{ivanov.name} (guest)" in html

    revert_url = reverse("admin:events_event_simple_history", args=[event.pk, version.pk])
    preview = editor_client.get(revert_url)
    preview_html = preview.content.decode()
    assert f"{ivanov.name} (host)" in preview_html
    assert "met on Monday" in preview_html and "Ivanov spoke." not in preview_html

    entries = event.history.count()
    response = editor_client.post(revert_url, admin_form_data(preview))
    assert response.status_code == 302, form_errors(response)
    event.refresh_from_db()
    assert event.title == "Before, saved"
    assert list(event.citations.values_list("pk", "quote")) == [(citation.pk, "met on Monday")]
    assert list(event.participations.values_list("person", "role")) == [(ivanov.pk, "host")]
    assert event.history.count() == entries + 1  # One entry for the whole revert.
    html = editor_client.get(reverse("admin:events_event_history", args=[event.pk])).content
    latest = html.decode().split("<tbody>")[1].split("<tr>")[1]
    assert "Citation added" in latest and "met on Monday" in latest
    assert "Citation removed" in latest and "Participation changed" in latest


def test_a_revert_whose_passage_left_its_source_is_a_form_error(editor_client):
    event = make_event()
    source = make_source(text="NATO and Russia met on Monday. Ivanov spoke.")
    citation = Citation.objects.create(event=event, source=source, quote="met on Monday")
    edit(editor_client, event, title_en="Saved once")
    version = event.history.first()
    edit(editor_client, event, title_en="Saved again", **{"citations-0-DELETE": "on"})
    assert not Citation.objects.filter(pk=citation.pk).exists()
    source.text = "Ivanov spoke."
    source.save()

    url = reverse("admin:events_event_simple_history", args=[event.pk, version.pk])
    response = editor_client.post(url, admin_form_data(editor_client.get(url)))
    assert response.status_code == 200
    assert any("no longer has that passage" in error for error in form_errors(response))
    event.refresh_from_db()
    assert event.title == "Saved again"


def test_a_long_text_is_shown_in_full_with_the_changed_words_marked(editor_client):
    opening = "NATO and Russia agreed to meet again in the spring, the communiqué said. " * 4
    event = make_event(summary=f"{opening}Talks were held in Brussels on Monday.")
    edit(editor_client, event, summary_en=f"{opening}Talks were held in Moscow on Monday.")
    html = editor_client.get(reverse("admin:events_event_history", args=[event.pk])).content
    html = html.decode()
    # In full: simple-history would shorten both to 100 characters.
    assert f"{opening}Talks were held in <del>Brussels</del> on Monday." in html
    assert f"{opening}Talks were held in <ins>Moscow</ins> on Monday." in html


def test_markup_in_a_changed_text_is_shown_as_text_never_run(editor_client):
    event = make_event(title="<b>Bold</b> claims")
    edit(editor_client, event, title_en='<img src=x onerror="alert(1)"> claims')
    html = editor_client.get(reverse("admin:events_event_history", args=[event.pk])).content
    html = html.decode()
    assert "<img" not in html and "<b>Bold" not in html
    assert "&lt;<del>b&gt;Bold&lt;/b</del>&gt; claims" in html
    assert "&lt;<ins>img src=x onerror=&quot;alert(1)&quot;</ins>&gt; claims" in html


@pytest.mark.parametrize(
    "old, new, marked_old, marked_new",
    [
        ("a b c", "a x c", "a <del>b</del> c", "a <ins>x</ins> c"),
        ("one", "one two", "one", "one<ins> two</ins>"),
        (
            "line one\nline two",
            "line one\nline 2",
            "line one<br>\nline <del>two</del>",
            "line one<br>\nline <ins>2</ins>",
        ),
        (
            "<del>x</del>",
            "<ins>x</ins>",
            "&lt;<del>del</del>&gt;x&lt;/<del>del</del>&gt;",
            "&lt;<ins>ins</ins>&gt;x&lt;/<ins>ins</ins>&gt;",
        ),
    ],
)
def test_word_diff_marks_only_the_words_that_changed(old, new, marked_old, marked_new):
    assert word_diff(old, new) == (marked_old, marked_new)


def test_edits_far_apart_in_a_long_text_are_marked_apart():
    paragraphs = [f"Paragraph {n} says the same as before." for n in range(2000)]
    edited = list(paragraphs)
    edited[10], edited[1990] = "Paragraph 10 now differs.", "Paragraph 1990 now differs."
    old, new = word_diff("\n".join(paragraphs), "\n".join(edited))
    assert new.count("<ins>") == 2 and old.count("<del>") == 2
    assert "Paragraph 500 says the same as before." in new
