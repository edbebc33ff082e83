"""Whether a sentence reports something done, planned or expected, read from its verbs.

News copy marks what has not happened yet with a handful of constructions ("will",
"plans to", "was to", "is expected to", "hopes"). What a date in a sentence refers to
is decided by the verb that governs it: the nearest such word before it in its clause
("asked Monday", "will meet on Friday"), else the nearest after it, else the nearest in
the sentence ("At the summit in July, leaders are expected to…"). The same reading
decides which way a weekday points: "met on Monday" is the Monday before publication,
"will meet on Monday" the one after.

Three readings of the clause refine that verb:

- A verb governed by an expectation takes its status: in "is expected to meet" the
  meeting is expected, not planned, and so is what "hopes the treaty will" governs.
- Reported speech: the date of "Lavrov said the next meeting in June would focus on …"
  is governed by "would", the verb of what was said, not by "said"; a sentence with no
  date whose main verb reports in the past ("X said …", "…, X told reporters") reports
  the statement, which happened, whatever it says of the future. In the present ("X
  says it will …") it reports the plan.
- What is not so: a negated verb ("did not sign", "never signed", "не подписала"), a
  counterfactual ("would have signed", "had the Duma not objected") and a condition
  ("if the alliance were to offer", "если бы") say that something did not, or need not,
  happen, and a correction notice ("An earlier version of this story said …",
  "misstated", "в предыдущей версии … ошибочно") withdraws what it reports.
  ``unreal_phrases`` finds them, so that the proposals neither date nor type a
  fact by them; a plan under a condition ("…will consider it if …") is only expected.
- What the article does not assert: a hedge ("reportedly", "may have", "якобы")
  leaves the tense to its verb; ``hedges`` finds it, so that a fact's note names it.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from events.models import Event, Language

from .calendar_words import CALENDAR_NAMES, RU_MONTHS, RU_WEEKDAYS
from .names import word_set

# Forecasts and hopes: the reporter does not say anyone has decided it.
_EXPECTED = (
    r"(?:is|are|was|were|be|being)\s+(?:widely\s+|also\s+)?(?:expected|likely|unlikely|"
    r"predicted|forecast|tipped)|expects?|expecting|hopes?|hoped|hoping|could|(?-i:may)|"
    r"might|possible|possibly|would\s+not\s+rule\s+out|expected\s+(?:to|at|in|on|by|later|next)|"
    # what one expected someone to do: "he expected the first company to arrive by July"
    r"expected\s+(?:(?:the\s+)?[\w'\u2019-]+\s+){1,5}?to(?=\s+[a-z])|"
    r"whether\s+(?:or\s+not\s+)?to"  # "had not decided whether to attend"
)
# Intentions and schedules: someone has decided or agreed it will happen.
# Adverbs between "is" and what follows it: "is now preparing to", "are still negotiating".
_NOW = r"(?:also\s+|now\s+|still\s+|currently\s+|already\s+)?"
_PLANNED = (
    # "was to meet", not "was to London", "is to the north"
    rf"will|shall|won't|'ll|\u2019ll|(?:is|are|was|were)\s+{_NOW}(?:to(?=\s+(?-i:[a-z]))"
    r"(?!\s+(?:the|a|an|its|their|his|her|this|that)\b)|due\s+to|"
    r"set\s+to|scheduled\s+to|slated\s+to|planning\s+to|going\s+to|poised\s+to|"
    r"preparing\s+(?:to|for)|(?:ready|prepared|willing|eager|keen)\s+to)|plans?\s+to|"
    # what one wants done: "wants the Senate to ratify the treaty"
    r"wants?\s+(?:(?:the\s+)?[\w-]+\s+){0,3}?to(?=\s+[a-z])|"
    # "are planning", "planning to"; not a noun's "rescue planning for the Alliance"
    rf"planned|(?:(?:is|are|was|were|been|be)\s+{_NOW})planning|planning(?=\s+to\b)|"
    r"intends?\s+to|intended\s+to|aims?\s+to|"
    r"scheduled|upcoming|forthcoming|would|must|needs?\s+to|has\s+to|have\s+to|should|(?<!seemed\s)(?<!seems\s)(?<!appeared\s)(?<!appears\s)to\s+be|"
    r"due\s+to\s+(?:open|begin|start|end|close|meet|arrive|leave|return|travel|visit|"
    r"sign|vote|hold|take|be|resume|launch|expire|report|speak|announce|deploy)"
    r"|(?:is|are|was|were)\s+due\s+(?:in|on|at|back)\b"  # "are due in Vienna on Thursday"
)
# The present tense of travel and meeting verbs ("flies to Sochi on Saturday") is a
# schedule; with a date already past ("March 1999 — NATO begins air strikes") it is the
# historical present of a chronology, and tells what happened.
_SCHEDULED = (
    r"flies|travels|heads|arrives|departs|leaves\s+for|meets?|visits|opens|begins|starts|"
    # "concludes on Friday", not the finding of "concludes that"
    r"hosts|resumes|reconvenes|convenes?|gather|returns|closes|ends|concludes(?!\s+that\b)|"
    r"finishes|"
    r"wraps\s+up|runs\s+(?:until|till|through)|holds|signs|attends|"
    r"chairs|addresses|receives|"
    # A post or a rule changing hands on its day: "takes over on Aug. 1", "expires in June".
    r"takes?\s+(?:over|office|effect|command)|steps?\s+down|hands?\s+over|expires?|"
    r"retires?|(?:enters?|comes?)\s+into\s+force"
)
# "may have emboldened", "might have been": a guess at what happened, which is done (a
# hedge, below), not a forecast; "may have a veto" (to have, no perfect) still looks ahead.
# Not "could have", which is read as a counterfactual ("could have signed").
_NOT_A_PARTICIPLE = (
    r"(?:a|an|the|no|any|some|its|their|his|her|our|my|your|this|that|these|those|"
    r"more|less|much|little|enough|every|to)\b"
)
_HEDGED_PAST = rf"(?:(?-i:may)|might)\s+have(?=\s+(?:been\s+)?(?!{_NOT_A_PARTICIPLE})[^\W\d_])"
# Putting a plan off to a new date: "postponed to next month", "put off until October",
# «отложен до осени», «перенесена на июль». The new date is what is now planned. "Moved"
# only to a date ("moved to next year", "moved back to May"; not "moved to the border"),
# or to the end of the text read, which the date read next follows.
_TO_A_CALENDAR_DATE = (
    r"(?=\s+(?:to|until|till)\s+(?:$|(?:the\s+)?(?:(?:next|following|coming|later|early|late|"
    r"mid)\b|(?:spring|summer|autumn|fall|winter|"
    rf"{CALENDAR_NAMES})\b|\d{{4}}\b)))"
)
_PUTTING_OFF = (
    r"postponed|put\s+off|delayed|deferred|pushed\s+back|rescheduled|"
    rf"moved(?:\s+(?:back|forward))?{_TO_A_CALENDAR_DATE}"
)
RU_PUTTING_OFF = r"(?:отлож|перенес|перен[её]с)[а-яё]*"
PUT_OFF = rf"(?:{_PUTTING_OFF})\s+(?:to|until|till|for)"
# Decisions about what is to come, and plans put off: "proposed to hold in the autumn"
# looks ahead, but in "In November the council agreed to hold talks" the date is the
# agreeing's.
_DECIDING = (
    r"(?:proposed|agreed|decided|voted|promised|pledged|vowed|offered|undertook|proposing|"
    r"agreeing|deciding|voting|promising|pledging|vowing|offering|undertaking|"
    # a headline's or a chronology's present: "Russia agrees to a transit deal"
    r"agrees|decides|votes|pledges|vows)"
)
# What is agreed to that is no verb: "agreed to the plan", "agreed to de-targeting" tell the
# agreeing, done.
_A_THING = (
    r"(?:(?:the|a|an|its|their|his|her|this|that|these|those)\b|(?-i:[A-Z])|"
    r"(?:[a-z]+-)?[a-z]{3,}ing\b)"
)
_DECIDED = rf"{_DECIDING}\s+to(?!\s+{_A_THING})|{PUT_OFF}"
# What may stand between a verb of deciding and its "to": a manner ("agreed in principle
# to", "voted unanimously to") or the deciding's own date ("agreed on Monday to hold",
# "decided last week to", "agreed on April 12 to"). The verb is then the deciding, which
# happened on that date, and its "to" the act decided, which is planned.
_CALENDAR_WORD = (
    rf"(?:{CALENDAR_NAMES}|week|weekend|month|"
    r"year|\d{4})"
)
_DECIDING_ASIDE = (
    r",?\s+(?:[a-z]+ly|in\s+principle|yesterday|today|(?:on|in|at|last|this|earlier)"
    r"(?:\s+(?:the|this|last|early|late|mid))?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
    rf"\s+{_CALENDAR_WORD}(?:\s+\d{{1,4}})?)"
)
_DECIDED_ACROSS_AN_ASIDE = re.compile(
    rf"\b{_DECIDING}(?:{_DECIDING_ASIDE})+,?\s+(?P<act>to)\b", re.IGNORECASE
)
# The present progressive tells what is going on as the story is written ("are
# negotiating", "is holding talks", "are in talks"): it has begun, so it happened; with a
# date still to come ("are meeting next week") it is a schedule, as the date says. Not the
# progressive of a plan or a forecast ("is going to", "are preparing to", "is hoping"),
# nor a noun or adjective after "is" ("is nothing", "is willing"), nor the verb of a
# question or of what its noun does ("nobody knows who is giving the orders").
_ONGOING = (
    r"(?<!\bwho\s)(?<!\bwhat\s)(?<!\bwhich\s)(?<!\bthat\s)"
    rf"(?:(?:is|are|am|['\u2019]re)\s+{_NOW}"
    r"(?:in\s+(?:talks|negotiations|discussions|consultations)"
    r"|(?!(?:going|preparing|poised|being|willing|(?:some|no|any|every)thing|during|"
    rf"morning|evening|spring|{_EXPECTED}|{_PLANNED}|{_DECIDED})\b)[a-z]{{2,}}ing)"
    r"|continues?\s+to(?=\s+[a-z]))"  # "Russia continues to seek guarantees"
)
# The future in a past narrative: "Robertson would later describe …" tells what did happen
# after the story's time, unless a reporting verb before it makes it what was said
# ("he said the council would later decide").
_NARRATED = r"would\s+(?:later|eventually|subsequently|afterwards|go\s+on\s+to)"


def not_after(words, gap=""):
    """Lookbehinds: not right after one of ``words`` and ``gap``."""
    return "".join(rf"(?<!\b{word}{gap})" for word in words)


# No present after "to", a modal, "not" or a determiner ("will cut", "a cut"), nor after
# a modal and an adverb ("would also shut").
_TO_AND_MODALS = ("to", "will", "would", "can", "could", "may", "might", "must", "should", "shall")
NOT_PRESENT_AFTER = (
    not_after((*_TO_AND_MODALS, *("not", "did", "do", "does", "a", "the", "its", "any")), r"\s")
    + "".join(not_after(_TO_AND_MODALS, rf"\s{adverb}\s") for adverb in ("also", "then", "soon"))
    + r"(?<!n't\s)(?<!n\u2019t\s)"
)
# Past participles in "-en" or "-wn" of acts: "taken", "frozen", "withdrawn".
_EN_PARTICIPLES = (
    r"taken|given|chosen|drawn|shown|written|frozen|broken|spoken|thrown|withdrawn|"
    r"undertaken|begun|sworn"
)
# Done: the past and present perfect, and reporting verbs; not a participle after "be"
# ("is to be held" is still to come).
# The past of verbs that do not end in "-ed".
IRREGULAR_PAST = (
    r"said|told|was|were|had|did|met|held|took|began|came|went|made|gave|left|sent|spoke|"
    r"broke|froze|led|won|lost|struck|saw|became|flew|fought|fell|rose|sank|drove|wrote|"
    r"brought|built|chose|withdrew|swore|stood|sought|drew|threw|paid|bought|caught|found|"
    r"sold|shook|fled|oversaw|overtook"
)
_OCCURRED = (
    rf"(?<!\bbe\s)(?:{IRREGULAR_PAST}|says|has|(?=have\b){NOT_PRESENT_AFTER}have|set\s+up|"
    rf"{_DECIDING}(?=\s+to\s+{_A_THING})|"
    # Past participles of their own ("the decision, taken at the summit on 8-9 July")
    rf"{_EN_PARTICIPLES}|"
    # The same in the present but for a third person's "-s" ("Gazprom cut supplies"):
    # past, but after "to", a modal, "not" or a determiner ("will cut", "a cut").
    # (the word first: the many lookbehinds only where it stands)
    rf"(?=(?:cut|shut|quit|put|beat|hit|spread|cost)\b){NOT_PRESENT_AFTER}"
    r"(?:cut|shut|quit|put|beat|hit|spread|cost)(?!-)|"
    # the verb, not the adjective of "the proposed treaty": "Putin proposed that …"
    r"proposed(?=\s+(?:that|a|an|the)\b)|"
    r"(?!(?:allied|united|armed|alleged|limited|advanced|detailed|concerned|related|based|"
    r"unprecedented|renewed|expanded|proposed|planned|scheduled|expected|"
    # no past at all: "will succeed him", "two hundred"
    r"(?:succ|proc|exc)eed|need|indeed|speed|hundred|sacred|naked|wicked|kindred)\b)"
    r"(?<!-)[a-z]{2,}ed)"
)
_CUES = re.compile(
    rf"\b(?:(?P<hedged>{_HEDGED_PAST})|(?P<decided>{_DECIDED})|(?P<narrated>{_NARRATED})|(?P<expected>{_EXPECTED})|"
    rf"(?P<planned>{_PLANNED})|(?<!\bto\s)(?P<scheduled>{_SCHEDULED})|(?P<ongoing>{_ONGOING})|"
    rf"(?P<occurred>{_OCCURRED}))\b",
    re.IGNORECASE,
)
STATUS_OF_CUE = {
    "hedged": Event.Status.OCCURRED,
    "decided": Event.Status.PLANNED,  # read as occurred when it follows the date
    "narrated": Event.Status.OCCURRED,  # read as planned after a reporting verb
    "expected": Event.Status.EXPECTED,
    "planned": Event.Status.PLANNED,
    "scheduled": Event.Status.PLANNED,  # read as occurred with a date already past
    "ongoing": Event.Status.OCCURRED,  # read as planned with a date still to come
    "occurred": Event.Status.OCCURRED,
}
# An attributive participle ("a planned agreement", "the scheduled talks", "Russia's
# upcoming summit") says what its noun is, not what the clause's verb did: "Zhirinovsky
# denounced a planned agreement" happened.
_ATTRIBUTIVE = re.compile(r"(?i:planned|scheduled|upcoming|forthcoming)")
_DETERMINED = re.compile(
    r"(?i:\b(?:a|an|the|its|their|his|her|our|this|these|those)|[\w-]+['\u2019]s)"
    r"\s+(?:\w+ly\s+)?$"
)
# A preposition between such a participle and a date ends its noun phrase: the date of "a
# planned agreement with NATO on Tuesday" is the clause's, that of "a planned exercise in
# June" the exercise's.
_PREPOSITION_WORD = re.compile(
    r"(?i:\b(?:of|with|to|for|against|between|by|from|on|in|at|over|about|during)\b)"
)
_DATE_PREPOSITION = re.compile(r"(?i:\s*\b(?:on|in|at|for|by|during)\s*$)")


def _attributive(text, cue):
    """Whether ``cue`` is a participle before a noun, after its determiner."""
    return bool(
        _ATTRIBUTIVE.fullmatch(text, cue.start, cue.end) and _DETERMINED.search(text, 0, cue.start)
    )


def _in_its_noun_phrase(text, cue, start):
    """Whether ``text[start:]`` is in the noun phrase of the attributive ``cue``."""
    between = _DATE_PREPOSITION.sub("", text[cue.end : start])
    return not _PREPOSITION_WORD.search(between)


# Where a clause ends: the date's verb is the one in the same clause.
_CLAUSE_BREAK = re.compile(r"[;:\u201c\u201d\"()]|,\s|\s(?:that|but|and|while|after|before)\s")


def _clause_break(language):
    return _RU_CLAUSE_BREAK if language == Language.RUSSIAN else _CLAUSE_BREAK


def _clause_bounds(text, start, end, language=Language.ENGLISH):
    clause_break = _clause_break(language)
    left = 0
    for match in clause_break.finditer(text, 0, start):
        left = match.end()
    after = clause_break.search(text, end)
    return left, after.start() if after else len(text)


def clause_around(text, start, end, language=Language.ENGLISH):
    """The clause of ``text`` holding ``text[start:end]``."""
    left, right = _clause_bounds(text, start, end, language)
    return text[left:right]


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int


# "before" and "after" open a clause with a verb ("after they met"), or a phrase of a noun.
_PREPOSITION_BREAK = re.compile(r"\s(?:before|after)\s$", re.IGNORECASE)


def noun_phrase_after_preposition(text, start, end, language=Language.ENGLISH):
    """The span of the phrase holding the words ``text[start:end]`` if "before" or "after"
    opens it and no verb is in it, else None: in "met for the last time before the freeze
    on 19 August" the freeze names no act of that day."""
    if language == Language.RUSSIAN:
        return None
    left, right = _clause_bounds(text, start, end, language)
    if _PREPOSITION_BREAK.search(text, 0, left) and not _cues(text, left, right):
        return Phrase(left, right)
    return None


