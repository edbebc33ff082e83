"""The overview chart: events per month across the span, as plain numbers for an SVG.

Each bar counts exactly the events its link shows: the events the date filter
would choose for that month, under the same rule (``date_match``). Overlapping,
an event counts in every month it may fall in, so "2004" counts in each month
of 2004; within, it counts only in a bar that holds its whole period, and the
events no bar holds are counted apart. Long spans fall back to one bar per
year so that the bars stay wide enough to click.
"""

from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from django.utils.translation import pgettext_lazy

from .dates import DatePrecision, PartialDate, iso, period_end, truncate
from .filters import DateMatch, in_range

MAX_MONTH_BARS = 120
#: Under the month bars, by month number (index 0 unused), in the page's language.
MONTH_ABBREVIATIONS = [
    "",
    pgettext_lazy("month abbreviation", "Jan"),
    pgettext_lazy("month abbreviation", "Feb"),
    pgettext_lazy("month abbreviation", "Mar"),
    pgettext_lazy("month abbreviation", "Apr"),
    pgettext_lazy("month abbreviation", "May"),
    pgettext_lazy("month abbreviation", "Jun"),
    pgettext_lazy("month abbreviation", "Jul"),
    pgettext_lazy("month abbreviation", "Aug"),
    pgettext_lazy("month abbreviation", "Sep"),
    pgettext_lazy("month abbreviation", "Oct"),
    pgettext_lazy("month abbreviation", "Nov"),
    pgettext_lazy("month abbreviation", "Dec"),
]
WIDTH, HEIGHT, LABEL_SPACE, COUNT_SPACE = 720, 140, 38, 16
MAX_BAR_SLOT = 56
MIN_WIDTH = 240


@dataclass(frozen=True)
class Bar:
    start: date
    end: date
    precision: str
    count: int
    in_range: bool
    x: float = 0
    y: float = 0
    width: float = 0
    height: float = 0

    @property
    def label(self):
        return PartialDate(self.start, self.precision).display

    @property
    def date_value(self):
        """The bar's period as a date filter value, e.g. ``2004-04``: its link sets both ends."""
        return iso(self.start, self.precision)

    @property
    def count_x(self):
        return round(self.x + self.width / 2, 1)

    @property
    def count_y(self):
        return round(self.y - 4, 1)


@dataclass(frozen=True)
class Chart:
    bars: list
    in_no_bar: int  # events that no bar counts (see the module's docstring)
    match: str = DateMatch.OVERLAP
    width: float = MIN_WIDTH
    height: int = HEIGHT

    @property
    def precision(self):
        return self.bars[0].precision if self.bars else DatePrecision.MONTH

    @property
    def plot_height(self):
        return self.height - LABEL_SPACE

    @property
    def year_y(self):
        return self.height - 6

    @property
    def month_y(self):
        return self.height - LABEL_SPACE + 14

    @property
    def month_labels(self):
        """Short month names under the bars, when there is room for them."""
        if not self.bars or self.bars[0].precision != DatePrecision.MONTH:
            return []
        if self.bars[0].width < 22:
            return []
        return [(bar.count_x, str(MONTH_ABBREVIATIONS[bar.start.month])) for bar in self.bars]

    @property
    def year_labels(self):
        """The year under the first bar and under every January after it."""
        return [
            (bar.x, str(bar.start.year))
            for index, bar in enumerate(self.bars)
            if index == 0 or bar.start.month == 1
        ]


def _next_month(day):
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _periods(first, last, precision):
    """The first day of each period from ``first`` to ``last``, never stepping past ``last``
    (so a date in December 9999 does not overflow)."""
    current = first
    while True:
        yield current
        if current >= last:
            return
        current = (
            _next_month(current)
            if precision == DatePrecision.MONTH
            else current.replace(year=current.year + 1)
        )


def _bar_counts(rows, starts, precision, match):
    """Events per bar, and how many no bar counts, from ``(start month, end month,
    precision, n)`` rows (``tallies.Snapshot.month_spans``: each month as its first day).

    Bars are consecutive periods, so each is found by its period's number, and the bars a
    row covers get its events as two marks (a difference array, added up at the end)
    rather than one addition each: the unfiltered timeline has thousands of rows."""
    by_month = precision == DatePrecision.MONTH

    def number(day):
        return day.year * 12 + day.month - 1 if by_month else day.year

    first = number(starts[0])
    marks, in_no_bar = [0] * (len(starts) + 1), 0
    for start, end, event_precision, n in rows:
        first_bar = number(start) - first
        if event_precision == DatePrecision.YEAR:
            # Dated to years, an event ends in its last year's December.
            last_bar = (end.year * 12 + 11 if by_month else end.year) - first
        else:
            last_bar = number(end) - first
        if match == DateMatch.WITHIN:
            # Bars tile the calendar, so a period lies inside one bar when it starts and
            # ends in the same one.
            covered = first_bar == last_bar and 0 <= first_bar < len(starts)
        else:
            first_bar, last_bar = max(first_bar, 0), min(last_bar, len(starts) - 1)
            covered = first_bar <= last_bar
        if covered:
            marks[first_bar] += n
            marks[last_bar + 1] -= n
        else:
            in_no_bar += n
    return list(accumulate(marks[:-1])), in_no_bar


def events_per_month(rows, date_from=None, date_to=None, match=DateMatch.OVERLAP):
    """Bars for the events of ``rows`` (``Snapshot.month_spans``), each counting what the date
    filter gives for its period under ``match``; the bars the chosen range (first and last day)
    picks are marked. The days within a month make no difference to bars of months or years.
    """
    # The span runs over the months that events start in; a year alone names no month.
    months = [start for start, _end, precision, _n in rows if precision != DatePrecision.YEAR]
    if not months:
        return Chart([], sum(n for *_row, n in rows), match)
    first, last = (
        truncate(min(months), DatePrecision.MONTH),
        truncate(max(months), DatePrecision.MONTH),
    )
    precision = DatePrecision.MONTH
    if (last.year - first.year) * 12 + last.month - first.month >= MAX_MONTH_BARS:
        precision = DatePrecision.YEAR
        first, last = first.replace(month=1), last.replace(month=1)
    starts = list(_periods(first, last, precision))
    counts, in_no_bar = _bar_counts(rows, starts, precision, match)
    chosen = date_from is not None or date_to is not None
    bars = _lay_out(
        starts,
        precision,
        counts,
        lambda start, end: chosen and in_range(start, end, date_from, date_to, match),
    )
    # Drawn at its natural size, so a few bars stay a small chart and many shrink to fit.
    width = max(MIN_WIDTH, round(len(bars) * (bars[0].width / 0.8), 1))
    return Chart(bars, in_no_bar, match, width)


def _lay_out(starts, precision, counts, chosen):
    # Few periods make a few narrow bars on the left rather than a few huge blocks.
    slot = min(WIDTH / len(starts), MAX_BAR_SLOT)
    tallest = max(max(counts), 1)
    bars = []
    for index, (start, count) in enumerate(zip(starts, counts, strict=True)):
        end = period_end(start, precision)
        # Even an empty period keeps a sliver, so every period has something to click.
        height = max(2, round((HEIGHT - LABEL_SPACE - COUNT_SPACE) * count / tallest, 1))
        bars.append(
            Bar(
                start,
                end,
                precision,
                count,
                chosen(start, end),
                x=round(index * slot + slot * 0.1, 1),
                y=round(HEIGHT - LABEL_SPACE - height, 1),
                width=round(slot * 0.8, 1),
                height=height,
            )
        )
    return bars
