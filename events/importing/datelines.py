"""Datelines, and the labels that open a paragraph as they do.

A dateline says where, when and by whom a story was filed, at the head of a paragraph:

"BRUSSELS, March 3 (Reuters) - ", "MOSCOW, April 6, 2004 (AP) — ", "NORFOLK, Va., Sept. 17 -",
"BRUSSELS (AP) — ", "(Reuters) - ", "МОСКВА, 12 марта. /ТАСС/. ", "МОСКВА, 12 мар — РИА
Новости. ". A dateline is no part of a quote and reports nothing: its agency is not an
organization of the story, its city not where something happened, its date dates no fact.
Its date is the story's "today", which relative dates ("yesterday", "on Wednesday") count
from; news copy often leaves the year out, and then it is the closest such day on or before
publication, since a story is filed before it is published.

An editor's dated update or correction ("UPDATE, March 7:", "Updated March 7, 2009:",
"CORRECTION, Aug. 3 -") opens a paragraph the same way and is "today" for the text after
it; it is written after the story, so a day without a year is the closest one on or after
the dateline it follows.

A digest's day label heads an item the same way ("Mon:", "Tue 23:", "Wed–Thu:", "Thursday,
25 Nov:", "Jan:", "Spring:", «Пн:», «Вторник:», «В пятницу:», «Весной:») and dates the
whole item: the nearest such day, month or season to publication in the direction the
item points to. A day heading on a line of its own ("MONDAY", «Понедельник») dates the
paragraphs under it so, up to the next heading.
"""

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from events.dates import DatePrecision, DateQualifier, PartialDate

from .calendar_words import (
    MONTHS,
    RU_MONTH_ABBREVIATIONS,
    RU_MONTHS,
    RU_MONTHS_GENITIVE,
    RU_WEEKDAYS_ACCUSATIVE,
    WEEKDAYS,
)
from .gazetteer import known_places
from .names import name_key


