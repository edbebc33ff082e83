"""Which existing events the proposed facts likely report already, and which proposals
of one article report the same fact again.

An event is offered as the one a proposal reports only when the evidence says so, as a
careful editor would weigh it (docs/import.md, "Duplicates"):

- when: their periods must overlap, and the less closely the dates pin the fact down (a
  month, a year, "by" the publication date), the more of the rest is needed; a period
  of years never matches an event of days or weeks, nor the reverse;
- who and where: people and agreements shared count most; a place or organization
  counts for little when it is common (NATO or a state such as Russia, one in many
  events, such as a capital, or one the whole article is about); those and the
  organizations together count as one organization, and sharing only common ones
  proves nothing, unless both are the same kind of event and the fact's exact day is one
  of the event's few days, which then stands in for a record that tells them apart;
- what: the same words quoted (a remark of four words or more that the event's title,
  summary or quotes hold), the same kind of event (another kind counts against), the
  same status (a fact
  that happened and an event only planned may be one, but less likely), and the telling
  words the proposal's sentence says besides its names and its date, compared with the
  event's title, summary and quotes: a word many of the candidate events say tells
  none of them apart. A statement is what was said: one that shares no word with an
  event is not that event, whoever spoke where and when; and it is its speaker's: it
  repeats a statement only of the same speaker.

Drafts count too, since the most likely duplicate of an imported fact is one imported
from another article and not yet published. When the best two candidates are nearly
tied, no event is chosen for the editor (``clear_match``): the fact becomes a draft
unless they choose one.
"""

import re
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import cache

from django.db.models import Count, Prefetch, Q

from events.dates import SINGLE_BOUNDS, DatePrecision, DateQualifier
from events.kinds import BY_PARAM
from events.models import Citation, Event, Organization
from events.search import stems

from .calendar_words import MONTHS, WEEKDAYS
from .cues import EVENT_CUES, names_an_occasion
from .modality import clause_around, quotations, reported_content
from .reading import language_of
from .sentences import dated_entries

