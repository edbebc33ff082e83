from datetime import date

import pytest
from django.utils import translation

from events.dates import (
    DatePrecision,
    DateQualifier,
    PartialDate,
    from_parts,
    iso,
    parts,
    period_end,
    truncate,
)

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR


@pytest.mark.parametrize(
    ("partial", "expected"),
    [
        (PartialDate(date(2004, 4, 4)), "4 April 2004"),
        (PartialDate(date(2004, 4, 1), MONTH), "April 2004"),
        (PartialDate(date(2004, 1, 1), YEAR), "2004"),
        (PartialDate(date(2004, 4, 7), DAY, date(2004, 4, 8)), "7–8 April 2004"),
        (PartialDate(date(2004, 3, 29), DAY, date(2004, 4, 4)), "29 March – 4 April 2004"),
        (
            PartialDate(date(2003, 12, 30), DAY, date(2004, 1, 2)),
            "30 December 2003 – 2 January 2004",
        ),
        (PartialDate(date(2004, 3, 1), MONTH, date(2004, 4, 1)), "March–April 2004"),
        (PartialDate(date(2003, 12, 1), MONTH, date(2004, 1, 1)), "December 2003 – January 2004"),
        (PartialDate(date(2003, 1, 1), YEAR, date(2004, 1, 1)), "2003–2004"),
    ],
)
def test_display_for_every_precision_and_range(partial, expected):
    assert partial.display == expected
    assert str(partial) == expected


@pytest.mark.parametrize(
    ("partial", "expected"),
    [
        (
            PartialDate(date(2004, 4, 1), MONTH, qualifier=DateQualifier.APPROXIMATE),
            "c. April 2004",
        ),
        (PartialDate(date(2004, 1, 1), YEAR, qualifier=DateQualifier.APPROXIMATE), "c. 2004"),
        (
            PartialDate(date(2004, 4, 6), DAY, qualifier=DateQualifier.NO_LATER_THAN),
            "by 6 April 2004",
        ),
        (
            PartialDate(date(2004, 4, 1), MONTH, qualifier=DateQualifier.NO_LATER_THAN),
            "by April 2004",
        ),
        (
            PartialDate(date(2004, 4, 6), DAY, qualifier=DateQualifier.NO_EARLIER_THAN),
            "not before 6 April 2004",
        ),
        (
            PartialDate(date(2004, 3, 29), DAY, date(2004, 4, 4), DateQualifier.WITHIN),
            "between 29 March and 4 April 2004",
        ),
        (
            PartialDate(date(2004, 4, 7), DAY, date(2004, 4, 8), DateQualifier.WITHIN),
            "between 7 and 8 April 2004",
        ),
        (
            PartialDate(date(2003, 1, 1), YEAR, date(2004, 1, 1), DateQualifier.WITHIN),
            "between 2003 and 2004",
        ),
    ],
)
def test_display_of_approximate_bounded_and_undated_cases(partial, expected):
    assert partial.display == expected


APPROXIMATE, BY, WITHIN = (
    DateQualifier.APPROXIMATE,
    DateQualifier.NO_LATER_THAN,
    DateQualifier.WITHIN,
)


@pytest.mark.parametrize(
    ("partial", "expected"),
    [
        (PartialDate(date(2004, 4, 4)), "4 апреля 2004 г."),
        (PartialDate(date(2004, 4, 1), MONTH), "апрель 2004 г."),
        (PartialDate(date(2004, 1, 1), YEAR), "2004 г."),
        (PartialDate(date(2004, 4, 7), DAY, date(2004, 4, 8)), "7–8 апреля 2004 г."),
        (PartialDate(date(2004, 3, 29), DAY, date(2004, 4, 4)), "29 марта – 4 апреля 2004 г."),
        (
            PartialDate(date(2003, 12, 30), DAY, date(2004, 1, 2)),
            "30 декабря 2003 г. – 2 января 2004 г.",
        ),
        (PartialDate(date(2004, 3, 1), MONTH, date(2004, 4, 1)), "март–апрель 2004 г."),
        (
            PartialDate(date(2003, 12, 1), MONTH, date(2004, 1, 1)),
            "декабрь 2003 г. – январь 2004 г.",
        ),
        (PartialDate(date(2003, 1, 1), YEAR, date(2004, 1, 1)), "2003–2004 гг."),
        # A month after "около", "не позднее" is genitive; after "между", instrumental.
        (PartialDate(date(2004, 4, 1), MONTH, qualifier=APPROXIMATE), "около апреля 2004 г."),
        (PartialDate(date(2004, 4, 4), DAY, qualifier=APPROXIMATE), "около 4 апреля 2004 г."),
        (PartialDate(date(2004, 1, 1), YEAR, qualifier=APPROXIMATE), "около 2004 г."),
        (PartialDate(date(2004, 4, 5), DAY, qualifier=BY), "не позднее 5 апреля 2004 г."),
        (PartialDate(date(2004, 5, 1), MONTH, qualifier=BY), "не позднее мая 2004 г."),
        (
            PartialDate(date(2004, 5, 1), MONTH, qualifier=DateQualifier.NO_EARLIER_THAN),
            "не ранее мая 2004 г.",
        ),
        (
            PartialDate(date(2004, 4, 7), DAY, date(2004, 4, 8), WITHIN),
            "между 7 и 8 апреля 2004 г.",
        ),
        (
            PartialDate(date(2004, 3, 29), DAY, date(2004, 4, 4), WITHIN),
            "между 29 марта и 4 апреля 2004 г.",
        ),
        (
            PartialDate(date(2004, 2, 1), MONTH, date(2004, 3, 1), WITHIN),
            "между февралём и мартом 2004 г.",
        ),
        (PartialDate(date(2003, 1, 1), YEAR, date(2004, 1, 1), WITHIN), "между 2003 и 2004 гг."),
    ],
)
def test_dates_read_naturally_in_russian(partial, expected):
    with translation.override("ru"):
        assert partial.display == expected
    assert partial.display != expected  # and in English outside it


