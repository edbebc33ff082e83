"""Two editors, each in a browser of their own, with the same event open at once.

Whoever saves second is shown what the first changed and saves again: nothing either
of them changed may be lost, and where both changed the same thing the choice offered
is the one saved. The server-side details are in ``tests/test_merging.py``.
"""

import pytest
from playwright.sync_api import expect

from events.models import Citation, Event, Participation, Person
from tests.admin_helpers import make_editor
from tests.browser.test_admin_journey import log_in
from tests.dataset import KELLER, LAVRENTIEV
from tests.factories import make_event, make_source

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FIRST_QUOTE = "NATO and Russia met on Monday."


@pytest.fixture
def event(dataset_transactional_db):
    event = make_event(title="Original title", summary="Original summary.", date_note="")
    source = make_source(text=f"{FIRST_QUOTE} Ivanov spoke. Lavrov left.")
    Citation.objects.create(event=event, source=source, quote=FIRST_QUOTE)
    Participation.objects.create(
        event=event, person=Person.objects.get(slug=LAVRENTIEV), role="host"
    )
    Participation.objects.create(event=event, person=Person.objects.get(slug=KELLER), role="guest")
    return event


@pytest.fixture
def editors(live_server, browser, event):
    """``{name: page}``: Alice and Bob logged in, each in a context of their own."""
    pages = {}
    for name in ("alice", "bob"):
        make_editor(name)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        pages[name] = context.new_page()
        log_in(pages[name], live_server, name)
    yield pages
    for tab in pages.values():
        tab.context.close()


def open_event(page, live_server, event):
    page.goto(f"{live_server.url}/admin/events/event/{event.pk}/change/")


def save(page):
    with page.expect_navigation():
        page.get_by_role("button", name="Save and continue editing").click()


def assert_saved(page):
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")


def assert_refused_with_their_changes(page, by):
    expect(page.locator(".errorlist.nonfield").first).to_contain_text(f"saved by {by}")


def inline_field(page, prefix, field, value):
    """The ``field`` input of the ``prefix`` inline row whose ``field`` holds ``value``."""
    for row in range(page.locator(f'[name^="{prefix}-"][name$="-{field}"]').count()):
        locator = page.locator(f'[name="{prefix}-{row}-{field}"]')
        if locator.count() and locator.input_value() == value:
            return locator
    raise AssertionError(f"No {prefix} row with {field}={value!r}")


def row_of(locator):
    return locator.get_attribute("name").split("-")[1]


@pytest.mark.parametrize("first,second", [("alice", "bob"), ("bob", "alice")])
def test_changes_to_different_fields_are_both_kept(live_server, editors, event, first, second):
    for name in (first, second):
        open_event(editors[name], live_server, event)
    editors[first].get_by_label("Summary [en]:").fill(f"{first}'s summary.")
    save(editors[first])
    assert_saved(editors[first])

    editors[second].get_by_label("Title [en]:").fill(f"{second}'s title")
    save(editors[second])
    assert_refused_with_their_changes(editors[second], first)
    assert editors[second].get_by_label("Summary [en]:").input_value() == f"{first}'s summary."
    save(editors[second])
    assert_saved(editors[second])

    event.refresh_from_db()
    assert (event.title, event.summary) == (f"{second}'s title", f"{first}'s summary.")


@pytest.mark.parametrize("keep", ["theirs", "yours"])
def test_the_same_field_is_a_choice_and_the_choice_is_saved(live_server, editors, event, keep):
    alice, bob = editors["alice"], editors["bob"]
    open_event(alice, live_server, event)
    open_event(bob, live_server, event)
    alice.get_by_label("Title [en]:").fill("Alice's title")
    save(alice)
    bob.get_by_label("Title [en]:").fill("Bob's title")
    save(bob)

    conflicts = bob.locator("table.merge-conflicts")
    assert "Alice's title" in conflicts.inner_text() and "Bob's title" in conflicts.inner_text()
    conflicts.get_by_label(f"Keep {keep}").check()
    save(bob)
    assert_saved(bob)

    event.refresh_from_db()
    assert event.title == ("Alice's title" if keep == "theirs" else "Bob's title")


def test_inline_rows_changed_on_both_sides_are_kept_and_the_history_names_each_author(
    live_server, editors, event
):
    alice, bob = editors["alice"], editors["bob"]
    open_event(alice, live_server, event)
    open_event(bob, live_server, event)
    quote = inline_field(alice, "citations", "quote", FIRST_QUOTE)
    alice.locator(f'[name="citations-{row_of(quote)}-DELETE"]').check()
    inline_field(alice, "participations", "role", "host").fill("chair")
    save(alice)
    assert_saved(alice)

    inline_field(bob, "participations", "role", "guest").fill("observer")
    bob.get_by_label("Summary [en]:").fill("Bob's summary.")
    save(bob)
    assert_refused_with_their_changes(bob, "alice")
    save(bob)
    assert_saved(bob)

    event = Event.objects.get(pk=event.pk)
    assert not event.citations.exists()
    assert sorted(event.participations.values_list("role", flat=True)) == ["chair", "observer"]
    assert event.summary == "Bob's summary."

    bob.goto(f"{live_server.url}/admin/events/event/{event.pk}/history/")
    rows = bob.locator("#change-history tbody tr").all_inner_texts()
    bob_row = next(row for row in rows if "bob" in row)
    alice_row = next(row for row in rows if "alice" in row)
    assert "Bob's summary." in bob_row and "observer" in bob_row
    assert FIRST_QUOTE in alice_row and "chair" in alice_row
