"""Faceted counts for the timeline's filters, as a data-browsing tool shows them.

Beside every option of a facet stands the number of published events it would
give combined with the *other* active filters. Each facet costs one query,
whatever the amount of data, and everything here depends only on the filter
state (a validated :class:`~events.filters.EventFilterSet`), so the result can
be cached by query string.
"""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from .models import Agreement, Event, Organization, Person, Place, Source

# How each kind of row reaches its events (for counting them).
TO_EVENTS = {
    Person: "participations__event",
    Agreement: "events",
    Place: "events",
    Organization: "events",
    Source: "citations__event",
}
# Facet name (the filter's parameter) -> model and its label field, in the form's order.
RELATED_FACETS = {
    "person": (Person, "name"),
    "agreement": (Agreement, "name"),
    "place": (Place, "name"),
    "organization": (Organization, "name"),
    "source": (Source, "title"),
}
CHOICE_FACETS = {"event_type": Event.Type, "status": Event.Status}
FACET_NAMES = [*RELATED_FACETS, *CHOICE_FACETS]


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    selected: bool

    @property
    def dead_end(self):
        """Choosing it would give no events (and it is not already chosen)."""
        return self.count == 0 and not self.selected


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    options: list

    @property
    def selected(self):
        return [option for option in self.options if option.selected]

    def label_for(self, value):
        return next((option.label for option in self.options if option.value == value), value)


def _values(cleaned_data):
    """Cleaned values with model querysets evaluated once, so re-use costs no query."""
    return {
        name: list(value) if isinstance(value, QuerySet) else value
        for name, value in cleaned_data.items()
    }


def matching_events(filterset, exclude=()):
    """Published events matching the filterset's valid filters, except those in ``exclude``.

    Invalid fields are not in ``cleaned_data``, so they are left out: the page
    says so next to the field, and the counts still describe the rest.
    """
    events = Event.objects.published()
    for name, value in _values(filterset.form.cleaned_data).items():
        if name not in exclude:
            events = filterset.filters[name].filter(events, value)
    return events


def _selected_values(value):
    if not value:
        return set()
    return {getattr(item, "slug", item) for item in value}


def facet_counts(filterset):
    """Every facet with all its options and their counts, in the form's order."""
    cleaned = _values(filterset.form.cleaned_data)
    facets = []
    for name, (model, label_field) in RELATED_FACETS.items():
        to_events = TO_EVENTS[model]
        others = matching_events(filterset, exclude={name}).values("pk")
        rows = (
            model.objects.annotate(
                n=Count(to_events, filter=Q(**{f"{to_events}__in": others}), distinct=True)
            )
            .order_by(label_field)
            .values_list("slug", label_field, "n")
        )
        selected = _selected_values(cleaned.get(name))
        options = [Option(slug, label, n, slug in selected) for slug, label, n in rows]
        facets.append(Facet(name, filterset.filters[name].label, options))
    for name, choices in CHOICE_FACETS.items():
        others = matching_events(filterset, exclude={name})
        counts = dict(others.order_by().values_list(name).annotate(n=Count("pk")))
        selected = _selected_values(cleaned.get(name))
        options = [
            Option(value, label, counts.get(value, 0), value in selected)
            for value, label in choices.choices
        ]
        facets.append(Facet(name, filterset.filters[name].label, options))
    return facets
