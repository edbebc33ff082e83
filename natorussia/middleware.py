"""Response headers Django lacks a setting for, and a clear 503 when the database is down."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

# Seconds a client should wait before trying again while the database is unreachable.
RETRY_AFTER = 30


class CrossOriginAndPermissionsPolicyMiddleware:
    """Adds ``Cross-Origin-Resource-Policy`` and ``Permissions-Policy`` to every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class DatabaseUnavailableMiddleware:
    """Answers 503 with ``Retry-After`` when a view cannot reach the database.

    Nothing is cached: Django discards a broken connection when the request ends
    (``CONN_HEALTH_CHECKS``), so the first request after the database returns is
    served normally.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        # The exception names host and port but never the password; the
        # traceback has no local variables in it.
        logger.error(
            "Database unavailable for %s %s: %s",
            request.method,
            request.path,
            exception,
            exc_info=exception,
        )
        # Rendered without the request, so no context processor touches the database.
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response
