"""Two app instances, one PostgreSQL and one Redis: an edit through one is seen through the other.

Run by ``make test-postgres`` (which installs redis-server); ``make test`` on SQLite
deselects it, since the instances must share a database server.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

pytestmark = [pytest.mark.multi_instance]

ROOT = Path(__file__).resolve().parent.parent
EVENTS = "/api/events/?organization=nato"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def get(base, path, etag=None):
    request = urllib.request.Request(base + path, headers={"If-None-Match": etag} if etag else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers["ETag"], json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, error.headers["ETag"], None


@pytest.fixture
def redis_url():
    server = shutil.which("redis-server")
    assert server, "redis-server is missing: `make test-postgres` installs it."
    port = free_port()
    process = subprocess.Popen(
        [server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    import redis

    client = redis.Redis.from_url(url)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def instance_env(seeded_transactional_db, redis_url):
    """The environment of a production app instance on the test database and Redis."""
    if connection.vendor != "postgresql":
        pytest.fail("Run this test against PostgreSQL: `make test-postgres`.")
    db = connection.settings_dict
    return {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "CACHE_URL": redis_url,
        "DJANGO_DEBUG": "",
        # Plain HTTP on loopback: no TLS proxy in front of these instances.
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECRET_KEY": "two-instance-test-key",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "natorussia.settings",
    }


@pytest.fixture
def instances(instance_env):
    gunicorn = Path(sys.executable).with_name("gunicorn")
    started = []
    for _ in range(2):
        port = free_port()
        command = [
            str(gunicorn),
            "--workers",
            "1",
            "--bind",
            f"127.0.0.1:{port}",
            "natorussia.wsgi",
        ]
        process = subprocess.Popen(command, cwd=ROOT, env=instance_env)
        started.append((process, f"http://127.0.0.1:{port}"))
    for _, base in started:
        wait_for(base + "/api/")
    yield [base for _, base in started]
    for process, _ in started:
        process.terminate()
        process.wait(timeout=15)


def edit_through(instance_env, code):
    """Run ``code`` in a process configured exactly as an app instance."""
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=instance_env, check=True
    )


def test_an_edit_through_one_instance_is_seen_through_the_other(instances, instance_env):
    first, second = instances
    status, etag, before = get(second, EVENTS)
    assert status == 200
    # Both instances have the count cached in the shared Redis now.
    assert get(first, EVENTS)[2]["count"] == before["count"]
    assert get(second, EVENTS, etag)[0] == 304

    edit_through(
        instance_env,
        "from events.models import Event, Organization; "
        "event = Event.objects.published().exclude(organizations__slug='nato').first(); "
        "event.organizations.add(Organization.objects.get(slug='nato'))",
    )

    status, new_etag, after = get(second, EVENTS, etag)
    assert status == 200
    assert new_etag != etag
    assert after["count"] == before["count"] + 1
    assert get(first, EVENTS)[2]["count"] == after["count"]
