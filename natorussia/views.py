"""Site-wide views: the load balancers' health check and safely served uploads."""

import hashlib
import logging
import mimetypes
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.db import DatabaseError, connection
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import quote_etag
from django.views.decorators.cache import never_cache

from events.media import image_is_public, may_see_any_upload

logger = logging.getLogger(__name__)

# Uploads a browser may show inline; anything else is offered as a download.
INLINE_MEDIA_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/avif"}
# A sandboxed document with no sources: even a file the browser did render could
# run no script and load nothing.
MEDIA_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'"


@never_cache
def healthz(request):
    """200 ``{"database": "ok"}`` when a query succeeds, else 503."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        logger.error("Health check: database unreachable: %s", error)
        return JsonResponse({"database": "unavailable"}, status=503)
    return JsonResponse({"database": "ok"})


def serve_media(request, path):
    """An uploaded file, to those who may see it, that can never run as a page or a script.

    The public gets the images of what it can see (``image_is_public``) and nothing else:
    not a draft's image, nor one replaced but kept for the history. Editors, who see those
    in the admin, get any upload. Anything else is a 404, as if there were no such file.
    The bytes come from the media storage, or, when ``MEDIA_ACCEL_REDIRECT`` is set, from
    the web server, which this answer tells where to find them (``X-Accel-Redirect``).
    """
    if not _is_stored_name(path):
        raise Http404
    public = image_is_public(path)
    if not (public or may_see_any_upload(request.user)):
        raise Http404
    # A stored name always holds the same bytes: new uploads get new names.
    etag = quote_etag(hashlib.sha256(path.encode()).hexdigest())
    response = get_conditional_response(request, etag=etag) or _file_response(path)
    response["ETag"] = etag
    # Checked again on every use, so that unpublishing hides an image at once.
    patch_cache_control(response, no_cache=True, **{"public" if public else "private": True})
    content_type, _ = mimetypes.guess_type(path)
    if content_type in INLINE_MEDIA_TYPES:
        response["Content-Type"] = content_type
        # The TimelineJS export points at images from pages on other sites.
        response["Cross-Origin-Resource-Policy"] = "cross-origin"
    else:
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_CONTENT_SECURITY_POLICY
    return response


def _is_stored_name(path):
    """Whether ``path`` could name a file in the media storage, never one outside it."""
    parts = path.split("/")
    return "\x00" not in path and all(part not in {"", ".", ".."} for part in parts)


def _file_response(path):
    if settings.MEDIA_ACCEL_REDIRECT:
        response = HttpResponse()
        response["X-Accel-Redirect"] = settings.MEDIA_ACCEL_REDIRECT + quote(path)
        return response
    try:
        return FileResponse(default_storage.open(path))
    except (OSError, SuspiciousFileOperation):
        raise Http404 from None