# "and", "but", "но", "и", "а" joining a second verb to the first's subject.
_AND = re.compile(r"\s(?:and|but|or|then|yet|и|а|но)\s$", re.IGNORECASE)
_ADVERBS = re.compile(
    r"(?:(?:then|later|also|again|soon|finally|\w+ly|затем|потом|позже|вновь|снова)\s+)*"
)


def a_second_verb(text, start, end, language=Language.ENGLISH):
    """Whether the words ``text[start:end]`` are in a second verb's clause, joined to the
    one before with no subject of its own: "was frozen in 2008 and resumed in March 2009",
    "была заморожена … и возобновлена в марте 2009 года"."""
    left, right = _clause_bounds(text, start, end, language)
    cues = _cues(text, left, right, language=language)
    return (
        bool(cues)
        and bool(_AND.search(text, 0, left))
        and _ADVERBS.fullmatch(text, left, cues[0].start) is not None
    )


# The adverbs that may stand between a subject and its verb ("he also said", «он также
# объявил»).
_BEFORE_A_VERB = re.compile(
    r"(?:\s*(?:then|later|also|again|soon|finally|still|\w+ly|затем|потом|позже|вновь|снова"
    r"|также|тоже|уже|ещё|еще))*\s*"
)


def verb_follows(text, position, language=Language.ENGLISH):
    """Whether a verb comes next in ``text`` from ``position``, after adverbs at most
    ("also said", «также объявил»): what ends at ``position`` is then its subject."""
    return following_verb(text, position, language) is not None


def following_verb(text, position, language=Language.ENGLISH):
    """The verb that comes next in ``text`` from ``position``, after adverbs at most, as
    its cue; None when another word comes first."""
    at = _BEFORE_A_VERB.match(text, position).end()
    cues = _cues(text, at, language=language)
    return cues[0] if cues and cues[0].start == at else None


@dataclass(frozen=True)
class Cue:
    """A word that says whether what it governs happened: its span and status."""

    start: int
    end: int
    status: str
    scheduled: bool = False  # the present of a schedule ("flies to Sochi", "begins")
    ongoing: bool = False  # what is going on ("are negotiating", «проводят»)


# A determiner or a possessive before a schedule's verb makes it a plural noun: "met his
# hosts on Tuesday", "the heads of delegation", "suspended the exchange visits".
_A_NOUN_AFTER = re.compile(
    r"(?:\b(?i:the|a|an|his|her|its|their|our|my|your|these|those|all|both|many|several|"
    r"some|two|three|four|five)|['\u2019]s)\s+(?:(?:exchange|official|state|reciprocal|"
    r"regular|joint|[a-z]+(?:ian|an|ese|ish|al|ic)|[A-Z][a-z]+(?:ian|ese|ish))\s+)?$"
)


# "of" after a schedule's verb makes it a plural noun too: "met NATO heads of state".
_OF_AFTER = re.compile(r"\s+of\b")


# A thing someone will have done to theirs, its participle no past: "will also have its
# activity suspended from Nov. 1".
_HAVE_IT_DONE = re.compile(
    rf"(?i:\b(?:{'|'.join(_TO_AND_MODALS)})\s+(?:also\s+|then\s+|soon\s+)?have\s+"
    r"(?:its|their|his|her|the|a|an|our)\s+(?:[\w-]+\s+){1,3})$"
)


def _cues(text, start=0, end=None, after=None, language=Language.ENGLISH):
    """Each cue between ``start`` and ``end``; a decision ("agreed to") after ``after``
    is the act of deciding, so it reads as occurred."""
    end = len(text) if end is None else end
    if language == Language.RUSSIAN:
        found = _russian_cues(text, start, end)
    else:
        found = []
        for match in _CUES.finditer(text, start, end):
            kind = match.lastgroup
            if kind == "narrated" and _reported(text, match.start()):
                kind = "planned"  # "he said the council would later decide"
            found.append((*match.span(), kind))
    found = [
        (position, stop, kind)
        for position, stop, kind in found
        if not (
            kind == "scheduled"
            and (
                _A_NOUN_AFTER.search(text, max(position - 40, 0), position)
                or _OF_AFTER.match(text, stop)
            )
        )
        and not (kind == "occurred" and _HAVE_IT_DONE.search(text, max(position - 60, 0), position))
    ]
    found = sorted([*found, *_acts_decided_across_an_aside(text, start, end, language)])
    as_planned = [match.span() for match in _AS_PLANNED.finditer(text)]
    found = [
        (position, stop, kind)
        for (position, stop, kind), following in zip(found, [*found[1:], None], strict=False)
        if not (_GUESS.fullmatch(text, position, stop) and following and following[2] == "occurred")
        and not any(a <= position < b for a, b in as_planned)
    ]
    found = [
        (position, stop, "occurred" if _carried_out(text, stop, kind, language) else kind)
        for position, stop, kind in found
    ]
    return [
        Cue(
            position,
            stop,
            Event.Status.OCCURRED
            if kind == "decided" and after is not None and position >= after
            else STATUS_OF_CUE[kind],
            kind == "scheduled",
            kind == "ongoing",
        )
        for position, stop, kind in found
    ]


def _acts_decided_across_an_aside(text, start, end, language):
    """(start, end, "decided") of the act decided when an aside parts it from its verb of
    deciding ("agreed on Monday to hold", «договорились в понедельник провести»): the
    verb's own cue reads the deciding, which happened."""
    pattern = (
        _RU_DECIDED_ACROSS_AN_ASIDE if language == Language.RUSSIAN else _DECIDED_ACROSS_AN_ASIDE
    )
    for match in pattern.finditer(text):
        if start <= match.start("act") and match.end("act") <= end:
            yield (*match.span("act"), "decided")


# Reporting verbs. A past one heading a sentence reports a statement that was made; what
# was said is its complement ("said the meeting in June would …").
_REPORTING_PAST = re.compile(
    r"said|told|added|announced|stated|declared|insisted|stressed|warned|noted|recalled|"
    r"explained|argued|claimed|confirmed|reiterated|replied|wrote|acknowledged|admitted|"
    r"assured|reported|indicated|signalled|signaled|predicted|cautioned|complained|"
    r"informed|notified|reminded|revealed|disclosed|emphasi[sz]ed|underlined|maintained|"
    r"asserted|conceded|remarked|remembered|suggested|asked|wondered|queried|concluded|"
    r"expressed|"  # "expressed hope that …": a statement made, whatever it hopes for
    r"promised|pledged|vowed",  # "promised that the alliance would …": a promise made
    re.IGNORECASE,
)
_RU_REPORTING_PAST = re.compile(
    r"(?:заявил|сказал|сообщил|подч[её]ркнул|уточнил|добавил|отметил|напомнил|пояснил|"
    r"признал|указал|заверил|рассказал|предупредил|заметил|подтвердил|объявил|"
    r"констатировал|передал|говорил|сообщал|заявлял|утверждал|настаивал|проинформировал|"
    r"информировал|уведомил|известил|спросил|поинтересовал(?:ся|ась|ись)|"
    # … and said again and again: «неоднократно указывала, что …»
    r"указывал|подч[её]ркивал|отмечал|предупреждал|напоминал|повторял|заверял|повторил|"
    r"выразил|"  # «выразил надежду, что …»: a statement made, whatever it hopes for
    r"пообещал|обещал)(?:а|о|и)?"  # «пообещал, что армия …»: a promise made
    # "it was announced that": «было объявлено, что …», «сообщено».
    r"|(?:объявлен|сообщен|заявлен)о",
    re.IGNORECASE,
)


def _reported(text, position):
    """Whether a reporting verb in the past comes before ``position`` in ``text``."""
    return any(
        _REPORTING_PAST.fullmatch(word) for word in re.findall(r"[^\W\d_]+", text[:position])
    )


# Words that open a reported clause right after "said": its subject. After a preposition
# or a date ("said on Monday", "said in Brussels") the date is the saying's.
_SUBJECT_OPENING = re.compile(
    r"\s+(?:that\s+)?(?:the|a|an|its|his|her|their|our|this|these|those|no|some|each|both|"
    r"he|she|it|they|we|I|you|there|[A-Z][\w.'\u2019-]*(?<!\bOn)(?<!\bIn)(?<!\bAt))\b"
)
# Reporting verbs with whom they tell before what: "told reporters", "informed us that".
_TELLING = re.compile(
    r"(?i:told|tells|informed|informs|notified|notifies|reminded|reminds|assured|assures)"
)
_TOLD_WHOM = re.compile(r"\s+(?:the\s+|an?\s+)?[\w.'\u2019-]+")
# Quotations: a reporting verb inside one is the quoted speaker's, not the sentence's.
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|\u00ab[^\u00bb]*\u00bb")


# A clause break that opens a clause the one before it introduces ("let it be known that").
_OPENS_A_CLAUSE = re.compile(r"\sthat\s")
# ", and after the attacks of 2001, Putin offered …": a phrase that opens a clause joined
# by "and" or "but" is said of that clause's verb, after it.
_COORDINATED = re.compile(r",\s+(?:and|but|и|а|но)\s+$", re.IGNORECASE)


_AS_AGREED = re.compile(
    r",\s+as\s+(?:[\w'\u2019-]+\s+){1,3}?(?:had\s+)?(?:agreed|said|decided|promised|planned|"
    r"announced|noted|reported|pledged)\b[^,;.]*"
)


def _governing(sentence, start, end, language=Language.ENGLISH):
    """The cue that governs the words ``sentence[start:end]``, or None: the nearest one
    before them in their clause (unless it is a reporting verb whose reported clause
    holds them), else the nearest after them, else the nearest in the sentence."""
    left, right = _clause_bounds(sentence, start, end, language)
    in_clause = _cues(sentence, left, right, after=end, language=language)
    before = [cue for cue in in_clause if cue.start < start]
    after = [cue for cue in in_clause if cue.start >= end]
    if before:
        cue = before[-1]
        attributive = len(before) > 1 and _attributive(sentence, cue)
        if attributive and not _in_its_noun_phrase(sentence, cue, start):
            cue = before[-2]  # "denounced a planned agreement with NATO on Tuesday"
        reported = language != Language.RUSSIAN and _REPORTING_PAST.fullmatch(
            sentence[cue.start : cue.end]
        )
        opening = cue.end
        if reported and _TELLING.fullmatch(sentence[cue.start : cue.end]):
            told = _TOLD_WHOM.match(sentence, opening, start)  # "told reporters"
            opening = told.end() if told else opening
        if reported and after and _SUBJECT_OPENING.match(sentence, opening, start):
            return after[0]  # "said the council's next meeting in June would focus"
        return cue
    if after:
        return after[0]
    anywhere = _cues(sentence, after=end, language=language)
    if _OPENS_A_CLAUSE.match(sentence, right):
        # "Over the weekend the ministry let it be known that he will go": what the date's
        # clause introduces is not its verb.
        anywhere = [cue for cue in anywhere if cue.start < right]
    if _COORDINATED.search(sentence, 0, start) and (
        later := [c for c in anywhere if c.start >= end]
    ):
        anywhere = later
    # "will suspend its mission, which has operated since 2001, from November 1": the verb
    # of a relative clause set off before the date is not the date's.
    # Nor is a participle's phrase set off after it (", possibly followed by a session").
    set_off = [m.span() for m in _SET_OFF_RELATIVE.finditer(sentence, 0, start)]
    set_off += [m.span() for m in _PARTICIPLE_PHRASE.finditer(sentence, end)]
    # Nor a comment after it on what was agreed or said (", as we agreed in Bucharest").
    set_off += [m.span() for m in _AS_AGREED.finditer(sentence, end)]
    # Nor is a verb of a clause of time or a relative clause that does not hold the date
    # ("will take effect 150 days after the signatories were notified, in mid-December").
    set_off += [
        (clause.start, clause.end)
        for clause in relative_clauses(sentence, language)
        if not clause.holds(start)
    ]
    outside = [c for c in anywhere if not any(a <= c.start < b for a, b in set_off)]
    anywhere = outside or anywhere
    if not anywhere:
        return None
    # In what a reporting verb reports («заявил, что с 29 марта … приступят»), its own
    # verbs, not the reporting one.
    for content in reported_content(sentence, language):
        own = [cue for cue in anywhere if content.holds(cue.start)]
        if content.holds(start) and own:
            anywhere = own
    nearest = min(anywhere, key=lambda cue: abs(cue.start - start))
    earlier = [cue for cue in anywhere if cue.end <= start]
    if earlier and nearest.start >= end and _said_after(sentence, nearest, language):
        # «Совет соберётся на заседание, посвящённое Афганистану, в среду, сообщил
        # представитель»: the date set off after the main clause is its verb's, not the
        # saying's that closes the sentence.
        return earlier[-1]
    if earlier and nearest.start >= end and _JOINED_NEXT.fullmatch(sentence, end, nearest.start):
        # "began off Cartagena, Spain, on 30 May and concludes on 10 June": the verb after
        # "and" is its own clause's; the one before governs the date.
        return earlier[-1]
    return nearest


