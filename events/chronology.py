"""Reading events in time: year and month headings, and an event's neighbours."""

from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

from django.db.models import Q, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext

from .dates import DatePrecision, PartialDate

# An event without an end sorts before one with an end on the same start day
# (the model's ordering puts NULL ends first); this stands in for NULL.
NO_END = date(1, 1, 1)


@dataclass
class MonthGroup:
    heading: str
    anchor: str
    events: list = field(default_factory=list)


@dataclass
class YearGroup:
    year: int
    months: list = field(default_factory=list)


def _month_key(event):
    if event.date_precision == DatePrecision.YEAR:
        return None
    return event.start_date.replace(day=1)


def group_by_period(events):
    """Chronological events under year headings, then month headings.

    Events known only to the year come first in their year (they are stored as
    1 January) under a heading of their own rather than a month they may not be in.
    """
    years = []
    for year, in_year in groupby(events, key=lambda event: event.start_date.year):
        group = YearGroup(year)
        # Year-only events share 1 January with January's events and may sort among them:
        # put them first (a stable sort keeps the rest in order) so each month groups once.
        in_year = sorted(in_year, key=lambda event: _month_key(event) is not None)
        for month, in_month in groupby(in_year, key=_month_key):
            if month is None:
                heading, anchor = gettext("Sometime in %(year)s") % {"year": year}, f"y{year}"
            else:
                heading = PartialDate(month, DatePrecision.MONTH).display
                anchor = f"m{month:%Y-%m}"
            group.months.append(MonthGroup(heading, anchor, list(in_month)))
        years.append(group)
    return years


def neighbours(event, events):
    """The events just before and after ``event`` in ``events``' chronological order."""
    keyed = events.annotate(end_key=Coalesce("end_date", Value(NO_END)))
    end = event.end_date or NO_END
    later = (
        Q(start_date__gt=event.start_date)
        | Q(start_date=event.start_date, end_key__gt=end)
        | Q(start_date=event.start_date, end_key=end, slug__gt=event.slug)
    )
    earlier = (
        Q(start_date__lt=event.start_date)
        | Q(start_date=event.start_date, end_key__lt=end)
        | Q(start_date=event.start_date, end_key=end, slug__lt=event.slug)
    )
    previous = keyed.filter(earlier).order_by("-start_date", "-end_key", "-slug").first()
    following = keyed.filter(later).order_by("start_date", "end_key", "slug").first()
    return previous, following
