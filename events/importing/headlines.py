"""The year a retrospective's headline gives its story: "Bucharest 2008: the summit that
split the alliance", «Саммит 2008 года: …». A day or month its body writes without a year
is of that year until the body names one of its own (``temporal`` reads them)."""

import re
from dataclasses import dataclass

from .gazetteer import known_places, russian_city_names
from .names import name_key

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