# What opens a relative clause set off by a comma: ", which", ", who", «, которая», «, в
# которой».
RELATIVE_OPENING = r",\s+(?i:which|who|whose|(?:[а-яё]+\s+)?котор[а-яё]+)(?![\w-])"
# A relative clause set off by commas: ", which has operated since 2001,", «, которая
# работала с 2001 года,».
_SET_OFF_RELATIVE = re.compile(rf"{RELATIVE_OPENING}[^,;:]*,")
# A participle's phrase after a comma: ", possibly followed by", ", backed by".
_PARTICIPLE_PHRASE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+by\b")


# What joins a second verb to the words before it: "… on 30 May and concludes".
_JOINED_NEXT = re.compile(r"\s+(?:and|и)\s+(?:(?:then|later|затем|потом)\s+)?")


def _said_after(sentence, cue, language):
    """Whether ``cue`` is a verb of saying in the past that closes the sentence, after a
    comma: "…, a spokesman said", «…, сообщил представитель»."""
    pattern = _RU_REPORTING_PAST if language == Language.RUSSIAN else _REPORTING_PAST
    return bool(
        pattern.fullmatch(sentence, cue.start, cue.end)
        and re.search(r",\s*(?:[\w.'\u2019-]+\s+){0,4}$", sentence[: cue.start])
        and not re.search(r"[,;:]", sentence[cue.end :].rstrip(" .!?"))
    )


def same_verb(sentence, one, other, language=Language.ENGLISH):
    """Whether the same verb governs the spans ``one`` and ``other`` (each with ``start``
    and ``end``): "signed … in February 2003, after the loss of the Kursk in August 2000"."""
    first = _governing(sentence, one.start, one.end, language)
    return first is not None and first == _governing(sentence, other.start, other.end, language)


def status_at(sentence, start, end, language=Language.ENGLISH):
    """The status of the words ``sentence[start:end]``, from the verb that governs them:
    what an expectation governs is expected ("is expected to meet on Friday"), and so is
    a plan that a condition governs ("will consider it in June if …")."""
    cue = _governing(sentence, start, end, language)
    if cue is None:
        return Event.Status.OCCURRED
    status = cue.status
    if status == Event.Status.PLANNED and _held_as_planned(sentence, cue, end, language):
        return Event.Status.OCCURRED
    if status == Event.Status.PLANNED:
        left, _right = _clause_bounds(sentence, start, end, language)
        earlier = _cues(sentence, left, cue.start, language=language)
        expected = any(other.status == Event.Status.EXPECTED for other in earlier)
        expected = expected or _HEDGED_PLAN.search(
            sentence, sentence.rfind(";", 0, start) + 1, max(start, cue.start)
        )
        if expected or _conditions(sentence, language) or _AN_OPINION_HELD.search(sentence):
            status = Event.Status.EXPECTED
    return status


# A plan the words before the date hedge: "will probably take place in the autumn",
# «вероятно, пройдет осенью», «как ожидается, появится к июню».
_HEDGED_PLAN = re.compile(
    r"(?i:\b(?:probably|likely|possibly|perhaps|presumably)\b|(?<![\w-])(?:вероятно|видимо|"
    r"по-видимому|скорее\s+всего|как\s+ожидается|возможно|предположительно)(?![\w-]))"
)


# Talk of what is to come: "statements by allies regarding a naval group from next year",
# "there's talk of more jets as soon as this month". Nobody has decided it.
_TALK_OF = re.compile(
    r"\b(?:talk|statements?|remarks|comments|speculation|suggestions?|rumou?rs?|reports?)\s+"
    r"(?:(?:by|from)\s+[^,;:]{1,60}?\s+)?(?:of|about|regarding|concerning|on)\s+[^,;:]*$",
    re.IGNORECASE,
)


def talked_of(sentence, start, language=Language.ENGLISH):
    """Whether the words at ``start`` of ``sentence`` are in what a noun of talk is about
    (no comma between: "talk of a meeting of Berg and Sokolov in March")."""
    return language != Language.RUSSIAN and bool(_TALK_OF.search(sentence, 0, start))


def in_the_present(sentence, start, end, language=Language.ENGLISH):
    """Whether the verb that governs ``sentence[start:end]`` is the present of a schedule
    ("flies", "meet", "begins"): with a date already past, a historical present."""
    cue = _governing(sentence, start, end, language)
    return cue is not None and cue.scheduled


def told_in_the_past(sentence, start, end, language=Language.ENGLISH):
    """Whether a verb telling what happened governs ``sentence[start:end]`` ("On 3 April,
    the allies agreed"), not one of a schedule, of what is going on or still to come."""
    cue = _governing(sentence, start, end, language)
    return (
        cue is not None
        and cue.status == Event.Status.OCCURRED
        and not (cue.scheduled or cue.ongoing)
    )


# Saying or promising, denied in the past: "could not promise him that NATO would hold
# off", "refused to say whether Moscow would attend", "did not say when", «отказался
# сообщить, будет ли», «не смог пообещать, что … откроет». What it would have said is no
# plan the sentence reports: the fact is the not saying, which happened.
_UNSAID = re.compile(
    r"(?i:\b(?:(?:did|could|would|was|were)(?:\s+not|n['\u2019]t)(?:\s+be\s+able\s+to)?|"
    r"(?:refused|declined|failed)\s+to|(?:was|were)\s+(?:not\s+|un)able\s+to)\s+"
    r"(?:say|tell|promise|confirm|specify|disclose|reveal|guarantee|comment|elaborate|"
    r"assure|predict)\b(?:\s+[\w'\u2019-]+){0,3}?\s+"
    r"(?:that|whether|if|when|how|where|what|why|who)\s+(?:[\w'\u2019.-]+\s+){0,4}$)"
)
_RU_UNSAID = re.compile(
    r"(?i:(?<![\w-])(?:не\s+(?:смог[а-яё]*\s+|стал[аи]?\s+)?|отказал[а-яё]*\s+)"
    r"(?:сказ|сообщ|уточн|пообещ|обещ|подтверд|гарантир|прокомментир|комментир|раскры|"
    r"объясн|назва|говор)[а-яё]*(?:\s+[а-яё]+){0,2}?,\s+"
    r"(?:(?:что|когда|как|где|почему|кто)\s+(?:[\w.-]+\s+){0,4})?$)"
)


def _left_unsaid(sentence, cue, language=Language.ENGLISH):
    """Whether ``cue`` is in what a saying denied in the past would have said."""
    pattern = _RU_UNSAID if language == Language.RUSSIAN else _UNSAID
    return bool(pattern.search(sentence, 0, cue.start))


# A forecast that something will not happen is still a forecast: "is not expected to
# attend", as "is unlikely to attend" is.
_NEGATED_FORECAST = re.compile(r"(?:is|are|was|were)(?:\s+not|n['\u2019]t)\s+(?:\w+ly\s+)?")


def status_of(sentence, language=Language.ENGLISH, live=False):
    """The status a sentence with no date reports. A statement made ("Ivanov said the
    fleet would join", "«…», — заявил Лавров") happened, whatever it says; else that of
    its first word looking ahead ("Moscow says it will keep …") that no negation,
    counterfactual or condition holds, else occurred; a negated forecast ("is not
    expected to attend") is expected. A decision with no date is the
    deciding; a plan under a condition is expected. Told ``live`` (a live blog's entry, a
    digest's item of a day gone by), the present of a schedule ("10:32 Putin arrives at
    the air base") tells what has just happened; "will", "is due to" still look ahead."""
    if _reports_in_the_past(sentence, language):
        return Event.Status.OCCURRED
    unreal = unreal_phrases(sentence, language)
    cues = _cues(sentence, after=0, language=language)
    ahead = [
        cue.status
        for cue in cues
        if cue.status != Event.Status.OCCURRED
        # A Russian schedule is a perfective's future («10:40 Лавров подпишет протокол»).
        and not (live and cue.scheduled and language != Language.RUSSIAN)
        and not _complement_of_a_past_act(sentence, cue, cues)
        and not _said_of_a_prepositions_object(sentence, cue)
        and not _in_a_clause_after_a_past_act(sentence, cue, cues, unreal)
        and not _left_unsaid(sentence, cue, language)
        and not any(
            phrase.start <= cue.start < phrase.end
            and not (
                cue.status == Event.Status.EXPECTED
                and _NEGATED_FORECAST.fullmatch(sentence, phrase.start, cue.start)
            )
            for phrase in unreal
        )
    ]
    if not ahead:
        return Event.Status.OCCURRED
    if ahead[0] == Event.Status.PLANNED and (
        _conditions(sentence, language) or _AN_OPINION_HELD.search(sentence)
    ):
        return Event.Status.EXPECTED
    return ahead[0]


# Someone's opinion of what is to come, held now: a forecast, which no one has decided
# ("Analysts believe Russia will respond", «эффект будет ограниченным, считает аналитик»).
_AN_OPINION_HELD = re.compile(
    r"(?i:\b(?:believes?|thinks?|fears?|suspects?|doubts?)\b"
    r"|(?<![\w-])(?:считает|считают|полагает|полагают|думает|думают|опасается|опасаются|"
    r"предполагает|предполагают|уверен[аы]?|убежден[аы]?|убеждён[аы]?)(?![\w-]))"
)


# A plan said of its subject ("talks planned for Tuesday", "the scheduled meeting",
# «переговоры, намеченные на вторник») whose verb says it took place: the plan was
# carried out, on its date.
_TOOK_PLACE = re.compile(
    r"(?i:(?:went\s+ahead|took\s+place|(?:was|were)\s+(?:duly\s+)?held|happened|opened|"
    r"began|started|convened)\b"
    r"|(?:состоял|прош[её]л|прошл|начал|открыл)[а-яё]*(?![\w-]))"
)
_PLAN_TO_VERB = 150  # characters: a subject's plan is not far from its verb
_BETWEEN_PLAN_AND_VERB = re.compile(
    r"[;:\u201c\u201d\"«»()]|\s(?i:that|but|while|after|before|что|но|однако|когда)\s"
    rf"|{RELATIVE_OPENING}"  # "will close the office, which opened in 2001, …"
)
# "went ahead as planned", «состоялись, как и планировалось»: how it happened, no plan.
_AS_PLANNED = re.compile(
    r"(?i:\bas\s+(?:originally\s+|previously\s+)?(?:planned|scheduled)\b"
    r"|(?<![\w-])как\s+(?:и\s+)?(?:было\s+)?(?:ранее\s+)?"
    r"(?:планировал|запланирован|намечал|намечен)[а-яё]*)"
)


def _carried_out(text, end, kind, language=Language.ENGLISH):
    """Whether a cue of ``kind`` ending at ``end`` of ``text`` is a plan that the first
    verb after it says took place, with no clause of its own between ("talks planned for
    Tuesday between NATO and Russia went ahead")."""
    if kind != "planned":
        return False
    window = min(len(text), end + _PLAN_TO_VERB)
    if language == Language.RUSSIAN:
        following = next(iter(_russian_cues(text, end, window)), None)
        at = following[0] if following else None
    else:
        following = _CUES.search(text, end, window)
        at = following.start() if following else None
    if at is None or not _TOOK_PLACE.match(text, at):
        return False
    return not _BETWEEN_PLAN_AND_VERB.search(text, end, at)


def carries_out_its_plan(sentence, start, end, language=Language.ENGLISH):
    """Whether ``sentence[start:end]``, a participle's phrase, is a plan that the verb
    after it says took place: «Переговоры, намеченные на вторник, состоялись»."""
    if language == Language.RUSSIAN:
        found = _russian_cues(sentence, start, end)
    else:
        found = [(*match.span(), match.lastgroup) for match in _CUES.finditer(sentence, start, end)]
    return any(_carried_out(sentence, stop, kind, language) for _, stop, kind in found)


# An infinitive: what the verb before it asks or wants, not what was done.
_INFINITIVE = re.compile(r"(?i:to\s+be)")
# The object of an act and a relative clause said of it, up to the clause's verb: "signed
# an agreement that will allow", "are negotiating a deal under which Russia would",
# «готовят соглашение, которое откроет». A word at least comes first, so that "agreed
# that" (what was agreed) is not one.
# A relative pronoun and the clause's subject, up to its verb: "that NATO and the former
# Warsaw Pact could", "under which Russia would", «которое откроет».
_RELATIVE_TO_ITS_VERB = (
    r"(?:that|which|whereby|(?:under|by|in|through|with|for)\s+which|"
    r"(?:(?:в|по|с|на|при|о)\s+)?котор[а-яё]+)\s+(?:[\w'\u2019-]+\s+){0,6}"
)
_OBJECT_AND_ITS_CLAUSE = re.compile(
    # "created the council, a new body in which Russia will sit": an apposition between
    rf"(?i:\s+(?:[\w'\u2019-]+,?\s+)*?[\w'\u2019-]+,?\s+{_RELATIVE_TO_ITS_VERB})"
)


def _complement_of_a_past_act(sentence, cue, cues):
    """Whether ``cue`` only says what the object of a past or ongoing act among ``cues``
    before it is ("called a planned agreement a step toward occupation", "are negotiating
    an agreement that would set the terms") or what the act asks for ("asked the
    commanders to draw up measures, to be ready within weeks")."""
    acts = [
        other
        for other in cues
        if other.start < cue.start and other.status == Event.Status.OCCURRED and not other.scheduled
    ]
    if not acts:
        return False
    complement = _attributive(sentence, cue) or _INFINITIVE.fullmatch(sentence, cue.start, cue.end)
    last = max(cues[: cues.index(cue)], key=lambda other: other.start)
    relative = last in acts and _OBJECT_AND_ITS_CLAUSE.fullmatch(sentence, last.end, cue.start)
    return bool(complement or relative)


# What joins a second main clause to the first: "…, and", "…, but", "…; ".
_A_SECOND_CLAUSE = re.compile(r"(?i:,\s+(?:and|but|while|и|а|но)\s|;\s)")


def _in_a_clause_after_a_past_act(sentence, cue, cues, unreal):
    """Whether ``cue`` is in a clause joined after a first clause that tells a past act:
    "Yeltsin has since promoted the commander, and Ivanov now insists the troops will stay"
    tells of a promotion; what is said in the clause after it is another matter. Not when
    one of the ``unreal`` phrases denies the first ("Berg did not attend, but Moscow will
    send a delegation": nothing was done before)."""
    first = cues[0]
    if first.start >= cue.start or first.status != Event.Status.OCCURRED or first.scheduled:
        return False
    joined = _A_SECOND_CLAUSE.search(sentence, first.end, cue.start)
    return bool(joined) and not any(p.kind == NEGATED and p.start < joined.start() for p in unreal)


