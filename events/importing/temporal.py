"""The import's temporal tagger: the dates a news sentence gives, resolved and explained.

Each expression is found by a rule (a pattern and a resolver), resolved against the
text's "today" (the day its dateline gives, else the publication date), and kept at the
precision the words give: "in 1997" is a year, "in March" a month, never a day. Relative
expressions ("Sunday", "last week", "a year ago") point back or forward by the tense of
their own clause, and every reading carries a note saying how it was reached, which the
editor sees and keeps.
Only the import uses these rules; ``events/dates.py`` still formats every date shown.
"""

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from events.dates import DatePrecision, DateQualifier, PartialDate, period_end, truncate
from events.models import Language

from .calendar_words import (
    MONTH_NAMES,
    MONTHS,
    RU_MONTH_ABBREVIATIONS,
    RU_MONTHS,
    RU_ORDINAL_DAYS,
    WEEKDAYS,
)
from .cues import (
    GATHERINGS_AND_VISITS,
    act_at,
    event_type,
    names_an_occasion,
    names_the_act,
    shares_stem,
)
from .modality import (
    IRREGULAR_PAST,
    PUT_OFF,
    RELATIVE_OPENING,
    clause_around,
    following_verb,
    in_the_present,
    looks_ahead,
    not_after,
    quotations,
    relative_clauses,
    reported_content,
    reports_something,
    talked_of,
    told_in_the_past,
)
from .sentences import heads_an_entry

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
FINENESS = {DAY: 0, MONTH: 1, YEAR: 2}
UNIT_PRECISION = {"day": DAY, "week": DAY, "month": MONTH, "year": YEAR, "decade": YEAR}
EXACT, APPROXIMATE = DateQualifier.EXACT, DateQualifier.APPROXIMATE
BY, WITHIN = DateQualifier.NO_LATER_THAN, DateQualifier.WITHIN
NOT_BEFORE = DateQualifier.NO_EARLIER_THAN


@dataclass(frozen=True)
class DateMention:
    """A temporal expression of a sentence with the date it gives."""

    text: str  # as written, modifiers ("since", "about") included
    start: int  # offsets in the sentence searched
    end: int
    date: PartialDate
    note: str
    relative: bool  # resolved against the publication date or an earlier date
    # A date named only as a point of reference ("the first since 2002", "after the war in
    # August 2008"): later relative dates count from it, but it dates no fact.
    reference: bool = False
    # The date the words name when the fact's is another ("after December 2007" names
    # December 2007 but dates what followed it).
    named: PartialDate | None = None
    # Named as the earliest date of what is still to come ("no earlier than June"): the
    # fact is no plan with a date, only expected.
    earliest: bool = False
    # What it dates (``cues.Act``), where a later "two days after the summit" looks for
    # the summit.
    act: object = None
    # Counted back from the story's time ("the previous November"), or forward in what was
    # said ("announced on Feb. 1 that it would withdraw in six months"): a step away that
    # does not move the story, whose year "that May" is still of.
    stepped_back: bool = False
    # It says only when a quotation was said ("“…,” he told this newspaper in 2007").
    said: bool = False

    @property
    def anchor(self):
        """What later relative dates count from: the date the text named."""
        return self.named or self.date


def _names(words, abbreviations_need_dot):
    """A pattern for capitalised or all-capitals month or weekday names and abbreviations.

    Case matters: "may" and "march" are verbs, "May" and "March" months. A bare "Sun"
    or "Wed" is more often a word than a weekday, so those abbreviations need their dot.
    """
    forms = sorted({w.capitalize() for w in words} | {w.upper() for w in words}, key=len)
    short = [f for f in forms if any(w != f.lower() and w.startswith(f.lower()) for w in words)]
    full = [form for form in forms if form not in short]
    end = r"\." if abbreviations_need_dot else r"(?:\.|\b)"
    return (
        f"(?:(?:{'|'.join(re.escape(form) for form in reversed(full))})\\b"
        f"|(?:{'|'.join(re.escape(form) for form in reversed(short))}){end})"
    )


MONTH_NAME = _names(MONTHS, abbreviations_need_dot=False)
WEEKDAY_NAME = _names(WEEKDAYS, abbreviations_need_dot=True)
D = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
Y = r"(?:1[6-9]\d\d|20\d\d)"
# A year alone is no bound of a span of numbers no span of years takes: "cut to 1700–2200
# warheads", «до 1700–2200».
NOT_A_QUANTITY_S_BOUND = r"(?!\s*[\u2013\u2014]\s*\d{3})"
TO = r"\s*(?:[-\u2013\u2014]|\bto\b|\buntil\b|\btill\b|\bthrough\b)\s*"
AND = r"\s*(?:[-\u2013\u2014]|\bto\b|\band\b|\buntil\b|\btill\b|\bthrough\b|&)\s*"
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "several": None,
    "a few": None,
    "few": None,
}
# Days of the month written as words: "the twelfth of March", "March twenty-eighth".
_ORDINAL_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]
ORDINAL_DAYS = {
    **{word: n for n, word in enumerate(_ORDINAL_UNITS, 1)},
    **{
        word: n
        for n, word in enumerate(
            [
                "tenth",
                "eleventh",
                "twelfth",
                "thirteenth",
                "fourteenth",
                "fifteenth",
                "sixteenth",
                "seventeenth",
                "eighteenth",
                "nineteenth",
                "twentieth",
            ],
            10,
        )
    },
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_ORDINAL_UNITS, 1)},
    "thirtieth": 30,
    "thirty-first": 31,
}
ORDINAL_DAY = (
    r"(?i:(?:twenty[\s-](?:"
    + "|".join(_ORDINAL_UNITS)
    + r")|thirty[\s-]first|"
    + "|".join(sorted((w for w in ORDINAL_DAYS if "-" not in w), key=len, reverse=True))
    + r")\b)"
)
# Counts in words are read whole or not at all: "twenty-five", "a hundred", "two dozen",
# never the "five" of "twenty-five" nor the "fifty" of "a hundred and fifty".
_UNIT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
NUMBER_WORDS.update(
    {
        f"{tens}-{unit}": n + u
        for tens, n in _TENS_WORDS.items()
        for u, unit in enumerate(_UNIT_WORDS, 1)
    }
)
NUMBER_WORDS.update({"a dozen": 12, "two dozen": 24, "a hundred": 100, "one hundred": 100})
_SIMPLE_COUNT = "|".join(
    sorted((k for k in NUMBER_WORDS if " " not in k and "-" not in k), key=len, reverse=True)
)
COUNT = (
    r"(?<![\w-])(?<!hundred\s)(?<!hundred\sand\s)(?<!dozen\s)"
    + "".join(rf"(?<!{tens}\s)" for tens in _TENS_WORDS)
    + rf"(?:\d{{1,3}}|(?:{'|'.join(_TENS_WORDS)})[\s-](?:{'|'.join(_UNIT_WORDS)})"
    + r"|(?:a|one)\s+hundred|(?:a|two)\s+dozen|a\s+few|"
    + _SIMPLE_COUNT
    + r")(?![\w-])(?!\s+(?:hundred|dozen|thousand)\b)"
)
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


# A part of a period: "the end of", "the middle of", "the first half of".
PART_OF = (
    r"the\s+(?:very\s+)?(?:end|start|beginning|middle|(?:first|second)\s+half|"
    r"(?:first|last)\s+(?:week|days?|months?))\s+of"
)
# A time of the day: "4 p.m.", "16:30", "dawn", "midnight".
TIMES_OF_DAY = (
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|noon|midday|midnight|dawn|"
    r"dusk|daybreak|sunrise|sunset|nightfall"
)
# What opens a clause joined to the one before: "…, and", "; but".
_CLAUSE_JOINED = re.compile(r"(?:;|\b(?:and|but|yet|while))\s*$")
DEADLINE = re.compile(rf"(?i:\b(?:by|until|till|(?<!not\s)(?<!no\s)before)\s+(?:{PART_OF}\s+)?)$")
# What did not happen until a date, its clause's verb denied before it: "Contacts did not
# resume until December 2009" resumed then, which is no deadline but the act's date.
_NOT_UNTIL = re.compile(
    r"(?i:\b(?:did|was|were|had)(?:\s+not|n['\u2019]t)\b[^,;:.]*?\b(?:until|till)\s+)$"
)
# A deadline that a past verb meets, its object at most between: "recalled its envoy by
# December", "shut its mission before Christmas" were done by then. Not one set for another
# ("ordered them out by June") nor an infinitive's ("agreed to leave by June", "threatened
# to cut supplies before Christmas").
_DONE_BY = re.compile(
    r"(?i:\b(?<!\bto\s)(?!(?:asked|urged|ordered|demanded|requested|invited|expected|called|"
    r"pressed|wanted|needed|planned|scheduled|pledged|promised|vowed|agreed|decided|insisted|"
    r"proposed|suggested|recommended|required|warned|told)\b)"
    r"(?:[a-z]{3,}ed|withdrew|left|sent|took|made|held|met|built|sold|paid|drew|knew|brought|"
    r"began|won|lost|found|cut|shut|quit|put|set)"
    # The object: "to" only as a preposition ("to NATO", "to the alliance"), not an
    # infinitive's ("to leave").
    r"(?:\s+(?!to\s+(?!(?-i:[A-Z])|(?:the|its|his|her|their|a|an)\b))[\w'\u2019-]+){0,6}"
    rf"\s+(?:by|before|until|till)\s+(?:{PART_OF}\s+)?)$"
)


# How long before the text's today an act is the story's news, which what is said or done
# "after the ceremony", or by its people in the next sentence, is of: a week; one months old
# is recalled ("was appointed envoy in July. Rogozin said he had …").
NEWS_OF_THE_DAY = timedelta(days=7)


def of_the_day(named, today):
    """Whether the date ``named`` ends within ``NEWS_OF_THE_DAY`` before ``today``."""
    last = period_end(named.end or named.start, named.precision)
    return timedelta(0) <= today - last <= NEWS_OF_THE_DAY


class Story:
    """What an article has told before a sentence, which the sentence's relative dates
    count from: its "today", the year its headline gives, and every date named so far."""

    def __init__(
        self, published, language=Language.ENGLISH, filed=None, year=None, anniversary=False
    ):
        self.published = published
        self.language = language  # the article's (``events.models.Language``)
        # The day the story was filed, when a dateline gives it.
        self.filed = filed
        # The year the headline gives the story (``headlines.HeadlineYear``), which a day or
        # month without a year in a clause telling what happened is of.
        self.year = year
        # An "on this day" column's (``ANNIVERSARY_COLUMN``): its entries ("In 2002, …",
        # "Ten years ago: …") are of its day.
        self.anniversary = anniversary
        self.anchors = []  # the dates (PartialDate) named so far, oldest first
        # Of them, by identity: those named only as a point of reference ("the first since
        # July 2019"), which "the same afternoon" is never of; the act each dates, which
        # "two days after the summit" counts from; those counted back from the story's time
        # ("the previous November"), whose year "that May" is not of; and those saying only
        # when a quotation was said ("he told us in 2007").
        self.references = set()
        self.acts = {}
        self.stepped_back = set()
        self.sayings = set()

    @property
    def today(self):
        """The text's "today": the day its story was filed when a dateline gives it, else
        the publication date. "Yesterday", "on Wednesday" and "this year" count from it."""
        return self.filed or self.published

    def name(self, anchor):
        """A date named other than by a sentence's words (a digest's day label): later
        relative dates count from it too."""
        self.anchors.append(anchor)

    def tell(self, mentions):
        """Record a sentence's dates (``DateMention``), which later ones count from."""
        for mention in mentions:
            anchor = mention.anchor
            self.anchors.append(anchor)
            self.acts[id(anchor)] = mention.act
            for told, kept_in in (
                (mention.reference, self.references),
                (mention.stepped_back, self.stepped_back),
                (mention.said, self.sayings),
            ):
                if told:
                    kept_in.add(id(anchor))


# Words right before a date that say it was the last time so far: "most recently in
# March", "last in 2019".
_LOOKING_BACK = re.compile(r"(?i:\b(?:most\s+recently|last)\s+(?:(?:in|on|at)\s+)?$)")
# A promise or plan told in the past perfect: what it was for was due before the story's
# time ("Medvedev had promised that the withdrawal would start on Monday").
_HAD_PROMISED = re.compile(
    r"(?i:\bhad\s+(?:\w+ly\s+)?(?:promised|pledged|vowed|announced|said|agreed|undertaken|"
    r"insisted|assured|planned|intended|hoped|expected)\b)"
)
# "had been scheduled to meet on Wednesday": a plan's time, gone by as the plan was.
_HAD_BEEN_DUE = re.compile(
    r"(?i:\bhad\s+(?:\w+ly\s+)?been\s+(?:scheduled|due|set|slated|planned|expected)\s+"
    r"(?:to|for|on)\b)"
)
# A plan the past perfect sets for the date after it, which may lie either side of today.
_HAD_BEEN_SET_FOR = re.compile(
    r"(?i:\bhad\s+(?:\w+ly\s+)?been\s+(?:scheduled|due|set|slated|planned)\s+(?:for|on)\s+)$"
)
# "since taking office in", "since becoming envoy on": what was done before, whatever the
# main verb's tense.
_SINCE_DOING = re.compile(r"(?i:\bsince\s+\w+ing\b[^,;:.]{0,40}\s(?:in|on)\s+$)")


class Context(Story):
    """What a resolver knows: the story told before the sentence, the sentence and the
    match being read; the sentence's own dates read before the match are told to it when
    the match counts from them."""

    def __init__(self, sentence, story):
        super().__init__(
            story.published, story.language, story.filed, story.year, story.anniversary
        )
        self.anchors = list(story.anchors)
        self.references = set(story.references)
        self.acts = dict(story.acts)
        self.stepped_back = set(story.stepped_back)
        self.sayings = set(story.sayings)
        self.sentence = sentence
        self.told_before = len(self.anchors)  # the anchors of the sentences before
        self.own = 0  # how many of the anchors the sentence itself named
        self.previous_end = None  # where the sentence's last date before the match ends
        self.match = None
        self.counted_from = None  # the date named before that the last reading counted from

    @property
    def flashback(self):
        """The last date named, when the clause of the current match looks back from it
        (English past perfect: "had warned in April" after "in August 2008"), else None.
        Only a date named before, on or before the text's today, and not in reported
        speech ("said it had agreed in April" looks back from the saying)."""
        grammar = _grammar(self.language)
        if grammar.past_perfect is None or not self.anchors:
            return None
        start, end = self.match.span()
        clause = clause_around(self.sentence, start, end, self.language)
        if not grammar.past_perfect.search(clause):
            return None
        if grammar.reporting.search(self.sentence[:start]):
            return None
        if self.language == Language.ENGLISH and _HAD_BEEN_DUE.search(clause):
            return None  # "had been due to sign in April": when it was to be, not before
        last = self.anchors[-1]
        named = PartialDate(last.end or last.start, last.precision)
        return named if named.start <= self.today else None

    @property
    def headline_year(self):
        """The year the headline gives the story ("Bucharest 2008: …"), when the clause of
        the current match tells what happened ("On 3 April, the allies agreed"), else None:
        what looks ahead, or back from a date named before, keeps to its own reading."""
        if self.year is None or self.future or self.flashback or self.open_tense:
            return None
        start, end = self.match.span()
        if not told_in_the_past(self.sentence, start, end, self.language):
            return None
        return self.year

    @property
    def story_time(self):
        """The date the story has gone back to, when the clause of the current match tells
        what happened and the last date of the story's time is a day or month of an earlier
        year than the text's today, which a day named has taken it to ("On the evening of
        March 23, 1999, … The next day the bombing began. … On June 12, paratroopers took
        the airport"), else None. A later date of the present ("On Monday") has brought the
        story back; a point of reference, a step back or a saying moves it nowhere. A line
        with no verb the story knows ("June 12: paratroopers at Pristina airport", "Russian
        paratroopers, reaching the airport on June 12, dug in") goes on with the story, as a
        chronology's entry does: nothing in it looks elsewhere."""
        verbless = _verbless(self.sentence, self.language)
        if self.future or self.flashback or (self.open_tense and not verbless):
            return None
        last = self._gone_back_to()
        if last is None:
            return None
        start, end = self.match.span()
        if verbless or told_in_the_past(self.sentence, start, end, self.language):
            return last
        return None

    def _gone_back_to(self):
        """The last date of the story's time when a day named has taken it to an earlier
        year than the text's today, else None (``story_time``)."""
        told = self.references | self.stepped_back | self.sayings
        narrated = [anchor for anchor in self.anchors if id(anchor) not in told]
        if not narrated:
            return None
        last = narrated[-1]
        last = PartialDate(last.end or last.start, last.precision)
        if last.precision == YEAR or last.start.year >= self.today.year:
            return None
        if not any(a.precision == DAY and a.start.year == last.start.year for a in narrated):
            return None  # gone back by a day named, not only a month ("since March 1999")
        return last

    @property
    def future(self):
        """Whether the clause of the current match speaks of the future. A deadline
        ("by June 20", "until the end of March") does, unless a past perfect governs it
        ("had withdrawn by June 20", "By Thursday the caravan had reached Vienna")."""
        start, end = self.match.span()
        if self.language != Language.ENGLISH:
            return _grammar(self.language).future(self)
        if following_phrase(self.sentence, start) is not None:
            return False  # "due on Thursday, following talks on Monday": what came before
        if _LOOKING_BACK.search(self.sentence, 0, start):
            return False  # "still meets, most recently in March": the last time was before
        if _SINCE_DOING.search(self.sentence, 0, start):
            return False  # "his first visit since taking office in August": done before
        if _HAD_PROMISED.search(self.sentence, 0, start):
            return False  # "had promised the withdrawal would start on Monday": gone by
        if _HAD_BEEN_DUE.search(clause_around(self.sentence, start, end)):
            return False  # "had been scheduled to meet on Wednesday"
        if self.heads_a_chronology_entry():
            return False
        if talked_of(self.sentence, start) and not told_in_the_past(self.sentence, start, end):
            return True  # "There is talk of another meeting in the autumn": to come
        return self._ahead(start, end)

    def heads_a_chronology_entry(self):
        """Whether the current match heads a chronology's entry in the present ("16 August:
        Medvedev signs the ceasefire"): a historical present, which says neither way, so
        the entry's date is the nearest."""
        start, end = self.match.span()
        return heads_an_entry(self.sentence, start, end) and in_the_present(
            self.sentence, start, end
        )

    @property
    def after_ahead(self):
        """Whether the current match is in a phrase of what comes before ("following talks
        on Monday", "after the summit in April") in a clause that looks ahead: what it
        names precedes what is to come, and may be past or still ahead, so the nearest."""
        if self.language != Language.ENGLISH:
            return False
        opening = following_phrase(self.sentence, self.match.start())
        return opening is not None and self._ahead(*opening.span())

    def _ahead(self, start, end):
        if looks_ahead(self.sentence, start, end):
            return True
        if _governed_from_ahead(self.sentence, start) == "present":
            return True
        if _due(self.sentence, start) or _CALLED_FOR.search(self.sentence, 0, start):
            return True
        before = self.sentence[:start]
        clause = clause_around(self.sentence, start, end, self.language)
        had = re.search(r"\bhad\b", before[-80:]) or re.search(r"\bhad\b", clause)
        deadline = DEADLINE.search(before)
        if had or not deadline or _NOT_UNTIL.search(before):
            return False
        # A deadline a past verb governs in a story gone back to an earlier year is of that
        # time ("Paratroopers, in Pristina by June 12, held the airport"), not still ahead,
        # nor one that opens the sentence or a clause joined to it ("By Wednesday, soldiers
        # were sharing checkpoints", "… contradicted him, and by Sunday he was describing").
        told = told_in_the_past(self.sentence, start, end, self.language)
        opens = not before[: deadline.start()].strip() or _CLAUSE_JOINED.search(
            before, 0, deadline.start()
        )
        return not (told and (opens or self._gone_back_to() or _DONE_BY.search(before)))

    @property
    def open_tense(self):
        """Whether nothing says which way the current match lies from the text's today: it
        is in a noun phrase that a clause looking ahead opens ("ahead of the summit in
        Bucharest, April 2-4"), or in a sentence with no verb ("Next month: a summit in
        Astana (Dec 1-2)"), or in what a proposal, invitation or plan names ("proposed an
        informal meeting in the spring", "invited Lavrov to visit in March"): it may lie
        either side of the proposing. The nearest such date to today is then meant. Not a
        date alone ("7–8 April", as typed in the admin): that is a fact's, looked back on as
        a weekday alone is."""
        if self.language != Language.ENGLISH:
            return False
        if _governed_from_ahead(self.sentence, self.match.start()) == "noun phrase":
            return True
        if _proposed(self.sentence, self.match.start()):
            return True
        if _HAD_BEEN_SET_FOR.search(self.sentence, 0, self.match.start()):
            return True  # "a visit that had been planned for Nov. 25": called off or not
        if self.after_ahead or self.heads_a_chronology_entry():
            return True
        besides = self.sentence[: self.match.start()] + self.sentence[self.match.end() :]
        return bool(re.search(r"\w", besides)) and not _any_verb(self.sentence)

    def last_named(self, precision=YEAR, facts_only=False, narrated=False):
        """The last period of the last date named, if it is known at least to ``precision``;
        else a finer date named before it that falls inside it ("in 2002 … on 28 May 2002 …
        in 2002"), else None: a date named before a coarser one is no longer the story's
        "then" ("On 11 September 2001 … Five years later … The following week" is not
        counted from September 2001). With ``facts_only``, of the dates of a fact alone,
        not those named as a point of reference; with ``narrated``, of the story's time, not
        a step back from it ("In March 2009 … the previous November … That May" is 2009's)."""
        anchors = self._without_later_saying(self.anchors, precision)
        if facts_only:
            anchors = [anchor for anchor in anchors if id(anchor) not in self.references]
        if narrated:
            anchors = [anchor for anchor in anchors if id(anchor) not in self.stepped_back]
        if not anchors:
            return None
        last = _its_last_period(anchors[-1])
        if FINENESS[last.precision] <= FINENESS[precision]:
            self.counted_from = last
            return last
        until = period_end(last.start, last.precision)
        for anchor in reversed(anchors[:-1]):
            named = _its_last_period(anchor)
            fine = FINENESS[named.precision] <= FINENESS[precision]
            if fine and last.start <= named.start <= until:
                self.counted_from = named
                return named
        return None

    def _without_later_saying(self, anchors, precision):
        """``anchors`` without the last one when it says only when a quotation was said,
        later than the period after the date before it ("… on May 27, 1997. “…,” he told
        this newspaper in 2007. He was appointed … the following year" is 1998): an aside
        from a later time, and the story goes on from its own. A saying no later than that
        ("On Monday … “…,” Lavrov said on Tuesday. The next day …") is the story's time."""
        if len(anchors) < 2 or id(anchors[-1]) not in self.sayings:
            return anchors
        before = anchors[-2]
        following = period_end(
            period_end(before.end or before.start, precision) + timedelta(days=1), precision
        )
        return anchors[:-1] if anchors[-1].start > following else anchors

    def last_to_come(self):
        """The last date of a fact named that is still to come after the text's today, or
        None."""
        return self._last_fact(lambda anchor: anchor.start > self.today)

    def last_day_named(self):
        """The last date of a fact named to the day, or None."""
        return self._last_fact(lambda anchor: anchor.precision == DAY)

    def last_gone_by(self):
        """The last date of a fact named that is over by the text's today, or None."""
        return self._last_fact(lambda anchor: anchor.last_day <= self.today)

    def _last_fact(self, fits):
        return next(
            (
                _its_last_period(anchor)
                for anchor in reversed(self.anchors)
                if id(anchor) not in self.references and fits(anchor)
            ),
            None,
        )

    def last_act(self, noun, before_the_sentence=False, kinds=None, where=""):
        """The last date of a fact whose clause reports an act ``noun`` may name ("the
        summit" after "leaders met in Istanbul on 28 June"), or with no noun ("the day after
        it") the last date of a fact at all, of one of ``kinds`` if given, whose words hold
        ``where`` (a place's name, or its first letters) if given; None when the article
        dated none. A fact the clause tells as done was at no act still to come: the noun
        names an earlier one. ``before_the_sentence``: of the sentences before only."""
        told = self.anchors[: self.told_before] if before_the_sentence else self.anchors
        named = None
        for anchor in reversed(told):
            if id(anchor) in self.references or (
                anchor.start > self.today
                and told_in_the_past(self.sentence, *self.match.span(), self.language)
            ):
                continue
            act = self.acts.get(id(anchor))
            if kinds is not None and (act is None or act.kind not in kinds):
                continue
            if where and (act is None or where not in act.words):
                continue
            if noun is None or act and names_the_act(noun, act):
                named = named or anchor
                # "after the ceremony": the day's news, not one of years ago recalled since
                # ("the treaty they signed last September")
                if noun is None or of_the_day(anchor, self.today):
                    named = anchor
                    break
        if named is not None:
            self.counted_from = named
        return named

    def anchor_at(self, precision):
        """The day the last date named (known at least to ``precision``) starts, or None;
        of the story's time, not a step away from it ("would withdraw in six months")."""
        named = self.last_named(precision, narrated=True)
        return None if named is None else named.start

    @property
    def today_text(self):
        """Where the notes say relative dates were counted from."""
        published = f"an article published {_weekday_and_date(self.published)}"
        if self.today == self.published:
            return published
        return f"{published}, counted from its dateline's {_weekday_and_date(self.today)}"


