"""Faceted counts for the timeline's filters, as a data-browsing tool shows them.

Beside every option of a facet stands the number of published events it would give
combined with the *other* active filters. With no other filter, or none but a type or a
status, or a date range, that is the database's tally for each row
(``events/tallies.py``), added up over the types, statuses or spans of years chosen (the
events of a year that a bound of the range cuts counted one by one); otherwise it is
counted among the matching events, or, when they are most of the published events, among
the others and taken from the tallies: the work grows with the smaller of the two, not
with the data, and reads one row per event, its facets (``tallies.Counted``). The chart's
bars are counted the same way, from the tallies of months. Each set of other filters is
counted once for the page: every facet it serves (every facet not chosen, say) and the
chart from one reading of its side's facets. Only the options shown (the chosen
ones and those with most events) are read from their tables.
"""

import heapq
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from django.db.models import Case, When

from .filters import years_chosen
from .kinds import BY_PARAM, KINDS
from .models import Event
from .search import pks_of
from .tallies import Counted, Snapshot, given, spans_given

#: Past this many options a facet shows those with most events (and every chosen one).
MAX_OPTIONS = 30

CHOICE_FACETS = {"event_type": Event.Type, "status": Event.Status}
DATES = {"date_from", "date_to"}
#: Chooses nothing on its own: it tells the date filters how to read their range.
DATE_MATCH = "date_match"


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
    of_records: bool = False  # the options are rows' names (not choices the site names)

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
    return _filtered(Event.objects.published(), filterset, exclude)


def other_events(filterset, exclude=()):
    """Published events that the filters but ``exclude`` leave out.

    The filters' condition is negated on each event rather than the matching pks
    excluded, whose set the database would build from every matching event. CASE rather
    than NOT: a comparison with a missing end date is unknown, and NOT unknown would leave
    the event out of both sides.
    """
    chosen = _filtered(Event.objects.all(), filterset, exclude).query.where
    return Event.objects.published().filter(Case(When(chosen, then=False), default=True))


def _filtered(events, filterset, exclude):
    for name, value in filterset.form.cleaned_data.items():
        if name not in exclude:
            events = filterset.filters[name].filter(events, value)
    return events


def _selected_values(value):
    if not value:
        return set()
    return {getattr(item, "slug", item) for item in value}


def _chosen(cleaned, exclude=()):
    """The names of the filters chosen in ``cleaned``, but those in ``exclude`` (and
    ``DATE_MATCH``, which chooses nothing)."""
    unchosen = (None, "", [])
    return {
        name
        for name, value in cleaned.items()
        if name not in exclude and name != DATE_MATCH and value not in unchosen
    }


def _added(counts):
    """Dicts of counts added up, by key (the one dict itself if it is alone)."""
    if len(counts) == 1:
        return counts[0]
    total = defaultdict(int)
    for each in counts:
        for key, n in each.items():
            total[key] += n
    return total


def _less(every, others):
    """The counts of ``every`` less those of ``others``, by key."""
    return {key: n - others.get(key, 0) for key, n in every.items()}


def _flat(counts):
    """``{kind: {pk: n}}`` as ``{(kind, pk): n}``."""
    return {(kind, pk): n for kind, per_row in counts.items() for pk, n in per_row.items()}


def _by_span(spans):
    return {(start, end, precision): n for start, end, precision, n in spans}


class Less:
    """The counts of ``every`` less those of ``others``, each read as a
    ``tallies.Snapshot``'s are."""

    def __init__(self, every, others):
        self.every, self.others = every, others

    @cached_property
    def per_row(self):
        return {kind: _less(n, self.others.per_row[kind]) for kind, n in self.every.per_row.items()}

    @cached_property
    def per_choice(self):
        every, others = self.every.per_choice, self.others.per_choice
        return {name: _less(n, others[name]) for name, n in every.items()}

    @cached_property
    def month_spans(self):
        counts = _less(_by_span(self.every.month_spans), _by_span(self.others.month_spans))
        return [(*span, n) for span, n in counts.items()]

    @property
    def published(self):
        return self.every.published - self.others.published


class Side(NamedTuple):
    """The pks of the events a count reads, listed once for a page's counts: those
    matching some filters, or the others (``are_others``); ``matching``, how many match,
    if that was counted on the way."""

    pks: list
    are_others: bool
    matching: int | None = None


