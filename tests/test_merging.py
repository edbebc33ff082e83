"""Two editors with the same event open: a stale save merges field by field and row by row."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from events.models import Citation, Event, Participation, Person, Place

from .admin_helpers import admin_form_data, form_errors, make_editor
from .dataset import KELLER, LAVRENTIEV
from .factories import make_event, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def alice():
    return editor_client("alice")


@pytest.fixture
def bob():
    return editor_client("bob")


def editor_client(name):
    client = Client()
    client.force_login(make_editor(name))
    return client


@pytest.fixture
def event():
    event = make_event(title="Original title", summary="Original summary.", date_note="")
    source = make_source(text="NATO and Russia met on Monday. Ivanov spoke. Lavrov left.")
    Citation.objects.create(event=event, source=source, quote="NATO and Russia met on Monday.")
    ivanov, lavrov = Person.objects.get(slug=LAVRENTIEV), Person.objects.get(slug=KELLER)
    Participation.objects.create(event=event, person=ivanov, role="host")
    Participation.objects.create(event=event, person=lavrov, role="guest")
    return event


def url(event):
    return reverse("admin:events_event_change", args=[event.pk])


def opened(client, event):
    """The event's admin form as the editor has it open: the data it would post."""
    return admin_form_data(client.get(url(event)))


def save(client, event, data):
    response = client.post(url(event), data)
    assert response.status_code == 302, form_errors(response)


def save_stale(client, event, data):
    """A save of a form opened before someone else saved: refused, shown merged."""
    response = client.post(url(event), data)
    assert response.status_code == 200
    return response


def inline_index(data, prefix, field, value):
    return next(
        key.split("-")[1]
        for key, posted in data.items()
        if key.startswith(f"{prefix}-") and key.endswith(f"-{field}") and posted == value
    )


@pytest.mark.parametrize("first", ["alice", "bob"])
def test_changes_to_different_fields_are_both_kept_in_either_order(alice, bob, event, first):
    editors = {"alice": alice, "bob": bob}
    a_form, b_form = opened(alice, event), opened(bob, event)
    a_form["summary_en"] = "Alice's summary."
    b_form.update(title_en="Bob's title", date_note="Bob's date note.")
    forms = {"alice": a_form, "bob": b_form}
    second = "bob" if first == "alice" else "alice"

    save(editors[first], event, forms[first])
    response = save_stale(editors[second], event, forms[second])
    messages = response.context["adminform"].form.non_field_errors()
    assert len(messages) == 1  # Their changes listed; nothing to choose.
    save(editors[second], event, admin_form_data(response))

    event.refresh_from_db()
    assert (event.title, event.summary, event.date_note) == (
        "Bob's title",
        "Alice's summary.",
        "Bob's date note.",
    )
    assert event.citations.count() == 1 and event.participations.count() == 2


@pytest.mark.parametrize("choice", ["theirs", "yours"])
def test_the_same_field_changed_by_both_is_offered_side_by_side_and_the_choice_honoured(
    alice, bob, event, choice
):
    a_form, b_form = opened(alice, event), opened(bob, event)
    a_form.update(title_en="Alice's title", summary_en="Alice's summary.")
    b_form.update(title_en="Bob's title", date_note="Bob's note.")
    save(alice, event, a_form)

    response = save_stale(bob, event, b_form)
    _changes, conflict = response.context["adminform"].form.non_field_errors()
    html = response.content.decode()
    assert "Alice&#x27;s title" in conflict and "Bob&#x27;s title" in conflict
    assert 'name="merge-title_en" value="theirs"' in html  # Inside the form, posted with it.
    again = admin_form_data(response)
    assert again["title_en"] == "Bob's title"  # The form shows the editor's own value…
    assert again["summary_en"] == "Alice's summary."  # …and the other editor's other change.
    save(bob, event, {**again, "merge-title_en": choice})

    event.refresh_from_db()
    title = "Alice's title" if choice == "theirs" else "Bob's title"
    assert (event.title, event.summary, event.date_note) == (
        title,
        "Alice's summary.",
        "Bob's note.",
    )


def test_linked_places_merge_too(alice, bob, event):
    moscow, brussels = Place.objects.all()[:2]
    event.places.set([moscow])
    a_form, b_form = opened(alice, event), opened(bob, event)
    a_form["places"] = [str(moscow.pk), str(brussels.pk)]
    b_form["title_en"] = "Bob's title"
    save(alice, event, a_form)
    response = save_stale(bob, event, b_form)
    save(bob, event, admin_form_data(response))
    event.refresh_from_db()
    assert set(event.places.all()) == {moscow, brussels}
    assert event.title == "Bob's title"


