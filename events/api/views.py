from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from rest_framework import viewsets
from rest_framework.exceptions import NotFound

from events.filters import EventFilterSet
from events.http_caching import CachedByDataVersionMixin
from events.models import Agreement, Event, Organization, Person, Place, Source

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


class EventViewSet(CachedByDataVersionMixin, SlugLookupMixin, viewsets.ReadOnlyModelViewSet):
    """Published events in chronological order, filtered by the timeline's FilterSet."""

    queryset = Event.objects.published().with_related()
    serializer_class = serializers.EventSerializer
    filterset_class = EventFilterSet


class PersonViewSet(CachedByDataVersionMixin, SlugLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Person.objects.select_related("affiliation")
    serializer_class = serializers.PersonSerializer


class PlaceViewSet(CachedByDataVersionMixin, SlugLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Place.objects.all()
    serializer_class = serializers.PlaceSerializer


class OrganizationViewSet(CachedByDataVersionMixin, SlugLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Organization.objects.select_related("parent")
    serializer_class = serializers.OrganizationSerializer


class AgreementViewSet(CachedByDataVersionMixin, SlugLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Agreement.objects.prefetch_related("parties")
    serializer_class = serializers.AgreementSerializer


class SourceViewSet(CachedByDataVersionMixin, SlugLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Source.objects.defer("text")

    def get_queryset(self):
        if self.action == "retrieve":
            return Source.objects.all()
        return super().get_queryset()

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.SourceDetailSerializer
        return serializers.SourceSerializer
