"""English and Russian month and weekday names, written once for every importer module that
reads dates.

Spelled out rather than taken from ``calendar``, whose names follow the process locale.
"""

MONTH_NAMES = [
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december"),
]
_WEEKDAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday"

# Lower-case full names and abbreviations (without their dot) to month numbers 1–12.
MONTHS: dict[str, int] = {
    **{name: number for number, name in enumerate(MONTH_NAMES, start=1)},
    **{name[:3]: number for number, name in enumerate(MONTH_NAMES, start=1)},
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

# The English month and weekday names as a regular expression's alternation, the longer
# first, so that "march" is tried before "mar".
CALENDAR_NAMES = "|".join(sorted({*MONTHS, *WEEKDAYS}, key=len, reverse=True))

# Russian month names in every case, lower case, to month numbers 1–12 (the genitive,
# "21 апреля", is the form after a day), and their abbreviations, which need a dot in a
# sentence (a dateline of РИА Новости has them without: "МОСКВА, 7 июн — РИА Новости.").
_RU_SOFT = ("ь", "я", "е", "ю", "ём", "ем")
_RU_HARD = ("", "а", "е", "у", "ом")
_RU_MONTH_STEMS = (
    ("январ", _RU_SOFT),
    ("феврал", _RU_SOFT),
    ("март", _RU_HARD),
    ("апрел", _RU_SOFT),
    ("ма", ("й", "я", "е", "ю", "ем", "ём")),
    ("июн", _RU_SOFT),
    ("июл", _RU_SOFT),
    ("август", _RU_HARD),
    ("сентябр", _RU_SOFT),
    ("октябр", _RU_SOFT),
    ("ноябр", _RU_SOFT),
    ("декабр", _RU_SOFT),
)
RU_MONTHS: dict[str, int] = {
    stem + ending: number
    for number, (stem, endings) in enumerate(_RU_MONTH_STEMS, start=1)
    for ending in endings
}
RU_MONTHS_GENITIVE: dict[str, int] = {
    stem + ("а" if endings is _RU_HARD else "я"): number
    for number, (stem, endings) in enumerate(_RU_MONTH_STEMS, start=1)
}
RU_MONTH_ABBREVIATIONS: dict[str, int] = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}  # fmt: skip

# Russian weekdays by the case a date puts them in: "в пятницу" (accusative), "с пятницы",
# "до пятницы" (genitive), "к пятнице" (dative). Monday=0.
RU_WEEKDAYS_ACCUSATIVE: dict[str, int] = {
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
    "воскресенье": 6,
}  # fmt: skip
RU_WEEKDAYS_GENITIVE: dict[str, int] = {
    "понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4, "субботы": 5,
    "воскресенья": 6,
}  # fmt: skip
RU_WEEKDAYS_DATIVE: dict[str, int] = {
    "понедельнику": 0, "вторнику": 1, "среде": 2, "четвергу": 3, "пятнице": 4, "субботе": 5,
    "воскресенью": 6,
}  # fmt: skip
RU_WEEKDAYS: dict[str, int] = {
    **RU_WEEKDAYS_ACCUSATIVE,
    **RU_WEEKDAYS_GENITIVE,
    **RU_WEEKDAYS_DATIVE,
}

# Russian days of the month in words, in the genitive a date puts them in («первого
# февраля», «с двадцать третьего марта»), words joined by a hyphen, to day numbers 1–31.
_RU_ORDINAL_UNITS = (
    *("первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого"),
    *("восьмого", "девятого"),
)
RU_ORDINAL_DAYS: dict[str, int] = {
    **{word: n for n, word in enumerate(_RU_ORDINAL_UNITS, 1)},
    "четвёртого": 4,
    **{
        word: n
        for n, word in enumerate(
            (
                *("десятого", "одиннадцатого", "двенадцатого", "тринадцатого"),
                *("четырнадцатого", "пятнадцатого", "шестнадцатого", "семнадцатого"),
                *("восемнадцатого", "девятнадцатого", "двадцатого"),
            ),
            10,
        )
    },
    **{f"двадцать-{word}": 20 + n for n, word in enumerate(_RU_ORDINAL_UNITS, 1)},
    "двадцать-четвёртого": 24,
    "тридцатого": 30,
    "тридцать-первого": 31,
}