# Points for each shared record and for the same kind of event (another kind counts
# against); a match needs MIN_SCORE, and more when the dates agree only loosely
# (DATE_AGREEMENT).
WEIGHTS = {"person": 2, "agreement": 2, "place": 1, "organization": 0.5}
SAME_TYPE = 1
OTHER_TYPE = -0.5
# The kinds whose fact is what someone said: what the sentence says, wherever its date
# stands, is the fact ("Ivanov, speaking in Oslo on Sunday, called the warplanes a
# concern"). A bare statement may be the proposal, objection or interview an event
# records: the two kinds do not count against each other.
SAID_KINDS = {
    Event.Type.STATEMENT,
    Event.Type.PROPOSAL,
    Event.Type.OBJECTION,
    Event.Type.INTERVIEW,
}
# The same words quoted, QUOTED_WORDS or more of them: outlets quote one remark alike,
# which tells the fact as well as the speaker does.
QUOTED = 2
QUOTED_WORDS = 4
# A word of a quotation or an event's text, compared whatever the apostrophes.
QUOTED_WORD = re.compile(r"[^\W_]+")
# A closing recap ("So, to recap the main points: …", «Коротко о главном»): the
# paragraph it opens tells again facts the story told before.
RECAP = re.compile(
    r"(?:(?:so|and|once\s+again|again)[,\s]+)?(?:to\s+recap|recapping|in\s+summary|"
    r"to\s+sum\s+(?:it\s+)?up|summing\s+up|to\s+summari[sz]e|"
    # "The main points:" as a heading, not "The main points of the accord were approved".
    r"(?:the\s+)?(?:main\s+points|headlines\s+again)(?=\s*[:\u2014\u2013-])|"
    r"подвод(?:я|им)\s+итог|коротко\s+о\s+главном|"
    r"(?:ещё|еще)\s+раз\s+о\s+главном|напомним\s+главное)\b",
    re.IGNORECASE,
)
# The same exact day and the same kind of event tell a fact apart as a shared place would,
# when only common records are shared ("seven countries joined the alliance on 29 March
# 2004" and "NATO accepts seven new members" that day); a person shared tells more.
SAME_DAY = 1.5
# A fact that happened and an event only planned or expected (or the reverse) may be one
# once it happened, but less likely than an event of the same status.
OTHER_STATUS = -0.5
MIN_SCORE = 3
# A place or organization that nearly every event of the timeline could name: NATO, a
# state as a party (Russia), or one linked to many events (a capital, the seat of NATO).
# Such places and every organization together count COMMON: NATO, Russia, Moscow and the
# Duma say no more than one of them does, and never add up to a person.
COMMON = 0.5
COMMON_KINDS = {
    "place": set(),
    "organization": {Organization.Kind.ALLIANCE, Organization.Kind.STATE},
}
COMMON_SHARE = 0.1  # in at least this share of the events (and COMMON_EVENTS of them)
COMMON_EVENTS = 3
# Each telling word the sentence shares with the event's texts, up to WORDS_MOST: not one
# that as many of the candidate events say (COMMON_SHARE and COMMON_EVENTS of them), which
# tells none apart. None shared (telling or not) when the clause of its date says NO_WORDS
# or more is evidence that it tells something else.
WORD = 0.5
WORDS_MOST = 2
NO_WORD = -1
NO_WORDS = 2
# How closely the dates agree: the wider of the two periods, in days, and the points
# needed beyond MIN_SCORE. A year, or "by" a day (the year before it), is the widest
# short period; one wider still is "years".
DATE_AGREEMENT = (
    (8, 0, "within a week"),
    (31, 0.5, "only within a month"),
    (367, 2, "only within a year"),
)
YEARS = (2, "only within years")
# Two candidates this close in score are nearly tied: the editor chooses.
TIE = 0.5
SHOWN = 3
LINKS = {
    "person": "people",
    "place": "places",
    "organization": "organizations",
    "agreement": "agreements",
}
# A year-precision event starts up to a year before a day it overlaps; a decade-long range
# further still.
LOOK_BACK = timedelta(days=3660)
# The longest event whose days a fact of one of them is "on the same day" as.
WEEK = timedelta(days=DATE_AGREEMENT[0][0] - 1)
# "By" a day: at some time in the year before it.
BY_DAY = timedelta(days=366)
# "About" a day: within the week around it.
ABOUT_A_DAY = timedelta(days=3)
# Words that say how news copy reports, when, and who people are, not what happened;
# and the words of the timeline's two sides, in nearly every event. Left out of the
# comparison, as are stop words (events/search.py), the sentence's names and date, and
# the words that gave it its kind of event (cues.py), which is weighed on its own.
NOT_WHAT = stems(
    "said says say told tells tell added according reporters reported quoted would could "
    "might must may shall also will today yesterday tomorrow day days week weeks month "
    "months year years earlier later ago last next first "
    "secretary general minister ministry president premier prime deputy spokesman "
    "spokeswoman spokesperson ambassador envoy representative permanent chief head "
    "official officials counterpart foreign defence defense chairman speaker commander "
    "mr mrs ms dr nato alliance allied allies russia russian russians "
    + " ".join(MONTHS)
    + " "
    + " ".join(WEEKDAYS)
)
# The whole words holding a kind's cue ("посетивший" for "посети").
CUES = {
    kind: re.compile(rf"[^\W\d_]*(?:{cue.pattern})[^\W\d_]*", re.IGNORECASE)
    for kind, cue in EVENT_CUES
}


@dataclass(frozen=True)
class EventMatch:
    slug: str
    title: str
    display_date: str
    score: float
    reason: str


def clear_match(matches):
    """The event a proposal reports, if one is clearly likelier than the rest: the first
    of ``matches``, unless the second is nearly tied with it (then the editor chooses)."""
    if not matches:
        return None
    if len(matches) > 1 and matches[0].score - matches[1].score <= TIE:
        return None
    return matches[0]


