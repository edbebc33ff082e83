"""The test profile: production settings with a throwaway key and fast password hashing."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-key-not-a-secret")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")

from .settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests render templates without running collectstatic first.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files straight from the finders: there is no collectstatic output in tests.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# The test client speaks plain HTTP; tests of HTTPS-only behaviour pass secure=True.
SECURE_SSL_REDIRECT = False
# client.login() has no request for django-axes to inspect; the lockout tests turn it on.
AXES_ENABLED = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file rather than SQLite's shared in-memory database, whose table locks fail at
    # once: threads of the concurrency tests then queue for the write lock as in
    # production. In memory-backed /dev/shm where there is one, one file per test run, so
    # that two runs (two checkouts, or two terminals) never share or delete each other's.
    import tempfile
    from pathlib import Path

    folder = Path("/dev/shm") if Path("/dev/shm").is_dir() else Path(tempfile.gettempdir())
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(folder / f"natorussia-test-{os.getpid()}.sqlite3")
    }
