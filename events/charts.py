"""The overview chart: events per month across the span, as plain numbers for an SVG.

Events known only to the year have no month to stand in; they are counted
apart and the chart says how many there are. Long spans fall back to one bar
per year so that the bars stay wide enough to click.
"""

import calendar
from dataclasses import dataclass
from datetime import date

from django.db.models import Count

from .dates import DatePrecision, PartialDate, period_end

MAX_MONTH_BARS = 120
MONTH_ABBREVIATIONS = list(calendar.month_abbr)  # English, like the rest of the dates
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
    def date_from(self):
        return self.start.isoformat()

    @property
    def date_to(self):
        return self.end.isoformat()

    @property
    def count_x(self):
        return round(self.x + self.width / 2, 1)

    @property
    def count_y(self):
        return round(self.y - 4, 1)


@dataclass(frozen=True)
class Chart:
    bars: list
    year_only: int
    width: float = MIN_WIDTH
    height: int = HEIGHT

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
        return [(bar.count_x, MONTH_ABBREVIATIONS[bar.start.month]) for bar in self.bars]

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


def _in_range(start, end, date_from, date_to):
    """Whether the period overlaps the chosen date range (never, with no range chosen)."""
    if date_from is None and date_to is None:
        return False
    return (date_from is None or end >= date_from) and (date_to is None or start <= date_to)


def events_per_month(events, date_from=None, date_to=None):
    """Bars for ``events`` (one query); those overlapping the chosen range are marked."""
    # Grouped by day and bucketed here: SQLite truncates dates with a Python call per row.
    rows = events.order_by().values_list("start_date", "date_precision").annotate(n=Count("pk"))
    per_month, year_only = {}, 0
    for day, precision, n in rows:
        if precision == DatePrecision.YEAR:
            year_only += n
        else:
            month = day.replace(day=1)
            per_month[month] = per_month.get(month, 0) + n
    if not per_month:
        return Chart([], year_only)
    first, last = min(per_month), max(per_month)
    precision = DatePrecision.MONTH
    if (last.year - first.year) * 12 + last.month - first.month >= MAX_MONTH_BARS:
        precision = DatePrecision.YEAR
        first, last = first.replace(month=1), last.replace(month=1)
    counts = {}
    for month, n in per_month.items():
        key = month if precision == DatePrecision.MONTH else month.replace(month=1)
        counts[key] = counts.get(key, 0) + n
    starts = list(_periods(first, last, precision))
    bars = _lay_out(starts, precision, counts, date_from, date_to)
    # Drawn at its natural size, so a few bars stay a small chart and many shrink to fit.
    width = max(MIN_WIDTH, round(len(bars) * (bars[0].width / 0.8), 1))
    return Chart(bars, year_only, width)


def _lay_out(starts, precision, counts, date_from, date_to):
    # Few periods make a few narrow bars on the left rather than a few huge blocks.
    slot = min(WIDTH / len(starts), MAX_BAR_SLOT)
    tallest = max(counts.values())
    bars = []
    for index, start in enumerate(starts):
        count = counts.get(start, 0)
        end = period_end(start, precision)
        # Even an empty period keeps a sliver, so every period has something to click.
        height = max(2, round((HEIGHT - LABEL_SPACE - COUNT_SPACE) * count / tallest, 1))
        bars.append(
            Bar(
                start,
                end,
                precision,
                count,
                _in_range(start, end, date_from, date_to),
                x=round(index * slot + slot * 0.1, 1),
                y=round(HEIGHT - LABEL_SPACE - height, 1),
                width=round(slot * 0.8, 1),
                height=height,
            )
        )
    return bars
