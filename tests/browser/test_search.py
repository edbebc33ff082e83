"""Searching as a visitor does: type a misspelt name, read why each result matched, switch
the order, and search the people by name."""

import re

import pytest

from tests.quality import watch_for_problems

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("seeded_transactional_db")]

CARDS = "article.event"


@pytest.mark.parametrize("javascript", [True, False], ids=["with JavaScript", "without"])
def test_search_for_a_misspelt_name_and_switch_the_order(
    browser, live_server, artifacts_dir, javascript
):
    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": 1280, "height": 900}
    )
    page = watch_for_problems(context.new_page())
    page.goto(live_server.url)
    page.get_by_label("Search", exact=True).fill("Rumsfield")
    page.get_by_label("Search", exact=True).press("Enter")
    page.wait_for_url(re.compile(r"q=Rumsfield"))
    assert page.get_by_text("is close to the name “Rumsfeld”").is_visible()
    first = page.locator(".events > li").first
    # The title names him: it comes first, its reason marks the name in the title.
    assert "Rumsfeld" in first.locator(".event__title").inner_text()
    assert first.locator(".match mark").first.inner_text() == "Rumsfeld"
    assert page.get_by_role("link", name="Most relevant first").get_attribute("aria-current")
    # A quote's reason leads to its passage in the source reader.
    quoted = page.locator(".match li", has_text="A quote").first
    assert quoted.get_by_role("link", name="Read it in the source").get_attribute("href")
    page.screenshot(path=artifacts_dir / f"search-{'js' if javascript else 'nojs'}.png")
    count = page.locator(CARDS).count()
    page.get_by_role("link", name="By date").click()
    page.wait_for_url(re.compile(r"sort=date"))
    assert "q=Rumsfield" in page.url
    assert page.locator(CARDS).count() == count
    assert page.locator(".year__heading").count() >= 1  # the chronology's headings are back
    assert page.problems == []
    context.close()


def test_an_empty_search_suggests_the_closest_names(page, live_server):
    page.goto(f"{live_server.url}/?q=Scheffr+zzzz")
    suggestion = page.locator(".empty-state").get_by_role("link", name="Jaap de Hoop Scheffer")
    suggestion.click()
    page.wait_for_url(re.compile(r"person=jaap-de-hoop-scheffer"))
    assert page.locator(CARDS).count() > 0


def test_the_people_index_searches_names_and_aliases(page, live_server):
    page.goto(f"{live_server.url}/people/")
    page.get_by_label("Search by name or other name").fill("Ivanov")
    page.get_by_role("button", name="Search").click()
    # A click does not wait for the page it asks for: read the answer, not the old page.
    page.wait_for_url(re.compile(r"/people/\?q=Ivanov"))
    names = page.locator(".index-list__name").all_inner_texts()
    assert names and all("Ivanov" in name for name in names)
