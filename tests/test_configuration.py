"""Settings read from the environment for a multi-instance deployment."""

import gc
import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from gunicorn.config import Config

from natorussia.settings import cache_from_url

REDIS = "natorussia.redis_cache.RedisCache"
BASE_DIR = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("url", "backend", "location"),
    [
        ("locmem://", "django.core.cache.backends.locmem.LocMemCache", None),
        ("redis://cache.internal:6379/0", REDIS, "redis://cache.internal:6379/0"),
        ("rediss://:secret@cache.internal:6380/1", REDIS, "rediss://:secret@cache.internal:6380/1"),
        ("dummy://", "django.core.cache.backends.dummy.DummyCache", None),
    ],
)
def test_cache_url(url, backend, location):
    cache = cache_from_url(url)
    assert cache["BACKEND"] == backend
    assert cache.get("LOCATION") == location


def test_the_redis_cache_makes_one_client_per_connection_pool():
    from django.utils.module_loading import import_string

    cache = import_string(REDIS)("redis://cache.internal:6379/0", {})  # connects on use only
    client = cache._cache.get_client(write=True)
    assert cache._cache.get_client(write=True) is client
    assert client.connection_pool.connection_kwargs["host"] == "cache.internal"


def test_an_unknown_cache_url_is_refused_by_name():
    with pytest.raises(ImproperlyConfigured, match="memcached"):
        cache_from_url("memcached://127.0.0.1:11211")


def test_the_default_cache_is_local_memory():
    assert settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")


def test_local_memory_holds_many_pages_of_event_cards():
    from django.core.cache import cache

    assert cache._max_entries == 3000  # Django's default, 300, holds six pages' cards


def test_production_settings_from_the_environment():
    code = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps([s.CACHES['default'], s.STORAGES]))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "natorussia.settings",
        "DJANGO_DEBUG": "",
        "DJANGO_SECRET_KEY": "k",
        "DJANGO_ALLOWED_HOSTS": "example.org",
        "CACHE_URL": "redis://127.0.0.1:6379/2",
        "DJANGO_MEDIA_STORAGE": "django.core.files.storage.InMemoryStorage",
        "DJANGO_MEDIA_STORAGE_OPTIONS": '{"location": "portraits"}',
    }
    output = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    cache, storages = json.loads(output)
    assert cache["BACKEND"] == REDIS and cache["LOCATION"] == "redis://127.0.0.1:6379/2"
    assert storages["default"] == {
        "BACKEND": "django.core.files.storage.InMemoryStorage",
        "OPTIONS": {"location": "portraits"},
    }
    # Hashed, compressed static files, which WhiteNoise serves with a ten-year max-age.
    assert storages["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


@pytest.mark.parametrize(
    ("flag", "allowed", "headers"),
    [
        (None, [], {}),
        ("", [], {}),
        ("1", ["*"], {"X-FORWARDED-PROTO": "https"}),
    ],
    ids=["unset", "empty", "set"],
)
def test_gunicorn_trusts_x_forwarded_proto_only_when_django_does(
    monkeypatch, flag, allowed, headers
):
    if flag is None:
        monkeypatch.delenv("DJANGO_TRUST_X_FORWARDED_PROTO", raising=False)
    else:
        monkeypatch.setenv("DJANGO_TRUST_X_FORWARDED_PROTO", flag)
    config = _gunicorn_config()
    assert config.forwarded_allow_ips == allowed
    assert config.secure_scheme_headers == headers


def _gunicorn_config():
    """gunicorn.conf.py, loaded as gunicorn loads it: each name it sets, through its checks."""
    config = Config()
    for name, value in runpy.run_path(str(BASE_DIR / "gunicorn.conf.py")).items():
        if name in config.settings:
            config.set(name, value)
    return config


@pytest.mark.django_db  # the worker warms up first (tests/test_warm_up.py)
def test_a_gunicorn_worker_leaves_its_loaded_application_out_of_full_collections():
    assert gc.get_freeze_count() == 0
    try:
        _gunicorn_config().post_worker_init(worker=None)
        assert gc.get_freeze_count() > 10_000  # the modules, models and settings loaded
    finally:
        gc.unfreeze()
