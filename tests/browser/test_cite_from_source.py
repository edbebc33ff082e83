"""Adding an event from a source in a real browser: the passage selected with the keyboard."""

import pytest

from events.models import Event, Source
from tests.admin_helpers import make_editor
from tests.browser.test_admin_journey import UPSTREAM, log_in
from tests.dataset import GAZETTE, GAZETTE_TEXT
from tests.quality import axe_violations, html_errors, watch_for_problems

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSAGE = "A draft plan for a joint staff college was discussed but not agreed."


def test_an_editor_selects_a_passage_with_the_keyboard_and_saves_an_event_citing_it(
    live_server, dataset_transactional_db, page
):
    make_editor("editor")
    source = Source.objects.get(slug=GAZETTE)
    watch_for_problems(page)
    log_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/admin/events/source/{source.pk}/change/")
    page.get_by_role("link", name="Add an event from this source").click()
    page.wait_for_url(f"**/admin/events/source/{source.pk}/cite/")

    # The script replaces the sentences with the text to select in.
    assert page.get_by_role("checkbox").count() == 0
    text = page.get_by_label("Select the passage in the text")
    text.focus()
    page.keyboard.press("Control+End")
    for _character in PASSAGE:
        page.keyboard.press("Shift+ArrowLeft")
    assert page.locator("output").inner_text() == f"“{PASSAGE}”"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    page.wait_for_url("**/admin/events/event/add/?*")
    assert page.locator("#id_citations-0-quote").input_value() == PASSAGE
    assert "published Tuesday 6 April 2004" in page.locator(".cited-source").inner_text()
    page.get_by_label("Title [en]:").fill("Staff college plan discussed")
    page.get_by_label("Summary [en]:").fill("A plan was discussed.")
    page.get_by_label("Event type:").select_option(Event.Type.MEETING)
    page.get_by_label("Start date, year").fill("2004")
    page.get_by_role("button", name="Save", exact=True).click()

    assert "was added successfully" in page.locator(".messagelist").inner_text()
    citation = Event.objects.get(title="Staff college plan discussed").citations.get()
    start = GAZETTE_TEXT.index(PASSAGE)
    assert (citation.source, citation.start_offset) == (source, start)
    assert citation.end_offset == start + len(PASSAGE)
    assert page.problems == []


@pytest.mark.html_checker
def test_the_passage_picker_has_no_accessibility_violations_and_valid_html(
    live_server, dataset_transactional_db, browser
):
    make_editor("editor")
    source = Source.objects.get(slug=GAZETTE)
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, live_server, "editor")
    violations, documents = [], {}
    for path in [f"{source.pk}/change/", f"{source.pk}/cite/"]:
        documents[path] = page.goto(f"{live_server.url}/admin/events/source/{path}").text()
        violations += [v for v in axe_violations(page) if not any(u in v for u in UPSTREAM)]
    context.close()
    assert violations == [], "\n".join(violations)
    assert html_errors(documents) == []
