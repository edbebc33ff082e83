"""Public answers keyed by the data version: conditional GET, and one rendering for every visitor.

Every public page and API answer depends only on the timeline's data, the code,
the language and the request, so ``data_cache.answer_state()`` is a sound validator
for all of them (the ``ETag``: a ``304 Not Modified`` without rendering anything)
and a sound key for keeping a rendered answer: until the next write, visitors to an
address get the bytes rendered for the first of them, from the cache that every app
instance shares. Signed-in users are always served fresh: editors also see what is
not public yet.
"""

import functools
import hashlib
import zlib

from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.decorators import method_decorator
from django.views.decorators.http import condition

from . import data_cache
from .kinds import KINDS
from .models import Event, can_preview

#: Request headers that may select a different answer at the same address (the
#: API's content negotiation). Cookies cannot: signed-in users never share answers.
SELECTING_HEADERS = {"Accept": "HTTP_ACCEPT"}
#: Bigger answers are rendered every time rather than crowding the cache.
MAX_SHARED_BYTES = 1_000_000
#: The models whose rows a viewer with the permission sees before they are public.
PREVIEWABLE = (Event, *(kind.model for kind in KINDS))


def _viewer(request):
    """Which models' rows the user may preview: viewers who differ in that see different
    pages."""
    user = getattr(request, "user", None)  # DRF replaces an anonymous user by None
    previewed = [model._meta.model_name for model in PREVIEWABLE if can_preview(user, model)]
    return "+".join(previewed) or "public"


def _etag(request, *args, **kwargs):
    """The data, code and language the answer was rendered from, and what the viewer may
    see besides the public content."""
    state = hashlib.sha256(data_cache.answer_state().encode()).hexdigest()[:20]
    return f'"{state}-{_viewer(request)}"'


def _shared_key(request):
    selectors = [request.META.get(meta, "") for meta in SELECTING_HEADERS.values()]
    return data_cache.cache_key(["answer", request.build_absolute_uri(), selectors])


def shareable(response):
    """Whether every visitor may be given this answer: a complete, cookie-free 200
    that varies with nothing but the selecting headers."""
    varies_by = {name.strip().lower() for name in response.get("Vary", "").split(",")} - {""}
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and varies_by <= {name.lower() for name in SELECTING_HEADERS}
        and len(response.content) <= MAX_SHARED_BYTES
    )


def shared_between_visitors(view):
    """Answer anonymous GETs with the rendering kept for this address and data version."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "GET" or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        key = _shared_key(request)
        kept = cache.get(key)
        if kept is not None:
            status, headers, compressed = kept
            return HttpResponse(zlib.decompress(compressed), status=status, headers=headers)
        data_cache.answer_incomplete.set(False)
        response = view(request, *args, **kwargs)

        def keep(rendered):
            if shareable(rendered) and not data_cache.answer_incomplete.get():
                # Fastest compression: a seventh of the size for under a millisecond.
                compressed = zlib.compress(rendered.content, 1)
                kept = (rendered.status_code, dict(rendered.items()), compressed)
                cache.set(key, kept, data_cache.TIMEOUT_SECONDS)

        # DRF's answers are rendered after the view returns.
        if hasattr(response, "add_post_render_callback"):
            response.add_post_render_callback(keep)
        else:
            keep(response)
        return response

    return wrapper


def cached_by_data_version(view):
    """``304 Not Modified`` when the client's copy is current, else the shared rendering.

    Browsers are told to ask every time (``no-cache``): the ``ETag`` makes asking cheap,
    and a page reused without asking could be out of date. Pages for editors, who may
    see drafts, are ``private`` as well.
    """
    # No Last-Modified: a date would not change with the code or the language, the ETag does.
    conditional = condition(etag_func=_etag)
    answer = conditional(shared_between_visitors(view))

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        private = {"private": True} if _viewer(request) != "public" else {}
        response = answer(request, *args, **kwargs)
        patch_cache_control(response, no_cache=True, **private)
        return response

    return wrapper


class CachedByDataVersionMixin:
    """The same for class-based views, DRF's included."""

    @method_decorator(cached_by_data_version)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)
