from django.shortcuts import get_object_or_404, render

from .filters import EventFilterSet
from .models import Agreement, Event, Organization, Person, Place, Source


def timeline(request):
    filterset = EventFilterSet(request.GET, queryset=Event.objects.published().with_related())
    events = filterset.qs if filterset.is_valid() else Event.objects.none()
    status = 200 if filterset.is_valid() else 400
    return render(
        request, "events/timeline.html", {"filter": filterset, "events": events}, status=status
    )


def event_detail(request, slug):
    event = get_object_or_404(Event.objects.published().with_related(), slug=slug)
    return render(request, "events/event_detail.html", {"event": event})


def _entity_detail(request, model, slug, filter_name):
    entity = get_object_or_404(model, slug=slug)
    filterset = EventFilterSet({filter_name: [slug]}, queryset=Event.objects.published())
    filterset.is_valid()
    return render(
        request,
        "events/entity_detail.html",
        {"entity": entity, "events": filterset.qs.with_related()},
    )


def person_detail(request, slug):
    return _entity_detail(request, Person, slug, "person")


def place_detail(request, slug):
    return _entity_detail(request, Place, slug, "place")


def organization_detail(request, slug):
    return _entity_detail(request, Organization, slug, "organization")


def agreement_detail(request, slug):
    return _entity_detail(request, Agreement, slug, "agreement")


def source_detail(request, slug):
    source = get_object_or_404(Source, slug=slug)
    return render(request, "events/source_detail.html", {"source": source})
