"""A counter that any edit to the timeline's content bumps, for caches and conditional GET.

Cached facet counts are keyed by it and HTTP validators (``ETag``,
``Last-Modified``) derive from it, so an edit made through any app instance is
seen by every other one at once. The bump runs inside the edit's own
transaction: readers see the new data and the new version together.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime

from django.apps import apps
from django.core.signals import request_finished, request_started
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

SINGLETON_ID = 1
# Within a request the version is read once (ETag, Last-Modified and each cached
# count all need it); outside requests it is read every time.
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
        # A database migrated but never edited: version 0, as old as it can be.
        return Version(0, datetime(2000, 1, 1, tzinfo=UTC))
    return Version(*row)


def bump():
    from .models import DataVersion

    now = timezone.now()
    updated = DataVersion.objects.filter(pk=SINGLETON_ID).update(
        version=F("version") + 1, changed_at=now
    )
    if not updated:
        DataVersion.objects.get_or_create(pk=SINGLETON_ID, defaults={"changed_at": now})
    memo = _request_memo.get()
    if memo is not None:
        memo.clear()


def _start_request_memo(**kwargs):
    _request_memo.set({})


def _end_request_memo(**kwargs):
    _request_memo.set(None)


def _bump_on_signal(sender, **kwargs):
    bump()


def _bump_on_m2m_change(sender, action, **kwargs):
    if action.startswith("post_"):
        bump()


def content_models():
    """Every model of the app whose rows the public pages or the API show."""
    from .models import DataVersion

    models = apps.get_app_config("events").get_models()
    # Revision-history rows are written beside the edit that already bumps the version.
    return [
        model
        for model in models
        if model is not DataVersion and not hasattr(model, "instance_type")
    ]


def _signal_hooks():
    """(signal, handler, sender, dispatch_uid) for every content model and link table."""
    for model in content_models():
        yield post_save, _bump_on_signal, model, f"data-version-save-{model}"
        yield post_delete, _bump_on_signal, model, f"data-version-delete-{model}"
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            yield m2m_changed, _bump_on_m2m_change, through, f"data-version-m2m-{through}"


def connect_signals():
    request_started.connect(_start_request_memo, dispatch_uid="data-version-request-started")
    request_finished.connect(_end_request_memo, dispatch_uid="data-version-request-finished")
    for signal, handler, sender, uid in _signal_hooks():
        signal.connect(handler, sender=sender, dispatch_uid=uid)


@contextmanager
def one_bump_for_bulk_changes():
    """Bump once for a bulk job rather than once per row.

    Without receivers Django also deletes rows in bulk instead of one by one.
    Only for single-threaded jobs such as management commands: the signals are
    disconnected process-wide meanwhile.
    """
    for signal, _handler, sender, uid in _signal_hooks():
        signal.disconnect(sender=sender, dispatch_uid=uid)
    try:
        yield
    finally:
        connect_signals()
    bump()
