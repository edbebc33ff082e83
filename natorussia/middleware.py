"""Response headers Django lacks a setting for, a 413 for oversized request bodies, a 400
for undecodable query strings, a clear 503 when the database is down, and the admin,
the API and the exports in their client's language."""

import logging
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext, ngettext

from events.parameters import LANG_PARAMETER

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


#: Addresses without a language prefix whose answers follow the client rather than the
#: site's default language: the admin (its editor's browser), the API and the exports.
CLIENT_LANGUAGE_PATHS = ("/admin/", "/api/", "/export/", "/feeds/")
#: Where a ``lang`` parameter chooses the language (else the browser's ``Accept-Language``).
LANG_PARAMETER_PATHS = ("/api/", "/export/", "/feeds/")


class UnknownLanguage(ValueError):
    pass


def _client_language(request):
    """The language the client asks for at an address that follows it, or None elsewhere.
    Raises UnknownLanguage for a ``lang`` the site does not speak."""
    path = request.path_info
    if not path.startswith(CLIENT_LANGUAGE_PATHS):
        return None
    chosen = request.GET.get(LANG_PARAMETER) if path.startswith(LANG_PARAMETER_PATHS) else None
    if chosen is None:
        return translation.get_language_from_request(request)
    try:
        return translation.get_supported_language_variant(chosen)
    except LookupError:
        raise UnknownLanguage(chosen) from None


def request_language(request):
    """The language of the answer to ``request``, for middleware that answers before
    ``LocaleMiddleware`` has chosen it: the address's (``/ru/…``), the client's where the
    answer follows it (see ``ClientLanguageMiddleware``), else the site's default."""
    if language := translation.get_language_from_path(request.path_info):
        return language
    try:
        return _client_language(request) or settings.LANGUAGE_CODE
    except UnknownLanguage:
        return settings.LANGUAGE_CODE


class ClientLanguageMiddleware:
    """The admin in the language its editor's browser asks for (``Accept-Language``); the
    API and the exports in the one ``lang`` names (``?lang=ru``), else the browser's.

    These addresses have no language prefix, so ``LocaleMiddleware`` (before this) gives
    them the site's default language; the pages keep the language of their address.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            language = _client_language(request)
        except UnknownLanguage:
            codes = ", ".join(code for code, _name in settings.LANGUAGES)
            message = gettext("Choose one of the site's languages: %(codes)s.") % {"codes": codes}
            return JsonResponse({LANG_PARAMETER: [message]}, status=400)
        if language is None:
            return self.get_response(request)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        patch_vary_headers(response, ("Accept-Language",))
        return response


class RequestBodyLimitMiddleware:
    """Refuses a request body larger than any form here sends, before anything reads it.

    Django would first write such an upload to disk, and only then refuse it. A body
    without a ``Content-Length`` (chunked) is refused too: Django would read it as empty.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = request.META.get("CONTENT_LENGTH")
        if not length and "HTTP_TRANSFER_ENCODING" in request.META:
            with translation.override(request_language(request)):
                message = gettext("Length required: send the request with a Content-Length header.")
            return _plain_text_response(411, message)
        if length and length.isdigit() and int(length) > settings.REQUEST_BODY_MAX_BYTES:
            limit = settings.REQUEST_BODY_MAX_BYTES // 1024 // 1024
            with translation.override(request_language(request)):
                message = gettext("Request too large: at most %(limit)s MB can be sent at once.")
            return _plain_text_response(413, message % {"limit": limit})
        return self.get_response(request)


def _plain_text_response(status, message):
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


class RejectUndecodableQueryStringMiddleware:
    """Answers 400 to a query string that is not UTF-8 once percent-decoded.

    Django would quietly turn the bad bytes into U+FFFD and search for that.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # WSGI hands the raw bytes over decoded as Latin-1.
        raw = request.META.get("QUERY_STRING", "").encode("iso-8859-1")
        try:
            unquote_to_bytes(raw).decode("utf-8")
        except UnicodeDecodeError:
            with translation.override(request_language(request)):
                message = gettext(
                    "Bad request: the query string is not valid UTF-8 once percent-decoded."
                )
            return _plain_text_response(400, message)
        return self.get_response(request)


class BoundedQueryStringMiddleware:
    """Answers 400 to a query string with too many values, for one parameter or in all.

    No page, API route or export needs more, and every value can cost the answer
    something: the timeline's chips repeat the other parameters in each remove-link,
    so 900 copies of ``q=a`` once made a 6.8 MB page. With these bounds, answers stay
    small however the query string is built. The answer is the API's error shape,
    ``{"parameter": ["…"]}``, wherever it was asked.
    """

    MAX_VALUES_PER_PARAMETER = 50
    MAX_VALUES = 100

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with translation.override(request_language(request)):
            problems = self.problems(request.GET)
        if problems:
            return JsonResponse(problems, status=400, json_dumps_params={"ensure_ascii": False})
        return self.get_response(request)

    @classmethod
    def problems(cls, query):
        total = 0
        for name, values in query.lists():
            if len(values) > cls.MAX_VALUES_PER_PARAMETER:
                # The count given is always more than 50: the plural follows the limit's.
                message = ngettext(
                    "Given %(count)s times; at most %(limit)s value a parameter is accepted.",
                    "Given %(count)s times; at most %(limit)s values a parameter are accepted.",
                    cls.MAX_VALUES_PER_PARAMETER,
                )
                return {
                    name[:80]: [
                        message % {"count": len(values), "limit": cls.MAX_VALUES_PER_PARAMETER}
                    ]
                }
            total += len(values)
        if total > cls.MAX_VALUES:
            message = ngettext(
                "%(count)s parameter values; at most %(limit)s is accepted.",
                "%(count)s parameter values; at most %(limit)s are accepted.",
                cls.MAX_VALUES,
            )
            return {"non_field_errors": [message % {"count": total, "limit": cls.MAX_VALUES}]}
        return None


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