def find_likely_duplicates(proposals):
    """Set each proposal's ``matches``: the events it likely reports, best first.

    One query for the candidate events of the whole article, one per kind of link and
    for their quotes, and three for how common the places and organizations are.
    """
    wanted = {kind: set() for kind in WEIGHTS}
    for proposal in proposals:
        for kind, slugs in _linked(proposal).items():
            wanted[kind] |= slugs
    days = {day for proposal in proposals if (day := _exact_day(proposal.date))}
    if not proposals or not (wanted["person"] or wanted["agreement"] or wanted["place"] or days):
        return
    first = min(_period(proposal.date)[0] for proposal in proposals)
    last = max(_period(proposal.date)[1] for proposal in proposals)
    candidates = list(
        # An event dated "by" a day may have happened in the year before it.
        Event.objects.filter(start_date__lte=last + BY_DAY, start_date__gte=first - LOOK_BACK)
        .filter(
            Q(people__slug__in=wanted["person"])
            | Q(agreements__slug__in=wanted["agreement"])
            | Q(places__slug__in=wanted["place"])
            | _on_the_days(days)
        )
        .distinct()
        .only(
            "slug",
            "title_en",
            "title_ru",
            "summary_en",
            "summary_ru",
            "event_type",
            "status",
            "start_date",
            "end_date",
            "date_precision",
            "date_qualifier",
        )
        .prefetch_related(
            *(
                Prefetch(name, queryset=BY_PARAM[kind].model.objects.only("slug"))
                for kind, name in LINKS.items()
            ),
            Prefetch("citations", queryset=Citation.objects.only("event_id", "quote")),
        )
    )
    for event in candidates:
        event.linked = {
            kind: {row.slug for row in getattr(event, name).all()} for kind, name in LINKS.items()
        }
        texts = [event.title_en, event.title_ru, event.summary_en, event.summary_ru]
        texts = " ".join([text or "" for text in texts] + [c.quote for c in event.citations.all()])
        event.words = stems(texts)
        event.wording = _wording(texts)
    common = _common_records(wanted) | _article_subjects(proposals)
    common_words = _common_words(candidates)
    for proposal in proposals:
        proposal.matches = _matches(proposal, candidates, common, common_words)


def find_repeated_facts(proposals, text=""):
    """Set ``same_as`` on each proposal that reports the fact of an earlier one.

    News copy tells its main fact in the lead and again, with detail, further down; both
    sentences cite one event. Judged as against an existing event, with the same kind
    of event and the same status required: a signing planned is not a signing done, and
    two sentences with no word in common tell different acts (``_tell_apart``). What
    someone said is one fact only when told of the same speaker with a word in common
    (below). A closing recap of ``text``, or a chronology's entry, tells again what came
    before: a fact of its paragraph is the earlier one of its kind, status and time that
    shares a word with it, or the only one.
    """
    # What each sentence says, who spoke in it and the records it names, worked out once:
    # stemming and finding the reported speech are most of this pass's cost.
    entries = dated_entries(text)  # a box of key dates tells the story's facts again
    words = cache(lambda index: _words(proposals[index]))
    speakers = cache(lambda index: speakers_of(proposals[index]))
    records = cache(lambda index: _linked(proposals[index]))
    for index, proposal in enumerate(proposals):
        first, last = _period(proposal.date)
        linked = records(index)
        said = proposal.event_type in SAID_KINDS
        recalled = []
        for earlier_index, earlier in enumerate(proposals[:index]):
            if earlier.same_as is not None or (earlier.event_type, earlier.status) != (
                proposal.event_type,
                proposal.status,
            ):
                continue
            earlier_first, earlier_last = _period(earlier.date)
            if earlier_first > last or earlier_last < first:
                continue
            if earlier.start == proposal.start:
                continue  # the sentence's other fact, which it tells apart
            recalled.append(earlier_index)
            if _at_the_act_of(proposal, earlier) or _the_document_again(proposal, earlier):
                proposal.same_as = earlier_index
                break
            if said and not speakers(index) & speakers(earlier_index):
                continue  # one statement is told of one speaker ("Orlov said", "he added")
            told_apart = _tell_apart(words(index), words(earlier_index))
            if said and told_apart:
                continue  # the same speaker's other remark
            shared = {kind: len(linked[kind] & records(earlier_index)[kind]) for kind in WEIGHTS}
            score = _score(shared, same_type=True) + NO_WORD * told_apart
            if (score >= MIN_SCORE and _concrete(shared)) or _told_again(
                proposal, earlier, words(index), words(earlier_index)
            ):
                proposal.same_as = earlier_index
                break
        if proposal.start in entries:
            # an entry's date is of a fact the story dates: not one told "by" publication
            recalled = [i for i in recalled if proposals[i].date_text is not None]
        retold = _in_a_recap(text, proposal.start) or proposal.start in entries
        if proposal.same_as is None and recalled and retold:
            proposal.same_as = _recalled(index, recalled, words, speakers if said else None)


