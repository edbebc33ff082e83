"""Cached counts: keyed by filter state and data version, abandoned when over budget."""

import pytest
from django.db import connection

from events import cached_counts, data_version
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
    first = cached_counts.cached_count(["published"], counter(calls), budget_ms=1000)
    assert cached_counts.cached_count(["published"], counter(calls), budget_ms=1000) == first
    assert len(calls) == 1
    make_event()  # bumps the version
    assert cached_counts.cached_count(["published"], counter(calls), budget_ms=1000) == first + 1
    assert len(calls) == 2


def test_different_filter_states_are_cached_apart(calls):
    cached_counts.cached_count(["a"], counter(calls), budget_ms=1000)
    cached_counts.cached_count(["b"], counter(calls), budget_ms=1000)
    assert len(calls) == 2


def test_a_count_over_budget_gives_none_fast_and_is_not_cached():
    import time

    started = time.monotonic()
    assert cached_counts.cached_count(["slow"], slow_query, budget_ms=50) is None
    assert time.monotonic() - started < 2
    # The connection is still usable, and nothing was cached.
    assert Event.objects.exists()
    key = cached_counts.cache_key(["slow"], data_version.current())
    assert cached_counts.cache.get(key) is None


def test_the_budget_ends_with_the_count():
    cached_counts.cached_count(["fast"], lambda: 1, budget_ms=50)
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
    assert cached_counts.cached_count(["unbounded"], lambda: 42) == 42