def _alternatives(words):
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH = rf"(?i:{_alternatives(MONTHS)})\b\.?"
_WEEKDAY = rf"(?i:{_alternatives(WEEKDAYS)})\b\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[6-9]|20)\d\d\b"
# A capitalised word of a place name ("BRUSSELS", "Va.", "Šiauliai"); "Rio de Janeiro".
_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž](?:[^\W\d_]|[.'\u2019-])+"  # not "Q" or "A" of an interview
# "BRUSSELS/MOSCOW": a story filed from two cities.
_NAME = rf"{_WORD}(?:/{_WORD})*"
_PLACE = rf"{_NAME}(?:\s+(?:(?:de|di|da|del|la|le|am|an|on|upon|sur|el|al)\s+)?{_NAME}){{0,3}}"
# "NORFOLK, Va.", "PRISTINA, Kosovo": a state or country, never a month or weekday.
_REGION = rf",\s*(?!{_MONTH}|{_WEEKDAY}){_WORD}(?:\s+{_WORD})?"
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<month>{_MONTH})\s*(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?"  # March 3, 2010
    rf"|(?P<day2>{_DAY})\s+(?P<month2>{_MONTH})(?:,?\s+(?P<year2>{_YEAR}))?"  # 3 March 2010
    rf"|(?P<iso>{_YEAR}-[01]\d-[0-3]\d)"
    rf"|(?P<weekday>{_WEEKDAY}))"  # "MOSCOW, Tuesday (AP) -"
)
_AGENCY = r"(?:\(\s*(?P<agency>[^()\n]{1,40}?)\s*\)|/(?P<agency2>[^/\n]{1,40})/)"
_DASH = r"(?:--|[\u2014\u2013-])"
# A paragraph opened by a day is dated by it, not filed from it: "Tuesday:", "Yesterday:";
# "Updated 27 June 2009" is a date line.
_DAY_WORD = (
    rf"(?:{_MONTH}|{_WEEKDAY}|(?i:today|tonight|yesterday|tomorrow|earlier|later"
    r"|updated?|posted|published|last|first)\b)"
)
ENGLISH = re.compile(
    rf"(?:(?P<place>(?!{_DAY_WORD})(?P<head>{_PLACE})(?:{_REGION})?)(?:,?\s+{_DATE})?|(?=[(/]))"
    rf"(?:\s*{_AGENCY})?"
    rf"(?:\s*(?:{_DASH}|:)(?:\s+|$)|(?P<alone>[^\S\n]*(?:\n\s*|$))"
    r"|(?<=\d)\.\s+(?=[A-Z\"\u201c])"  # "ROME, May 28. The leaders …"
    r"|(?<=[A-Z.])\u2014(?=[A-ZА-ЯЁ\"\u201c\u00ab]))",  # "OTTAWA—Russia broke off …": Toronto Star
    re.MULTILINE,
)
# A wire's dateline with no place, as for a timeline or a factbox: "Aug 20 (Reuters) -".
_DATE_AND_AGENCY = re.compile(rf"{_DATE}\s*{_AGENCY}\s*{_DASH}\s+")

_RU_MONTH = rf"(?:{_alternatives([*RU_MONTHS_GENITIVE, *RU_MONTH_ABBREVIATIONS])})\b\.?"
_RU_AGENCY = r"[^\s.\u2014\u2013]+(?:[ ,]+[^\s.\u2014\u2013]+){0,3}"  # "РИА Новости, Иван Петров"
# An agency written as a word, which alone says it is one: "Интерфакс-АВН -".
_RU_AGENCY_IN_WORDS = (
    r"(?:Интерфакс|Прайм|Регнум|Росбалт|Рейтер|Синьхуа)(?:-[А-ЯЁA-Z][а-яёa-zА-ЯЁA-Z]*)?"
)
RUSSIAN = re.compile(
    r"(?P<place>[А-ЯЁ][А-ЯЁа-яё-]+(?:\s+[А-ЯЁ][А-ЯЁа-яё-]+){0,2})[,.]\s+"
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{_RU_MONTH})"
    rf"(?:\s+(?P<year>{_YEAR})(?:\s*(?:г\.|года))?)?"
    r"(?:,\s*\d{1,2}[:.]\d\d)?"  # the time it was filed: «Москва, 7 ноября 2023, 10:42 —»
    rf"(?:\s*\((?P<agency>[^()\n]{{1,40}})\)\s*{_DASH}\s+"  # (Рейтер) —
    rf"|\.?\s*/(?P<agency2>[^/\n]{{1,40}})/\.?\s*(?:{_DASH}\s+)?"  # . /ТАСС/. or /Интерфакс/ -
    rf"|\s*{_DASH}\s*(?P<agency3>{_RU_AGENCY})\.\s*"  # — РИА Новости.
    rf"|\.\s*(?P<agency4>[A-ZА-ЯЁ][A-ZА-ЯЁ.-]+|{_RU_AGENCY_IN_WORDS})\s*{_DASH}\s+"  # . ИНТЕРФАКС -
    rf"|\.?\s*{_DASH}\s+"
    r"|\.\s+(?=[А-ЯЁA-Z«\"]))"  # «РИМ, 28 мая. Президент России …»
)

