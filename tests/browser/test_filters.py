"""The timeline's filters in a real browser: typing dates, phones, and what the chart leads to."""

import re

import pytest
from playwright.sync_api import Error

from tests.quality import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("seeded_transactional_db")]

VIEWPORTS = {"desktop": "page", "phone": "phone_page"}


def focused_id(tab):
    try:
        return tab.evaluate("document.activeElement.id")
    except Error:  # the page is already navigating away
        return None


def in_view(tab, locator):
    """Whether the element is wholly inside the visible part of the page."""
    box = locator.bounding_box()
    height = tab.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def open_filters(tab, viewport):
    if viewport == "phone":  # the panel starts folded away on a phone
        tab.get_by_text("Show or hide the filters").click()


def type_key_by_key(tab, field_id, text):
    for key in text:
        tab.keyboard.press(key)
        assert focused_id(tab) == field_id, f"focus left {field_id} after {key!r}"


def start_typing_a_date(request, live_server, viewport, text):
    """The timeline in ``viewport`` with ``text`` typed into From, key by key."""
    tab = request.getfixturevalue(VIEWPORTS[viewport])
    tab.goto(live_server.url)
    open_filters(tab, viewport)
    tab.locator("#field-date_from").click()
    type_key_by_key(tab, "field-date_from", text)
    return tab


def leave_the_date_range(tab):
    inside = "document.getElementById('date-range').contains(document.activeElement)"
    for _ in range(5):
        tab.keyboard.press("Tab")
        try:
            if not tab.evaluate(inside):
                return
        except Error:  # left it, and the page is already reloading
            return
    pytest.fail("Tab never left the date range")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_typing_both_dates_key_by_key_loses_nothing_and_keeps_focus(request, live_server, viewport):
    tab = start_typing_a_date(request, live_server, viewport, "2004-04-06")
    first_url = tab.url
    tab.keyboard.press("Tab")  # on to the other date: nothing is applied yet
    assert focused_id(tab) == "field-date_to"
    type_key_by_key(tab, "field-date_to", "2004-04-08")
    assert tab.url == first_url
    assert tab.locator("#field-date_from").input_value() == "2004-04-06"
    assert tab.locator("#field-date_to").input_value() == "2004-04-08"
    # Leaving the date range (its two fields, how they match, its button) applies it.
    with tab.expect_navigation():
        leave_the_date_range(tab)
    assert tab.url.endswith("/?date_from=2004-04-06&date_to=2004-04-08")
    tab.wait_for_function("document.activeElement.id === 'field-date_to'")
    assert tab.locator("#field-date_from").input_value() == "2004-04-06"
    assert tab.locator("#field-date_to").input_value() == "2004-04-08"
    chip = tab.get_by_role("link", name="Remove filter From: 6 April 2004")
    assert chip.is_visible()
    if viewport == "phone":  # the count and the chips are in view at once
        assert in_view(tab, tab.locator("#result-count"))
        assert in_view(tab, chip)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_an_unfinished_date_waits_for_apply_then_stays_shown_with_its_error(
    request, live_server, viewport
):
    tab = start_typing_a_date(request, live_server, viewport, "2004-0")
    first_url = tab.url
    leave_the_date_range(tab)  # an unfinished date is not applied
    assert tab.url == first_url
    assert tab.locator("#field-date_from").input_value() == "2004-0"
    with tab.expect_navigation():
        tab.get_by_role("button", name="Apply dates").click()
    assert tab.locator("#field-date_from").input_value() == "2004-0"  # shown, to be fixed
    assert "Enter a date as YYYY-MM-DD" in tab.locator("#error-date_from").inner_text()
    tab.wait_for_function("document.activeElement.id === 'field-date_from'")


def test_on_a_phone_a_ticked_filter_shows_the_count_and_chips_and_keeps_its_group_open(
    phone_page, live_server, artifacts_dir
):
    phone_page.goto(live_server.url)
    open_filters(phone_page, "phone")
    checkbox = phone_page.locator("#f-status-planned")
    checkbox.scroll_into_view_if_needed()
    checkbox.tap()
    phone_page.wait_for_url(re.compile(r"status=planned"))
    phone_page.wait_for_function("document.activeElement.id === 'f-status-planned'")
    assert phone_page.locator("details.filter-panel").get_attribute("open") is not None
    assert checkbox.is_visible() and in_view(phone_page, checkbox)
    assert in_view(phone_page, phone_page.locator("#result-count"))
    assert in_view(phone_page, phone_page.get_by_role("link", name="Remove filter Status: Planned"))
    phone_page.screenshot(path=artifacts_dir / "phone-after-ticking.png")  # what the visitor sees


def test_the_sidebar_does_not_scroll_inside_the_page(page, live_server):
    page.goto(live_server.url)
    scrolling = page.evaluate(
        """() => [...document.querySelectorAll('.filters, .filters *')]
            .filter(el => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY))
            .map(el => el.className)"""
    )
    assert scrolling == []


@pytest.mark.parametrize("width", [1024, 1280, 1600])
def test_date_fields_show_a_whole_date_at_desktop_widths(browser, live_server, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    tab.goto(f"{live_server.url}/?date_from=2004-04-06&date_to=2004-12-31")
    for field in ("#field-date_from", "#field-date_to"):
        clipped = tab.locator(field).evaluate("el => el.scrollWidth > el.clientWidth")
        assert not clipped, (width, field)
    context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_of_the_changed_pages(browser, live_server, artifacts_dir, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    pages = {
        "timeline-dates": "/?date_from=2004-04&date_to=2004&date_match=within&persn=x",
        "timeline-inverted": "/?date_from=2004-05-01&date_to=2004-04-01",
        "event-cite": "/events/nato-russia-kola-peninsula-exercise/?back=person%3Dsergei-ivanov",
    }
    for name, path in pages.items():
        tab.goto(f"{live_server.url}{path}")
        if name == "event-cite":
            tab.get_by_text("Cite this event").click()
        elif tab.locator("details.filter-panel:not([open])").count():
            tab.get_by_text("Show or hide the filters").click()  # folded away on a phone
        shot = artifacts_dir / f"{name}-{width}.png"
        tab.screenshot(path=shot, full_page=True)
        assert shot.stat().st_size > 10_000
        assert tab.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


def test_cite_this_opened_has_no_axe_violations(browser, live_server):
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(f"{live_server.url}/events/nato-russia-kola-peninsula-exercise/")
    tab.get_by_text("Cite this event").click()
    assert tab.locator(".cite-this__text").first.is_visible()
    assert axe_violations(tab) == []
    context.close()