class Counter:
    """The counts for one page's filters: from the ``tallies`` (a ``tallies.Snapshot`` of
    every published event) where they can be, else among the smaller side of the published
    events, each side found once for the page."""

    def __init__(self, filterset, tallies):
        self.filterset = filterset
        self.cleaned = filterset.form.cleaned_data
        self.tallies = tallies
        self._snapshots = {}
        self._tallied_by_state = {}
        self._sides = {}
        self._counts = {}

    def _state(self, exclude):
        """The filters but ``exclude`` that are chosen: what the counts for them depend on."""
        return frozenset(_chosen(self.cleaned, exclude))

    def _tallied(self, exclude):
        """The counts to add up (each read as a ``tallies.Snapshot``'s) for the events
        matching the filters but ``exclude``, where the database keeps their tallies: every
        published event's when none is chosen; those of the types (or statuses) chosen when
        nothing else is; when a date range is, those of the spans of years it chooses whole,
        and the counts among the events of a year it cuts. Else None."""
        state = self._state(exclude)
        if state not in self._tallied_by_state:
            self._tallied_by_state[state] = self._find_tallied(state, exclude)
        return self._tallied_by_state[state]

    def _find_tallied(self, state, exclude):
        if not state:
            return [self.tallies]
        if state <= DATES:
            return self._in_years(exclude)
        if len(state) == 1 and state <= CHOICE_FACETS.keys():
            (name,) = state
            # Each value once (a set): a value repeated in the address is chosen once.
            return [self._snapshot({given(name, value) for value in self.cleaned[name]})]
        return None

    def _in_years(self, exclude):
        """The counts for a date range (and the filters in ``exclude``) alone."""
        spans = self.filterset.year_spans
        chosen = years_chosen(
            self.cleaned.get("date_from"),
            self.cleaned.get("date_to"),
            self.filterset.chosen_date_match,
            spans,
        )
        whole = {span for span in spans if span[0] in chosen.starts and span[1] in chosen.ends}
        tallied = [self._spans_tallied(whole)]
        matching = matching_events(self.filterset, exclude).order_by()
        return tallied + [Counted(pks_of(matching.filter(edge))) for edge in chosen.edges]

    def _spans_tallied(self, whole):
        """The tallies of the events of the spans of years ``whole``: theirs added up, or,
        when they are most published events, every published event's (read for the page
        anyway) less the other spans': the fewer events' tallies are read."""
        spans = self.filterset.year_spans
        if sum(spans[span] for span in whole) <= self.tallies.published / 2:
            return self._snapshot(spans_given(whole, spans))
        others = spans.keys() - whole
        return Less(self.tallies, self._snapshot(spans_given(others, spans)))

    def _snapshot(self, givens):
        """The tallies of the published events of ``givens`` added up, read once."""
        givens = tuple(sorted(givens))
        if givens not in self._snapshots:
            self._snapshots[givens] = Snapshot(givens)
        return self._snapshots[givens]

    def matching_count(self):
        """How many published events match the filters, if the tallies or the counts
        already made tell it; else None."""
        if (tallied := self._tallied(())) is not None:
            return sum(snapshot.published for snapshot in tallied)
        state = self._state(())
        if len(state) == 1 and state <= BY_PARAM.keys():
            (name,) = state
            if len(rows := self.cleaned[name]) == 1:
                # One row alone (a person's timeline): its tally counts its published events.
                return self.tallies.events_of(name, rows[0].pk)
        side = self._sides.get(state)
        return side.matching if side else None

    def per_row(self, kind):
        """How many events matching the other filters link to each public row of ``kind``."""
        if (tallied := self._tallied({kind.param})) is not None:
            return _added([snapshot.per_row[kind.param] for snapshot in tallied])
        return self._counted({kind.param}).per_row[kind.param]

    def per_choice(self, name):
        """How many events matching the other filters have each value of ``name``."""
        if (tallied := self._tallied({name})) is not None:
            return _added([snapshot.per_choice[name] for snapshot in tallied])
        return self._counted({name}).per_choice[name]

    def month_spans(self):
        """``(start month, end month, precision, events)`` of the events matching the
        filters other than the date range, as ``tallies.Snapshot.month_spans`` gives them."""
        tallied = self._tallied(DATES)
        if tallied is None:
            tallied = [self._counted(DATES)]
        counts = _added([_by_span(snapshot.month_spans) for snapshot in tallied])
        # A span with no events left would stretch the chart as its span.
        return [(*span, n) for span, n in counts.items() if n]

    def _counted(self, exclude):
        """The counts (read as a ``tallies.Snapshot``'s) of the events matching the filters
        but ``exclude`` (some of which are chosen): among them, or every published event's
        less those among the others. Counts whose other filters are the same share them."""
        state = self._state(exclude)
        if state not in self._counts:
            side = self._smaller_side(exclude)
            counted = Counted(side.pks)
            self._counts[state] = Less(self.tallies, counted) if side.are_others else counted
        return self._counts[state]

    def _smaller_side(self, exclude):
        """The ``Side`` of the events matching the filters but ``exclude``: those events,
        or, when they are most of the published events, the others. Counts whose other
        filters are the same share a side."""
        state = self._state(exclude)
        if state not in self._sides:
            self._sides[state] = self._find_smaller_side(exclude)
        return self._sides[state]

    def _find_smaller_side(self, exclude):
        published = self.tallies.published
        half = published // 2
        if not self._bounded(exclude, half):
            # Where the filters are broad, the others are the smaller side: listed up to one
            # past half of the events, they are found in one pass, with no count of either.
            others = self._others(exclude, limit=half + 1)
            if len(others) <= half:
                return Side(others, True, published - len(others))
        # Listed, the side is found once for the page's counts, each then looking its events
        # up by pk, where the filters' condition would read every event's row.
        found = pks_of(matching_events(self.filterset, exclude).order_by())
        return Side(found, False, len(found))

    def _others(self, exclude, limit):
        """The pks of the published events that the filters but ``exclude`` leave out, up
        to ``limit``."""
        if self._state(exclude) == {"q"}:
            # A search alone: the events it did not find, as it lists them, rather
            # than its condition asked of every event.
            return self.cleaned["q"].unfound[:limit]
        return pks_of(other_events(self.filterset, exclude).order_by()[:limit])

    def _search_known(self, exclude):
        """The search chosen but ``exclude``, if its events are known, or are all looked
        up for the page anyway: when it is the only filter, they are the page's."""
        search = None if "q" in exclude else self.cleaned.get("q")
        if search and (search.found_all or self._state(exclude) == {"q"}):
            return search
        return None

    def _bounded(self, exclude, half):
        """Whether the tallies of the rows (or types, or statuses) chosen in one facet, or
        the events the search found, show that the filters but ``exclude`` match at most
        ``half`` of the events, which spares listing the others first in the usual case of
        a few people or agreements, or of a search of a name."""
        search = self._search_known(exclude)
        if search and len(search.event_ids) <= half:
            return True
        # Each facet's tallies, by the key of each option chosen in it.
        chosen = [
            (self.tallies.per_row[kind.param], {row.pk for row in self.cleaned.get(kind.param)})
            for kind in KINDS
            if kind.param not in exclude and self.cleaned.get(kind.param)
        ] + [
            (self.tallies.per_choice[name], set(self.cleaned.get(name)))
            for name in CHOICE_FACETS
            if name not in exclude and self.cleaned.get(name)
        ]
        return any(sum(every.get(key, 0) for key in keys) <= half for every, keys in chosen)


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
    labels = [kind.label_field, *([kind.short_label_field] if kind.short_label_field else [])]
    rows = kind.model.objects.filter(pk__in=shown).only("slug", *labels).order_by(kind.label_field)
    options = []
    for row in rows:
        # Read from the row, so that each name knows its language (a Russian one, or the
        # English where there is none), as a page marks it.
        label = getattr(row, kind.label_field)
        short = getattr(row, kind.short_label_field) if kind.short_label_field else ""
        # A short name (an agreement's "SOFA") is shown as cards show it, the name beside it.
        options.append(
            Option(
                row.slug,
                short or label,
                counts.get(row.pk, 0),
                row.pk in chosen,
                label if short else "",
            )
        )
    label = counter.filterset.filters[kind.param].label
    return Facet(kind.param, label, options, hidden=len(public) - len(shown), of_records=True)


def facet_counts(counter):
    """Every facet with its options and their counts, in the form's order, counted by
    ``counter`` (a ``Counter``)."""
    filterset = counter.filterset
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
