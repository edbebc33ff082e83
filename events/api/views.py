from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.shortcuts import render
from django.views.decorators.http import require_safe
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.generators import SchemaGenerator
from rest_framework import viewsets
from rest_framework.exceptions import NotFound
from rest_framework.exceptions import ValidationError as InvalidParameters
from rest_framework.settings import api_settings

from events import tallies
from events.caching import CachedAnswerMixin
from events.exports.records import event_records
from events.facets import Counter
from events.filters import EventFilterSet
from events.models import Event
from events.parameters import LANG_PARAMETER, unknown_parameter_errors

from . import serializers


class SlugLookupMixin:
    """Rows are looked up by slug; what cannot be a slug is simply not found.

    Any path segment reaches the view, so odd addresses (``.exe``, a NUL byte) get
    the API's JSON 404 rather than the site's HTML one, and never reach the
    database (PostgreSQL refuses a NUL byte with an error, not an empty result).
    """

    lookup_field = "slug"
    lookup_value_regex = "[^/]+"

    def get_object(self):
        try:
            validate_slug(self.kwargs[self.lookup_field])
        except ValidationError:
            raise NotFound from None
        return super().get_object()


class ReadOnlyViewSet(CachedAnswerMixin, SlugLookupMixin, viewsets.ReadOnlyModelViewSet):
    """What every API route is: read-only, by slug, cached until the data changes, and
    refusing parameters it does not know."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if unknown := unknown_parameter_errors(request.query_params, self.known_parameters()):
            raise InvalidParameters(unknown)

    def known_parameters(self):
        known = {api_settings.URL_FORMAT_OVERRIDE, LANG_PARAMETER}
        if self.action == "list":
            known |= {self.paginator.page_query_param, self.paginator.page_size_query_param}
            filterset_class = getattr(self, "filterset_class", None)
            if filterset_class is not None:
                known |= set(filterset_class.base_filters)
        return known


class KeptFilterBackend(DjangoFilterBackend):
    """django-filter's backend, leaving the filterset it made on the view (``filterset``)."""

    def get_filterset(self, request, queryset, view):
        view.filterset = super().get_filterset(request, queryset, view)
        return view.filterset


class EventViewSet(ReadOnlyViewSet):
    """Published events in chronological order, filtered by the timeline's FilterSet."""

    queryset = Event.objects.published()
    serializer_class = serializers.EventSerializer
    filterset_class = EventFilterSet
    filter_backends = [KeptFilterBackend]

    # The serializer is given records (``events.exports.records``): the page is found by
    # its events' ids alone, then read as plain values in one query per kind of linked row.
    # Model instances with prefetched related rows cost several times as much to build.
    def paginate_queryset(self, queryset):
        # The tallies know how many events some lists have (all, or of some types or
        # statuses), as on the timeline; the backend has refused invalid filters already.
        counter = Counter(self.filterset, tallies.Snapshot())
        self.paginator.known_count = counter.matching_count()
        return _records(super().paginate_queryset(queryset.values_list("pk", flat=True)))

    def get_object(self):
        for record in _records([super().get_object().pk]):
            return record
        raise NotFound  # no longer published


def _records(event_ids):
    """The published ones of ``event_ids``, as records in chronological order."""
    return list(event_records(Event.objects.published().filter(pk__in=event_ids), few=True))


class EntityViewSet(ReadOnlyViewSet):
    """One kind of entity (``kind``, from the registry in ``events/kinds.py``)."""

    kind = None

    def get_queryset(self):
        # One row's detail may show more than the list reads (a source's text).
        detail = self.action == "retrieve" and self.kind.detail_serializer is not None
        return self.kind.rows(None if detail else self.kind.api_rows, self.request.user)

    def get_serializer_class(self):
        if self.action == "retrieve" and self.kind.detail_serializer is not None:
            return self.kind.detail_serializer
        return self.kind.serializer


def viewset_for(kind):
    """``PersonViewSet`` …: named after the model, as the browsable API titles its pages."""
    return type(
        f"{kind.model.__name__}ViewSet",
        (EntityViewSet,),
        {
            "kind": kind,
            "__module__": __name__,
            # The OpenAPI document describes each route with it.
            "__doc__": f"{kind.plural} linked to the timeline's published events, by slug.",
        },
    )


def _type(schema):
    """A parameter's or field's type in a few words: ``array of string``, ``Person``."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "allOf" in schema:
        return " and ".join(_type(part) for part in schema["allOf"])
    kind = schema.get("type", "object")
    if kind == "array":
        return f"array of {_type(schema.get('items', {}))}"
    return f"{kind} ({schema['format']})" if "format" in schema else kind


@require_safe
def api_docs(request):
    """The OpenAPI document as a plain, readable page: no viewer script to load."""
    schema = SchemaGenerator().get_schema(request=None, public=True)
    operations = []
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            operations.append(
                {
                    "id": operation["operationId"].replace("_", "-"),
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {**parameter, "type": _type(parameter.get("schema", {}))}
                        for parameter in operation.get("parameters", [])
                    ],
                    "responses": [
                        (code, answer.get("description", ""))
                        for code, answer in operation["responses"].items()
                    ],
                }
            )
    objects = [
        (
            name,
            [
                {"name": field, "type": _type(spec), "description": spec.get("description", "")}
                for field, spec in component.get("properties", {}).items()
            ],
        )
        for name, component in schema.get("components", {}).get("schemas", {}).items()
        if component.get("properties")
    ]
    context = {"schema": schema, "operations": operations, "objects": objects}
    return render(request, "api/docs.html", context)