# A noun after a preposition and the relative clause said of it, up to the clause's verb:
# "bargaining with Solana over a text that would soften the blow", "pressed for a deal
# under which Russia could veto". The clause says what the noun is, not when the act was.
_A_PREPOSITIONS_OBJECT_AND_ITS_CLAUSE = re.compile(
    r"(?i:\b(?:over|for|on|about|into|towards?|against|to)\s+(?:an?|the|[\w-]+['\u2019]s)\s+"
    rf"(?:[\w'\u2019-]+\s+){{0,3}}?{_RELATIVE_TO_ITS_VERB})$"
)
_RELATIVE_REACH = 120  # characters before a clause's verb to look for its noun


def _said_of_a_prepositions_object(sentence, cue):
    """Whether ``cue`` is the verb of a relative clause said of a preposition's object."""
    window = max(0, cue.start - _RELATIVE_REACH)
    return bool(_A_PREPOSITIONS_OBJECT_AND_ITS_CLAUSE.search(sentence, window, cue.start))


def tells_the_past_first(sentence, language=Language.ENGLISH):
    """Whether the first verb of ``sentence``, outside quotations and relative clauses,
    says what happened: its main act ("Ivanov suggested that ships could join", "Moscow
    called a planned agreement a step …"), whatever the words it governs look ahead to."""
    quoted = [match.span() for match in _QUOTED.finditer(sentence)]
    relatives = relative_clauses(sentence, language)
    first = next(
        (
            cue
            for cue in _cues(sentence, after=0, language=language)
            if not any(a <= cue.start < b for a, b in quoted)
            and not any(clause.holds(cue.start) for clause in relatives)
        ),
        None,
    )
    return first is not None and first.status == Event.Status.OCCURRED


def says_what_is_to_come(sentence, language=Language.ENGLISH):
    """Whether a reporting verb in the past reports what has not happened yet: "Lavrov will
    visit Brussels, his spokesman said" tells of a saying, not of a visit made."""
    if not _reports_in_the_past(sentence, language):
        return False
    pattern = _RU_REPORTING_PAST if language == Language.RUSSIAN else _REPORTING_PAST
    told = [
        cue
        for cue in _cues(sentence, after=0, language=language)
        if not pattern.fullmatch(sentence, cue.start, cue.end)
    ]
    return bool(told) and told[0].status != Event.Status.OCCURRED


def _reports_in_the_past(sentence, language=Language.ENGLISH):
    """Whether a reporting verb in the past, outside quotation marks, heads the sentence
    or closes it ("…, Lavrov told reporters")."""
    pattern = _RU_REPORTING_PAST if language == Language.RUSSIAN else _REPORTING_PAST
    quoted = [match.span() for match in _QUOTED.finditer(sentence)]
    for match in re.finditer(r"[^\W\d_]+", sentence):
        inside = any(a <= match.start() < b for a, b in quoted)
        if not inside and pattern.fullmatch(match.group()):
            return True
    return False


def reports_something(sentence, language=Language.ENGLISH):
    """Whether the sentence has a verb that reports an act, a plan or an expectation."""
    return bool(_cues(sentence, language=language))


# A copula or an auxiliary with no verb of an act after it: a state, a mood or a trend;
# "has" only before a state's participle ("has become", "have grown"), not "had talks".
_STATE_VERB = re.compile(
    r"(?i:was|were|is|are|did|does|do|became|remains?|remained|"
    r"был[аио]?|были|стал[аио]?|стали|является|являются|оста[её]тся|остаются)"
)
_HAVE = re.compile(r"(?i:has|have|had)")
_A_STATE_S_PARTICIPLE = re.compile(
    r"(?i:\s+(?:(?:\w+ly|not|never|also|long|already|still)\s+)*"
    r"(?:been|become|grown|remained|seemed|proved|gone)\b)"
)


# "was the first port to join the board": who did an act first, an act.
_FIRST_TO_ACT = re.compile(r"\b(?:first|last|only)\s+(?:[\w-]+\s+){0,3}?to\s+[a-z]{2,}")


def reports_an_act(sentence, language=Language.ENGLISH):
    """Whether the sentence has a verb of an act, a plan or an expectation, not only of a
    state: "the parliament was less charitable", "the route has become more important",
    «отношения остаются сложными» report none."""
    cues = _cues(sentence, language=language)
    return any(not _of_a_state(sentence, cue) for cue in cues) or (
        bool(cues) and _FIRST_TO_ACT.search(sentence) is not None
    )


def _of_a_state(sentence, cue):
    """Whether ``cue`` is a copula or an auxiliary of a state's participle, no act's."""
    return bool(
        _STATE_VERB.fullmatch(sentence, cue.start, cue.end)
        or (
            _HAVE.fullmatch(sentence, cue.start, cue.end)
            and _A_STATE_S_PARTICIPLE.match(sentence, cue.end)
        )
    )


# "since the war | to be held in the spring": the infinitive of the main clause's verb.
_INFINITIVE_MARK = re.compile(r"\sto\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)(?=[a-z])")


def verbless_before_an_infinitive(text, start, end, language=Language.ENGLISH):
    """Whether the words ``text[start:end]`` after "since", "after" … name only a noun
    before an infinitive, which is the main clause's, and so are no clause of their own:
    "expect the first session since the war | to be held in the spring"."""
    if language == Language.RUSSIAN:
        return False
    infinitive = _INFINITIVE_MARK.search(text, start, end)
    return bool(infinitive) and not _cues(text, start, infinitive.start(), language=language)


def ends_in_a_verb(text, language=Language.ENGLISH):
    """Whether ``text`` ends with a verb that governs what would follow it ("the council
    will", "ministers agreed to")."""
    cues = _cues(text, language=language)
    return bool(cues) and not text[cues[-1].end :].strip()


# A plan in the past perfect ("had been planned in March", "had been scheduled for 3
# March", "had planned to meet in March") was made before the story's time, for a date
# the story looks back on.
_PLANNED_BEFORE = re.compile(r"(?i:\bhad\s+(?:\w+ly\s+)?(?:been\s+)?)$")


def looks_ahead(sentence, start, end, language=Language.ENGLISH):
    """Whether the words ``sentence[start:end]`` speak of what had not happened yet."""
    if starts_in_the_present(sentence, start, end, language):
        return True
    cue = _governing(sentence, start, end, language)
    if cue is not None and cue.ongoing:
        return True  # what goes on at a time of its own is to come: "are meeting on Friday"
    planned = cue is not None and cue.status == Event.Status.PLANNED
    if planned and _PLANNED_BEFORE.search(sentence, 0, cue.start):
        return False  # "had been planned in March"
    return status_at(sentence, start, end, language) != Event.Status.OCCURRED


# A participle naming when something was set for, after its noun: "a session scheduled
# for Dec. 7", "the talks planned for March".
_SET_FOR = re.compile(r"(?i:scheduled|planned|slated|set)")


def _held_as_planned(sentence, cue, end, language):
    """Whether what ``cue`` ("scheduled for") set for the date ending at ``end`` is told
    in the past by the main verb after it: "A session scheduled for Dec. 7 did not produce
    any breakthrough" was held."""
    if not _SET_FOR.fullmatch(sentence, cue.start, cue.end):
        return False
    later = [c for c in _cues(sentence, end, language=language) if c.start >= end]
    # Told in the past, not the present perfect of the plan ("has not been cancelled"),
    # what became of the plan ("were not called off") nor what someone said of it.
    return bool(later) and (
        later[0].status == Event.Status.OCCURRED
        and not _REPORTING_PAST.fullmatch(sentence, later[0].start, later[0].end)
        and not _HAVE.fullmatch(sentence, later[0].start, later[0].end)
        and not _PLAN_UNDONE.match(sentence, later[0].start)
    )


_PLAN_UNDONE = re.compile(
    r"(?i:[a-z]+(?:\s+not|n['\u2019]t)?\s+(?:been\s+)?(?:cancel|called\s+off|postpon|put\s+off|"
    r"delay|scrap|shelved|dropped))"
)


# The day something starts, announced in the present: "Russia suspends its mission from 1
# November", "с 1 ноября приостанавливает работу". No past verb in the clause: "the
# mission worked from 1 November" looks back.
_START = re.compile(
    r"(?i:\b(?:from|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|as\s+of|"
    r"effective(?:\s+from)?|with\s+effect\s+from)\s+)$"
)
_RU_START = re.compile(r"(?i:(?<![\w-])(?:начиная\s+)?(?:со|с)\s+)$")
_RU_START_OPENING = re.compile(r"(?i:(?:начиная\s+)?(?:со|с)\s)")
# An English verb in the present, third person: a word in -s after one that is no
# determiner or preposition ("Russia suspends", not "the talks").
_PRESENT = re.compile(
    r"\b(?!(?:the|a|an|its|their|his|her|our|this|these|those|of|in|on|at|to|for|from|"
    r"by|with|and|or|new|two|three|several|many|some|all|both)\s)[A-Za-z][\w'\u2019-]*\s+"
    r"(?P<verb>(?:is|are)|[a-z]{2,}(?<!ss)(?<!us)(?<!is)(?<!ic)s)\b"
)


def starts_in_the_present(sentence, start, end, language=Language.ENGLISH):
    """Whether ``sentence[start:end]`` is the day something starts ("from", "starting",
    "с"), in a clause whose verb is in the present and no verb is in the past."""
    russian = language == Language.RUSSIAN
    opening = _RU_START if russian else _START
    own = russian and _RU_START_OPENING.match(sentence, start, end)
    if not (own or opening.search(sentence[:start])):
        return False
    left, right = _clause_bounds(sentence, start, end, language)
    cues = _cues(sentence, left, right, language=language)
    if any(
        cue.status == Event.Status.OCCURRED and not (cue.scheduled or cue.ongoing) for cue in cues
    ):
        return False
    if russian:
        words = _RU_WORD.findall(sentence, left, right)
        return any(_RU_PRESENT.fullmatch(word) for word in words) or bool(cues)
    return bool(cues) or _PRESENT.search(sentence, left, right) is not None


# --- Relative clauses --------------------------------------------------------------
#
# ", which joined NATO on March 29", ", who met Lavrov on Sunday", ", где …", ", который
# …": a clause that says something of its own about a noun of the sentence. A date in it
# dates that, not what the sentence's main verb reports.


@dataclass(frozen=True)
class RelativeClause:
    """A relative clause: its span, and where the words it is said of begin (after the
    main clause's last verb before it, or the sentence's start). A Russian participial
    phrase is read as one; its participle is its verb, an act or a state."""

    start: int
    end: int
    antecedent: int
    participle: bool = False
    apposition: bool = False  # a noun phrase of its own, no verb ("an envoy since 2004")
    time: bool = False  # a clause of time: "before fighting broke out on 7 August"
    simultaneous: bool = False  # of those, "when …", «когда …»: at the main act's time
    gerund: bool = False  # of those, "after signing …": the main clause's subject's act

    def holds(self, start):
        return self.start <= start < self.end


# The words a date opens with: after them "that" is no pronoun ("that week") and "since",
# "until" are prepositions ("insisted since 2002 that they will not …").
_DATE_WORD = (
    r"(?:\d|(?i:(?:"
    + CALENDAR_NAMES
    + r"|last|next|this|that|same|very|early|late|mid|day|night|morning|afternoon|evening|"
    r"week|weekend|month|year|spring|summer|autumn|fall|winter|time|today|yesterday|"
    r"tomorrow|then|now)\b))"
)
_PREPOSITION = r"(?:in|at|on|during|under|with|by|for|from|to|after|before|since|through)\s+"
# Not after a verb of asking or knowing, where "who" or "when" opens a question ("asked
# who would attend", "did not say when the council would meet").
_ASKING = (
    *("ask", "asks", "asked", "know", "knew", "wonder", "wondered", "decide", "decided"),
    *("see", "clear", "said", "say", "says", "about", "of", "to"),
)


_RELATIVE = re.compile(
    rf",\s+(?P<pronoun>(?:{_PREPOSITION})?(?:which|whom)|who|whose|where)\b"
    # "a diplomat who spent …": "who" needs no comma, except after a verb of asking.
    rf"|(?<=[a-z]){not_after(_ASKING)}(?<!\band)(?<!\bor)(?<!\bbut)"
    r"(?<!\bthose)(?<!\banyone)(?<!\bsomeone)(?<!\beveryone)\s+(?P<bare>who|whom|whose)\b"
    # "Talks that began last year resumed on Monday": "that" or "which" after the subject,
    # before any verb; not the "that" of "that week".
    rf"|(?<=[a-z])\s+(?P<subject_s>that|which)\s+(?!{_DATE_WORD})"
)
# "days before fighting broke out on 7 August", "when ministers review the plan in
# December", «до того, как 7 августа начались боевые действия»: a clause of time tells an
# event of its own, which a date in it dates. "Before", "after", "since" and "until" also
# take a noun phrase ("before the summit in April"), which is no clause: one is read only
# when a verb follows its subject.
_TIME_CLAUSE = re.compile(
    rf"(?i:{not_after(_ASKING, ' ')}\b(?P<time>when|whenever|before|after|since|until|till|"
    r"as\s+soon\s+as))"
    rf"\s+(?!{_DATE_WORD})"
)
_GERUND = re.compile(r"[a-z]+ing\b")  # "when signing", "after signing": no subject of its own
_RU_TIME_CLAUSE = re.compile(
    r"(?<![\w-])(?P<time>(?i:(?:до|после|перед)\s+(?:того|тем),?\s+как|с\s+тех\s+пор,?\s+как|"
    r"прежде\s+чем|как\s+только|когда))(?![\w-])"
)
_SIMULTANEOUS = re.compile(r"(?i:when|whenever|когда)")
_RU_RELATIVE = re.compile(
    r",\s+(?P<pronoun>(?:(?:в|во|на|с|со|к|по|о|об|при|за|из|у|от|для|до|после|между)\s+)?"
    r"котор(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми)|где)(?![\w-])",
    re.IGNORECASE,
)
_RELATIVE_END = re.compile(r",\s|[;:\"\u201c\u201d\u00ab\u00bb(]|\s[\u2014\u2013-]{1,2}\s")
# ", посетивший Москву 7 апреля,": a participial phrase after a noun says something of
# its own, as a relative clause does. A participle's endings: the active past (-вший,
# -ший), the active present (-щий), the passive present (-емый, -имый) and past (-нный,
# -тый), each with its forms and "-ся"; not the adjectives that end so ("бывший",
# "следующий", "высший", "военный", "государственный").
_RU_PARTICIPLE = re.compile(
    r",\s+(?P<participle>(?!(?:бывш|будущ|настоящ|следующ|общ|высш|старш|младш)|"
    r"[а-яё]*(?:ейш|айш|военн|странн|ственн|временн|ценн))"
    r"[а-яё]+(?:вш|[бгдзкпрстх]ш|[ую]щ|[ая]щ|ем|им|[её]нн|анн|янн|[ыуия]т)"
    r"(?:ий|ый|ая|ое|ее|ие|ые|его|ого|ей|ой|ему|ому|им|ым|ем|ом|ую|юю|их|ых|ими|ыми)"
    r"(?:ся)?)(?![\w-])"
)