def test_rows_added_removed_and_changed_on_both_sides_are_all_kept(alice, bob, event):
    source = event.citations.get().source
    a_form, b_form = opened(alice, event), opened(bob, event)
    # Alice changes the host's role and adds a citation.
    a_form[f"participations-{inline_index(a_form, 'participations', 'role', 'host')}-role"] = (
        "chair"
    )
    a_form.update({"citations-1-source": str(source.pk), "citations-1-quote": "Ivanov spoke."})
    # Bob removes the guest and changes the title.
    b_form[f"participations-{inline_index(b_form, 'participations', 'role', 'guest')}-DELETE"] = (
        "on"
    )
    b_form["title_en"] = "Bob's title"
    save(alice, event, a_form)

    response = save_stale(bob, event, b_form)
    assert len(response.context["adminform"].form.non_field_errors()) == 1
    save(bob, event, admin_form_data(response))

    event.refresh_from_db()
    assert event.title == "Bob's title"
    assert list(event.participations.values_list("role", flat=True)) == ["chair"]
    assert sorted(event.citations.values_list("quote", flat=True)) == [
        "Ivanov spoke.",
        "NATO and Russia met on Monday.",
    ]


@pytest.mark.parametrize("choice", ["theirs", "yours"])
def test_the_same_row_changed_by_both_is_a_choice(alice, bob, event, choice):
    a_form, b_form = opened(alice, event), opened(bob, event)
    host = inline_index(a_form, "participations", "role", "host")
    a_form[f"participations-{host}-role"] = "chair"
    b_form[f"participations-{host}-role"] = "co-host"
    b_form["summary_en"] = "Bob's summary."
    save(alice, event, a_form)

    response = save_stale(bob, event, b_form)
    _changes, conflict = response.context["adminform"].form.non_field_errors()
    assert "(chair)" in conflict and "(co-host)" in conflict
    [name] = {line.split('name="')[1].split('"')[0] for line in str(conflict).split("<input")[1:]}
    save(bob, event, {**admin_form_data(response), name: choice})

    role = "chair" if choice == "theirs" else "co-host"
    assert sorted(event.participations.values_list("role", flat=True)) == sorted(["guest", role])
    event.refresh_from_db()
    assert event.summary == "Bob's summary."


def test_a_row_one_removed_and_the_other_changed_is_a_choice(alice, bob, event):
    a_form, b_form = opened(alice, event), opened(bob, event)
    guest = inline_index(a_form, "participations", "role", "guest")
    a_form[f"participations-{guest}-DELETE"] = "on"
    b_form[f"participations-{guest}-role"] = "observer"
    save(alice, event, a_form)

    response = save_stale(bob, event, b_form)
    _changes, conflict = response.context["adminform"].form.non_field_errors()
    assert "(removed)" in conflict and "(observer)" in conflict
    save(bob, event, admin_form_data(response))  # Keeps Bob's, the default.
    assert sorted(event.participations.values_list("role", flat=True)) == ["host", "observer"]


def test_the_history_shows_each_change_with_its_author(alice, bob, event):
    a_form, b_form = opened(alice, event), opened(bob, event)
    a_form["summary_en"] = "Alice's summary."
    citation = inline_index(a_form, "citations", "quote", "NATO and Russia met on Monday.")
    a_form[f"citations-{citation}-DELETE"] = "on"
    b_form["title_en"] = "Bob's title"
    save(alice, event, a_form)
    save(bob, event, admin_form_data(save_stale(bob, event, b_form)))

    bob_record, alice_record = event.history.all()[:2]
    assert (bob_record.history_user.username, alice_record.history_user.username) == (
        "bob",
        "alice",
    )
    page = alice.get(reverse("admin:events_event_history", args=[event.pk]))
    # The text of each row, without the marks of the changed words.
    rows = re.sub(r"</?(del|ins)>", "", page.content.decode()).split("<tbody>")[1].split("<tr>")[1:]
    bob_row, alice_row = rows[0], rows[1]
    assert "bob" in bob_row and "Bob&#x27;s title" in bob_row
    assert "Alice&#x27;s summary" not in bob_row  # Bob's save undid nothing of Alice's.
    assert "alice" in alice_row and "Alice&#x27;s summary." in alice_row
    assert "Citation removed" in alice_row and "NATO and Russia met on Monday." in alice_row
    assert Event.objects.get(pk=event.pk).summary == "Alice's summary."
