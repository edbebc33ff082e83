"""Every public page type passes axe-core (WCAG 2.1 A and AA) and the Nu Html Checker."""

import pytest

from tests.quality import audit, axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("seeded_transactional_db")]

PAGES = {
    "timeline": "/",
    "filtered timeline": "/?person=sergei-ivanov&agreement=nato-russia-sofa",
    "empty result": "/?person=vladimir-zhirinovsky&place=oslo",
    "invalid filters": "/?date_from=2004-02-30&person=nobody&q=a%00b",
    "dates and an unknown parameter": "/?date_from=2004-04&date_to=2004&date_match=within&persn=x",
    "inverted and ambiguous dates": "/?date_from=04/05/2004&date_to=2004-01-01&date_match=x",
    "event from a filtered timeline": "/events/nato-russia-kola-peninsula-exercise/?back=q%3Dx",
    "event": "/events/nato-russia-kola-peninsula-exercise/",
    "person": "/people/sergei-ivanov/",
    "agreement": "/agreements/nato-russia-sofa/",
    "place": "/places/moscow/",
    "organization": "/organizations/nato/",
    "search, most relevant first": "/?q=Rumsfield+talks",
    "search by date": "/?q=%22Cold+War%22&sort=date",
    "search finding nothing": "/?q=Scheffr+zzzz",
    "people index": "/people/",
    "people index searched": "/people/?q=Ivanov",
    "sources index": "/sources/",
    "source reader": "/sources/nato-cooperation-pact-may-be-signed-soon/",
    "API documentation": "/api/docs/",
    "404": "/events/no-such-event/",
}

#: The Russian twins of the page types (language attributes: the page's, a quote's).
RUSSIAN_PAGES = {
    f"{name}, in Russian": f"/ru{PAGES[name]}"
    for name in (
        "timeline",
        "filtered timeline",
        "invalid filters",
        "event",
        "person",
        "agreement",
        "search, most relevant first",
        "search finding nothing",
        "people index searched",
        "source reader",
        "404",
    )
}


@pytest.fixture
def audit_page(browser):
    """A desktop tab that lets axe in even under a strict Content-Security-Policy."""
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_pages_have_no_axe_violations_and_no_html_errors(audit_page, live_server):
    assert audit(audit_page, live_server.url, PAGES) == ({}, [])


def test_russian_pages_have_no_axe_violations_and_no_html_errors(audit_page, live_server):
    assert audit(audit_page, live_server.url, RUSSIAN_PAGES) == ({}, [])


def test_the_phone_layout_has_no_axe_violations(browser, live_server):
    context = browser.new_context(bypass_csp=True, viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server.url}/?status=planned")
    page.get_by_text("Show or hide the filters").click()
    assert axe_violations(page) == []
    context.close()
