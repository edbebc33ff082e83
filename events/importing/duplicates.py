"""Which existing events the proposed facts likely report already, and which proposals
of one article report the same fact again.

An event is a likely match when its period overlaps the proposal's and it shares
people, places or agreements with it. Organizations count for little: NATO and Russia
are in nearly every event. Drafts count too, since the most likely duplicate of an
imported fact is one imported from another article and not yet published.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Prefetch, Q

from events.dates import DateQualifier
from events.kinds import BY_PARAM
from events.models import Event

# Points for each shared record and for the same kind of event; a match needs MIN_SCORE.
WEIGHTS = {"person": 2, "agreement": 2, "place": 1, "organization": 0.5}
SAME_TYPE = 1
MIN_SCORE = 3
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


@dataclass(frozen=True)
class EventMatch:
    slug: str
    title: str
    display_date: str
    score: float
    reason: str


def find_likely_duplicates(proposals):
    """Set each proposal's ``matches``: the events it likely reports, best first.

    One query for the candidate events of the whole article, and one per kind of link.
    """
    wanted = {kind: set() for kind in WEIGHTS}
    for proposal in proposals:
        for kind, slugs in _linked(proposal).items():
            wanted[kind] |= slugs
    if not proposals or not (wanted["person"] or wanted["agreement"] or wanted["place"]):
        return
    first = min(_period(proposal)[0] for proposal in proposals)
    last = max(_period(proposal)[1] for proposal in proposals)
    candidates = list(
        Event.objects.filter(start_date__lte=last, start_date__gte=first - LOOK_BACK)
        .filter(
            Q(people__slug__in=wanted["person"])
            | Q(agreements__slug__in=wanted["agreement"])
            | Q(places__slug__in=wanted["place"])
        )
        .distinct()
        .only(
            "slug",
            "title",
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
            )
        )
    )
    for event in candidates:
        event.linked = {
            kind: {row.slug for row in getattr(event, name).all()} for kind, name in LINKS.items()
        }
    for proposal in proposals:
        proposal.matches = _matches(proposal, candidates)


def find_repeated_facts(proposals):
    """Set ``same_as`` on each proposal that reports the fact of an earlier one.

    News copy tells its main fact in the lead and again, with detail, further down; both
    sentences cite one event. Judged as against an existing event, with the same kind
    of event and the same status required: a signing planned is not a signing done.
    """
    for index, proposal in enumerate(proposals):
        first, last = _period(proposal)
        linked = _linked(proposal)
        for earlier_index, earlier in enumerate(proposals[:index]):
            if earlier.same_as is not None or (earlier.event_type, earlier.status) != (
                proposal.event_type,
                proposal.status,
            ):
                continue
            earlier_first, earlier_last = _period(earlier)
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


def _period(proposal):
    """First and last day the proposal may refer to. "By" the publication date means
    at some time before it: only what happened in the year before is taken as the same."""
    last = proposal.date.last_day
    if proposal.date.qualifier == DateQualifier.NO_LATER_THAN:
        return last - timedelta(days=366), last
    return proposal.date.start, last


def _matches(proposal, candidates):
    first, last = _period(proposal)
    linked = _linked(proposal)
    matches = []
    for event in candidates:
        if event.start_date > last or event.date.last_day < first:
            continue
        shared = {kind: len(linked[kind] & event.linked[kind]) for kind in WEIGHTS}
        same_type = event.event_type == proposal.event_type
        score = _score(shared, same_type)
        if score >= MIN_SCORE and _concrete(shared):
            matches.append(
                EventMatch(
                    event.slug,
                    event.title,
                    event.display_date,
                    score,
                    _reason(event, shared, same_type, proposal),
                )
            )
    matches.sort(key=lambda match: (-match.score, match.slug))
    return matches[:SHOWN]


def _reason(event, shared, same_type, proposal):
    parts = [f"{n} {kind if n == 1 else kind + 's'}" for kind, n in shared.items() if n]
    same = ", and is the same kind of event" if same_type else ""
    return (
        f"Dated {event.display_date}, which overlaps {proposal.date.display}; shares "
        f"{', '.join(parts)}{same}."
    )