# Labels at the head of a paragraph: an interview's, which name who speaks, and an editor's.
_SPEAKERS_LABEL = re.compile(
    r"(?:Q|A|QUESTION|ANSWER|Question|Answer|ВОПРОС|ОТВЕТ|Вопрос|Ответ)"
    r"(?:\s*\([^()\n]{1,80}\))?"  # "Q (ANNA BERG, Baltic Wire):", who asks
    r"\s*:(?:[^\S\n]+|$)",
    re.MULTILINE,
)
# An interviewer's labels: what follows is a question, which gives no facts.
_ASKS = re.compile(
    r"(?:Q|QUESTION|Question|ВОПРОС|Вопрос|INTERVIEWER|Interviewer|ИНТЕРВЬЮЕР|Интервьюер)\b"
)
# A transcript's or a parliamentary record's speaker, after the recording's running time
# ("[00:02:14]", no time of day): in capitals, with initials or asides ("TOM HALE (REPORTER):",
# "NAME (TITLE) [CLIP]:", «С. БУНТМАН:»); after an honorific ("Mr. Ancram (Devizes) (Con):",
# "Hon. Members:"); an office with its holder ("The Minister of State, … (Mr. Peter Hain):");
# or a broadcast's role («Ведущий:», "Presenter:").
_RUNNING_TIME = r"\[\d{1,2}:[0-5]\d(?::[0-5]\d)?\][^\S\n]*"
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Baroness|Hon|Rt\.?\s+Hon)\.?"
_ASIDES = r"(?:[^\S\n]*[\[(][^()\[\]\n]{1,80}[\])])*"
_CAPITALS = r"[A-ZА-ЯЁ][A-ZА-ЯЁ'\u2019-]+"
_TRANSCRIPT_SPEAKER = re.compile(
    rf"(?:{_RUNNING_TIME})?(?:"
    rf"(?:[A-ZА-ЯЁ]\.[^\S\n]*){{0,2}}{_CAPITALS}(?:[^\S\n]+{_CAPITALS}){{0,3}}"
    # "С.В.Лавров:", "S.Lavrov:": initials and a surname, as a Russian transcript writes it
    r"|(?:[A-ZА-ЯЁ]\.[^\S\n]*){1,2}[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?"
    rf"|{_HONORIFIC}[^\S\n]+[A-Z][\w'\u2019-]+(?:[^\S\n]+[A-Z][\w'\u2019-]+){{0,3}}"
    rf"|The[^\S\n]+[A-Z][^:()\n]{{0,100}}?(?=[^\S\n]*\({_HONORIFIC}\s)"
    r"|(?:Ведущ(?:ий|ая)|Корреспондент|Слушатель|Presenter|Host|Anchor|Interviewer|Reporter"
    r"|Correspondent|Интервьюер))"
    rf"{_ASIDES}[^\S\n]*:(?:[^\S\n]+|$)",
    re.MULTILINE,
)
_EDITORS_LABEL = re.compile(
    r"(?i:update[d]?|background|analysis|context|correction|clarification|editor['\u2019]s note"
    r"|breaking(?: news)?"
    # a newsletter's rubrics: "Why it matters:", "Driving the news:", "Flashback:"
    r"|why it matters|driving the news|between the lines|(?:the )?big picture|flashback"
    r"|what['\u2019]s (?:next|new|happening)|what (?:to watch|happened)|what we['\u2019]re watching"
    r"|state of play|zoom (?:in|out)|yes,? but|(?:the )?bottom line|(?:the )?backstory"
    r"|go deeper|details|catch up quick|by the numbers|what they['\u2019]re saying"
    r"|the other side|reality check|our thought bubble|be smart|the intrigue|worth noting"
    r"|the latest|the takeaway|the kicker|for the record)\s*:(?:[^\S\n]+|$)",
    re.MULTILINE,
)
# A factbox's or a list item's label in capitals: "COUNCIL:", "WHAT NEXT:", "ИТОГИ:".
_CAPITALS_LABEL = re.compile(
    r"[A-ZА-ЯЁ][A-ZА-ЯЁ'\u2019&-]+(?:[^\S\n]+[A-ZА-ЯЁ][A-ZА-ЯЁ'\u2019&-]+){0,3}:(?:[^\S\n]+|$)",
    re.MULTILINE,
)
# An editor's dated lead-in: "UPDATE, March 7:", "Updated March 7, 2009, 14:05 GMT -".
_EDITOR = r"(?i:update[sd]?|correct(?:ion|ed)|clarifi(?:cation|ed)|editor['\u2019]s note|revised)"
_EDITED = re.compile(
    rf"{_EDITOR}(?:\s*,\s*|\s+)(?:(?i:on)\s+)?{_DATE}"
    rf"(?:,?\s+(?:(?i:at)\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\b\.?)?"
    r"(?:\s*\(?[A-Z]{2,4}\)?)?)?"
    # a dash or colon before what was changed, or a line of its own ("Updated April 2, 2014,
    # 9:40 a.m.")
    rf"(?:\s*(?:{_DASH}|:)(?:\s+|$)|[^\S\n]*(?:\n\s*|$))",
    re.MULTILINE,
)
# A live blog's timestamp: "14:05 GMT —", "15:15 MSK:", "[14:05]", "2.05pm BST", "9 a.m. ET".
_AM_PM = r"(?i:[ap]\.?m\b\.?)"  # "9:30 pm", "9:30 PM"
_ZONE = (
    r"(?:GMT|UTC|BST|CEST|CET|EEST|EET|MSK|MSD|[ECMP][SD]T|ET|МСК|мск"
    r"|(?:Moscow|Brussels|Kyiv|Kiev|local)\s+time|по\s+московскому\s+времени|по\s+Москве)\b"
)
_CLOCK = (
    rf"(?:[01]?\d|2[0-3])"
    rf"(?::[0-5]\d(?:\s*{_AM_PM})?|\.[0-5]\d(?=\s*(?:{_AM_PM}|{_ZONE}))(?:\s*{_AM_PM})?|\s*{_AM_PM})"
)
# A time zone written after a clock time: "14:15 МСК", "at 18:00 (CET)", "9 a.m. ET".
_ZONE_AFTER_CLOCK = re.compile(rf"(?:\d[:.][0-5]\d|\d\s*{_AM_PM})\s*\(?$")