def _in_a_recap(text, start):
    """Whether the paragraph of ``text`` holding ``start`` opens with a recap."""
    opening = text.rfind("\n", 0, start) + 1
    return bool(RECAP.match(text, opening))


def _recalled(index, earlier, words, speakers=None):
    """The index among ``earlier`` of the fact that a recap's proposal ``index`` tells
    again: the one sharing the most ``words`` with it, or the only one; None when several
    share none. A statement (given its ``speakers``) whose speaker the recap names is
    theirs."""
    if speakers and speakers(index):
        earlier = [one for one in earlier if speakers(index) & speakers(one)]
    common = [len(words(index)[0] & words(one)[0]) for one in earlier]
    if not earlier or (max(common) == 0 and len(earlier) > 1):
        return None
    return earlier[common.index(max(common))]


def _tell_apart(said, other_said):
    """Whether two sentences tell different acts, as a fact and an event do (NO_WORD),
    given what each says (``_words``): they share no word besides their names, though the
    clause of either one's fact says NO_WORDS or more ("he and Putin signed a treaty
    cutting their arsenals", "the leaders sign the document that creates the council")."""
    (words, clause), (other_words, other_clause) = said, other_said
    return not words & other_words and max(len(clause), len(other_clause)) >= NO_WORDS


def speakers_of(proposal):
    """The people a statement's sentence names outside what it reports and quotes: who
    spoke ("Orlov said the minister would come": Orlov, not the minister)."""
    quote = proposal.quote
    reported = reported_content(quote, language_of(quote)) + quotations(quote)
    return {
        person_key(mention)
        for mention in proposal.mentions
        if mention.kind == "person"
        and not any(part.holds(mention.start - proposal.start) for part in reported)
    }


def person_key(mention):
    """Who a person's mention names: its record, or, new to the records, the name the
    article gives them."""
    return mention.slug or mention.proposed_name or mention.text


# A sentence opening on the text an act made, named again: "The document, known as the
# Rome Declaration, was signed …", «Документ был подписан …».
_THE_DOCUMENT = re.compile(
    r"(?:The|This|That)\s+(?:document|declaration|accord|agreement|treaty|pact|charter|"
    r"deal|text|protocol)\b|(?:Документ|Этот\s+документ|Декларация|Соглашение|Договор)"
    r"(?![\w-])"
)


# The acts that make a text, by their stems: signed, adopted, ratified …
_MAKING_A_TEXT = re.compile(
    r"(?i:\b(sign|adopt|approv|ratif|initial)\w*|(?<![\w-])(подпис|одобр|ратифиц|парафир)[а-яё]*)"
)


