"""Russian rules for the import's temporal tagger (``temporal.find_dates(..., language="ru")``).

The same readings as the English rules, for the forms Russian news copy uses: full dates
("21 апреля 2005 года", "21.04.2005"), a day or month without a year, weekdays in the
case a preposition puts them in ("в пятницу", "с понедельника", "к среде"), "вчера",
"на прошлой неделе", "в прошлом году", "три дня назад", ranges ("7–8 апреля",
"с 28 марта по 2 апреля", "между 1994 и 1997 годами"), decades ("в 1990-е годы"),
seasons ("весной 2003 года") and the words that make a date a beginning ("с 2015 года"),
a deadline ("к концу марта", "до июня") or approximate ("около 2002 года"). Which way a
relative date points is read from the Russian verbs by ``modality``. Notes stay in
English, as the editor's other notes are.
"""

import re
from datetime import date, timedelta

from events.dates import PartialDate

from .calendar_words import (
    RU_MONTH_ABBREVIATIONS,
    RU_MONTHS,
    RU_MONTHS_GENITIVE,
    RU_ORDINAL_DAYS,
    RU_WEEKDAYS,
    RU_WEEKDAYS_ACCUSATIVE,
    RU_WEEKDAYS_DATIVE,
    RU_WEEKDAYS_GENITIVE,
)
from .modality import (
    RU_PUT_OFF,
    RU_REPORTING,
    clause_around,
    looks_ahead,
    not_after,
    reports_something,
    told_in_the_past,
)
from .temporal import (
    APPROXIMATE,
    BY,
    COUNT_BOUND,
    DAY,
    FEAST_GREETING,
    MONTH,
    NOT_A_QUANTITY_S_BOUND,
    UNIT_PRECISION,
    WITHIN,
    YEAR,
    Grammar,
    Y,
    _clock_time,
    _day_month,
    _day_of_month,
    _days_range,
    _decade,
    _full_date,
    _guess_year,
    _hours_ago,
    _hours_later,
    _iso,
    _just_now,
    _month,
    _month_before_another,
    _month_year,
    _months_range,
    _note_inferred_year,
    _relative,
    _stated,
    _these_days,
    _weekday_on,
    _weekend_on,
    _year_only,
    _years_range,
    act_named_again,
    at_act_referred_to,
    at_last_act_there,
    at_the_time,
    bounded,
    coming_span,
    counted,
    counted_from_act,
    counted_note,
    date_set_off_before,
    done_by_today,
    feast_day,
    period_from,
    period_of_named,
    put_off_to,
    quarter_of,
    the_day_named,
    this_side_of_today,
)

RUSSIAN_LANGUAGE = "ru"


def _alternatives(words):
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


MONTH_ANY = rf"(?:{_alternatives(RU_MONTHS)})"  # lower case: "Марта" is a name
# With a year after it a capital is a month's: «Январь 1996 г. — …» opens a chronology entry.
MONTH_WITH_YEAR = rf"(?:{_alternatives([*RU_MONTHS, *map(str.capitalize, RU_MONTHS)])})"
MONTH_AFTER_DAY = (
    rf"(?:{_alternatives(RU_MONTHS_GENITIVE)}|(?:{_alternatives(RU_MONTH_ABBREVIATIONS)})\.)"
)
# A day of the month, in figures («14», «14-го») or in words («первого», «двадцать третьего»).
_ORDINAL_DAY = "|".join(
    sorted((w.replace("-", r"\s+") for w in RU_ORDINAL_DAYS), key=len, reverse=True)
)
D = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:-?го)?|(?i:{_ORDINAL_DAY}))"
# "2005 года", "2005 году", "2005 г.", "2005 гг.": the word for "year" after a year; or
# its ending in place of it, as copy writes it after a season or a month ("весной 2009-го",
# "в 2009-м").
YEAR_WORD = r"(?:\s*(?:год(?:а|у|ом)?(?![\w-])|гг?\.|г(?![\w-]))|-(?:го|м|й)(?![\w-]))"
YEARS_WORD = r"\s*(?:год(?:ах|ами|ы|ов|ам|а|у|ом)?(?![\w-])|гг?\.|г(?![\w-]))"
WHICH_YEAR = (
    r"(?P<wy>позапрошлого|прошлого|минувшего|этого|текущего|нынешнего|следующего|будущего)\s+года"
)
PERIOD_WHICH = (
    r"позапрошл[а-яё]*|прошл[а-яё]*|минувш[а-яё]*|эт(?:ого|ому|ом|ой|им|от|у|а|о)|"
    r"текущ[а-яё]*|нынешн[а-яё]*|следующ[а-яё]*|будущ[а-яё]*|предыдущ[а-яё]*|предстоящ[а-яё]*"
)
WEEKDAY_WHICH = (
    r"прошл(?:ый|ую|ое|ого|ой|ому)|минувш(?:ий|ую|ее|его|ей)|следующ(?:ий|ую|ее|его|ей|ему)|"
    r"будущ(?:ий|ую|ее|его|ей)|ближайш(?:ий|ую|ее|его|ей|ему)|предстоящ(?:ий|ую|ее|его|ей)|"
    r"эт(?:ого|ому|от|у|о|ой)|нынешн(?:ий|юю|ее|его|ей)"
)
UNIT = (
    r"полтора\s+(?:года|месяца)|полторы\s+недели|четверть\s+века|полвека|полгода|десятилети(?:ями|ям|я|й|е)|дн(?:ями|ей|ём|ем|я)|день|сутки|суток|"
    r"недел(?:ями|ей|ю|и|ь|я)|месяц(?:ами|ев|ем|а)?|год(?:ами|ом|а)?|лет"
)
RU_NUMBER_WORDS = {
    **dict.fromkeys(["один", "одна", "одно", "одну", "одного", "одной", "одним"], 1),
    **dict.fromkeys(["два", "две", "двух", "двумя", "пару", "пара", "пары", "парой"], 2),
    **dict.fromkeys(["три", "трёх", "трех", "тремя"], 3),
    **dict.fromkeys(["четыре", "четырёх", "четырех", "четырьмя"], 4),
    **dict.fromkeys(["пять", "пяти", "пятью"], 5),
    **dict.fromkeys(["шесть", "шести", "шестью"], 6),
    **dict.fromkeys(["семь", "семи", "семью"], 7),
    **dict.fromkeys(["восемь", "восьми", "восемью"], 8),
    **dict.fromkeys(["девять", "девяти", "девятью"], 9),
    **dict.fromkeys(["десять", "десяти", "десятью"], 10),
    "одиннадцать": 11,
    "двенадцать": 12,
    "пятнадцать": 15,
    **dict.fromkeys(["двадцать", "двадцати"], 20),
    **dict.fromkeys(["тридцать", "тридцати"], 30),
    "сорок": 40,
    "пятьдесят": 50,
    **dict.fromkeys(["несколько", "нескольких", "несколькими"], None),
}
# A count in words is read whole: "двадцать пять лет назад" is 25 years, never "пять".
_RU_TENS = {
    **dict.fromkeys(["двадцать", "двадцати"], 20),
    **dict.fromkeys(["тридцать", "тридцати"], 30),
    **dict.fromkeys(["сорок", "сорока"], 40),
    **dict.fromkeys(["пятьдесят", "пятидесяти"], 50),
}
_RU_UNITS = [word for word, n in RU_NUMBER_WORDS.items() if n and n < 10 and "пар" not in word]
COUNT = (
    rf"(?:(?:{_alternatives(_RU_TENS)})\s+(?:{_alternatives(_RU_UNITS)})(?![\w-])"
    rf"|\d{{1,3}}|{_alternatives(RU_NUMBER_WORDS)})"
)
SEASONS = {"весн": (3, 5), "лет": (6, 8), "осен": (9, 11)}  # winter spans two years
SEASON_WHICH = (
    r"эт(?:ой|им|ого|ому|у|о)|нынешн(?:ей|им|его)|текущ(?:ей|им|его)|прошл(?:ой|ым|ого|ую|ое)|"
    r"минувш(?:ей|им|его)|следующ(?:ей|им|его)|будущ(?:ей|им|его)"
)
_PARTS = r"конц[аеу]|начал[аеоу]|середин[аеуы]|(?:перв|втор)(?:ой|ую)\s+половин[аеуы]"
# The words of those a season's name in the genitive follows: «в конце лета».
_PART_WORDS = ("начала", "начале", "середины", "середине", "конца", "конце", "концу")
_PART_WORDS += ("половины", "половине", "половину")


