"""English month and weekday names, written once for every importer module that reads dates.

Spelled out rather than taken from ``calendar``, whose names follow the process locale.
"""

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
_WEEKDAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday"

# Lower-case full names and abbreviations (without their dot) to month numbers 1–12.
MONTHS: dict[str, int] = {
    **{name: number for number, name in enumerate(_MONTH_NAMES.split(), start=1)},
    **{name[:3]: number for number, name in enumerate(_MONTH_NAMES.split(), start=1)},
    "sept": 9,
}

# Lower-case full names and abbreviations to weekday numbers, Monday=0 as in date.weekday().
WEEKDAYS: dict[str, int] = {
    **{name: number for number, name in enumerate(_WEEKDAY_NAMES.split())},
    **{name[:3]: number for number, name in enumerate(_WEEKDAY_NAMES.split())},
    "tues": 1,
    "thur": 3,
    "thurs": 3,
}