def _the_document_again(proposal, earlier):
    """Whether ``proposal``, with no date of its own, tells again the act of ``earlier``
    (a dated act of its kind, no statement) by naming the text it made and the same act
    ("signed a declaration on Tuesday" … "The document … was signed at an air base"; not
    "The treaty was ratified" after its signing)."""

    def acts(quote):
        return {(m[1] or m[2]).lower() for m in _MAKING_A_TEXT.finditer(quote)}

    return (
        proposal.date_text is None
        and earlier.date_text is not None
        and proposal.event_type not in SAID_KINDS
        and bool(_THE_DOCUMENT.match(proposal.quote))
        and bool(acts(proposal.quote) & acts(earlier.quote))
    )


def _at_the_act_of(proposal, earlier):
    """Whether ``proposal`` tells what was done at ``earlier``'s occasion, dated by naming
    it, with no one ``earlier`` does not name: "The council met in Brussels on Friday. At
    the session, ministers approved …", «Во вторник вручили награды. На церемонии
    присутствовали …» tell one act in two sentences."""
    return (
        proposal.date == earlier.date
        and proposal.date_text is not None
        and names_an_occasion(proposal.date_text)
        and not _AFTER.match(proposal.date_text)  # "said after the ceremony": no act at it
        and _people(proposal) <= _people(earlier)
    )


_AFTER = re.compile(r"(?i:after|following|после|по\s+(?:окончании|итогам))(?![\w-])")


# How many words two sentences telling one act on one day share, besides those of its kind.
TOLD_AGAIN_WORDS = 2


def _told_again(proposal, earlier, said, earlier_said):
    """Whether ``proposal`` tells ``earlier``'s act again in another sentence, as a lead
    and the body do, though neither names a record: an act of the same kind (no statement)
    on the same day, told with words in common ("The transit agreement signed on Monday …",
    "The transit agreement was signed in Moscow on 6 July")."""
    return (
        proposal.event_type not in SAID_KINDS
        and proposal.date == earlier.date
        and proposal.date.precision == DatePrecision.DAY
        and proposal.date.qualifier == DateQualifier.EXACT
        and len(said[0] & earlier_said[0]) >= TOLD_AGAIN_WORDS
    )


def _people(proposal):
    return {m.slug or m.text for m in proposal.mentions if m.kind == "person"}


def _score(shared, same_type):
    return sum(WEIGHTS[kind] * n for kind, n in shared.items()) + SAME_TYPE * same_type


def _concrete(shared):
    """Sharing organizations alone proves nothing: NATO and Russia are everywhere."""
    return bool(shared["person"] or shared["agreement"] or shared["place"])


def _linked(proposal):
    slugs = {kind: set() for kind in WEIGHTS}
    for mention in proposal.mentions:
        if mention.slug:
            slugs[mention.kind].add(mention.slug)
    return slugs


def _period(date):
    """First and last day a date may refer to. "By" a day means at some time before it:
    only what happened in the year before is taken as the same, and "not before" a day
    what happens in the year after; "about" a day ("three weeks ago", c. 6 April) means
    the days around it."""
    last = date.last_day
    if date.qualifier == DateQualifier.NO_LATER_THAN:
        return last - BY_DAY, last
    if date.qualifier == DateQualifier.NO_EARLIER_THAN:
        return date.start, date.start + BY_DAY
    if date.qualifier == DateQualifier.APPROXIMATE and date.precision == DatePrecision.DAY:
        return date.start - ABOUT_A_DAY, last + ABOUT_A_DAY
    return date.start, last


def _on_the_days(days):
    """The events of days, a week at most, that hold one of ``days``."""
    query = Q(pk__in=[])
    for day in days:
        query |= Q(start_date__range=(day - WEEK, day), date_precision=DatePrecision.DAY)
    return query


def _holds_the_day(date, event_date):
    """Whether ``date`` is an exact day among the days ``event_date`` gives, a week at most
    (not "by" a day)."""
    day = _exact_day(date)
    if day is None or event_date.qualifier in SINGLE_BOUNDS:
        return False
    first, last = _period(event_date)
    return first <= day <= last and last - first < WEEK