def _lookbehinds(*words):
    """Alternatives of fixed-width look-behinds: the word and a space, either case."""
    return (
        "(?:"
        + "|".join(rf"(?<=\b{form}\s)" for word in words for form in (word, word.capitalize()))
        + ")"
    )


# --- What the Russian words say ---------------------------------------------------------


def _step(which):
    """-1, 0, 1 (or -2) for "прошлый", "этот", "следующий"; "previous"/"following" for
    words that count from the last date named."""
    which = (which or "").lower()
    if which.startswith("позапрошл"):
        return -2
    if which.startswith(("прошл", "минувш")):
        return -1
    if which.startswith(("следующ", "будущ", "предстоящ")):
        return 1
    if which.startswith("предыдущ"):
        return "previous"
    return 0


def _base_and_step(ctx, which, precision):
    """The date a "прошлый/этот/следующий" word counts from, and its step: the text's
    today (its dateline's day, else the publication), or, for "предыдущий" and for
    "следующий" in a clause that looks back ("в 1997 году…, а в следующем году"), the
    last date named."""
    step = _step(which)
    if step == "previous":
        return ctx.anchor_at(precision), -1
    if step == 1 and (which or "").lower().startswith("следующ") and not ctx.future:
        anchor = ctx.anchor_at(precision)
        if anchor is not None:
            return anchor, 1
    return ctx.today, step


def _number(word):
    word = word.lower()
    if len(words := word.split()) == 2:  # "двадцать пять"
        return _RU_TENS[words[0]] + RU_NUMBER_WORDS[words[1]]
    return int(word) if word.isdigit() else RU_NUMBER_WORDS.get(word, 0)


# One and a half of a unit, counted in a smaller one: «полтора года» is 18 months.
_ONE_AND_A_HALF = {
    "полтора года": ("month", 18),
    "полтора месяца": ("week", 6),
    "полторы недели": ("day", 10),
}


def _one_and_a_half(unit_word):
    """The smaller unit and its count that «полтора года», «полторы недели» … is, or None."""
    return _ONE_AND_A_HALF.get(re.sub(r"\s+", " ", unit_word.lower()))


def _unit(word):
    if half := _one_and_a_half(word):
        return half[0]
    word = word.lower()
    if word == "полгода":
        return "month"
    for stem, unit in (
        ("десятилет", "decade"),
        ("д", "day"),
        ("сут", "day"),
        ("недел", "week"),
        ("месяц", "month"),
    ):
        if word.startswith(stem):
            return unit
    return "year"


# Forms that say "more than one": with no number before them the count is unknown.
_PLURAL_UNITS = re.compile(r"(?:дней|днями|недель|неделями|месяцев|месяцами|лет|годами)")


# --- Resolvers ------------------------------------------------------------------------------


def _which_year(ctx, which):
    base, step = _base_and_step(ctx, which, YEAR)
    return None if base is None else base.year + step


def _day_month_which_year(ctx):
    """ "21 апреля прошлого года": the day in the year the words name."""
    year = _which_year(ctx, ctx.match.group("wy"))
    month, day = _month(ctx.match.group("m")), int(re.match(r"\d+", ctx.match.group("d")).group())
    try:
        result = PartialDate(date(year, month, day))
    except (TypeError, ValueError):
        return None
    return result, _relative(ctx, result), True


def _month_which_year(ctx):
    """ "в апреле прошлого года": the month of the year the words name."""
    year = _which_year(ctx, ctx.match.group("wy"))
    if year is None:
        return None
    result = PartialDate(date(year, _month(ctx.match.group("m")), 1), MONTH)
    return result, _relative(ctx, result), True


# Feasts of a fixed day: New Year's Day, and Christmas on the Orthodox calendar (on the
# Catholic one after «католическое»).
RU_HOLIDAYS = {"нов": (1, 1), "рождеств": (1, 7)}
_CATHOLIC = re.compile(r"(?i:католическ[а-яё]+\s+)$")


def _holiday(ctx):
    """ "до Нового года", "к Новому году", "на Рождество": the feast's day (``feast_day``);
    None in a greeting («поздравили с наступающим Новым годом»)."""
    if FEAST_GREETING.search(ctx.sentence, 0, ctx.match.start()):
        return None
    if _CATHOLIC.search(ctx.sentence, 0, ctx.match.start()):
        return feast_day(ctx, 12, 25)
    return feast_day(ctx, *RU_HOLIDAYS[ctx.match.group("feast").lower()])


def _bare_month(ctx):
    """ "в апреле", "до июня": the year the tense points to."""
    month = _month(ctx.match.group("m"))
    result = PartialDate(date(_guess_year(ctx, month), month, 1), MONTH)
    return result, _note_inferred_year(ctx, result), True


# Months' adjectives' stems, by month: «январск(ий)», «майск(ая)», «августовск(ое)».
_MONTH_ADJECTIVES = {
    "январск": 1, "февральск": 2, "мартовск": 3, "апрельск": 4, "майск": 5, "июньск": 6,
    "июльск": 7, "августовск": 8, "сентябрьск": 9, "октябрьск": 10, "ноябрьск": 11,
    "декабрьск": 12,
}  # fmt: skip
_MONTH_ADJECTIVE = "|".join(_MONTH_ADJECTIVES)


def _month_adjective(ctx):
    """ "на декабрьскую встречу министров": that month, the year the tense points to."""
    month = _MONTH_ADJECTIVES[ctx.match.group("adjective")]
    result = PartialDate(date(_guess_year(ctx, month), month, 1), MONTH)
    return result, _note_inferred_year(ctx, result), True


def _two_digit_year(ctx):
    """ "в декабре 91-го", "в 94-м": the year of the last hundred years those two digits end."""
    short = int(ctx.match.group("yy"))
    year = ctx.today.year // 100 * 100 + short
    year -= 100 if year > ctx.today.year else 0
    month = ctx.match.groupdict().get("m")
    result = PartialDate(date(year, _month(month) if month else 1, 1), MONTH if month else YEAR)
    return result, _relative(ctx, result, "a year written in two digits"), True


def _two_digit_decade(ctx):
    """ "в 90-е годы": the 1990s."""
    first = 1900 + int(ctx.match.group("dd"))
    result = PartialDate(date(first, 1, 1), YEAR, date(first + 9, 1, 1), WITHIN)
    return result, _relative(ctx, result, "a decade of the last century"), True


_DECADE_WORDS = {
    "двадцат": 1920,
    "тридцат": 1930,
    "сороков": 1940,
    "пятидесят": 1950,
    "шестидесят": 1960,
    "семидесят": 1970,
    "восьмидесят": 1980,
    "девяност": 1990,
}


def _decade_word(ctx):
    """ "в девяностые годы": the 1990s."""
    first = _DECADE_WORDS[ctx.match.group("word").lower()]
    result = PartialDate(date(first, 1, 1), YEAR, date(first + 9, 1, 1), WITHIN)
    return result, _relative(ctx, result, "a decade of the last century"), True


