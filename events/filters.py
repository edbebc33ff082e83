"""The one FilterSet behind the HTML timeline, the JSON API and the exports."""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from django import forms
from django.core.validators import validate_slug
from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema_field

from . import search
from .dates import DatePrecision, PartialDate, from_parts, truncate
from .kinds import KINDS
from .models import Event
from .parameters import unknown_parameters
from .tallies import year_spans

#: How the date fields read a date, said next to them and in every message about them.
DATE_FORMAT_HINT = _("YYYY-MM-DD, or YYYY-MM for a month, or YYYY for a year")
ISO_DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
# 04/05/2004 or 4.5.2004: day and month in an order no address can tell.
LOCAL_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


class SlugMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Checks that each value looks like a slug before it reaches the database, and gives
    the chosen rows as a list, read once however often the filters are applied.

    A NUL byte or other junk would otherwise be sent in a query, which
    PostgreSQL rejects with an error rather than an empty result.
    """

    def clean(self, value):
        # No choice, no rows: not even an empty query to build (every filter, every page).
        if not value and not self.required:
            return []
        return list(super().clean(value))

    def _check_values(self, value):
        for slug in value:
            try:
                validate_slug(slug)
            except forms.ValidationError:
                # The value goes in params, never into the message itself:
                # messages are %-formatted, and a "%" in the input would break that.
                raise forms.ValidationError(
                    _("“%(value)s” is not a valid identifier."),
                    code="invalid_choice",
                    params={"value": slug[:80]},
                ) from None
        return super()._check_values(value)


class PartialDateField(forms.CharField):
    """An ISO date, or a month or a year alone, as a :class:`~events.dates.PartialDate`.

    Only ISO is read: "04/05/2004" is 4 May in one country and 5 April in
    another, so it is refused with a message saying how to write it.
    """

    def to_python(self, value):
        text = super().to_python(value).strip()
        if not text:
            return None
        match = ISO_DATE.fullmatch(text)
        if match is None:
            if LOCAL_DATE.fullmatch(text):
                raise forms.ValidationError(
                    _(
                        "“%(value)s” could be read as more than one date: write it as "
                        "%(hint)s, e.g. 2004-05-04 for 4 May 2004."
                    ),
                    code="ambiguous",
                    params={"value": text, "hint": DATE_FORMAT_HINT},
                )
            raise forms.ValidationError(
                _("Enter a date as %(hint)s."), code="invalid", params={"hint": DATE_FORMAT_HINT}
            )
        parts = {name: int(part) for name, part in match.groupdict().items() if part}
        if not 1 <= parts.get("month", 1) <= 12:
            raise forms.ValidationError(
                _("“%(value)s” has no month %(month)s."),
                code="invalid",
                params={"value": text, "month": parts["month"]},
            )
        try:
            start, precision = from_parts(**parts)
        except ValueError as error:
            raise forms.ValidationError(
                "%(problem)s", code="invalid", params={"problem": error}
            ) from None
        return PartialDate(start, precision)


@extend_schema_field({"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"})
class PartialDateFilter(filters.Filter):
    field_class = PartialDateField


class SearchField(forms.CharField):
    """The search box: its text read into words and phrases (a ``search.Search``), or
    a message saying why it cannot be searched for."""

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        try:
            return search.Search.read(text)
        except search.SearchProblem as problem:
            raise forms.ValidationError(str(problem)) from None


class SearchFilter(filters.CharFilter):
    field_class = SearchField

    def filter(self, qs, value):
        return search.matching(qs, value) if value else qs


class DateMatch:
    """How the date range chooses events: the ``date_match`` parameter."""

    OVERLAP = "overlap"  # any part of the event's period falls in the range (the default)
    WITHIN = "within"  # the whole period lies inside the range
    CHOICES = [
        (OVERLAP, _("overlapping the range")),
        (WITHIN, _("only events dated within the range")),
    ]


def reaches(value):
    """Events whose period ends on or after ``value``: a month or a year counts whole."""
    condition = Q()
    for precision in DatePrecision.values:
        last = Q(end_date__gte=truncate(value, precision)) | Q(
            end_date__isnull=True, start_date__gte=truncate(value, precision)
        )
        condition |= Q(date_precision=precision) & last
    return condition


def ends_by(value):
    """Events whose whole period is over by the end of ``value``.

    A period ends by ``value`` when its first day comes before the period after
    the one holding ``value``: "April 2004" ends by 30 April, not by 29 April.
    """
    if value == date.max:
        return Q()
    after = value + timedelta(days=1)
    condition = Q()
    for precision in DatePrecision.values:
        bound = truncate(after, precision)
        last = Q(end_date__lt=bound) | Q(end_date__isnull=True, start_date__lt=bound)
        condition |= Q(date_precision=precision) & last
    return condition


def in_range(period_start, period_end, date_from, date_to, match):
    """Whether a period (first and last day) is chosen by the range, as the filter reads it.

    The chart counts with this so that a bar and its link agree; ``None`` bounds are open.
    """
    if match == DateMatch.WITHIN:
        return (date_from is None or period_start >= date_from) and (
            date_to is None or period_end <= date_to
        )
    return (date_from is None or period_end >= date_from) and (
        date_to is None or period_start <= date_to
    )


@dataclass(frozen=True)
class YearsChosen:
    """A date range read in whole years: an event whose dates start in a year of
    ``starts`` and end in a year of ``ends`` is chosen, whatever its days; of the others,
    only those of ``edges`` (conditions on events, none shared by two) may be, where a
    bound falls inside a year, and must be asked one by one."""

    starts: range
    ends: range
    edges: tuple


EVERY_YEAR = range(date.min.year, date.max.year + 1)


def _in_year(column, year, spans):
    """Events whose ``column`` ("start" or "end") falls in ``year``."""
    if column == "start":
        return Q(start_date__year=year)
    # The years that events ending in ``year`` start in bound the chronology index's range.
    earliest = min((start for start, end in spans if end == year), default=year)
    return Q(start_date__gte=date(earliest, 1, 1), start_date__lte=date(year, 12, 31)) & (
        Q(end_date__year=year) | Q(end_date__isnull=True, start_date__year=year)
    )


def _after_year(column, year):
    """Events whose ``column`` ("start" or "end") falls after ``year``."""
    first = date(year + 1, 1, 1)
    if column == "start":
        return Q(start_date__gte=first)
    return Q(end_date__gte=first) | Q(end_date__isnull=True, start_date__gte=first)


def years_chosen(date_from, date_to, match, spans):
    """The range of ``date_from`` and ``date_to`` (``PartialDate``s or None), read by
    ``match`` as the filters read it, as a ``YearsChosen``; ``spans`` are the spans of
    years, ``(start, end)``, that the events' dates have.

    Each bound is a first day that an event's end (overlap) or start (within) must reach,
    or a last day its start (overlap) or end (within) must not pass. A bound on 1 January
    or 31 December divides whole years; any other leaves its year's events to be asked.
    """
    years = {"start": EVERY_YEAR, "end": EVERY_YEAR}
    edges = []
    within = match == DateMatch.WITHIN
    if date_from:
        column, first = ("start" if within else "end"), date_from.start
        whole = (first.month, first.day) == (1, 1)
        lowest = first.year if whole else first.year + 1
        years[column] = range(max(years[column].start, lowest), years[column].stop)
        if not whole:
            edges.append(_in_year(column, first.year, spans))
    if date_to:
        column, last = ("end" if within else "start"), date_to.last_day
        whole = (last.month, last.day) == (12, 31)
        highest = last.year if whole else last.year - 1
        years[column] = range(years[column].start, min(years[column].stop, highest + 1))
        if not whole:
            edge = _in_year(column, last.year, spans)
            if edges:
                # Not the first edge's events again: only those reaching past its year.
                reaching = "start" if within else "end"
                past = first.year < EVERY_YEAR[-1]
                edge &= _after_year(reaching, first.year) if past else Q(pk=None)
            edges.append(edge)
    return YearsChosen(years["start"], years["end"], tuple(edges))


@extend_schema_field({"type": "string", "pattern": r"^[-a-zA-Z0-9_]+$"})
class AnyOfRelatedFilter(filters.ModelMultipleChoiceFilter):
    """Events linked to any of the chosen rows, as one subquery (no duplicates, no DISTINCT).

    ``through`` is the model that links events to the chosen rows and ``lookup``
    the field on it that names the row.
    """

    field_class = SlugMultipleChoiceField

    def __init__(self, *args, through, lookup, **kwargs):
        self.through, self.lookup = through, lookup
        kwargs.setdefault("to_field_name", "slug")
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        linked = self.through.objects.filter(**{f"{self.lookup}__in": value}).values("event_id")
        return qs.filter(pk__in=linked)


#: One filter per kind of entity, named by its parameter, in the registry's order. Only
#: public rows can be chosen: one that is not public yet is as unknown as a wrong slug.
RelatedFilters = filters.FilterSet.__class__(
    "RelatedFilters",
    (filters.FilterSet,),
    {
        kind.param: AnyOfRelatedFilter(
            queryset=kind.model.objects.public(),
            through=kind.through,
            lookup=kind.lookup,
            label=kind.label,
        )
        for kind in KINDS
    },
)


class EventFilterSet(RelatedFilters):
    """The timeline's filters, choosing among published events (the date range reads
    their tallies)."""

    # Columns of the event itself cannot duplicate rows: no DISTINCT, which would make
    # the database compare every column of every result.
    event_type = filters.MultipleChoiceFilter(
        choices=Event.Type.choices, label=_("Event type"), distinct=False
    )
    status = filters.MultipleChoiceFilter(
        choices=Event.Status.choices, label=_("Status"), distinct=False
    )
    date_from = PartialDateFilter(method="filter_date_from", label=_("From"))
    date_to = PartialDateFilter(method="filter_date_to", label=_("To"))
    # Read by the two date filters; on its own it chooses nothing.
    date_match = filters.ChoiceFilter(
        choices=DateMatch.CHOICES,
        method="keep_all",
        label=_("Dates"),
        empty_label=None,
        help_text=_(
            "overlap (default): events with any part of their period in the range; "
            "within: only events whose whole period lies inside it."
        ),
    )
    q = SearchFilter(label=_("Search"), max_length=search.MAX_CHARS)

    class Meta:
        model = Event
        fields = []

    @property
    def chosen_date_match(self):
        return self.form.cleaned_data.get("date_match") or DateMatch.OVERLAP

    @cached_property
    def year_spans(self):
        """The spans of years, ``(start, end)``, of the published events' dates."""
        return year_spans()

    def filter_date_from(self, queryset, name, value):
        """Overlap: events that reach the first day of ``value`` ("April 2004" is kept
        for ``date_from=2004-04-20``, since it may have happened on any day of April).
        Within: events that start on or after it."""
        if self.chosen_date_match == DateMatch.WITHIN:
            return queryset.filter(start_date__gte=value.start)
        # The years that the published events ending in or after its year start in bound
        # the chronology index's range: an event may start long before the day it reaches.
        year = value.start.year
        earliest = min((start for start, end in self.year_spans if end >= year), default=year)
        return queryset.filter(reaches(value.start), start_date__gte=date(earliest, 1, 1))

    def filter_date_to(self, queryset, name, value):
        """``value``'s last day: ``date_to=2004`` is the end of 2004."""
        if self.chosen_date_match == DateMatch.WITHIN:
            return queryset.filter(ends_by(value.last_day))
        return queryset.filter(start_date__lte=value.last_day)

    def keep_all(self, queryset, name, value):
        return queryset

    def is_valid(self):
        valid = super().is_valid()
        data = self.form.cleaned_data if valid else {}
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start.start > end.last_day:
            self.form.add_error("date_to", _("The end of the date range is before its start."))
            return False
        return valid


#: What an address of the timeline's list may hold: its filters and the page.
LIST_PARAMETERS = (*EventFilterSet.base_filters, "page")


#: A longer ``back`` query is not a timeline address a visitor followed.
MAX_BACK_QUERY = 2000


def timeline_query(query_string):
    """``query_string`` reduced to the timeline's own parameters (filters and page), for an
    event page's way back to the list it was found in ("" when there is nothing to keep)."""
    if len(query_string) > MAX_BACK_QUERY:
        return ""
    query = QueryDict(query_string, mutable=True)
    for name in unknown_parameters(query, LIST_PARAMETERS):
        query.pop(name)
    return query.urlencode()
