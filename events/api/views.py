from rest_framework import viewsets

from events.filters import EventFilterSet
from events.models import Agreement, Event, Organization, Person, Place, Source

from . import serializers


class SlugLookupMixin:
    """Rows are addressed by slug, as on the HTML pages.

    Anything else is a 404 before any query runs: PostgreSQL would answer a NUL
    byte in the lookup with an error, and the router's default pattern lets it through.
    """

    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]+"


class EventViewSet(SlugLookupMixin, viewsets.ReadOnlyModelViewSet):
    """Published events in chronological order, filtered by the timeline's FilterSet."""

    queryset = Event.objects.published().with_related()
    serializer_class = serializers.EventSerializer
    filterset_class = EventFilterSet


class PersonViewSet(SlugLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Person.objects.select_related("affiliation")
    serializer_class = serializers.PersonSerializer
    filterset_class = None


class PlaceViewSet(SlugLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Place.objects.all()
    serializer_class = serializers.PlaceSerializer
    filterset_class = None


class OrganizationViewSet(SlugLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Organization.objects.select_related("parent")
    serializer_class = serializers.OrganizationSerializer
    filterset_class = None


class AgreementViewSet(SlugLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Agreement.objects.prefetch_related("parties")
    serializer_class = serializers.AgreementSerializer
    filterset_class = None


class SourceViewSet(SlugLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Source.objects.defer("text")
    filterset_class = None

    def get_queryset(self):
        if self.action == "retrieve":
            return Source.objects.all()
        return super().get_queryset()

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.SourceDetailSerializer
        return serializers.SourceSerializer