def _exact_day(date):
    """The day ``date`` gives exactly, or None: not a period, a range or a "by"."""
    exact = date.precision == DatePrecision.DAY and date.qualifier == DateQualifier.EXACT
    return date.start if exact and date.end in (None, date.start) else None


def _common_records(wanted):
    """The places and organizations among ``wanted`` that many events could name: NATO
    or a state as an organization, or one linked to many events."""
    events = Event.objects.count()
    common = set()
    for kind in ("place", "organization"):
        rows = (
            BY_PARAM[kind]
            .model.objects.filter(slug__in=wanted[kind])
            .annotate(n=Count("events"))
            .values_list("slug", "kind", "n")
        )
        for slug, record_kind, n in rows:
            if record_kind in COMMON_KINDS[kind] or (
                n >= COMMON_EVENTS and n >= COMMON_SHARE * events
            ):
                common.add((kind, slug))
    return common


def _article_subjects(proposals):
    """The places and organizations named in more than half of the article's sentences
    with a proposal: what the whole article is about tells none of its facts apart."""
    sentences = {}
    for proposal in proposals:
        sentences[proposal.start] = _linked(proposal)
    if len(sentences) < 2:
        return set()
    counts = {}
    for linked in sentences.values():
        for kind in ("place", "organization"):
            for slug in linked[kind]:
                counts[kind, slug] = counts.get((kind, slug), 0) + 1
    return {record for record, n in counts.items() if n > len(sentences) / 2}


def _common_words(candidates):
    """The stems that many of the candidate events say ("visit", "forces" in a timeline
    of visits and forces): sharing one tells none of them apart."""
    counts = {}
    for event in candidates:
        for word in event.words:
            counts[word] = counts.get(word, 0) + 1
    most = max(COMMON_EVENTS, COMMON_SHARE * len(candidates))
    return {word for word, n in counts.items() if n >= most}


def _wording(text):
    """``text``'s words, lower-case, one space apart and around: a quotation is found in it
    whatever its marks, case and punctuation."""
    return f" {' '.join(QUOTED_WORD.findall(text.lower()))} "


def _quoted(proposal):
    """The quotations of the proposal's sentence of QUOTED_WORDS words or more, each as
    written (its marks left out) and as ``_wording`` gives it."""
    written = [
        proposal.quote[part.start + 1 : part.end - 1].strip() for part in quotations(proposal.quote)
    ]
    return [
        (text, _wording(text)) for text in written if len(QUOTED_WORD.findall(text)) >= QUOTED_WORDS
    ]


def _words(proposal):
    """The stems of what the proposal's sentence says besides its names, the titles it
    gives people, its date, the words that gave it its kind of event ("visited",
    "посетивший", weighed with the kind) and how it is reported; and those of the clause
    that says what the fact is (``_clause_of_the_fact``)."""
    quote = list(proposal.quote)
    for mention in proposal.mentions:
        start = max(mention.start - proposal.start, 0)
        quote[start : mention.end - proposal.start] = " " * (mention.end - mention.start)
    text = "".join(quote)
    cue = CUES.get(proposal.event_type)
    clause = _clause_of_the_fact(proposal, text, cue)
    roles = stems(" ".join(mention.role for mention in proposal.mentions))

    def said(text):
        if proposal.date_text:
            text = text.replace(proposal.date_text, " ")
        if cue:
            text = cue.sub(" ", text)
        return {word for word in stems(text) if not re.fullmatch(r"\d+", word)} - roles - NOT_WHAT

    return said(text), said(clause)