def is_time_zone(text, start, end):
    """Whether the word at ``start:end`` of ``text`` is a time zone following a clock time
    ("14:15 МСК", "18:00 CET"), which names no organization or place."""
    before = text[max(start - 12, 0) : start]
    return bool(re.fullmatch(_ZONE, text[start:end]) and _ZONE_AFTER_CLOCK.search(before))


# A bulletin's update stamp: "Updated 14:15 GMT", "Last updated: 16:30 BST", «обновлено 14:15 МСК».
_UPDATED = r"(?i:(?:last\s+)?updated?|обновлен[оа]?|обновлён)\s*:?\s*(?:(?i:at|в)\s+)?"
TIMESTAMP = re.compile(
    rf"(?P<updated>{_UPDATED})?[\[(]?(?P<time>{_CLOCK}(?:\s*\(?{_ZONE}\)?)?)[\])]?"
    rf"(?:\s*(?:{_DASH}|:)(?:\s+|$)|[^\S\n]*(?:\n\s*|$))",
    re.MULTILINE,
)
# A live blog's bare stamp: a time alone opening the entry's text ("11:40 The leaders have
# signed", «12:05 Путин прибыл»). Only a blog's when two paragraphs or more open so, since
# one sentence may open with a time ("9:30 was the hour set").
_BARE_TIMESTAMP = re.compile(
    rf"(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d(?:[^\S\n]+{_ZONE})?)(?![^\S\n]*{_AM_PM})"
    r"[^\S\n]+(?=\w)",
    re.MULTILINE,
)


def _stamped_paragraphs(text):
    """How many paragraphs of ``text`` open with a bare stamp."""
    return sum(
        1
        for line in re.finditer(r"^[^\S\n]*", text, re.M)
        if _BARE_TIMESTAMP.match(text, line.end())
    )


# A readout's stamp under its title: "May 24, 2002, 13:40, The Kremlin, Moscow": the day and
# time of what it reports, and where.
# A live page's entry stamp has it too, split by slashes: "July 9, 2024 / 9:30 PM EDT".
_STAMP = re.compile(
    rf"{_DATE}(?:,|[^\S\n]+/)?[^\S\n]+(?:(?i:at)[^\S\n]+)?(?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d"
    rf"(?:[^\S\n]*{_AM_PM})?(?:[^\S\n]*\(?{_ZONE}\)?)?)"
    r"(?:,[^\S\n]*(?P<place>[^,\n]+(?:,[^,\n]+){0,2}))?[^\S\n]*(?:\n\s*|$)",
    re.MULTILINE,
)

# A date on a line of its own above the story, under the headline: "December 16, 2009",
# "Wednesday, 16 December 2009", «16 декабря 2009 года»: the day the story was filed.
_DATE_LINE = re.compile(
    rf"(?:{_DATE}|(?P<day3>\d{{1,2}})\s+(?P<month3>{_RU_MONTH})"
    rf"(?:\s+(?P<year3>{_YEAR})(?:\s*(?:г\.|года))?)?)[^\S\n]*(?:\n\s*|$)",
    re.MULTILINE,
)

