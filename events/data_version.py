"""A counter that the database bumps on every change to the timeline's content.

Cache keys and the ``ETag`` derive from it. The database keeps it: triggers on every
table the public pages, the API and the exports read (installed by migration 0009;
``tests/test_data_version.py`` checks that every content table has them) bump it inside
the writing transaction. So every write path counts, whoever makes it: the admin, ``update()``,
``bulk_create()``, raw SQL, ``loaddata``, a data migration or another app instance;
and readers see the new data and the new version together.
"""

from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime

from django.core.signals import request_finished, request_started

SINGLETON_ID = 1
# Within a request the version is read once (ETag, Last-Modified and each cached
# result all need it); outside requests it is read every time.
_request_memo = ContextVar("data_version_request_memo", default=None)


@dataclass(frozen=True)
class Version:
    number: int
    changed_at: datetime


def current():
    memo = _request_memo.get()
    if memo is None:
        return _read()
    if "version" not in memo:
        memo["version"] = _read()
    return memo["version"]


def _read():
    from .models import DataVersion

    row = DataVersion.objects.filter(pk=SINGLETON_ID).values_list("version", "changed_at").first()
    if row is None:
        # A database migrated but never written to: version 0, as old as it can be.
        return Version(0, datetime(2000, 1, 1, tzinfo=UTC))
    return Version(*row)


def _start_request_memo(**kwargs):
    _request_memo.set({})


def _end_request_memo(**kwargs):
    _request_memo.set(None)


def connect_request_memo():
    request_started.connect(_start_request_memo, dispatch_uid="data-version-request-started")
    request_finished.connect(_end_request_memo, dispatch_uid="data-version-request-finished")
