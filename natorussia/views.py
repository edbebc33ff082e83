"""Site-wide views: the load balancers' health check and safely served uploads."""

import logging
import mimetypes

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.static import serve

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
    """An uploaded file from MEDIA_ROOT that can never run as a page or a script.

    ``django.views.static.serve`` already refuses paths outside MEDIA_ROOT.
    """
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    content_type, _ = mimetypes.guess_type(path)
    if content_type in INLINE_MEDIA_TYPES:
        # The TimelineJS export points at images from pages on other sites.
        response["Cross-Origin-Resource-Policy"] = "cross-origin"
    else:
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_CONTENT_SECURITY_POLICY
    return response
