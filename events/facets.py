"""Faceted counts for the timeline's filters, as a data-browsing tool shows them.

Beside every option of a facet stands the number of published events it would
give combined with the *other* active filters. With no other filter, that is the
database's tally for each row (``events/tallies.py``); otherwise it is counted among the
matching events, or, when they are most of the published events, among the others and
taken from the tallies: the work grows with the smaller of the two, not with the data.
Only the options shown (the chosen ones and those with most events) are read from
their tables.
"""

import heapq
from dataclasses import dataclass

from django.db.models import Count, Value

from .filters import AnyOfRelatedFilter, EventFilterSet
from .kinds import KINDS
from .models import Event

#: Past this many options a facet shows those with most events (and every chosen one).
MAX_OPTIONS = 30

# The table linking each kind of row to events, and its column naming the row, as the
# timeline's filters declare them.
LINKS = {
    related.queryset.model: (related.through, f"{related.lookup}_id")
    for related in EventFilterSet.base_filters.values()
    if isinstance(related, AnyOfRelatedFilter)
}
CHOICE_FACETS = {"event_type": Event.Type, "status": Event.Status}


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    selected: bool
    full_label: str = ""  # what a short label stands for ("SOFA": the agreement's name)

    @property
    def dead_end(self):
        """Choosing it would give no events (and it is not already chosen)."""
        return self.count == 0 and not self.selected


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    options: list
    hidden: int = 0  # options left out because the facet is long

    @property
    def selected(self):
        return [option for option in self.options if option.selected]

    def label_for(self, value):
        return next((option.label for option in self.options if option.value == value), value)


def matching_events(filterset, exclude=()):
    """Published events matching the filterset's valid filters, except those in ``exclude``.

    Invalid fields are not in ``cleaned_data``, so they are left out: the page
    says so next to the field, and the counts still describe the rest.
    """
    events = Event.objects.published()
    for name, value in filterset.form.cleaned_data.items():
        if name not in exclude:
            events = filterset.filters[name].filter(events, value)
    return events


def _selected_values(value):
    if not value:
        return set()
    return {getattr(item, "slug", item) for item in value}


def any_chosen(cleaned, exclude=()):
    """Whether any filter but those in ``exclude`` is chosen in ``cleaned``."""
    return any(
        value not in (None, "", []) for name, value in cleaned.items() if name not in exclude
    )


def events_per_row(model, events):
    """How many of ``events`` (a queryset of pks) each row of ``model`` is linked to, by pk.

    Read from the link table by event, so the work grows with the number of
    ``events``, not with the number of links.
    """
    link, column = LINKS[model]
    linked = link.objects.filter(event_id__in=events).values_list(column)
    return dict(linked.annotate(n=Count("event_id", distinct=True)).order_by())


class _Counter:
    """The counts for one page's filters, from the ``tallies`` (a ``tallies.Snapshot``)
    where they can be."""

    def __init__(self, filterset, tallies):
        self.filterset = filterset
        self.cleaned = filterset.form.cleaned_data
        self.tallies = tallies

    def _most(self, exclude):
        """Whether the filters but ``exclude`` match more than half the published events.
        The tallies of the rows chosen in a facet bound how many it matches, which spares
        counting them in the usual case of a few people or agreements."""
        half = self.tallies.published / 2
        for kind in KINDS:
            chosen = [] if kind.param in exclude else self.cleaned.get(kind.param) or []
            every = self.tallies.per_row[kind.param]
            if chosen and sum(every.get(row.pk, 0) for row in chosen) <= half:
                return False
        return matching_events(self.filterset, exclude).count() > half

    def per_row(self, kind):
        """How many events matching the other filters link to each public row of ``kind``."""
        exclude = {kind.param}
        every = self.tallies.per_row[kind.param]
        if not any_chosen(self.cleaned, exclude):
            return every
        matching = matching_events(self.filterset, exclude).values("pk")
        if not self._most(exclude):
            return events_per_row(kind.model, matching)
        others = events_per_row(kind.model, Event.objects.published().exclude(pk__in=matching))
        return {pk: n - others.get(pk, 0) for pk, n in every.items()}

    def per_choice(self, name):
        """How many events matching the other filters have each value of ``name``."""
        if not any_chosen(self.cleaned, {name}):
            return self.tallies.per_choice[name]
        events = matching_events(self.filterset, exclude={name})
        return dict(events.order_by().values_list(name).annotate(n=Count("pk")))


def _entity_facet(counter, kind):
    """The facet of ``kind``: its chosen rows and those with most events (all of them
    if few), by label, each read from its table only if shown."""
    public = counter.tallies.per_row[kind.param]  # a row is public once it has an event
    counts = counter.per_row(kind)
    chosen = {row.pk for row in counter.cleaned.get(kind.param) or []}
    most = heapq.nsmallest(
        MAX_OPTIONS, public, key=lambda pk: (pk not in chosen, -counts.get(pk, 0), pk)
    )
    shown = set(most) | chosen
    rows = kind.model.objects.filter(pk__in=shown).order_by(kind.label_field)
    options = [
        # A short name (an agreement's "SOFA") is shown as cards show it, the name beside it.
        Option(slug, short or label, counts.get(pk, 0), pk in chosen, label if short else "")
        for pk, slug, label, short in rows.values_list(
            "pk", "slug", kind.label_field, kind.short_label_field or Value("")
        )
    ]
    label = counter.filterset.filters[kind.param].label
    return Facet(kind.param, label, options, hidden=len(public) - len(shown))


def facet_counts(filterset, tallies):
    """Every facet with its options and their counts, in the form's order, given the
    ``tallies`` (a ``tallies.Snapshot``)."""
    counter = _Counter(filterset, tallies)
    facets = [_entity_facet(counter, kind) for kind in KINDS]
    for name, choices in CHOICE_FACETS.items():
        counts = counter.per_choice(name)
        selected = _selected_values(counter.cleaned.get(name))
        options = [
            Option(value, text, counts.get(value, 0), value in selected)
            for value, text in choices.choices
        ]
        facets.append(Facet(name, filterset.filters[name].label, options))
    return facets
