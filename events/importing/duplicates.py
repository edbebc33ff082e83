"""Which existing events the proposed facts likely report already, and which proposals
of one article report the same fact again.

An event is offered as the one a proposal reports only when the evidence says so, as a
careful editor would weigh it (docs/import.md, "Duplicates"):

- when: their periods must overlap, and the less closely the dates pin the fact down (a
  month, a year, "by" the publication date), the more of the rest is needed; a period
  of years never matches an event of days or weeks, nor the reverse;
- who and where: people and agreements shared count most; a place or organization
  counts for little when it is common (NATO or a state such as Russia, one in many
  events, such as a capital, or one the whole article is about), and sharing only such
  ones proves nothing;
- what: the same kind of event, and the words the proposal's sentence says besides its
  names and its date, compared with the event's title, summary and quotes.

Drafts count too, since the most likely duplicate of an imported fact is one imported
from another article and not yet published. When the best two candidates are nearly
tied, no event is chosen for the editor (``clear_match``): the fact becomes a draft
unless they choose one.
"""

import re
from dataclasses import dataclass, replace
from datetime import timedelta

from django.db.models import Count, Prefetch, Q

from events.dates import DateQualifier
from events.kinds import BY_PARAM
from events.models import Citation, Event, Organization
from events.search import stems

from .calendar_words import MONTHS, WEEKDAYS
from .cues import EVENT_CUES

