"""The current filters, applied and rejected the same way by every export."""

from functools import wraps

from django.http import JsonResponse

from events.facets import matching_events
from events.filters import LIST_PARAMETERS, EventFilterSet
from events.models import Event
from events.parameters import LANG_PARAMETER, unknown_parameter_errors

#: What an export accepts: the timeline's filters, its page, which a link copied from a
#: page of results carries and an export (never paginated) ignores, and the language of
#: its readable values (``lang``, read by ``natorussia.middleware``).
KNOWN_PARAMETERS = (*LIST_PARAMETERS, LANG_PARAMETER)


class InvalidFilters(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


def filtered_events(request, known=KNOWN_PARAMETERS):
    """Published events matching the request's filters (their own columns only).

    Raises :class:`InvalidFilters` rather than silently dropping a bad filter,
    which would export more than the reader asked for.
    """
    if unknown := unknown_parameter_errors(request.GET, known):
        raise InvalidFilters(unknown)
    filterset = EventFilterSet(request.GET, queryset=Event.objects.published())
    if not filterset.is_valid():
        raise InvalidFilters({field: list(errors) for field, errors in filterset.errors.items()})
    return matching_events(filterset)


def rejects_invalid_filters(view):
    """Answer invalid filters with HTTP 400 and the API's error shape: ``{"field": ["…"]}``."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        try:
            return view(*args, **kwargs)
        except InvalidFilters as invalid:
            return JsonResponse(invalid.errors, status=400)

    return wrapper