def _clause_of_the_fact(proposal, text, cue):
    """The part of ``text`` that says what the proposal's fact is when the rest of the
    sentence tells another: the clause of its date ("посетивший Москву 7–8 апреля"), or,
    with no date of its own, that of the word that gave it its kind ("The trip, …, comes a
    week after seven states joined"). What someone said is the fact of a statement,
    wherever its date stands ("Ivanov, speaking in Oslo on Sunday, called …")."""
    if proposal.event_type in SAID_KINDS:
        return text
    at = proposal.quote.find(proposal.date_text) if proposal.date_text else -1
    if at >= 0:
        return clause_around(text, at, at + len(proposal.date_text))
    found = cue.search(text) if cue and not proposal.date_text else None
    return clause_around(text, found.start(), found.end()) if found else text


def _kind_points(kind, event_kind):
    if kind == event_kind:
        return SAME_TYPE
    if Event.Type.STATEMENT in (kind, event_kind) and {kind, event_kind} <= SAID_KINDS:
        return 0
    return OTHER_TYPE


def _date_agreement(first, last, event_first, event_last):
    """The points needed beyond MIN_SCORE and the words saying how closely the dates
    agree; None when a period of years meets one of a month or less."""
    widths = sorted(((last - first).days + 1, (event_last - event_first).days + 1))
    for most, extra, words in DATE_AGREEMENT:
        if widths[1] <= most:
            return extra, words
    if widths[0] <= DATE_AGREEMENT[1][0]:
        return None
    return YEARS


def _matches(proposal, candidates, common, common_words):
    first, last = _period(proposal.date)
    linked = _linked(proposal)
    words, clause_words = _words(proposal)
    names = {(m.kind, m.slug): m.text for m in proposal.mentions if m.slug}
    occurred = proposal.status == Event.Status.OCCURRED
    speakers = speakers_of(proposal) if proposal.event_type in SAID_KINDS else set()
    quoted = _quoted(proposal)
    matches = []
    for event in candidates:
        event_first, event_last = _period(event.date)
        if event_first > last or event_last < first:
            continue
        said = event.event_type in SAID_KINDS and proposal.event_type in SAID_KINDS
        if said and not speakers & event.linked["person"]:
            continue  # what someone else said, or no one named: not their statement
        if event.date.qualifier == DateQualifier.NO_LATER_THAN:
            # An event known to have happened "by" a day: how far before that day the fact
            # lies, not the whole year before it, says how closely the dates agree; the
            # same after the day for one "not before" it.
            event_first = max(event_first, first)
        elif event.date.qualifier == DateQualifier.NO_EARLIER_THAN:
            event_last = min(event_last, last)
        fact_first, fact_last = first, last
        if proposal.date.qualifier == DateQualifier.NO_LATER_THAN:
            # The same for a fact "by" a day (news copy's undated fact, "by" the day it is
            # published) or "not before" it (its undated plan): how far from that day the
            # event lies; yet no closer than within a month, since the fact gives no day.
            fact_first = max(first, event_first)
        elif proposal.date.qualifier == DateQualifier.NO_EARLIER_THAN:
            fact_last = min(last, event_last)
        agreement = _date_agreement(fact_first, fact_last, event_first, event_last)
        if agreement is None:
            continue
        if proposal.date.qualifier in SINGLE_BOUNDS:
            agreement = max(agreement, DATE_AGREEMENT[1][1:])
        extra, how_close = agreement
        shared = [
            (kind, slug) for kind in WEIGHTS for slug in sorted(linked[kind] & event.linked[kind])
        ]
        same_kind = event.event_type == proposal.event_type
        same_day = same_kind and _holds_the_day(proposal.date, event.date)
        only_common = all(record in common for record in shared)
        same_words = next((written for written, words in quoted if words in event.wording), "")
        if not shared or (only_common and not same_day and not same_words):
            continue  # only common places and organizations: nothing tells it apart
        weak = [record for record in shared if record in common or record[0] == "organization"]
        evidence = Evidence(
            points={names[record]: WEIGHTS[record[0]] for record in shared if record not in weak},
            common=[names[record] for record in weak],
            kind=_kind_points(proposal.event_type, event.event_type),
            day=SAME_DAY if same_day and only_common else 0,
            quoted=same_words,
            status=0 if (event.status == Event.Status.OCCURRED) == occurred else OTHER_STATUS,
            telling=sorted((words & event.words) - common_words),
            said=sorted(words & event.words),
            many_words=len(clause_words) >= NO_WORDS,
        )
        if proposal.event_type in SAID_KINDS and evidence.many_words and not evidence.said:
            # What it says is the fact, and it shares no word with what the event says:
            # the same speaker on the same day said something else.
            continue
        needed = MIN_SCORE + extra
        if evidence.score >= needed:
            reason = _reason(event, proposal, how_close, needed, evidence)
            match = EventMatch(event.slug, event.title, event.display_date, evidence.score, reason)
            matches.append((match, evidence.status))
    # Of two events as likely, one of the fact's status comes first.
    matches.sort(key=lambda found: (-found[0].score, found[1] != 0, found[0].slug))
    matches = [match for match, _status in matches[:SHOWN]]
    if matches and clear_match(matches) is None:
        rival = matches[1]
        matches[0] = replace(
            matches[0],
            reason=f"{matches[0].reason} Nearly as likely: “{rival.title}” ({rival.score:g}), "
            "so it is proposed as a new draft unless you choose an event.",
        )
    return matches


