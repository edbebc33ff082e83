"""Expensive results (facet counts, totals, the chart) cached by data version, with a time budget.

A count that takes longer than its budget is abandoned, as Datasette does with
its facets: the page renders without it rather than stalling. Unlike Datasette,
it is then finished in a background thread and cached, so pages go without it
only until that thread is done. Entries never go stale: the database bumps
the data version on every write, and the version is part of every key.
"""

import hashlib
import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.utils.translation import get_language

from . import data_version

logger = logging.getLogger(__name__)

#: How long an unused entry stays in the cache; edits make old entries unreachable anyway.
TIMEOUT_SECONDS = 60 * 60
#: SQLite runs the progress handler every this many virtual-machine instructions.
SQLITE_CHECK_EVERY = 1000
#: A count abandoned by a request gets this many times its budget in the background.
BACKGROUND_BUDGET_FACTOR = 20

#: Whether a result was left out of the answer being built because it ran out of time:
#: such an answer must not be kept for other visitors.
answer_incomplete = ContextVar("answer_incomplete", default=False)

#: One thread per process: background counts queue up rather than compete with requests.
background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="finish-count")


def answer_state():
    """What every cached result depends on besides its own inputs: the data (its version),
    the code that renders it (``settings.RELEASE``) and the language."""
    version = data_version.current()
    # The timestamp too: a version number from a rolled-back edit may be reused.
    return f"{version.number}:{version.changed_at.timestamp()}:{settings.RELEASE}:{get_language()}"


def cache_key(key_parts):
    """A short, safe cache key for any JSON-serialisable ``key_parts`` in today's state."""
    state = json.dumps([answer_state(), key_parts], sort_keys=True, default=str)
    return f"data:{hashlib.sha256(state.encode()).hexdigest()[:40]}"


@contextmanager
def _sqlite_budget(budget_ms):
    deadline = time.monotonic() + budget_ms / 1000
    connection.ensure_connection()
    raw = connection.connection
    # A non-zero return aborts the running statement with "interrupted".
    raw.set_progress_handler(lambda: time.monotonic() > deadline, SQLITE_CHECK_EVERY)
    try:
        yield
    finally:
        raw.set_progress_handler(None, SQLITE_CHECK_EVERY)


@contextmanager
def _postgresql_budget(budget_ms):
    # In a savepoint: a cancelled statement rolls back to it (undoing the SET LOCAL
    # too) and leaves any outer transaction usable. A released savepoint keeps a
    # SET LOCAL, so on success the previous timeout is put back explicitly.
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('statement_timeout'), "
                "set_config('statement_timeout', %s, true)",
                [f"{int(budget_ms)}ms"],
            )
            previous = cursor.fetchone()[0]
        yield
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('statement_timeout', %s, true)", [previous])


@contextmanager
def _no_budget():
    yield


def time_budget(budget_ms):
    """Abort the queries run inside with a DatabaseError once ``budget_ms`` have passed.

    ``None`` means no limit.
    """
    if budget_ms is None:
        return _no_budget()
    if connection.vendor == "sqlite":
        return _sqlite_budget(budget_ms)
    if connection.vendor == "postgresql":
        return _postgresql_budget(budget_ms)
    raise NotImplementedError(f"No time budget for {connection.vendor}.")


def cached(key_parts, compute, budget_ms=None):
    """``compute()``, from the cache if it was computed for this data version.

    ``compute`` must run its queries itself (return numbers or lists, not lazy
    querysets) so that they run inside the budget. Returns None if ``compute``
    runs out of its budget, and finishes it in the background for the next caller.
    """
    key = cache_key(key_parts)
    result = cache.get(key)
    if result is not None:
        return result
    if budget_ms is not None and cache.get(_finishing_key(key)):
        # Already being finished in the background: no point in starting it again here.
        answer_incomplete.set(True)
        return None
    try:
        with time_budget(budget_ms):
            result = compute()
    except DatabaseError:
        if budget_ms is None:
            raise  # not a budget running out: a real error
        logger.info("Count %s ran past its %s ms budget; finishing it later.", key_parts, budget_ms)
        _finish_in_background(key, compute, budget_ms * BACKGROUND_BUDGET_FACTOR)
        answer_incomplete.set(True)
        return None
    cache.set(key, result, TIMEOUT_SECONDS)
    return result


def _finishing_key(key):
    return f"{key}:finishing"


def _finish_in_background(key, compute, budget_ms):
    # Once across all requests and instances sharing the cache, for as long as it may run.
    if cache.add(_finishing_key(key), True, timeout=budget_ms // 1000 + 1):
        background.submit(_finish, key, compute, budget_ms)


def _finish(key, compute, budget_ms):
    try:
        with time_budget(budget_ms):
            cache.set(key, compute(), TIMEOUT_SECONDS)
    except DatabaseError:
        logger.warning("Count %s ran past %s ms even in the background.", key, budget_ms)
    except Exception:  # a thread's errors are otherwise lost
        logger.exception("Count %s failed in the background.", key)
    finally:
        connection.close()  # this thread's own connection; nothing else would close it
