"""The current filters, applied and rejected the same way by every export."""

from functools import wraps

from django.http import JsonResponse

from events.filters import EventFilterSet
from events.models import Event

# Streamed exports read the events in chunks, each chunk with its own prefetch
# queries, so memory stays flat however large the archive grows.
CHUNK_SIZE = 500


class InvalidFilters(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


def filtered_events(request, with_related=True):
    """Published events matching the request's filters, with everything an export shows
    (or, without ``with_related``, only the events' own columns).

    Raises :class:`InvalidFilters` rather than silently dropping a bad filter,
    which would export more than the reader asked for.
    """
    published = Event.objects.published()
    queryset = published.with_related() if with_related else published
    filterset = EventFilterSet(request.GET, queryset=queryset)
    if not filterset.is_valid():
        raise InvalidFilters({field: list(errors) for field, errors in filterset.errors.items()})
    return filterset.qs


def in_chunks(events):
    return events.iterator(chunk_size=CHUNK_SIZE)


def rejects_invalid_filters(view):
    """Answer invalid filters with HTTP 400 and the API's error shape: ``{"field": ["…"]}``."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        try:
            return view(*args, **kwargs)
        except InvalidFilters as invalid:
            return JsonResponse(invalid.errors, status=400)

    return wrapper