# A digest's day label: "Mon:", "Tue 23:", "Wed–Thu:", "Thursday, 25 Nov:", "Jan:",
# "Spring:", «Пн:», «Вторник:», «В пятницу:», «Январь:», «Весной:».
_RU_LABEL_WEEKDAYS = {
    **RU_WEEKDAYS_ACCUSATIVE,
    "пн": 0, "вт": 1, "ср": 2, "чт": 3, "пт": 4, "сб": 5, "вс": 6, "среда": 2, "пятница": 4,
    "суббота": 5,
}  # fmt: skip
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_RU_SEASONS = {"весн": "spring", "лет": "summer", "осен": "autumn"}
_LABEL_WEEKDAY = rf"(?:{_WEEKDAY}|(?i:(?:во?\s+)?(?:{_alternatives(_RU_LABEL_WEEKDAYS)}))\b\.?)"
_DAY_LABEL = re.compile(
    rf"(?:(?P<weekday>{_LABEL_WEEKDAY})(?:\s*{_DASH}\s*(?P<last>{_LABEL_WEEKDAY}))?"
    rf"(?:,?\s+(?P<day>{_DAY})(?:\s+(?P<month>{_MONTH}|{_RU_MONTH}))?)?"
    rf"|(?P<month2>{_MONTH}|(?i:(?:в\s+)?(?:{_alternatives(RU_MONTHS)}))\b)"
    r"|(?P<season>(?i:spring|summer|autumn|fall|весн(?:а|ой)|лет(?:о|ом)|осен(?:ь|ью))))"
    r"\s*:(?:[^\S\n]+|$)",
    re.MULTILINE,
)
# A digest's day heading, a line of its own: "MONDAY", "Tue–Wed", "Monday, March 3",
# "Thursday 25 November", «Понедельник»; with a year it is a date line (``_DATE_LINE``).
_DAY_HEADING = re.compile(
    rf"(?P<weekday>{_LABEL_WEEKDAY})(?:[^\S\n]*{_DASH}[^\S\n]*(?P<last>{_LABEL_WEEKDAY}))?"
    rf"(?:,?[^\S\n]+(?:(?P<day>{_DAY})(?:[^\S\n]+(?P<month>{_MONTH}|{_RU_MONTH}))?"
    rf"|(?P<month2>{_MONTH})[^\S\n]+(?P<day2>{_DAY})))?"
    r"[^\S\n]*(?:\n\s*|$)",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Dateline:
    """A dateline as read: its span in the text (the white space after it included) and
    what it says. ``month``, ``day`` and ``year`` are None where it leaves them out."""

    start: int
    end: int
    text: str
    place: str | None = None
    agency: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday=0, for a dateline that names only the weekday
    time: str | None = None  # a live blog's timestamp, as written ("14:05 GMT")
    asks: bool = False  # an interviewer's label ("Q:", "QUESTION:", «Вопрос:»)
    edited: bool = False  # an editor's update, correction or note, written beside the story
    # A digest's day label ("Fri:", "Wed–Thu:", "Jan:", "Spring:"), which dates its item:
    # then ``weekday`` to ``last_weekday``, ``day``, ``month`` or ``season`` give the day.
    dates_item: bool = False
    last_weekday: int | None = None
    season: str | None = None
    heads_section: bool = False  # a day heading, which dates the paragraphs under it

    @property
    def names_a_speaker(self):
        """Whether this is a label of who speaks next ("Q:", "REID:", "JAMES APPATHURAI (NATO
        Spokesman):"), as far as it can be told from one in capitals ("COUNCIL:"): ending in
        a colon, and neither a timestamp nor an editor's."""
        return self.text.endswith(":") and not (self.time or self.edited or self.dates_item)

    @property
    def stated_date(self):
        """The date when the dateline gives it in full, year included, else None."""
        return _safe_date(self.year, self.month, self.day) if self.year else None

    def day_given(self, published, filed=None):
        """The day this lead-in makes the text's "today": a dateline's ``date_before``; an
        editor's update or correction, written after the story, its own date (after
        publication too) and without a year the closest such day on or after ``filed``,
        the day of the dateline before it, else the one nearest ``published``. A day label
        dates its item (``item_date``), not the text."""
        if self.dates_item:
            return None
        if not self.edited:
            return self.date_before(published)
        if self.year:
            return self.stated_date
        after = filed or published - timedelta(days=182)
        if self.weekday is not None:
            return after + timedelta(days=(self.weekday - after.weekday()) % 7)
        if self.day is None:
            return None
        for year in range(after.year, after.year + 8):  # 29 February: a leap year
            day = _safe_date(year, self.month, self.day)
            if day and day >= after:
                return day
        return None

    def item_date(self, published, ahead):
        """The date a day label gives its item: the nearest such day, month or season to
        ``published``, on or after it if ``ahead``, else on or before it; "Tue 23" the 23rd
        nearest to it that is a Tuesday; "Wed–Thu" the two days; None if there is none."""
        if self.season:
            first, last = _SEASONS[self.season]
            year = published.year
            if ahead and published.month > last:
                year += 1
            elif not ahead and published.month < first:
                year -= 1
            start, end = date(year, first, 1), date(year, last, 1)
            return PartialDate(start, DatePrecision.MONTH, end, DateQualifier.WITHIN)
        if self.weekday is None:  # a month
            year = published.year
            if ahead and self.month < published.month:
                year += 1
            elif not ahead and self.month > published.month:
                year -= 1
            return PartialDate(date(year, self.month, 1), DatePrecision.MONTH)
        if self.day:
            steps = sorted(range(-190, 191), key=lambda n: (abs(n), (n < 0) == ahead))
            start = next(
                (
                    day
                    for day in (published + timedelta(days=n) for n in steps)
                    if day.day == self.day
                    and day.weekday() == self.weekday
                    and self.month in (None, day.month)
                ),
                None,
            )
            if start is None:
                return None
        elif ahead:
            start = published + timedelta(days=(self.weekday - published.weekday()) % 7)
        else:
            start = published - timedelta(days=(published.weekday() - self.weekday) % 7)
        end = None
        if self.last_weekday is not None and self.last_weekday != self.weekday:
            end = start + timedelta(days=(self.last_weekday - self.weekday) % 7)
        return PartialDate(start, DatePrecision.DAY, end)

    def date_before(self, published):
        """The day the story was filed: the dateline's own date; without a year the closest
        such day on or before ``published``; None if it gives no day, or one after
        publication (a dateline never is)."""
        if self.year:
            filed = self.stated_date
            return filed if filed and filed <= published else None
        if self.weekday is not None:
            return published - timedelta(days=(published.weekday() - self.weekday) % 7)
        if self.day is None:
            return None
        for year in range(published.year, published.year - 8, -1):  # 29 February: a leap year
            filed = _safe_date(year, self.month, self.day)
            if filed and filed <= published:
                return filed
        return None


def find_dateline(text, position=0):
    """The dateline starting at ``position`` of ``text``, or None.

    It may run over what the sentence splitter calls sentences ("МОСКВА, 12 марта. /ТАСС/.").
    A line of names alone ("BRUSSELS") is a headline, not a dateline.
    """
    for pattern in (RUSSIAN, ENGLISH, _DATE_AND_AGENCY):
        match = pattern.match(text, position)
        if match and match.group().strip() and _is_dateline(match, dateline := _read(match)):
            return dateline
    return None


def speaker_labels(text):
    """Where the labels of who speaks are, as the proposals read them (``find_lead_in``)."""
    found = (find_lead_in(text, line.start()) for line in re.finditer(r"^", text, re.M))
    return [(f.start, f.end) for f in found if f and f.names_a_speaker]


def find_lead_in(text, position=0):
    """What opens the paragraph at ``position`` of ``text`` and is no part of its quote: a
    timestamp (its ``time`` set), an editor's label or dated update or correction
    (``edited``), a label (nothing set: an interview's, or one in capitals that is no
    dateline) or a dateline; or None."""
    if match := TIMESTAMP.match(text, position):
        # An update stamp above the story ("Last updated: 16:30 BST" under a headline) is
        # the whole article's; one after a paragraph of it opens what was added then.
        entry = not match["updated"] or _STORY_PARAGRAPH.search(text, 0, position)
        # A time above a speaker's turn is a record's or a transcript's ("3.31 pm" over
        # "Mr. Ancram:"), not the stamp of a live blog's entry.
        turn = find_lead_in(text, match.end())
        entry = entry and not (turn and turn.names_a_speaker)
        return _label(match, time=match["time"] if entry else None)
    if (match := _BARE_TIMESTAMP.match(text, position)) and _stamped_paragraphs(text) >= 2:
        return _label(match, time=match["time"])
    if (match := _STAMP.match(text, position)) and (match["year"] or match["year2"]):
        return replace(_read(match), time=match["time"])
    if match := _EDITED.match(text, position):
        return replace(_read(match), edited=True)
    above_story = not _STORY_PARAGRAPH.search(text, 0, position)
    if above_story and (match := _DATE_LINE.match(text, position)) and _read(match).day:
        return _read(match)  # a weekday alone is a heading
    if match := _SPEAKERS_LABEL.match(text, position):
        return replace(_label(match), asks=bool(_ASKS.match(match.group())))
    if match := _EDITORS_LABEL.match(text, position):
        return replace(_label(match), edited=True)
    # A month alone in capitals ("MAY:", "JAN:") is a transcript's speaker rather.
    if (match := _DAY_LABEL.match(text, position)) and not (match["month2"] or "").isupper():
        return _day_label(match)
    if match := _DAY_HEADING.match(text, position):
        return replace(_day_label(match), heads_section=True)
    if dateline := find_dateline(text, position):
        return dateline
    if match := _TRANSCRIPT_SPEAKER.match(text, position):
        label = match.group().strip()
        asks = _ASKS.match(re.sub(_RUNNING_TIME, "", label))
        return replace(_label(match), asks=bool(asks))
    if match := _CAPITALS_LABEL.match(text, position):
        return _label(match)
    return None


# The end of a paragraph of the story: a sentence's end, then a line's.
_STORY_PARAGRAPH = re.compile(r"[.!?][»\"”'’)]*[^\S\n]*\n")


def _is_dateline(match, dateline):
    """Whether what ``match`` read has what a dateline has: a place in capitals, or a date
    or an agency."""
    if dateline.day or dateline.weekday is not None or dateline.agency:
        return True
    if match.groupdict().get("alone") is not None or not dateline.place:
        return False
    # In capitals, "BRUSSELS -", "REID: ": not "Sergei Lavrov - never one to mince words -";
    # a city and its country as written ("Moscow, Russia –") too.
    if all(word.upper() == word for word in match["head"].split()):
        return True
    city, _comma, country = dateline.place.partition(", ")
    places = known_places()
    return places.get(name_key(city)) in ("city", "capital") and places.get(name_key(country)) in (
        "country",
        "region",
    )


def _day_label(match):
    """A digest's day label, as read."""

    def weekday(word):
        key = re.sub(r"^во?\s+", "", word.rstrip(".").lower())
        return WEEKDAYS[key] if key in WEEKDAYS else _RU_LABEL_WEEKDAYS[key]

    groups = match.groupdict()
    season = groups.get("season") and groups["season"].lower()
    month = match["month"] or match["month2"]
    month = month and re.sub(r"^в\s+", "", month, flags=re.IGNORECASE)
    day = groups.get("day") or groups.get("day2")
    return replace(
        _label(match),
        dates_item=True,
        weekday=weekday(match["weekday"]) if match["weekday"] else None,
        last_weekday=weekday(match["last"]) if match["last"] else None,
        day=int(re.match(r"\d+", day).group()) if day else None,
        month=(RU_MONTHS.get(month.lower()) or _month(month)) if month else None,
        season=next((v for k, v in _RU_SEASONS.items() if season.startswith(k)), season)
        if season
        else None,
    )


def _label(match, time=None):
    return Dateline(match.start(), match.end(), match.group().strip(), time=time)


def _read(match):
    groups = {name: value for name, value in match.groupdict().items() if value}
    month = groups.get("month") or groups.get("month2") or groups.get("month3")
    day = groups.get("day") or groups.get("day2") or groups.get("day3")
    year = groups.get("year") or groups.get("year2") or groups.get("year3")
    if iso := groups.get("iso"):
        year, month, day = iso.split("-")
    agency = next((groups[name] for name in groups if name.startswith("agency")), None)
    weekday = groups.get("weekday")
    return Dateline(
        start=match.start(),
        end=match.end(),
        text=match.group().strip(),
        place=groups.get("place"),
        agency=agency.strip() if agency else None,
        year=int(year) if year else None,
        month=_month(month) if month else None,
        day=int(re.match(r"\d+", day).group()) if day else None,
        weekday=WEEKDAYS[weekday.rstrip(".").lower()] if weekday else None,
    )


def _month(text):
    key = text.rstrip(".").lower()
    if key.isdigit():
        return int(key)
    return MONTHS.get(key) or RU_MONTHS_GENITIVE.get(key) or RU_MONTH_ABBREVIATIONS[key]


def _safe_date(year, month, day):
    try:
        return date(year, month, day)
    except (TypeError, ValueError):
        return None