def _season(ctx):
    """ "весной", "этой весной", "прошлым летом", "весной 2003 года", "осенью прошлого
    года": the three months, "at some point within". "Прошлой весной" is the last spring
    that is over by the text's today, "следующей весной" the next one not yet begun."""
    groups = ctx.match.groupdict()
    season = groups["season"].lower()
    first, last = next(months for stem, months in SEASONS.items() if season.startswith(stem))
    which, year, which_year = groups.get("which"), groups.get("y"), groups.get("wy")
    today = ctx.today
    if year:
        y = int(year)
    elif which_year:
        y = _which_year(ctx, which_year)
        if y is None:
            return None
    elif which:
        base, step = _base_and_step(ctx, which, YEAR)
        if base is None:
            return None
        if base != today:  # the season after or before the last date named
            y = base.year + (1 if date(base.year, first, 1) <= base else 0) * (step > 0)
        elif step < 0:
            y = today.year - (0 if today.month > last else 1)
        elif step > 0:
            y = today.year + (0 if today.month < first else 1)
        else:
            y = today.year
    elif put_off_to(ctx):  # «отложен до лета»: moved forward, to one not yet begun
        y = today.year + (0 if today.month < first else 1)
    else:  # "весной": the one the tense points to, this one if under way
        y = _guess_year(ctx, first, last=(last, 1))
    result = PartialDate(date(y, first, 1), MONTH, date(y, last, 1), WITHIN)
    if which and not year and not which_year and base != today:
        return result, counted_note(ctx, base, result), True
    note = _stated(ctx, result) if year else _relative(ctx, result, "a season, as months")
    return result, note, not year


_QUARTERS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "I": 1, "II": 2, "III": 3, "IV": 4}


def _quarter(ctx):
    """ "в первом квартале", "в III квартале 2005 года", "в четвертом квартале следующего
    года": the quarter's three months."""
    word = ctx.match.group("q")
    number = _QUARTERS.get(word) or _QUARTERS[word[:4].lower()]
    year, which_year = ctx.match.group("y"), ctx.match.group("wy")
    if which_year:
        year = _which_year(ctx, which_year)
        if year is None:
            return None
    return quarter_of(ctx, number, int(year) if year else None, bool(ctx.match.group("y")))


_NAMED_DAYS = {
    "позавчера": -2,
    "вчера": -1,
    "прошлой": -1,
    "минувшей": -1,
    "сегодня": 0,
    "завтра": 1,
    "послезавтра": 2,
}


# «28 мая исполняется 10 лет со дня создания совета»: an anniversary of what it recalls.
_ANNIVERSARY = re.compile(
    rf"(?i:\s*,?\s*(?:исполня(?:ется|ются|лось|лся)|исполнится|исполнилось)\s+(?P<n>{COUNT})\s+"
    r"(?:лет|года?)\s+(?:со\s+дня|с\s+момента|с\s+тех\s+пор|с|со))"
)


def _named_day(ctx):
    result = PartialDate(ctx.today + timedelta(days=_NAMED_DAYS[ctx.match.group("word").lower()]))
    return result, _relative(ctx, result), True


def _eve(ctx):
    """ "накануне": the day before the last date named, else before publication; before
    publication too in a clause telling what was done after a date still to come
    («встретится в пятницу. Накануне … завершились консультации»)."""
    base = ctx.anchor_at(DAY)
    if (
        base is None
        or base > ctx.today
        and told_in_the_past(ctx.sentence, *ctx.match.span(), ctx.language)
    ):
        result = PartialDate(ctx.today - timedelta(days=1))
        return result, _relative(ctx, result, "the day before"), True
    result = PartialDate(base - timedelta(days=1))
    how = f"the day before {PartialDate(base).display}, the date named before it"
    return result, f"“{ctx.match.group().strip()}”: {how}", True


def _then(ctx):
    """ "тогда" ("then") in a clause telling what happened: the last date of a fact named,
    no finer than it was named ("В мае 2002 года … Тогда президент называл …" is May
    2002). Not the "then" of a condition ("если …, то/тогда"), nor what is still to come."""
    if _CONDITION.search(ctx.sentence, 0, ctx.match.start()):
        return None
    return at_the_time(ctx)


_CONDITION = re.compile(r"(?i:\bесли\b)")
_SAME_UNITS = {"ден": "day", "недел": "week", "месяц": "month", "год": "year"}
_SAME_SEASONS = {"весн": "spring", "лет": "summer", "осен": "autumn"}


def _same_period(ctx):
    """ "в том же году", "на той же неделе", "тем же летом", "в мае того же года", "летом
    того же года": the period of the last date named."""
    groups = ctx.match.groupdict()
    if groups.get("m"):
        return period_of_named(ctx, "", _month(groups["m"]))
    word = groups["unit"].lower()
    names = {**_SAME_UNITS, **_SAME_SEASONS}
    return period_of_named(ctx, next(names[stem] for stem in names if word.startswith(stem)))


def _weekday(ctx):
    which = (ctx.match.group("which") or "").lower()
    words = {-1: ["last"], 1: ["next"]}.get(_step(which), ["this"] if which else [])
    if which.startswith(("ближайш", "предстоящ")):
        words = ["coming"]
    elif which.startswith("минувш"):
        words = ["past"]  # "this past": it may be yesterday, as «прошлый» is not
    return _weekday_on(ctx, RU_WEEKDAYS[ctx.match.group("wd").lower()], words)


def _weekend(ctx):
    which = (ctx.match.group("which") or "").lower()
    if which.startswith(("прошл", "минувш")):
        words = ["last"]
    elif which.startswith(("следующ", "будущ")):
        words = ["next"]
    elif which.startswith("ближайш"):
        words = ["this", "coming"]
    else:
        words = ["this"] if which else ["the"]
    return _weekend_on(ctx, words)


def _relative_period(ctx):
    """ "на прошлой неделе", "в этом месяце", "в следующем году", "в конце года"."""
    unit = ctx.match.group("unit").lower()
    unit = "week" if unit.startswith("недел") else "month" if unit.startswith("месяц") else "year"
    base, step = _base_and_step(ctx, ctx.match.group("which"), UNIT_PRECISION[unit])
    if base is None:
        return None
    result = period_from(base, unit, step)
    if base != ctx.today:
        return result, counted_note(ctx, base, result), True
    result = this_side_of_today(ctx, result)
    return result, _relative(ctx, result), True


def _ago(ctx):
    """ "три дня назад", "год спустя", "через две недели", "двумя годами позже"."""
    groups = ctx.match.groupdict()
    direction = re.sub(r"\s+", " ", groups["dir"].lower())
    if direction in ("через", "спустя") and re.match(
        r"\s+после\b", ctx.sentence[ctx.match.end() :]
    ):
        return None  # "через два дня после встречи" counts from an event, not a date
    unit_word = groups["unit"].lower()
    unit = _unit(unit_word)
    amount = _amount(groups, unit_word)
    backwards = direction in ("назад", "тому назад", "ранее", "раньше")
    from_anchor = direction not in ("назад", "тому назад")
    if direction == "через":  # "через два дня": from now in the future, else from the last date
        from_anchor = bool(ctx.own) or (not ctx.future and bool(ctx.anchors))
    base = ctx.today
    if from_anchor:
        base = ctx.anchor_at(UNIT_PRECISION[unit])
        if base is None:
            return None
    if amount is None:
        if not backwards or from_anchor:
            return None
        # "несколько лет назад": at least two years before publication, so "by" then.
        amount, qualifier = 2, BY
    else:
        qualifier = None
    sign = -1 if backwards else 1
    if qualifier is None and (words := groups.get("bound") or groups.get("bound2")):
        return bounded(ctx, base, unit, sign * amount, words)  # "менее чем через два года"
    result, note, found = counted(ctx, base, unit, sign * amount)
    if _one_and_a_half(unit_word):  # «полторы недели»: about ten days
        result = PartialDate(result.start, result.precision, result.end, APPROXIMATE)
    if qualifier is not None:
        result = PartialDate(result.start, result.precision, None, qualifier)
        how = "“несколько” gives no number: at least two before publication, so “by” then"
        return result, _relative(ctx, result, how), True
    if from_anchor and not backwards:
        return done_by_today(ctx, base, (result, note, found))
    return result, note, found


