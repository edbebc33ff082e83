import io

import pytest
from django.core.cache import cache
from django.core.management import call_command


def load_seed():
    call_command("load_seed", stdout=io.StringIO())


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the seed once; each test then runs inside a transaction rolled back after it."""
    with django_db_blocker.unblock():
        load_seed()


@pytest.fixture
def seeded_transactional_db(transactional_db):
    """For tests outside a transaction (live server): the previous one may have flushed the seed."""
    load_seed()


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached counts must not leak from one test's rolled-back data into the next."""
    cache.clear()
    yield
    cache.clear()
