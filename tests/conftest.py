import io
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.utils import translation

from events.models import (
    Agreement,
    Citation,
    Event,
    Organization,
    Participation,
    Person,
    Place,
    Source,
)
from tests import dataset
from tests.admin_helpers import make_editor
from tests.quality import html_checker_missing

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Without the background-networking flags Chromium keeps trying to reach
# Google's services, which this offline machine refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_runtest_setup(item):
    """Tests marked ``html_checker`` are skipped, naming what is missing, where the checker
    is not installed; ``make test`` installs it and sets REQUIRE_TEST_TOOLS, so there they
    fail instead of being skipped."""
    missing = item.get_closest_marker("html_checker") and html_checker_missing()
    if missing:
        if os.environ.get("REQUIRE_TEST_TOOLS"):
            pytest.fail(missing, pytrace=False)
        pytest.skip(missing)


def load_seed():
    call_command("load_seed", stdout=io.StringIO())


def clear_content():
    """Delete every source, entity and event, and their history."""
    Organization.objects.update(parent=None)
    for model in (Citation, Participation, Event, Agreement, Person, Organization, Place, Source):
        model.objects.all().delete()
        model.history.all().delete()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the suite's own small dataset once (``tests/dataset.py``); each test then runs
    inside a transaction rolled back after it."""
    with django_db_blocker.unblock():
        dataset.build()


@pytest.fixture(scope="module")
def seed(django_db_setup, django_db_blocker):
    """The seed instead of the test dataset, for a module about the seeded content
    (``pytestmark = pytest.mark.usefixtures("seed")``).

    Loaded once per module in a transaction that its tests' own transactions nest in,
    and rolled back after the module.
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        clear_content()
        load_seed()
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture
def seeded(db):
    """The seed instead of the test dataset, for one test about the seeded content."""
    clear_content()
    load_seed()


@pytest.fixture
def seeded_transactional_db(transactional_db):
    """For tests outside a transaction (live server): the previous one may have flushed the seed."""
    load_seed()


@pytest.fixture
def dataset_transactional_db(transactional_db):
    """The suite's dataset for tests outside a transaction (live server), built again: the
    previous such test may have flushed it, or left other rows behind."""
    clear_content()
    dataset.build()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (which must not download its own)."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; the ORM
    # calls made by tests and the live server are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh desktop-sized tab with its own cookies; see ``phone_page`` for 375 px."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(
        viewport={"width": 375, "height": 740},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def artifacts_dir():
    """Where screenshots go (git-ignored)."""
    path = Path(settings.BASE_DIR) / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture(autouse=True)
def english_between_tests():
    """A request under /ru/ leaves Russian active in the thread: the next test starts in
    the site's default language, as a new request would."""
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached counts must not leak from one test's rolled-back data into the next."""
    cache.clear()
    yield
    cache.clear()