def _its_last_period(named):
    """The last period of the date ``named`` (a span's end), as roughly as it was named:
    "the same day" after "two weeks ago" is about then too."""
    qualifier = APPROXIMATE if named.qualifier == APPROXIMATE else EXACT
    return PartialDate(named.end or named.start, named.precision, None, qualifier)


def _weekday_and_date(day):
    return f"{day:%A} {PartialDate(day).display}"


# --- Small helpers the resolvers share ------------------------------------------------


def _number(word):
    word = re.sub(r"[\s-]+", " ", word.lower())
    tens = re.fullmatch(r"(\w+) (\w+)", word)
    if tens and tens[1] in _TENS_WORDS and tens[2] in _UNIT_WORDS:
        word = f"{tens[1]}-{tens[2]}"  # "twenty five" as "twenty-five"
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _day(text):
    """The day of the month in "12", "12th", "the 12th", "twelfth", "twenty-eighth"."""
    text = re.sub(r"(?i:^the\s+)", "", text.strip())
    if digits := re.match(r"\d+", text):
        return int(digits.group())
    words = re.sub(r"\s+", "-", text.lower())
    return ORDINAL_DAYS.get(words) or RU_ORDINAL_DAYS[words]


def _month(text):
    key = text.rstrip(".").lower()
    if key in MONTHS:
        return MONTHS[key]
    return RU_MONTHS.get(key) or RU_MONTH_ABBREVIATIONS[key]


def _year(text, like=None):
    """A year; "99" after "1997-" is 1999."""
    if len(text) == 2 and like is not None:
        return like // 100 * 100 + int(text)
    return int(text)


def _safe_date(year, month, day):
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _guess_year(ctx, month, day=None, last=None):
    """The year of a month or day named without one: the text's today's, unless the
    tense points past it ("met on 20 December" in a January article is last year's).

    ``last`` (month, day) ends a range that starts at ``month`` and ``day``; the year is
    its end's. A range is of today's year when it reaches today looking ahead ("will meet
    on June 28-29" on 29 June) or has begun by it looking back: each end is checked.
    """
    first = (month, day or 1)
    last = last or first
    if (year := _year_of_month_named(ctx, month)) is not None:
        return year
    if (named := _year_named_before(ctx, month)) is not None:
        return named.start.year
    if day and (named := _its_month_named_before(ctx, month)) is not None:
        return named.start.year
    if (then := _story_year(ctx, month, day)) is not None:
        return then
    step = 1 if ctx.future else -1
    flashback = None if ctx.future else ctx.flashback
    if not ctx.future and flashback is None and ctx.open_tense:
        return _nearest_year(ctx.today, first, last, day is not None)
    today = period_end(flashback.start, flashback.precision) if flashback else ctx.today
    if flashback is None and (headline := ctx.headline_year) is not None:
        today = date(headline.year, 12, 31)
    reference = today if day else today.replace(day=1)

    def span(year):
        return _safe_date(year - (first > last), *first), _safe_date(year, *last)

    year = today.year
    for _ in range(9):  # 29 February: the nearest year that has it, the way the tense points
        start, end = span(year)
        if start and end and (end >= reference if ctx.future else start <= reference):
            return year
        year += step
    return today.year


def _its_month_named_before(ctx, month):
    """The month ``month`` of a year, named by the sentence itself before a day in it
    ("August 2008 - … ministers decide on Aug. 19", "In May 2002, … on May 28"), or None;
    never a month gone by for what is still to come."""
    named = ctx.anchors[len(ctx.anchors) - ctx.own :] if ctx.own else []
    months = [d for d in named if d.precision == MONTH and not d.end and d.start.month == month]
    if not months or (ctx.future and period_end(months[-1].start, MONTH) < ctx.today):
        return None
    return months[-1]


def _story_year(ctx, month, day=None):
    """The year of the day the story has gone back to (``Context.story_time``) for a
    ``month`` (and ``day``) on or after it in that year: the story goes on from it. One
    before it does not say which year it is of, and is read as usual."""
    then = ctx.story_time
    if then is None or (month, day or then.start.day) < (then.start.month, then.start.day):
        return None
    return then.start.year


def _year_of_month_named(ctx, month):
    """The year of "last month", "this month" or "next month" in the same sentence when it
    is ``month``: "Next month: a summit in Astana (Dec 1-2)" is of that December."""
    if ctx.language != Language.ENGLISH:
        return None
    for which in re.finditer(r"(?i:\b(last|this|next)\s+month\b)", ctx.sentence):
        step = {"last": -1, "this": 0, "next": 1}[which.group(1).lower()]
        named = _add_months(ctx.today.replace(day=1), step)
        if named.month == month:
            return named.year
    return None


def _year_named_before(ctx, month):
    """The date whose year a month or day named without one takes, by the rules of the
    language (``Grammar.year_named_before``), or None; never a year gone by for what is
    still to come ("Rasmussen visited in December 2009. The council will meet in December"
    is of the next December)."""
    named = _grammar(ctx.language).year_named_before(ctx, month)
    if named is not None and ctx.future and date(named.start.year, month, 1) < ctx.today:
        return None
    return named


def date_set_off_before(ctx, apposed):
    """The date a day or month without a year is set off after in the same phrase (the
    words between them ``apposed``): "1999 — On March 24", "In 1999, on March 24",
    «В прошлом году, в июне»; None if there is none or it is a span."""
    if ctx.own and apposed.fullmatch(ctx.sentence, ctx.previous_end, ctx.match.start()):
        named = ctx.anchors[-1]
        return named if named.end is None else None
    return None


# A relative clause opened after a comma and not yet closed: the comma after a date ends
# it (", which opened in 2001, on November 1"), and sets nothing off.
_RELATIVE_CLAUSE_OPEN = re.compile(rf"{RELATIVE_OPENING}[^,;:]*$")


# What sets a day or month off after a year: "1999 — On March 24", "In 1999, on March 24",
# "2002: May 28".
_APPOSED_TO_YEAR = re.compile(r"\s*(?:[,:\u2013\u2014]|\s-)\s*(?:(?i:in|on)\s+)?")


def _year_set_off_before(ctx, month):
    """A year a day or month without one is set off after (``date_set_off_before``)."""
    named = date_set_off_before(ctx, _APPOSED_TO_YEAR)
    # Not a count back ("A decade ago, in May": May of no year a decade ago).
    exact = named is not None and named.precision == YEAR and named.qualifier == EXACT
    return named if exact else None


def _nearest_year(today, first, last, has_day):
    """The year that puts the month and day ``first`` to ``last`` nearest ``today``."""

    def distance(year):
        start = _safe_date(year - (first > last), *first)
        end = _safe_date(year, *last)
        if start is None or end is None:
            return timedelta.max
        end = end if has_day else period_end(end, MONTH)
        if start <= today <= end:
            return timedelta(0)
        return min(abs(start - today), abs(end - today))

    return min((today.year, today.year + 1, today.year - 1), key=distance)


def _note_inferred_year(ctx, result):
    if (named := _year_named_before(ctx, result.start.month)) is not None:
        return (
            f"“{ctx.match.group().strip()}” gives no year; in that of {named.display}, the "
            f"date named just before it: {result.display}"
        )
    day = result.start.day if result.precision == DAY else None
    if (then := _story_year(ctx, result.start.month, day)) is not None:
        return (
            f"“{ctx.match.group().strip()}” gives no year; its clause tells what happened after "
            f"{ctx.story_time.display}, the date the story has gone back to, so in {then}: "
            f"{result.display}"
        )
    flashback = None if ctx.future else ctx.flashback
    if flashback is not None:
        return (
            f"“{ctx.match.group().strip()}” gives no year; its clause looks back from "
            f"{flashback.display}, the date named before it (past perfect), so before it: "
            f"{result.display}"
        )
    if (headline := ctx.headline_year) is not None:
        return (
            f"“{ctx.match.group().strip()}” gives no year; its clause tells what happened, in "
            f"the year from the headline, {headline.year} (“{headline.words}”): "
            f"{result.display}"
        )
    if _year_of_month_named(ctx, result.start.month) is not None:
        way = "the month the sentence names as last, this or next month"
    elif ctx.future:
        way = "looking ahead"
    elif ctx.open_tense:
        way = "no verb says which way, so the nearest"
        if ctx.heads_a_chronology_entry():
            way = "a chronology's entry in the present says neither way, so the nearest"
        elif _proposed(ctx.sentence, ctx.match.start()):
            way = "what is proposed may come before or after the proposing, so the nearest"
        elif _HAD_BEEN_SET_FOR.search(ctx.sentence, 0, ctx.match.start()):
            way = "what had been planned for it may lie before or after today, so the nearest"
    else:
        way = "looking back"
    text = ctx.match.group().strip()
    return f"“{text}” gives no year; in {ctx.today_text}, {way}: {result.display}"


def _stated(ctx, result):
    """No note yet: ``find_dates`` writes it once the modifiers around the date are known."""
    return None


def _relative(ctx, result, how=""):
    how = f" ({how})" if how else ""
    return f"“{ctx.match.group().strip()}” in {ctx.today_text}{how}: {result.display}"


def counted_note(ctx, base, result, bound=""):
    """The note of a date counted from ``base``, the date named before it (``bound``: what
    words such as "less than" made of it)."""
    named = ctx.counted_from
    if named is None or named.start != base:
        named = PartialDate(base)
    how = f"counted from {named.display}, the date named before it"
    how += f" ({bound})" if bound else ""
    return f"“{ctx.match.group().strip()}”, {how}: {result.display}"


def _range(start, end, precision, qualifier=EXACT):
    """A PartialDate over a span, or a single period if both ends are the same."""
    if end is None or end <= start:
        return PartialDate(start, precision, None, EXACT if qualifier == WITHIN else qualifier)
    return PartialDate(start, precision, end, qualifier)


def _week_of(day):
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _add_months(value, months):
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _groups(ctx, *names):
    return [ctx.match.group(name) for name in names]


# --- Resolvers: one per rule, each returning (PartialDate, note, relative) or None -------


def _iso(ctx):
    value = _safe_date(*(int(part) for part in _groups(ctx, "y", "m", "d")))
    if value:
        result = PartialDate(value)
        return result, _stated(ctx, result), False
    return None


def _numeric(ctx):
    """ "3.4.2008", "15.05.2008": day, month, year, as dotted dates are written; "03/04/2008"
    is read to the day only when one of its numbers cannot be a month (or both are the
    same), else to its year, since Britain and America write it in opposite orders."""
    first, second, year = (int(part) for part in _groups(ctx, "a", "b", "y"))
    if ctx.match.group("sep") == ".":
        day, month = first, second
    elif first == second or (first > 12) != (second > 12):
        day, month = max(first, second), min(first, second)
    else:
        result = PartialDate(date(year, 1, 1), YEAR)
        text = ctx.match.group()
        note = (
            f"“{text}” could be day/month or month/day, so only its year is certain: "
            f"{result.display}"
        )
        return result, note, False
    value = _safe_date(year, month, day)
    if value is None:
        return None
    result = PartialDate(value)
    return result, _stated(ctx, result), False


def _days_range(ctx):
    d1, d2, m1, m2, year = _groups(ctx, "d1", "d2", "m1", "m2", "y")
    m2 = _month(m2 or m1)
    m1 = _month(m1) if m1 else m2
    which = ctx.match.groupdict().get("which")
    if year:
        y = int(year)
    elif which:
        y = ctx.today.year + STEP[which.lower()]
    else:
        y = _guess_year(ctx, m1, _day(d1), (m2, _day(d2)))
    start = _safe_date(y - (1 if m1 > m2 else 0), m1, _day(d1))
    end = _safe_date(y, m2, _day(d2))
    if not start or not end or end <= start:
        return None
    qualifier = WITHIN if ctx.match.group("between") else EXACT
    result = PartialDate(start, DAY, end, qualifier)
    if which:
        return result, _relative(ctx, result), True
    note = _stated(ctx, result) if year else _note_inferred_year(ctx, result)
    return result, note, not year


def _full_date(ctx):
    value = _safe_date(
        int(ctx.match.group("y")), _month(ctx.match.group("m")), _day(ctx.match.group("d"))
    )
    if value:
        result = PartialDate(value)
        return result, _stated(ctx, result), False
    return None


def _day_month(ctx):
    month, day = _month(ctx.match.group("m")), _day(ctx.match.group("d"))
    if which := ctx.match.groupdict().get("which"):
        value = _safe_date(ctx.today.year + STEP[which.lower()], month, day)
        return (PartialDate(value), _relative(ctx, PartialDate(value)), True) if value else None
    value = _safe_date(_guess_year(ctx, month, day), month, day)
    if value:
        result = PartialDate(value)
        return result, _note_inferred_year(ctx, result), True
    return None


def _months_range(ctx):
    m1, y1, m2, y2 = _groups(ctx, "m1", "y1", "m2", "y2")
    end_month, start_month = _month(m2), _month(m1)
    if y2:
        end_year = int(y2)
    elif y1:
        end_year = _guess_year(ctx, end_month)
    else:
        end_year = _guess_year(ctx, start_month, None, (end_month, 1))
    start_year = int(y1) if y1 else end_year - (1 if start_month > end_month else 0)
    start, end = date(start_year, start_month, 1), date(end_year, end_month, 1)
    if end <= start:
        return None
    result = PartialDate(start, MONTH, end, WITHIN if ctx.match.group("between") else EXACT)
    note = _stated(ctx, result) if y2 else _note_inferred_year(ctx, result)
    return result, note, not y2


def _month_before_another(ctx):
    """ "March" in "in March and April 1997", «в марте или апреле 1997 года»: in the year
    the next month's is given, or the one before when it comes later in the year."""
    month, next_month = _month(ctx.match.group("m")), _month(ctx.match.group("m2"))
    year = int(ctx.match.group("y")) - (1 if month > next_month else 0)
    result = PartialDate(date(year, month, 1), MONTH)
    given = ctx.match.group().strip()
    note = f"“{given}”, in the year given with the month after it: {result.display}"
    return result, note, False


def _month_year(ctx):
    result = PartialDate(date(int(ctx.match.group("y")), _month(ctx.match.group("m")), 1), MONTH)
    return result, _stated(ctx, result), False


def _bare_month(ctx):
    """ "in March": the year the tense points to; "last August", "next March" whatever it."""
    month = _month(ctx.match.group("m"))
    which = re.search(r"(?i:\b(last|next)\s+)$", ctx.sentence[: ctx.match.start("m")])
    year, current = _guess_year(ctx, month), ctx.today.month
    if which and which.group(1).lower() == "last":
        year = ctx.today.year - (0 if month < current else 1)
    elif which:
        year = ctx.today.year + (0 if month > current else 1)
    result = PartialDate(date(year, month, 1), MONTH)
    return result, _note_inferred_year(ctx, result), True


def _month_put_off_to(ctx):
    """ "postponed to June": the month a plan is put off to, as a month named after "in";
    after any other "to" ("wrote to May") no date."""
    return _bare_month(ctx) if put_off_to(ctx) else None


def _month_of_relative_year(ctx):
    """ "June next year", "March of last year": that month of the year before, of or after
    the text's today's."""
    step = {"last": -1, "this": 0, "next": 1}[ctx.match.group("which").lower()]
    result = PartialDate(date(ctx.today.year + step, _month(ctx.match.group("m")), 1), MONTH)
    return result, _relative(ctx, result), True


def _years_range(ctx):
    first = int(ctx.match.group("y1"))
    last = _year(ctx.match.group("y2"), like=first)
    if not first < last <= first + 100:
        return None
    result = PartialDate(
        date(first, 1, 1), YEAR, date(last, 1, 1), WITHIN if ctx.match.group("between") else EXACT
    )
    return result, _stated(ctx, result), False


def _winter(ctx):
    """A winter across two years ("the winter of 2008–09"): from December of the first to
    February of the next; the two years must follow each other."""
    first = int(ctx.match.group("y1"))
    if _year(ctx.match.group("y2"), like=first) != first + 1:
        return None
    result = PartialDate(date(first, 12, 1), MONTH, date(first + 1, 2, 1), WITHIN)
    return result, _stated(ctx, result), False


def _decade(ctx):
    first = int(ctx.match.group("decade"))
    result = PartialDate(date(first, 1, 1), YEAR, date(first + 9, 1, 1), WITHIN)
    return result, _stated(ctx, result), False


def _decade_of_century(ctx):
    first = ctx.today.year // 100 * 100 + 10 * int(ctx.match.group("tens"))
    first -= 100 if first > ctx.today.year else 0
    result = PartialDate(date(first, 1, 1), YEAR, date(first + 9, 1, 1), WITHIN)
    return result, _relative(ctx, result, "the last such decade"), True


def _year_only(ctx):
    result = PartialDate(date(int(ctx.match.group("y")), 1, 1), YEAR)
    return result, _stated(ctx, result), False