def _amount(groups, unit_word):
    """How many units a count says ("два дня", "неделю", "полгода"), or None."""
    if groups.get("n"):
        amount = _number(groups["n"])
    else:
        amount = None if _PLURAL_UNITS.fullmatch(unit_word) else 1
    half = _one_and_a_half(unit_word)
    if half or unit_word == "полгода":
        amount = (half[1] if half else 6) if not groups.get("n") else None
    elif unit_word.startswith(("четверть", "полвека")):  # a quarter or half a century
        amount = (25 if unit_word.startswith("четверть") else 50) if not groups.get("n") else None
    return amount


def _after_act(ctx):
    """ "через два дня после саммита", "за неделю до встречи", "на следующий день после
    подписания": counted from the date the article gave that act."""
    groups = ctx.match.groupdict()
    unit_word = (groups["unit"] or "день").lower()
    amount = _amount(groups, unit_word)
    if amount is None:
        return None
    sign = 1 if groups["dir"].lower() == "после" else -1
    return counted_from_act(ctx, groups["noun"], _unit(unit_word), sign * amount)


def _during_act(ctx):
    """ "в ходе визита", "во время переговоров", "после встречи", "накануне саммита", "Это
    будет его первый визит": at the gathering or visit the article dated before (the day
    before it for «накануне»), or after it."""
    prep = re.sub(r"\s+", " ", (ctx.match.group("prep") or "").lower())
    relation = "eve" if prep == "накануне" else "after" if prep in _AFTER_ACT else "at"
    return at_act_referred_to(ctx, ctx.match.group("noun"), relation)


_AFTER_ACT = ("после", "по итогам", "по окончании", "по завершении")


def _next_day(ctx):
    """ "на следующий день", "на другой день", "за день до этого"."""
    if re.match(r"\s+после\b", ctx.sentence[ctx.match.end() :]):
        return None  # "на следующий день после подписания" counts from an event, not a date
    # not "the first after August 2008", nor what was said to come «через полгода»
    named = ctx.last_named(DAY, facts_only=True, narrated=True)
    if named is None:
        return None
    base = named.start
    step = -1 if "до" in ctx.match.group().lower().split() else 1
    result = PartialDate(base + timedelta(days=step))
    how = f"the day {'after' if step > 0 else 'before'} {PartialDate(base).display}"
    return result, f"“{ctx.match.group().strip()}”: {how}, the date named before it", True


# --- The rules ------------------------------------------------------------------------------

_FROM_OR_BETWEEN = r"(?:(?P<between>\b[мМ]ежду\s+)|(?P<from>\b(?:[сС]о?)\s+))?"
_TO = r"(?(between)\s+и\s+|(?(from)\s*(?:[-\u2013\u2014]|\bпо\b|\bдо\b)\s*|\s*[-\u2013\u2014]\s*))"
_DAY_TO = (
    r"(?(between)\s+и\s+|(?(from)\s*(?:[-\u2013\u2014]|\bпо\b|\bдо\b)\s*|"
    r"\s*(?:[-\u2013\u2014]|\bи\b)\s*))"
)
_NOT_A_QUANTITY = (
    r"(?!\s+(?:км|килом|миль|военн|солдат|человек|танк|тонн|доллар|долл|руб|евро|млн|млрд|"
    r"тыс|штук|единиц|ракет|метр|бойц|офицер|сотрудник|самол[её]т|вертол[её]т)[а-яё]*"
    r"|\s+[а-яё]+(?:ов|ев|ей|их|ых)(?![\w-]))"  # "2000 делегатов", "1500 военных": a count
)
_TIME_OF_DAY = r"(?:утром|днём|днем|вечером|ночью)"
_EVENT_AFTER_EVE = (
    r"визит|саммит|встреч|переговор|выбор|годовщин|праздник|заседани|совещани|конференци|"
    r"форум|голосовани|подписани|начал|открыти|нападени|удар|операци|учени|приезд|прибыти|"
    r"поездк|дня|его|её|ее|их|сво|это|тог|той|нов|очередн|предстоящ|президентск|"
    r"парламентск|решающ|рождеств|нового"
)
WEEKDAY_ACCUSATIVE = _alternatives(RU_WEEKDAYS_ACCUSATIVE)


def _coming(ctx):
    """ "в ближайшие дни/недели/месяцы", "в предстоящие недели": as "in the coming weeks"."""
    unit = ctx.match.group("unit").lower()
    return coming_span(ctx, {"дни": "days", "недели": "weeks", "месяцы": "months"}[unit])


