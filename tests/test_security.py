"""Security headers, cookies, login throttling and safe settings (uploads: test_media.py)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.utils import get_random_secret_key

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parent.parent
# The timeline, an entity page, the admin login and a page that does not exist.
PAGES = ["/", "/people/boris-lavrentiev/", "/admin/login/", "/no-such-page/"]


def csp_directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (directive.split() for directive in policy.split(";") if directive)
    }


@pytest.mark.parametrize("path", PAGES)
def test_every_page_carries_the_security_headers(client, path):
    response = client.get(path, secure=True)
    assert response.status_code == (404 if path == "/no-such-page/" else 200)
    directives = csp_directives(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_plain_http_is_redirected_to_https_in_production(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/people/boris-lavrentiev/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/people/boris-lavrentiev/"
    # A load balancer's plain-HTTP probe is answered, not redirected.
    assert client.get("/healthz").status_code == 200


def test_cookies_are_secure_http_only_and_same_site(client):
    login_page = client.get("/admin/login/", secure=True)
    csrf = login_page.cookies["csrftoken"]
    assert csrf["secure"] and csrf["samesite"] == "Lax"
    User.objects.create_superuser("editor", "editor@example.org", "a-long-editor-passphrase")
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": "editor", "password": "a-long-editor-passphrase"},
        secure=True,
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True


def admin_login(client, password, **meta):
    """Sign in as “editor”, by default from one fixed address."""
    meta.setdefault("REMOTE_ADDR", "203.0.113.7")
    return client.post(
        "/admin/login/?next=/admin/", {"username": "editor", "password": password}, **meta
    )


def test_repeated_failed_logins_lock_out_even_the_right_password(client, axes_on):
    User.objects.create_superuser("editor", "editor@example.org", "a-long-editor-passphrase")
    for _ in range(4):
        assert admin_login(client, "wrong").status_code == 200
    # The fifth failure locks the pair out.
    assert admin_login(client, "wrong").status_code == 429
    locked = admin_login(client, "a-long-editor-passphrase")
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # Another address is not locked out by someone else's failures.
    other = admin_login(client, "a-long-editor-passphrase", REMOTE_ADDR="198.51.100.9")
    assert other.status_code == 302


def test_a_successful_login_resets_the_failure_count(client, axes_on):
    User.objects.create_superuser("editor", "editor@example.org", "a-long-editor-passphrase")
    for _ in range(4):
        admin_login(client, "wrong")
    assert admin_login(client, "a-long-editor-passphrase").status_code == 302
    client.logout()
    for _ in range(4):
        admin_login(client, "wrong")
    assert admin_login(client, "a-long-editor-passphrase").status_code == 302


def test_behind_a_proxy_the_lockout_follows_the_real_client_not_forged_addresses(
    client, axes_on, settings
):
    settings.PROXY_COUNT = 1
    User.objects.create_superuser("editor", "editor@example.org", "a-long-editor-passphrase")
    proxy = "10.0.0.2"
    for attempt in range(5):
        forged_and_real = f"192.0.2.{attempt}, 203.0.113.7"
        admin_login(client, "wrong", REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=forged_and_real)
    locked = admin_login(
        client,
        "a-long-editor-passphrase",
        REMOTE_ADDR=proxy,
        HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.7",
    )
    assert locked.status_code == 429
    colleague = admin_login(
        client, "a-long-editor-passphrase", REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="198.51.100.9"
    )
    assert colleague.status_code == 302


@pytest.mark.parametrize("weak", ["short", "password123", "12345678901", "editor-editor"])
def test_weak_passwords_are_refused(weak):
    user = User(username="editor-editor", email="editor@example.org")
    with pytest.raises(ValidationError):
        validate_password(weak, user)


def run_manage(*args, **env):
    """``manage.py`` with the production settings and only the environment given."""
    environment = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "natorussia.settings"}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=get_random_secret_key(),
        DJANGO_ALLOWED_HOSTS="example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"DJANGO_ALLOWED_HOSTS": "example.org"}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": "x" * 50}, "DJANGO_ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_key_and_hosts(env, missing):
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


class UnreadableBody:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the request body was read")

    readline = read


def test_an_oversized_body_is_refused_before_it_is_read(client):
    response = client.post(
        "/admin/login/",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(300 * 1024 * 1024),
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 413
    assert "at most 8 MB" in response.content.decode()


def test_a_body_without_a_length_is_refused_not_read_as_empty(client):
    response = client.post(
        "/admin/login/",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH="",
        HTTP_TRANSFER_ENCODING="chunked",
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 411
    assert "Content-Length" in response.content.decode()


def test_the_body_limit_leaves_room_for_the_largest_forms(settings):
    from events.images import MAX_BYTES
    from events.importing.reading import MAX_ARTICLE_BYTES

    form_fields = settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 64 * 1024  # and multipart headers
    assert max(MAX_BYTES, MAX_ARTICLE_BYTES) + form_fields <= settings.REQUEST_BODY_MAX_BYTES