@dataclass(frozen=True)
class Evidence:
    """What a proposal and an event share, and what tells them apart."""

    points: dict  # each shared record's name and its points, common ones left out
    common: list  # the names of the organizations and common places shared
    kind: float  # SAME_TYPE, OTHER_TYPE or 0 (``_kind_points``)
    day: float  # SAME_DAY or 0
    quoted: str  # a quotation the event holds too, as the sentence writes it, or ""
    status: float  # 0 or OTHER_STATUS
    telling: list  # the telling words in common
    said: list  # every word in common, telling or not
    many_words: bool  # the clause of its date says NO_WORDS or more words

    @property
    def common_points(self):
        return COMMON if self.common else 0

    @property
    def word_points(self):
        if self.telling:
            return min(WORDS_MOST, WORD * len(self.telling))
        return NO_WORD if self.many_words and not self.said else 0

    @property
    def score(self):
        return (
            sum(self.points.values())
            + self.common_points
            + self.kind
            + self.day
            + QUOTED * bool(self.quoted)
            + self.status
            + self.word_points
        )


def _reason(event, proposal, how_close, needed, evidence):
    shared = [f"{name} ({value:g})" for name, value in evidence.points.items()]
    if evidence.common:
        shared.append(f"{', '.join(evidence.common)} ({COMMON:g} in all)")
    if evidence.quoted:
        shared.append(f"the words quoted “{evidence.quoted}” ({QUOTED:g})")
    if evidence.day:
        kind = f"; the same kind of event ({SAME_TYPE:g}) on the same day ({SAME_DAY:g})"
    elif evidence.kind == SAME_TYPE:
        kind = f"; the same kind of event ({SAME_TYPE:g})"
    elif not evidence.kind:
        kind = "; a statement, which the event's kind of statement may be (0)"
    else:
        kind = f"; another kind of event ({OTHER_TYPE:g})"
    if evidence.status:
        kind += f"; {event.get_status_display().lower()}, not {proposal.status} ({OTHER_STATUS:g})"
    if evidence.telling:
        said = f"; words in common: {', '.join(evidence.telling)} ({evidence.word_points:g})"
    elif evidence.said:
        said = f"; words in common that tell nothing apart: {', '.join(evidence.said)} (0)"
    elif evidence.word_points:
        said = f"; no words in common besides names ({evidence.word_points:g})"
    else:
        said = ""
    return (
        f"Dated {event.display_date}, which overlaps {proposal.date.display} "
        f"({how_close}: {needed:g} points needed); shares {', '.join(shared)}{kind}{said}: "
        f"{evidence.score:g} points."
    )