# Points for each shared record and for the same kind of event; a match needs MIN_SCORE,
# and more when the dates agree only loosely (DATE_AGREEMENT).
WEIGHTS = {"person": 2, "agreement": 2, "place": 1, "organization": 0.5}
SAME_TYPE = 1
MIN_SCORE = 3
# A place or organization that nearly every event of the timeline could name: NATO, a
# state as a party (Russia), or one linked to many events (a capital, the seat of NATO).
COMMON = 0.5
COMMON_KINDS = {
    "place": set(),
    "organization": {Organization.Kind.ALLIANCE, Organization.Kind.STATE},
}
COMMON_SHARE = 0.1  # in at least this share of the events (and COMMON_EVENTS of them)
COMMON_EVENTS = 3
# Each word the sentence shares with the event's texts, up to WORDS_MOST; none shared of
# the NO_WORDS or more it has is evidence that it tells something else.
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
# "By" a day: at some time in the year before it.
BY_DAY = timedelta(days=366)
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
CUES = dict(EVENT_CUES)


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
    if len(matches) > 1 and matches[0].score - matches[1].score < TIE:
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
    if not proposals or not (wanted["person"] or wanted["agreement"] or wanted["place"]):
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
        )
        .distinct()
        .only(
            "slug",
            "title_en",
            "title_ru",
            "summary_en",
            "summary_ru",
            "event_type",
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
        event.words = stems(
            " ".join(
                [event.title_en or "", event.title_ru or "", event.summary_en or ""]
                + [event.summary_ru or ""]
                + [citation.quote for citation in event.citations.all()]
            )
        )
    common = _common_records(wanted) | _article_subjects(proposals)
    for proposal in proposals:
        proposal.matches = _matches(proposal, candidates, common)


def find_repeated_facts(proposals):
    """Set ``same_as`` on each proposal that reports the fact of an earlier one.

    News copy tells its main fact in the lead and again, with detail, further down; both
    sentences cite one event. Judged as against an existing event, with the same kind
    of event and the same status required: a signing planned is not a signing done.
    """
    for index, proposal in enumerate(proposals):
        first, last = _period(proposal.date)
        linked = _linked(proposal)
        for earlier_index, earlier in enumerate(proposals[:index]):
            if earlier.same_as is not None or (earlier.event_type, earlier.status) != (
                proposal.event_type,
                proposal.status,
            ):
                continue
            earlier_first, earlier_last = _period(earlier.date)
            if earlier_first > last or earlier_last < first:
                continue
            shared = {kind: len(linked[kind] & _linked(earlier)[kind]) for kind in WEIGHTS}
            if _score(shared, same_type=True) >= MIN_SCORE and _concrete(shared):
                proposal.same_as = earlier_index
                break


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
    only what happened in the year before is taken as the same."""
    last = date.last_day
    if date.qualifier == DateQualifier.NO_LATER_THAN:
        return last - BY_DAY, last
    return date.start, last


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


def _words(proposal):
    """The stems of what the proposal's sentence says besides its names, the titles it
    gives people, its date, its kind of event and how it is reported."""
    quote = list(proposal.quote)
    for mention in proposal.mentions:
        start = max(mention.start - proposal.start, 0)
        quote[start : mention.end - proposal.start] = " " * (mention.end - mention.start)
    text = "".join(quote)
    if proposal.date_text:
        text = text.replace(proposal.date_text, " ")
    if proposal.event_type in CUES:
        text = CUES[proposal.event_type].sub(" ", text)
    roles = stems(" ".join(mention.role for mention in proposal.mentions))
    return {word for word in stems(text) if not re.fullmatch(r"\d+", word)} - roles - NOT_WHAT


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


def _matches(proposal, candidates, common):
    first, last = _period(proposal.date)
    linked = _linked(proposal)
    words = _words(proposal)
    names = {(m.kind, m.slug): m.text for m in proposal.mentions if m.slug}
    matches = []
    for event in candidates:
        event_first, event_last = _period(event.date)
        if event_first > last or event_last < first:
            continue
        if event.date.qualifier == DateQualifier.NO_LATER_THAN:
            # An event known to have happened "by" a day: how far before that day the fact
            # lies, not the whole year before it, says how closely the dates agree.
            event_first = max(event_first, first)
        agreement = _date_agreement(first, last, event_first, event_last)
        if agreement is None:
            continue
        extra, how_close = agreement
        points = {}  # each shared record's name and its points
        for kind in WEIGHTS:
            for slug in sorted(linked[kind] & event.linked[kind]):
                points[names[kind, slug]] = COMMON if (kind, slug) in common else WEIGHTS[kind]
        if not any(
            (kind, slug) not in common
            for kind in WEIGHTS
            for slug in linked[kind] & event.linked[kind]
        ):
            continue  # only common places and organizations: nothing tells it apart
        same_type = event.event_type == proposal.event_type
        shared_words = sorted(words & event.words)
        if shared_words:
            word_points = min(WORDS_MOST, WORD * len(shared_words))
        else:
            word_points = NO_WORD if len(words) >= NO_WORDS else 0
        score = sum(points.values()) + SAME_TYPE * same_type + word_points
        needed = MIN_SCORE + extra
        if score >= needed:
            reason = _reason(
                event, proposal, how_close, needed, points, same_type, shared_words, word_points
            )
            matches.append(EventMatch(event.slug, event.title, event.display_date, score, reason))
    matches.sort(key=lambda match: (-match.score, match.slug))
    matches = matches[:SHOWN]
    if matches and clear_match(matches) is None:
        rival = matches[1]
        matches[0] = replace(
            matches[0],
            reason=f"{matches[0].reason} Nearly as likely: “{rival.title}” ({rival.score:g}), "
            "so it is proposed as a new draft unless you choose an event.",
        )
    return matches


def _reason(event, proposal, how_close, needed, points, same_type, shared_words, word_points):
    shared = ", ".join(f"{name} ({value:g})" for name, value in points.items())
    kind = f"; the same kind of event ({SAME_TYPE})" if same_type else ""
    if shared_words:
        said = f"; words in common: {', '.join(shared_words)} ({word_points:g})"
    elif word_points:
        said = f"; no words in common besides names ({word_points:g})"
    else:
        said = ""
    score = sum(points.values()) + SAME_TYPE * same_type + word_points
    return (
        f"Dated {event.display_date}, which overlaps {proposal.date.display} "
        f"({how_close}: {needed:g} points needed); shares {shared}{kind}{said}: "
        f"{score:g} points."
    )
