"""An editor's journey in a real browser: log in, fix an event's title, see it in public."""

import pytest

from events.models import Event
from tests.admin_helpers import make_editor
from tests.dataset import VISIT
from tests.quality import axe_violations, watch_for_problems

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

NEW_TITLE = "Lavrentiev visits NATO headquarters in Brussels (corrected)"


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("editor-password")
    page.get_by_role("button", name="Log in").click()


def test_an_editor_edits_a_title_and_sees_it_on_the_public_timeline(
    live_server, dataset_transactional_db, page, artifacts_dir
):
    make_editor("editor")
    event = Event.objects.get(slug=VISIT)
    log_in(page, live_server, "editor")
    assert page.get_by_role("link", name="Events").first.is_visible()

    page.get_by_role("link", name="Events").first.click()
    page.locator("#searchbar").fill("Brussels")
    page.keyboard.press("Enter")
    page.get_by_role("link", name=event.title).click()
    assert page.get_by_label("Start date, month").input_value() == "4"
    page.get_by_label("Title [en]:").fill(NEW_TITLE)
    page.get_by_role("button", name="Save", exact=True).click()

    assert "was changed successfully" in page.locator(".messagelist").inner_text()
    page.screenshot(path=str(artifacts_dir / "admin-event-saved.png"), full_page=True)
    page.goto(f"{live_server.url}/")
    assert page.get_by_text(NEW_TITLE).first.is_visible()
    assert event.history.first().history_user.username == "editor"


# Django's own admin: the autocomplete widget (select2) and the breadcrumbs' link colour.
# They are upstream issues, outside what this project renders.
UPSTREAM = ("select2", ".breadcrumbs")


def test_the_event_form_has_no_accessibility_violations_of_its_own(
    live_server, dataset_transactional_db, browser
):
    make_editor("editor")
    event = Event.objects.get(slug=VISIT)
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/admin/events/event/{event.pk}/change/")
    violations = [v for v in axe_violations(page) if not any(u in v for u in UPSTREAM)]
    context.close()
    assert violations == [], "\n".join(violations)


def test_resolve_fills_the_date_in_place_under_the_policy(
    live_server, dataset_transactional_db, browser
):
    make_editor("editor")
    event = Event.objects.get(slug=VISIT)
    page = watch_for_problems(browser.new_context().new_page())
    log_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/admin/events/event/{event.pk}/change/")
    page.get_by_label("Start date, day").fill("")
    page.get_by_label("Date in words:").fill("last week")
    page.get_by_role("button", name="Resolve").click()
    status = page.locator("#id_date_words_status")
    status.get_by_text("Read as between 29 March and 4 April 2004").wait_for()
    # Filled in on the page, which was not submitted: no form errors came back.
    assert page.locator(".errornote").count() == 0
    assert page.get_by_label("Start date, day").input_value() == "29"
    assert page.get_by_label("End date, month").input_value() == "4"
    assert page.get_by_label("Date qualifier:").input_value() == "within"
    assert "the publication of" in page.get_by_label("Date note:").input_value()
    page.get_by_label("Date in words:").fill("whenever")
    page.get_by_role("button", name="Resolve").click()
    status.get_by_text("No date could be read from “whenever”").wait_for()
    assert page.problems == []