# A number naming a thing is no year: «резолюция 1973», «номер 2004», «статья 5».
_NOT_A_NUMBERED_THING = not_after(
    (
        *("резолюция", "резолюции", "резолюцию", "резолюцией", "номер", "номера", "статья"),
        *("статьи", "статью"),
    ),
    r"\s",
)
# The words a season's name in the genitive follows: «с весны», «не раньше следующей весны».
_BEFORE_A_SEASON_S_GENITIVE = (
    "с",
    "со",
    "до",
    "к",
    "после",
    "раньше",
    "ранее",
    "позже",
    "позднее",
    *_PART_WORDS,
)
RULES = [
    # 21.04.2005
    (
        rf"(?<![\w.])(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>{Y})"
        rf"(?:{YEAR_WORD})?(?![\w]|\.\d)",
        _iso,
    ),
    # 7–8 апреля, 7 и 8 апреля, с 28 марта по 2 апреля, между 7 и 8 апреля 2004 года
    (
        rf"{_FROM_OR_BETWEEN}(?<![\w.-])(?P<d1>{D})(?:\s+(?P<m1>{MONTH_AFTER_DAY}))?{_DAY_TO}"
        rf"(?P<d2>{D})\s+(?P<m2>{MONTH_AFTER_DAY})(?:\s+(?P<y>{Y})(?:{YEAR_WORD})?)?(?![\w-])",
        _days_range,
    ),
    (
        rf"(?<![\w.-])(?P<d>{D})\s+(?P<m>{MONTH_AFTER_DAY})\s+(?P<y>{Y})(?:{YEAR_WORD})?(?![\w-])",
        _full_date,
    ),
    (
        rf"(?<![\w.-])(?P<d>{D})\s+(?P<m>{MONTH_AFTER_DAY})\s+{WHICH_YEAR}(?![\w-])",
        _day_month_which_year,
    ),
    # с марта по июнь 2003 года, между мартом и июнем, март–июнь 2003 г.
    (
        rf"{_FROM_OR_BETWEEN}(?<![\w-])(?P<m1>{MONTH_ANY})(?:\s+(?P<y1>{Y})(?:{YEAR_WORD})?)?"
        rf"{_TO}(?P<m2>{MONTH_ANY})(?:\s+(?P<y2>{Y})(?:{YEAR_WORD})?)?(?![\w-])",
        _months_range,
    ),
    # «в марте» of «в марте и апреле 1997 года», «в марте или в начале апреля 1997 г.»
    (
        rf"(?<![\w-])(?P<m>{MONTH_ANY})(?=\s+(?:и|или|либо)\s+(?:(?:в|во)\s+)?"
        rf"(?:(?:начале|конце|середине)\s+)?(?P<m2>{MONTH_ANY})\s+(?P<y>{Y})(?:{YEAR_WORD})?"
        rf"(?![\w-]))",
        _month_before_another,
    ),
    (rf"(?<![\w.-])(?P<d>{D})\s+(?P<m>{MONTH_AFTER_DAY})(?![\w-])", _day_month),
    (
        rf"(?<![\w-])(?P<m>{MONTH_WITH_YEAR})\s+(?P<y>{Y})(?:{YEAR_WORD})?(?![\w-])",
        _month_year,
    ),
    (rf"(?<![\w-])(?P<m>{MONTH_ANY})\s+{WHICH_YEAR}(?![\w-])", _month_which_year),
    # до Нового года, к Новому году, на Рождество, перед Рождеством
    (
        r"(?<![\w-])(?<!\bс\s)(?P<feast>Нов|Рождеств)(?:(?<=Нов)(?:ый|ого|ому|ым|ом)\s+год(?:а|у|ом|е)?"
        r"|(?<=Рождеств)(?:о|а|у|ом|е))(?![\w-])",
        _holiday,
    ),
    # «опубликован 14-го», «14-го числа»: a day of the month alone; not «14-го полка»
    (
        r"(?<![\w.-])(?P<d>3[01]|[12]\d|[1-9])-го(?:\s+числа)?"
        r"(?=\s*(?:[,.;:)!?\u2013\u2014]|$)|\s+(?:и|а|в|во|на|после|когда)(?![\w-]))",
        _day_of_month,
    ),
    # в декабре 91-го, в 94-м (году): not "в 94-м полку", an ordinal
    (rf"(?<![\w-])(?P<m>{MONTH_ANY})\s+(?P<yy>\d\d)-го(?![\w-])", _two_digit_year),
    (
        rf"{_lookbehinds('в', 'с', 'со', 'до', 'к')}(?P<yy>\d\d)-(?:го|м)(?:\s+год[ау])?"
        r"(?=\s*(?:[,.;:)\u2013\u2014]|$)|\s+[а-яё]+л[аои]?(?:сь|ся)?(?![\w-]))",
        _two_digit_year,
    ),
    (rf"(?<![\w-])(?P<m>{MONTH_ANY})(?![\w-])", _bare_month),
    # «на декабрьскую встречу», «апрельский саммит»: the month an act is named by; in lower
    # case, not a name's («Октябрьская революция», «Октябрьский район»)
    (rf"(?<![\w-])(?P<adjective>{_MONTH_ADJECTIVE})[а-яё]{{2,3}}(?![\w-])", _month_adjective),
    # между 1994 и 1997 годами, с 1998 по 2004 год, 1994–1997 гг.
    (
        rf"{_FROM_OR_BETWEEN}(?<![\w$€£.,№-])(?P<y1>{Y})(?:{YEAR_WORD})?{_TO}"
        # Not a day and month after a year: «2002 год — 28 мая».
        rf"(?P<y2>{Y}|\d\d(?!\s+{MONTH_AFTER_DAY}))(?:{YEARS_WORD})?(?![\w%-])",
        _years_range,
    ),
    # в 1990-е годы, 1990-х годов, к 1990-м годам
    (
        r"(?<![\w-])(?P<decade>(?:1[6-9]|20)\d0)-?(?:ые|ых|ми|е|х|м(?=\s+годам))"
        r"(?:\s+(?:год(?:ы|ах|ов|ам|ами)|гг\.))?(?![\w-])",
        _decade,
    ),
    (
        r"(?<![\w.,-])(?P<dd>[2-9]0)-(?:ые|ых|ми|е|х)(?:\s+(?:год(?:ы|ах|ов|ам|ами)|гг\.))?(?![\w-])",
        _two_digit_decade,
    ),
    (
        rf"(?i:\b(?P<word>{'|'.join(_DECADE_WORDS)})(?:ые|ых|ым|ыми)\b)"
        r"(?:\s+год(?:ы|ах|ов|ам|ами))?(?![\w-])",
        _decade_word,
    ),
    # весной, этой весной, прошлым летом, весной 2003 года, осенью прошлого года
    (
        rf"(?:\b(?i:(?P<which>{SEASON_WHICH}))\s+)?\b(?P<season>(?i:весной|весною|летом|осенью))"
        rf"(?:\s+(?:(?P<y>{Y})(?:{YEAR_WORD})?|{WHICH_YEAR}))?(?![\w-])",
        _season,
    ),
    (
        rf"(?<![\w-])(?P<season>(?i:весна|весны|весне|весну|лето|лета|лету|осень|осени))\s+"
        rf"(?:(?P<y>{Y})(?:{YEAR_WORD})?|{WHICH_YEAR})(?![\w-])",
        _season,
    ),
    # с весны, к лету, в конце лета, во второй половине лета, не раньше следующей весны
    (
        rf"{_lookbehinds(*_BEFORE_A_SEASON_S_GENITIVE)}(?:(?P<which>{SEASON_WHICH})\s+)?"
        r"(?P<season>весны|весне|лета|лету|осени)(?![\w-])",
        _season,
    ),
    # перенесены на осень, отложен на весну
    (
        rf"{_lookbehinds('на')}(?:(?P<which>{SEASON_WHICH})\s+)?"
        r"(?P<season>весну|лето|осень)(?![\w-])",
        _season,
    ),
    # в первом квартале, в III квартале 2005 года
    (
        r"(?<![\w-])(?P<q>(?i:перв|втор|трет|четв[её]рт)[а-яё]*|(?-i:I{1,3}|IV))\s+"
        rf"(?i:квартал[а-яё]*)(?:\s+(?:(?P<y>{Y})(?:{YEAR_WORD})?|{WHICH_YEAR}))?(?![\w-])",
        _quarter,
    ),
    (
        rf"(?<![\w$£€.,№-]){_NOT_A_NUMBERED_THING}(?P<y>{Y})(?:-(?:го|м|й)(?![\w-])(?:{YEAR_WORD})?|{YEAR_WORD}|"
        rf"(?![\w%$-]){_NOT_A_QUANTITY})"
        rf"(?![\w%$-]){NOT_A_QUANTITY_S_BOUND}",
        _year_only,
    ),
    (
        rf"(?i:\b(?P<word>позавчера|послезавтра|вчера|сегодня|завтра)(?:\s+{_TIME_OF_DAY})?\b)",
        _named_day,
    ),
    (r"(?i:\b(?P<word>прошлой|минувшей)\s+ночью\b)", _named_day),
    # «С сегодняшнего дня Россия приостанавливает …»: from today
    (r"(?i:(?<![\w-])с\s+(?P<word>сегодня)шнего\s+(?:дня|числа)(?![\w-]))", _named_day),
    (r"(?i:(?<![\w-])на\s+днях(?![\w-]))", _these_days),
    (r"(?i:(?<![\w-])только\s+что(?![\w-]))", _just_now),
    (
        rf"(?i:(?<![\w-])(?:(?P<n>{COUNT})\s+)?(?:минут[уы]?|мгновени[ея]|(?P<hours>час(?:а|ов)?"
        r"|полчаса))\s+(?:тому\s+)?назад\b)",
        _hours_ago,
    ),
    # "накануне", but not "накануне саммита", which counts from an event
    (
        rf"(?i:\bнакануне\b(?:\s+{_TIME_OF_DAY}\b)?)(?!\s+(?i:{_EVENT_AFTER_EVE})[а-яё]*\b)",
        _eve,
    ),
    (
        r"(?i:\b(?:в\s+)?(?:тот|этот)\s+же\s+(?:день|вечер)\b|\bв\s+тот\s+день\b|"
        r"\b(?:в\s+)?то\s+же\s+утро\b|\bтем\s+же\s+(?:вечером|утром)\b|\bтогда\s+же\b|"
        # «Одновременно, как было объявлено, …» opening the sentence: at the same time
        r"^одновременно\b|"
        # "вечером того же дня", "с той же даты", "в ту же дату"
        r"\b(?:(?:утром|днём|днем|вечером|ночью)\s+)?того\s+же\s+дня\b|"
        r"\b(?:той|этой)\s+же\s+даты\b|\b(?:в\s+)?(?:ту|эту)\s+же\s+дату\b|"
        # "с тех пор", "с того дня", "с того времени": since the last date of a fact
        r"(?<=\bс\s)(?:тех\s+пор|того\s+(?:дня|времени)|этой\s+даты|этого\s+(?:дня|момента))\b)",
        the_day_named,
    ),
    # «в ходе той встречи», «по итогам того разговора»: the fact just named's day
    (
        r"(?i:(?<![\w-])(?:т(?:от|ого|ом|ой|у|ех|еми?)|т(?:ем|ех))\s+(?:же\s+)?"
        r"(?:встреч|бесед|разговор|визит|саммит|переговор|заседани|поездк)[а-яё]*)",
        the_day_named,
    ),
    # «Ещё утром …», «Вечером …», opening a sentence: the day the story is at
    (
        r"^(?i:(?:(?:ещё|еще|уже|рано|поздно)\s+)?(?:утром|вечером|днём|днем|ночью))(?![\w-])",
        _clock_time,
    ),
    # «Через несколько часов», «Спустя час», «Несколько часов спустя» opening a sentence
    (
        r"^(?i:(?:(?:уже|буквально)\s+)?(?:через|спустя|в\s+течение)\s+(?:(?:несколько|пару|"
        r"нескольк(?:их|о)|пар[уы]|дв[аух]+|тр[ёеи]х?|считанные|считанных)\s+)?(?:(?P<hours>час(?:а|ов)?)|"
        r"минут[уы]?)|(?:несколько|пару|два|три)\s+(?:(?P<hour>часов|часа)|минут)\s+спустя)(?![\w-])",
        _hours_later,
    ),
    # "тогда", not "тогда же" (above), "тогда как" (whereas) or "тогда, когда" (the clause
    # says when)
    (r"(?i:\bтогда\b)(?!\s*(?:же|как)\b|,?\s*когда\b)", _then),
    # «Уже к вечеру …», «К концу дня …» opening a sentence: that day's end
    (r"(?i:^(?:уже\s+)?к\s+(?:вечеру|ночи|концу\s+дня)\b)", _then),
    (
        r"(?i:\b(?:(?:в|на)\s+)?(?:том|той|тем|тот|ту)\s+же\s+(?P<unit>году|месяце|неделе|"
        r"весной|летом|осенью)\b)",
        _same_period,
    ),
    (
        rf"(?<![\w-])(?:(?P<m>{MONTH_ANY})|(?P<unit>(?i:весной|весною|летом|осенью)))"
        r"\s+(?i:того\s+же\s+года)\b",
        _same_period,
    ),
    (
        r"(?i:\b(?:в|на)\s+(?:(?P<which>эти|этих|прошлые|прошлых|минувшие|минувших|следующие|"
        r"следующих|ближайшие|ближайших|будущие|будущих)\s+)?выходн(?:ые|ых)(?:\s+дн(?:и|ях))?\b)",
        _weekend,
    ),
    # в пятницу, во вторник, в прошлую пятницу, в ночь на среду, в пятницу и субботу
    (
        rf"(?:\b(?i:поздно|рано|{_TIME_OF_DAY})\s+)?(?:\b(?i:в\s+ночь\s+на|во|в|на)\s+|"
        rf"{_lookbehinds('и', 'или', 'по')})(?:(?i:(?P<which>{WEEKDAY_WHICH}))\s+)?"
        rf"(?P<wd>{WEEKDAY_ACCUSATIVE})(?:\s+{_TIME_OF_DAY})?(?![\w-])",
        _weekday,
    ),
    # с понедельника, до пятницы
    (
        rf"{_lookbehinds('с', 'со', 'до')}(?:(?P<which>{WEEKDAY_WHICH})\s+)?"
        rf"(?P<wd>{_alternatives(RU_WEEKDAYS_GENITIVE)})(?![\w-])",
        _weekday,
    ),
    # к пятнице
    (
        rf"{_lookbehinds('к', 'ко')}(?:(?P<which>{WEEKDAY_WHICH})\s+)?"
        rf"(?P<wd>{_alternatives(RU_WEEKDAYS_DATIVE)})(?![\w-])",
        _weekday,
    ),
    # на прошлой неделе, в этом месяце, в следующем году, в конце прошлого года
    (
        rf"(?i:(?:\b(?:во|в)\s+)?(?:\b(?:{_PARTS})\s+)?\b(?:(?:на|во|в)\s+)?"
        rf"(?P<which>{PERIOD_WHICH})\s+(?P<unit>недел(?:ей|я|и|е|ю)|месяц(?:ем|а|е|у)?|"
        r"год(?:ом|а|у)?)\b)",
        _relative_period,
    ),
    # в начале месяца, в конце года, к концу недели: this one
    (
        rf"(?i:(?:\b(?:во|в)\s+)?\b(?:{_PARTS})\s+(?P<unit>недели|месяца|года)\b)(?!\s*\d)"
        r"(?P<which>)",
        _relative_period,
    ),
    (
        rf"(?i:(?<![\w-])(?:(?P<bound>{COUNT_BOUND})\s+)?(?:(?P<n>{COUNT})\s+)?(?P<unit>{UNIT})\s+"
        r"(?P<dir>тому\s+назад|назад|спустя|позже|позднее|ранее|раньше)\b)",
        _ago,
    ),
    (
        rf"(?i:\b(?:(?P<bound>{COUNT_BOUND})\s+)?(?P<dir>спустя|через)\s+"
        rf"(?:(?P<bound2>{COUNT_BOUND})\s+)?(?:(?P<n>{COUNT})\s+)?(?P<unit>{UNIT})\b)",
        _ago,
    ),
    (
        r"(?i:\b(?:в|на|за)\s+(?:ближайшие|предстоящие|грядущие|следующие\s+несколько)\s+"
        r"(?P<unit>дни|недели|месяцы)\b)",
        _coming,
    ),
    (
        r"(?i:\b(?:на\s+)?(?:следующий|другой)\s+день\b|\bна\s+следующее\s+утро\b|"
        r"\bза\s+день\s+до\s+этого\b)",
        _next_day,
    ),
    # через два дня после саммита, за неделю до встречи, на следующий день после подписания
    (
        rf"(?i:(?<![\w-])(?:(?:через|спустя|за)\s+(?:(?P<n>{COUNT})\s+)?(?P<unit>{UNIT})|"
        r"(?:на\s+)?(?:следующий|другой)\s+день)\s+(?P<dir>после|до)\s+"
        r"(?!(?:этого|того|него|неё|нее|них)(?![\w-]))"  # "за день до этого": the last date
        r"(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\s+)?(?P<noun>[а-яё]+))",
        _after_act,
    ),
    # в ходе визита, во время этой встречи, после переговоров, накануне саммита; "Это
    # будет его первый визит" opening the sentence after the visit's date
    (
        r"(?i:(?:(?<![\w-])(?P<prep>в\s+ходе|во\s+время|после|по\s+итогам|по\s+окончании|"
        r"на\s+полях|накануне|в\s+начале|в\s+конце|в\s+завершение|по\s+завершении)\s+(?:(?:этого|этой|этих|того|той|тех|его|её|ее|их|своего|своей|"
        r"своих)\s+)?(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\s+)?"
        r"|^Это\s+(?:будет|был|была|было|станет|стал|стала)\s+"
        r"(?:(?:его|её|ее|их|[а-яё]+(?:ый|ий|ой|ая|яя))\s+){0,2})(?P<noun>[а-яё]+))(?![\w-])",
        _during_act,
    ),
    # The act named again opening the sentence: its subject, told in the past («Церемония
    # прошла в Кремле», «Заседание продолжалось три часа»), the source of what follows
    # («Согласно заявлению», «В заявлении говорится») or the occasion («На встрече»).
    (
        r"^(?P<noun>[А-ЯЁ][а-яё]+)(?=\s+(?:[а-яё-]+\s+){0,3}?(?:прош(?:л[аои]|ёл)|"
        r"(?:состоял|продолжал|длил|завершил|закончил|начал)(?:ась|ось|ись|ся)|проходил[аои]?)"
        r"(?![\w-]))"
        r"|^(?:Согласно|В|На)\s+(?:(?:этом|этой|этому|том|той|своём|своем)\s+)?"
        r"(?:(?P<closing>(?:совместн|итогов|заключительн)[а-яё]+)\s+)?"
        r"(?!ходе|время)(?P<source>[а-яё]+)(?![\w-])",
        act_named_again,
    ),
    (r"^Там(?![\w-])", at_last_act_there),  # «Там, как ожидается, …»
    # «Россию на нём представлял постпред»: at the gathering told before
    (r"(?i:(?<![\w-])на\s+(?:нём|нем|ней)(?![\w-]))", at_last_act_there),
]
RULES = [(re.compile(pattern), resolver) for pattern, resolver in RULES]

