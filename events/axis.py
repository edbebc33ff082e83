"""The time axis: filtered events drawn along time, for one SVG template.

Everything the drawing needs is decided here (the window and its ticks, each
mark's shape from its date's precision, qualifier and status, lanes, label
stacking, clusters, the zoom and move links), and each mark and cluster draws its
own shape; ``templates/events/includes/axis.svg`` lays them out with the links, labels,
grid and legend, for the timeline page, the embeddable page and the SVG export.

The SQL is a fixed handful of queries whatever the number of events: the filtered
result's span and size, the size of the window (when ``from`` or ``to`` narrow it), then
either the events themselves (at most ``DETAIL_LIMIT``) or their counts per stretch of
about one cluster's width, by lane.
"""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from django.db.models import (
    Count,
    DateField,
    Exists,
    ExpressionWrapper,
    F,
    Func,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Q,
    Value,
)
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from .dates import DatePrecision, DateQualifier, PartialDate, period_end, truncate
from .filters import reaches
from .kinds import BY_PARAM, RELATED
from .models import Event, shown_text, translated_lookups

WIDTH = 960
PLOT_LEFT, PLOT_RIGHT = 16, WIDTH - 16
PLOT_WIDTH = PLOT_RIGHT - PLOT_LEFT
AXIS_HEIGHT = 34  # tick labels above the first lane
LANE_HEADER = 20  # a lane's name above its rows
ROW_HEIGHT = 22
CLUSTER_ROW = 30
MAX_ROWS = 8  # rows of marks in a lane before the rest merge into clusters
LEGEND_HEIGHT = 128
CHAR_WIDTH = 6.4  # average width of a 12 px label character, to stack labels without overlap
LABEL_CHARS = 34  # a longer title is cut on the axis; its link's name keeps it whole
LABEL_GAP = 8
#: More events than this in the window are drawn as clusters only.
DETAIL_LIMIT = 500
CLUSTER_PIXELS = 40  # one cluster per this much of the axis and lane
CLUSTER_WIDTH, CLUSTER_HEIGHT = 36, 20
MAX_LANES = 10  # lanes with most events; the others share one lane
MIN_DAYS = 7  # zooming in stops at a week
FIRST_DAY, LAST_DAY = date(1, 1, 1), date(9999, 12, 31)
BOUND = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

LANES = {"none": _("No lanes"), "event_type": _("Event type")} | {
    kind.param: kind.label for kind in RELATED
}
STATUS_COLOURS = {
    Event.Status.OCCURRED: "#0b57a4",
    Event.Status.PLANNED: "#7a3e00",
    Event.Status.EXPECTED: "#7a3e00",
}


class AxisProblem(ValueError):
    """A parameter the axis cannot use; the message names it and says what would do."""


# The window --------------------------------------------------------------------------


def parse_bound(name, raw, last):
    """The first (or, with ``last``, the last) day of an ISO partial date: ``2004``,
    ``2004-04`` or ``2004-04-04``."""
    match = BOUND.fullmatch(raw.strip())
    if not match:
        shown = "".join(ch for ch in raw if ch.isprintable())[:40]
        raise AxisProblem(
            gettext("“%(name)s”: “%(value)s” is not a date; write 2004, 2004-04 or 2004-04-06.")
            % {"name": name, "value": shown}
        )
    year, month, day = (int(part) if part else None for part in match.groups())
    if not 1 <= year <= 9999:
        raise AxisProblem(
            gettext("“%(name)s”: the year must be between 1 and 9999, not %(year)s.")
            % {"name": name, "year": year}
        )
    try:
        first = date(year, month or 1, day or 1)
    except ValueError:
        raise AxisProblem(
            gettext("“%(name)s”: %(value)s is not a day of the calendar.")
            % {"name": name, "value": raw.strip()}
        ) from None
    precision = DatePrecision.DAY if day else DatePrecision.MONTH if month else DatePrecision.YEAR
    return period_end(first, precision) if last else first


@dataclass(frozen=True)
class Window:
    """The stretch of time the axis shows, both ends included."""

    start: date
    end: date

    @property
    def days(self):
        return (self.end - self.start).days + 1

    def x(self, day):
        """Where ``day`` begins on the axis."""
        return PLOT_LEFT + (day - self.start).days * PLOT_WIDTH / self.days

    def day_at(self, x):
        """The day at ``x``, kept within the calendar (``x`` may lie past the plot)."""
        return _shifted(self.start, int((x - PLOT_LEFT) * self.days / PLOT_WIDTH))

    @property
    def display(self):
        return span_display(self.start, self.end)

    @property
    def query(self):
        """``from`` and ``to`` as short as they can be: whole years or months when aligned."""
        precision = _aligned_precision(self.start, self.end)
        return {
            "from": PartialDate(self.start, precision).iso_start,
            "to": PartialDate(self.end, precision).iso_start,
        }