# "The office, opened in 2001, will be closed": an English past participle set off by
# commas after the subject says something of its own, as a relative clause does. It looks
# like a past verb, so it is read as one only before any verb, ended by a comma with the
# main verb after it; its adverb may come first ("never ratified", "first held").
_PAST_PARTICIPLE = (
    r"(?:(?!(?:hundred|need|speed|seed|feed|bed|red|shed)\b)[a-z]+ed|held|built|made|known|"
    r"sent|won|led|brought|kept|set|laid|struck|seen|done|overseen|forgotten|hidden|spent|lost|"
    rf"found|fought|bought|sought|caught|torn|shaken|driven|stolen|fallen|{_EN_PARTICIPLES})"
)
_PARTICIPLE = re.compile(
    r",\s+(?P<participle>(?:[a-z]+ly\s+|(?:first|once|never|long|later|newly)\s+)?"
    rf"{_PAST_PARTICIPLE})(?=\s)"
)


# "insist on discussing the treaty proposed by Medvedev in June": a passive participle with
# its agent straight after a noun, no comma, is a relative clause cut short; not after a
# form of "be", "have" or "get", a negation or an adverb, whose passive it is ("was
# proposed by", "was not ratified by", "was first proposed by"), nor a change by an amount
# ("increased by 50 percent").
_REDUCED_RELATIVE = re.compile(
    rf"(?<=[^\W\d_])\s+(?P<reduced>{_PAST_PARTICIPLE})(?=\s+by\s+(?!\d|half\b|a\s+(?:third|"
    r"quarter|fifth|tenth|half)\b|(?:one|two|three|four|five|ten|twenty|fifty)\b))"
)
_PASSIVE_OF = re.compile(
    r"\b(?:be|was|were|is|are|been|being|has|have|had|get|got|gets|not|never|\w+ly|first|"
    r"once|also|already|jointly|long|later|newly|then|since|just|recently)$",
    re.IGNORECASE,
)


def relative_clauses(sentence, language=Language.ENGLISH):
    """The relative clauses of ``sentence`` (``_relative_clauses``), as a list."""
    return list(_relative_clauses(sentence, language))


@lru_cache(maxsize=4096)  # asked of each date of a sentence, and of the sentence again
def _relative_clauses(sentence, language):
    """The relative clauses of ``sentence``, in order: each from its pronoun (or a
    participle after a comma) to the next comma, semicolon, colon, quotation mark, dash or
    the sentence's end (a "who" without a comma before it needs one of those after it: its
    end is otherwise unknown; the subject's "that" runs to the main verb). A clause of
    time ("before fighting broke out on 7 August", «когда министры рассмотрят план») is
    read as one, said of nothing before it."""
    if language == Language.RUSSIAN:
        matches = [
            *_RU_RELATIVE.finditer(sentence),
            *_RU_PARTICIPLE.finditer(sentence),
            *_RU_TIME_CLAUSE.finditer(sentence),
        ]
    else:
        matches = [
            *_RELATIVE.finditer(sentence),
            *_PARTICIPLE.finditer(sentence),
            *(
                match
                for match in _REDUCED_RELATIVE.finditer(sentence)
                if not _PASSIVE_OF.search(sentence, max(match.start() - 12, 0), match.start())
            ),
            *_TIME_CLAUSE.finditer(sentence),
        ]
    found = []
    for match in sorted(matches, key=lambda match: match.start()):
        opening = next(name for name, words in match.groupdict().items() if words)
        participle = opening in ("participle", "reduced")
        start = match.start(opening)
        if found and start < found[-1].end:
            continue
        stop = _RELATIVE_END.search(sentence, match.end())
        end = stop.start() if stop else len(sentence.rstrip(" .!?\"'\u201d\u2019\u00bb)"))
        verbs = _cues(sentence, 0, start, language=language)
        if opening == "reduced" and not (verbs and verbs[-1].end < start):
            continue  # before the main verb, no telling where it ends; or itself the verb
        if (
            opening == "bare"
            and not stop
            and (
                verbs
                or (end := _end_before_main_verb(sentence, match.end(), end, language)) is None
            )
        ):
            continue  # the subject's "who" ends before the main verb; else no telling where
        if (
            opening == "participle"
            and language != Language.RUSSIAN
            and not _subject_s(sentence, stop, verbs)
            and not (verbs and _passive(sentence, match))
        ):
            continue
        if opening == "subject_s" and (
            verbs or (end := _end_before_main_verb(sentence, match.end(), end, language)) is None
        ):
            continue  # not the subject's, or no telling where it ends
        if opening == "time":
            simultaneous = bool(_SIMULTANEOUS.fullmatch(match.group(opening)))
            gerund = language != Language.RUSSIAN and _GERUND.match(sentence, match.end())
            if gerund and not simultaneous:
                # "since taking office in January", "after signing the deal on Monday": the
                # act is the gerund's, its date its own, its subject the main clause's
                found.append(RelativeClause(start, end, start, time=True, gerund=True))
                continue
            own = _cues(sentence, match.end(), end, language=language)
            if own and own[0].start == match.end():
                continue  # "has since met", "when asked": no subject of its own
            if verbless_before_an_infinitive(sentence, match.end(), end, language):
                continue  # "since the war to be held in May": a noun phrase
            if not own and language != Language.RUSSIAN and (not simultaneous or gerund):
                continue  # "before the summit in April", "when signing": no clause
            found.append(RelativeClause(start, end, start, time=True, simultaneous=simultaneous))
            continue
        antecedent = verbs[-1].end if verbs else 0
        found.append(RelativeClause(start, end, antecedent, participle))
    return tuple(found)


# A verb's group: an auxiliary and the words that may follow it before its verb ("had not
# been planned", "has already met", "will review").
_AUXILIARY = re.compile(
    r"(?i:\b(?:had|has|have|was|were|is|are|will|would|shall|could|can|might|must|did|does|"
    r"do|be|been|to)$)"
)
_IN_A_VERB_GROUP = re.compile(
    r"(?:\s+(?:been|be|being|not|never|also|already|just|long|still|first|once|\w+ly))*\s+"
)


def _end_before_main_verb(sentence, start, end, language=Language.ENGLISH):
    """Where a relative clause opened at ``start`` by the subject's "that" or "who" ends
    ("Talks that began last year resumed on Monday", "The envoy who left in 2001 is back"):
    before the main verb, the first verb after
    the clause's own verb group and before ``end``; None when there is none."""
    cues = _cues(sentence, start, end, language=language)
    for previous, cue in zip(cues, cues[1:], strict=False):
        auxiliary = _AUXILIARY.search(sentence, previous.start, previous.end)
        if not (auxiliary and _IN_A_VERB_GROUP.fullmatch(sentence, previous.end, cue.start)):
            return len(sentence[: cue.start].rstrip())
    # The present "is", no cue of a tense, may be the main verb: "… who left in 2001 is back".
    if cues and (copula := _PRESENT_COPULA.search(sentence, cues[0].end, end)):
        return copula.start()
    return None


_PRESENT_COPULA = re.compile(r"\s(?:is|are|remains?)(?=\s)")


# What follows a passive participle, which has no object: a preposition or "by" its
# agent. After the main verb, its phrase is said of the noun before its comma ("agreed to
# resume the cooperation, suspended since August 2008"), as a relative clause is; but a
# verb that takes no object is in the past tense there ("flew to Oslo, stayed in a hotel").
_PREPOSITION = re.compile(
    r"\s+(?:since|in|on|at|by|during|after|before|until|till|under|for|last|earlier)\b"
)
_TAKES_NO_OBJECT = word_set(
    "arrived stayed landed returned remained traveled travelled lived worked served talked "
    "walked retired resigned waited appeared died stopped"
)


def _passive(sentence, participle):
    """Whether the English ``participle`` (a match of ``_PARTICIPLE``) is a passive one."""
    verb = participle.group("participle").split()[-1]
    return verb not in _TAKES_NO_OBJECT and bool(_PREPOSITION.match(sentence, participle.end()))


def _subject_s(sentence, stop, verbs_before):
    """Whether an English participle's phrase ending at ``stop`` is said of the subject:
    no verb before it, a comma after it and the main verb after that."""
    return (
        not verbs_before
        and stop is not None
        and stop.group().startswith(",")
        and bool(_cues(sentence, stop.end()))
    )


# ", Russia's ambassador to NATO since January,", «, постпред России при НАТО с января,»:
# a noun phrase set off by commas after a name, with no verb of its own, before the main
# verb. What a date in it dates (a post taken, a term begun) is no act of the sentence.
_APPOSITION = re.compile(r",\s+(?P<np>[^,;:()\"\u201c\u201d\u00ab\u00bb]+?),\s+(?=[a-zа-яё])")
# What opens a clause or a phrase of circumstance, not a noun phrase: ", in Brussels, met".
_NOT_A_NOUN_PHRASE = re.compile(
    r"(?i:(?:in|on|at|since|after|before|from|for|by|with|without|during|until|under|over|"
    r"and|but|or|as|if|though|although|however|meanwhile|then|when|while|which|who|whom|"
    r"whose|where|that|last|this|next|yesterday|today|tomorrow|also|too|not|"
    r"в|во|на|с|со|после|до|по|при|за|из|от|для|и|а|но|или|когда|как|что|где|если|хотя|"
    r"однако|также|тогда|вчера|сегодня|завтра|не)\b|\d"
    # A participle's phrase: ", addressing the navy in June,", «, выступая в марте,».
    r"|[a-z]+(?:ing|ed)\b|[а-яё]+(?:[ая]я|ив|ав|ев|яв|вшись|[ая]сь)\b)"
)


def appositions(sentence, language=Language.ENGLISH):
    """The appositions of ``sentence`` read as relative clauses with no verb: a noun
    phrase between commas right after a capitalised name ("Mr Rogozin, Russia's
    ambassador to NATO since January, went further"), with no verb of its own, and a
    verb after it. Each is said of the name before it."""
    found = []
    for match in _APPOSITION.finditer(sentence):
        name = re.search(r"([\w.'\u2019-]+)$", sentence[: match.start()])
        phrase_start, phrase_end = match.span("np")
        if not name or not name.group(1)[:1].isupper():
            continue
        if _NOT_A_NOUN_PHRASE.match(sentence, phrase_start):
            continue
        if _cues(sentence, phrase_start, phrase_end, language=language):
            continue
        if not _cues(sentence, match.end(), language=language):
            continue
        said_of = max(sentence.rfind(mark, 0, match.start()) for mark in ",;:") + 1
        found.append(RelativeClause(phrase_start, phrase_end, said_of, apposition=True))
    return found


# --- Reported content --------------------------------------------------------------
#
# "wrote on Thursday that the Kremlin was unlikely to attend the summit", "diplomats say
# the council has become a forum", "заявил, что «расширение …»": what a reporting verb
# reports is the content of the statement, not an act of the sentence.

_REPORTING = re.compile(
    rf"(?:{_REPORTING_PAST.pattern}|says?|tells?|writes|adds|announces|states|declares|"
    r"insists|stresses|warns|notes|recalls|remembers|explains|argues|claims|confirms|reiterates|"
    r"replies|acknowledges|admits|assures|reports|believes?|believed|predicts|complains|"
    r"informs|notifies|reminds|reveals|emphasi[sz]es|maintains|asserts|concludes)",
    re.IGNORECASE,
)
RU_REPORTING = re.compile(
    rf"(?:{_RU_REPORTING_PAST.pattern}|говорит|говорят|заявляет|заявляют|сообщает|"
    r"сообщают|сообщается|считает|считают|отмечает|отмечают|подч[её]ркивает|утверждает|"
    r"утверждают|полагает|полагают|пишет|пишут|указывает|напоминает|добавляет|поясняет|"
    r"уточняет|говорится)",
    re.IGNORECASE,
)
# Where what is reported opens: "that", a subject ("say the council has …"), a colon or a
# quotation mark, after the reporting verb's own words ("wrote on Thursday that").
_REPORTED_OPENING = re.compile(
    r"\s*(?:[^\W\d_]+[\s,]+){0,5}?(?:that\s|(?<=\s)(?=[\"\u201c\u00ab]))|\s*:\s*"
)
# "said Sunday", "said this week": a date after the verb is the saying's, no subject of
# what was said.
_DAY_NAME = re.compile(
    r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|Yester|To)day|\s+(?:Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\s+(?:this|the\s+(?:same|next|following))\s+"
    r"(?:day|week|weekend|month|year|morning|afternoon|evening)\b"
)
# A clause set off by commas may stand before «что», blanked out or not: «заявила во
# вторник, когда совет собрался, что …».
_RU_REPORTED_OPENING = re.compile(
    r"[^,;:.!?]{0,60}?(?:,[\s,]*(?:что|будто|чтобы)(?![\w-])|:|,?\s*(?=[«\"„“]))"
)


