"""Cached counts: keyed by filter state and data version, abandoned when over budget."""

import pytest
from django.db import connection

from events import data_cache, data_version
from events.models import Event
from tests.factories import make_event

pytestmark = pytest.mark.django_db


def slow_query():
    """A query that runs for seconds on an idle machine."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_sleep(5)")
        else:
            cursor.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                "WHERE i < 100000000) SELECT count(*) FROM n"
            )
        return cursor.fetchone()


@pytest.fixture
def calls():
    return []


def counter(calls):
    def compute():
        calls.append(1)
        return Event.objects.published().count()

    return compute


def test_a_count_is_computed_once_per_data_version(calls):
    first = data_cache.cached(["published"], counter(calls), budget_ms=1000)
    assert data_cache.cached(["published"], counter(calls), budget_ms=1000) == first
    assert len(calls) == 1
    make_event()  # bumps the version
    assert data_cache.cached(["published"], counter(calls), budget_ms=1000) == first + 1
    assert len(calls) == 2


def test_different_filter_states_are_cached_apart(calls):
    data_cache.cached(["a"], counter(calls), budget_ms=1000)
    data_cache.cached(["b"], counter(calls), budget_ms=1000)
    assert len(calls) == 2


def test_a_count_over_budget_gives_none_fast_and_is_not_cached():
    import time

    started = time.monotonic()
    assert data_cache.cached(["slow"], slow_query, budget_ms=50) is None
    assert time.monotonic() - started < 2
    # The connection is still usable, and nothing was cached.
    assert Event.objects.exists()
    key = data_cache.cache_key(["slow"], data_version.current())
    assert data_cache.cache.get(key) is None


def test_the_budget_ends_with_the_count():
    data_cache.cached(["fast"], lambda: 1, budget_ms=50)
    # A slow statement after the budgeted one is not cut short.
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_sleep(0.2)")
        else:
            cursor.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                "WHERE i < 300000) SELECT count(*) FROM n"
            )
        assert cursor.fetchone()


def test_no_budget_means_no_limit():
    assert data_cache.cached(["unbounded"], lambda: 42) == 42
