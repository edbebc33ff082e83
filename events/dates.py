"""Partial dates: one place that knows how precise a date is and how to show it.

Sources rarely give a full date. An event may be known to the day ("4 April
2004"), only to the month ("April 2004") or only to the year ("2004"), and the
text may only bound it ("by 6 April 2004") or place it somewhere in a span
("between 29 March and 4 April 2004"). Dates are stored as the first day of
their period; everything that shows or exports a date (HTML, the API, exports)
goes through :class:`PartialDate` so no output ever invents a day or a month.

Dates read in the active language: English ("7–8 April 2004", "c. April 2004") or
Russian ("7–8 апреля 2004 г.", "около апреля 2004 г."), where a month's name takes the
case its words ask for.
"""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import models
from django.db.models import Q
from django.db.models.functions import ExtractDay, ExtractMonth
from django.db.models.lookups import Exact
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

MONTH_NAMES = list(calendar.month_name)  # English whatever the process's locale
EN_DASH = "\u2013"
#: Each Russian month as a month alone ("апрель 2004 г."), after a day or a preposition
#: asking for the genitive ("4 апреля", "около апреля") and after "между" (instrumental).
RUSSIAN_MONTHS = [
    None,
    *(
        tuple(forms.split("/"))
        for forms in (
            "январь/января/январём",
            "февраль/февраля/февралём",
            "март/марта/мартом",
            "апрель/апреля/апрелем",
            "май/мая/маем",
            "июнь/июня/июнем",
            "июль/июля/июлем",
            "август/августа/августом",
            "сентябрь/сентября/сентябрём",
            "октябрь/октября/октябрём",
            "ноябрь/ноября/ноябрём",
            "декабрь/декабря/декабрём",
        )
    ),
]
NOMINATIVE, GENITIVE, INSTRUMENTAL = range(3)


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


class DateQualifier(models.TextChoices):
    EXACT = "exact", _("Exact: on this date or over this range")
    APPROXIMATE = "approximate", _("Approximate (circa)")
    NO_LATER_THAN = "by", _("No later than this date")
    NO_EARLIER_THAN = "not_before", _("No earlier than this date")
    WITHIN = "within", _("At some point within this range")


#: Qualifiers that bound a date on one side only: such a date has no end.
SINGLE_BOUNDS = (DateQualifier.NO_LATER_THAN, DateQualifier.NO_EARLIER_THAN)


def truncate(value, precision):
    """The first day of the period that ``value`` falls in at ``precision``."""
    if precision == DatePrecision.YEAR:
        return value.replace(month=1, day=1)
    if precision == DatePrecision.MONTH:
        return value.replace(day=1)
    return value


def period_end(value, precision):
    """The last day of the period starting at ``value`` (inclusive)."""
    if precision == DatePrecision.YEAR:
        return value.replace(month=12, day=31)
    if precision == DatePrecision.MONTH:
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    return value


def iso(value, precision):
    """ISO 8601 at reduced precision: ``2004``, ``2004-04`` or ``2004-04-04``."""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def parts(value, precision):
    """The date parts the precision allows, e.g. ``{"year": 2004, "month": 4}``."""
    result = {"year": value.year}
    if precision in (DatePrecision.MONTH, DatePrecision.DAY):
        result["month"] = value.month
    if precision == DatePrecision.DAY:
        result["day"] = value.day
    return result


def from_parts(year, month=None, day=None):
    """The stored date and its precision for a date entered as parts.

    What is entered sets the precision: a year alone is a year, a year and a
    month a month, all three a day. Raises ``ValueError`` with a message for
    the editor when the parts do not make a date.
    """
    if day is not None and month is None:
        raise ValueError("A day needs its month: choose the month, or leave the day empty.")
    if month is not None and not 1 <= month <= 12:
        raise ValueError("Choose a month from the list.")
    try:
        value = date(year, month or 1, day or 1)
    except ValueError:
        if not 1 <= year <= 9999:
            raise ValueError("Enter a year between 1 and 9999.") from None
        last = calendar.monthrange(year, month)[1]
        raise ValueError(
            f"{MONTH_NAMES[month]} {year} has {last} days; there is no day {day}."
        ) from None
    precision = (
        DatePrecision.DAY
        if day is not None
        else DatePrecision.MONTH
        if month
        else DatePrecision.YEAR
    )
    return value, precision


def _format(value, precision):
    if precision == DatePrecision.YEAR:
        return str(value.year)
    if precision == DatePrecision.MONTH:
        return f"{MONTH_NAMES[value.month]} {value.year}"
    return f"{value.day} {MONTH_NAMES[value.month]} {value.year}"