_APPROXIMATE = re.compile(
    r"(?i:\b(?:около|примерно|приблизительно|ориентировочно|где-то|порядка)\s+"
    r"(?:(?:в|во|на)\s+)?(?:(?:начале|середине|конце)\s+)?)$"
)
_SINCE = re.compile(
    r"(?i:(?<!сравнению\s)(?<!сравнении\s)\b(?:начиная\s+)?(?:со|с)\s+"
    r"(?:(?:начала|середины|конца)\s+)?)$"
)
_NO_LATER_THAN = re.compile(
    r"(?i:\b(?:ко|к|не\s+позднее|не\s+позже)\s+"
    r"(?:(?:концу|началу|середине|конца|начала|середины)\s+)?)$"
)
_UNTIL = re.compile(r"(?i:\b(?:вплоть\s+до|до)\s+(?:(?:конца|середины|начала)\s+)?)$")
# A task completed, whose «до» is its deadline ("by"), not a time it lasts until:
# «должна завершить работу до 1 июля», «подпишут договор до конца года».
_COMPLETES = re.compile(
    r"(?i:(?<![\w-])(?!утвержда|представля|представител|подписан)(?:заверш|законч|подпис|подпиш|"
    r"ратифицир|утверд|согласова|представ|подготов|выполн|вывест|вывед|выв[её]л|сократ|уничтож|"
    r"переда)[а-яё]*)"
)
_PUT_OFF_UNTIL = re.compile(rf"(?i:(?<![\w-]){RU_PUT_OFF}\s+(?:(?:конца|середины|начала)\s+)?)$")
_DEADLINE = re.compile(
    r"(?i:\b(?:ко|к|до|не\s+позднее|не\s+позже)\s+"
    r"(?:(?:концу|началу|середине|конца|начала|середины)\s+)?)$"
)
_ALL_WEEKDAYS = _alternatives(RU_WEEKDAYS)
# A short noun phrase between a preposition and the date of the thing it names: "с момента
# основания в 1997 году", "после войны в Грузии в августе 2008 года".
_NOUN_PHRASE = r"(?P<np>(?:(?!(?:и|но|когда|котор[а-яё]+|после|перед|до|со|с)\b)[\w-]+\s+){1,6}?)"
_LINK = r"(?:в|во|на)\s+(?:(?:начале|середине|конце)\s+)?"
_SINCE_THROUGH = re.compile(
    rf"(?i:(?:\b(?:начиная\s+)?со?\s+(?:момента|времени|времён|времен)\s+|"
    rf"(?<=впервые\s)со?\s+|(?<=Впервые\s)со?\s+){_NOUN_PHRASE}{_LINK})$"
)
# "после войны в августе 2008 года"; "не раньше июня", "не ранее 2012 года": after it.
# "после событий августа 2008 года": the date in the genitive right after a noun.
_GENITIVE_NOUN = r"(?:(?!(?:того|этого|как|чего)\b)[а-яё]+\s+){1,2}?"
_AFTER = re.compile(
    rf"(?i:(?:\bпосле\s+(?:{_NOUN_PHRASE}{_LINK}|{_GENITIVE_NOUN})?|"
    r"\bне\s+(?:раньше|ранее|прежде)\s+)"
    r"(?:(?:начала|середины|конца)\s+)?)$"
)
_BEFORE_THROUGH = re.compile(rf"(?i:\bперед\s+(?:{_NOUN_PHRASE}{_LINK})?)$")
_FIRST_SINCE = re.compile(
    r"(?i:\b(?:впервые|перв(?:ый|ая|ое|ые|ого|ой|ую|ым|ом|ых)|единственн[а-яё]*|"
    r"крупнейш[а-яё]*|сам(?:ый|ая|ое|ые|ого|ой|ую|ым|ом|ых))\b)"
)
_VERB = re.compile(r"[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись)|будет|будут|является")
# «второе в этом году», «третья за месяц встреча»: the period a fact is counted in, not its
# date.
_NTH_IN = re.compile(
    r"(?i:(?<![\w-])(?:(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)[а-яё]+|"
    r"\d+-[а-яё]+)\s+(?P<np>(?:[а-яё-]+\s+){0,3}?))$"
)
_PART = rf"(?P<part>(?:(?:во|в)\s+)?(?:{_PARTS}))"