def span_display(start, end):
    """``1990–2005``, ``April 2004`` or ``4–10 April 2004``: the days from ``start`` to
    ``end`` as a reader would write them."""
    precision = _aligned_precision(start, end)
    first, last = truncate(start, precision), truncate(end, precision)
    return PartialDate(first, precision, last if last != first else None).display


def _aligned_precision(start, end):
    if start == start.replace(month=1, day=1) and end == period_end(end, DatePrecision.YEAR):
        return DatePrecision.YEAR
    if start.day == 1 and end == period_end(end, DatePrecision.MONTH):
        return DatePrecision.MONTH
    return DatePrecision.DAY


def _snapped(start, end):
    """The window from ``start`` to ``end``, widened to whole years or months when long,
    so that addresses stay short and ticks fall on the edges."""
    start, end = max(start, FIRST_DAY), min(end, LAST_DAY)
    days = (end - start).days
    if days > 3 * 365:
        return Window(start.replace(month=1, day=1), end.replace(month=12, day=31))
    if days > 90:
        return Window(start.replace(day=1), period_end(end, DatePrecision.MONTH))
    return Window(start, end)


def _shifted(day, days):
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return LAST_DAY if days > 0 else FIRST_DAY


def _around(middle, days):
    """A window of ``days`` days centred on ``middle``, kept within the calendar."""
    start = _shifted(middle, -(days // 2))
    end = _shifted(start, days - 1)
    if end == LAST_DAY:
        start = _shifted(end, -(days - 1))
    return _snapped(start, end)


@dataclass(frozen=True)
class Moves:
    zoom_in: Window | None
    zoom_out: Window | None
    earlier: Window | None
    later: Window | None


def _in_units(window):
    """The window as whole units: ``(precision, first unit, number of units)``, counting
    years, months (from year 0) or days, whichever its edges are aligned to."""
    start, end = window.start, window.end
    precision = _aligned_precision(start, end)
    if precision == DatePrecision.YEAR:
        return precision, start.year, end.year - start.year + 1
    if precision == DatePrecision.MONTH:
        first = start.year * 12 + start.month - 1
        return precision, first, end.year * 12 + end.month - first
    return precision, start.toordinal(), window.days


def _from_units(precision, first, count):
    """The window of ``count`` units from ``first``, moved back within the calendar."""
    low, high = {
        DatePrecision.YEAR: (1, 9999),
        DatePrecision.MONTH: (12, 9999 * 12 + 11),
        DatePrecision.DAY: (FIRST_DAY.toordinal(), LAST_DAY.toordinal()),
    }[precision]
    count = min(count, high - low + 1)
    first = min(max(first, low), high - count + 1)
    last = first + count - 1
    if precision == DatePrecision.YEAR:
        return Window(date(first, 1, 1), date(last, 12, 31))
    if precision == DatePrecision.MONTH:
        end = date(last // 12, last % 12 + 1, 1)
        return Window(date(first // 12, first % 12 + 1, 1), period_end(end, precision))
    return Window(date.fromordinal(first), date.fromordinal(last))


def _finer(precision, first):
    """One year as twelve months, or one month as its days."""
    if precision == DatePrecision.YEAR:
        return DatePrecision.MONTH, first * 12, 12
    month = date(first // 12, first % 12 + 1, 1)
    return DatePrecision.DAY, month.toordinal(), period_end(month, DatePrecision.MONTH).day


def moves(window):
    """Half as long and twice as long around the middle, and half a window either way,
    in whole years or months when the window is made of them."""
    precision, first, count = _in_units(window)
    # A single year or month is zoomed into as its months or days.
    fine = _finer(precision, first) if count == 1 and precision != DatePrecision.DAY else None
    fine_precision, fine_first, fine_count = fine or (precision, first, count)
    zoom_in = None
    if fine_precision != DatePrecision.DAY or fine_count > MIN_DAYS:
        closer = max(fine_count // 2, MIN_DAYS if fine_precision == DatePrecision.DAY else 1)
        zoom_in = _from_units(fine_precision, fine_first + (fine_count - closer) // 2, closer)
    step = max(count // 2, 1)
    whole = (window.start, window.end) == (FIRST_DAY, LAST_DAY)
    return Moves(
        zoom_in=zoom_in,
        zoom_out=None if whole else _from_units(precision, first - count // 2, count * 2),
        earlier=_from_units(precision, first - step, count) if window.start > FIRST_DAY else None,
        later=_from_units(precision, first + step, count) if window.end < LAST_DAY else None,
    )


# Ticks -------------------------------------------------------------------------------

#: Candidate tick steps, finest first: (precision of the label, months or days per step).
TICK_STEPS = (
    [(DatePrecision.DAY, days) for days in (1, 2, 7, 14)]
    + [(DatePrecision.MONTH, months) for months in (1, 2, 3, 6)]
    + [(DatePrecision.YEAR, 12 * years) for years in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)]
)


@dataclass(frozen=True)
class Tick:
    x: float
    label: str  # empty where it would run off the drawing

    @property
    def label_x(self):
        return round(self.x + 4, 1)


def _tick_days(window, precision, step):
    """The days a tick falls on: every ``step`` days, or the first of every ``step``
    months (years count in months) counted from year 0, so that decades end in 0."""
    if precision == DatePrecision.DAY:
        day = window.start
        while day <= window.end:
            yield day
            day = _shifted(day, step)
            if day == LAST_DAY:
                return
        return
    month = window.start.year * 12 + window.start.month - 1
    month += -month % step
    while True:
        year, index = divmod(month, 12)
        if year > 9999:
            return
        day = date(year, index + 1, 1)
        if day > window.end:
            return
        if day >= window.start:
            yield day
        month += step


def ticks(window):
    """Ticks at the finest step whose labels do not run into each other."""
    for precision, step in TICK_STEPS:
        label_width = len(PartialDate(window.end, precision).display) * CHAR_WIDTH + 16
        per_step = step if precision == DatePrecision.DAY else step * 30.44
        if per_step * PLOT_WIDTH / window.days >= label_width:
            return [
                Tick(x, label if x + 4 + len(label) * CHAR_WIDTH <= WIDTH else "")
                for day in _tick_days(window, precision, step)
                for x, label in [(round(window.x(day), 1), PartialDate(day, precision).display)]
            ]
    return []


# Marks -------------------------------------------------------------------------------


@dataclass
class Mark:
    """One event as drawn: its shape follows its date, its fill its status."""

    shape: str  # point, bar, band or by
    x1: float
    x2: float
    colour: str
    hollow: bool
    approximate: bool
    y: float = 0
    # Only for marks that are links: the legend's samples have none.
    url: str = ""
    title: str = ""
    partial: PartialDate | None = None
    status: str = Event.Status.OCCURRED
    label: str = ""
    label_x: float = 0
    label_end: bool = False  # the label stands left of the mark
    note: str = ""  # after the label: how little of the date is known
    order: tuple = ()
    kind = "mark"

    # Worked out only for the marks drawn: many of 500 end up in clusters.
    @cached_property
    def date(self):
        return self.partial.display

    @cached_property
    def name(self):
        """The link's accessible name: title, readable date, how much is known, status."""
        name = f"{self.title}, {self.date}"
        partial = self.partial
        if partial.precision != DatePrecision.DAY and partial.qualifier != DateQualifier.WITHIN:
            name += f" {KNOWN_ONLY_TO[partial.precision]}"
        if self.status != Event.Status.OCCURRED:
            name += f", {Event.Status(self.status).label.lower()}"
        return name

    @cached_property
    def shape_svg(self):
        """The mark's SVG elements. Drawn here rather than by a template include: the
        axis draws up to a few hundred marks, and an include per mark was most of the
        rendering time."""
        x1, x2, y, colour, approximate = self.x1, self.x2, self.y, self.colour, self.approximate
        fill = "#ffffff" if self.hollow else colour
        dashes = ' stroke-dasharray="3 2"' if approximate else ""
        # Bands are taller than bars, so that a lighter band still reads as a mark.
        thickness = 14 if self.shape in ("band", *BOUND_SHAPES) else 10
        top = round(y - thickness / 2, 1)
        parts = []
        if approximate:  # short dashed lines beyond both ends: "c." blurs the edges
            left, right = round(x1 - 6, 1), round(x2 + 6, 1)
            parts.append(
                f'<path d="M{left - 8} {y}H{left}M{right} {y}H{right + 8}" stroke="{colour}"'
                ' stroke-width="2" stroke-dasharray="2 2"/>'
            )
        if self.shape == "point":
            parts.append(
                f'<circle class="axis__shape" cx="{round((x1 + x2) / 2, 1)}" cy="{y}" r="5.5"'
                f' fill="{fill}" stroke="{colour}" stroke-width="2"{dashes}/>'
            )
        elif self.shape in BOUND_SHAPES:
            # A dotted line to the open side, a bar at the known bound.
            bound = x2 if self.shape == "by" else x1
            parts.append(
                f'<path d="M{x1} {y}H{x2}" stroke="{colour}" stroke-width="2"'
                ' stroke-dasharray="1 4" stroke-linecap="round"/>'
                f'<rect class="axis__shape" x="{round(bound - 3, 1)}" y="{top}" width="6"'
                f' height="{thickness}" fill="{fill}" stroke="{colour}" stroke-width="2"/>'
            )
        else:
            band = self.shape == "band"
            opacity = 0.35 if band and not self.hollow else 1
            parts.append(
                f'<rect class="axis__shape" x="{x1}" y="{top}" width="{round(x2 - x1, 1)}"'
                f' height="{thickness}" rx="2" fill="{fill}" fill-opacity="{opacity}"'
                f' stroke="{colour}" stroke-width="{1 if band else 2}"{dashes}/>'
            )
        # Every value is a number or one of STATUS_COLOURS: nothing here needs escaping.
        return mark_safe("".join(parts))


def _shape(precision, end, qualifier):
    if qualifier == DateQualifier.NO_LATER_THAN:
        return "by"
    if qualifier == DateQualifier.NO_EARLIER_THAN:
        return "not_before"
    if precision != DatePrecision.DAY or qualifier == DateQualifier.WITHIN:
        return "band"
    return "bar" if end else "point"


#: A date bounded on one side only: a bar at the bound, a dotted line to the open side.
BOUND_SHAPES = ("by", "not_before")
BOUND_LENGTH = 40  # how far a "by" line reaches back, a "not before" one on: that side is open


def _on_plot(x):
    """``x`` kept within reach of the plot: a mark running past an edge stops just beyond it."""
    return round(min(max(x, PLOT_LEFT - 6), PLOT_RIGHT + 6), 1)


def _extent(shape, window, start, last_day):
    """Where a mark starts and ends on the axis."""
    x1, x2 = window.x(start), window.x(_shifted(last_day, 1))
    if shape == "point":
        x1 = x2 = (x1 + x2) / 2
    elif shape == "by":
        x1 = x2 - BOUND_LENGTH
    elif shape == "not_before":
        x2 = x1 + BOUND_LENGTH
    else:
        x2 = max(x2, x1 + 3)  # a band of one day is still visible
    return _on_plot(x1), _on_plot(x2)


#: How little of a date is known: in a mark's accessible name, and after its label.
KNOWN_ONLY_TO = {
    DatePrecision.DAY: _("(known only to the day)"),
    DatePrecision.MONTH: _("(known only to the month)"),
    DatePrecision.YEAR: _("(known only to the year)"),
}
KNOWN = {
    DatePrecision.DAY: _("day known"),
    DatePrecision.MONTH: _("month known"),
    DatePrecision.YEAR: _("year known"),
}


def _note(shape, precision, qualifier):
    if shape != "band":
        return ""
    if qualifier == DateQualifier.WITHIN:
        return gettext("some time within")
    return str(KNOWN[precision])


def _mark(window, row, url):
    pk, slug, title, start, end, precision, qualifier, status = row[:8]
    partial = PartialDate(start, precision, end, qualifier)
    shape = _shape(precision, end, qualifier)
    last_day = partial.last_day
    x1, x2 = _extent(shape, window, start, last_day)
    short = title if len(title) <= LABEL_CHARS else title[: LABEL_CHARS - 1].rstrip() + "…"
    return Mark(
        shape,
        x1,
        x2,
        STATUS_COLOURS[status],
        hollow=status != Event.Status.OCCURRED,
        approximate=qualifier == DateQualifier.APPROXIMATE,
        url=url(slug),
        title=title,
        partial=partial,
        status=status,
        label=short,
        note=_note(shape, precision, qualifier),
        order=(start, last_day, slug),
    )


LEGEND_ROWS = 4


def legend():
    """Sample marks with what each shape means, drawn as the events are."""
    samples = [
        ("point", False, False, gettext("Known to the day")),
        ("bar", False, False, gettext("From one day to another")),
        ("band", False, False, gettext("Known only to the month or year, or “between” two dates")),
        ("by", False, False, gettext("“By” a date: no later than its end (open start)")),
        (
            "not_before",
            False,
            False,
            gettext("“Not before” a date: no earlier than its start (open end)"),
        ),
        ("point", False, True, gettext("“c.”: about then (dashed ends)")),
        ("point", True, False, gettext("Planned or expected, not yet happened (hollow)")),
        ("cluster", False, False, gettext("Events too close to tell apart: choose it to zoom in")),
    ]
    entries = []
    for index, (shape, hollow, approximate, text) in enumerate(samples):
        column, line = divmod(index, LEGEND_ROWS)
        left, y = 24 + column * 460, line * 24 + 14
        if shape == "cluster":
            entries.append((Cluster(left + 14, 99, FIRST_DAY, FIRST_DAY, y=y), left + 40, text))
            continue
        x1, x2 = (
            (left, left + 28) if shape in ("bar", "band", *BOUND_SHAPES) else (left + 14, left + 14)
        )
        colour = STATUS_COLOURS[Event.Status.PLANNED if hollow else Event.Status.OCCURRED]
        entries.append((Mark(shape, x1, x2, colour, hollow, approximate, y=y), left + 40, text))
    return entries


# Lanes and stacking ------------------------------------------------------------------


@dataclass
class Cluster:
    x: float
    count: int
    start: date
    end: date
    url: str = ""
    y: float = 0

    kind = "cluster"

    @property
    def shape_svg(self):
        """A rounded box with the count as it fits (12k for 12,345); numbers only."""
        shown = str(self.count) if self.count < 10_000 else f"{self.count // 1000}k"
        left, top = round(self.x - CLUSTER_WIDTH / 2, 1), round(self.y - CLUSTER_HEIGHT / 2, 1)
        return mark_safe(
            f'<rect class="axis__shape" x="{left}" y="{top}" width="{CLUSTER_WIDTH}"'
            f' height="{CLUSTER_HEIGHT}" rx="10" fill="#3b4650"/><text x="{self.x}" y="{self.y}"'
            ' dy="4" text-anchor="middle" font-size="11" font-weight="bold" fill="#ffffff">'
            f"{shown}</text>"
        )

    @property
    def name(self):
        span = span_display(self.start, self.end)
        return ngettext(
            "%(count)d event, %(span)s: zoom in to see them",
            "%(count)d events, %(span)s: zoom in to see them",
            self.count,
        ) % {"count": self.count, "span": span}

    @property
    def order(self):
        return (self.start, self.end, "")


@dataclass
class Lane:
    key: str
    label: str
    of_record: bool = False  # the label is a row's name (not a type or "others")
    marks: list = field(default_factory=list)
    # Cluster counts by their slot on the axis.
    slots: dict = field(default_factory=dict)
    rows: int = 0
    y: float = 0
    clusters: list = field(default_factory=list)

    @property
    def height(self):
        return LANE_HEADER + self.rows * ROW_HEIGHT + (CLUSTER_ROW if self.clusters else 0) + 6

    @property
    def label_y(self):
        return self.y + 14

    def add_to_slot(self, x, count):
        slot = int(min(max(x, PLOT_LEFT), PLOT_RIGHT - 1) - PLOT_LEFT) // CLUSTER_PIXELS
        self.slots[slot] = self.slots.get(slot, 0) + count


def _label_width(mark):
    return (len(mark.label) + len(mark.note) + 3) * CHAR_WIDTH


def _label_placement(mark):
    """Where the label goes (right of the mark, left of it, or inside a wide band) and
    the stretch of the row that mark and label take up."""
    width = _label_width(mark)
    if mark.x2 + LABEL_GAP + width <= PLOT_RIGHT + 16:
        return "right", mark.x1 - 6, mark.x2 + 6 + LABEL_GAP + width
    inside_room = mark.x2 - max(mark.x1, PLOT_LEFT) - 12
    if mark.shape == "band" and inside_room >= width:
        return "inside", mark.x1 - 6, mark.x2 + 6
    if mark.x1 - LABEL_GAP - width >= 0 or mark.shape != "band":
        return "left", mark.x1 - 6 - LABEL_GAP - width, mark.x2 + 6
    return "inside", mark.x1 - 6, mark.x2 + 6


def _stack(lane):
    """Rows for the lane's marks so that neither marks nor labels overlap; a mark that
    fits nowhere, even without its label, goes into its slot's cluster."""
    row_ends = []
    # Marks that span most of the window say least about when: they get the rows left.
    for mark in sorted(
        lane.marks, key=lambda mark: (mark.x2 - mark.x1 > PLOT_WIDTH / 2, mark.order)
    ):
        placement, left, right = _label_placement(mark)
        row = next((i for i, end in enumerate(row_ends) if end <= left), None)
        if row is None and len(row_ends) < MAX_ROWS:
            row = len(row_ends)
            row_ends.append(right)
        if row is None:
            bare = next((i for i, end in enumerate(row_ends) if end <= mark.x1 - 6), None)
            if bare is None:
                lane.add_to_slot(mark.x1, 1)
                mark.y = None
                continue
            row, right, mark.label, mark.note = bare, mark.x2 + 6, "", ""
        row_ends[row] = right
        mark.y = lane.y + LANE_HEADER + row * ROW_HEIGHT + ROW_HEIGHT / 2
        mark.label_end = placement == "left"
        mark.label_x = round(
            {
                "right": mark.x2 + LABEL_GAP,
                "left": mark.x1 - LABEL_GAP,
                "inside": max(mark.x1, PLOT_LEFT) + 6,
            }[placement],
            1,
        )
    lane.marks = [mark for mark in lane.marks if mark.y is not None]
    lane.rows = len(row_ends)


def _finish_clusters(lane, window, zoom_url):
    for slot, count in sorted(lane.slots.items()):
        left = PLOT_LEFT + slot * CLUSTER_PIXELS
        start = max(window.day_at(left), window.start)
        end = min(window.day_at(left + CLUSTER_PIXELS) - timedelta(days=1), window.end)
        end = max(end, start)
        # Wide enough to tell the events apart, never narrower than zooming in allows.
        target = _around(_shifted(start, (end - start).days // 2), max(MIN_DAYS, window.days // 8))
        lane.clusters.append(
            Cluster(
                round(left + CLUSTER_PIXELS / 2, 1),
                count,
                start,
                end,
                url=zoom_url(target),
                y=lane.y + LANE_HEADER + lane.rows * ROW_HEIGHT + CLUSTER_ROW / 2,
            )
        )


# The query ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AxisRequest:
    """The axis's own parameters (``PARAMETERS``), read from the query string."""

    PARAMETERS = ("from", "to", "lanes")

    start: date | None
    end: date | None
    lanes: str

    @classmethod
    def from_query(cls, query):
        lanes = query.get("lanes", "none")
        if lanes not in LANES:
            shown = "".join(ch for ch in lanes if ch.isprintable())[:40]
            raise AxisProblem(
                gettext("“lanes”: “%(value)s” is not a lane; choose %(lanes)s.")
                % {"value": shown, "lanes": ", ".join(LANES)}
            )
        start = parse_bound("from", query["from"], last=False) if query.get("from") else None
        end = parse_bound("to", query["to"], last=True) if query.get("to") else None
        if start and end and start > end:
            raise AxisProblem(gettext("“from” is after “to”: the axis would end before it starts."))
        return cls(start, end, lanes)


def _span(events):
    """The filtered result's size, first day and last day (a month or a year counting whole)."""
    last_of = {
        precision: Max(Coalesce("end_date", "start_date"), filter=Q(date_precision=precision))
        for precision in DatePrecision.values
    }
    stats = events.aggregate(total=Count("pk"), first=Min("start_date"), **last_of)
    ends = [period_end(stats[p], p) for p in DatePrecision.values if stats[p] is not None]
    return stats["total"], stats["first"], max(ends, default=None)


def _window(request, first, last):
    """The filtered result's whole span, unless ``from`` or ``to`` say otherwise; a bound
    given in the address stays exactly as given."""
    start = request.start or (min(first, request.end) if request.end else first)
    end = request.end or max(last, start)
    window = _snapped(start, end)
    return Window(request.start or window.start, request.end or window.end)


DETAIL_COLUMNS = (
    "pk",
    "slug",
    "title",
    "start_date",
    "end_date",
    "date_precision",
    "date_qualifier",
    "status",
    "event_type",
)
NO_LANE = ""


class DaysFrom(Func):
    """Whole days from a date (the second argument) to a date column, in SQL: SQLite's
    built-in ``julianday``, PostgreSQL's date subtraction."""

    output_field = IntegerField()

    def __init__(self, column, day):
        super().__init__(F(column), Value(day, output_field=DateField()))

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            template="CAST(julianday(%(expressions)s) AS INTEGER)",
            arg_joiner=") - julianday(",
            **extra_context,
        )

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler, connection, template="(%(expressions)s)", arg_joiner=" - ", **extra_context
        )


def _counted(rows, window, column):
    """Counts per stretch of about one cluster's width, counted by the database, so that
    100,000 events come back as a few hundred rows: ``(lane key, (first day, count))``."""
    days = max(1, window.days * CLUSTER_PIXELS // PLOT_WIDTH)
    stretch = ExpressionWrapper(DaysFrom(column, window.start) / days, IntegerField())
    counted = rows.order_by().annotate(stretch=stretch)
    return lambda *keys, count="pk": [
        (row[:-2], (_shifted(window.start, row[-2] * days), row[-1]))
        for row in counted.values_list(*keys, "stretch").annotate(n=Count(count))
    ]


def _memberships(shown, choice, clustered, window):
    """``(lane key, lane label, item)`` for every event (or, clustered, every stretch's
    count) in each lane it belongs to; an item is a row of ``DETAIL_COLUMNS`` or
    ``(day, count)``."""
    kind = BY_PARAM.get(choice)
    labels = {value: str(label) for value, label in Event.Type.choices}
    if clustered:
        counts = _counted(shown, window, "start_date")
        if choice == "none":
            return [(NO_LANE, "", item) for _keys, item in counts()]
        if choice == "event_type":
            return [(key, labels[key], item) for (key,), item in counts("event_type")]
        links = kind.through.objects.filter(event_id__in=shown.values("pk"))
        linked = _counted(links, window, "event__start_date")
        names = (f"{kind.lookup}__slug", *translated_lookups(f"{kind.lookup}__{kind.label_field}"))
        unlinked = _counted(_unlinked(shown, kind), window, "start_date")
        return [
            (slug, shown_text(*labels), item)
            for (slug, *labels), item in linked(*names, count="event_id")
        ] + [(NO_LANE, str(kind.none_label), item) for _keys, item in unlinked()]
    rows = list(shown.order_by().values_list(*DETAIL_COLUMNS))
    if choice == "none":
        return [(NO_LANE, "", row) for row in rows]
    if choice == "event_type":
        return [(row[8], labels[row[8]], row) for row in rows]
    links = kind.through.objects.filter(event_id__in=shown.values("pk")).order_by()
    names = (f"{kind.lookup}__slug", *translated_lookups(f"{kind.lookup}__{kind.label_field}"))
    by_pk = {row[0]: row for row in rows}
    memberships = [
        (slug, shown_text(*labels), by_pk[pk])
        for pk, slug, *labels in links.values_list("event_id", *names)
    ]
    linked_pks = {item[0] for _slug, _label, item in memberships}
    none_label = str(kind.none_label)
    return memberships + [(NO_LANE, none_label, row) for row in rows if row[0] not in linked_pks]


def _unlinked(events, kind):
    return events.filter(~Exists(kind.through.objects.filter(event_id=OuterRef("pk"))))


def _weight(item, clustered):
    return item[1] if clustered else 1


def _lanes(shown, window, choice, clustered, event_url):
    """The lanes with their marks (or cluster counts): those with most events, then one
    lane for the rest, then one for events in none."""
    memberships = _memberships(shown, choice, clustered, window)
    sizes, labels = {}, {}
    for key, label, item in memberships:
        sizes[key] = sizes.get(key, 0) + _weight(item, clustered)
        labels[key] = label
    ranked = sorted((key for key in sizes if key != NO_LANE), key=lambda k: (-sizes[k], labels[k]))
    if choice == "none":
        lanes = {NO_LANE: Lane(NO_LANE, "")}
    else:
        of_record = choice != "event_type"
        lanes = {key: Lane(key, labels[key], of_record) for key in ranked[:MAX_LANES]}
        if len(ranked) > MAX_LANES:
            rest = len(ranked) - MAX_LANES
            others = (
                ngettext("%(count)d other event type", "%(count)d other event types", rest)
                if choice == "event_type"
                else BY_PARAM[choice].others
            )
            lanes[OTHER_LANE] = Lane(OTHER_LANE, others % {"count": rest})
        if NO_LANE in sizes:
            lanes[NO_LANE] = Lane(NO_LANE, labels[NO_LANE])
    seen = set()  # an event linked to two of the "other" rows is drawn there once
    for key, _label, item in memberships:
        lane = lanes.get(key) or lanes[OTHER_LANE]
        if clustered:
            lane.add_to_slot(window.x(item[0]), item[1])
        elif (lane.key, item[0]) not in seen:
            seen.add((lane.key, item[0]))
            lane.marks.append(_mark(window, item, event_url))
    return list(lanes.values())


OTHER_LANE = "\x00other"  # cannot be a slug or an event type


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    current: bool = False


EXPORT_HEADER = 48  # the SVG file's title, above the axis
SOURCE_LINE_HEIGHT = 15  # its source lines, below
SOURCE_LINE_CHARS = 140  # a longer address is broken over several lines, never cut


@dataclass
class Axis:
    window: Window
    lanes: list
    marks: list  # marks and clusters in chronological order: the focus order
    ticks: list
    total: int
    in_window: int
    clustered: bool
    moves: dict  # earlier, zoom_in, zoom_out, later: a Link (without url when impossible)
    lane_links: list
    lane_choice: str
    height: int
    legend: list = field(default_factory=legend)
    width: int = WIDTH
    plot_left: int = PLOT_LEFT
    plot_right: int = PLOT_RIGHT
    #: The SVG file's lines under the drawing: where it comes from, and when.
    source_lines: list = field(default_factory=list)

    @property
    def legend_y(self):
        return self.height - LEGEND_HEIGHT + 24

    @property
    def lanes_bottom(self):
        return self.height - LEGEND_HEIGHT

    @property
    def lane_label(self):
        return LANES[self.lane_choice]

    @property
    def export_height(self):
        return self.height + EXPORT_HEADER + (len(self.source_lines) + 1) * SOURCE_LINE_HEIGHT

    @property
    def placed_source_lines(self):
        """``(y, text)`` for each source line under the drawing."""
        first = self.height + EXPORT_HEADER + SOURCE_LINE_HEIGHT
        return [(first + i * SOURCE_LINE_HEIGHT, line) for i, line in enumerate(self.source_lines)]

    def cite(self, exported, address):
        """Say under the file's drawing where it comes from (``address``) and when."""
        self.source_lines = [
            gettext("Source: NATO–Russia cooperation timeline, exported %(date)s:")
            % {"date": exported},
            *(
                address[start : start + SOURCE_LINE_CHARS]
                for start in range(0, len(address), SOURCE_LINE_CHARS)
            ),
        ]


MOVE_LABELS = {
    "earlier": _("Earlier"),
    "zoom_in": _("Zoom in"),
    "zoom_out": _("Zoom out"),
    "later": _("Later"),
}


def build(events, query, event_url, url_with):
    """The axis for ``events`` (the filtered queryset) with the axis parameters in
    ``query``; ``event_url(slug)`` links an event and ``url_with(changes)`` the current
    address with some parameters changed.

    Raises :class:`AxisProblem` for parameters it cannot use. Returns None when there
    is nothing to draw.
    """
    request = AxisRequest.from_query(query)
    total, first, last = _span(events)
    if not total:
        return None
    window = _window(request, first, last)
    if request.start is None and request.end is None:
        shown, in_window = events, total  # the whole span: nothing to leave out, or count
    else:
        shown = events.filter(start_date__lte=window.end).filter(reaches(window.start))
        in_window = shown.count()
    clustered = in_window > DETAIL_LIMIT
    lanes = _lanes(shown, window, request.lanes, clustered, event_url)
    y = AXIS_HEIGHT
    marks = []
    for lane in lanes:
        lane.y = y
        _stack(lane)
        _finish_clusters(lane, window, lambda target: url_with(target.query))
        y += lane.height
        marks += lane.marks + lane.clusters
    marks.sort(key=lambda item: item.order)
    move_links = {
        name: Link(MOVE_LABELS[name], url_with(target.query) if target else "")
        for name, target in vars(moves(window)).items()
    }
    lane_links = [
        Link(label, url_with({"lanes": None if value == "none" else value}), value == request.lanes)
        for value, label in LANES.items()
    ]
    return Axis(
        window,
        lanes,
        marks,
        ticks(window),
        total,
        in_window,
        clustered,
        move_links,
        lane_links,
        request.lanes,
        height=round(y + LEGEND_HEIGHT),
    )


SLUG_SLOT = "axis-event-slug"  # stands for each event's slug in its address


def for_request(request, events, path, absolute=False):
    """The axis for ``events`` as the request asks for it, its links to ``path`` (and,
    with ``absolute``, complete addresses, as a file taken elsewhere needs)."""
    finish = request.build_absolute_uri if absolute else str
    # Resolved once: reverse() for each of 500 marks would cost more than drawing them.
    event_address = finish(reverse("events:event-detail", kwargs={"slug": SLUG_SLOT}))

    def event_url(slug):
        return event_address.replace(SLUG_SLOT, slug)

    def url_with(changes):
        query = request.GET.copy()
        query.pop("page", None)
        for name, value in changes.items():
            if value is None:
                query.pop(name, None)
            else:
                query[name] = value
        return finish(f"{path}?{query.urlencode()}" if query else path)

    return build(events, request.GET, event_url, url_with)