@dataclass(frozen=True)
class PartialDate:
    start: date
    precision: str = DatePrecision.DAY
    end: date | None = None
    qualifier: str = DateQualifier.EXACT

    def errors(self):
        """Problems an editor can fix, keyed by the field they concern."""
        problems = {}
        for field, value in (("start_date", self.start), ("end_date", self.end)):
            if value is not None and value != truncate(value, self.precision):
                unit = "month and day" if self.precision == DatePrecision.YEAR else "day"
                problems[field] = (
                    f"A {self.precision}-precision date cannot give a {unit}: "
                    f"enter {truncate(value, self.precision).isoformat()} "
                    f"or choose a finer precision."
                )
        if self.end is not None and self.end < self.start:
            problems["end_date"] = "The end date is before the start date."
        elif self.end is not None and self.end == self.start:
            problems["end_date"] = "The end date equals the start date; leave it empty."
        if self.qualifier in SINGLE_BOUNDS and self.end is not None:
            bound = "later" if self.qualifier == DateQualifier.NO_LATER_THAN else "earlier"
            problems["end_date"] = (
                f"A “no {bound} than” date is a single bound: leave the end empty."
            )
        if self.qualifier == DateQualifier.WITHIN and self.end is None:
            problems["end_date"] = "“At some point within this range” needs an end date."
        return problems

    @property
    def last_day(self):
        """The last day the date can refer to (inclusive)."""
        return period_end(self.end or self.start, self.precision)

    @property
    def span(self):
        """First day and exclusive end of the whole period, as calendars want it."""
        return self.start, self.last_day + timedelta(days=1)

    @property
    def iso_start(self):
        return iso(self.start, self.precision)

    @property
    def iso_end(self):
        return iso(self.end, self.precision) if self.end else None

    @property
    def start_parts(self):
        return parts(self.start, self.precision)

    @property
    def end_parts(self):
        return parts(self.end, self.precision) if self.end else None

    def _range_sides(self):
        """Start and end texts, the start leaving out what the end already says."""
        start, end, precision = self.start, self.end, self.precision
        if precision == DatePrecision.YEAR or start.year != end.year:
            return _format(start, precision), _format(end, precision)
        if precision == DatePrecision.MONTH:
            return MONTH_NAMES[start.month], _format(end, precision)
        if start.month == end.month:
            return str(start.day), _format(end, precision)
        return f"{start.day} {MONTH_NAMES[start.month]}", _format(end, precision)

    @property
    def display(self):
        """The date as a reader should see it in the active language, e.g. ``7–8 April
        2004`` or ``c. 2004``; in Russian ``7–8 апреля 2004 г.`` or ``около 2004 г.``."""
        if (get_language() or "").startswith("ru"):
            return _russian(self)
        if self.end is None:
            text = _format(self.start, self.precision)
        else:
            first, last = self._range_sides()
            if self.qualifier == DateQualifier.WITHIN:
                return f"between {first} and {last}"
            # "7–8 April 2004" but "29 March – 4 April 2004": space the dash when
            # the sides carry spaces of their own.
            dash = f" {EN_DASH} " if " " in first else EN_DASH
            text = f"{first}{dash}{last}"
        if self.qualifier == DateQualifier.APPROXIMATE:
            return f"c. {text}"
        if self.qualifier == DateQualifier.NO_LATER_THAN:
            return f"by {text}"
        if self.qualifier == DateQualifier.NO_EARLIER_THAN:
            return f"not before {text}"
        return text

    def __str__(self):
        return self.display


def with_full_stop(sentence):
    """``sentence`` with a full stop at its end, unless it ends in one already, as a
    Russian date does (“2004 г.”)."""
    return sentence if sentence.endswith(".") else f"{sentence}."


#: The words before a Russian date for each qualifier, and the case they ask of a month.
_RUSSIAN_QUALIFIERS = {
    DateQualifier.EXACT: ("", NOMINATIVE),
    DateQualifier.APPROXIMATE: ("около ", GENITIVE),
    DateQualifier.NO_LATER_THAN: ("не позднее ", GENITIVE),
    DateQualifier.NO_EARLIER_THAN: ("не ранее ", GENITIVE),
    DateQualifier.WITHIN: ("между ", INSTRUMENTAL),
}


def _russian_side(value, precision, case, year=True):
    """One date in Russian, with its year ("4 апреля 2004 г.") or without ("4 апреля")."""
    year_text = f" {value.year} г." if year else ""
    if precision == DatePrecision.YEAR:
        return f"{value.year} г." if year else str(value.year)
    month = RUSSIAN_MONTHS[value.month]
    if precision == DatePrecision.MONTH:
        return f"{month[case]}{year_text}"
    return f"{value.day} {month[GENITIVE]}{year_text}"