# «Следующее заседание — в мае»: with no verb, what is next in line is still to come.
_NEXT_IN_LINE = re.compile(r"(?i:\b(?:следующ|предстоящ|ближайш|очередн)[а-яё]*)")


def _future(ctx):
    """Whether the clause looks ahead: its verb, or a deadline ("к 20 июня", "до конца
    марта") that no verb of the clause puts in the past, or, with no verb at all, what
    is next in line."""
    start, end = ctx.match.span()
    if looks_ahead(ctx.sentence, start, end, RUSSIAN_LANGUAGE):
        return True
    if not reports_something(ctx.sentence, RUSSIAN_LANGUAGE):
        return bool(_NEXT_IN_LINE.search(ctx.sentence, 0, start))
    if not _DEADLINE.search(ctx.sentence[:start]):
        return False
    return not reports_something(clause_around(ctx.sentence, start, end, RUSSIAN_LANGUAGE), "ru")


# A day or month set off by a comma after a date with a year: «В прошлом году, в июне»,
# «1994, 22 июня», «Через полгода, в декабре».
_APPOSED = re.compile(r"\s*(?:[,\u2013\u2014]|\s-)\s*(?:(?:в|во)\s+)?")


def _year_named_before(ctx, month):
    """The date whose year a day or month without one takes: the one it is set off
    after in the same phrase, or the same month named last («Май 2002 года. 28 мая …»);
    else None."""
    if (named := date_set_off_before(ctx, _APPOSED)) is not None:
        return named
    if not ctx.anchors or id(ctx.anchors[-1]) in ctx.references:
        return None
    last = ctx.anchors[-1]
    same_month = last.precision == MONTH and last.end is None and last.start.month == month
    return last if same_month else None


