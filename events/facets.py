"""Faceted counts for the timeline's filters, as a data-browsing tool shows them.

Beside every option of a facet stands the number of published events it would
give combined with the *other* active filters. Each facet costs one or two
queries, whatever the amount of data, and everything here depends only on the filter
state (a validated :class:`~events.filters.EventFilterSet`), so the result can
be cached by query string.
"""

from dataclasses import dataclass

from django.db.models import Count, QuerySet, Value

from .data_cache import cached
from .filters import AnyOfRelatedFilter, EventFilterSet
from .kinds import KINDS
from .models import Event

#: A facet whose counts take longer is shown without them rather than holding up
#: the page (as Datasette does); they are finished in the background for the next visitor.
FACET_BUDGET_MS = 250
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
    count: int | None  # None: not counted within the time budget
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


def filter_state(cleaned, exclude=()):
    """The active filters as plain, ordered data: what a cache key needs."""
    state = {}
    # Chosen rows come as querysets, whose str() shows names (not unique) and stops at 20.
    for name, value in sorted(_values(cleaned).items()):
        if name in exclude or value in (None, "", []):
            continue
        many = isinstance(value, list | tuple | set)
        state[name] = sorted(_selected_values(value)) if many else str(value)
    return state


def _shortlist(options):
    """At most MAX_OPTIONS options: the chosen ones and those with most events, by label."""
    if len(options) <= MAX_OPTIONS:
        return options, 0
    ranked = sorted(options, key=lambda option: (not option.selected, -(option.count or 0)))
    kept = {option.value for option in ranked[:MAX_OPTIONS]} | {
        option.value for option in options if option.selected
    }
    return [option for option in options if option.value in kept], len(options) - len(kept)


def events_per_row(model, events):
    """How many of ``events`` (a queryset of pks) each row of ``model`` is linked to, by pk.

    Read from the link table by event, so the work grows with the number of
    ``events``, not with the number of links.
    """
    link, column = LINKS[model]
    linked = link.objects.filter(event_id__in=events).values_list(column)
    return dict(linked.annotate(n=Count("event_id", distinct=True)).order_by())


def _related_rows(filterset, kind):
    """``(slug, label, full label or "", count)`` for each public row of ``kind``."""
    name, model = kind.param, kind.model
    others = matching_events(filterset, exclude={name}).values("pk")
    rows = model.objects.public().order_by(kind.label_field)

    def labelled(counts):
        # A short name (an agreement's "SOFA") is shown as cards show it, the name beside it.
        return [
            (slug, short or label, label if short else "", counts(pk))
            for pk, slug, label, short in rows.values_list(
                "pk", "slug", kind.label_field, kind.short_label_field or Value("")
            )
        ]

    def count():
        counts = events_per_row(model, others)
        return labelled(lambda pk: counts.get(pk, 0))

    state = filter_state(filterset.form.cleaned_data, exclude={name})
    found = cached(["facet", name, state], count, budget_ms=FACET_BUDGET_MS)
    # Out of time: the options without their counts.
    return labelled(lambda pk: None) if found is None else found


def _choice_counts(filterset, name):
    others = matching_events(filterset, exclude={name})
    state = filter_state(filterset.form.cleaned_data, exclude={name})
    return cached(
        ["facet", name, state],
        lambda: dict(others.order_by().values_list(name).annotate(n=Count("pk"))),
        budget_ms=FACET_BUDGET_MS,
    )


def facet_counts(filterset):
    """Every facet with its options and their counts, in the form's order.

    Counts are cached by filter state and data version, so only the first visit
    to a filter combination after an edit pays for them.
    """
    cleaned = _values(filterset.form.cleaned_data)
    facets = []
    for kind in KINDS:
        name = kind.param
        selected = _selected_values(cleaned.get(name))
        options = [
            Option(slug, label, n, slug in selected, full)
            for slug, label, full, n in _related_rows(filterset, kind)
        ]
        options, hidden = _shortlist(options)
        facets.append(Facet(name, filterset.filters[name].label, options, hidden))
    for name, choices in CHOICE_FACETS.items():
        counts = _choice_counts(filterset, name)  # None when out of time
        selected = _selected_values(cleaned.get(name))
        options = [
            Option(value, text, None if counts is None else counts.get(value, 0), value in selected)
            for value, text in choices.choices
        ]
        facets.append(Facet(name, filterset.filters[name].label, options))
    return facets
