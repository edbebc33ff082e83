"""What a visitor does in a real browser: filter, follow links, use the keyboard, use a phone."""

import re

import pytest

from events import search
from events.models import Citation, Event

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("seeded_transactional_db")]

CARDS = "article.event"


def published_count(**filters):
    return Event.objects.published().filter(**filters).distinct().count()


def test_open_the_timeline(page, live_server, artifacts_dir):
    page.goto(live_server.url)
    assert page.locator("h1").inner_text() == "NATO–Russia cooperation timeline"
    assert page.locator(CARDS).count() == published_count()
    assert page.locator(".chart__bar").count() >= 1
    page.screenshot(path=artifacts_dir / "timeline-desktop.png", full_page=True)


def test_filter_by_a_person_through_the_form(page, live_server):
    page.goto(live_server.url)
    page.get_by_label(re.compile(r"^Sergei Ivanov")).check()  # applies itself: no button
    page.wait_for_url(re.compile(r"person=sergei-ivanov"))
    assert "q=" not in page.url  # empty fields are left out of the address
    assert page.locator(CARDS).count() == published_count(
        participations__person__slug="sergei-ivanov"
    )
    assert page.get_by_role("link", name="Remove filter Person: Sergei Ivanov").is_visible()


def test_filter_without_javascript_by_pressing_the_button(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url)
    page.get_by_label(re.compile(r"^SOFA")).check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"agreement=nato-russia-sofa"))
    assert page.locator(CARDS).count() == published_count(agreements__slug="nato-russia-sofa")
    context.close()


def test_filter_by_an_agreement_from_its_page(page, live_server):
    page.goto(f"{live_server.url}/agreements/nato-russia-sofa/")
    page.get_by_role("link", name="Open these events in the filterable timeline").click()
    page.wait_for_url(re.compile(r"/\?agreement=nato-russia-sofa$"))
    assert page.locator(CARDS).count() == published_count(agreements__slug="nato-russia-sofa")
    assert page.locator("#f-agreement-nato-russia-sofa").is_checked()


def test_combine_filters_remove_one_chip_and_go_back(page, live_server):
    page.goto(f"{live_server.url}/?person=sergei-ivanov")
    page.get_by_label(re.compile(r"^Statement")).check()
    page.wait_for_url(re.compile(r"event_type=statement"))
    both = published_count(participations__person__slug="sergei-ivanov", event_type="statement")
    assert page.locator(CARDS).count() == both
    page.get_by_role("link", name="Remove filter Person: Sergei Ivanov").click()
    page.wait_for_url(re.compile(r"/\?event_type=statement$"))
    assert page.locator(CARDS).count() == published_count(event_type="statement")
    page.go_back()
    page.wait_for_url(re.compile(r"person=sergei-ivanov.*event_type=statement"))
    assert page.locator(CARDS).count() == both
    assert page.locator("#f-person-sergei-ivanov").is_checked()


def test_follow_an_event_to_its_page_and_on_to_the_highlighted_passage(page, live_server):
    slug = "ivanov-oslo-sofa-remarks"
    citation = Citation.objects.filter(event__slug=slug).first()
    page.goto(live_server.url)
    page.locator(f"#event-{slug} .event__title a").click()
    page.wait_for_url(f"**/events/{slug}/")
    page.locator(f"#cited-{citation.anchor} figcaption a").click()
    page.wait_for_url(f"**/sources/{citation.source.slug}/#{citation.anchor}")
    target = page.locator(f"mark#{citation.anchor}")
    assert target.is_visible()
    assert target.evaluate("el => el.matches(':target')")
    box = target.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]
    other = page.locator("mark.passage:not(:target)").first
    highlight = "el => getComputedStyle(el).backgroundColor"
    assert target.evaluate(highlight) != other.evaluate(highlight)
    # The passage links back to the event that cites it.
    assert page.locator(f'a[href="/events/{slug}/#cited-{citation.anchor}"]').count() == 1


def test_the_filter_form_works_with_the_keyboard_alone(page, live_server):
    page.goto(live_server.url)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "f-person-sergei-ivanov":
            break
    else:
        pytest.fail("Tab never reached the Sergei Ivanov checkbox")
    focused = page.locator("#f-person-sergei-ivanov")
    assert focused.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"person=sergei-ivanov"))
    # After the page reloads, focus is back where the user was.
    page.wait_for_function("document.activeElement.id === 'f-person-sergei-ivanov'")
    page.keyboard.press("Shift+Tab")
    for _ in range(20):
        if page.evaluate("document.activeElement.id") == "field-q":
            break
        page.keyboard.press("Shift+Tab")
    page.keyboard.type("Oslo")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=Oslo"))
    page.wait_for_function("document.activeElement.id === 'field-q'")
    # Both filters apply: his events that mention Oslo anywhere search looks.
    his = Event.objects.published().filter(participations__person__slug="sergei-ivanov")
    expected = search.matching(his, search.Search.read("Oslo")).count()
    assert 0 < expected < his.count()
    assert page.locator(CARDS).count() == expected
    assert "person=sergei-ivanov" in page.url


def test_invalid_input_shows_a_message_in_the_page(page, live_server):
    response = page.goto(f"{live_server.url}/?date_from=2004-02-30&person=sergei-ivanov")
    assert response.status == 400
    summary = page.get_by_role("alert")
    assert "From: February 2004 has 29 days; there is no day 30." in summary.inner_text()
    summary.get_by_role("link").first.click()
    assert page.url.endswith("#field-date_from")


@pytest.mark.parametrize(
    "path", ["/", "/people/sergei-ivanov/", "/sources/nato-cooperation-pact-may-be-signed-soon/"]
)
def test_a_phone_has_no_horizontal_scroll(phone_page, live_server, path):
    phone_page.goto(f"{live_server.url}{path}")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 375


def test_every_filter_control_is_usable_on_a_phone(phone_page, live_server, artifacts_dir):
    phone_page.goto(live_server.url)
    phone_page.screenshot(path=artifacts_dir / "timeline-phone.png", full_page=True)
    # The filter panel starts folded away so that the events come first.
    checkbox = phone_page.locator("#f-status-planned")
    assert not checkbox.is_visible()
    phone_page.get_by_text("Show or hide the filters").click()
    folded = phone_page.locator("details.facet:not([open]) > summary")
    while folded.count():
        folded.first.click()
    controls = phone_page.locator(".filter-form input, .filter-form button").all()
    assert len(controls) > 20
    for control in controls:
        box = control.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375, control
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 375
    phone_page.get_by_label(re.compile(r"^Planned")).tap()
    phone_page.wait_for_url(re.compile(r"status=planned"))
    assert phone_page.locator(CARDS).count() == published_count(status="planned")


def test_entity_page_screenshots(page, phone_page, live_server, artifacts_dir):
    for tab, name in ((page, "desktop"), (phone_page, "phone")):
        tab.goto(f"{live_server.url}/people/sergei-ivanov/")
        assert tab.locator("h1").inner_text() == "Sergei Ivanov"
        tab.screenshot(path=artifacts_dir / f"person-{name}.png", full_page=True)
        assert (artifacts_dir / f"person-{name}.png").stat().st_size > 10_000