RUSSIAN = Grammar(
    rules=RULES,
    weekday_rules=frozenset(pattern for pattern, resolver in RULES if resolver is _weekday),
    counting_from_anchor=(
        _day_month,
        _bare_month,
        _relative_period,
        _ago,
        _next_day,
        _after_act,
        _season,
        _eve,
        the_day_named,
        _then,
        _same_period,
        _clock_time,
        _hours_later,
    ),
    yearless=(_day_month, _bare_month),
    approximate=_APPROXIMATE,
    since=_SINCE,
    from_=None,
    onwards=None,
    no_later_than=_NO_LATER_THAN,
    until=_UNTIL,
    completes=_COMPLETES,
    put_off=_PUT_OFF_UNTIL,
    span_join=re.compile(r"\s*(?:[-\u2013\u2014]|по|до)\s*", re.IGNORECASE),
    span_opening=re.compile(r"(?i:\b(?:со|с)\s+)$"),
    span_opening_text=re.compile(r"(?i:(?:начиная\s+)?(?:со|с)\s)"),
    until_word=re.compile(r"(?i:до|по)\b"),
    weekday_only=re.compile(
        rf"(?i:(?:(?:во|в|на|со|с|до|ко|к|по|и|{WEEKDAY_WHICH})\s+)*(?:{_ALL_WEEKDAYS}))"
    ),
    day_word=re.compile(r"(?i:позавчера|вчера|сегодня|завтра|послезавтра)"),
    weekday_join=re.compile(r"(?i:\s*(?:и|по|до|[-\u2013])\s*)"),
    and_word=re.compile(r"(?i:\bи\b)"),
    future=_future,
    since_through=_SINCE_THROUGH,
    after=_AFTER,
    before_through=_BEFORE_THROUGH,
    first_since=_FIRST_SINCE,
    nth_in=_NTH_IN,
    last_before=re.compile(r"(?i:\bпоследн\w+)"),
    year_named_before=_year_named_before,
    referring_to_act=(_during_act, act_named_again, at_last_act_there),
    reporting=RU_REPORTING,  # a date right after it dates the saying: «заявил 21 августа»
    counted_from_today=(_named_day,),
    anniversary=_ANNIVERSARY,
    years_of=_number,
    clause_start=re.compile(r"[,;:()\u2013\u2014\u00ab\u00bb\"]"),
    verb=_VERB,
    span_join_through=re.compile(rf"(?i:\s*(?:до|по)\s+{_NOUN_PHRASE}(?:в|во)\s+)"),
    part_before=re.compile(rf"(?i:\b{_PART}\s+)$"),
    part_opening=re.compile(rf"(?i:{_PART}\s)"),
    part_at_end=re.compile(r"(?i:\bконц)"),
    half=re.compile(r"(?i:\b(?:перв|(?P<second>втор))(?:ой|ую)\s+половин)"),
    event_before=re.compile(
        r"(?i:\b(?:теракт|терак|атак|взрыв|нападени|событи|трагеди|бойн|катастроф)[а-яё]*\s+)$"
    ),
)


# --- A year naming a thing ------------------------------------------------------------------

# "Основополагающий акт 1997 года", "Договор об ОВСЕ 1990 года": the year, in the
# genitive, follows the name of a document (or a summit) written with a capital.
# A treaty and the date it bears: «Соглашение о статусе сил от 19 июня 1995 года» (a law's
# or decree's, «закон от 7 июня 2007 г.», is the day it was signed, its own act).
_DATED_DOCUMENT = re.compile(
    r"(?i:(?<![\w-])(?:акт|договор|соглашени|деклараци|резолюци|меморандум|конвенци|протокол)"
    r"[а-яё]*(?:\s+[^\s.;:!?]+){0,12}?\s+от\s+$)"
)
_DOCUMENT = re.compile(
    r"(?:акт|договор|соглашени|харти|деклараци|резолюци|меморандум|конвенци|протокол|устав|"
    r"доктрин|концепци|стратеги|пакт|закон|кодекс|программ|инициатив|коммюнике|заявлени|"
    r"саммит)[а-яё]*"
)


def names_a_thing(sentence, mention):
    """Whether a bare year in the genitive names a document rather than dating the fact,
    or a period is the one a plan is for («рабочую программу на 2010 год», «о планах на
    ближайшие месяцы»)."""
    opening = re.match(r"(?i:на\s+)?", mention.text).group()  # «на ближайшие месяцы»
    if _PLAN_FOR.search(sentence[: mention.start] + opening):
        return True
    if _DATED_DOCUMENT.search(sentence[: mention.start]):
        return True  # «Соглашение … от 19 июня 1995 года», «закон от 7 июня 2007 г.»
    result = mention.date
    if result.precision != YEAR or mention.relative or result.end:
        return False
    if mention.text.isdigit() and (
        _JOINED_TO_A_NAME.search(sentence, 0, mention.start)
        or _CLOSING_A_QUOTED_NAME.search(sentence[: mention.start])
        and sentence[mention.end :].lstrip().startswith("»")
    ):
        return True  # «Запад-2009», «Бдительное небо - 2011»: an exercise's name
    if not re.fullmatch(rf"{Y}{YEAR_WORD}", mention.text) or mention.text.endswith("году"):
        return False
    words = re.findall(r"[\w-]+", sentence[: mention.start])[-7:]
    for index, word in enumerate(words):
        named = any(w[:1].isupper() for w in words[max(0, index - 2) : index + 1])
        # «Договора … 2020 года», not «Из договора США вышли в 2020-м»: a verb between
        told_between = any(_VERB.fullmatch(w.lower()) for w in words[index + 1 :])
        if named and _DOCUMENT.fullmatch(word.lower()) and not told_between:
            return True
    # "после войны 2008 года", "со времён кризиса 1999 года": an event the year names, as a
    # point of reference; what happened in it ("в ходе войны 2008 года") is dated by it.
    lowered = [word.lower() for word in words]
    return bool(
        lowered
        and _YEARS_EVENT.fullmatch(lowered[-1])
        and any(_AROUND.fullmatch(word) for word in lowered[-4:-1])
    )


# A name that a bare year closes: a capitalised word joined to it by a hyphen («Запад-2009»),
# or words in quotation marks that close after it («Бдительное небо - 2011»).
_JOINED_TO_A_NAME = re.compile(r"[А-ЯЁ][а-яё]*-$")
_CLOSING_A_QUOTED_NAME = re.compile(
    r"«[^«»]*[а-яё][^«»]*"
    # «… в 2004»: a date in a quotation
    + not_after(("в", "к", "с", "до", "на", "после", "за", "от", "по"), r"\s")
    + "$"
)


# A plan and its period: «программу на 2010 год», «планах на ближайшие месяцы».
_PLAN_FOR = re.compile(
    r"(?i:(?<![\w-])(?:программ|план|бюджет|приоритет|стратеги|прогноз|квот|повестк|график)"
    # «план совместных мероприятий на 2012 год»
    r"[а-яё]*(?:\s+[а-яё-]+){0,3}?\s+на\s*)$"
)
_YEARS_EVENT = re.compile(
    r"(?:войн|вторжени|конфликт|кризис|бомбардировк|бомбежк|бомбёжк|нападени|аннекси|"
    r"оккупаци|переворот|революци|интервенци|агресси|выбор|референдум|расширени|саммит|"
    r"событи)[а-яё]*"
)
_AROUND = re.compile(r"после|накануне|против|вокруг|из-за|вследствие|итогам|времен|времён|о|об")