# "recalled its ambassador", "recalled their military representatives": someone called
# home, an act, not a memory told.
_RECALLED_ENVOY = re.compile(
    r"\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:ambassador|envoy|representative|"
    r"diplomat|attach|delegation|mission|staff|officer|troops|personnel)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reported:
    """What a reporting verb reports: its span, to the sentence's end."""

    start: int
    end: int

    def holds(self, start):
        return self.start <= start < self.end


def reported_content(sentence, language=Language.ENGLISH, past_only=False):
    """What the reporting verbs of ``sentence`` (outside quotation marks) report, in
    order: from "that", the reported clause's subject, a colon or a quotation mark after
    the verb to the sentence's end. ``past_only``: only what was said ("said", not
    "says"), which a sentence without a date reports as its fact."""
    russian = language == Language.RUSSIAN
    if past_only:
        pattern = _RU_REPORTING_PAST if russian else _REPORTING_PAST
    else:
        pattern = RU_REPORTING if russian else _REPORTING
    quoted = [match.span() for match in _QUOTED.finditer(sentence)]
    end = len(sentence.rstrip(" .!?"))
    found = []
    for word in re.finditer(r"[^\W\d_]+", sentence):
        if found or any(a <= word.start() < b for a, b in quoted):
            continue
        if not pattern.fullmatch(word.group()):
            continue
        recalling = word.group().lower().startswith("recall")
        if recalling and _RECALLED_ENVOY.match(sentence, word.end()):
            continue
        opening = word.end()
        if _TELLING.fullmatch(word.group()):
            told = _TOLD_WHOM.match(sentence, opening)  # "told reporters"
            opening = told.end() if told else opening
        if russian:
            starts = _RU_REPORTED_OPENING.match(sentence, opening)
        elif _SUBJECT_OPENING.match(sentence, opening) and not _DAY_NAME.match(sentence, opening):
            starts = re.compile(r"\s+").match(sentence, opening)
        else:
            starts = _REPORTED_OPENING.match(sentence, opening)
        if starts and starts.end() < end:
            found.append(Reported(starts.end(), end))
    return found


def quotations(sentence):
    """The quotations of ``sentence``, marks included."""
    return [Reported(*match.span()) for match in _QUOTED.finditer(sentence)]


def reports_in_the_past(sentence, language=Language.ENGLISH):
    """Whether a reporting verb in the past, outside quotation marks, heads the sentence
    or closes it ("…, Lavrov told reporters"): it then reports a statement made."""
    return _reports_in_the_past(sentence, language)


# --- What the article does not assert: hedges -----------------------------------------
#
# "reportedly moved", "is believed to have drawn up", "may have emboldened", "якобы", "по
# данным СМИ": the article passes on a claim it does not make its own. A hedge gives no
# tense: the verb it qualifies does ("may have emboldened" is done, "may attend next
# week" a forecast, "возможно, перебросила" done). A fact it hedges that happened says
# so in its note; one that has not yet happened is expected or planned, which says it.


@dataclass(frozen=True)
class Hedge:
    """Words that hedge a claim: their span, and whether they guess at someone's mind
    ("likely saw the freeze as a chip"), an opinion that gives no act to type."""

    start: int
    end: int
    words: str
    of_a_mind: bool = False


# An adverb of guessing read as a forecast, unless the verb after it is in the past.
_GUESS = re.compile(
    r"possibly|вероятно|возможно|предположительно|скорее\s+всего|по\s+всей\s+видимости",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|apparently|possibly|"
    # "likely saw", "probably met": an adverb before the verb, not "is likely to", "the likely"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bmost\s)"
    r"(?<!\bmore\s)(?<!\bthe\s)(?<!\ba\s)(?:likely|probably)(?!\s+to\b)(?=\s+[a-z])|"
    r"(?:is|are|was|were)\s+(?:widely\s+|also\s+)?(?:believed|thought|said|understood|"
    r"reported|alleged|rumou?red)\s+to(?:\s+have)?|"
    rf"{_HEDGED_PAST}|according\s+to\s+(?:unnamed|anonymous)\s+[a-z]+)\b",
    re.IGNORECASE,
)
_RU_HEDGE = re.compile(
    r"(?<![\w-])(?:по\s+(?:некоторым\s+)?(?:сообщениям|данным|слухам|информации)"
    r"(?:\s+(?:СМИ|источников|прессы))?|якобы|как\s+сообщается|предположительно|возможно|"
    r"вероятно|скорее\s+всего)(?![\w-])",
    re.IGNORECASE,
)
# What a guess at someone's mind is about: "likely saw the freeze as a chip".
_OF_A_MIND = re.compile(
    r"\s+(?:saw|sees|viewed|views|regarded|regards|thought|believed|felt|feared|wanted|"
    r"knew|assumed|suspected|calculated|считал[аи]?|полагал[аи]?|видел[аи]?)\b",
    re.IGNORECASE,
)


def hedges(sentence, language=Language.ENGLISH):
    """The hedges of ``sentence`` that the article itself makes: not those inside a
    quotation or in what a reporting verb reports (the saying is the fact there). A
    guess at someone's mind spans to the end of its clause."""
    found = []
    for match in (_RU_HEDGE if language == Language.RUSSIAN else _HEDGE).finditer(sentence):
        hedge = Hedge(match.start(), match.end(), match.group())
        if said_not_asserted(sentence, hedge, language):
            continue
        if _OF_A_MIND.match(sentence, match.end()):
            _left, right = _clause_bounds(sentence, match.start(), match.end(), language)
            hedge = Hedge(match.start(), right, match.group(), of_a_mind=True)
        found.append(hedge)
    return found


def hedges_at(sentence, start, end, language=Language.ENGLISH):
    """The hedges of the fact the words ``sentence[start:end]`` (a date) date: those in
    their clause or in the clause of the verb that governs them. A hedge set off by a
    comma ("По данным СМИ, …", "…, возможно, встречался") hedges the clause after it."""
    clauses = [_clause_bounds(sentence, start, end, language)]
    cue = _governing(sentence, start, end, language)
    if cue is not None:
        clauses.append(_clause_bounds(sentence, cue.start, cue.end, language))
    found = []
    for hedge in hedges(sentence, language):
        at = hedge.start
        if comma := re.compile(r"\s*,\s*").match(sentence, hedge.end):
            at = comma.end()
        if any(
            left <= position < right for left, right in clauses for position in (hedge.start, at)
        ):
            found.append(hedge)
    return found


# --- What is not so: negation, counterfactuals and conditions ------------------------


@dataclass(frozen=True)
class Unreal:
    """Words that say their action did not, or need not, happen."""

    start: int
    end: int
    # "negated", "refused" (its refusing happened), "counterfactual", "a condition",
    # WITHDRAWN (by a correction notice), SUPPOSED (what a speaker would do or thought),
    # YARDSTICK (what something will be judged by)
    kind: str
    words: str

    def holds(self, start):
        return self.start <= start < self.end


# "did not", "never", "wasn't", "no longer", "no agreement was"; the verb follows,
# perhaps after "yet", "be", "been", "have", "to" or an adverb ("has not yet been signed").
_NEGATOR = re.compile(
    r"\b(?:(?:do|does|did|is|are|was|were|has|have|had|will|would|shall|should|can|could|"
    r"must|may|might)\s+(?:not|never|no\s+longer)|(?:do|does|did|is|are|was|were|has|have|had|wo|would|"
    r"should|ca|could|must)n['\u2019]t|never|not|no\s+longer|"
    # "There was no summit", "there will be no talks"
    r"there\s+(?:was|were|is|are|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been)\s+no|"
    r"no\s+(?:[\w-]+\s+){1,3}?"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be))\b"
    r"(?!\s+(?:only|just|least|merely|simply|long|far|quite|until|till|before|earlier)\b)",
    re.IGNORECASE,
)
# What a refusal to say leaves unsaid, to its clause's end: "declined to say | whether he
# would attend the conference next month".
_ASKED = re.compile(
    r"(?i:(?<=say)|(?<=comment)|(?<=confirm)|(?<=disclose)|(?<=reveal)|(?<=specify)|"
    r"(?<=speculate)|(?<=predict)|(?<=tell))(?i:(?:\s+[\w.'\u2019-]+){0,4}?\s+"
    r"(?:whether|if|when|where|how|who|what)\b[^,;:]*)"
)
# "refused to sign", "declined an invitation to attend": the refusing happened, the
# signing did not.
_REFUSAL = re.compile(
    r"\b(?:refus|declin|fail)(?:e|es|ed|ing)\s+to\s+|\b(?:has|have|had)\s+yet\s+to\s+"
    r"|\b(?:(?:refus|declin|reject)(?:e|es|ed|ing)|turn(?:s|ed|ing)?\s+down)\s+"
    r"(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:invitation|offer|request)\s+to\s+",
    re.IGNORECASE,
)
_NEGATED_VERB = re.compile(
    # an aside of a word or two set off by commas: "would not, however, provide"
    r"(?:\s*,\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,)?"
    r"\s*(?:(?:yet|even|ever|be|been|being|have|to|so\s+far|also|actually|\w+ly)\s+)*"
    r"[^\W\d_]+",
    re.IGNORECASE,
)
# "would have signed"; "had the Duma not objected", "Had Moscow signed", "was to have
# met". Not "would have a veto" (to have, not a perfect), nor in an indirect question
# ("whether … would have").
_COUNTERFACTUAL = re.compile(
    rf"\b(?:would|could|should)(?:\s+not|\s+never|n['\u2019]t)?\s+have\s+(?:been\s+)?"
    rf"(?!{_NOT_A_PARTICIPLE})[^\W\d_]+|\bhad\s+(?:the\s+)?[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+)?\s+not\s+[^\W\d_]+|"
    r"^Had\s+[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+)?\s+[^\W\d_]+"
    # "was to have taken place": a plan that was not carried out; not "was to have
    # breakfast with Chirac", a plan
    r"|\b(?:was|were)\s+(?:supposed\s+|meant\s+|due\s+)?to\s+have\s+(?:been\s+)?"
    rf"(?!{_NOT_A_PARTICIPLE}|(?:breakfast|lunch|dinner|talks|discussions)\b)[^\W\d_]+",
    re.IGNORECASE,
)
# "if …" up to the end of its clause; not "as if", "if any".
_CONDITION = re.compile(r"(?<![Aa]s\s)\b[Ii]f\b(?!\s+any\b)[^,;:\"\u201c\u201d()]*", re.IGNORECASE)
# A plan the sentence says was never carried out: "had been pencilled in for the spring
# but was never held", "talks scheduled for Tuesday were called off", "cancelled a visit
# planned for May", «запланированная на 12 марта встреча так и не состоялась». What it
# planned did not happen, nor on its date.
_PLAN = re.compile(
    r"\b(?:(?:had|has|have)\s+been\s+|(?:was|were|is|are)\s+)?(?:planned|scheduled|"
    r"pencil+ed\s+in|slated|set\s+(?:for|to)|due|(?:was|were)\s+to|expected|arranged|"
    r"intended|envisaged|mooted)\b",
    re.IGNORECASE,
)
# Called off in the past or for the future: "did not go ahead", "will not take place",
# "is not going ahead", "won't be held", "will be cancelled"; not "will go ahead".
_NOT_CARRIED_OUT = (
    r"(?:(?:did|does|do|will|would|is|are)\s+(?:not|no\s+longer)|"
    r"(?:did|does|do|wo|would|is|are)n['\u2019]t)\s+(?:now\s+)?(?:go(?:ing)?\s+ahead|"
    r"tak(?:e|ing)\s+place|be(?:ing)?\s+held|happen(?:ing)?|proceed(?:ing)?|materiali[sz]e)"
)
# "The meeting is off", "was now off, officials said": "off" ending its clause.
_OFF = r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s))(?:now\s+)?off(?=\s*(?:[,.;:]|$))"
_CALLED_OFF = re.compile(
    # Not "has not been cancelled", "wasn't called off": the plan is still on.
    r"(?<!\bnot\s)(?<!\bnot\sbeen\s)(?<!n['\u2019]t\sbeen\s)"
    r"\b(?:but\s+)?(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|will\s+be)\s+)?"
    # not an adjective: "a long-delayed treaty", "the postponed summit"
    r"(?:[a-z]+ly\s+)?(?<!-)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)"
    r"(?:never\s+(?:held|took\s+place|happened|materiali[sz]ed|convened|"
    rf"came\s+about)|{_NOT_CARRIED_OUT}|cancel+ed|called\s+off|dropped|scrapped|"
    rf"shelved|abandoned|{_PUTTING_OFF}|fell\s+through|{_OFF})\b",
    re.IGNORECASE,
)
# «был намечен», «должны были пройти»: the past of a plan is its own «был», before or after.
_RU_PLAN = re.compile(
    r"(?<![\w-])(?:был[аио]?\s+)?(?:планир|запланир|намеч|назнач|предполага|должен|должн)[а-яё]*"
    r"(?:\s+был[аио]?(?![\w-]))?",
    re.IGNORECASE,
)
# «так и не состоялась», and for the future «не состоится», «не пройдут», «не будут
# проводиться», «проводиться не будут».
_RU_CALLED_OFF = re.compile(
    r"(?<![\w-])(?:но\s+)?(?:(?:так\s+и\s+)?не\s+(?:состоял(?:ся|ась|ось|ись)|состоится|"
    r"состоятся|пройд[её]т|пройдут|(?:будет|будут)\s+(?:провод|провед)[а-яё]*)|"
    r"провод[а-яё]*\s+не\s+(?:будет|будут)|(?<!\bне\s)(?:был[аио]?\s+)?"
    r"(?<!\bне\s)(?:отмен[её]н[аоы]?|отложен[аоы]?|перенес[её]н[аоы]?|сорван[аоы]?)|"
    r"(?:отменил|отложил|перенесл|перен[её]с|сорвал)[а-яё]*)(?![\w-])",
    re.IGNORECASE,
)
CALLED_OFF = "planned but called off"
# "не подписала", "пока не подписано", "не будет"; not "не раз" (many times), "не только",
# "не менее", "не позднее" (a deadline), "не исключено" (a forecast).
_RU_NEGATED = re.compile(
    r"(?<![\w-])(?:так\s+и\s+|никогда\s+|ни\s+разу\s+)?не\s+"
    r"(?:(?:будет|будут|был|была|было|были)(?:\s+(?=[а-яё]+(?:н|на|но|ны|т|та|то|ты|ть)\b)"
    r"[а-яё]+)?|(?!исключ|раз\b|только\b|лишь\b|просто\b|так\b|совсем\b|очень\b)"
    r"[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись|ть|ться|ти|чь|[её]т|[её]тся|ит|ится|ут|ют|ат|"
    r"ят|утся|ются|атся|ятся|ем|им|н|на|но|ны|т|та|то|ты)(?![\w-]))",
    re.IGNORECASE,
)
_RU_REFUSAL = re.compile(
    r"(?<![\w-])отказ(?:ал|ыва)[а-яё]*\s+(?:от\s+)?|(?<![\w-])не\s+смог(?:ла|ли|ло)?\s+",
    re.IGNORECASE,
)
_RU_CONDITION = re.compile(r"(?<![\w-])[Ее]сли\b[^,;:«»\"\u201c\u201d()]*")

NEGATED = "negated"
WITHDRAWN = "withdrawn by a correction"
COUNTERFACTUAL = "counterfactual"
# A correction notice: what the story said and now withdraws, up to the next ";" (what
# follows it states the correct fact: "misstated the venue as Brussels; the summit will
# be held in Kehl"). The press's own words: not inside quotation marks.
_STORY = r"(?:story|article|report|item|piece|post|dispatch|column)"
_CORRECTION = re.compile(
    rf"\b(?:(?:an?|the)\s+)?(?:earlier|previous|prior|original)\s+version\s+of\s+"
    rf"(?:this|the|that)\s+{_STORY}\b"
    r"|\bmis(?:stated|reported|identified|quoted|spelled|named|dated|attributed|characteri[sz]ed)\b"
    r"|\b(?:incorrectly|erroneously|wrongly|mistakenly|inaccurately)\s+(?:said|stated|"
    r"reported|gave|identified|described|referred|named|listed|attributed|quoted|dated|"
    r"spelled|called|put)\b"
    # the adverb after: "said incorrectly that"
    r"|\b(?:said|stated|reported|gave|identified|described|named|listed|dated|called)\s+"
    r"(?:incorrectly|erroneously|wrongly|mistakenly|inaccurately)\b"
    rf"|\b(?:this|the)\s+{_STORY}\s+(?:has\s+been|was|had\s+been)\s+(?:corrected|amended)\b",
    re.IGNORECASE,
)
_RU_CORRECTION = re.compile(
    r"(?<![\w-])в\s+(?:предыдущей|первоначальной|прежней|ранней|первой)\s+(?:редакции|версии)"
    r"|(?<![\w-])(?:ошибочно|по\s+ошибке|неверно|неправильно)\s+(?:был[аио]?\s+)?"
    r"(?:указ|сообщ|говор|утвержд|назв|написа|привед|упомян)[а-яё]*"
    r"|(?<![\w-])(?:материал|статья|новость|сообщение|заметка|текст)\s+(?:был[аио]?\s+)?"
    r"(?:исправлен|изменен|изменён)[а-яё]*"
    r"|(?<![\w-])(?:был[аио]?\s+)?допущен[аы]?\s+(?:ошибк|неточност)[а-яё]*",
    re.IGNORECASE,
)