def _clipped_year(ctx):
    """ "since '08": a year written by its last two figures, the last one of that ending by
    the text's today, or the nearest when the clause looks ahead; "in oh-four" is said
    only of the 2000s (a year of the 1900s is "nineteen-oh-four")."""
    if spoken := ctx.match.group("oh"):
        result = PartialDate(date(2001 + _UNIT_WORDS.index(spoken.lower()), 1, 1), YEAR)
        return result, _stated(ctx, result), False
    ending = int(ctx.match.group("yy"))
    years = [century + ending for century in range(ctx.today.year // 100 * 100 - 100, 2200, 100)]
    if ctx.future:
        year = min(years, key=lambda year: abs(year - ctx.today.year))
        how = "the year of that ending nearest to it: the sentence looks ahead"
    else:
        year = max(year for year in years if year <= ctx.today.year)
        how = "the last year of that ending by then: the sentence looks back"
    result = PartialDate(date(year, 1, 1), YEAR)
    return result, _relative(ctx, result, how), True


def put_off_to(ctx):
    """Whether the current match is the new date of a plan put off ("postponed until the
    autumn", «отложен до весны»): a date after the text's today, as a plan moves forward."""
    return bool(_grammar(ctx.language).put_off.search(ctx.sentence, 0, ctx.match.start()))


def _season(ctx):
    season, year = _groups(ctx, "season", "y")
    which = ctx.match.groupdict().get("which")
    first, last = SEASONS[season.lower()]
    which = _anaphoric(which) if which else ""
    step = {"last": -1, "this": 0, "next": 1}.get(which)
    if step is None and which not in ("following", "previous") and put_off_to(ctx):
        step = 1  # "postponed until the spring": moved forward, to one not yet begun
    base = None
    if which in ("following", "previous"):  # counted from the last date named
        base = ctx.anchor_at(YEAR)
        if base is None:
            return None
        after = which == "following" and date(base.year, first, 1) <= base
        y = base.year + (1 if after else 0) - (1 if which == "previous" else 0)
    elif year:
        y = int(year)
    elif step is None:  # "in the spring": the one the tense points to, this one if under way
        y = _guess_year(ctx, first, last=(last, 1))
    elif step < 0:  # "last spring": the last one over by the text's today
        y = ctx.today.year - (0 if ctx.today.month > last else 1)
    elif step > 0:  # "next spring": the next one not yet begun
        y = ctx.today.year + (0 if ctx.today.month < first else 1)
    else:
        y = ctx.today.year
        side = _SIDE_OF_TODAY.search(ctx.match.string, 0, ctx.match.start())
        if side and first <= ctx.today.month <= last:
            # "later this spring" is from this month on, "earlier this spring" up to it
            if side.group().lower().startswith("later"):
                first = ctx.today.month
            else:
                last = ctx.today.month
    result = _range(date(y, first, 1), date(y, last, 1), MONTH, WITHIN)
    if base is not None:
        return result, counted_note(ctx, base, result), True
    note = _stated(ctx, result) if year else _relative(ctx, result, "a season, as months")
    return result, note, not year


QUARTERS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip


def quarter_of(ctx, number, year, stated):
    """The three months of a year's quarter ``number`` (1–4), "at some point within": the
    year ``year``, or the one the tense points to when it is None."""
    first, last = 3 * number - 2, 3 * number
    if year is None:
        year = _guess_year(ctx, first, last=(last, 1))
    result = PartialDate(date(year, first, 1), MONTH, date(year, last, 1), WITHIN)
    note = _stated(ctx, result) if stated else _relative(ctx, result, "a quarter, as months")
    return result, note, not stated


def _quarter(ctx):
    """ "the third quarter", "the first quarter of 2005", "the fourth quarter of next year"."""
    number = QUARTERS[ctx.match.group("q").lower()]
    year, which = _groups(ctx, "y", "which")
    if which:
        year = ctx.today.year + STEP[which.lower()]
    return quarter_of(ctx, number, int(year) if year else None, bool(ctx.match.group("y")))


# An "on this day" column: "Today in History", a line "On this date:", «В этот день».
ANNIVERSARY_COLUMN = re.compile(
    r"(?im:^[^\S\n]*(?:Today\s+in\s+History\b|On\s+this\s+(?:date|day)\s*:"
    r"|В\s+этот\s+день\s*:?\s*$))"
)


def _column_entry(ctx):
    """An entry of an "on this day" column opening "In 2002," or "Ten years ago:": the
    column's day (the text's today) in that year (``_this_day_in``)."""
    return _this_day_in(ctx) if ctx.anniversary else None


def _this_day_in(ctx):
    """ "On this day in 1997", "25 years ago today": the text's today's day and month in
    that year, as an anniversary column dates what it recalls; "ten years ago this week"
    the same days of this week, "five years ago this month" this month, in that year."""
    if ctx.match.group("y"):
        year = int(ctx.match.group("y"))
    elif (amount := _number(ctx.match.group("n"))) is not None:
        year = ctx.today.year - amount
    else:
        return None
    period = (ctx.match.groupdict().get("period") or "day").lower()
    if period == "month":
        result = PartialDate(date(year, ctx.today.month, 1), MONTH)
        return result, _relative(ctx, result, "the same month in that year"), True
    if period == "week":
        monday, sunday = _week_of(ctx.today)
        back = ctx.today.year - year
        start = _safe_date(monday.year - back, monday.month, monday.day)
        end = _safe_date(sunday.year - back, sunday.month, sunday.day)
        if start is None or end is None:
            return None
        result = _range(start, end, DAY, WITHIN)
        return result, _relative(ctx, result, "the days of this week in that year"), True
    value = _safe_date(year, ctx.today.month, ctx.today.day)
    if value is None:
        return None
    result = PartialDate(value)
    return result, _relative(ctx, result, "the same day and month in that year"), True


# Feasts of a fixed day that news copy dates by: "before Christmas", "by New Year's Eve";
# the Orthodox Christmas is on 7 January.
HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "orthodox christmas": (1, 7),
    "new year's eve": (12, 31),
    "new year's": (1, 1),
    "the new year": (1, 1),
}


# Greetings for a feast name no day: "wished each other a happy New Year", «поздравили друг
# друга с наступающим Новым годом».
FEAST_GREETING = re.compile(
    r"(?i:\b(?:greet|wish|congratulat)\w*|(?<![\w-])(?:поздрав|с\s+наступающ)[а-яё]*)"
)


def _holiday(ctx):
    """ "before Christmas", "on New Year's Eve", "by the new year" (``feast_day``); "in the
    new year" the year after the text's today, or, told as done, the year it began. None
    in a greeting (``FEAST_GREETING``)."""
    if FEAST_GREETING.search(ctx.sentence, 0, ctx.match.start()):
        return None
    name = re.sub(r"\s+", " ", ctx.match.group("feast").lower()).replace("\u2019", "'")
    name = name.removesuffix(" day")
    if name == "the new year" and ctx.match.group("in_it") is not None:
        result = PartialDate(date(ctx.today.year + ctx.future, 1, 1), YEAR)
        return result, _relative(ctx, result, "the year it begins"), True
    return feast_day(ctx, *HOLIDAYS[name])


def feast_day(ctx, month, day):
    """A feast's day, ``month`` and ``day``, in the year the tense points to, as a day
    named without a year, with its note."""
    result = PartialDate(date(_guess_year(ctx, month, day), month, day))
    return result, _note_inferred_year(ctx, result), True


def _day_dot_month(ctx):
    """ "on 31.3.": a day and month in figures with no year, as European copy writes them;
    the year as for "on 31 March"."""
    month, day = int(ctx.match.group("m")), int(ctx.match.group("d"))
    if not 1 <= month <= 12:
        return None
    value = _safe_date(_guess_year(ctx, month, day), month, day)
    if value is None:
        return None
    result = PartialDate(value)
    return result, _note_inferred_year(ctx, result), True


# "in the coming weeks": a span from the text's today, as long as such words usually mean.
COMING = {"days": 14, "weeks": 42, "months": 182}


def _coming(ctx):
    """ "in the coming days/weeks/months", "in the weeks ahead": at some point within a
    span from the text's today (two weeks; six weeks, as months; six months)."""
    return coming_span(ctx, (ctx.match.group("unit") or ctx.match.group("ahead")).lower())


def coming_span(ctx, unit):
    """The coming "days", "weeks" or "months" from the text's today, with the note."""
    end = ctx.today + timedelta(days=COMING[unit])
    if unit == "days":
        result = PartialDate(ctx.today, DAY, end, WITHIN)
    else:
        result = PartialDate(truncate(ctx.today, MONTH), MONTH, truncate(end, MONTH), WITHIN)
    return result, _relative(ctx, result, f"the {unit} after it"), True


def _named_day(ctx):
    word = re.sub(r"\s+", " ", ctx.match.group("word").lower())
    if word in ("overnight", "at midnight"):
        if re.search(r"(?i:\b(?:an?|the|its|their)\s+)$", ctx.sentence[: ctx.match.start()]):
            return None  # "an overnight flight", "the overnight talks": a kind, no date
        if word == "overnight" and not told_in_the_past(ctx.sentence, *ctx.match.span()):
            return None  # "nobody should expect a breakthrough overnight": all at once
        if _A_DAY_NAMED.search(ctx.sentence):
            return None  # "drove overnight and reached the airfield early Saturday"
        return _the_night(ctx, word)
    offset = {
        "the day before yesterday": -2,
        "yesterday": -1,
        "last night": -1,
        "today": 0,
        "earlier today": 0,
        "later today": 0,
        "earlier in the day": 0,
        "later in the day": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "tomorrow": 1,
        "the day after tomorrow": 2,
    }[word]
    weeks = _weeks_on(ctx)
    if weeks is None:
        return None
    result = PartialDate(ctx.today + timedelta(days=offset + 7 * weeks))
    return result, _relative(ctx, result), True


# A day the sentence names, which a night in it is the eve of or part of.
_A_DAY_NAMED = re.compile(
    rf"(?i:\b(?:{WEEKDAY_NAME}|yesterday|today|tomorrow)\b)|\b(?:{MONTH_NAME})\.?\s+\d"
)


def _the_night(ctx, word):
    """ "overnight", "at midnight", told of the text's today: the night that ended on its
    morning, "within" the day before and the day itself ("left the base overnight") and
    that day ("came into force at midnight"); of what is to come, the night ahead ("will
    take effect at midnight": the next day)."""
    if ctx.future:
        result = PartialDate(ctx.today + timedelta(days=1))
    elif word == "at midnight":
        result = PartialDate(ctx.today)
    else:
        result = _range(ctx.today - timedelta(days=1), ctx.today, DAY, WITHIN)
    return result, _relative(ctx, result, "the night"), True


def _hours_ago(ctx):
    """ "a few minutes ago", "two hours ago", «час назад»: the text's today, as the news
    tells what has just happened; "48 hours ago" the days back that many hours make."""
    count = ctx.match.group("n") or ""
    hours = int(count) if ctx.match.group("hours") and count.isdigit() else 0
    result = PartialDate(ctx.today - timedelta(days=hours // 24))
    return result, _relative(ctx, result), True


def _just_now(ctx):
    """ "just now", «только что»: the text's today."""
    result = PartialDate(ctx.today)
    return result, _relative(ctx, result, "just before it"), True


#: How many days "the other day", «на днях» may be from the text's today.
THESE_DAYS = 7


def _these_days(ctx):
    """ "the other day", «на днях»: at some point within a week before the text's today,
    or after it for what is still to come («на днях состоится»)."""
    week = timedelta(days=THESE_DAYS)
    if ctx.future:
        start, end, how = ctx.today, ctx.today + week, "within a week after it"
    else:
        start, end, how = ctx.today - week, ctx.today, "within a week before it"
    result = _range(start, end, DAY, WITHIN)
    return result, _relative(ctx, result, how), True


def _weeks_on(ctx):
    """How many weeks "a week from", "a fortnight from", "two weeks on" put after the day
    named next; 0 without such words, None for a count too vague to add ("a few")."""
    if ctx.match.group("fortnight"):
        return 2
    return _number(ctx.match.group("weeks")) if ctx.match.group("weeks") else 0


def _weekday(ctx):
    which = (ctx.match.group("which") or "").lower().split()
    target = WEEKDAYS[ctx.match.group("wd").rstrip(".").lower()]
    weeks = _weeks_on(ctx)
    if not which and not weeks and (named := _weekday_named_before(ctx, target)):
        return named
    if not weeks and not ctx.match.group("week"):
        return None if weeks is None else _weekday_on(ctx, target, which)
    # British "Monday week", "a week from Friday", "a fortnight on Monday": weeks after the
    # next such day; "last Tuesday week" a week before the last Tuesday.
    back = "last" in which and not weeks
    start_from = which if weeks and which else ["last"] if back else ["coming"]
    day = _weekday_on(ctx, target, start_from)[0].start
    weeks = weeks or 1
    result = PartialDate(day + timedelta(days=-7 * weeks if back else 7 * weeks))
    name = calendar.day_name[target]
    after = "after the last" if "last" in which else "after the next"
    span = "a week" if weeks == 1 else f"{weeks} weeks"
    how = f"{span} {'before the last' if back else after} {name}"
    return result, _relative(ctx, result, how), True


# "the Wednesday session", "Wednesday's meeting", "the Friday vote": a weekday qualifying
# a noun, not the adverb of the clause's verb.
_WEEKDAY_BEFORE_NOUN = re.compile(r"(?i:\bthe\s+)$")
_NOUN_AFTER_WEEKDAY = re.compile(
    r"\s+(?!(?:before|after|of|in|on|at|to|and|or|but|that|when|which|who|is|was|will|had|"
    r"has|night|morning|afternoon|evening)\b)[a-z][a-z-]+\b"
)


def _weekday_named_before(ctx, target):
    """The day of an event the story already dated, for a weekday that qualifies a noun
    ("the Wednesday session" after "will meet on Wednesday"): it names that day, whatever
    the tense of the verb that governs the noun phrase ("had been requested"). None where
    the weekday is no modifier or the story named no such day within a week of today."""
    start, end = ctx.match.span()
    possessive = ctx.match.group().endswith("'s")
    if not (possessive or _WEEKDAY_BEFORE_NOUN.search(ctx.sentence[:start])):
        return None
    if not _NOUN_AFTER_WEEKDAY.match(ctx.sentence, end):
        return None
    days = [
        anchor.start
        for anchor in ctx.anchors
        if anchor.precision == DAY
        and anchor.end is None
        and anchor.start.weekday() == target
        and abs((anchor.start - ctx.today).days) < 7
    ]
    if not days:
        return None
    result = PartialDate(days[-1])
    how = "the day of that name the story gave before"
    return result, _relative(ctx, result, how), True


def _weekday_on(ctx, target, which):
    """The weekday ``target`` (Monday=0) that ``which`` ("last", "next", "this", "coming"
    or nothing) and the tense of the clause point to."""
    today = ctx.today
    back = "last" in which or "past" in which  # "last Friday", "this past Friday"
    future = "next" in which or "coming" in which or (ctx.future and not back)
    # "Bush is in Moscow this Friday to sign …": this week's, still to come, unless told
    future = future or (
        "this" in which
        and not back
        and not told_in_the_past(ctx.sentence, *ctx.match.span(), ctx.language)
    )
    # "due on Thursday, following talks on Monday"; "invited him to talks on Friday"
    after_ahead = not which and ctx.after_ahead
    proposed = (
        not which
        and not ctx.future
        and ctx.language == Language.ENGLISH
        and _proposed(ctx.sentence, ctx.match.start())
    )
    nearest = after_ahead or proposed
    if nearest:
        ahead = (target - today.weekday()) % 7
        future = 0 < ahead < (today.weekday() - target) % 7
    if future:
        value = today + timedelta(days=(target - today.weekday()) % 7)
        how = f"the next {calendar.day_name[target]} on or after it: the sentence looks ahead"
    else:
        value = today - timedelta(days=(today.weekday() - target) % 7)
        how = f"the last {calendar.day_name[target]} on or before it: the sentence looks back"
    if after_ahead:
        how = (
            f"the nearest {calendar.day_name[target]} to it: it names what comes before "
            "what the sentence looks ahead to"
        )
    elif proposed:
        how = (
            f"the nearest {calendar.day_name[target]} to it: what is proposed may come "
            "before or after the proposing"
        )
    if "last" in which and value >= today - timedelta(days=1):
        # News copy calls the day before "yesterday" or plain "Tuesday": "last Tuesday" in
        # a Wednesday's paper is the week before's, not yesterday ("this past Tuesday" and
        # a weekday alone may be yesterday).
        value -= timedelta(days=7)
        how = (
            f"the {calendar.day_name[target]} before the day before it: “last” passes over "
            "yesterday, which news copy calls “yesterday” or the weekday alone"
        )
    if "next" in which and value == today:
        value += timedelta(days=7)
    result = PartialDate(value)
    return result, _relative(ctx, result, how), True


def _weekend(ctx):
    """Saturday and Sunday: the last one when the clause looks back, else the next."""
    return _weekend_on(ctx, ctx.match.group("which").lower().split())


def _weekend_on(ctx, which):
    saturday = ctx.today + timedelta(days=(5 - ctx.today.weekday()) % 7)
    looks_back = "last" in which or "past" in which or ("the" in which and not ctx.future)
    if looks_back or ("this" in which and not ctx.future and "coming" not in which):
        # looking back, the weekend has ended by today: on a Saturday, the one before
        saturday -= timedelta(days=7 if saturday + timedelta(days=1) > ctx.today else 0)
    elif "next" in which and saturday - ctx.today < timedelta(days=2):
        saturday += timedelta(days=7)
    result = PartialDate(saturday, DAY, saturday + timedelta(days=1), WITHIN)
    return result, _relative(ctx, result), True


def _anaphoric(which):
    """The last word of "last", "the past", "the following" …; "the next", as in "at the
    Lisbon summit the next year", counts from the last date named, as "the following" does
    (deictic "next year" and "over the next year" count from the text's today)."""
    words = which.lower().split()
    if words == ["the", "current"]:
        return "this"  # "in the current year"
    return "following" if words == ["the", "next"] else words[-1]


def _relative_period(ctx):
    """last/this/next week, month or year, with "earlier"/"later"/"end of" forms."""
    which = _anaphoric(ctx.match.group("which"))
    unit = ctx.match.group("unit").lower()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    base = ctx.today
    if which in ("previous", "following"):  # relative to the last date the article gave
        base, step = ctx.anchor_at(UNIT_PRECISION[unit]), -1 if which == "previous" else 1
        if base is None:
            return None
        result = period_from(base, unit, step)
        return done_by_today(ctx, base, (result, counted_note(ctx, base, result), True))
    if which == "past" and unit == "week":
        # "over the past week": the seven days up to today, not last week's Monday to Sunday
        result = _range(ctx.today - timedelta(days=7), ctx.today, DAY, WITHIN)
        return result, _relative(ctx, result), True
    result = this_side_of_today(ctx, period_from(base, unit, step))
    earlier = ctx.match.group().lower().startswith("earlier")
    if earlier and result.end and result.start < ctx.today <= result.end:
        # "said earlier this week": before the day it is written
        result = _range(result.start, ctx.today - timedelta(days=1), DAY, WITHIN)
    return result, _relative(ctx, result), True


def this_side_of_today(ctx, period):
    """The days of ``period`` (a week of days around the text's today) on the side of today
    its clause looks to: "met this week" is this week up to today, "will meet this week"
    from today on."""
    if period.precision != DAY or not period.end or not period.start <= ctx.today <= period.end:
        return period
    if ctx.future and ctx.today == period.end:
        # On its last day, a Sunday's paper: what is to come "this week" is in the week ahead.
        return _range(*_week_of(ctx.today + timedelta(days=1)), DAY, WITHIN)
    if ctx.future:
        return _range(ctx.today, period.end, DAY, WITHIN)
    if told_in_the_past(ctx.sentence, *ctx.match.span(), ctx.language):
        return _range(period.start, ctx.today, DAY, WITHIN)
    return period


def period_from(base, unit, step):
    """The week (Monday to Sunday, "within"), month or year ``step`` of them from the
    one ``base`` is in: "last week" is -1 from the publication date's."""
    if unit == "week":
        monday, sunday = _week_of(base + timedelta(days=7 * step))
        return _range(monday, sunday, DAY, WITHIN)
    if unit == "month":
        return PartialDate(_add_months(base, step), MONTH)
    return PartialDate(date(base.year + step, 1, 1), YEAR)


def _ago(ctx):
    """ "three days ago", "two years ago"; "later"/"earlier" count from the last date named."""
    amount = ctx.match.group("n") and _number(ctx.match.group("n"))
    if not ctx.match.group("n") and _after_a_count(ctx.match.string, ctx.match.start()):
        return None  # "a hundred and twenty years ago": a count this one cannot read
    unit = ctx.match.group("unit").lower().rstrip("s")
    direction = re.sub(r"\s+", " ", ctx.match.group("dir").lower())
    direction = {"afterwards": "later", "afterward": "later", "after that": "later"}.get(
        direction, "earlier" if direction == "before that" else direction
    )
    base = ctx.today
    if direction in ("later", "earlier"):
        base = ctx.anchor_at(UNIT_PRECISION[unit])
        if base is None:
            return None
    sign = 1 if direction in ("later", "from now") else -1
    if amount is None:
        return None if ctx.match.group("bound") else vaguely_counted(ctx, base, unit, sign)
    if ctx.match.group("bound"):
        return bounded(ctx, base, unit, sign * amount, ctx.match.group("bound"))
    if direction in ("later", "earlier"):
        return done_by_today(ctx, base, counted(ctx, base, unit, sign * amount))
    return counted(ctx, base, unit, sign * amount)


def _after_a_count(text, position):
    """Whether the word before ``position`` in ``text`` is a number."""
    before = text[:position].split()[-1:]
    return bool(before) and (before[0].isdigit() or before[0].lower() in _COUNT_WORDS)


_COUNT_WORDS = {*NUMBER_WORDS, *_TENS_WORDS, *_UNIT_WORDS, "hundred", "thousand", "dozen"}


#: How many a vague count ("a few", "several") may be: from two to this many.
FEW_AT_MOST = 9
#: How precisely a vague count of each unit dates: weeks no finer than months.
VAGUE_PRECISION = {"day": DAY, "week": MONTH, "month": MONTH, "year": YEAR, "decade": YEAR}


def vaguely_counted(ctx, base, unit, sign):
    """ "a few weeks later", "several years ago": at some point within two to
    ``FEW_AT_MOST`` ``unit``s from ``base``, as precise as the unit allows, and no later
    than the text's today for what was done."""
    ends = sorted(counted(ctx, base, unit, sign * n)[0].start for n in (2, FEW_AT_MOST))
    precision = VAGUE_PRECISION[unit]
    start, end = (truncate(day, precision) for day in ends)
    if sign > 0 and not ctx.future:
        end = min(end, truncate(ctx.today, precision))
    if end < start:
        return None
    result = _range(start, end, precision, WITHIN) if end > start else PartialDate(start, precision)
    how = f"2 to {FEW_AT_MOST} {unit}s {'after' if sign > 0 else 'before'} it"
    if base == ctx.today:
        return result, _relative(ctx, result, how), True
    return result, counted_note(ctx, base, result, how), True


# Words that bound a counted date ("less than two years later", «спустя почти два года»):
# before it, after it or about it.
COUNT_BOUNDS = {
    "under": r"less\s+than|fewer\s+than|under|not\s+quite|"
    r"менее(?:\s+чем)?|меньше(?:\s+чем)?|неполных",
    "over": r"more\s+than|(?:well\s+)?over|upwards\s+of|"
    r"более(?:\s+чем)?|больше(?:\s+чем)?|свыше",
    "about": r"almost|nearly|about|around|roughly|approximately|some|close\s+to|"
    r"just\s+(?:over|under)|a\s+little\s+(?:over|under|more\s+than|less\s+than)|"
    r"почти|около|примерно|приблизительно|порядка|без\s+малого",
}
COUNT_BOUND = "|".join(COUNT_BOUNDS.values())


# Words before "in five years" that make it the span looked back over, not a date ahead:
# "the first exercise in five years", "the largest in a decade", "the only one in years".
_SPAN_LOOKED_OVER = re.compile(
    r"(?i:\b(?:first|last|only|ever|most|least|best|worst|biggest|largest|longest|highest|"
    r"lowest|greatest|fewest|\w+iest|second|third|fourth)\b[^,;:.]*$)"
)


def _ahead_of_today(ctx):
    """ "in two years' time", "in three weeks" (of what is to come), "within a year", "over
    the next five years", "within the next year": counted forward from the text's today;
    "in" a count that point, about, "within" it any time from today to then. Only "… time"
    (or "the next year" with no count) says so whatever the verb: "in five years" of what
    was done is how long it took, and after "the first" or a superlative ("the largest
    exercise in a decade") the span looked back over."""
    if one := ctx.match.group("one"):
        # "within the next year", "over the coming month": from today, whatever the verb
        # ("pledged aid within the next year")
        amount, unit = 1, one.lower()
    else:
        amount = _number(ctx.match.group("n"))
        unit = ctx.match.group("unit").lower().rstrip("s")
        if amount is None or not (ctx.match.group("time") or ctx.future):
            return None
    if _SPAN_LOOKED_OVER.search(ctx.sentence, 0, ctx.match.start()):
        return None
    if ctx.match.group("within") is None:
        return counted(ctx, ctx.today, unit, amount)
    end = counted(ctx, ctx.today, unit, amount)[0].start
    precision = UNIT_PRECISION[unit]
    result = _range(truncate(ctx.today, precision), truncate(end, precision), precision, WITHIN)
    return result, _relative(ctx, result, f"from it to {PartialDate(end, precision).display}"), True


def bounded(ctx, base, unit, amount, words):
    """The date ``amount`` ``unit``s from ``base`` with the words that bound it: "less than
    two years later" is at some point within the two years, "more than a decade ago" by a
    decade ago, "more than two years later" after then and by the text's today (nothing
    if that is still to come), "almost two years later" about then."""
    point, note, _ = counted(ctx, base, unit, amount)
    words = re.sub(r"\s+", " ", words.lower())
    bound = next(k for k, pattern in COUNT_BOUNDS.items() if re.fullmatch(pattern, words))
    precision = point.precision
    if bound == "about":
        return replace(point, qualifier=APPROXIMATE), note, True
    if bound == "under":
        ends = sorted([truncate(base, precision), point.start])
        result = _range(*ends, precision, WITHIN)
        how = f"at most that long {'after' if amount > 0 else 'before'} it"
    elif amount < 0:
        result = replace(point, qualifier=BY)
        how = f"no later than {point.display}"
    else:
        until = truncate(ctx.today, precision)
        if ctx.future or until <= point.start:
            return None
        result = _range(point.start, until, precision, WITHIN)
        now = "the publication" if ctx.today == ctx.published else "the dateline's day"
        how = f"after {point.display} and by {now}"
    if base == ctx.today:
        return result, _relative(ctx, result, how), True
    return result, counted_note(ctx, base, result, how), True


def counted(ctx, base, unit, amount):
    """The date ``amount`` ``unit``s (day, week, month, year, decade) from ``base`` (the
    publication date, or the last date named), as precise as the unit, with its note."""
    if unit == "day":
        result = PartialDate(base + timedelta(days=amount))
    elif unit == "week":
        result = PartialDate(base + timedelta(days=7 * amount), DAY, None, APPROXIMATE)
    elif unit == "month":
        result = PartialDate(_add_months(base, amount), MONTH, None, APPROXIMATE)
    elif unit == "decade":
        result = PartialDate(date(base.year + 10 * amount, 1, 1), YEAR, None, APPROXIMATE)
    else:
        result = PartialDate(date(base.year + amount, 1, 1), YEAR, None, APPROXIMATE)
    if base == ctx.today:
        return result, _relative(ctx, result), True
    return result, counted_note(ctx, base, result), True


def done_by_today(ctx, base, counted_date):
    """``counted_date`` (a date, note and flag) counted from ``base``, a date named before;
    but when it falls after the text's today in a clause telling what was done ("Moscow
    answered two days later", "A day earlier, ministers met" after a date to come), the
    fact still happened by today: the count or the date before was read too late, and what
    is known is the span from ``base`` to today ("at some point within"), or only "by"
    today when they are one period or ``base`` is still to come (the clause counts from
    another date)."""
    result = counted_date[0]
    if result.start <= ctx.today or not told_in_the_past(
        ctx.sentence, *ctx.match.span(), ctx.language
    ):
        return counted_date
    start, until = truncate(base, result.precision), truncate(ctx.today, result.precision)
    if until > start:
        past = _range(start, until, result.precision, WITHIN)
    else:  # no later period than the date counted from, or it is to come: only "by" today
        past = PartialDate(ctx.today, DAY, None, BY)
    how = f"{result.display} is after the publication, but the verb says it was done"
    return past, counted_note(ctx, base, past, how), True


def no_finer_than(result, named):
    """``result``, counted from ``named``, no finer than it: two days after June is June,
    approximate."""
    if FINENESS[named.precision] <= FINENESS[result.precision]:
        return result
    return PartialDate(truncate(result.start, named.precision), named.precision, None, APPROXIMATE)


def counted_from_act(ctx, noun, unit, amount):
    """The date ``amount`` ``unit``s from the act ``noun`` names ("two days after the
    summit"), counted from the date the article gave the last such act (``last_act``),
    with its note; None when it dated none, as a guess would be the wrong act's date."""
    named = ctx.last_act(noun)
    if named is None or _dated_later_in_clause(ctx):
        return None
    base = (named.end or named.start) if amount > 0 else named.start
    result = no_finer_than(counted(ctx, base, unit, amount)[0], named)
    act = "" if noun is None else f" of the “{noun}”"
    how = f"counted from {named.display}, the date{act} named before it"
    return result, f"“{ctx.match.group().strip()}”, {how}: {result.display}", True


def _dated_later_in_clause(ctx):
    """Whether the clause names the act's date after the words ("two days after the summit
    in Istanbul on 28 June"): that date is counted from, not one named before."""
    grammar = _grammar(ctx.language)
    rest = ctx.sentence[ctx.match.end() :]
    if end := grammar.clause_start.search(rest):
        rest = rest[: end.start()]
    return any(
        pattern.search(rest)
        for pattern, resolver in grammar.rules
        if resolver not in grammar.counting_from_anchor or resolver in grammar.yearless
    )


def _after_act(ctx):
    """ "two days after the summit", "the day before the vote", "a week after it"."""
    groups = ctx.match.groupdict()
    amount = _number(groups["n"]) if groups["n"] else 1
    if amount is None:
        return None
    unit = (groups["unit"] or "day").lower().rstrip("s")
    sign = 1 if groups["dir"].lower() == "after" else -1
    if groups["noun"] and _a_clause_after(ctx.sentence, ctx.match.end("noun"), ctx.language):
        # "a day after the alliance agreed": a clause, no act's noun. Set off after a date
        # ("on Thursday, a day after the alliance agreed"), that date is the count's end,
        # and the clause's act is counted back from it; else nothing dates it.
        return _counted_back_to_clause(ctx, unit, -sign * amount)
    return counted_from_act(ctx, groups["noun"], unit, sign * amount)


_A_LOWER_CASE_WORD = re.compile(r"\s+(?-i:[a-z]+)(?![\w'\u2019-])")


def _a_clause_after(sentence, position, language):
    """Whether a verb follows ``position`` (the end of a word read as an act's noun), next or
    after one more word: "a day after the alliance agreed", "a year after the two sides
    signed" are clauses, no act's noun."""
    if following_verb(sentence, position, language):
        return True
    word = _A_LOWER_CASE_WORD.match(sentence, position)
    return bool(word and following_verb(sentence, word.end(), language))


# What the sentence before told, named again as what came after another act: "His
# intervention came a day after …", "The move follows …", "It opens two days after …".
_IT_CAME = re.compile(
    r"(?i:\s*(?:the|this|that|his|her|its|their|it)\b[^,;:]{0,40}?\s(?:came|comes|followed|"
    r"follows|opened|opens|began|begins)\s+)$"
)


def _counted_back_to_clause(ctx, unit, amount):
    """The date of the clause after "a day after": ``amount`` ``unit``s from the date it is
    set off after ("on Thursday, a day after …") or, with no date of the sentence's own
    before it, from the last date named when the sentence names that act again as what
    came after ("His intervention came a day after …"); else None."""
    base = ctx.anchor_at(UNIT_PRECISION[unit])
    if ctx.previous_end:
        between = ctx.sentence[ctx.previous_end : ctx.match.start()]
        set_off = re.fullmatch(r"\s*[,\u2013\u2014-]\s*", between)
    else:
        set_off = _IT_CAME.fullmatch(ctx.sentence, 0, ctx.match.start())
    if base is None or not set_off:
        return None
    result, _note, _ = counted(ctx, base, unit, amount)
    if ctx.counted_from.precision == result.precision:
        # "in 1998, a year after …": a year from a year is that year, not about then
        result = replace(result, qualifier=EXACT)
    # Its words but the clause's subject read as a noun: "a day after", not "a day after the
    # allies"
    words = ctx.sentence[ctx.match.start() : ctx.match.start("noun")]
    words = re.sub(r"(?i:\s+(?:the|a|an|its|their|his|her))?\s*$", "", words)
    how = f"counted back from {ctx.counted_from.display}"
    return result, f"“{words}”: {how}, so that was {result.display}", True


def _at_act(ctx):
    """ "will attend the summit", "boycotted the talks": at the act the noun names, on the
    date the article gave it (``last_act``); None when it dated none, or when the clause
    names the date itself ("attend the summit on 20 May")."""
    noun = ctx.match.group("noun")
    # "agreed last month to attend the summit": the sentence's date is the agreeing's
    planned = re.search(r"(?i:\bto\s+)$", ctx.sentence[: ctx.match.start()])
    named = ctx.last_act(noun, before_the_sentence=bool(planned))
    if named is None or _dated_later_in_clause(ctx):
        return None
    how = f"on {named.display}, the date of the “{noun}” named before it"
    # A date of its own, not the act's object, which later acts are found by.
    return replace(named), f"“{ctx.match.group().strip()}”: {how}", True


def at_act_referred_to(ctx, noun, relation="at"):
    """ "during the visit", "after the talks", «в ходе визита», "The signing was witnessed
    by": a definite noun referring back to an occasion (``names_an_occasion``) dates the
    fact by the date the article gave the last such act (``last_act``): ``relation`` "at"
    it is on that date, as precise; "eve" the day before (a day only, else no finer than
    the act's date); "after" it at some point from that date to the text's today
    (``_done_after``). None when the noun names no occasion, or the article dated none; a
    date of the sentence's own comes first (``_own_date_first``)."""
    if not names_an_occasion(noun):
        return None
    if relation == "eve":
        return counted_from_act(ctx, noun, "day", -1)
    # "after the meeting in Brussels": the last such act there, if the story dated one
    place = _PLACE_AFTER.match(ctx.sentence, ctx.match.end())
    named = (place and ctx.last_act(noun, where=place.group(1)[:_PLACE_STEM])) or ctx.last_act(noun)
    if named is None:
        return None
    how = f"the “{noun}” the story dated to {named.display}"
    if relation == "after":
        return _done_after(ctx, named, how)
    return replace(named), f"“{ctx.match.group().strip()}”: {how}", True


# The place an act named again was at: "the meeting in Brussels", «заседания в Брюсселе»;
# its name's first letters, which its cases share.
_PLACE_AFTER = re.compile(r"\s+(?:in|at|в|во|на)\s+([A-ZА-ЯЁ][\w-]{2,})")
_PLACE_STEM = 5


# "Speaking afterwards, …" opening a sentence: remarks made there.
_SPEAKING = re.compile(r"(?i:speaking|talking)\b")


def _done_after(ctx, named, how):
    """What was done after the act dated ``named``: at some point from its date to the
    text's today ("between 7 and 9 April 2004"); today itself when the act was today; only
    "by" today when the act's period, a month or a year, holds today. None looking ahead,
    or when the act is dated after today (it is another)."""
    precision = named.precision
    start, until = truncate(named.start, precision), truncate(ctx.today, precision)
    if ctx.future or until < start:
        return None
    said = _SPEAKING.match(ctx.sentence) or _grammar(ctx.language).reporting.search(ctx.sentence)
    if precision == DAY and not named.end and said:
        # "said after the ceremony", "Speaking afterwards, …": remarks news copy tells of the
        # occasion are made on its day
        note = f"“{ctx.match.group().strip()}”: said right after {how}: {named.display}"
        return replace(named), note, True
    if until > start:
        result = _range(start, until, precision, WITHIN)
    elif precision == DAY:
        result = PartialDate(ctx.today)
    else:
        result = PartialDate(ctx.today, DAY, None, BY)
    now = "the publication" if ctx.today == ctx.published else "the dateline's day"
    note = f"“{ctx.match.group().strip()}”: after {how}, and by {now}: {result.display}"
    return result, note, True


# A definite noun by which a plan names another act, and where the plan lies from it:
# "ahead of the defence ministers' meeting" before it, "at the summit", "will attend the
# talks" at it, "on the eve of the summit" the day before it.
_BESIDE_AN_ACT = re.compile(
    r"(?i:\b(?P<prep>ahead\s+of|before|in\s+the\s+run-up\s+to|at|during|attend(?:s|ing)?|"
    r"on\s+the\s+(?:sidelines|margins|eve)\s+of)\s+(?:the|this|that)\s+"
    r"(?:[\w'\u2019.-]+\s+){0,4}?(?P<noun>(?-i:[a-z]+)))"
    r"(?=\s*(?:[,;:.!?)]|$)|\s+(?:in|at|on|of|with|and|but|or|as|to|by|where|which)\b)"
)
# A sentence opening with a definite noun, which may name the act the sentence before
# planned: "The visit is set for Thursday", "That meeting begins on Thursday".
_OPENS_ON_AN_ACT = re.compile(
    r"[\"'\u201c]?(?:The|That|This|Its|His|Her|Their)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?P<noun>[a-z]+)\b"
)
# The same in Russian: «до начала заседания Совета», «на саммите»; «Визит состоится …»,
# «Это заседание пройдёт …», which need no article to be definite.
_RU_BESIDE_AN_ACT = re.compile(
    r"(?i:(?<![\w-])(?P<prep>перед|до\s+начала|в\s+преддверии|на|в\s+ходе|во\s+время|накануне)\s+"
    r"(?:[а-яё-]+\s+){0,2}?(?P<noun>[а-яё]+))(?![\w-])"
)
_RU_OPENS_ON_AN_ACT = re.compile(
    r"[\"'\u00ab]?(?:(?:Этот|Эта|Это|Эти)\s+)?(?P<noun>[А-ЯЁ]?[а-яё]+)(?![\w-])"
)
# Those of English copy and of Russian.
_NOUNS_OF_AN_ACT = {
    False: (_BESIDE_AN_ACT, _OPENS_ON_AN_ACT),
    True: (_RU_BESIDE_AN_ACT, _RU_OPENS_ON_AN_ACT),
}
# Where a plan lies from an act it names by such a noun: "by" its date ahead of it, the
# day before it on its eve.
_AHEAD_OF_AN_ACT = {"ahead of", "before", "in the run-up to", "перед", "до начала", "в преддверии"}
_ON_THE_EVE_OF_AN_ACT = {"on the eve of", "накануне"}


def act_dated_next(plan, kind, following, dates, today, language=Language.ENGLISH):
    """The date of a plan with no date of its own (the sentence ``plan``, of the act
    ``kind``) that the ``following`` sentence gives the same act through ``dates`` (its
    ``DateMention``s), with its note, or None. The same act is one ``plan`` names by a
    definite noun, "ahead of the ministers' meeting. That meeting begins on Thursday": the
    plan lies "by" its date when it comes ahead of it, on it when at it, the day before on
    its eve ("on the eve of the summit. The summit opens on Friday"); or the plan's own
    act, which ``following`` names opening on a definite noun of its kind: "Lavrov will
    visit Riga. The visit is set for Thursday." Only a date still to come, of an act that
    noun may name: any other act the next sentence dates is not clearly the plan's."""
    beside, opens = _NOUNS_OF_AN_ACT[language == Language.RUSSIAN]
    named = [(m["noun"], " ".join(m["prep"].lower().split())) for m in beside.finditer(plan)]
    opening = opens.match(following)
    noun = opening and opening["noun"].lower()
    # The plan's own act: of its kind, and said in its words ("will visit", "talks"), not
    # another act of a kind near it ("talks on the eve of the summit. The summit opens").
    if noun and event_type(noun) == kind and shares_stem(noun, plan):
        named.append((noun, "its own"))
    for noun, prep in named:
        if event_type(noun) is None:
            continue
        for mention in dates:
            told = mention.date
            if (
                mention.reference
                or mention.act is None
                or period_end(told.end or told.start, told.precision) < today
            ):
                continue
            if not names_the_act(noun, mention.act):
                continue
            if prep in _ON_THE_EVE_OF_AN_ACT:
                if told.precision != DAY:
                    continue  # the eve of a month is no day the date can show
                when = PartialDate(told.start - timedelta(days=1))
                how = f"is on the eve of the “{noun}” the next sentence dates to {told.display}"
            elif prep in _AHEAD_OF_AN_ACT:
                when = PartialDate(told.start, told.precision, None, BY)
                how = f"comes ahead of the “{noun}” the next sentence dates to {told.display}"
            else:
                which = "the" if prep == "its own" else "at the"
                when, how = replace(told), f"is {which} “{noun}” the next sentence dates"
            note = f"No date of its own, but it {how}: {when.display}."
            return when, note
    return None


def at_the_time(ctx):
    """ "At the time", "Back then", "By evening", «тогда» in a clause telling what
    happened: the last date of a fact named, no finer than it was named ("visited Moscow in
    April. At the time he said …" is April); None for what is still to come."""
    if not told_in_the_past(ctx.sentence, *ctx.match.span(), ctx.language):
        return None
    found = period_of_named(ctx, "day")
    facts = [anchor for anchor in ctx.anchors if id(anchor) not in ctx.references]
    span = facts[-1] if facts else None
    if found and span and span.end and _its_last_period(span) == found[0]:
        # "violated its airspace on Oct. 3 and Oct. 4. At the time, …": during the span
        result = PartialDate(span.start, span.precision, span.end, WITHIN)
        how = f"during {span.display}, the date named before it"
        return result, f"“{ctx.match.group().strip()}”: {how}: {result.display}", True
    return found


def act_named_again(ctx):
    """ "The signing was witnessed by …", "According to the statement, …", «Церемония
    прошла …», «На встрече …»: the act the article dated before, named again. A joint or
    closing statement ("In their final communiqué, …", «В итоговом заявлении …») is the
    last gathering's (``at_last_act_there``)."""
    if ctx.match.groupdict().get("closing"):
        return at_last_act_there(ctx)
    return at_act_referred_to(ctx, ctx.match.group("noun") or ctx.match.group("source"))


def at_last_act_there(ctx):
    """ "There, …", «Там …» opening a sentence: at the place of the last fact the article
    dated, so at it, on its date, when it was a gathering or visit ("the summit opens in
    Prague in November. There, the allies are expected to …"); else None."""
    named = ctx.last_act(None)
    act = named and ctx.acts.get(id(named))
    if act is None or act.kind not in GATHERINGS_AND_VISITS:
        return None
    how = f"at the {act.kind} the story dated to {named.display}"
    return replace(named), f"“{ctx.match.group().strip()}”: {how}", True


def _afterwards(ctx):
    """ "told reporters afterwards", "Shortly afterward, …": after the last gathering or
    visit the article dated, else its last fact, by the text's today (``_done_after``); not
    after what a gathering was the first since."""
    named = ctx.last_act(None, kinds=GATHERINGS_AND_VISITS) or ctx.last_act(None)
    if named is None:
        return None
    return _done_after(ctx, named, f"the last fact the story dated, {named.display}")


def _during_act(ctx):
    """ "during the visit", "after the talks", "on the eve of the summit", "It will be his
    first visit": at the gathering or visit the article dated before, or after it."""
    prep = (ctx.match.group("prep") or "").lower()
    relation = "eve" if "eve" in prep else "after" if prep in ("after", "following") else "at"
    return at_act_referred_to(ctx, ctx.match.group("noun"), relation)


def _next_day(ctx):
    base = ctx.anchor_at(DAY)
    if base is None:
        return None
    step = 1 if ctx.match.group("dir").lower() in ("next", "following") else -1
    result = PartialDate(base + timedelta(days=step))
    how = f"the day {'after' if step > 0 else 'before'} {PartialDate(base).display}"
    return done_by_today(
        ctx, base, (result, f"“{ctx.match.group().strip()}”: {how}, the date named before it", True)
    )


def _that(ctx):
    """ "that day", "the same day", "from the same date", "that same week", "later that
    year", "that May", "that autumn": the period of the last date named. When that date is
    coarser than the words ("that same day" after "in March 1999"), its own period, no
    finer."""
    unit, month = (ctx.match.groupdict().get("unit") or "").lower(), ctx.match.groupdict().get("m")
    return period_of_named(ctx, unit, month and _month(month))


def the_day_named(ctx):
    """ "since then", «в тот же день», «с тех пор»: the day of the last date of a fact
    named, or that date when it is no finer ("since then" after "in March 1999" is since
    March 1999)."""
    return period_of_named(ctx, "day")


def period_of_named(ctx, unit, month=None):
    """The ``unit`` ("day", "week", "month", "year", a season) or ``month`` (1–12) of the
    last date named, with its note; None when the article has named none. A day or part
    of one ("the same afternoon") is of the last date of a fact, never of one named as a
    point of reference ("the first time since July 2019"); a month, season or year of the
    story's time, not of a step back from it ("the previous November")."""
    a_day = unit in ("day", "date", "night", "morning", "afternoon", "evening")
    named = ctx.last_named(
        facts_only=a_day, narrated=bool(month) or unit in SEASONS or unit == "year"
    )
    if named is None:
        return None
    if a_day and ctx.future and named.last_day <= ctx.today:
        # "From the same date, the office will close" after "from November 1, Lavrov said on
        # Monday": the date still to come, not the saying's
        named = ctx.last_to_come() or named
    elif a_day and named.start > ctx.today and _told(ctx):
        # «Вечером … сообщил» after «будет подписан 27 мая»: the story's day gone by
        named = ctx.last_gone_by() or named
    if named.precision != DAY and _THE_SAME_DAY.search(ctx.match.group()):
        # «в тот же день» after 7 November and a treaty «подписанный в 1999 году», "later
        # the same day" after "joined on March 29 … a bid launched in 1994": the day named
        # before that year in passing, when later than it ("then" is of the year)
        day = ctx.last_day_named()
        named = day if day is not None and day.start > named.last_day else named
    year = named.start.year
    if month:
        result = PartialDate(date(year, month, 1), MONTH)
    elif unit in SEASONS:
        first, last = SEASONS[unit]
        result = PartialDate(date(year, first, 1), MONTH, date(year, last, 1), WITHIN)
    elif unit == "year":
        result = PartialDate(date(year, 1, 1), YEAR)
    else:
        precision = MONTH if unit == "month" else DAY
        if FINENESS[named.precision] > FINENESS[precision]:
            result = named  # known no finer than the date it refers to
        elif unit == "week":
            result = _range(*_week_of(named.start), DAY, WITHIN)
        else:
            # As roughly as the date it refers to: "two weeks ago … the same evening".
            exact = named.precision != precision or named.qualifier != APPROXIMATE
            result = PartialDate(
                truncate(named.start, precision), precision, None, EXACT if exact else APPROXIMATE
            )
    how = f"of {named.display}, the date named before it"
    return result, f"“{ctx.match.group().strip()}”: {how}: {result.display}", True


def _told(ctx):
    """Whether the clause of the current match tells what happened."""
    return told_in_the_past(ctx.sentence, *ctx.match.span(), ctx.language)


def _clock_time(ctx):
    """ "A little after 4 p.m. the submarine surfaced", "At dawn the convoy left": a time of
    the day the story is at, told as it goes on (the last day named, ``period_of_named``);
    nothing in a sentence that names a date of its own, which says the day better."""
    if ctx.previous_end is not None or _dated_later_in_clause(ctx):
        return None
    if not told_in_the_past(ctx.sentence, *ctx.match.span(), ctx.language):
        return None
    return period_of_named(ctx, "day")


def _hours_later(ctx):
    """ "Within hours", "Minutes later": a time of the day the story is at, as
    ``_clock_time``; hours after it may be the next day ("late on Friday … Within hours")."""
    found = _clock_time(ctx)
    if found is None or not (ctx.match["hours"] or ctx.match["hour"]):
        return found
    day, _, told = found
    if (day.precision, day.qualifier) != (DAY, EXACT):
        return found
    if day.start >= ctx.today and not ctx.future:
        return found  # told on the day of publication: no next day yet
    result = _range(day.start, day.start + timedelta(days=1), DAY, WITHIN)
    how = (
        f"hours after a moment of {day.display}, the date named before it, so that day or the next"
    )
    return result, f"“{ctx.match.group().strip()}”: {how}: {result.display}", told


def _month_counted(ctx):
    """ "the previous November", "the following March", "the next May": the last such month
    before the month of the last date named, or the first after it."""
    base = ctx.anchor_at(MONTH)
    if base is None:
        return None
    month, which = _month(ctx.match.group("m")), _anaphoric(ctx.match.group("which"))
    if which == "previous":
        year = base.year - (1 if month >= base.month else 0)
    else:
        year = base.year + (1 if month <= base.month else 0)
    result = PartialDate(date(year, month, 1), MONTH)
    return result, counted_note(ctx, base, result), True


def _day_that_year(ctx):
    """ "the first of April that year", "on May 3 the same year": that day of the year of
    the last date named that is of the story's time."""
    named = ctx.last_named(narrated=True)
    if named is None:
        return None
    value = _safe_date(named.start.year, _month(ctx.match.group("m")), _day(ctx.match.group("d")))
    if value is None:
        return None
    result = PartialDate(value)
    how = f"in {named.start.year}, the year of {named.display}, the date named before it"
    return result, f"“{ctx.match.group().strip()}” {how}: {result.display}", True


def _day_of_month(ctx):
    """ "on the 14th": a day of the month the sentence or the one before named, else of the
    text's today's month, or the one before or after it as the clause points."""
    day = _day(ctx.match.group("d"))
    named = ctx.last_named(MONTH)
    if named is not None and named.start > ctx.today and not ctx.future:
        named = None  # "next month … had met on the 14th": a past day is not next month's
    if named is not None and truncate(named.start, MONTH) != truncate(ctx.today, MONTH):
        value = _safe_date(named.start.year, named.start.month, day)
        if value is None:
            return None
        result = PartialDate(value)
        month = PartialDate(named.start, MONTH).display
        how = f"in {month}, the month of the date named before it"
        return result, f"“{ctx.match.group().strip()}” {how}: {result.display}", True
    today = ctx.today
    step = 0
    if ctx.future and day < today.day:
        step = 1
    elif not ctx.future and day > today.day:
        step = -1
    month = _add_months(today.replace(day=1), step)
    value = _safe_date(month.year, month.month, day)
    if value is None:
        return None
    result = PartialDate(value)
    way = "ahead: the sentence looks ahead" if ctx.future else "back: the sentence looks back"
    return result, _relative(ctx, result, f"the nearest such day looking {way}"), True


def _days_of_a_month_said(ctx):
    """ "on the 26th of that month", "the 9th and 10th of this month": the days of the month
    the words say, the last one named or today's, the one before or the one after."""
    which = " ".join(ctx.match.group("which").lower().split())
    if which in STEP:
        month = _add_months(ctx.today.replace(day=1), STEP[which])
    else:
        named = ctx.last_named(MONTH, narrated=True)
        if named is None:
            return None
        month = named.start.replace(day=1)
    first, last = ctx.match.group("d1"), ctx.match.group("d2")
    start = _safe_date(month.year, month.month, _day(first))
    end = last and _safe_date(month.year, month.month, _day(last))
    if start is None or (last and (end is None or end <= start)):
        return None
    result = PartialDate(start, DAY, end or None)
    if which in STEP:
        return result, _relative(ctx, result), True
    how = f"in {PartialDate(month, MONTH).display}, the month of the date named before it"
    return result, f"“{ctx.match.group().strip()}” {how}: {result.display}", True


def _decade_of_today(ctx):
    """ "this decade", "by the end of the decade": the decade of the text's today (the 2000s
    are 2000–2009), or its first or last year."""
    first = ctx.today.year // 10 * 10
    part = (ctx.match.group("part") or "").lower()
    if part == "end":
        result = PartialDate(date(first + 9, 1, 1), YEAR)
    elif part in ("start", "beginning"):
        result = PartialDate(date(first, 1, 1), YEAR)
    else:
        result = PartialDate(date(first, 1, 1), YEAR, date(first + 9, 1, 1), WITHIN)
    return result, _relative(ctx, result), True


# Rules in order of preference where two match the same words (longest match wins first).
# "(?<![\w-])" and "(?![\w-])" keep a rule from matching inside a word or a number.
# A month named alone is a date only after words like these ("in March", "mid-March").
MONTH_CONTEXT_WORDS = [
    "in",
    "of",
    "by",
    "on",
    "since",
    "until",
    "till",
    "from",
    "before",
    "after",
    "during",
    "early",
    "late",
    "end",
    "start",
    "beginning",
    "last",
    "next",
    "this",
    # "could arrive as early as December", "no later than March"
    "as early as",
    "as soon as",
    "as late as",
    # "the visit planned for September"
    "planned for",
    "scheduled for",
    "set for",
    "slated for",
]
_AFTER_MONTH_CONTEXT = (
    "(?:"
    + "|".join(rf"(?<=\b{word} )|(?<=\b{word.capitalize()} )" for word in MONTH_CONTEXT_WORDS)
    # "in April or May", "in March and April": a month after another.
    + "".join(
        rf"|(?<=\b{month.capitalize()} {joint} )"
        for month in MONTH_NAMES
        for joint in ("or", "and")
    )
    + r"|(?<=\bmid-)|(?<=\bMid-))"
)
# A number naming a thing is no year: "Resolution 1973", "Article 5", "No. 2004".
_NOT_A_NUMBERED_THING = not_after(
    ("Resolution", "resolution", "No.", "no.", "number", "Article", "article"), r"\s"
)
# "that May" is a month, but in "said that May would …" a name or a verb.
_NOT_AFTER_SAYING = (
    r"(?<!said that )(?<!says that )(?<!told that )(?<!noted that )(?<!added that )"
    r"(?<!warned that )(?<!announced that )(?<!believed that )(?<!believes that )"
)
# "Oct. 24 last year": the year "last", "this" or "next year" says.
_OF_RELATIVE_YEAR = r"(?:,?\s+(?:of\s+)?(?P<which>(?i:last|next|this))\s+(?i:year)\b)?"
STEP = {"last": -1, "this": 0, "next": 1}
_BETWEEN = r"(?P<between>\b(?i:between)\s+)?(?:\b(?i:from)\s+)?"
# "12 March", "the 12th of March", "the twelfth of March" (a day in words needs its "of").
_DAY_FIRST = (
    rf"(?P<d>(?:(?i:the)\s+)?{D}|(?:(?i:the)\s+)?{ORDINAL_DAY}(?=\s+of\s))"
    rf"\s+(?:of\s+)?(?P<m>{MONTH_NAME})"
)
# "March 12", "March the 12th", "March twelfth," (a day in words where the date ends).
_MONTH_FIRST = (
    rf"(?P<m>{MONTH_NAME})\s+(?P<d>(?:(?i:the)\s+)?{D}(?![\d,]\d)"
    rf"|{ORDINAL_DAY}(?=\s*(?:[,.;:)]|$|\s+{Y})))"
)
# "the next year" after a date named is the year after it; "over the next year" is still
# the coming one.
_THE_NEXT = (
    r"(?<!\bover\s)(?<!\bin\s)(?<!\bwithin\s)(?<!\bduring\s)(?<!\bfor\s)"
    r"(?<!\bthroughout\s)the\s+next"
)
# "a week from Friday", "a fortnight on Monday", "two weeks from today": weeks after the day.
_WEEKS_ON = rf"(?i:(?:(?P<weeks>{COUNT})\s+weeks?|(?P<fortnight>\ba\s+fortnight))\s+(?:from|on)\s+)"
RULES = [
    (rf"(?<![\w-])(?P<y>{Y})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-])", _iso),
    # 3.4.2008 (day.month.year); 03/04/2008
    (
        r"(?<![\w./-])(?<!(?i:version) )(?<!v)"
        rf"(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{Y})(?![\w/-]|\.\d)",
        _numeric,
    ),
    # 7–8 April 2004, 7 and 8 April, between 7 and 8 April, 29 March – 4 April 2004
    (
        rf"{_BETWEEN}(?<![\w-])(?:(?i:the)\s+)?(?P<d1>{D})(?:\s+(?P<m1>{MONTH_NAME}))?{AND}"
        rf"(?:(?i:the)\s+)?(?P<d2>{D})\s+(?:(?i:of)\s+)?(?P<m2>{MONTH_NAME})(?:,?\s+(?:(?P<y>{Y})|(?:of\s+)?(?P<which>(?i:last|next|this))\s+(?i:year)\b))?(?![\w-])",
        _days_range,
    ),
    # April 7-8, 2004; April 7 and 8; March 29 to April 4
    (
        rf"{_BETWEEN}(?P<m1>{MONTH_NAME})\s+(?P<d1>{D}){AND}(?:(?P<m2>{MONTH_NAME})\s+)?(?P<d2>{D})"
        rf"(?:,?\s+(?:(?P<y>{Y})|(?:of\s+)?(?P<which>(?i:last|next|this))\s+(?i:year)\b))?(?![\w-])",
        _days_range,
    ),
    (rf"(?<![\w-]){_DAY_FIRST},?\s+(?P<y>{Y})(?![\w-])", _full_date),
    (rf"(?<![\w-]){_MONTH_FIRST},?\s+(?P<y>{Y})(?![\w-])", _full_date),
    # from March to June 2003, between March and June, March–June 2003
    (
        rf"(?:(?P<between>\b(?i:between)\s+)|\b(?i:from)\s+)?(?P<m1>{MONTH_NAME})(?:\s+(?P<y1>{Y}))?"
        rf"(?(between){AND}|{TO})(?P<m2>{MONTH_NAME})(?:,?\s+(?P<y2>{Y}))?(?![\w-])",
        _months_range,
    ),
    # "March" of "in March and April 1997", "in March or early April 1997"
    (
        rf"(?P<m>{MONTH_NAME})(?=\s+(?:and|or)\s+(?:in\s+)?(?:(?i:early|late|mid)[\s-]+)?"
        rf"(?P<m2>{MONTH_NAME}),?\s+(?P<y>{Y})(?![\w-]))",
        _month_before_another,
    ),
    (rf"(?<![\w-]){_DAY_FIRST}{_OF_RELATIVE_YEAR}(?![\w-])", _day_month),
    (rf"(?<![\w-]){_MONTH_FIRST}{_OF_RELATIVE_YEAR}(?![\w-])", _day_month),
    (rf"(?P<m>{MONTH_NAME}),?\s+(?:of\s+)?(?P<y>{Y})(?![\w-])", _month_year),
    # "June next year", "in March of last year"
    (
        rf"(?P<m>{MONTH_NAME})\s+(?i:of\s+)?(?P<which>(?i:next|last|this))\s+(?i:year)\b",
        _month_of_relative_year,
    ),
    (rf"{_AFTER_MONTH_CONTEXT}(?P<m>{MONTH_NAME})(?![\w-])", _bare_month),
    # "pushed back to June": "to" names a month only as the new date of a plan put off.
    (rf"(?<=\b[Tt]o )(?P<m>{MONTH_NAME})(?![\w-])", _month_put_off_to),
    (
        rf"(?:(?P<between>\b(?i:between)\s+)|\b(?i:from)\s+)?(?<![\w$£€-])(?P<y1>{Y})"
        # Not a day and month after a year: "2002 — 28 May".
        rf"(?(between){AND}|{TO})(?P<y2>{Y}|\d\d(?!\s+{MONTH_NAME}))(?![\w%-])",
        _years_range,
    ),
    # "the winter of 2008–09", "winter 2008/09": a winter spans two years.
    (
        rf"(?i:\b(?:the\s+)?winter\s+(?:of\s+)?)(?P<y1>{Y})\s*[-–—/]\s*(?P<y2>{Y}|\d\d)"
        r"(?![\w%-])",
        _winter,
    ),
    (r"(?<![\w-])(?:the\s+)?(?P<decade>(?:1[6-9]|20)\d0)'?s(?![\w-])", _decade),
    # "the '90s", "the 90s": the last such decade begun by the text's today
    (r"(?<![\w-])(?:(?i:the)\s+)?['\u2018\u2019](?P<tens>\d)0s(?![\w-])", _decade_of_century),
    (r"(?i:\bthe\s+)(?P<tens>[5-9])0s(?![\w-])", _decade_of_century),
    # "this spring", "in the autumn", "until spring", "spring 2003"; never a bare "fall",
    # which is a verb, nor the fall of someone or something ("the fall of the Berlin Wall").
    (
        rf"(?i:\b(?:(?P<which>this|last|next|the|in|the\s+following|the\s+previous|{_THE_NEXT})"
        rf"\s+(?:(?:early|late|mid)[\s-]+)?|(?:early|late|mid)[\s-]+|(?<=\bof\s)|(?<=\buntil\s)|"
        rf"(?<=\bby\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bsince\s))"
        rf"(?P<season>spring|summer|autumn|fall(?!\s+of\s+(?!{Y}\b)))"
        rf"(?:\s+(?:of\s+)?(?P<y>{Y}))?)(?![\w-])",
        _season,
    ),
    (rf"(?i:\b(?P<season>spring|summer|autumn|fall)\s+(?:of\s+)?(?P<y>{Y}))(?![\w-])", _season),
    # "the third quarter", "the first quarter of 2005", "the fourth quarter of next year";
    # not "the first quarter of the century"
    (
        rf"(?i:\b(?:the\s+)?(?P<q>{'|'.join(QUARTERS)})\s+quarter(?:\s+of\s+(?:(?P<y>{Y})|"
        r"(?P<which>this|last|next)\s+year|the\s+year|this\s+year)\b|(?!\s+of\b)\b))",
        _quarter,
    ),
    (rf"(?<![\w-])(?i:mid)-(?P<y>{Y})(?![\w%$-])", _year_only),
    # "back in oh-four", "since '08": only after a preposition of time
    (
        r"(?:(?<=\b[Ii]n )|(?<=\b[Ss]ince )|(?<=\b[Uu]ntil )|(?<=\b[Bb]y ))"
        rf"(?:(?i:oh)[\s-](?P<oh>(?i:{'|'.join(_UNIT_WORDS)}))|['\u2018\u2019](?P<yy>\d\d))"
        r"(?![\w'\u2019-])",
        _clipped_year,
    ),
    (
        rf"(?<![\w$£€.,-]){_NOT_A_NUMBERED_THING}(?P<y>{Y})(?![\w%$-]){NOT_A_QUANTITY_S_BOUND}"
        r"(?!\s+(?:km|kilometres|kilometers|miles|troops|"
        r"soldiers|people|men|tanks|personnel|servicemen|officers|metres|meters|tonnes|tons)\b)",
        _year_only,
    ),
    (
        rf"(?:{_WEEKS_ON})?"
        r"(?i:\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
        r"(?:earlier|later)\s+(?:today|in\s+the\s+day)|yesterday|last\s+night|today|tonight|"
        r"tomorrow|this\s+(?:morning|afternoon|evening)|overnight|at\s+midnight"
        r"(?!\s+(?:on|of|that|the|local|GMT|Moscow|Brussels)\b))\b)",
        _named_day,
    ),
    (r"(?i:\bthe\s+other\s+day\b)", _these_days),
    (
        rf"(?i:\b(?:(?P<n>{COUNT})\s+|(?:just|only|mere)\s+|an?\s+)?"
        r"(?:minutes?|moments?|(?P<hours>hours?))\s+ago\b)",
        _hours_ago,
    ),
    (
        r"(?i:\b(?:(?:over|during|at)\s+)?(?P<which>last|next|this(?:\s+(?:past|coming))?|the)"
        r"\s+weekend\b)",
        _weekend,
    ),
    (
        rf"(?:{_WEEKS_ON}|\b(?i:(?:late|early)\s+)?(?i:on\s+)?)?(?:\b(?P<which>(?i:last|next|this(?:\s+"
        rf"(?:past|coming))?))\s+)?(?P<wd>{WEEKDAY_NAME})(?P<week>\s+(?i:week)(?![\w'-]))?(?:'s)?(?:\s+(?i:morning|afternoon|"
        rf"evening|night))?",
        _weekday,
    ),
    (
        r"(?i:\b(?:(?:earlier|later|late|early)\s+|(?:the\s+)?(?:end|start|beginning|"
        r"middle)\s+of\s+)?(?P<which>this|last|next|the\s+current|the\s+past|the\s+coming|the\s+previous|"
        # "earlier in the week": this week's
        rf"the\s+following|{_THE_NEXT}|(?<=of\s)the|(?<=earlier\s)in\s+the|(?<=later\s)in\s+the)"
        r"\s+(?P<unit>week|month|year)\b)",
        _relative_period,
    ),
    (
        r"(?i:\b(?:the\s+(?P<part>end|start|beginning|middle)\s+of\s+(?:this|the)|this)"
        r"\s+decade\b)",
        _decade_of_today,
    ),
    # An "on this day" column's entries: "In 2002, …", "Ten years ago: …" (before a count
    # back, which the same words would be anywhere else)
    (
        rf"^(?i:in\s+(?P<y>{Y})(?=\s*,)|(?P<n>{COUNT})\s+years?\s+ago(?=\s*:))",
        _column_entry,
    ),
    (
        # "days later", "years ago": a plural unit alone is a vague count of it
        rf"(?i:\b(?:(?:(?P<bound>{COUNT_BOUND})\s+)?(?P<n>{COUNT})\s+)?"
        r"(?P<unit>(?(n)days?|days)|(?(n)weeks?|weeks)|(?(n)months?|months)|(?(n)years?|years)"
        r"|(?(n)decades?|decades))\s+"
        rf"(?P<dir>ago|later|earlier|afterwards?|after\s+that|before\s+that|from\s+now)\b)",
        _ago,
    ),
    # "in two years' time", "within a year", "over the next five years"
    (
        r"(?i:\b(?:in|(?P<within>within|(?:in|within|over)\s+the\s+(?P<next>next|coming)))\s+"
        rf"(?:(?P<n>{COUNT})\s+(?P<unit>days?|weeks?|months?|years?|decades?)"
        # a unit alone only after "the next": never "in" alone ("spoke in “plain” terms")
        r"|(?(next)(?P<one>year|month|week)|(?!)))"
        r"(?P<time>['\u2019]s?\s+time)?(?![\w'\u2019-]))",
        _ahead_of_today,
    ),
    # "A little after 4 p.m.", "At dawn", "Shortly before midnight", opening a sentence
    (
        r"^(?i:(?:(?:a\s+little|just|shortly|soon|not\s+long)\s+)?(?:at|after|before|around|by)"
        rf"\s+(?:about\s+|around\s+)?(?:{TIMES_OF_DAY}))(?![\w.])",
        _clock_time,
    ),
    # "Within hours", "Hours later", "Minutes later", opening a sentence: the same day
    (
        rf"^(?i:within\s+(?:(?:a\s+few|{COUNT})\s+)?(?:(?P<hours>hours)|minutes)"
        rf"|within\s+the\s+hour|(?:(?:a\s+few|several|an?|{COUNT})\s+)?"
        r"(?:(?P<hour>hours?)|minutes?)\s+later|moments\s+later)(?![\w-])",
        _hours_later,
    ),
    # "before Christmas", "on New Year's Eve", "by the new year", "in the new year"
    (
        r"(?:(?P<in_it>(?<=\b[Ii]n\s))|(?<![\w-]))(?P<feast>(?:(?:Orthodox\s+)?Christmas(?:\s+(?:Eve|Day))?"
        r"|New\s+Year['\u2019]s(?:\s+(?:Eve|Day))?|(?i:the\s+new\s+year))(?!\s+(?:Island|truce|"
        r"message|address|speech|card|tree|party|holidays?\s+season)\b))(?![\w'\u2019-])",
        _holiday,
    ),
    # "On this day in 1997", "25 years ago today"
    (
        rf"(?i:\b(?:(?:on\s+)?this\s+(?:very\s+)?day\s+(?:back\s+)?in\s+(?P<y>{Y})|"
        rf"(?P<n>{COUNT})\s+years?\s+ago\s+(?:today|this\s+(?P<period>day|week|month)))\b)",
        _this_day_in,
    ),
    # "on 31.3.": day and month in figures, no year, after a preposition
    (
        r"(?:(?<=\b[Oo]n )|(?<=\b[Bb]y )|(?<=\b[Uu]ntil )|(?<=\b[Ff]rom )|(?<=\b[Ss]ince )"
        r"|(?<=\b[Bb]efore )|(?<=\b[Aa]fter ))(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\."
        r"(?![\w.]|\d)",
        _day_dot_month,
    ),
    # "in the coming weeks", "over the next few days", "in the weeks ahead"
    (
        r"(?i:\b(?:in|over|during|within)\s+the\s+(?:(?:coming|next)\s+(?:few\s+)?"
        r"(?P<unit>days|weeks|months)|(?P<ahead>days|weeks|months)\s+ahead)\b)",
        _coming,
    ),
    # "on the 26th of that month", "the 9th and 10th of this month", "the 3rd of next month"
    (
        rf"(?i:\b(?:on\s+)?the\s+)(?P<d1>{D})(?:{AND}(?:(?i:the)\s+)?(?P<d2>{D}))?\s+(?i:of)\s+"
        r"(?P<which>(?i:this|last|next|that|the\s+same))\s+(?i:month)\b",
        _days_of_a_month_said,
    ),
    # that day, the same day, from the same date, later that year, that same week, that
    # autumn, that May
    (
        rf"(?i:\b(?:(?:later|earlier)\s+)?(?:(?:on|in|during|by|at)\s+)?"
        rf"(?:that(?:\s+very|\s+same)?|the\s+(?:very\s+)?same)\s+)"
        rf"(?:(?i:(?P<unit>day|date|night|morning|afternoon|evening|week|month|year|spring|summer|"
        rf"autumn|fall))|{_NOT_AFTER_SAYING}(?P<m>{MONTH_NAME}))(?![\w-])",
        _that,
    ),
    (
        rf"(?:(?<=\b(?i:mid)-)|(?<![\w-]))(?P<m>{MONTH_NAME})\s+(?i:of\s+)?(?i:that|the\s+same)"
        r"\s+(?i:year)\b",
        _that,
    ),
    # "since then", "since that time": from the last date of a fact named
    (r"(?<=\b[Ss]ince\s)(?i:then|that\s+time)\b", the_day_named),
    # "the memorandum of that conversation", "at that meeting": the fact just named's day
    (
        r"(?i:\b(?:(?<!said\s)(?<!says\s)(?<!told\s)(?<!added\s)(?<!warned\s)that|the\s+same)"
        r"\s+(?:(?:tele)?phone\s+)?(?:meeting|conversation|call|visit|summit|session|trip|"
        r"encounter|interview|speech|ceremony)\b|\bthose\s+talks\b)",
        the_day_named,
    ),
    # "in the autumn of that year": one phrase, the season of the year named before
    (
        r"(?i:\b(?:the\s+)?(?P<unit>spring|summer|autumn|fall)\s+of\s+(?:that|the\s+same)\s+year)\b",
        _that,
    ),
    # "the previous November", "the following March"
    (
        rf"(?i:\b(?P<which>the\s+(?:previous|following|next))\s+)(?P<m>{MONTH_NAME})(?![\w-])",
        _month_counted,
    ),
    # "the first of April that year": a day of the year of the last date named
    *(
        (rf"(?<![\w-]){day}\s+(?i:of\s+)?(?i:that|the\s+same)\s+(?i:year)\b", _day_that_year)
        for day in (_DAY_FIRST, _MONTH_FIRST)
    ),
    # on the 14th
    (
        r"(?i:\bon\s+the\s+)(?P<d>(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th))"
        r"(?=\s*[,.;:)!?]|\s*$|\s+(?i:in|at|and|when|with|after|before|as|but|by|for|while)\b)",
        _day_of_month,
    ),
    (
        r"(?i:\b(?:on\s+)?the\s+(?P<dir>next|following|previous)\s+"
        r"(?:day|morning|afternoon|evening|night)\b)",
        _next_day,
    ),
    (r"(?i:\b(?:on\s+)?the\s+day\s+(?P<dir>before|after)\b)(?!\s+\w)", _next_day),
    # "two days after the summit", "the day before the Istanbul talks", "a week after it";
    # not "a day after the council adopted …", whose last word is a verb, no act's noun.
    (
        rf"(?i:\b(?:(?P<n>{COUNT})\s+(?P<unit>days?|weeks?|months?|years?)|(?:on\s+)?the\s+day)"
        r"\s+(?P<dir>after|before)\s+(?:(?:the|this|that|its|their)\s+"
        r"(?:(?-i:[A-Z][\w'\u2019.-]*|\w+-[\w-]+)\s+){0,3}(?P<noun>(?-i:[a-z]+))(?<!ed)"
        r"(?![\w'\u2019-])"
        r"|it(?=\s*(?:[,;:.]|$))))",
        _after_act,
    ),
    # "will attend the summit", "boycotted the talks": on the date of the act named before;
    # its noun ends the phrase ("attend the next round", "the spring session" name others).
    (
        r"(?i:\b(?:attend(?:s|ed|ing)?|skip(?:s|ped|ping)?|boycott(?:s|ed|ing)?)\s+the\s+"
        r"(?:(?-i:[A-Z][\w'\u2019.-]*|\w+-[\w-]+)\s+){0,3}"
        r"(?!(?:spring|summer|autumn|fall|winter|day|week|weekend|month|year|morning|"
        r"afternoon|evening|night|next|first|last)\b)(?P<noun>(?-i:[a-z]+)))"
        r"(?=\s*(?:[,;:.!?)]|$)|\s+(?:in|at|on|of|with|and|but|or|as|if|after|to)\b)",
        _at_act,
    ),
    # "during the visit", "after the talks", "at the NATO summit", "on the eve of the
    # meeting"; "It will be his first visit" opening the sentence after the visit's date.
    (
        r"(?i:(?:\b(?P<prep>during|throughout|after|following|at|in\s+the\s+course\s+of|"
        r"on\s+the\s+(?:sidelines|margins|eve)\s+of)\s+(?:the|this|that)"
        r"|^(?:it|this)\s+(?:will\s+be|would\s+be|is|was)\s+(?:his|her|their|its|the)"
        r"(?:\s+(?-i:[a-z]+)){0,2})\s+"
        r"(?:(?-i:[A-Z][\w'\u2019.-]*|\w+-[\w-]+)\s+){0,3}(?P<noun>(?-i:[a-z]+)))"
        r"(?=\s*(?:[,;:.!?)]|$)|\s+(?:in|at|on|of|with|and|but|or|as|to|between|by|ended|was|"
        r"were|had|has|that)\b)",
        _during_act,
    ),
    # "told reporters afterwards", "Shortly afterward, …": after the last fact dated; not
    # "two days afterwards", a count.
    (r"(?i:\b(?:(?:shortly|soon|immediately|just)\s+)?afterwards?\b)", _afterwards),
    # The act named again opening the sentence: its subject, told in the past ("The signing
    # was witnessed by …", "The talks lasted three hours"), or the source of what follows
    # ("According to the statement, …").
    (
        r"^(?:The|This|That|Their|His|Her|Its)\s+(?:(?-i:[A-Z][\w'\u2019.-]*|\w+-[\w-]+)\s+){0,3}"
        r"(?P<noun>[a-z]+)(?=(?:\s+(?:of|in|at|between|with|on)\s+[^,;:]{1,60}?)?\s+(?:was|were|"
        r"had|lasted|took|ended|began|opened|closed|went|focused|focussed|centred|centered|"
        r"covered|produced|brought|drew|ran|passed|saw|followed|created|established|set\s+up|"
        r"launched|adopted|approved|endorsed|agreed|decided|issued|resulted|reaffirmed)\b)"
        r"|^(?i:according\s+to)\s+(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,2}?"
        r"(?P<source>statement|communiqu[eé]|declaration|readout)(?=\s*,)"
        r"|^(?i:in)\s+(?:a|the|its|their)\s+(?P<closing>joint|final|closing)\s+"
        r"(?:statement|communiqu[eé]|declaration)\b",
        act_named_again,
    ),
    (
        r"(?i:\b(?:at\s+(?:the|that)\s+time|back\s+then|at\s+that\s+point)\b"
        r"|^by\s+(?:the\s+)?(?:evening|nightfall|the\s+end\s+of\s+the\s+day)\b)",
        at_the_time,
    ),
    # "There, …", "There he met …"; not the "there" of "there is", "there were"
    (
        r"^There\b(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|must|could|"
        r"should|can|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed)\b)",
        at_last_act_there,
    ),
]
# "the week beginning 19th March", "the weekend of April 5-6": one date, a week from or to
# the day, or the days themselves.
_WEEK_OF = (
    r"(?i:\bthe\s+(?P<unit>week|weekend)\s+(?P<rel>beginning|starting|commencing|ending|of)"
    r"\s+(?:on\s+)?)"
)


def _week_or_weekend(inner):
    def resolve(ctx):
        resolved = inner(ctx)
        if resolved is None:
            return None
        result, note, relative = resolved
        unit, rel = ctx.match.group("unit").lower(), ctx.match.group("rel").lower()
        if unit == "week" and result.end is None and result.precision == DAY:
            first = result.start - timedelta(days=6 if rel == "ending" else 0)
            result = PartialDate(first, DAY, first + timedelta(days=6), WITHIN)
            way = "to" if rel == "ending" else "from"
            note = note and f"{note}; the week {way} it: {result.display}"
        return result, note, relative

    return resolve


RULES += [
    (_WEEK_OF + pattern, _week_or_weekend(resolver))
    for pattern, resolver in RULES
    if resolver in (_days_range, _full_date, _day_month)
]
RULES = [(re.compile(pattern), resolver) for pattern, resolver in RULES]
WEEKDAY_RULE = next(pattern for pattern, resolver in RULES if resolver is _weekday)

# Words before or after a date that change what it says.
_APPROXIMATE = re.compile(
    r"(?i:\b(?:about|around|approximately|roughly|circa|c\.|some\s*time\s+(?:in|around)|"
    r"in\s+about|in\s+or\s+around|as\s+early\s+as)\s+(?:in\s+|on\s+)?"
    r"(?:(?:early|late|mid)[\s-]+)?)$"
)
_NO_LATER_THAN = re.compile(
    rf"(?i:\b(?:by|no\s+later\s+than|not\s+later\s+than|before)\s+(?:{PART_OF}\s+)?"
    r"(?:(?:in|on)\s+)?(?:(?:early|late|mid)[\s-]+)?)$"
)
_POSSESSIVE = re.compile(r"['\u2019]s?(?!\w)")
_BY_THE = re.compile(r"(?i:\bby\s+the\s+)$")
_DEADLINE = re.compile(r"(?i:\s+deadline)\b")
_SINCE = re.compile(r"(?i:\bsince\s+(?:(?:in|on|the)\s+)?(?:(?:early|late|mid)[\s-]+)?)$")
# A short noun phrase between a preposition and the date that dates the thing it names:
# "since Rome in 2002", "after the war in Georgia last August", "until his retirement in
# 2006". Its words are checked for verbs (``_VERB``): "since Russia joined in 2002" is not one.
_NOUN_PHRASE = (
    r"(?P<np>(?:(?!(?:since|after|before|until|till|and|but|when|while|which|who|that|"
    r"where)\b)[\w'\u2019.-]+\s+){1,6}?)"
)
_LINK = r"(?:in|of|on|at|during|last|this)\s+(?:(?:early|late|mid)[\s-]+)?"
_PERIOD_PART = r"(?:(?:in|on)\s+)?(?:(?:early|late|mid)[\s-]+)?"
_SINCE_THROUGH = re.compile(rf"(?i:\bsince\s+{_NOUN_PHRASE}{_LINK})$")
# "after the war in August 2008", "after December 2007"; "no earlier than June", "not
# before 2012": after it.
_AFTER = re.compile(
    rf"(?i:(?:\bafter\s+(?:{_NOUN_PHRASE}{_LINK}|{_PERIOD_PART}|the\s+)"
    rf"|\b(?:no|not)\s+(?:earlier\s+than|before)\s+(?:{PART_OF}\s+)?{_PERIOD_PART}))$"
)
# "shortly after dawn on Aug. 7", "after 4 p.m. on March 3": a time of that day, not after it.
_TIME_OF_DAY = re.compile(
    rf"(?i:{TIMES_OF_DAY}|lunch(?:time)?|breakfast|dinner"
    r"|\d{1,2}(?:[:.]\d{2})?(?:\s*(?:o['\u2019]clock|GMT|UTC))?)"
)
# Not before an audience: "testify before the Senate committee on Oct. 21" is that day.
_BEFORE_AN_AUDIENCE = not_after(
    (
        *("testify", "testifies", "testified", "testifying", "appear", "appears", "appeared"),
        *("appearing", "speak", "speaks", "spoke", "speaking", "stand", "stands", "stood"),
    ),
    r"\s",
)
_BEFORE_THROUGH = re.compile(rf"(?i:{_BEFORE_AN_AUDIENCE}\bbefore\s+{_NOUN_PHRASE}{_LINK})$")
# "five years after the 1997 act", "two days before 12 March": counted from the date.
_COUNTED_FROM = re.compile(
    rf"(?i:\b(?:(?P<n>{COUNT})\s+(?P<unit>days?|weeks?|months?|years?|decades?)|"
    rf"the\s+(?P<day>day|night|morning|evening))\s+"
    rf"(?P<dir>after|before)\s+(?:{_NOUN_PHRASE}{_LINK}|(?:the\s+)?))$"
)
# "the first … since 2002", "the largest … since the Cold War in 1991": the date is the
# last time before, not this fact's; not "only after the summit last September", which
# says when it was ("only" right before the word searched up to).
_FIRST_SINCE = re.compile(
    r"(?i:\b(?:first|only(?!\s*$)|largest|biggest|highest|lowest|worst|best|longest|greatest|"
    r"deepest|strongest|weakest|sharpest|(?<=the\s)most)\b)"
)
# "the second such meeting this year", "the third time this month": the period a fact is
# counted in, not its date.
_NTH_IN = re.compile(
    r"(?i:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\s+(?P<np>(?:(?!of\b)[\w'\u2019-]+\s+){1,3}?)"
    r"(?:(?:in|during|so\s+far)\s+)?)$"
)
_LATER_OR_EARLIER = re.compile(r"(?i:(?:later|earlier)\s)")
# "later this spring", "earlier this spring": the side of today the date's period is on.
_SIDE_OF_TODAY = re.compile(r"(?i:\b(?:later|earlier)\s+)$")
_CLAUSE_START = re.compile(r"[,;:()\u2013\u2014\u201c\u201d\"]")
_VERB = re.compile(
    r"(?:[a-z]{2,}ed|is|was|were|are|be|been|has|have|had|did|does|do|will|would|can|could|"
    r"met|began|took|held|came|went|made|left|won|lost|became|said|told|signed|fell|broke)"
)
# A phrase that looks ahead from the clause before it: "before the issue is discussed on
# 8 March", "ahead of the summit in Bucharest, April 2-4".
_AHEAD_OPENING = re.compile(
    r"(?i:\b(?:before|until|till|ahead\s+of|in\s+advance\s+of|prior\s+to|pending|"
    r"in\s+the\s+run-up\s+to|in\s+time\s+for|look(?:s|ed|ing)?\s+(?:ahead|forward)\s+to|"
    r"(?:in\s+)?preparations?\s+for|prepar(?:e|es|ed|ing)\s+for)\b)"
)
_AHEAD_PRESENT = re.compile(
    r"(?i:\b(?:is|are|will|shall|(?:meet|begin|start|open|convene|gather|vote|visit|"
    r"travel|arrive|return|decide|take|hold)s?)\b)"
)
_AHEAD_PAST = re.compile(
    # "the side that beat Switzerland on Saturday": as "cut", a past with no "-ed"
    rf"(?i:\b(?:{IRREGULAR_PAST}|beat|hit)\b)|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeing )"
    r"(?<!\bbeen )\b[a-z]{2,}ed\b"
)


# "is due in Moscow in the week beginning 19th March", "are set to meet on 3 May".
_DUE = re.compile(
    r"(?i:\b(?:is|are|'s|'re)\s+(?:\w+ly\s+)?(?:due|set|scheduled|slated|expected|planned|"
    r"to\s+be\s+held)\b)"
)


# A gathering called for a date: "has called an extraordinary summit for 1 September",
# "convened a meeting for Friday": the day it is called for, still to come.
_CALLED_FOR = re.compile(
    r"(?i:\b(?:called|convened|summoned|set|scheduled|arranged|fixed|requested)\s+"
    r"(?:(?!for\b)[\w'\u2019-]+\s+){1,8}?for\s+(?:the\s+)?)$"
)


def _due(sentence, start):
    """Whether "is due", "are set", "is expected" governs the date at ``start``: no past
    verb or clause break stands between them."""
    before = sentence[:start]
    due = list(_DUE.finditer(before))
    if not due:
        return False
    phrase = before[due[-1].end() :]
    return len(phrase) <= 120 and not re.search(r"[;:]", phrase) and not _AHEAD_PAST.search(phrase)


def _governed_from_ahead(sentence, start):
    """How a phrase opened by "before", "until" or "ahead of" governs the date at ``start``:
    "present" when a verb in the present or future is in it ("before the issue is
    discussed on 8 March"), "noun phrase" when no verb is ("ahead of the summit in
    Bucharest, April 2-4"), else None (none opens it, or its verb is past)."""
    before = sentence[:start]
    openings = list(_AHEAD_OPENING.finditer(before))
    if not openings or re.search(r"[;:]", before[openings[-1].end() :]):
        return None
    phrase = before[openings[-1].end() :]
    if len(phrase) > 200 or _AHEAD_PAST.search(phrase) or not re.search(r"\w", phrase):
        return None  # "waited until April 1": the date itself, which the main verb governs
    if _AHEAD_PRESENT.search(phrase):
        return "present"
    if _any_verb(phrase) or re.match(r"[a-z]{2,}ing\b", phrase):
        return None  # a verb, or a gerund first: "before reaching a deal on 3 May"
    return "noun phrase"


# "proposed an informal meeting in the spring", "invited Lavrov to visit in March", "plan
# a summit for June": the date is of what is proposed, when an object stands between.
_PROPOSING = re.compile(
    r"(?i:\b(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|invit(?:e|es|ed|ing)|"
    r"plan(?:s|ned|ning)?|offer(?:s|ed|ing)?\s+to\s+host|call(?:s|ed|ing)?\s+for|"
    # "booked the town hall for a reception on Wednesday"
    r"book(?:s|ed|ing)?|reserv(?:e|es|ed|ing)|set(?:s|ting)?\s+aside)\b)"
)


def _proposed(sentence, start):
    """Whether a proposing, inviting or planning verb governs the date at ``start``
    through its object: "proposed a meeting in the spring", not "proposed in March"."""
    verbs = list(_PROPOSING.finditer(sentence[:start]))
    if not verbs:
        return False
    phrase = sentence[verbs[-1].end() : start]
    if len(phrase) > 80 or re.search(r"[,;:()]", phrase):
        return False
    obj = re.sub(r"(?i:\b(?:in|on|for|during|at|by|around)\W*$)", "", phrase)
    if not re.search(r"\w", obj):
        return False  # no object: the date is the proposing's
    words = re.findall(r"[\w']+", re.sub(r"(?i:\bto\s+\w+)", "", obj))
    return not any(_VERB.fullmatch(word) for word in words)


# "following talks in Geneva on Monday", "in the wake of the summit in April".
_FOLLOWING = re.compile(r"(?i:\b(?:following|after|in\s+the\s+wake\s+of)\s)")


def following_phrase(sentence, start):
    """The "following", "after" or "in the wake of" that opens a noun phrase ending at
    ``start`` ("following US-Russia talks in Geneva on"), else None: no verb or clause
    break between them, and some words ("the following Monday" is no such phrase)."""
    openings = list(_FOLLOWING.finditer(sentence[:start]))
    if not openings:
        return None
    phrase = sentence[openings[-1].end() : start]
    if len(phrase) > 100 or re.search(r"[;:()]", phrase) or not re.search(r"\w{3}", phrase):
        return None
    words = re.findall(r"[\w']+", phrase)
    if any(_VERB.fullmatch(word) for word in words) or re.match(r"[a-z]{2,}ing\b", phrase):
        return None
    return openings[-1]


def _any_verb(text):
    """Whether ``text`` has a verb: one of ``_VERB`` or one the cues know ("flew")."""
    words = re.findall(r"[\w']+", text)
    return any(_VERB.fullmatch(word) for word in words) or reports_something(text)


def _verbless(sentence, language):
    """Whether ``sentence`` has no verb the reader knows, in its ``language``."""
    if language == Language.ENGLISH:
        return not _any_verb(sentence)
    return not reports_something(sentence, language)


# Words before a date that name a part of its period the date cannot show ("late 2008",
# "the second half of the year", "в конце прошлого года"): the note says so.
_PART_BEFORE = re.compile(rf"(?i:\b(?P<part>early|late|mid|{PART_OF})[\s-]+(?:the\s+)?)$")
_PART_OPENING = re.compile(
    r"(?i:(?:(?:in|this|last|next|the)\s+(?=(?:early|late|mid)[\s-]))?(?P<part>early|late|mid|(?:the\s+)?(?:end|start|beginning|middle)\s+of)(?=[\s-]))"
)
# "had warned", "had long been", never "had talks" or "had to".
PAST_PERFECT = re.compile(
    r"(?i:\bhad\s+(?:(?:not|never|already|also|long|just|once|first|\w+ly)\s+)*"
    r"(?:[a-z]{2,}(?:ed|en|wn)|met|said|told|made|held|left|lost|won|sent|spent|led|kept|"
    r"built|brought|bought|fought|sought|thought|taught|found|put|set|cut|struck|stood|"
    r"gone|done|come|become|begun|run|read|paid|laid|sold|heard|got|let|hit)\b)"
)
_REPORTING = re.compile(
    r"(?i:\b(?:said|says|told|added|noted|announced|stated|recalled|reported|claimed|"
    r"insisted|according\s+to|warned|declared|confirmed|wrote|gave\s+notice)\b)"
)
_FROM = re.compile(r"(?i:\bfrom\s+)$")
_ONWARDS = re.compile(r"(?i:^\s+(?:on(?:wards?)?|and\s+beyond)\b)")
_UNTIL = re.compile(r"(?i:\b(?:until|till|up\s+to|through)\s+(?:the\s+end\s+of\s+)?)$")
_PUT_OFF_UNTIL = re.compile(rf"(?i:\b{PUT_OFF}\s+(?:the\s+end\s+of\s+)?)$")


# Resolvers that may count from the last date named, which can be in the same sentence.
# A day or month named without a year, which takes one from a year set off before it
# ("1999 — On March 24"), counted from it like the others but a date of its own.
YEARLESS = (_day_month, _bare_month)
COUNTING_FROM_ANCHOR = (
    *YEARLESS,
    _clock_time,
    _hours_later,
    _relative_period,
    _ago,
    _next_day,
    _season,
    _that,
    the_day_named,
    _day_that_year,
    _day_of_month,
    _after_act,
    _at_act,
    _month_counted,
)
# "from 1998 until last year": two dates joined into one span.
_SPAN_JOIN = re.compile(r"\s*(?:[-\u2013\u2014]|to|until|till|through)\s*", re.IGNORECASE)
# "from 2003 until his retirement in 2006"
_SPAN_JOIN_THROUGH = re.compile(rf"(?i:\s*(?:to|until|till|through)\s+{_NOUN_PHRASE}{_LINK})")
WEEKDAY_ONLY = re.compile(rf"(?i:(?:last|next|this|on|late|early)\s+)*{WEEKDAY_NAME}")
WEEKDAY_JOIN = re.compile(r"(?i:\s*(?:and|to|through|until|till|[-\u2013])\s*)")


@dataclass(frozen=True)
class Grammar:
    """A language's rules and the words around a date that change what it says."""

    rules: list  # (compiled pattern, resolver), in order of preference
    weekday_rules: frozenset  # the patterns that find a weekday alone
    counting_from_anchor: tuple  # resolvers that may count from the last date named
    yearless: tuple  # of those, the ones of a day or month named without a year
    approximate: re.Pattern  # each modifier is searched at the end of the words before
    since: re.Pattern
    from_: re.Pattern | None  # "from … onwards"
    onwards: re.Pattern | None
    no_later_than: re.Pattern
    until: re.Pattern
    put_off: re.Pattern  # "postponed until October": the new date, no span to it
    span_join: re.Pattern  # the words joining two dates into one span
    span_opening: re.Pattern  # "from" before the first of them
    span_opening_text: re.Pattern | None  # or at the start of its own words ("с 1998 года")
    until_word: re.Pattern  # the second date's own opening word ("until last year")
    weekday_only: re.Pattern
    day_word: re.Pattern  # a day by its distance from today: "yesterday", "tomorrow"
    weekday_join: re.Pattern
    and_word: re.Pattern  # "Monday and Friday" are two days, "Monday to Friday" a span
    # Context, month -> the date named just before whose year a day or month without one
    # takes («В прошлом году, в июне»), or None.
    year_named_before: object
    future: object = None  # Context -> bool, for languages other than English
    # Prepositions that reach the date through a noun phrase (its words in group "np"):
    since_through: re.Pattern | None = None  # "since Rome in 2002"
    after: re.Pattern | None = None  # "after December 2007": no date of the fact
    before_through: re.Pattern | None = None  # "before the summit in April": by then
    counted_from: re.Pattern | None = None  # "five years after 1997"
    nth_in: re.Pattern | None = None  # "the second such meeting this year": a count's period
    first_since: re.Pattern | None = None  # "the first … since": the last time before
    last_before: re.Pattern | None = None  # "the last … before the freeze on": its own date
    clause_start: re.Pattern | None = None
    verb: re.Pattern | None = None  # a word of the noun phrase that makes it a clause
    gerund: re.Pattern | None = None  # and the same as its first word
    span_join_through: re.Pattern | None = None  # "until his retirement in"
    part_before: re.Pattern | None = None  # "late", "в конце": finer than the date
    part_opening: re.Pattern | None = None  # the same words opening the date's own text
    part_at_end: re.Pattern | None = None  # of those, the ones at the period's end ("late")
    half: re.Pattern | None = None  # of those, a half, and group "second" if the second
    # A day without a year in an event's name: the words before it, and after it if any.
    event_before: re.Pattern | None = None  # "the" of "the September 11 attacks"
    event_after: re.Pattern | None = None  # "attacks"
    past_perfect: re.Pattern | None = None  # "had warned": looks back from the last date
    earliest: re.Pattern | None = None  # "as early as": looking ahead, not before it
    completes: re.Pattern | None = None  # «завершить … до июля»: "until" a deadline, "by"
    not_until: re.Pattern | None = None  # "did not resume until May": then, no deadline
    reporting: re.Pattern | None = None  # "said": past perfect from the saying instead
    # Resolvers whose words refer back to an act dated before ("during the visit"): a date
    # of the sentence's own dates its fact instead ("Last year, during the visit, …").
    referring_to_act: tuple = ()
    # Resolvers of a date named by its distance from today ("yesterday", «вчера», "in six
    # months"), which in what was said on a day of its own count from that day.
    counted_from_today: tuple = ()
    # What makes the date before it an anniversary, its count of years in group "n" ("marks
    # the tenth anniversary of", «исполняется 10 лет со дня»), and reads that count.
    anniversary: re.Pattern | None = None
    years_of: object = None


# "Monday marks the tenth anniversary of", "… marks ten years since".
_ANNIVERSARY = re.compile(
    rf"(?i:\s*,?\s*(?:marks|marked|will\s+mark|is)\s+(?:the\s+)?(?:(?P<n>{COUNT}|\d{{1,2}}"
    r"(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))\s+(?:anniversary\s+of|years\s+since)\b))"
)


def _years_of(word):
    """How many years "tenth", "10th", "ten" says, or None."""
    word = word.lower()
    if (number := _number(word)) is not None:
        return number
    return ORDINAL_DAYS.get(word) or (
        int(digits[0]) if (digits := re.match(r"\d+", word)) else None
    )


ENGLISH = Grammar(
    rules=RULES,
    weekday_rules=frozenset([WEEKDAY_RULE]),
    counting_from_anchor=COUNTING_FROM_ANCHOR,
    yearless=YEARLESS,
    approximate=_APPROXIMATE,
    since=_SINCE,
    from_=_FROM,
    onwards=_ONWARDS,
    no_later_than=_NO_LATER_THAN,
    until=_UNTIL,
    put_off=_PUT_OFF_UNTIL,
    not_until=_NOT_UNTIL,
    span_join=_SPAN_JOIN,
    span_opening=re.compile(r"(?i:\bfrom\s+)$"),
    span_opening_text=None,
    until_word=re.compile(r"(?i:until|till|to|through)\b"),
    weekday_only=WEEKDAY_ONLY,
    day_word=re.compile(r"(?i:yesterday|today|tomorrow)"),
    weekday_join=WEEKDAY_JOIN,
    and_word=re.compile(r"(?i:and)"),
    since_through=_SINCE_THROUGH,
    after=_AFTER,
    before_through=_BEFORE_THROUGH,
    counted_from=_COUNTED_FROM,
    nth_in=_NTH_IN,
    first_since=_FIRST_SINCE,
    last_before=re.compile(r"(?i:\b(?:last|final)\b)"),
    clause_start=_CLAUSE_START,
    verb=_VERB,
    gerund=re.compile(r"[a-z]{2,}ing"),
    span_join_through=_SPAN_JOIN_THROUGH,
    part_before=_PART_BEFORE,
    part_opening=_PART_OPENING,
    part_at_end=re.compile(r"(?i:\b(?:late|end|last|second\s+half)\b)"),
    half=re.compile(r"(?i:\b(?:first|(?P<second>second))\s+half\b)"),
    event_before=re.compile(r"(?i:\bthe\s+)$"),
    event_after=re.compile(
        r"\s+(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|blasts?|explosions?|massacres?|"
        r"shootings?|hijackings?|riots?|uprising|revolution|coup|invasion|events|tragedy|"
        r"disaster|crash|raids?|incidents?)\b"
    ),
    past_perfect=PAST_PERFECT,
    reporting=_REPORTING,
    counted_from_today=(_named_day, _ahead_of_today),
    anniversary=_ANNIVERSARY,
    years_of=_years_of,
    earliest=re.compile(
        r"(?i:\bas\s+(?:early|soon)\s+as\s+(?:in\s+|on\s+)?(?:(?:early|late|mid)[\s-]+)?)$"
    ),
    referring_to_act=(_during_act, act_named_again, at_last_act_there),
    year_named_before=_year_set_off_before,
)


def _grammar(language):
    """The rules of ``language``; English unless it is Russian."""
    if language == Language.RUSSIAN:
        from .temporal_ru import RUSSIAN

        return RUSSIAN
    return ENGLISH


def _candidates(sentence, ctx, grammar=ENGLISH):
    found = []
    for priority, (pattern, resolver) in enumerate(grammar.rules):
        for match in pattern.finditer(sentence):
            if not match.group().strip():
                continue
            ctx.match = match
            resolved = resolver(ctx)
            # One counted from the last date named may count from one the sentence names
            # before it ("signed on 3 May and met the next day"): kept, resolved in order.
            if resolved is not None or resolver in grammar.counting_from_anchor:
                found.append((match.start(), match.end(), priority, match, resolved))
    return found


def _own_date_first(sentence, mentions, referring, language):
    """``mentions`` without those of ``referring`` (an act dated before: "during the
    visit") when the sentence has a date of its own for its fact ("at the summit in Prague
    in 2002", "On Thursday, on the eve of the summit", «во время своего визита в Киев в
    прошлом году»). Not a point of reference ("his first visit since 2001"), nor a date of
    a relative clause or clause of time apart ("his first visit since he took office in
    January"), which dates an event of its own."""
    apart = relative_clauses(sentence, language)

    def own_date_beside(mention):
        return any(
            id(other) not in referring
            and not other.reference
            and not any(c.holds(other.start) and not c.holds(mention.start) for c in apart)
            for other in mentions
        )

    return [m for m in mentions if id(m) not in referring or not own_date_beside(m)]


def _without_overlaps(found):
    """Longest first, then the earlier rule; an expression inside another one is dropped."""
    kept = []
    for item in sorted(found, key=lambda item: (-(item[1] - item[0]), item[2], item[0])):
        if all(item[1] <= other[0] or item[0] >= other[1] for other in kept):
            kept.append(item)
    return sorted(kept)


def _through(pattern, before, grammar):
    """``pattern``'s match at the end of ``before``, unless its noun phrase holds a verb."""
    match = pattern.search(before) if pattern is not None else None
    if match is None:
        return None
    if _has_verb(match.groupdict().get("np") or "", grammar):
        return None
    return match


def _holds_today(result, ctx):
    """Whether ``result`` is a period (not a day) that holds the story's today."""
    today = truncate(ctx.today, result.precision)
    return result.precision != DAY and result.start <= today <= (result.end or result.start)


def _nth_in(before, grammar):
    """The count ending ``before`` ("the second such meeting this year"), unless a verb
    stands between it and the date ("the second meeting was held in June")."""
    match = grammar.nth_in.search(before) if grammar.nth_in is not None else None
    if match is None or any(grammar.verb.fullmatch(w) for w in match["np"].split()):
        return None
    return match


def _has_verb(phrase, grammar):
    """Whether the words between a preposition and a date make a clause, not a noun phrase:
    a verb ("since Russia joined in"), or a past one the modality reader knows ("before
    the storm struck on"), or a gerund first ("before reaching a deal on")."""
    words = phrase.split()
    if grammar.verb is None or not words:
        return False
    return any(
        grammar.verb.fullmatch(w) or (w.islower() and told_in_the_past(w, 0, len(w))) for w in words
    ) or bool(grammar.gerund and grammar.gerund.fullmatch(words[0]))


def _first_since(sentence, position, grammar):
    """Whether the clause before ``position`` (where "since" stands) says "the first"."""
    return _in_clause_before(grammar.first_since, sentence, position, grammar)


def _in_clause_before(pattern, sentence, position, grammar):
    """Whether ``pattern`` is found in the clause before ``position``."""
    if pattern is None:
        return False
    opening = 0
    for opening_match in grammar.clause_start.finditer(sentence, 0, position):
        opening = opening_match.end()
    return bool(pattern.search(sentence, opening, position))


# What the words around an earliest date did ("no earlier than June", "as early as April
# 20"), for its note: what is still to come, no earlier than its first day.
_EARLIEST = "the earliest date of what is still to come"


def _not_before(date_named):
    return PartialDate(date_named.start, date_named.precision, None, NOT_BEFORE)


@dataclass(frozen=True)
class Modified:
    """A date with the words around it applied: its span, date and what they did."""

    start: int
    end: int
    date: PartialDate
    how: str = ""  # for the note
    reference: bool = False  # named as a point of reference only: it dates no fact
    counted_from: PartialDate | None = None  # "five years after 1997": the date named
    named: PartialDate | None = None  # "after December 2007": the date named


# A span from the text's today on: "within the next year", "over the coming month".
_FROM_TODAY_ON = re.compile(
    r"(?i:(?:in|within|over)\s+the\s+(?:next|coming)\s+(?:year|month|week)\b)"
)


def _with_modifiers(sentence, start, end, result, ctx, grammar=ENGLISH):
    """Apply "about", "by", "since … (onwards)", "until", "after" or "five years after"
    around the expression."""
    before, after = sentence[:start], sentence[end:]
    if modifier := _through(grammar.counted_from, before, grammar):
        amount = _number(modifier.group("n")) if modifier.group("n") else None
        if modifier.groupdict().get("day") and result.precision == DAY and not result.end:
            amount = 1  # "the day after the signing on 12 March"
        if amount is not None:
            unit = (modifier.groupdict().get("unit") or "day").lower().rstrip("s")
            sign = 1 if modifier.group("dir").lower() in ("after", "после") else -1
            base = (result.end or result.start) if sign > 0 else result.start
            counted_date = no_finer_than(counted(ctx, base, unit, sign * amount)[0], result)
            return Modified(modifier.start(), end, counted_date, counted_from=result)
    if (
        _holds_today(result, ctx)
        and not _LATER_OR_EARLIER.match(sentence, start)  # "its first meeting later this month"
        and (modifier := _nth_in(before, grammar))
    ):
        # "the second such meeting this year": counted in a period the story is still in,
        # which the fact's own date, or the publication, says better.
        return Modified(modifier.start(), end, result, "the period counted in", True)
    if _FROM_TODAY_ON.match(sentence, start) and not ctx.future:
        # "pledged aid within the next year": when what was pledged is to be done
        return Modified(start, end, result, "the span of what is to come", True)
    if ctx.future and grammar.earliest and (modifier := grammar.earliest.search(before)):
        # "could take place as early as April 20": what is still to come, not before then.
        return Modified(modifier.start(), end, _not_before(result), _EARLIEST)
    # Not the date a thing is of, which "about" gives the topic of: "spoke about last
    # month's hostage crisis".
    if (modifier := grammar.approximate.search(before)) and not _POSSESSIVE.match(after):
        approximate = replace(result, qualifier=APPROXIMATE)
        return Modified(modifier.start(), end, approximate, "approximate")
    if (modifier := grammar.since.search(before)) or (
        modifier := _through(grammar.since_through, before, grammar)
    ):
        if _first_since(sentence, modifier.start(), grammar):
            return Modified(modifier.start(), end, result, "the last time before", True)
        if (
            ctx.language == Language.ENGLISH  # a Russian present may go on since then
            and period_end(result.end or result.start, result.precision) < ctx.today
            and ctx.future
        ):
            # "could build on the cooperation since 1995": when what is built on began,
            # which dates nothing still to come.
            return Modified(modifier.start(), end, result, "when what is still to come began", True)
        # Since a span ("since the spring of 2009"): it began at some point within it.
        qualifier = WITHIN if result.end else EXACT
        beginning = PartialDate(result.start, result.precision, result.end, qualifier)
        return Modified(modifier.start(), end, beginning, "a beginning")
    if (
        grammar.from_
        and (modifier := grammar.from_.search(before))
        and (onwards := grammar.onwards.search(after))
    ):
        beginning = PartialDate(result.start, result.precision)
        return Modified(modifier.start(), end + onwards.end(), beginning, "a beginning")
    if (modifier := _through(grammar.after, before, grammar)) and not _TIME_OF_DAY.fullmatch(
        (modifier.groupdict().get("np") or "").strip()
    ):
        # Done after it and reported by the text's today: somewhere between the two. What
        # is still to come after it has no end the dates can show, so it is not dated.
        until = truncate(ctx.today, result.precision)
        still_to_come = ctx.future or until < result.start
        if still_to_come and re.match(r"(?i:no|not|не)\b", modifier.group()):
            # "will be taken no earlier than June", "the first drills could be held no
            # earlier than next spring": an earliest date, no schedule.
            return Modified(modifier.start(), end, _not_before(result), _EARLIEST)
        if _first_since(sentence, modifier.start(), grammar):
            return Modified(modifier.start(), end, result, "the last time before", True)
        if still_to_come:
            return Modified(modifier.start(), end, result, "what came after it", True)
        since = _range(result.start, until, result.precision, WITHIN)
        now = "the publication" if ctx.today == ctx.published else "the dateline's day"
        how = f"after it and by {now}"
        return Modified(modifier.start(), end, since, how, counted_from=None, named=result)
    if (
        (modifier := grammar.no_later_than.search(before))
        and modifier.group().lower().startswith("before")
        and _in_clause_before(grammar.last_before, sentence, modifier.start(), grammar)
    ):
        # "Its last session before this week took place in July 2019": what it was the last
        # before, not its date.
        return Modified(modifier.start(), end, result, "what it was the last before", True)
    if result.end is None and (modifier := grammar.no_later_than.search(before)):
        return Modified(modifier.start(), end, replace(result, qualifier=BY), "a latest date")
    if (
        result.end is None
        and (modifier := _BY_THE.search(before))
        and (deadline := _DEADLINE.match(after))
    ):
        # "By the June 1991 deadline, the two sides had destroyed …": by then
        latest = replace(result, qualifier=BY)
        return Modified(modifier.start(), end + deadline.end(), latest, "a latest date")
    if (
        result.precision == MONTH
        and result.end
        and (modifier := grammar.no_later_than.search(before))
        and (
            # "before the summer" is before it begins; "before the end of the summer" is not
            not modifier.group().lower().startswith("before")
            or grammar.part_at_end.search(
                modifier.group() + _part_opening(sentence, start, grammar)
            )
        )
    ):
        # "by next spring", "by the end of the summer", «к концу лета»: by the last month
        # of the months.
        by_last = PartialDate(result.end, MONTH, None, BY)
        return Modified(modifier.start(), end, by_last, "a latest date")
    if (
        result.precision == MONTH
        and result.end
        and (modifier := grammar.no_later_than.search(before))
    ):
        # "before the summer": by the month before it begins
        by_first = PartialDate(_add_months(result.start, -1), MONTH, None, BY)
        return Modified(modifier.start(), end, by_first, "a latest date")
    if result.end is None and (modifier := _through(grammar.before_through, before, grammar)):
        # "met for the last time before the freeze on 19 August": the last one's own date.
        if _in_clause_before(grammar.last_before, sentence, modifier.start(), grammar):
            return Modified(start, end, result)
        return Modified(modifier.start(), end, replace(result, qualifier=BY), "a latest date")
    if grammar.put_off.search(before):
        return Modified(start, end, result)  # "postponed until October": then, not till then
    if grammar.not_until and grammar.not_until.search(before):
        until = grammar.until.search(before)
        return Modified(until.start(), end, result, "not before then, so then")
    if result.end is None and (modifier := grammar.until.search(before)):
        # Lasting until a date after the text's today, it is under way: from then until then;
        # a task to complete before it has that date as its deadline.
        from_now = truncate(ctx.today, result.precision)
        clause = clause_around(sentence, modifier.start(), modifier.start(), ctx.language)
        if grammar.completes and grammar.completes.search(clause):
            return Modified(modifier.start(), end, replace(result, qualifier=BY), "a latest date")
        if from_now < result.start:
            until = PartialDate(from_now, result.precision, result.start)
            now = "the publication" if ctx.today == ctx.published else "the dateline's day"
            return Modified(modifier.start(), end, until, f"from {now} until then")
        return Modified(modifier.start(), end, replace(result, qualifier=BY), "a latest date")
    if result.end and result.end <= ctx.today and (modifier := grammar.until.search(before)):
        # "frozen until the spring of 2009": a state that lasted until a period now past
        # began by its start; the period is no date of the act.
        by_then = PartialDate(result.start, result.precision, None, BY)
        return Modified(modifier.start(), end, by_then, "a latest date", named=result)
    return Modified(start, end, result)


def _note(note, text, modified):
    """The note of a date with what the words around it did."""
    result = modified.date
    if modified.counted_from is not None:
        named = modified.counted_from.display
        return f"“{text}”, counted from {named}, the date it names: {result.display}"
    if modified.reference:
        why = {
            "the last time before": "the last time before, not the date of this fact",
            "what came after it": "what came after it, which the date does not date",
            "the period counted in": "the period a count is made in, not the date of this fact",
            "the span of what is to come": "the span of what is still to come, not the date of "
            "this fact",
            "when what is still to come began": "when what it goes on from began, not the "
            "date of what is still to come",
            "what it was the last before": "what it was the last before, not the date of this fact",
        }[modified.how]
        return f"“{text}” names {result.display} as {why}"
    if modified.named is not None:
        how = f"“{text}”: done {modified.how}, so {result.display}"
        return how if note is None else f"{note}; {how}"
    if note is None:
        note = f"Given in the text as “{text}”"
        return note + (f": {modified.how}, {result.display}." if modified.how else ".")
    if modified.how:
        return f"{note}; with “{text}”, {modified.how}: {result.display}"
    return note


def _part_opening(sentence, start, grammar):
    """The words naming a part of a period that open the date at ``start`` ("late" of
    "late summer"), or ""."""
    part = grammar.part_opening and grammar.part_opening.match(sentence, start)
    return part.group("part") if part else ""


# "on the last day of 1999", "the first day of March": that day of the period.
_END_DAY = re.compile(r"(?i:\bthe\s+(?P<which>first|last)\s+day\s+of\s+(?:the\s+)?)$")


def _part_shown(sentence, match, modified, grammar):
    """The date narrowed to the part of it the words before it name: its first or last day
    ("on the last day of 1999": 31 December 1999), or the half of its months ("the second
    half of the year": July to December; «во второй половине лета»: July and August), a
    season's half being the two months it is mostly in; None for any other part, or a date
    other than a year or a span of months as it stands."""
    result = modified.date
    if grammar.half is None or modified.how or modified.reference:
        return None
    day = _END_DAY.search(sentence, 0, match.start())
    if day and result.precision in (MONTH, YEAR) and result.end is None:
        last = day.group("which").lower() == "last"
        value = period_end(result.start, result.precision) if last else result.start
        return replace(modified, start=min(modified.start, day.start()), date=PartialDate(value))
    start = modified.start
    part = grammar.part_opening.match(match.group())
    if before := grammar.part_before.search(sentence[: match.start()]):
        part, start = before, min(start, before.start())
    half = part and grammar.half.search(part.group("part"))
    if not half:
        return None
    if result.precision == YEAR and result.end is None:
        first, last = date(result.start.year, 1, 1), date(result.start.year, 12, 1)
    elif result.precision == MONTH and result.end is not None:
        first, last = result.start, result.end
    else:
        return None
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    length = (months + 1) // 2
    if half.group("second"):
        first = _add_months(last, 1 - length)
    else:
        last = _add_months(first, length - 1)
    return replace(modified, start=start, date=PartialDate(first, MONTH, last, WITHIN))


def _part_not_shown(sentence, match, modified, grammar):
    """What the note adds when words name a part of the date's period ("late last year",
    "by mid-2017") that it cannot show; nothing for a day, or a deadline at the period's
    end ("by the end of the year", "until late 2015"), which the period's own end is."""
    result = modified.date
    if grammar.part_before is None or modified.reference or modified.counted_from:
        return ""
    if modified.how.startswith("from "):
        return ""
    if result.precision == DAY and result.end is None:
        return ""
    part = grammar.part_before.search(sentence[: match.start()]) or grammar.part_opening.match(
        match.group()
    )
    if part is None:
        return ""
    words = re.sub(r"\s+", " ", part.group("part"))
    if modified.how == "a latest date" and grammar.part_at_end.search(words):
        return ""
    return f"; “{words}” is finer than a date can be, so it stays {result.display}"


def find_dates(sentence, published, anchors=(), language=Language.ENGLISH, filed=None):
    """The dates ``sentence`` gives its facts, resolved, in text order (``read_dates``
    without the dates named only as a point of reference), after a story that named
    ``anchors`` (PartialDate, oldest first)."""
    story = Story(published, language, filed)
    for anchor in anchors:
        story.name(anchor)
    return [mention for mention in read_dates(sentence, story) if not mention.reference]


def read_dates(sentence, story):
    """Every date expression of ``sentence``, resolved, in text order: those that date
    its facts and those it names only as a point of reference ("the first since 2002",
    "after the war in August 2008"), which later relative dates still count from.

    ``story`` (``Story``) is what the article told before the sentence: "the next day"
    counts from the last date it named to the day, "two years later" from the last one at
    all, "yesterday" from its today.
    """
    grammar = _grammar(story.language)
    ctx = Context(sentence, story)
    found = _without_overlaps(_candidates(sentence, ctx, grammar))
    mentions = []
    referring = set()  # those referring back to an act dated before, by identity
    counted_from_today = set()  # those named by their distance from today, by identity
    weekday = None  # the span of a weekday left out for the date beside it
    for start, end, priority, match, resolved in found:
        if match.re in grammar.weekday_rules and _beside_explicit_date(found, start, end, grammar):
            weekday = (start, end)
            continue  # "Monday, 4 April": the explicit date wins over the weekday.
        # "by Friday, August 22": what modifies the date stands before the weekday.
        opens = weekday[0] if weekday and 0 <= start - weekday[1] <= 3 else start
        ctx.match = match
        resolver = grammar.rules[priority][1]
        if mentions and resolver in grammar.counting_from_anchor:
            ctx.tell(mentions[ctx.own :])  # the sentence's own dates, not yet told
            ctx.own = len(mentions)
            ctx.previous_end = mentions[-1].end
            resolved = resolver(ctx)
        if resolved is None:
            continue
        result, note, relative = resolved
        if resolver is _day_month and _names_an_event(sentence, start, end, grammar):
            if (event := _event_in_year_of_sentence(match, result, found)) is not None:
                mentions.append(event)  # it dates the event, not a fact of the sentence
            continue
        modified = _with_modifiers(sentence, opens, end, result, ctx, grammar)
        if modified.start == opens:  # no modifier: the weekday is no part of the date
            modified = replace(modified, start=start)
        if narrowed := _part_shown(sentence, match, modified, grammar):
            modified = narrowed
        text = sentence[modified.start : modified.end].strip()
        if narrowed:
            note = _note(note, text, modified).rstrip(".")
            note += f"; the part it names: {modified.date.display}."
        elif part := _part_not_shown(sentence, match, modified, grammar):
            note = _note(note, text, modified).rstrip(".") + part + "."
        else:
            note = _note(note, text, modified)
        relative = relative or modified.counted_from is not None
        mentions.append(
            DateMention(
                text,
                modified.start,
                modified.end,
                modified.date,
                note,
                relative,
                modified.reference,
                modified.named,
                modified.how == _EARLIEST,
                act_at(sentence, modified.start, modified.end, story.language),
                resolver is _month_counted
                and _anaphoric(match.group("which")) == "previous"
                or (relative and ctx.future and _in_what_was_said(sentence, start, ctx.language)),
                _dates_a_quotation(sentence, modified.start, grammar),
            )
        )
        if resolver in grammar.referring_to_act:
            referring.add(id(mentions[-1]))
        if resolver in grammar.counted_from_today:
            counted_from_today.add(id(mentions[-1]))
    mentions = _from_the_saying(sentence, mentions, counted_from_today, ctx.today, grammar)
    mentions = [_recalled_by_anniversary(sentence, mention, grammar) for mention in mentions]
    mentions = _own_date_first(sentence, mentions, referring, story.language)
    mentions = _apposed(
        sentence, _in_their_week(sentence, _joined_spans(sentence, mentions, grammar), grammar)
    )
    mentions = _before_what_followed(mentions)
    return [_with_its_length(sentence, mention, story.language) for mention in mentions]


def _before_what_followed(mentions):
    """``mentions``, what was done "after" a date up to today ending by the next date of
    the sentence, of what followed it: "frozen after the August 2008 war and restored the
    following year" was frozen between August 2008 and 2009, not up to today."""
    bounded = list(mentions)
    for index, (mention, following) in enumerate(pairwise(mentions)):
        date = mention.date
        if (
            mention.named is not None
            and date.qualifier == WITHIN
            and not following.reference
            and mention.named.start < following.date.start < date.end
        ):
            date = replace(date, end=truncate(following.date.last_day, date.precision))
            note = (
                f"{mention.note.rstrip('.')}; before what followed it (“{following.text}”): "
                f"{date.display}."
            )
            bounded[index] = replace(mention, date=date, note=note)
    return bounded


def _moved(value, today, day):
    """The partial date ``value``, counted from ``today``, counted from ``day`` instead: by
    as many days, months or years as its precision counts in."""

    def move(moving):
        if value.precision == DAY:
            return moving + (day - today)
        months = (day.year - today.year) * 12
        if value.precision == MONTH:
            months += day.month - today.month
        return _add_months(moving, months)

    return replace(value, start=move(value.start), end=value.end and move(value.end))


def _in_what_was_said(sentence, position, language):
    """Whether ``position`` is in what ``sentence`` quotes or reports someone saying."""
    said = quotations(sentence) + reported_content(sentence, language)
    return any(part.holds(position) for part in said)


def _from_the_saying(sentence, mentions, counted_from_today, today, grammar):
    """``mentions``, a date named by its distance from today in what was said on a day of
    its own counted from that day: "NTV said on 21 August that the note had been delivered
    yesterday" is 20 August, «заявил 21 августа, что вчера …» too, "gave notice on 2
    February that it would withdraw in six months" August; and in a quotation, the day its
    attribution gives (""Today we turned a page," he told reporters on Friday" is
    Friday)."""
    quoted = quotations(sentence)
    quoted_on = next((m for m in mentions if m.said and m.date.precision == DAY), None)
    said_on = None
    counted = []
    for mention in mentions:
        in_quotation = any(q.start <= mention.start < q.end for q in quoted)
        counted_from = quoted_on if in_quotation else said_on
        if id(mention) in counted_from_today and counted_from is not None:
            day = _moved(mention.date, today, counted_from.date.start)
            if in_quotation and day == counted_from.date:
                continue  # the quotation's "today" is its saying's day, dated once
            note = (
                f"“{mention.text}”, counted from the day it was said (“{counted_from.text}”, "
                f"{counted_from.date.display}): {day.display}."
            )
            # what is to come from the saying's day is no time of the story's
            projected = mention.stepped_back or day.start > counted_from.date.start
            mention = replace(mention, date=day, note=note, stepped_back=projected)
        elif said_on is None and _said_on(sentence, mention, grammar):
            said_on = mention
        counted.append(mention)
    return counted


def _recalled_by_anniversary(sentence, mention, grammar):
    """``mention``, or the date it recalls when an anniversary follows it: "Monday marks
    the tenth anniversary of the council's founding", «28 мая исполняется 10 лет со дня
    создания совета» date the founding, that many years before."""
    after = grammar.anniversary and grammar.anniversary.match(sentence, mention.end)
    years = after and grammar.years_of(after["n"])
    if not years or mention.date.end:
        return mention
    day = mention.date.start
    then = _safe_date(day.year - years, day.month, day.day) or date(day.year - years, 2, 28)
    recalled = PartialDate(then, mention.date.precision)
    note = (
        f"{mention.note.rstrip('.')}; “{after.group().strip()}”: the act it recalls, "
        f"{years} years before: {recalled.display}."
    )
    return replace(mention, date=recalled, note=note)


def _said_on(sentence, mention, grammar):
    """Whether ``mention`` dates the saying right before it ("said on 21 August", «заявил
    21 августа»): a day, not the text's today's."""
    if grammar.reporting is None or mention.date.precision != DAY or mention.date.end:
        return False
    before = sentence[: mention.start]
    if re.search(rf"(?:{grammar.reporting.pattern})\s+(?:\w+\s+){{0,2}}$", before):
        return True
    # "On Feb. 1 the United States announced it would …": opening the sentence, its subject
    # and the verb of saying after it
    opens = re.fullmatch(r"(?i:\s*(?:on|в|во)?\s*)", before)
    saying = rf",?\s+(?:[\w.'\u2019-]+\s+){{0,5}}?(?:{grammar.reporting.pattern})\b"
    return bool(opens and re.match(saying, sentence[mention.end :]))


# How many days an act that begins on a day lasts: "began a five-day exercise on Monday",
# "arrived on Monday for a two-day visit", «начались пятидневные учения».
_LASTING = re.compile(
    r"(?i:\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)-day\s+"
    r"(?:[\w-]+\s+){0,2}?(?:exercises?|visits?|summit|meetings?|conference|trip|session|drills?|"
    r"talks|tour|forum|seminar|course|manoeuvres|maneuvers|games|mission)\b"
    r"|(?<![\w-])(?P<ru>двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)дневн)"
)
_RU_DAYS = {"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6}
_RU_DAYS |= {"семи": 7, "восьми": 8, "девяти": 9, "десяти": 10}


# What says the day is the act's first: "began", "opened", "arrived … for", «начались».
_BEGINNING = re.compile(
    r"(?i:\b(?:beg[ai]ns?|began|start(?:s|ed)?|open(?:s|ed)?|launch(?:es|ed)?|kick(?:s|ed)\s+off|"
    r"arriv(?:es?|ed|ing)|for\s+an?)\b|(?<![\w-])(?:начал|начн|начин|стартовал|открыл|прибыл|прибуд))"
)


def _with_its_length(sentence, mention, language):
    """``mention``, the day an act begins ("began", "opened", "arrived … for"), with the days
    the clause says the act lasts ("began a five-day exercise on Monday": Monday to
    Friday); as it is otherwise ("ended its five-day exercise on Friday" is that day)."""
    date = mention.date
    if mention.reference or date.precision != DAY or date.end or date.qualifier != EXACT:
        return mention
    clause = clause_around(sentence, mention.start, mention.end, language)
    lasting = _LASTING.search(clause)
    if lasting is None or not _BEGINNING.search(clause):
        return mention
    days = _RU_DAYS[lasting["ru"].lower()] if lasting["ru"] else _number(lasting["n"])
    if not days or days < 2:
        return mention
    end = date.start + timedelta(days=days - 1)
    note = f"{mention.note.rstrip('.')}; “{lasting.group()}” lasts to {PartialDate(end).display}."
    return replace(mention, date=PartialDate(date.start, DAY, end), note=note)


# A quotation's end with no quotation mark after it: what follows is its attribution.
_AFTER_QUOTATION = re.compile(r"[\"\u201d\u00bb][^\"\u201c\u201d\u00ab\u00bb]*$")


def _dates_a_quotation(sentence, start, grammar):
    """Whether the date at ``start`` says when the quotation before it was said: a reporting
    verb comes between the quotation's end and the date ("“…,” he told this newspaper in
    2007")."""
    if grammar.reporting is None:
        return False
    attribution = _AFTER_QUOTATION.search(sentence, 0, start)
    return attribution is not None and bool(
        grammar.reporting.search(sentence, attribution.start(), start)
    )


def _names_an_event(sentence, start, end, grammar):
    """Whether a day written without a year is part of an event's name: "the September 11
    attacks", «теракты 11 сентября»."""
    before, after = grammar.event_before, grammar.event_after
    return bool(
        (before and before.search(sentence, 0, start))
        and (after is None or after.match(sentence, end))
    )


def _event_in_year_of_sentence(match, result, found):
    """The day of an event's name ("the September 11 attacks") in the year the sentence
    states nearest it ("Autumn 2001 — after the September 11 attacks"), as a point of
    reference; None when the sentence states no year, as its year is not guessed."""
    stated = [
        (abs(other.start() - match.start()), resolved[0].start.year)
        for _start, _end, _priority, other, resolved in found
        if other is not match and resolved is not None and not resolved[2]
    ]
    if not stated:
        return None
    year = min(stated)[1]
    value = _safe_date(year, result.start.month, result.start.day)
    if value is None:
        return None
    named = PartialDate(value)
    text = match.group().strip()
    note = f"“{text}” names an event, in {year}, the year the sentence gives: {named.display}"
    return DateMention(text, match.start(), match.end(), named, note, True, reference=True)


# A relative date and the explicit one beside it that says which it is: "Six years later,
# in August 2008, …", "That autumn (October 1999)", "в августе 2008 года, шесть лет спустя",
# "Three weeks ago, on the night of August 7", «Три недели назад, в ночь на 8 августа».
_APPOSITION = re.compile(
    r"\s*[,:(\u2013\u2014]\s*(?:(?i:in|on|during|в|во)\s+)?"
    # "In October 2001, barely a month after the attacks"
    r"(?:(?i:barely|just|only|nearly|almost|some|roughly|less\s+than|more\s+than)\s+)?"
    r"(?:(?i:the\s+)?(?i:night|morning|afternoon|evening)\s+of\s+"
    r"|(?i:ночь\s+на|утром|днём|днем|вечером|ночью)\s+)?"
)
_APPOSITION_END = re.compile(r"\s*(?:[,);:.\u2013\u2014]|$)")
# The occasion between a relative date and the day in it that it took place on: "Earlier
# this month, at their meeting in Istanbul on 9 and 10 June", «В начале месяца, на встрече
# в Стамбуле 9 июня».
_AT_AN_OCCASION = re.compile(
    r"\s*,\s*(?i:at|during|на|во?\s+ходе)\s+[^,;:.\d()]{1,60}?\s+(?:(?i:on|in|в|во)\s+)?"
)
# What goes on after the second of two dates when they are items of a list: "in 2003, last
# year and this month".
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*)?(?i:and|or|и|или)\b")
# How far a count of weeks, months or years back ("three weeks ago": c. 6 August) may be
# from the date an apposition names exactly ("on August 7").
_ROUGHLY = {DAY: timedelta(days=15), MONTH: timedelta(days=62), YEAR: timedelta(days=366)}


def _span_of(value):
    """The first and last day of a date's period."""
    return value.start, period_end(value.end or value.start, value.precision)


_THE_SAME_DAY = re.compile(
    r"(?i:(?:on\s+)?(?:that|the\s+same)\s+(?:very\s+)?day|(?:в\s+)?тот\s+же\s+день)"
)


def _another_year_s(counted, named):
    """Whether ``named``, a day given without a year, is the day ``counted`` of another
    year: the same day and month."""
    a, b = counted.date, named.date
    return (
        a.precision == b.precision == DAY
        and a.end is None
        and b.end is None
        and (a.start.month, a.start.day) == (b.start.month, b.start.day)
        and a.start.year != b.start.year
        and not _YEAR_WRITTEN.search(named.text)
    )


_YEAR_WRITTEN = re.compile(r"\d{4}")


def _narrows(coarse, fine):
    """Whether ``fine`` is a finer date inside ``coarse`` ("Earlier this month, on January
    3": the day the month phrase leads to)."""
    (start, end), (first, last) = _span_of(coarse), _span_of(fine)
    finer = FINENESS[fine.precision] < FINENESS[coarse.precision]
    return finer and start <= first and last <= end


def _apposed(sentence, mentions):
    """A relative date with an explicit date in apposition, as one: the explicit date,
    its note naming both ("Six years later, in August 2008": August 2008, not a second
    fact dated "c. 2008")."""
    merged = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if previous is None or previous.reference or mention.reference:
            merged.append(mention)
            continue
        gap = sentence[previous.end : mention.start]
        if gap.lstrip().startswith(",") and _RELATIVE_CLAUSE_OPEN.search(sentence, 0, previous.end):
            merged.append(mention)  # ", which opened in 2001, on November 1": two clauses'
            continue
        pair = {previous.relative, mention.relative}
        # "The next day, on 4 April": one day, one fact; «Через полгода, в декабре», one month.
        same = _span_of(previous.date) == _span_of(mention.date)
        same = same and previous.date.precision == mention.date.precision
        narrows = pair == {True} and (same or _narrows(previous.date, mention.date))
        if pair == {False} and _in_year(mention.date, previous.date) and _APPOSITION.fullmatch(gap):
            # "1997 — 27 May 1997": a chronology's year, then the day in it: one date.
            note = f"{mention.note.rstrip('.')}; “{previous.text}” names its year."
            text = sentence[previous.start : mention.end]
            merged[-1] = replace(mention, text=text, start=previous.start, note=note)
            continue
        if _APPOSITION.fullmatch(gap) and _THE_SAME_DAY.fullmatch(mention.text):
            # "last Friday, the same day ministers met": the day just named, again
            text = sentence[previous.start : mention.end]
            note = f"{previous.note}; “{mention.text}” is that day again"
            merged[-1] = replace(previous, text=text, end=mention.end, note=note)
            continue
        if pair == {True} and _APPOSITION.fullmatch(gap) and _another_year_s(previous, mention):
            # «На следующий день, 24 марта»: the day counted is the one named without a
            # year, whichever year the words around it made it.
            text = sentence[previous.start : mention.end]
            note = f"{previous.note}; “{mention.text}” names the same day"
            merged[-1] = replace(previous, text=text, end=mention.end, note=note)
            continue
        if pair == {True, False}:
            relative, explicit = (previous, mention) if previous.relative else (mention, previous)
        elif narrows:
            relative, explicit = previous, mention
        elif pair == {True} and (rough := _roughly_the_same(previous, mention)):
            relative, explicit = rough  # "Three weeks ago, on August 7": August 7
        elif pair == {True} and _IN_BRACKETS.fullmatch(gap) and _names_days(mention):
            relative, explicit = previous, mention  # "last week (June 28-29)": those days
        else:
            relative = None
        at_its_occasion = narrows and _AT_AN_OCCASION.fullmatch(gap)
        if relative is None or not (_APPOSITION.fullmatch(gap) or at_its_occasion):
            merged.append(mention)
            continue
        if explicit is previous and _LIST_GOES_ON.match(sentence, mention.end):
            merged.append(mention)  # "in 2003, last year and this year": a list
            continue
        (start, end), (first, last) = _span_of(explicit.date), _span_of(relative.date)
        text = sentence[previous.start : mention.end]
        if _in_year(relative.date, explicit.date):  # "Ten years ago today, in 2012"
            note = f"{relative.note}, in “{explicit.text}”"
            merged[-1] = replace(relative, text=text, start=previous.start, end=mention.end)
            merged[-1] = replace(merged[-1], note=note)
            continue
        if same and pair == {True}:  # the year "4 April" was given is the one to explain
            period = "day" if explicit.date.precision == DAY else "period"
            note = f"{explicit.note}; “{relative.text}” names the same {period}"
            merged[-1] = replace(explicit, text=text, start=previous.start, end=mention.end)
            merged[-1] = replace(merged[-1], note=note)
            continue
        if explicit is previous and last < start:
            # Counted back from it to what came before: "in 1998, a year after the two
            # sides signed", 1997, another act's date.
            merged.append(mention)
            continue
        ends = mention.end
        if explicit is previous:  # counted from the date it restates: it adds nothing
            how = f"restates “{explicit.text}”"
            if not _APPOSITION_END.match(sentence, mention.end):
                # "in 2004, a year after the 2003 invasion began": the count runs on into
                # what it counts from, no words of the date.
                ends, text = explicit.end, explicit.text
        elif start <= last and end >= first:
            how = f"gives {relative.date.display}, which “{explicit.text}” names exactly"
        else:
            how = f"would give {relative.date.display}, but the text names “{explicit.text}”"
        note = f"“{relative.text}” {how}: {explicit.date.display}"
        merged[-1] = replace(explicit, text=text, start=previous.start, end=ends, note=note)
    return merged


# A date's days given in brackets after it: "last week (June 28-29)".
_IN_BRACKETS = re.compile(r"\s*\(\s*")


def _names_days(mention):
    """Whether ``mention`` names its days by their dates ("June 28-29", «28 июня»), not
    by a word counted from today."""
    return mention.date.precision == DAY and bool(re.search(r"\d", mention.text))


def _roughly_the_same(first, second):
    """Of two relative dates, the approximate one counted back ("three weeks ago") and the
    one the text gives ("August 7"), when they are near enough to mean the same date; else
    None ("A decade ago, in May": May of this year is not what a decade ago meant)."""
    approximate = [m for m in (first, second) if m.date.qualifier == APPROXIMATE]
    if len(approximate) != 1:
        return None
    [rough] = approximate
    given = second if rough is first else first
    if abs(given.date.start - rough.date.start) > _ROUGHLY[rough.date.precision]:
        return None
    return rough, given


def _in_year(finer, year):
    """Whether ``finer`` is an exact day or month of the year ``year`` names."""
    return (
        finer.precision in (DAY, MONTH)
        and finer.end is None
        and finer.qualifier == EXACT
        and year.precision == YEAR
        and year.end is None
        and finer.start.year == year.start.year
    )


def _joined(gap, second_text, grammar=ENGLISH):
    """Whether two dates separated by ``gap`` form one span: "1998 to 2004", "1998 until
    last year" (where "until" came with the second date)."""
    return bool(
        grammar.span_join.fullmatch(gap)
        or (gap.isspace() and grammar.until_word.match(second_text))
    )


def _joined_through(gap, grammar=ENGLISH):
    """Whether ``gap`` ends a span at a date through a short noun phrase: "from 2003 until
    his retirement in 2006"."""
    pattern = grammar.span_join_through
    match = pattern.fullmatch(gap) if pattern is not None else None
    if match is None:
        return False
    return not _has_verb(match.group("np"), grammar)


def _span_start(sentence, first, second, grammar=ENGLISH):
    """Where one span made of two dates starts, if they make one: "from 1998 until last
    year", "last Friday and Saturday", "Monday to Wednesday"; else None."""
    if first.date.end is not None or second.date.end is not None:
        return None
    if first.reference or second.reference:
        return None
    opening = grammar.span_opening.search(sentence[: first.start])
    if opening is None and grammar.span_opening_text:
        opening = grammar.span_opening_text.match(sentence, first.start)
    gap = sentence[first.end : second.start]
    if opening and (_joined(gap, second.text, grammar) or _joined_through(gap, grammar)):
        return opening.start()
    days = (second.date.start - first.date.start).days
    weekdays = all(
        grammar.weekday_only.fullmatch(d.text) or grammar.day_word.fullmatch(d.text)
        for d in (first, second)
    )
    # "on Monday and Friday" are two days; "Friday and Saturday", "today and tomorrow" one
    # span.
    if weekdays and grammar.weekday_join.fullmatch(gap) and 0 < days < 7:
        return first.start if days == 1 or not grammar.and_word.search(gap) else None
    # "in March and April 1997", «в марте и апреле»: one span; "in March and June", two.
    if _NEXT_MONTH_JOINED.fullmatch(gap) and _next_month(first.date, second.date):
        return first.start
    return None


_NEXT_MONTH_JOINED = re.compile(
    r"(?i:\s+(?:and|и)\s+(?:(?:in|в|во)\s+)?(?:(?:early|late|mid|начале|конце|середине)[\s-]+)?)"
)


def _next_month(first, second):
    """Whether ``second`` is the month right after ``first``, both exact months."""
    return (
        first.precision == second.precision == MONTH
        and first.qualifier == second.qualifier == EXACT
        and _add_months(first.start, 1) == second.start
    )


# Two dates of which one is meant: "in late March or early April", «в марте или апреле».
_OR = re.compile(
    r"\s*,?\s+(?i:or|или|либо)\s+(?:(?i:in|on|at|в|во|на)\s+)?"
    r"(?:(?i:early|late|mid|в\s+начале|в\s+конце|в\s+середине|начале|конце|середине)[\s-]+)?"
)


def _one_of_two(first, second, gap):
    """Whether ``first`` or ``second``, which ``gap`` parts, is when one fact happens: each a
    date of its own, the second later."""
    return (
        _OR.fullmatch(gap) is not None
        and not (first.reference or second.reference or first.date.end or second.date.end)
        and first.date.start < second.date.start
    )


def _joined_spans(sentence, mentions, grammar=ENGLISH):
    """Two dates that make one span, as one, at the coarser of their precisions; two of
    which one is meant ("on Monday or Tuesday"), as the span of both, "at some point
    within"."""
    joined = []
    for mention in mentions:
        first = joined[-1] if joined else None
        start = _span_start(sentence, first, mention, grammar) if first else None
        either = (
            start is None
            and first
            and _one_of_two(first, mention, sentence[first.end : mention.start])
        )
        if start is not None or either:
            start = first.start if either else start
            precision = max(first.date.precision, mention.date.precision, key=FINENESS.get)
            span = PartialDate(
                truncate(first.date.start, precision),
                precision,
                truncate(mention.date.start, precision),
                WITHIN if either else EXACT,
            )
            if span.start < span.end:
                text = sentence[start : mention.end]
                how = "one of the two, at some point within" if either else "one span"
                note = f"“{text}”: {how}, {span.display}"
                joined[-1] = DateMention(text, start, mention.end, span, note, True)
                continue
        joined.append(mention)
    return joined


def _in_their_week(sentence, mentions, grammar=ENGLISH):
    """Weekdays and the week beside them that says which they are, as those days of that
    week: "on Tuesday and Wednesday next week", «во вторник на следующей неделе» (one date,
    not the days the tense points to and the whole week beside them)."""
    days = re.compile(
        rf"{grammar.weekday_only.pattern}(?:{grammar.weekday_join.pattern}"
        rf"{grammar.weekday_only.pattern})?"
    )
    placed = []
    for mention in mentions:
        previous = placed[-1] if placed else None
        pair = (previous, mention)
        weekdays = next((m for m in pair if m and days.fullmatch(m.text)), None)
        week = next((m for m in pair if m and m is not weekdays and _is_a_week(m.date)), None)
        if (
            weekdays is None
            or week is None
            or weekdays.reference
            or week.reference
            or not re.fullmatch(r"\s*,?\s*", sentence[previous.end : mention.start])
        ):
            placed.append(mention)
            continue
        first, last = weekdays.date.start, weekdays.date.end or weekdays.date.start
        if last.weekday() < first.weekday():
            placed.append(mention)  # "Friday to Monday" runs over into the next week
            continue
        start = week.date.start + timedelta(days=first.weekday())
        end = week.date.start + timedelta(days=last.weekday())
        date_ = PartialDate(start, DAY, end if end != start else None)
        text = sentence[previous.start : mention.end]
        week_named = f"“{week.text}”, {week.date.display}"
        note = f"“{weekdays.text}” in {week_named}: {date_.display}"
        placed[-1] = DateMention(text, previous.start, mention.end, date_, note, True)
    return placed


def _is_a_week(value):
    """Whether ``value`` is a calendar week, Monday to Sunday ("next week"), or this one up
    to today ("this week" told in the past)."""
    return (
        value.precision == DAY
        and value.end is not None
        and value.start.weekday() == 0
        and 0 < (value.end - value.start).days <= 6
    )


def _beside_explicit_date(found, start, end, grammar):
    """Whether a weekday stands right next to a date that names its day (not a period of
    days: "on Tuesday next week" is a day of that week), nor one an act referred to gives
    ("On Thursday, on the eve of the summit": Thursday says when the eve is)."""
    for other_start, other_end, priority, match, resolved in found:
        if (
            resolved is None
            or grammar.rules[priority][1] in grammar.referring_to_act
            or _THE_SAME_DAY.fullmatch(match.group())  # the weekday's day again
            or resolved[0].precision != DAY
            or resolved[0].end is not None
            or (other_start, other_end)
            == (
                start,
                end,
            )
        ):
            continue
        gap = match.string[end:other_start] if other_start >= end else match.string[other_end:start]
        if re.fullmatch(r"[\s,(]*|\s*\)?[\s,]*", gap) and len(gap) <= 3:
            return True
    return False
