"""A new web worker renders a page and an API answer before its first visitor
(``natorussia/warm_up.py``, called by gunicorn.conf.py's ``post_worker_init``)."""

import logging

import pytest
from django.db import OperationalError, connection
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext

from events import data_version
from natorussia import warm_up

pytestmark = pytest.mark.django_db


@pytest.fixture
def production(settings):
    """Production's host check and HTTPS redirect, which the warm-up's requests must pass."""
    settings.ALLOWED_HOSTS = [".example.org"]
    settings.SECURE_SSL_REDIRECT = True


def test_warming_up_renders_the_timeline_and_the_api(production, caplog):
    rendered = []

    def record(sender, template, **kwargs):
        rendered.append(template.name)

    template_rendered.connect(record)
    try:
        with CaptureQueriesContext(connection) as captured, caplog.at_level(logging.WARNING):
            warm_up.warm_up()
    finally:
        template_rendered.disconnect(record)
    assert "events/timeline.html" in rendered
    api_reads = [q["sql"] for q in captured.captured_queries if "events_event" in q["sql"]]
    assert len(api_reads) >= 2  # the page's events and the API's
    assert not caplog.records


def test_a_visitor_is_never_served_the_warm_up_s_copy(production, client):
    warm_up.warm_up()
    host = {"host": "example.org"}
    with CaptureQueriesContext(connection) as kept:
        client.get(warm_up.PATHS[0], secure=True, headers=host)
    assert len(kept.captured_queries) == 1  # the warm-up's copy: only the data version read
    with CaptureQueriesContext(connection) as captured:
        client.get("/", secure=True, headers=host)
    assert len(captured.captured_queries) > 1  # rendered, not only the data version read


def test_a_database_not_reachable_yet_is_logged_and_the_worker_goes_on(
    production, monkeypatch, caplog
):
    def unreachable():
        raise OperationalError("connection refused")

    monkeypatch.setattr(data_version, "current", unreachable)
    with caplog.at_level(logging.WARNING, logger="natorussia.warm_up"):
        warm_up.warm_up()
    warnings = [r.getMessage() for r in caplog.records if r.name == "natorussia.warm_up"]
    assert warnings == [f"Warming up: {path} answered 503." for path in warm_up.PATHS]


def test_a_page_that_cannot_render_even_its_error_page_does_not_stop_the_worker(
    production, settings, tmp_path, caplog
):
    # Static files never collected: the timeline and its error page both fail to render.
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    with caplog.at_level(logging.WARNING, logger="natorussia.warm_up"):
        warm_up.warm_up()
    logged = {r.getMessage() for r in caplog.records if r.name == "natorussia.warm_up"}
    assert "Warming up: /?utm_source=warm-up could not be answered." in logged