def _withdrawn(sentence, language=Language.ENGLISH):
    """What a correction notice in ``sentence`` withdraws: from its first words to the
    next ";" or the sentence's end, unless quoted (someone's words, not the press's)."""
    pattern = _RU_CORRECTION if language == Language.RUSSIAN else _CORRECTION
    quoted = [m.span() for m in _QUOTED.finditer(sentence)]
    end = 0
    for match in pattern.finditer(sentence):
        if match.start() < end or any(a <= match.start() < b for a, b in quoted):
            continue  # inside the last one ("An earlier version … misstated"), or quoted
        stop = sentence.find(";", match.end())
        words = sentence[match.start() : stop if stop >= 0 else None].rstrip(" ,.;:!?")
        end = match.start() + len(words)
        yield Unreal(match.start(), end, WITHDRAWN, words)


def unreal_phrases(sentence, language=Language.ENGLISH):
    """The negated, counterfactual and conditional phrases of ``sentence``, in order: each
    from its first word to the end of its clause, or to the next verb after the one it
    denies ("had not yet decided | whether to attend the summit")."""
    russian = language == Language.RUSSIAN
    found = []
    for match in (_RU_NEGATED if russian else _NEGATOR).finditer(sentence):
        verb = match if russian else _NEGATED_VERB.match(sentence, match.end())
        if verb:
            found.append(_phrase(sentence, match.start(), verb.end(), NEGATED, language))
    for match in (_RU_REFUSAL if russian else _REFUSAL).finditer(sentence):
        verb = re.match(r"[^\W\d_]+", sentence[match.end() :])
        if verb:
            stop = match.end() + verb.end()
            if not russian and (asked := _ASKED.match(sentence, stop)):
                stop = asked.end()  # "declined to say whether he would attend …": all of it
            found.append(_phrase(sentence, match.end(), stop, "refused", language))
    if not russian:
        for match in _COUNTERFACTUAL.finditer(sentence):
            left, _right = _clause_bounds(sentence, match.start(), match.end())
            if re.search(r"\bwhether\b", sentence[left : match.start()], re.IGNORECASE):
                continue  # "over whether Moscow would have vetoed it" asks, asserts nothing
            found.append(_phrase(sentence, match.start(), match.end(), COUNTERFACTUAL, language))
    for match in _conditions(sentence, language):
        words = match.group().rstrip()
        found.append(Unreal(match.start(), match.start() + len(words), "a condition", words))
    found.extend(_withdrawn(sentence, language))
    found.extend(_called_off(sentence, language))
    if not russian:
        found.extend(_supposed(sentence))
    found.extend(_yardsticks(sentence))
    found = [phrase for phrase in found if phrase is not None]
    return sorted(found, key=lambda phrase: (phrase.start, -phrase.end))


SUPPOSED = "only supposed"
# In a speaker's own words, what they would do ("I would do it again tomorrow": a clause
# that opens with "I would", not the backshift of "we agreed we would meet") and what
# they once thought ("In 2001 we thought it would take a month"): no fact of the story.
_WOULD_DO = re.compile(
    r"(?:^|(?<=[\"\u201c,;.]\s)|(?<=[\"\u201c]))(?:I|[Ww]e)\s+would\s+"
    r"(?!have\b|like\b|love\b|prefer\b|rather\b|not\b)[a-z]+"
)
_THOUGHT = re.compile(
    r"(?<![\w-])(?:I|[Ww]e)\s+(?:all\s+|really\s+|honestly\s+)?"
    r"(?:thought|believed|assumed|imagined|hoped|expected|feared)(?![\w-])"
)


def _supposed(sentence):
    """What the speaker of a quotation in ``sentence`` would do, to its clause's end, or
    once thought, its whole clause: the date in either dates nothing that happened."""
    for quote in _QUOTED.finditer(sentence):
        inside = quote.start() + 1, quote.end() - 1
        for match in _WOULD_DO.finditer(sentence, *inside):
            _left, right = _clause_bounds(sentence, match.start(), match.end())
            right = min(right, inside[1])
            yield Unreal(match.start(), right, SUPPOSED, sentence[match.start() : right])
        for match in _THOUGHT.finditer(sentence, *inside):
            left, right = _clause_bounds(sentence, match.start(), match.end())
            left, right = max(left, inside[0]), min(right, inside[1])
            yield Unreal(left, right, SUPPOSED, sentence[left:right])


YARDSTICK = "a yardstick, no act"
# What something will be judged by: "will be judged by what it does in the next year, not
# by what we signed today", "success will be measured by …", «будут судить по тому, что …».
# The standard names no act, and its dates date nothing; it runs on through its "not by …"
# to the end of the sentence, or of its quotation, or to a reporting verb ("…, he said").
# In English only what is to be judged: "was judged by a panel" names who judged, and
# "will be assessed on Friday" when.
_YARDSTICK = re.compile(
    r"\b(?:(?:will|would|shall|should|must|can|could|may|might)\s+(?:\w+ly\s+|only\s+)?|"
    r"to\s+)be\s+(?:judged|measured|assessed|gauged|evaluated|graded)\s+[\"\u201c]?"
    rf"(?:by|on|against)\s+(?!(?:the\s+)?(?:end\b|{_DATE_WORD}))"
    r"|(?<![\w-])(?:судить|судят|будут\s+судить|оценива(?:ть|ться|ют|ется)|"
    r"измерять(?:ся)?|измеря(?:ют|ется))\s+(?:[а-яё]+\s+){0,3}?по\s"
    # «оценивают по меньшей мере в сто человек»: an estimate, no yardstick.
    r"(?!(?:меньшей|крайней)\s+мере|предварительным|данным|оценкам)",
    re.IGNORECASE,
)
_REPORTING_AFTER = re.compile(
    r"[,\u2014\u2013]\s*(?:[\u2014\u2013-]\s*)?(?:[\w.'\u2019-]+\s+){0,4}?"
    r"(?:says|said|told|tells|added|argued|insisted|заявил[аи]?|сказал[аи]?|добавил[аи]?|"
    r"подч[её]ркнул[аи]?)\b",
    re.IGNORECASE,
)


def _yardsticks(sentence):
    """The standards ``sentence`` (English or Russian) says something will be judged by,
    as ``Unreal`` phrases: no fact, whether the article or a speaker sets them."""
    quoted = [m.span() for m in _QUOTED.finditer(sentence)]
    for match in _YARDSTICK.finditer(sentence):
        stop = next((b - 1 for a, b in quoted if a <= match.start() < b), len(sentence))
        if (semicolon := sentence.find(";", match.end(), stop)) >= 0:
            stop = semicolon
        if reporting := _REPORTING_AFTER.search(sentence, match.end(), stop):
            stop = reporting.start()
        words = sentence[match.start() : stop].rstrip(' ,.;:!?"\u201d\u00bb')
        yield Unreal(match.start(), match.start() + len(words), YARDSTICK, words)


def _called_off(sentence, language=Language.ENGLISH):
    """The plans ``sentence`` says were never carried out: from the plan's verb to the
    words calling it off, when no other verb comes between them. The plan comes first
    when it is said of the subject ("Talks scheduled for Tuesday were called off", "was
    planned for March but never took place"), after when it is said of the object
    ("cancelled a visit planned for May", «отменил визит, намеченный на май»: to the end
    of its clause). The calling off is no part of the phrase: it happened, and it may
    date what is now planned ("postponed to next month")."""
    russian = language == Language.RUSSIAN
    plans = list((_RU_PLAN if russian else _PLAN).finditer(sentence))
    for match in (_RU_CALLED_OFF if russian else _CALLED_OFF).finditer(sentence):
        before = [plan for plan in plans if plan.end() <= match.start()]
        after = [plan for plan in plans if plan.start() >= match.end()]
        if before and not _cues(sentence, before[-1].end(), match.start(), language=language):
            plan = before[-1]
            if _put_off_to_a_date(sentence, match) and not _PLAN_DATE.match(sentence, plan.end()):
                continue  # "a planned exercise … postponed until the autumn": still the act
            end = plan.start() + len(sentence[plan.start() : match.start()].rstrip(" ,"))
            yield Unreal(plan.start(), end, CALLED_OFF, sentence[plan.start() : match.end()])
        elif after and not _verb_or_clause_between(sentence, match.end(), after[0], language):
            plan = after[0]
            _left, end = _clause_bounds(sentence, plan.end(), plan.end(), language)
            yield Unreal(plan.start(), end, CALLED_OFF, sentence[match.start() : end])


# A plan's own date right after its word: "planned for May", "set for Friday", «намеченный
# на май», or after the infinitive of what was planned: «предполагалось провести в мае».
_PLAN_DATE = re.compile(
    r"(?:\s+[а-яё]+(?:ть|ти|чь)(?:ся|сь)?)?(?:\s+(?:for|to|on|in|at|на|в|во)|(?<=\bfor)|(?<=\bto))\b",
    re.I,
)


_PUTTING_OFF_VERB = re.compile(rf"(?i:{_PUTTING_OFF}|{RU_PUTTING_OFF})")
_TO_A_DATE = re.compile(r"(?i:\s+(?:to|until|till|for|на|до)\b)")


def _put_off_to_a_date(sentence, calling_off):
    """Whether the words ``calling_off`` put the plan off to a new date ("postponed until
    the autumn", «перенесены на следующий год»), which is planned in its turn."""
    return bool(
        _PUTTING_OFF_VERB.search(calling_off.group())
        and _TO_A_DATE.match(sentence, calling_off.end())
    )


def _verb_or_clause_between(sentence, start, plan, language):
    """Whether a verb or a clause of its own comes between ``start`` and ``plan``; the
    comma before a participle ("a visit, planned for May") opens none."""
    between = re.sub(r",\s*$", " ", sentence[start : plan.start()])
    breaks = _clause_break(language).search(between)
    return bool(breaks or _cues(sentence, start, plan.start(), language=language))


def said_not_asserted(sentence, phrase, language=Language.ENGLISH):
    """Whether ``phrase`` (an ``Unreal``) lies in what someone said, not in what the
    article asserts: inside quotation marks, or after a reporting verb ("claimed that
    Ukraine was not even a state", "заявил, что … не отвечает"). The fact is the saying."""
    if any(a <= phrase.start < b for a, b in (m.span() for m in _QUOTED.finditer(sentence))):
        return True
    pattern = _RU_REPORTING_PAST if language == Language.RUSSIAN else _REPORTING_PAST
    return any(
        pattern.fullmatch(word.group())
        for word in re.finditer(r"[^\W\d_]+", sentence[: phrase.start])
    )


def _phrase(sentence, start, verb_end, kind, language):
    """The phrase from ``start`` to the end of the clause, or to the next cue after the
    verb ending at ``verb_end``. None for "not … until" and "not … since" ("did not meet
    until June" says when they met, "has not met since July" when they last did)."""
    _left, right = _clause_bounds(sentence, verb_end, verb_end, language)
    later = _cues(sentence, verb_end, right, language=language)
    stop = later[0].start if later else right
    if re.search(r"\b(?:until|till|since|до)\b", sentence[verb_end:right], re.IGNORECASE):
        return None
    if language == Language.RUSSIAN and _until(sentence, start):
        return None
    if occasion := _OCCASION.search(sentence, verb_end, stop):
        stop = occasion.start()  # "did not meet her | during his visit last week"
    words = sentence[start:stop].rstrip(" ,.;:!?")
    return Unreal(start, start + len(words), kind, words)


# «Совет работал, пока его не заморозили в 2014 году»: after a clause with a verb of its
# own, «пока … не» is "until", and what it says happened. Not «пока не подписан» (not yet).
_RU_UNTIL = re.compile(r"(?i:,\s+пока\s+(?:[а-яё]+\s+){0,3})$")


def _until(sentence, negator):
    """Whether the Russian negator at ``negator`` is the «не» of «пока … не» ("until")."""
    until = _RU_UNTIL.search(sentence, 0, negator)
    if not until:
        return False
    left, _right = _clause_bounds(sentence, until.start(), until.start(), Language.RUSSIAN)
    return bool(_cues(sentence, left, until.start(), language=Language.RUSSIAN))


# A phrase of circumstance that names an occasion of its own: a negation denies its verb,
# not the occasion, which happened ("did not meet Berg during his visit last week").
_OCCASION = re.compile(
    r"\s(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+"
    r"(?=(?:the|an?|his|her|its|their|[A-Z][\w.-]*['\u2019]s)\s)(?![\w'\u2019]+\s+(?:[\w-]+\s+)?"
    r"(?:week|weekend|month|year|day|night|morning|afternoon|evening|period|spring|summer|"
    r"autumn|fall|winter|decade|century|time|hours?)s?\b)"
    r"|(?<![\w-])(?:во\s+время|в\s+ходе|на\s+полях)\s+(?![а-яё]*\s*(?:недел|месяц|год|"
    r"дн|выходн))(?=[а-яё]+)",
)


def _conditions(sentence, language=Language.ENGLISH):
    """The conditional clauses ("if …", "если …") of ``sentence``."""
    return list((_RU_CONDITION if language == Language.RUSSIAN else _CONDITION).finditer(sentence))


def unreal_at(sentence, start, end, language=Language.ENGLISH):
    """The phrase that makes the words ``sentence[start:end]`` (a date) name what did not,
    or need not, happen: one holding the verb that governs them, or holding them (but
    "refused to sign on Friday" dates the refusing); or None. A relative clause or a
    participle's phrase says its own fact, which a negation outside it does not deny:
    «не присоединились к договору, подписанному в ноябре 1999 года»; but a plan it states
    is called off by the verb of the noun it is said of: "a visit, planned for May, was
    cancelled", «визит, намеченный на май, отложен»."""
    own = next((c for c in relative_clauses(sentence, language) if c.holds(start)), None)
    if own is not None:
        for phrase in _called_off(sentence, language):
            if own.holds(phrase.start) and phrase.holds(start):
                return phrase
        sentence = " " * own.start + sentence[own.start : own.end]
    cue = _governing(sentence, start, end, language)
    if cue is not None and _OCCASION.search(sentence, cue.end, start):
        cue = None  # the occasion's date: "did not meet her during his visit last week"
    for phrase in unreal_phrases(sentence, language):
        governs = cue is not None and phrase.start <= cue.start < phrase.end
        holds = phrase.start <= start < phrase.end and phrase.kind != "refused"
        if governs or holds:
            return phrase
    return None