def _russian(partial):
    """``partial.display`` in Russian: the year once ("7–8 апреля 2004 г."), "гг." after
    a span of years, a month in the case its words ask for."""
    words, case = _RUSSIAN_QUALIFIERS[partial.qualifier]
    start, end, precision = partial.start, partial.end, partial.precision
    if end is None:
        return words + _russian_side(start, precision, case)
    joiner = " и " if partial.qualifier == DateQualifier.WITHIN else None
    if precision == DatePrecision.YEAR:
        return f"{words}{start.year}{joiner or EN_DASH}{end.year} гг."
    if start.year != end.year:
        first, last = _russian_side(start, precision, case), _russian_side(end, precision, case)
    elif precision == DatePrecision.DAY and start.month == end.month:
        first, last = str(start.day), _russian_side(end, precision, case)
    else:
        first = _russian_side(start, precision, case, year=False)
        last = _russian_side(end, precision, case)
    # "7–8 апреля" but "29 марта – 4 апреля": space the dash when the sides have spaces.
    dash = f" {EN_DASH} " if " " in first else EN_DASH
    return f"{words}{first}{joiner or dash}{last}"


# In the database: the rules of ``PartialDate.errors`` that need no message, as the
# conditions of named ``CheckConstraint``s, so that ``loaddata``, ``bulk_create``,
# ``update()`` and raw SQL cannot store what the admin refuses.


class _BuiltInExtract:
    """On SQLite, read the date part with the built-in ``strftime``.

    Django's own SQLite extract calls a Python function registered on its connections, so
    a CHECK written with it would refuse every write from any other client (``manage.py
    dbshell``, the ``sqlite3`` shell). ``strftime`` without ``'now'`` is deterministic,
    which SQLite requires of CHECK constraints. PostgreSQL keeps ``EXTRACT``.
    """

    strftime_format = ""

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.lhs)
        return f"CAST(strftime(%s, {sql}) AS INTEGER)", (self.strftime_format, *params)


class DayOfMonth(_BuiltInExtract, ExtractDay):
    strftime_format = "%d"


class MonthOfYear(_BuiltInExtract, ExtractMonth):
    strftime_format = "%m"


def starts_its_period(date_field, precision_field):
    """A month-precision date is the first of its month; a year-precision date, of its year.

    Also refuses a precision that is not one of ``DatePrecision``. A NULL date passes, as
    in any CHECK: say separately when the date is required.
    """
    first_of_month = Exact(DayOfMonth(date_field), 1)
    first_of_year = Exact(MonthOfYear(date_field), 1)
    return (
        Q(**{f"{date_field}__isnull": True})
        | Q(**{precision_field: DatePrecision.DAY})
        | Q(first_of_month, **{precision_field: DatePrecision.MONTH})
        | Q(first_of_month, first_of_year, **{precision_field: DatePrecision.YEAR})
    )


def date_constraints(prefix, start, end, precision, qualifier):
    """The named CheckConstraints that keep a stored partial date coherent.

    ``prefix`` names them (``event_`` gives ``event_start_date_starts_its_period`` …);
    the other arguments name the four fields. The messages are for the rare write that
    skips ``clean()``, whose messages (``PartialDate.errors``) editors normally see.
    """
    return [
        models.CheckConstraint(
            name=f"{prefix}start_starts_its_period",
            condition=starts_its_period(start, precision),
            violation_error_message="A month or a year is stored as its first day.",
        ),
        models.CheckConstraint(
            name=f"{prefix}end_starts_its_period",
            condition=starts_its_period(end, precision),
            violation_error_message="A month or a year is stored as its first day.",
        ),
        models.CheckConstraint(
            name=f"{prefix}end_after_start",
            condition=Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gt": models.F(start)}),
            violation_error_message="The end date must be after the start date.",
        ),
        models.CheckConstraint(
            name=f"{prefix}bound_has_no_end",
            condition=~Q(**{f"{qualifier}__in": SINGLE_BOUNDS}) | Q(**{f"{end}__isnull": True}),
            violation_error_message="A “no later than” or “no earlier than” date is a single "
            "bound: it has no end.",
        ),
        models.CheckConstraint(
            name=f"{prefix}within_has_end",
            condition=~Q(**{qualifier: DateQualifier.WITHIN}) | Q(**{f"{end}__isnull": False}),
            violation_error_message="“At some point within this range” needs an end date.",
        ),
    ]
