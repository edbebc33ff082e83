"""Health checks, and a clear 503 that clears by itself while the database is unreachable."""

import json
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parent.parent


def refused_connections():
    """While active, every query fails the way a refused connection does."""
    refused = OperationalError("connection refused")
    return mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=refused)


@pytest.fixture
def database_down():
    with refused_connections():
        yield


def test_health_check_reports_a_reachable_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_check_reports_an_unreachable_database(client, database_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "unavailable"}


@pytest.mark.parametrize("path", ["/", "/people/boris-lavrentiev/", "/api/events/"])
def test_pages_answer_503_while_the_database_is_down_and_recover(client, path, caplog):
    with refused_connections():
        down = client.get(path)
    assert down.status_code == 503
    assert down["Retry-After"] == "30"
    assert "temporarily unavailable" in down.content.decode()
    assert "Content-Security-Policy" in down
    assert f"Database unavailable for GET {path}: connection refused" in caplog.text
    assert client.get(path).status_code == 200


def test_other_errors_are_not_disguised_as_an_outage_and_are_logged(client, caplog, settings):
    client.raise_request_exception = False
    with mock.patch("events.api.views.EventViewSet.list", side_effect=ValueError("a bug")):
        assert client.get("/api/events/?person=boris-lavrentiev").status_code == 500
    assert "Internal Server Error: /api/events/" in caplog.text
    assert "ValueError: a bug" in caplog.text
    assert settings.SECRET_KEY not in caplog.text


def test_a_really_unreachable_database_gives_503_and_logs_no_password():
    """A separate process pointed at a PostgreSQL port nobody listens on."""
    script = (
        "import django, json; django.setup();"
        "from django.test import Client; c = Client();"
        "print(json.dumps({p: c.get(p).status_code for p in ['/', '/healthz', '/api/events/']}))"
    )
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "natorussia.test_settings",
        "DATABASE_URL": "postgres://timeline:s3cret-pass@127.0.0.1:9/timeline",
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"/": 503, "/healthz": 503, "/api/events/": 503}
    assert "Database unavailable for GET /" in result.stderr
    assert "s3cret-pass" not in result.stderr
