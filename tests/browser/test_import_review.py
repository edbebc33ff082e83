"""Importing an article in a real browser: by keyboard, accessible, no console errors."""

import pytest
from playwright.sync_api import expect

from events.models import Event, Source
from tests.admin_helpers import make_editor
from tests.browser.test_admin_journey import UPSTREAM, log_in
from tests.quality import axe_violations, watch_for_problems

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Written for this test; the people are invented.
ARTICLE = (
    "Harbour talks end\n\n"
    "VALLETTA, June 9, 2011 (Harbour Wire) - Defence Minister Marta Kowalczyk met her "
    "counterpart Pavel Orlov in Valletta on Tuesday to sign a memorandum on submarine rescue.\n\n"
    "Kowalczyk said the first joint drill will take place next month.\n"
)


def test_an_editor_imports_an_article_by_keyboard(
    live_server, dataset_transactional_db, browser, artifacts_dir
):
    make_editor("editor")
    # axe needs its script in the page, which the strict Content-Security-Policy forbids.
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = watch_for_problems(context.new_page())
    log_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/admin/events/source/")
    page.get_by_role("link", name="Import an article").click()
    page.wait_for_url("**/import/")
    assert [v for v in axe_violations(page) if not any(u in v for u in UPSTREAM)] == []

    page.get_by_label("Text:").fill(ARTICLE)
    page.get_by_label("Title:").fill("Harbour talks end")
    page.get_by_label("Publisher:").fill("Harbour Wire")
    page.get_by_label("Publisher:").press("Enter")  # no date: it is proposed from the dateline
    # The answer to a key press is awaited: the press does not wait for the page it asks.
    expect(page.get_by_label("Publication date:")).to_have_value("2011-06-09")
    expect(page.locator(".messagelist")).to_contain_text("proposed from the text")
    page.get_by_label("Publication date:").press("Enter")

    expect(page.get_by_role("heading", name="Proposal 1 of 2", exact=False)).to_be_visible()
    assert page.locator("mark").first.inner_text().startswith("Defence Minister Marta Kowalczyk")
    violations = [v for v in axe_violations(page) if not any(u in v for u in UPSTREAM)]
    page.screenshot(path=str(artifacts_dir / "admin-import-review.png"), full_page=True)
    assert violations == [], "\n".join(violations)

    # Reject the second proposal with the keyboard, then save.
    reject = page.locator("#proposal-2").get_by_label("Reject")
    reject.focus()
    page.keyboard.press("Space")
    assert reject.is_checked()
    save = page.get_by_role("button", name="Save my choices").first
    save.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/change/")
    assert "1 draft event created" in page.locator(".messagelist").inner_text()
    source = Source.objects.get(title="Harbour talks end")
    assert Event.objects.filter(citations__source=source, published=False).count() == 1
    context.close()
    assert page.problems == []
