"""Cached counts: keyed by filter state and data version, abandoned when over budget."""

import threading
import time

import pytest
from django.db import DatabaseError, connection

from events import data_cache
from events.models import Event
from tests.factories import make_event

pytestmark = pytest.mark.django_db


def busy_query(seconds):
    """A query that keeps the database busy for about ``seconds`` (idle machine), then gives 7."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_sleep(%s), 7", [seconds])
        else:  # SQLite counts about 3.5 million steps a second
            cursor.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                "WHERE i < %s) SELECT count(*), 7 FROM n",
                [int(seconds * 3_500_000)],
            )
        return cursor.fetchone()[1]


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


def test_a_count_over_budget_gives_none_fast_and_marks_the_answer_incomplete():
    data_cache.answer_incomplete.set(False)
    started = time.monotonic()
    assert data_cache.cached(["slow"], lambda: busy_query(5), budget_ms=50) is None
    assert time.monotonic() - started < 2
    assert data_cache.answer_incomplete.get()
    # The connection is still usable, and nothing was cached.
    assert Event.objects.exists()
    assert data_cache.cache.get(data_cache.cache_key(["slow"])) is None
    wait_for_background_counts()  # it runs past its background budget too, and is dropped
    assert data_cache.cache.get(data_cache.cache_key(["slow"])) is None


def wait_for_background_counts():
    data_cache.background.submit(lambda: None).result(timeout=120)  # one thread: runs last


def test_a_count_over_budget_is_finished_once_in_the_background(monkeypatch):
    monkeypatch.setattr(data_cache, "BACKGROUND_BUDGET_FACTOR", 1200)  # a minute
    threads = []

    def compute():
        threads.append(threading.current_thread().name)
        return busy_query(1)  # far past a 50 ms budget, well within a minute

    assert data_cache.cached(["medium"], compute, budget_ms=50) is None
    assert data_cache.cached(["medium"], compute, budget_ms=50) is None  # still being finished
    wait_for_background_counts()
    assert data_cache.cached(["medium"], compute, budget_ms=50) == 7
    in_background = [name for name in threads if name.startswith("finish-count")]
    assert len(in_background) == 1
    # The first caller gave up, the second did not start it again, the background finished it.
    assert len(threads) == 2


def test_the_budget_ends_with_the_count():
    data_cache.cached(["fast"], lambda: 1, budget_ms=50)
    # A slow statement after the budgeted one is not cut short.
    assert busy_query(0.2) == 7


def test_a_database_error_without_a_budget_is_raised_not_deferred():
    def broken():
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_table")

    data_cache.answer_incomplete.set(False)
    with pytest.raises(DatabaseError):
        data_cache.cached(["broken"], broken)
    assert not data_cache.answer_incomplete.get()


def test_no_budget_means_no_limit():
    assert data_cache.cached(["unbounded"], lambda: 42) == 42
