"""The pages work in a real browser under the strict Content-Security-Policy."""

import pytest
from django.contrib.auth.models import User

from tests.dataset import KELLER, VISIT
from tests.quality import watch_for_problems

pytestmark = [pytest.mark.browser]


@pytest.fixture
def watched_page(browser):
    """A page that records console errors (CSP violations among them) and script errors."""
    context = browser.new_context()
    page = watch_for_problems(context.new_page())
    yield page
    context.close()


@pytest.mark.parametrize(
    "path",
    ["/", f"/events/{VISIT}/", f"/people/{KELLER}/", "/admin/login/"],
)
def test_pages_load_without_policy_violations(
    live_server, dataset_transactional_db, watched_page, path
):
    response = watched_page.goto(live_server.url + path)
    assert response.status == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    watched_page.wait_for_load_state("networkidle")
    assert watched_page.problems == []


def test_an_editor_signs_in_and_uses_the_admin_under_the_policy(
    live_server, dataset_transactional_db, watched_page
):
    User.objects.create_superuser("editor", "editor@example.org", "a-long-editor-passphrase")
    watched_page.goto(live_server.url + "/admin/login/")
    watched_page.fill("#id_username", "editor")
    watched_page.fill("#id_password", "a-long-editor-passphrase")
    watched_page.click("input[type=submit]")
    watched_page.wait_for_url(live_server.url + "/admin/")
    assert watched_page.locator("#site-name").is_visible()
    watched_page.goto(live_server.url + "/admin/auth/user/")
    assert watched_page.get_by_role("link", name="editor").first.is_visible()
    watched_page.wait_for_load_state("networkidle")
    assert watched_page.problems == []
