"""An editor's journey in a real browser: log in, fix an event's title, see it in public."""

import pytest

from events.models import Event
from tests.admin_helpers import make_editor
from tests.dataset import VISIT
from tests.quality import axe_violations

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
    page.get_by_label("Title:").fill(NEW_TITLE)
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
