"""Settings for the NATO–Russia timeline, driven by environment variables.

Development is the default only when ``DJANGO_DEBUG`` is set; production refuses
to start without a real secret key and an explicit list of allowed hosts.
"""

import importlib.metadata
import json
import os
import subprocess
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from .environment import env_flag, env_list

BASE_DIR = Path(__file__).resolve().parent.parent


def code_release():
    """The commit of this git checkout, else the installed package's version."""
    try:
        return subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return importlib.metadata.version("natorussia")


DEBUG = env_flag("DJANGO_DEBUG")
#: The code being run. Part of every cache key and ETag, so that after a deploy no
#: answer rendered by the previous code (pointing at its static files) is served.
RELEASE = os.environ.get("DJANGO_RELEASE") or code_release()

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if DEBUG:
    # A key that only ever signs local development sessions.
    SECRET_KEY = SECRET_KEY or "insecure-development-key-never-used-in-production"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
else:
    if not SECRET_KEY:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off (production)."
        )
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured(
            "DJANGO_ALLOWED_HOSTS must be set when DJANGO_DEBUG is off (production)."
        )

INSTALLED_APPS = [
    # Before the admin, which it extends (events/translation.py).
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "simple_history",
    "csp",
    "axes",
    "events",
]

MIDDLEWARE = [
    # First, so that nothing reads an oversized body.
    "natorussia.middleware.RequestBodyLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "natorussia.middleware.CrossOriginAndPermissionsPolicyMiddleware",
    "natorussia.middleware.RejectUndecodableQueryStringMiddleware",
    "natorussia.middleware.BoundedQueryStringMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the address's prefix (/ru/…), English without one.
    "django.middleware.locale.LocaleMiddleware",
    # The admin, the API and the exports in their client's language (?lang=, Accept-Language).
    "natorussia.middleware.ClientLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records who made each change in the revision history.
    "simple_history.middleware.HistoryRequestMiddleware",
    "natorussia.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into a 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "natorussia.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "natorussia.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two editors saving at once queue for SQLite's single write lock instead of the
    # second failing at once with "database is locked": every transaction takes the lock
    # as it begins (IMMEDIATE, so a read inside it can never go stale before its write),
    # waits up to 20 seconds for it, and readers never wait for writers (WAL).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        **DATABASES["default"].get("OPTIONS", {}),
    }

elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The site's queries are short: compiling them to machine code (JIT) cost more than it
    # saved, 165 ms on a broad search's ranking at 100,000 events (docs/performance.md).
    DATABASES["default"]["OPTIONS"] = {
        "options": "-c jit=off",
        **DATABASES["default"].get("OPTIONS", {}),
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out client is refused before its password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Brute-force protection for the admin login (django-axes): five failures from one
# address for one username lock that pair out for 15 minutes, even with the right password.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "429.html"
# How many reverse proxies of our own append to X-Forwarded-For (see natorussia/proxies.py).
PROXY_COUNT = int(os.environ.get("DJANGO_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "natorussia.proxies.client_ip"

# Security headers on every response. Pages may load scripts, styles, images and
# fonts from this site only: no inline code, no CDN.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_flag("DJANGO_SECURE_SSL_REDIRECT", default=True)
    # Load balancers probe over plain HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
if env_flag("DJANGO_TRUST_X_FORWARDED_PROTO"):
    # Only behind a proxy that sets this header itself, never passing the client's on.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LANGUAGE_CODE = "en-gb"
# English at the site's addresses, Russian under /ru/ (natorussia/urls.py).
LANGUAGES = [("en-gb", "English"), ("ru", "Русский")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The records' texts in each language (events/translation.py): a column per language,
# named by the base language ("title_en"); a missing text falls back to the other
# language's (a record drafted from a Russian article may have no English text yet).
# A record made with only the plain field ("title=…", as in a fixture or the importer)
# gets it as its English text.
MODELTRANSLATION_LANGUAGES = ("en", "ru")
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en", "ru")
MODELTRANSLATION_AUTO_POPULATE = "default"
# A slug is made from the English title or name in either language's admin: ASCII, the same
# in both languages.
MODELTRANSLATION_PREPOPULATE_LANGUAGE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# Uploads are served through Django's media view, which decides who may see each one.
# Set to the web server's internal location for them (e.g. nginx's "/protected-media/",
# see README) to let it send the bytes; otherwise Django reads them from the storage.
MEDIA_ACCEL_REDIRECT = os.environ.get("DJANGO_MEDIA_ACCEL_REDIRECT", "")
FIXTURE_DIRS = [BASE_DIR / "fixtures"]
# The largest request body accepted (RequestBodyLimitMiddleware): a 5 MB image
# (events/images.py) with its form's other fields, which Django caps at
# DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB); an article to import is at most 2 MB.
REQUEST_BODY_MAX_BYTES = 8 * 1024 * 1024
# The import's review page posts about 20 fields per proposed event; a long article has
# a hundred proposals. Django's default (1,000) would turn that save into a 400.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000

STORAGES = {
    # Several app instances need shared media: point this at e.g. django-storages' S3 backend.
    "default": {
        "BACKEND": os.environ.get(
            "DJANGO_MEDIA_STORAGE", "django.core.files.storage.FileSystemStorage"
        ),
        "OPTIONS": json.loads(os.environ.get("DJANGO_MEDIA_STORAGE_OPTIONS", "{}")),
    },
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}


def cache_from_url(url):
    """``locmem://`` (one process), ``redis://host:port/db`` (shared), or ``dummy://``."""
    scheme = url.partition("://")[0]
    backends = {
        "locmem": "django.core.cache.backends.locmem.LocMemCache",
        "redis": "natorussia.redis_cache.RedisCache",
        "rediss": "natorussia.redis_cache.RedisCache",
        "dummy": "django.core.cache.backends.dummy.DummyCache",
    }
    if scheme not in backends:
        raise ImproperlyConfigured(f"CACHE_URL: unknown scheme “{scheme}”.")
    cache = {"BACKEND": backends[scheme], "KEY_PREFIX": "natorussia"}
    if scheme.startswith("redis"):
        cache["LOCATION"] = url
    if scheme == "locmem":
        # Django's default of 300 entries holds the event cards of only six pages;
        # these are a few MB (cards about 3 KB, kept pages about 30 KB compressed).
        cache["OPTIONS"] = {"MAX_ENTRIES": 3000}
    return cache


CACHES = {"default": cache_from_url(os.environ.get("CACHE_URL", "locmem://"))}

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "events.api.pagination.TimelinePagination",
    "DEFAULT_SCHEMA_CLASS": "events.api.schema.TimelineAutoSchema",
}

# The licence statement of /export/dataset.zip (its README). The default is a proposal:
# the project's owners decide the licence.
DATASET_LICENCE = os.environ.get(
    "DJANGO_DATASET_LICENCE",
    "The timeline's own text and structure (event titles, summaries, dates, date notes and "
    "links) are offered under the Creative Commons Attribution 4.0 International licence "
    "(CC BY 4.0, https://creativecommons.org/licenses/by/4.0/): cite the dataset as below. "
    "Quotations and source texts remain the copyright of their publishers; they are "
    "included so that each event can be checked against its sources, and should be cited "
    "as those sources.",
)

SPECTACULAR_SETTINGS = {
    "TITLE": "NATO–Russia cooperation timeline API",
    "DESCRIPTION": "Read-only, source-cited events, agreements, people, places, "
    "organizations and sources.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Events and sources share one set of precisions: one name for it in the schema.
    "ENUM_NAME_OVERRIDES": {"DatePrecisionEnum": "events.dates.DatePrecision"},
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "events.api.schema.describe_parameters_and_exports",
    ],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # django-axes announces its version at INFO on every start; lockouts are warnings.
    "loggers": {"axes": {"level": "WARNING"}},
}