def without_unreal(sentence, language=Language.ENGLISH):
    """``sentence`` with its unreal phrases blanked out, offsets kept: what it reports as so."""
    return blank(sentence, unreal_phrases(sentence, language))


def blank(text, spans):
    """``text`` with each of ``spans`` (anything with ``start`` and ``end``) blanked out,
    offsets kept."""
    for span in spans:
        text = text[: span.start] + " " * (span.end - span.start) + text[span.end :]
    return text


# --- Russian -----------------------------------------------------------------------
#
# Russian marks tense on the verb's ending: the past in "-л", "-ла", "-ли" (заявил,
# встретились), the future of a perfective verb with the endings of the present
# (встретятся, подпишет, состоится). The imperfective present of "-ает", "-яет", "-ует"
# verbs (заявляет, выступает) says what is so now, and reporting verbs in it (говорит,
# сообщает) are read as English "says" is. The words below are the forms news copy
# uses; a word read by its ending alone must be in lower case (a verb is, names are not)
# and not one of the nouns that end like a verb (генерал, саммит, совет).

_RU_EXPECTED = (
    r"ожида(?:ется|ются|ет|ют|ем)|ожидаем(?:ый|ая|ое|ые|ого|ой|ую)|как\s+ожидалось|"
    r"по\s+прогнозам|прогнозиру(?:ет|ют|ется)|вероятно|возможно|может|могут|мог|могла|"
    r"могли|могло|бы|надеет(?:ся)|надеются|надеемся|рассчитыва(?:ет|ют|ем)|"
    r"не\s+исключ[а-яё]*|предположительно|скорее\s+всего|по\s+всей\s+видимости|"
    r"вряд\s+ли|хочет|хотят|ждёт|ждет|ждут"
)
# What someone is appointed as: «назначен послом», «назначена главой миссии».
_RU_APPOINTED_AS = (
    r"(?:посл|министр|глав|командующ|председател|представител|генсек|секретар|"
    r"директор|руководител|заместител|советник|помощник)[а-яё]*"
)
_RU_PLANNED = (
    r"будет|будут|буду|будем|станет|станут|планиру[а-яё]*|планировал[а-яё]*|"
    r"запланирован[а-яё]*|намечен[а-яё]*|намеча(?:ется|ются)|"
    # scheduled, not appointed («назначенный на эту должность в июле», «назначен послом»)
    rf"назначен[а-яё]*(?!\s+(?:на\s+(?:[а-яё]+\s+)?(?:должност|пост)|{_RU_APPOINTED_AS}))|"
    # ready to: «готов приехать в феврале», as "ready to"
    r"готов[аы]?(?=\s+[а-яё]+(?:ть|ти|чь)(?:ся|сь)?(?![\w-]))|"
    r"намерен[а-яё]*|намерева(?:ется|ются)|собира(?:ется|ются)|предстоит|предстоят|"
    r"предстоящ[а-яё]*|должен|должна|должно|должны|предполагается|"
    r"проголосу(?:ет|ют)|ратифициру(?:ет|ют)|сделает|сделают|сыграет|сыграют"
)
# «отложен до осени», «перенесена на июль»: put off to a new date, as ``PUT_OFF``.
RU_PUT_OFF = rf"{RU_PUTTING_OFF}\s+(?:на|до)"
# "agreed to hold", "decided to send": the deciding, or what was decided; and put off.
_RU_DECIDING = (
    r"(?:предложил|договорил|решил|согласил|пообещал|обещал|обязал|проголосовал|"
    r"условил|постановил|вызвал)[а-яё]*"
)
_RU_INFINITIVE = r"(?:не\s+)?[а-яё]+(?:ть|ти|чь)(?:ся|сь)?"
_RU_DECIDED = rf"{_RU_DECIDING}(?=\s+{_RU_INFINITIVE}\b)|{RU_PUT_OFF}"
# As ``_DECIDING_ASIDE``: «договорились в принципе провести», «единогласно решили»,
# «договорились в понедельник провести», «решили на прошлой неделе направить».
_RU_CALENDAR_WORD = (
    rf"(?:{'|'.join(sorted([*RU_MONTHS, *RU_WEEKDAYS], key=len, reverse=True))}|"
    r"недел[а-яё]*|месяц[а-яё]*|год[ау]?|\d{4})"
)
_RU_DECIDING_ASIDE = (
    r",?\s+(?:[а-яё]+но|в\s+принципе|вчера|сегодня|накануне|(?:(?:в|во|на)\s+)?"
    r"(?:(?:прошл|эт|текущ|минувш|нынешн)[а-яё]*\s+)?(?:\d{1,2}\s+)?"
    rf"{_RU_CALENDAR_WORD}(?:\s+\d{{4}}\s+года)?)(?![\w-])"
)
_RU_DECIDED_ACROSS_AN_ASIDE = re.compile(
    rf"(?<![\w-]){_RU_DECIDING}(?:{_RU_DECIDING_ASIDE})+,?\s+(?P<act>{_RU_INFINITIVE})(?![\w-])",
    re.IGNORECASE,
)
# Done: reporting verbs in the present, and short passive participles ("подписано"),
# unless "будет" comes before them.
_RU_OCCURRED = (
    r"говорит|говорят|заявляет|заявляют|сообщает|сообщают|сообщается|считает|считают|"
    r"отмечает|отмечают|подч[её]ркивает|подч[её]ркивают|утверждает|утверждают|полагает|"
    r"полагают|призна[её]т|признают|пишет|пишут|указывает|указывают|напоминает|"
    r"настаивает|настаивают|добавляет|поясняет|уточняет|переда[её]т|говорится|"
    r"является|являются|оста[её]тся|остаются|продолжает|продолжают|"
    r"(?<!будет\s)(?<!будут\s)(?<!быть\s)(?:"
    r"подписан|заключ[её]н|принят|создан|провед[её]н|достигнут|объявлен|утвержд[её]н|"
    r"учрежд[её]н|открыт|закрыт|приостановлен|заморожен|возобновл[её]н|сбит|убит|взят|"
    r"снят|начат|нанес[её]н|введ[её]н|выведен|размещ[её]н|отклон[её]н|одобрен|"
    r"подтвержд[её]н|восстановлен|прекращ[её]н|отмен[её]н|продл[её]н|назначен|избран|"
    r"направлен|отправлен|представлен|установлен|заверш[её]н|сорван|отложен|прерван|"
    r"обсужд[её]н|осужд[её]н|задержан|выслан|отозван|развернут|уничтожен|запущен|"
    r"расторгнут|[а-яё]+ован)(?:а|о|ы)?|"
    r"смог|смогла|смогли|помог|помогла|помогли|достиг|достигла|достигли|погиб|погибла|"
    r"погибли|вырос|выросла|выросли|возрос|возросла|возросли|умер|умерла|умерли|"
    r"перен[её]с|перенесла|перенесли|прин[её]с|принесла|принесли|прив[её]з|привезла|"
    r"привезли|боролся|боролась|боролись|[а-яё]*шл(?:а|о|и)(?:сь)?"
)
_RU_CUES = re.compile(
    rf"(?<![\w-])(?:(?P<decided>{_RU_DECIDED})|(?P<expected>{_RU_EXPECTED})|"
    rf"(?P<planned>{_RU_PLANNED})|(?P<occurred>{_RU_OCCURRED}))(?![\w-])",
    re.IGNORECASE,
)
_RU_WORD = re.compile(r"(?<![\w-])[а-яё]+(?![\w-])")  # lower case only: not a name
# Not the plural of a noun in "-тель" ("истребители", "представители").
_RU_PAST = re.compile(r"(?![а-яё]+[иая]тели$)[а-яё]+[аяеёиыу]л(?:а|о|и)?(?:ся|сь)?")
# An active past participle ("состоявшейся 15 марта встречи", "прошедшей в мае"): what it
# says was done, whatever the verb of its sentence. Not "бывший" (former).
_RU_PAST_PARTICIPLE = re.compile(
    r"(?!бывш)[а-яё]+[аеиоуяё]вш(?:ий|ая|ее|ие|его|ей|ему|им|ем|ую|их|ими)(?:ся)?"
)
# A long passive participle of an act done: «резолюция, принятая 17 марта», «соглашение,
# подписанное в мае» (not adjectives that end alike: «военный», «иностранный»).
_RU_PASSIVE_PARTICIPLE = re.compile(
    r"(?:принят|взят|начат|подписанн|созданн|проведённ|проведенн|заключённ|заключенн|"
    r"утверждённ|утвержденн|достигнут|объявленн|одобренн|введённ|введенн|учреждённ|"
    r"учрежденн|согласованн|ратифицированн|сформированн|приостановленн|возобновлённ|"
    r"возобновленн)(?:ый|ая|ое|ые|ого|ой|ую|ых|ым|ыми|ом|ому)"
)
# "был затронут", "были развёрнуты": a short passive participle after a past "быть" is
# the past, whatever its ending says.
_RU_WAS = re.compile(r"(?i:был[аои]?)\s+$")
_RU_NON_PAST = re.compile(r"[а-яё]{2,}(?:[её]т|ит|ут|ют|ат|ят)(?:ся)?")
# The imperfective present: what is so now, not a schedule.
_RU_PRESENT = re.compile(
    r"[а-яё]+(?:ает|яет|ует|ают|яют|уют|аёт|ается|яется|уется|аются|яются|уются)"
)
# The imperfective present of verbs that end as a perfective future does, told apart by
# their stem ("проводят учения", not "проведут"; "готовят", not "подготовят"; "переговоры
# ведутся", with no prefix, not "проведутся"): an act going on, as the English present
# progressive is.
_RU_ONGOING = re.compile(
    r"[а-яё]*вод(?:ит|ят)(?:ся)?|готов(?:ит|ят)(?:ся)?|вед(?:ёт|ет|ут)ся|"
    # an act announced in the present: «Россия прекращает деятельность бюро»
    r"(?:прекраща|приостанавлива|закрыва|заморажива|отзыва|высыла|сворачива)(?:ет|ют)(?:ся)?"
)
# Present tense verbs that are no schedule, and words that end like a verb but are not.
_RU_NOT_CUES = frozenset(
    str.split(
        """
идёт идет идут ведёт ведет ведут стоит стоят живёт живет живут видит видят сидит
следит держит держат зависит зависят служит служат входит входят выходит выходят
происходит происходят приходится относится относятся находится находятся исходит просит
просят строит строят верит верят любит ходит носит платит растёт растет берёт берет
несёт несет везёт везет лежит
генерал генерала генералы адмирал адмирала маршал маршала канал канала каналы материал
материала материалы потенциал потенциала сигнал сигнала сигналы финал финала персонал
персонала капитал капитала идеал журнал журнала арсенал арсенала мемориал трибунал
трибунала зал зала вал вала бал интервал скандал скандала провал провала квартал
квартала кварталы вокзал вокзала перевал перевала развал развала подвал завал шквал
сериал начала начало мало дел мала скала шкала сало жало зеркало одеяло дело дела тело тела
село села правило правила мыло крыло цели недели модели отели панели картели тоннели
туннели дуэли постели шинели стили автомобили детали медали печали сила тыл тыла тылы
пыл аул караул караула стул гул пули патрули модули предел предела пределы раздел
раздела отдел отдела удел пепел обстрел обстрела обстрелы выстрел выстрела выстрелы
расстрел расстрела пробел орёл котёл осёл козёл
совет совета бюджет пакет кабинет предмет ответ запрет визит кредит лимит саммит
транзит дефицит аппетит депозит институт маршрут минут статут атрибут результат мандат
кандидат депутат солдат дипломат демократ бюрократ штат аппарат формат сенат
секретариат комитет приоритет паритет суверенитет нейтралитет авторитет иммунитет
менталитет факультет портрет секрет сюжет ракет газет планет монет анкет кассет сигарет
билет балет буфет банкет полёт полет самолёт самолет вертолёт вертолет отчёт отчет
счёт счет учёт учет расчёт расчет налёт налет пулемёт пулемет миномёт миномет валют
салют приют парашют автомат агрегат адресат аттестат сертификат плакат захват охват
откат постулат халифат эмират протекторат электорат комбинат концентрат дубликат цитат
зарплат тысяч занят женат богат виноват
фрегат фрегата делегат делегата пират пирата магнат адвокат адвоката брат брата
консулат консулата комбат
"""
    )
)


# A verb opening a sentence, with its capital: «Состоялся телефонный разговор …», «Прошли
# консультации». Only forms no name takes: a reflexive past, and «прошёл».
_RU_OPENING_VERB = re.compile(
    r"(?:^|(?<=[.!?…]\s))[А-ЯЁ](?:[а-яё]+л(?:ся|ась|ось|ись)|рош(?:ёл|ел|ла|ло|ли))(?![\w-])"
)


def _russian_word_kind(word):
    """What a word in lower case says by its ending alone, or None."""
    if word in _RU_NOT_CUES or len(word) < 3:
        return None
    if any(p.fullmatch(word) for p in (_RU_PAST, _RU_PAST_PARTICIPLE, _RU_PASSIVE_PARTICIPLE)):
        return "occurred"
    if _RU_ONGOING.fullmatch(word):
        return "ongoing"
    if len(word) >= 5 and _RU_NON_PAST.fullmatch(word) and not _RU_PRESENT.fullmatch(word):
        # A perfective future, or the present of a schedule: with a date already past, a
        # chronology's historical present («1997 год — Россия и НАТО подпишут …»).
        return "scheduled"
    return None


def _russian_cues(text, start, end):
    """(start, end, kind) of each Russian cue between ``start`` and ``end``."""
    found, taken = [], []
    for match in _RU_CUES.finditer(text, start, end):
        found.append((*match.span(), match.lastgroup))
        taken.append(match.span())
    words = [*_RU_WORD.finditer(text, start, end), *_RU_OPENING_VERB.finditer(text, start, end)]
    for match in words:
        if any(a <= match.start() < b for a, b in taken):
            continue
        kind = _russian_word_kind(match.group().lower())
        if kind == "scheduled" and _RU_WAS.search(text, 0, match.start()):
            continue  # the participle of "был затронут": the past "был" says it
        if kind:
            found.append((*match.span(), kind))
    return sorted(found)


_RU_CLAUSE_BREAK = re.compile(
    r"[;:«»„“”\"()]|,\s|\s[—–]\s|\s(?:что|чтобы|но|и|а|однако|пока|когда|хотя|если|где|"
    r"который|которая|которое|которые|после\s+того\s+как|перед\s+тем\s+как)\s"
)