@pytest.mark.parametrize(
    ("precision", "iso_text", "date_parts", "span_end"),
    [
        (DAY, "2004-04-04", {"year": 2004, "month": 4, "day": 4}, date(2004, 4, 5)),
        (MONTH, "2004-04", {"year": 2004, "month": 4}, date(2004, 5, 1)),
        (YEAR, "2004", {"year": 2004}, date(2005, 1, 1)),
    ],
)
def test_conversions_never_add_precision(precision, iso_text, date_parts, span_end):
    partial = PartialDate(truncate(date(2004, 4, 4), precision), precision)
    assert partial.iso_start == iso_text
    assert partial.start_parts == date_parts
    assert partial.span == (truncate(date(2004, 4, 4), precision), span_end)
    assert partial.iso_end is None and partial.end_parts is None


def test_range_conversions_cover_the_whole_last_period():
    partial = PartialDate(date(2004, 2, 1), MONTH, date(2004, 3, 1))
    assert partial.iso_end == "2004-03"
    assert partial.end_parts == {"year": 2004, "month": 3}
    assert partial.last_day == date(2004, 3, 31)
    assert partial.span == (date(2004, 2, 1), date(2004, 4, 1))


def test_period_helpers():
    assert truncate(date(2004, 4, 4), YEAR) == date(2004, 1, 1)
    assert truncate(date(2004, 4, 4), MONTH) == date(2004, 4, 1)
    assert truncate(date(2004, 4, 4), DAY) == date(2004, 4, 4)
    assert period_end(date(2004, 2, 1), MONTH) == date(2004, 2, 29)  # a leap year
    assert period_end(date(2004, 1, 1), YEAR) == date(2004, 12, 31)
    assert iso(date(987, 6, 5), YEAR) == "0987"
    assert parts(date(2004, 4, 4), DAY) == {"year": 2004, "month": 4, "day": 4}


@pytest.mark.parametrize(
    ("partial", "field", "message"),
    [
        (PartialDate(date(2004, 4, 5), YEAR), "start_date", "cannot give a month and day"),
        (PartialDate(date(2004, 4, 5), MONTH), "start_date", "cannot give a day"),
        (PartialDate(date(2004, 4, 1), MONTH, date(2004, 5, 2)), "end_date", "cannot give a day"),
        (PartialDate(date(2004, 4, 8), DAY, date(2004, 4, 7)), "end_date", "before the start"),
        (PartialDate(date(2004, 4, 8), DAY, date(2004, 4, 8)), "end_date", "equals the start"),
        (
            PartialDate(date(2004, 4, 8), DAY, date(2004, 4, 9), DateQualifier.NO_LATER_THAN),
            "end_date",
            "single bound",
        ),
        (
            PartialDate(date(2004, 4, 8), DAY, date(2004, 4, 9), DateQualifier.NO_EARLIER_THAN),
            "end_date",
            "no earlier than",
        ),
        (
            PartialDate(date(2004, 4, 8), DAY, None, DateQualifier.WITHIN),
            "end_date",
            "needs an end",
        ),
    ],
)
def test_incoherent_dates_are_explained(partial, field, message):
    assert message in partial.errors()[field]


def test_coherent_dates_have_no_errors():
    assert PartialDate(date(2004, 1, 1), YEAR).errors() == {}
    assert PartialDate(date(2004, 4, 7), DAY, date(2004, 4, 8), DateQualifier.WITHIN).errors() == {}


@pytest.mark.parametrize(
    ("entered", "stored", "precision"),
    [
        ((2004,), date(2004, 1, 1), DatePrecision.YEAR),
        ((2004, 4), date(2004, 4, 1), DatePrecision.MONTH),
        ((2004, 4, 30), date(2004, 4, 30), DatePrecision.DAY),
        ((2004, 2, 29), date(2004, 2, 29), DatePrecision.DAY),
    ],
)
def test_what_is_entered_sets_the_precision(entered, stored, precision):
    assert from_parts(*entered) == (stored, precision)


@pytest.mark.parametrize(
    ("entered", "message"),
    [
        ((2004, None, 5), "A day needs its month"),
        ((2003, 2, 29), "February 2003 has 28 days; there is no day 29."),
        ((2004, 4, 31), "April 2004 has 30 days"),
        ((2004, 13), "Choose a month from the list."),
        ((0,), "Enter a year between 1 and 9999."),
        ((10000, 1), "Enter a year between 1 and 9999."),
    ],
)
def test_parts_that_make_no_date_are_explained(entered, message):
    with pytest.raises(ValueError, match=message):
        from_parts(*entered)
