"""The one cache: public answers, kept and validated by the state they were rendered in.

A public page or API answer depends only on the data, the code, the language and the
request. So the *state* (the data version the database bumps on every write,
``settings.RELEASE`` and the language) is its ``ETag`` and, with the address, its key in
the cache every app instance shares. Nothing else is cached: pages are fast without it.
Browsers revalidate every time (``no-cache``); signed-in users, who may see drafts, get
fresh, private answers. Answers are kept gzipped, and sent so to clients that accept it.
"""

import functools
import gzip
import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.http import condition

from . import data_version
from .kinds import KINDS
from .models import Event, can_preview

#: How long an unused answer is kept; a write makes it unreachable anyway.
TIMEOUT_SECONDS = 60 * 60
#: Request headers that may select a different answer at the same address (the
#: API's content negotiation). Cookies cannot: signed-in users never share answers.
SELECTING_HEADERS = ("Accept",)
#: Bigger answers are rendered every time rather than crowding the cache.
MAX_SHARED_BYTES = 1_000_000
#: The models whose rows a viewer with the permission sees before they are public.
PREVIEWABLE = (Event, *(kind.model for kind in KINDS))
#: A client that may be sent gzip (every browser), as Django's GZipMiddleware reads it.
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def data_state(version=None):
    """The data (``version``, by default the current one) and the code that renders it.
    The version's time too: a version number from a rolled-back write may be reused."""
    version = version or data_version.current()
    return f"{version.number}:{version.changed_at.timestamp()}:{settings.RELEASE}"


def _viewer(user):
    """Which models' rows ``user`` may preview, which changes what pages show."""
    previewed = [model._meta.model_name for model in PREVIEWABLE if can_preview(user, model)]
    return "+".join(previewed) or "public"


def _etag(request, *args, **kwargs):
    state = hashlib.sha256(request.answer_state.encode()).hexdigest()[:20]
    # Weak: the same state is sent as gzip or not, and weak tags still give 304s on GET.
    return f'W/"{state}-{request.answer_viewer}"'


def _key(request):
    selectors = [request.headers.get(name, "") for name in SELECTING_HEADERS]
    parts = "\n".join([request.answer_state, request.build_absolute_uri(), *selectors])
    return "answer:" + hashlib.sha256(parts.encode()).hexdigest()[:40]


def shareable(response):
    """Whether every visitor may be given this answer: a complete, cookie-free 200
    that varies with nothing but the selecting headers."""
    varies_by = {name.strip().lower() for name in response.get("Vary", "").split(",")} - {""}
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        # Accept-Encoding too: the kept gzip is sent to each client as it accepts.
        and varies_by <= {name.lower() for name in [*SELECTING_HEADERS, "Accept-Encoding"]}
        and len(response.content) <= MAX_SHARED_BYTES
    )


def _sent(kept, request):
    """A kept answer as the client takes it: its gzip bytes as they are, or unpacked."""
    status, headers, compressed = kept
    if ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")):
        headers = {**headers, "Content-Encoding": "gzip"}
        return HttpResponse(compressed, status=status, headers=headers)
    return HttpResponse(gzip.decompress(compressed), status=status, headers=headers)


def _shared_between_visitors(view):
    """Anonymous GETs answered with the rendering kept for their address and state."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "GET" or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        key = _key(request)
        kept = cache.get(key)
        if kept is not None:
            return _sent(kept, request)
        response = view(request, *args, **kwargs)

        def keep(rendered):
            """Keep a shareable answer; a browser gets the bytes the next one will."""
            if not shareable(rendered):
                return None
            # Fastest compression: a seventh of the size for under a millisecond.
            compressed = gzip.compress(rendered.content, compresslevel=1, mtime=0)
            kept = (rendered.status_code, dict(rendered.items()), compressed)
            cache.set(key, kept, TIMEOUT_SECONDS)
            return _sent(kept, request)

        # DRF's answers are rendered after the view returns (a callback's answer replaces it).
        if hasattr(response, "add_post_render_callback"):
            response.add_post_render_callback(keep)
            return response
        return keep(response) or response

    return wrapper


def cached_answer(view):
    """The one entry point for views: ``304 Not Modified`` when the client's copy is
    current, else the shared rendering, else ``view``'s; ``Cache-Control`` on all."""
    # No Last-Modified: a date would not change with the code or the language, the ETag does.
    answer = condition(etag_func=_etag)(_shared_between_visitors(view))

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        # What the answer is rendered from besides the address, read once for the ETag
        # and the key: the data, the code and the language, and who may preview what.
        request.answer_state = f"{data_state()}:{get_language()}"
        request.answer_viewer = _viewer(request.user)
        response = answer(request, *args, **kwargs)
        private = {"private": True} if request.answer_viewer != "public" else {}
        patch_cache_control(response, no_cache=True, **private)
        patch_vary_headers(response, ["Accept-Encoding"])
        return response

    return wrapper


class CachedAnswerMixin:
    """The same for class-based views, DRF's included."""

    @method_decorator(cached_answer)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)
