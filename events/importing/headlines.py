"""What stands above a story's body. The year a retrospective's headline gives its story:
"Bucharest 2008: the summit that split the alliance", «Саммит 2008 года: …»; a day or
month its body writes without a year is of that year until the body names one of its own
(``temporal`` reads them). And the deck, which sums the story up above its byline."""

import re
from dataclasses import dataclass

from .gazetteer import known_places, russian_city_names
from .names import GIVEN_NAME_KEYS, fold_word, name_key

# Any number a year could be; more than one in the headline and standfirst, and none is
# the story's ("From Bucharest 2008 to Vilnius 2023", "Resolution 1244 and the 1999 war").
_NUMBER = re.compile(
    r"(?<![\w.,/])(?<!\d[-\u2013\u2014])(?<!\d\s[-\u2013\u2014]\s)\d{4}(?![\w/]|[.,]\d|\s*[-\u2013\u2014]\s*\d)"
)
_YEAR = r"(?P<year>\d{4})"
_NAME = r"[A-ZА-ЯЁ][\w\u2019'-]*"
# The forms that say a year is when the story happened, not part of a name or a target:
# "2008: …" heading it; "in 2008", "of 2008"; "the 2008 summit"; a city's event,
# "Bucharest 2008", «Бухарест-2008» (a programme's "NATO 2030" or "Agenda 2030" is no
# place's); «в 2008 году», «саммит 2008 года» (not «до 2030 года», a target).
_OF_THE_STORY = [
    re.compile(pattern)
    for pattern in (
        rf"^{_YEAR}\s*[:\u2013\u2014-]",
        rf"(?i:\b(?:in|of|during)\s+){_YEAR}\b",
        rf"(?i:\bthe\s+){_YEAR}\s+[a-z]",
        rf"(?P<place>{_NAME}\s{_NAME})(?:,?\s|-){_YEAR}\b",  # "New Delhi 2008"
        rf"(?P<place>{_NAME})(?:,?\s|-){_YEAR}\b",
        rf"(?<!\bдо\s)(?<!\bк\s)(?<!\bс\s)(?<!\bпо\s){_YEAR}\s+(?:г\.|год(?:а|у)\b)",
    )
]


@dataclass(frozen=True)
class HeadlineYear:
    """The year the headline (or the standfirst under it) gives the story."""

    year: int
    words: str  # "Bucharest 2008", as written
    body_start: int  # where the story's body starts in the text, after the two


def headline_year(title, text, published):
    """The one year before publication that the headline ``title`` or the standfirst of
    ``text`` names as when its story happened, or None."""
    standfirst, body_start = _standfirst(title, text)
    words = f"{title.strip()}\n{standfirst}"
    if len({number.group() for number in _NUMBER.finditer(words)}) != 1:
        return None
    found = (
        m for line in words.splitlines() for p in _OF_THE_STORY for m in p.finditer(line.strip())
    )
    for match in found:
        year = int(match.group("year"))
        place = match.groupdict().get("place")
        if place and not _a_city_or_country(place):
            continue
        if 1000 <= year < published.year:
            return HeadlineYear(year, match.group().strip(" :-\u2013\u2014"), body_start)
    return None


def _a_city_or_country(name):
    return name_key(name) in known_places() or name.lower().replace("ё", "е") in (
        russian_city_names()
    )


def _standfirst(title, text):
    """The standfirst: the paragraph under the headline at the top of ``text``, set
    without a full stop as a headline is (a paragraph of the body ends with one), and
    where the body starts after them (0 when the text does not open with the headline)."""
    paragraphs = list(re.finditer(r"[^\n]+(?:\n[^\n]+)*", text))
    if not paragraphs or _folded(paragraphs[0].group()) != _folded(title) or not title.strip():
        return "", 0
    if len(paragraphs) > 1 and not re.search(r"[.!?]['\"\u201d\u00bb]?\s*$", paragraphs[1][0]):
        return paragraphs[1].group(), paragraphs[1].end()
    return "", paragraphs[0].end()


def _folded(words):
    return " ".join(words.split()).casefold()


def deck(text):
    """The (start, end) of the deck at the top of ``text``: a paragraph or two written as
    sentences under the headline (and a rubric), above the byline, the author's name or
    the date line ("By Jane Doe", «Ксения Лавренова», "May 21, 2020"). It sums the story
    up; the body tells its facts, dated. (One set as a headline is, without full stops, is
    the standfirst ``headline_year`` reads.)"""
    found = []
    for paragraph in list(_PARAGRAPHS.finditer(text))[:_TOP]:
        if _furniture(paragraph.group()):
            return found
        if not _ENDS_AS_A_SENTENCE.search(paragraph.group()):
            if found or any(map(_furniture_line, paragraph.group().splitlines())):
                return []  # a subhead under a lede, or a stamp the body starts under
            continue  # the headline, a rubric
        if len(found) == 2 or len(paragraph.group().split()) > _DECK_WORDS:
            return []
        found.append(paragraph.span())
    return []


_PARAGRAPHS = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_TOP = 6  # a rubric, the headline, a deck of two paragraphs, the byline and the date
_DECK_WORDS = 70
_ENDS_AS_A_SENTENCE = re.compile(r"[.!?…]['\"\u201d\u2019\u00bb)]*\s*$")
_BYLINE = re.compile(r"(?i:by|автор:?)\s+\S")
# A day of a year: "May 21, 2020", "4.4.2023 17:42 • Updated", «2 августа 2019», not a
# caption's "Zapad-2017 exercise".
_DATE_LINE = re.compile(
    r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+"
    r"|\b\d{1,2}\s+(?:январ|феврал|марта|апрел|мая|июн|июл|август|сентябр|октябр|ноябр|"
    r"декабр)[а-я]*\s+|\b\d{1,2}[./]\d{1,2}[./])(?:19|20)\d\d(?!\d)"
)
_NAME_LINE = re.compile(r"(?P<given>[A-ZА-ЯЁ][\w'\u2019-]+)(?:\s+[A-ZА-ЯЁ][\w.'\u2019-]+){1,2}")
# A Russian surname by its ending: «Лавренова», «Ильин», «Воронин», «Шевчук».
_RUSSIAN_SURNAME = re.compile(
    r"[А-ЯЁ][а-яё-]+(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|ко|ук|юк|ич|"
    r"ян|дзе|швили)"
)


def _furniture(paragraph):
    """Whether ``paragraph`` is the byline, the author's name or the date line above a
    story: short lines, none a sentence, one of them such a line."""
    lines = paragraph.splitlines()
    if any(len(line.split()) > 8 or _ENDS_AS_A_SENTENCE.search(line) for line in lines):
        return False
    return any(map(_furniture_line, lines))


def _furniture_line(line):
    line = line.strip()
    return bool(_BYLINE.match(line) or _DATE_LINE.search(line)) or _a_name_alone(line)


def _a_name_alone(line):
    """ "Jane Doe", «Ксения Лавренова»: a given name known, or a Russian surname's ending."""
    name = _NAME_LINE.fullmatch(line)
    return bool(name) and (
        fold_word(name["given"]) in GIVEN_NAME_KEYS
        or bool(_RUSSIAN_SURNAME.fullmatch(line.split()[-1].capitalize()))  # or «ЛАВРЕНОВА»
    )
