from rest_framework import viewsets

from events.conditional import ConditionalGetMixin
from events.filters import EventFilterSet
from events.models import Agreement, Event, Organization, Person, Place, Source

from . import serializers


class EventViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    """Published events in chronological order, filtered by the timeline's FilterSet."""

    queryset = Event.objects.published().with_related()
    serializer_class = serializers.EventSerializer
    filterset_class = EventFilterSet
    lookup_field = "slug"


class PersonViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Person.objects.select_related("affiliation")
    serializer_class = serializers.PersonSerializer
    lookup_field = "slug"
    filterset_class = None


class PlaceViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Place.objects.all()
    serializer_class = serializers.PlaceSerializer
    lookup_field = "slug"
    filterset_class = None


class OrganizationViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Organization.objects.select_related("parent")
    serializer_class = serializers.OrganizationSerializer
    lookup_field = "slug"
    filterset_class = None


class AgreementViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Agreement.objects.prefetch_related("parties")
    serializer_class = serializers.AgreementSerializer
    lookup_field = "slug"
    filterset_class = None


class SourceViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Source.objects.defer("text")
    lookup_field = "slug"
    filterset_class = None

    def get_queryset(self):
        if self.action == "retrieve":
            return Source.objects.all()
        return super().get_queryset()

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.SourceDetailSerializer
        return serializers.SourceSerializer
