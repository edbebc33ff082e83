"""Whether a sentence reports something done, planned or expected, read from its verbs.

News copy marks what has not happened yet with a handful of constructions ("will",
"plans to", "was to", "is expected to", "hopes"). What a date in a sentence refers to
is decided by the verb that governs it: the nearest such word before it in its clause
("asked Monday", "will meet on Friday"), else the nearest after it, else the nearest in
the sentence ("At the summit in July, leaders are expected to…"). The same reading
decides which way a weekday points: "met on Monday" is the Monday before publication,
"will meet on Monday" the one after.
"""

import re

from events.models import Event

# Forecasts and hopes: the reporter does not say anyone has decided it.
_EXPECTED = (
    r"(?:is|are|was|were|be|being)\s+(?:widely\s+|also\s+)?(?:expected|likely|unlikely|"
    r"predicted|forecast|tipped)|expects?|expecting|hopes?|hoped|hoping|could|(?-i:may)|"
    r"might|possible|possibly|would\s+not\s+rule\s+out|expected\s+(?:to|at|in|on|by|later|next)"
)
# Intentions and schedules: someone has decided or agreed it will happen. The present
# tense of travel and meeting verbs ("flies to Sochi on Saturday") is a schedule too.
_PLANNED = (
    r"will|shall|won't|'ll|\u2019ll|(?:is|are|was|were)\s+(?:also\s+)?(?:to|due\s+to|"
    r"set\s+to|scheduled\s+to|slated\s+to|planning\s+to|going\s+to|poised\s+to|"
    r"preparing\s+to)|plans?\s+to|planned|planning|intends?\s+to|intended\s+to|aims?\s+to|"
    r"scheduled|upcoming|forthcoming|would|flies|travels|heads|arrives|departs|"
    r"leaves\s+for|meets?|visits|opens|begins|starts|hosts|resumes|reconvenes|convenes?|"
    r"gather|returns|closes|ends|must|needs?\s+to|has\s+to|have\s+to|should|(?<!seemed\s)(?<!seems\s)(?<!appeared\s)(?<!appears\s)to\s+be|"
    r"due\s+to\s+(?:open|begin|start|end|close|meet|arrive|leave|return|travel|visit|"
    r"sign|vote|hold|take|be|resume|launch|expire|report|speak|announce|deploy)"
)
# Decisions about what is to come: "proposed to hold in the autumn" looks ahead, but in
# "In November the council agreed to hold talks" the date is the agreeing's.
_DECIDED = r"(?:proposed|agreed|decided|voted|promised|pledged|vowed|offered|undertook)\s+to"
# Done: the past and present perfect, and reporting verbs; not a participle after "be"
# ("is to be held" is still to come).
_OCCURRED = (
    r"(?<!\bbe\s)(?:said|says|told|was|were|had|has|have|did|met|held|took|began|came|went|"
    r"made|gave|left|sent|spoke|broke|froze|led|won|lost|struck|saw|set\s+up|"
    r"(?!(?:allied|united|armed|alleged|limited|advanced|detailed|concerned|related|based|"
    r"unprecedented|renewed|expanded|proposed|planned|scheduled|expected)\b)(?<!-)[a-z]{2,}ed)"
)
_CUES = re.compile(
    rf"\b(?:(?P<decided>{_DECIDED})|(?P<expected>{_EXPECTED})|(?P<planned>{_PLANNED})|"
    rf"(?P<occurred>{_OCCURRED}))\b",
    re.IGNORECASE,
)
STATUS_OF_CUE = {
    "decided": Event.Status.PLANNED,  # read as occurred when it follows the date
    "expected": Event.Status.EXPECTED,
    "planned": Event.Status.PLANNED,
    "occurred": Event.Status.OCCURRED,
}
# Where a clause ends: the date's verb is the one in the same clause.
_CLAUSE_BREAK = re.compile(r"[;:\u201c\u201d\"()]|,\s|\s(?:that|but|and|while|after|before)\s")


def _clause_bounds(text, start, end):
    left = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, start):
        left = match.end()
    after = _CLAUSE_BREAK.search(text, end)
    return left, after.start() if after else len(text)


def clause_around(text, start, end):
    """The clause of ``text`` holding ``text[start:end]``."""
    left, right = _clause_bounds(text, start, end)
    return text[left:right]


def _cues(text, start=0, end=None, after=None):
    """(position, status) of each cue; a decision ("agreed to") after ``after`` is the
    act of deciding, so it reads as occurred."""
    return [
        (
            match.start(),
            Event.Status.OCCURRED
            if match.lastgroup == "decided" and after is not None and match.start() >= after
            else STATUS_OF_CUE[match.lastgroup],
        )
        for match in _CUES.finditer(text, start, len(text) if end is None else end)
    ]


def status_at(sentence, start, end):
    """The status of the words ``sentence[start:end]``, from the verb that governs them."""
    left, right = _clause_bounds(sentence, start, end)
    in_clause = _cues(sentence, left, right, after=end)
    before = [cue for cue in in_clause if cue[0] < start]
    if before:
        return before[-1][1]
    after = [cue for cue in in_clause if cue[0] >= end]
    if after:
        return after[0][1]
    anywhere = _cues(sentence, after=end)
    if not anywhere:
        return Event.Status.OCCURRED
    return min(anywhere, key=lambda cue: abs(cue[0] - start))[1]


def status_of(sentence):
    """The status a sentence with no date reports: that of its first word looking ahead
    ("Ivanov said the pact is expected to be signed"), else occurred."""
    ahead = [status for _position, status in _cues(sentence) if status != Event.Status.OCCURRED]
    return ahead[0] if ahead else Event.Status.OCCURRED


def reports_something(sentence):
    """Whether the sentence has a verb that reports an act, a plan or an expectation."""
    return bool(_cues(sentence))


def looks_ahead(sentence, start, end):
    """Whether the words ``sentence[start:end]`` speak of what had not happened yet."""
    return status_at(sentence, start, end) != Event.Status.OCCURRED
