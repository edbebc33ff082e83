"""From an article's text to proposed events: one per dated fact, each quoting its sentence.

The pipeline reads the text once: it splits it into sentences (exact offsets), finds
the entity mentions of the whole article (so that "Ivanov" can be resolved from an
earlier "Defence Minister Sergei Ivanov"), then walks the sentences in order, keeping
the last day named so that "the next day" has something to count from, and the day the
last dateline gives, which "yesterday" and "on Wednesday" count from. A sentence
gives a proposal per date it names; a sentence that names none but reports an event
(a verb such as "signed" or "met", and someone or something named) gives one dated
"by" the publication date, as the site's rules ask. A list item is a sentence of its own,
read as completing the sentence ending in a colon that introduces its list ("the council
will: - hold an exercise in March;"). A date in a relative clause (", which joined NATO
on 29 March") dates what that clause says, not the main clause's fact.

What a sentence says did not or need not happen ("Russia did not sign …", "would have
signed", "if …") is never proposed as a fact: a date it governs is left out (the sentence
is then proposed as what was reported, "by" the publication date), its verb gives no
event type ("refused to sign" is an objection, not a signing), and the note names it.
"""

import re
from dataclasses import asdict, dataclass, field, replace
from datetime import date as date_type
from itertools import pairwise

from django.utils.translation import gettext, ngettext

from events.dates import (
    SINGLE_BOUNDS,
    DatePrecision,
    DateQualifier,
    PartialDate,
    truncate,
)
from events.models import Event, Language

from .calendar_words import MONTHS, WEEKDAYS
from .cues import (
    GATHERINGS_AND_VISITS,
    event_type_at,
    event_type_of,
    event_type_of_clause,
    event_type_recalled,
    names_an_occasion,
    only_present,
    says_an_act,
    shares_stem,
)
from .datelines import find_lead_in
from .duplicates import (
    SAID_KINDS,
    EventMatch,
    clear_match,
    find_likely_duplicates,
    find_repeated_facts,
    person_key,
    speakers_of,
)
from .entities import MEDIA_NOUNS, NEWS_NAME_WORDS, Mention, find_mentions
from .entities_ru import TITLE_NOMINATIVES, norm
from .headlines import deck, headline_year
from .modality import (
    COUNTERFACTUAL,
    NEGATED,
    NOT_PRESENT_AFTER,
    WITHDRAWN,
    YARDSTICK,
    Reported,
    appositions,
    blank,
    carries_out_its_plan,
    clause_around,
    ends_in_a_verb,
    following_verb,
    hedges,
    hedges_at,
    in_the_present,
    quotations,
    relative_clauses,
    reported_content,
    reports_an_act,
    reports_in_the_past,
    reports_something,
    said_not_asserted,
    same_verb,
    says_what_is_to_come,
    status_at,
    status_of,
    talked_of,
    tells_the_past_first,
    told_in_the_past,
    unreal_at,
    unreal_phrases,
    verb_follows,
    without_unreal,
)
from .names import FEMININE_GIVEN_KEYS, MASCULINE_GIVEN_KEYS, fold_word, name_key, word_set
from .sentences import (
    ENTRY_DATE_END,
    NOTE_MARKER,
    dated_entries,
    list_items,
    notes,
    split_sentences,
    table_rows,
)
from .temporal import (
    ANNIVERSARY_COLUMN,
    PAST_PERFECT,
    Story,
    act_dated_next,
    following_phrase,
    of_the_day,
    read_dates,
)
from .temporal_ru import names_a_thing as _names_a_thing_ru

TITLE_LENGTH = 110
# "the 1997 Founding Act": a year naming something, not dating the sentence's fact.
YEAR_AS_NAME = re.compile(r"(?!\t|  )\s+[A-Z][a-z]")  # a table's cell gap joins nothing


@dataclass
class Proposal:
    """A dated fact proposed from one sentence of an article, for the editor to review."""

    quote: str
    start: int  # offsets of the quote in the article's text
    end: int
    title: str
    event_type: str
    status: str
    date: PartialDate
    # The sentence's words that gave the date; None when it has none of its own: "by"
    # publication, or the date the next sentence gives its act (``_date_by_the_next``).
    date_text: str | None
    date_note: str
    mentions: list = field(default_factory=list)  # entities.Mention, in text order
    matches: list = field(default_factory=list)  # duplicates.EventMatch, best first
    same_as: int | None = None  # the earlier proposal of the article reporting this fact

    @property
    def matched_event(self):
        """The event it likely reports, unless none does or two nearly tie (the editor
        then chooses among ``matches``)."""
        return clear_match(self.matches)


def propose(text, published, gazetteer, match_events=True, language=Language.ENGLISH, title=""):
    """The proposals for ``text`` published on ``published``, in text order.

    ``gazetteer`` holds the records mentions are matched against; with
    ``match_events`` each proposal also names the existing events it likely reports.
    ``language`` (the article's) chooses the rules its dates and verbs are read by.
    ``title`` is the headline, whose year a retrospective's dates without one are of.
    """
    mentions = find_mentions(text, gazetteer, published)
    proposals = []
    # The dates named so far, which "the next day" counts from, and the day the last dated
    # dateline gives, which "yesterday" counts from; the headline's year until the body
    # names another.
    story = Story(
        published,
        language,
        year=headline_year(title, text, published),
        anniversary=bool(ANNIVERSARY_COLUMN.search(f"{title}\n{text}")),
    )
    lead_in = None  # the last dateline, label or timestamp read
    heading = None  # the last heading that is a date ("Saturday 27 June"), and its day
    entry = None  # the live-blog entry the sentence is in
    first_stamp = True  # no timestamp read yet
    label = None  # the digest's day label of the item the sentence is in
    asked = -1  # where the interviewer's turn the sentence may be in ends
    items = list_items(text)
    rows = table_rows(text) | dated_entries(text)
    speakers = _has_speakers(text)
    # the story's notes, its author's, and its deck, which sums up what the body tells
    in_notes = notes(text) + _author_notes(text) + deck(text)
    subject = Antecedent(text, language)  # whom "he" or "she" stands for
    waiting = []  # the last sentence's plans with no date of their own, for the next to date
    # The proposals of the last sentence that gave any, whose date the next may go on
    # with ("The ceremony took place in the palace" between them gives none).
    before = []
    reported_on = set()  # the days the story reported from: its publication's, its datelines'
    for start, end in split_sentences(text):
        if any(left <= start < right for left, right in in_notes):
            continue  # a footnote, a source cited or the author's note, not the story
        # A list item completes the sentence ending in a colon that introduces its list.
        introduction = _introduction(text, items[start]) if start in items else ""
        complete = start in items and (items[start] is not None or text[end - 1] == ";")
        # a table's row or a chronology's entry: a date and what happened
        complete = complete or start in rows
        at_head = start == _line_start(text, start) or start in items  # a line's, or an item's
        found = at_head and find_lead_in(text, start)
        if found and not _said_by_organization(found, mentions) and not _in_a_caption(text, start):
            lead_in, story.filed = found, found.day_given(published, story.filed) or story.filed
            date_line = not (found.place or found.agency or found.time or found.edited)
            if story.filed and found.day and date_line:
                heading = (found.text, story.filed)  # it also heads a live blog's entries
            if found.names_a_speaker:
                asked = _turn_end(text, found.end) if _asks(text, found) else -1
                subject.people = []  # another speaker's turn, as a quotation
            if found.time and not (first_stamp and _the_story_s_own_stamp(text, found)):
                entry = _entry(text, found, heading, story.filed, published)
                story.filed = entry.day if heading else story.filed
            first_stamp = first_stamp and not found.time
            if found.dates_item:
                label = _label(text, found, end, published, language, label)
                if label:  # the day in play, which "the day before" counts from
                    story.name(label.date)
        elif at_head and _DASHED_TURN.match(text, _line_start(text, start)):
            asked = _turn_end(text, start) if _asks(text, None, start) else -1
            subject.people = []
        if lead_in and lead_in.start <= start < lead_in.end:
            start = lead_in.end  # a dateline, label or timestamp is no part of the quote
        if entry and start >= entry.end:
            entry = None
        if label and start >= label.end:
            label = None
        if start >= end:
            continue
        sentence = text[start:end]
        read = introduction + sentence
        read_here = [
            d
            for d in read_dates(read, story)
            if d.start >= len(introduction)
            and not _names_a_thing(read, d, language)
            and not _the_speaker_s_own_time(read, d, language)
        ]
        if (
            story.year
            and start >= story.year.body_start
            and _names_another_year(read_here, story.year.year)
        ):
            story.year = None
        dates = [d for d in read_here if not d.reference]  # "since 2002" in "the first since 2002"
        dates = _without_restated(read, dates)
        told_again = _date_by_the_next(waiting, text, start, sentence, dates, story.today, language)
        waiting = []
        in_sentence = [m for m in mentions if start <= m.start and m.end <= end]
        in_sentence += subject.stood_for(start, end, in_sentence)
        in_sentence = sorted(in_sentence + _place_of_here(sentence, lead_in, mentions), key=_at)
        mentions_here = [replace(m, start=m.start - start, end=m.end - start) for m in in_sentence]
        aside = (
            _about_the_story(sentence)
            or _signs_off(sentence)
            or (not speakers and _in_the_first_person(sentence))
            or _recommends(introduction, sentence, speakers)
            or _births_and_deaths(sentence)
            or _AN_AGE_REACHED.search(sentence)
            or _NO_COMMENT.match(sentence)
            or _in_a_caption(text, start)
            or _tells_a_habit(sentence, dates, dated=bool(label or entry))
            or _attributes_a_quote(text, start, sentence, language)
            or _sources_the_news(sentence, in_sentence)
            or (not dates and _a_commentator_s_view(sentence, language))
            or _an_unnamed_source_s_view(
                sentence, [d.start - len(introduction) for d in dates], mentions_here, language
            )
            or (not dates and _AN_EXPLANATION.match(sentence))
            or (not dates and _A_STATE_NOW.match(sentence))
            or (not dates and _A_MOOD.match(sentence))
            or _commentators_forecast(
                sentence, [d.start - len(introduction) for d in dates], language
            )
            or _AUTHOR_S_VIEW.match(sentence)
            or (not dates and _what_would_follow(sentence, language))
            or (start < asked and not dates and not _reports_someone(text, start, in_sentence))
            or (speakers and _FORMALITY.match(sentence))
        )
        # "Relations have been tense since February, when Putin accused …": only the act
        # the date's clause of time tells, on that date.
        typed_from = 0
        if dated_when := _a_when_clause_dated(read, read_here, len(introduction), language):
            named, dated = dated_when
            dates, aside = sorted([*(d for d in dates if d is not named), dated], key=_at), False
            typed_from = dated.start if dates == [dated] else 0  # the other dates' own words
        # The author's advice, or a description, is no fact; what a relative clause of it
        # says may be one.
        advice = not speakers and _advises(
            sentence, [d.start - len(introduction) for d in dates], language
        )
        # An opinion or a state, a live blog's own doings: no fact but what a relative clause
        # tells ("experts fear the treaty, signed in Prague in 2010, may be next").
        description = (
            _LIVE_BLOG_ITSELF.match(sentence)
            or (not dated_when and _describes_a_mind_or_state(sentence))
            or _only_describes(
                sentence, mentions_here, [d.start - len(introduction) for d in dates], language
            )
        )
        # A live blog's entry is the story's text, never a headline, however short: "15:35
        # Bush leaves for Washington."
        fact = _is_fact(sentence, least_words=1 if entry else 5, dated=bool(dates))
        fact = fact and not _in_a_heading(text, start, end)
        if (complete or fact) and not aside:
            # what has no date of its own is of the day the story reports from: its
            # dateline's ("PARIS, May 27"), else its publication's
            reported_on.add(story.today)
            found = _proposals_for(
                sentence,
                start,
                end,
                dates,
                in_sentence,
                story.today,
                language,
                introduction,
                entry,
                label,
                no_main_fact=advice or description,
                typed_from=typed_from,
            )
            if lead_in and lead_in.names_a_speaker:
                for proposal in found:  # what the speaker says of themselves is theirs too
                    if _said_of_themselves(introduction + sentence, proposal, language):
                        proposal.mentions = _speakers(lead_in, mentions) + proposal.mentions
            found = _finest_of_each(found, read, dates, len(introduction), language)
            _followed_suit(found, proposals)
            _carry_on(found, before, proposals, sentence, story.today, language)
            _the_occasion_again(found, proposals, sentence)
            _at_the_gathering_there(found, proposals, text, story.today, language)
            for lead in told_again:  # "The agreement was reached on Saturday": that fact
                for proposal in found:
                    if proposal.date == lead.date:
                        proposal.same_as = next(i for i, p in enumerate(proposals) if p is lead)
            proposals.extend(_no_earlier_than(found, read_here))
            waiting = [p for p in found if _dated_by_publication(p)]
            before = found or before
            if at_head and not label:
                label = _chronology_row(text, start, dates, published, len(introduction))
        elif day := _heading_day(text, start, end, dates, published):
            heading = (sentence, day)
        story.tell(read_here)
    find_repeated_facts(proposals, text)
    if match_events:
        find_likely_duplicates(proposals)
    return _dated_or_done(proposals, reported_on)


# "in Lisbon", «в Лиссабоне»: where something is done.
_IN_A_PLACE = re.compile(r"(?i:\b(?:in|at)\s+(?:the\s+)?|(?<![\w-])(?:в|во|на)\s+)$")


def _at_the_gathering_there(found, proposals, text, published, language):
    """Date each of ``found`` with no date of its own whose main clause is done in a
    place where one of ``proposals`` held a summit or a conference, alike done (and told
    in the past) or to come, by it: "the allies will adopt a new Strategic Concept in
    Lisbon" after "a summit in Lisbon on 19-20 November", «Медведев в Лиссабоне ясно
    сказал» after the summit there «в субботу». Not a meeting's place, where those who work
    there say and do much else ("told reporters in Brussels"), nor a place a clause said of
    something names ("refuse to follow until Russia honours pledges made in Istanbul")."""

    def key(place):
        return place.slug or name_key(place.proposed_name or place.text)

    def done_there(proposal, place):
        """Whether the main clause of ``proposal`` is done "in" ``place``, told as done."""
        at, until = place.start - proposal.start, place.end - proposal.start
        in_main = not any(c.holds(at) for c in relative_clauses(proposal.quote, language))
        told = proposal.status != Event.Status.OCCURRED or told_in_the_past(
            proposal.quote, at, until, language
        )
        return in_main and told and bool(_IN_A_PLACE.search(text, 0, place.start))

    for proposal in found:
        if not _dated_by_publication(proposal) or proposal.same_as is not None:
            continue
        where = {key(m) for m in proposal.mentions if m.kind == "place" and done_there(proposal, m)}
        gatherings = [
            p
            for p in proposals
            if p.status == proposal.status
            and not _dated_by_publication(p)
            and any(
                key(m) in where and (p.event_type == Event.Type.CONFERENCE or _a_summit_there(p, m))
                for m in p.mentions
                if m.kind == "place"
            )
        ]
        if not gatherings:
            continue
        held = gatherings[-1]
        qualifier = DateQualifier.WITHIN if held.date.end else DateQualifier.EXACT
        proposal.date = replace(held.date, qualifier=qualifier)
        proposal.date_note = (
            f"No date of its own: done where the summit or conference the story dated met, so "
            f"{proposal.date.display}."
        )


def _a_summit_there(proposal, place):
    """Whether ``proposal`` (a meeting, say) names a summit or conference held in ``place``:
    "stepped into the NATO-Russia Council summit in Lisbon on Saturday"; not "met in
    Brussels, their first since the Warsaw summit"."""
    return bool(
        re.search(
            rf"(?i:\b(?:summit|conference)|(?<![\w-])(?:саммит|конференци)[а-яё]*)\s+"
            rf"(?:[\w-]+\s+){{0,3}}?(?i:in|at|в|во|на)\s+{re.escape(place.text)}",
            proposal.quote,
        )
    )


# An occasion named as the subject, not what was done at it ("During the meeting", «На
# встрече»): "The talks", «Заседание».
_AS_A_SUBJECT = re.compile(
    r"(?i:the|this|that)\s"
    r"|(?!(?:На|В|Во|После|До|Перед|Накануне|За|С|Со|По|При|Через|От|К|Ко|Для)\s)[А-ЯЁ]"
)
# A date heading its sentence as a label: "August 2008 - …", "2002: …".
_LABEL_DASH = re.compile(r"\s*(?:[-\u2013\u2014:])\s")


def _finest_of_each(found, read, dates, body_start, language):
    """``found``, the proposals of one sentence (``read``, from ``body_start`` on, whose
    ``dates`` they have), without those another of the same kind and status dates within
    their own date, by the same verb or under it as a label: "head to Kazakhstan next week
    …, on 1–2 December", "August 2008 - … ministers decide on Aug. 19" are one fact, on
    its finer date; the first of two alike."""
    read_at = {d.text: d for d in dates}
    clauses = relative_clauses(read, language)

    def clause_of(mention):  # "…, before travelling to Kiev at the end of the week": its own
        return next((c for c in clauses if c.holds(mention.start)), None)

    def within(fine, coarse):
        one, other = read_at.get(fine.date_text), read_at.get(coarse.date_text)
        if not (one and other) or clause_of(one) != clause_of(other):
            return False
        labelled = not read[body_start : other.start].strip() and _LABEL_DASH.match(read, other.end)
        return (
            coarse.date.start <= fine.date.start
            and fine.date.last_day <= coarse.date.last_day
            and bool(labelled or same_verb(read, one, other, language))
        )

    kept = []
    for index, proposal in enumerate(found):
        bounded = proposal.date.qualifier in SINGLE_BOUNDS or not proposal.date_text
        twins = [
            other
            for at, other in enumerate(found)
            if other is not proposal
            and other.date_text
            and other.date.qualifier not in SINGLE_BOUNDS
            and (other.event_type, other.status) == (proposal.event_type, proposal.status)
            and within(other, proposal)
            and (other.date != proposal.date or at < index)
        ]
        if bounded or not twins:
            kept.append(proposal)
    return kept


# Doing what another did: "… and the Turkish parliament followed suit last Thursday",
# «Анкара последовала их примеру».
_FOLLOWED_SUIT = re.compile(
    r"(?i:\bfollow(?:ed|s)?\s+suit\b|\bdid\s+(?:the\s+)?same\b|\bdid\s+likewise\b|"
    r"(?<![\w-])последова(?:л|ла|ли|ло)\s+(?:[а-яё]+\s+)?примеру)"
)


def _followed_suit(found, proposals):
    """Give the last of ``found`` (the proposals of one sentence) that says only that it
    did what another did ("… and Ankara followed suit last Thursday") the kind of that
    act: the proposal before it in the sentence, else in the story."""
    if not found or not _FOLLOWED_SUIT.search(found[-1].quote):
        return
    *before, last = [*proposals, *found]
    if last.event_type == Event.Type.STATEMENT and before:
        last.event_type = before[-1].event_type


# The occasions a sentence may name again as its subject, and tell more of.
_OCCASIONS = GATHERINGS_AND_VISITS | {Event.Type.EXERCISE, Event.Type.AGREEMENT_SIGNED}


# An occasion's noun opening a sentence as its subject: "The call …", «Разговор …».
_OCCASION_SUBJECT = re.compile(
    r"(?:(?i:the|this|that)\s+)?(?P<noun>(?i:call|conversation|talks|meeting|session|visit|"
    r"summit|ceremony)|Разговор|Беседа|Встреча|Переговоры|Визит|Заседание|Саммит|Церемония)"
    r"(?![\w-])"
)


# A call is a meeting whatever words told it ("spoke by phone with").
_CALLS = word_set("call conversation разговор беседа")


def _names_again(noun, proposal):
    """Whether the occasion ``noun`` names ``proposal``'s act: by its own word, or a call
    a meeting."""
    called = noun.lower() in _CALLS and proposal.event_type == Event.Type.MEETING
    return called or shares_stem(noun, proposal.quote)


def _the_occasion_again(found, proposals, sentence):
    """Mark each of ``found`` (of ``sentence``) whose subject is an occasion named again,
    which dates it ("The talks lasted nearly eight hours", «Заседание продолжалось три
    часа»), as the same fact as the last of ``proposals`` that told that occasion."""
    opening = sentence.lstrip(" \"'\u201c\u00ab")
    for proposal in found:
        words, noun = proposal.date_text, None
        if proposal.same_as is not None or proposal.status != Event.Status.OCCURRED:
            continue
        if words is None and (subject := _OCCASION_SUBJECT.match(opening)):
            # Undated: "The call lasted an hour", «Разговор прошёл по инициативе …» after
            # the call itself, named by the same noun.
            words, noun = subject.group(), subject["noun"]
        if not words or not opening.startswith(words) or not _AS_A_SUBJECT.match(words):
            continue
        if noun is None and not names_an_occasion(words):
            continue
        told = [
            i
            for i, p in enumerate(proposals)
            if p.same_as is None
            and p.event_type in _OCCASIONS
            and (p.date == proposal.date if noun is None else _names_again(noun, p))
        ]
        if told:
            proposal.same_as = told[-1]


# "signed a landmark agreement here on Tuesday": where the story was filed; not "here is",
# "here are", nor a quotation's.
_HERE = re.compile(r"\s(?i:here)\b(?!['\u2019]s|\s+(?:is|are|was|were)\b)")


def _place_of_here(sentence, lead_in, mentions):
    """The dateline's place, as a mention, when ``sentence`` says "here" of it (no place
    of its own needed: "PARIS, May 27 - … signed a landmark agreement here on Tuesday")."""
    if lead_in is None or not lead_in.place:
        return []
    here = _HERE.search(blank(sentence, quotations(sentence)))
    if here is None:
        return []
    return [m for m in mentions if m.kind == "place" and lead_in.start <= m.start < lead_in.end][:1]


# A clause of time right after a date: "since February, when …", «с 2008 года, когда …».
_WHEN_AFTER_A_DATE = re.compile(r",\s+(?P<when>when|когда)\s")
_SINCE_WORD = re.compile(r"(?i:since|со?)\s")


def _a_when_clause_dated(read, dates, body_start, language):
    """The date of ``read`` (one of ``dates``) that a clause of time right after it tells
    the act of, and that date read at the clause's word, dating the sentence's fact, which
    that clause types, when the sentence itself says only what has been since then or
    names the date as the last time before: "Relations have been tense since February,
    when Putin accused the United States …", "the worst since 2008, when NATO froze
    contacts"; else None. "The thaw began in February 2000, when …" is read as before."""
    for mention in dates:
        if mention.start < body_start:
            continue
        if not (mention.reference or _SINCE_WORD.match(mention.text)):
            continue
        when = _WHEN_AFTER_A_DATE.match(read, mention.end)
        if when and reports_an_act(read[when.end() :], language):
            # Read at the clause's word, whose verb gives the status and the type.
            at = when.start("when")
            how = f"the clause “{when['when']} …” after it tells what was done then"
            note = f"“{mention.text}”: {how}: {mention.date.display}."
            if not mention.reference:
                note = f"{mention.note.rstrip('.')}; {how}."
            return mention, replace(
                mention, start=at, end=when.end("when"), reference=False, note=note
            )
    return None


def _dated_by_publication(proposal):
    """Whether ``proposal`` has no date of its own, only the day it was reported on: done
    "by" it, or still to come "not before" it (``_undated``)."""
    date = proposal.date
    return (
        proposal.date_text is None
        and date.precision == DatePrecision.DAY
        and date.end is None
        and date.qualifier in (DateQualifier.NO_LATER_THAN, DateQualifier.NO_EARLIER_THAN)
    )


# Kinds of event news copy dates where it tells them: undated, one is told again.
_DATED_WHERE_TOLD = frozenset(Event.Type) - {
    Event.Type.STATEMENT,
    Event.Type.OBJECTION,
    Event.Type.PROPOSAL,
    Event.Type.INTERVIEW,
}


def _dated_or_done(proposals, reported_on):
    """``proposals`` less those no fact for the timeline, once every sentence has had its
    say (``_date_by_the_next``, the occasion named again) and repeats were found: those
    still dated only by a day the story was reported on (one of ``reported_on``) that are
    a plan or forecast (an undated one describes an arrangement, a document's terms, an
    opinion) or an occasion (news copy dates a meeting, a signing or a visit where it
    tells it: undated, one is detailed again, or background). An occasion that is the
    story's first fact stays, the news of the day it was reported ("MOSCOW, Dec 16
    (Reuters) - Medvedev met Rasmussen in the Kremlin", a readout's "Dmitry Medvedev met
    with …"); so does what tells again an event on the timeline, to be merged into it,
    and a repeat within the article."""
    # the proposals a repeat is merged into, and the repeats
    merged = {i for i, p in enumerate(proposals) if p.same_as is not None for i in (i, p.same_as)}

    def no_fact(index, proposal):
        return (
            _dated_by_publication(proposal)
            and proposal.date.start in reported_on
            and (
                proposal.status != Event.Status.OCCURRED or proposal.event_type in _DATED_WHERE_TOLD
            )
            and not proposal.matches
            and index not in merged
            and (index > 0 or proposal.status != Event.Status.OCCURRED)
        )

    kept = [i for i, p in enumerate(proposals) if not no_fact(i, p)]
    renumbered = {old: new for new, old in enumerate(kept)}
    for i in kept:
        if proposals[i].same_as is not None:
            proposals[i].same_as = renumbered[proposals[i].same_as]
    return [proposals[i] for i in kept]


def _undated(published, status):
    """The date of a fact with no date of its own, reported on ``published``: done by
    that day, or, planned or expected, still to come then, not before it."""
    if status == Event.Status.OCCURRED:
        return PartialDate(published, DatePrecision.DAY, None, DateQualifier.NO_LATER_THAN)
    return PartialDate(published, DatePrecision.DAY, None, DateQualifier.NO_EARLIER_THAN)


# A paragraph's end: the next sentence goes on with another matter.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


# A sentence telling again, by a noun, the act of the one before: "The agreement was
# reached on Saturday", «Такая договорённость была достигнута в субботу».
_TOLD_AGAIN_BY_A_NOUN = re.compile(
    r"(?:The|This|That|Such\s+an?)\s+(?:agreement|accord|deal|decision|declaration|"
    r"arrangement|understanding|move)\b"
    r"|(?:Так(?:ая|ое|ой)|Эт(?:а|о|от)|Данн(?:ая|ое|ый)|Соответствующ[а-яё]+)\s+"
    r"(?:договор[её]нност[ьи]|соглашени[ея]|решени[ея]|документ|постановлени[ея]|шаг)"
    r"(?![\w-])"
)


def _tells_an_act(proposal, language):
    """Whether ``proposal`` tells an act, which a noun may tell again: one of its kind, a
    deciding or agreeing, or one a saying reports ("Russia has told Nato it is freezing all
    military co-operation"); not a saying of a view alone."""
    if proposal.event_type not in SAID_KINDS or _DECIDING.search(proposal.quote):
        return True
    said = reported_content(proposal.quote, language)
    content = " ".join(proposal.quote[part.start : part.end] for part in said)
    return event_type_of(content, language) not in (None, Event.Type.STATEMENT)


# Words that open another act between the noun telling an act again and a date: "The move
# follows Putin's signing of a treaty on 18 March", "came two days after …".
_ANOTHER_ACT_BETWEEN = re.compile(
    r"(?i:\b(?:follow\w*|after|before|since|ahead\s+of)\b"
    r"|(?<![\w-])(?:после|перед|вслед)(?![\w-]))"
)


# Deciding or agreeing, which "The agreement", "The decision", «Такая договорённость» tell
# again.
_DECIDING = re.compile(
    r"(?i:\b(?:agree|decid|declar|approv|adopt|resolv|vot|settl|conclud|reach)"
    r"|(?<![\w-])(?:договор|реши|соглас|постанов|приня|утверди|одобри))"
)


# A sentence that says when and by whom the one before was made known: «Об этом
# говорится в заявлении, опубликованном во вторник», «Об этом сообщил …».
_REPORTED_IT = re.compile(
    r"Об\s+этом\s+(?:[а-яё]+\s+){0,3}?(?:сообщ|заяв|говорит|рассказ|объяв|пиш|написал|"
    r"стало\s+известно)"
)


# "in 150 days, that is, on December 12", «через 150 суток, то есть 12 декабря»: the
# same date said again, the second time as the text means it.
_THAT_IS = re.compile(
    r"\s*,?\s*(?i:that\s+is|i\.\s*e\.|namely|то\s+есть|т\.\s*е\.|а\s+именно)\s*,?\s*"
    r"(?i:on\s+|by\s+)?"
)


def _without_restated(read, dates):
    """``dates`` without one the next restates after "that is" (``_THAT_IS``)."""
    return [
        date
        for date, following in zip(dates, [*dates[1:], None], strict=False)
        if following is None or not _THAT_IS.fullmatch(read, date.end, following.start)
    ]


def _date_by_the_next(undated, text, start, sentence, dates, today, language):
    """Date each of ``undated`` (the sentence before's proposals, with no date of their
    own) by the date ``sentence``, starting at ``start`` in ``text`` and in the same
    paragraph, gives the same act (``act_dated_next``): "He will brief reporters ahead of
    the ministers' meeting. The ministers meet on Thursday." An act done that ``sentence``
    tells again by a noun, in the next paragraph too, takes its one date ("Russia and NATO
    agreed to cooperate on missile defence. The agreement was reached on Saturday in
    Lisbon"); those so dated are returned, which that sentence's fact is the same as."""
    if undated and (noun := _TOLD_AGAIN_BY_A_NOUN.match(sentence)):
        # the date of the noun's own verb, not of what it followed ("The move came two days
        # after NATO ended its campaign") nor of a relative clause ("which began on March 24")
        clauses = relative_clauses(sentence, language)
        told = [
            d
            for d in dates
            if d.date.last_day <= today
            and not any(c.holds(d.start) for c in clauses)
            and not _ANOTHER_ACT_BETWEEN.search(sentence, noun.end(), max(d.start, noun.end()))
        ]
        done = [p for p in undated if p.status == Event.Status.OCCURRED]
        # An act such a noun can tell again, no saying: not "Vējonis thanked the allies and
        # said …" before "The decision to deploy was taken at the Warsaw summit in 2016".
        done = [p for p in done if _tells_an_act(p, language)]
        if len(told) == len(dates) == 1 and len(done) == 1:
            [lead], [mention] = done, told
            lead.date = mention.date
            lead.date_note = (
                f"No date of its own, but the next sentence tells it again and dates it "
                f"(“{mention.text}”): {mention.date.display}."
            )
            return [lead]
    if undated and _REPORTED_IT.match(sentence):
        told = [d for d in dates if d.date.last_day <= today]
        done = [p for p in undated if p.status == Event.Status.OCCURRED]
        if len(told) == len(dates) == 1 and done:
            for proposal in done:
                proposal.date = told[0].date
                proposal.date_note = (
                    f"No date of its own, but the next sentence says when it was made known "
                    f"(“{told[0].text}”): {told[0].date.display}."
                )
            return done[:1]  # what that sentence tells is the making known of it
    if undated and _PARAGRAPH_BREAK.search(text, undated[0].end, start):
        return []
    for proposal in undated:
        found = act_dated_next(
            proposal.quote, proposal.event_type, sentence, dates, today, language
        )
        # What was done can only be dated so by today: on the eve of an act still to come
        # ("held talks on the eve of the summit. The summit opens on Friday" read on Thursday).
        done = proposal.status == Event.Status.OCCURRED
        if found and not (done and found[0].start > today):
            proposal.date, proposal.date_note = found
    return []


# A sentence that goes on with the act of the one before: "The allies also agreed …",
# "In addition, …", «Кроме того, …», «Тогда же …», «Стороны также …».
# "Besides Yeltsin, …", «Помимо Ельцина, …»: others did what a person did.
_BESIDES_WORDS = r"besides|along\s+with|alongside|помимо|наряду\s+с"
_GOES_ON_WITH = re.compile(
    rf"\b(?i:also)\b|^(?i:in\s+addition|{_BESIDES_WORDS})(?![\w-])"
    r"|^(?:Кроме\s+того|Также|Тогда\s+же)(?![\w-])"
    r"|(?<![\w-])также(?![\w-])"
)
_SUBJECT_PRONOUNS = word_set("he she they он она они")
_ACCORDING_TO = re.compile(
    r"(?i:\baccording\s+to\b|(?<![\w-])по\s+(?:словам|данным|информации|сведениям)(?![\w-]))"
)
_BESIDES = re.compile(rf"(?i:{_BESIDES_WORDS})")
# Who "also" did something, as the sentence before's actors: "The allies also agreed",
# «Стороны также договорились», "They also signed".
_THE_SAME_ACTORS = re.compile(
    r"(?i:\b(?:allies|ministers|leaders|parties|sides|delegations|delegates|envoys|"
    r"lawmakers|deputies|council|alliance|they|he|she|it|we)\b|(?<![\w-])(?:стороны|"
    r"министры|лидеры|союзники|делегации|депутаты|совет|альянс|они|он|она)(?![\w-]))"
)


def _the_same_actors_go_on(proposal, earlier, said, also, language):
    """Whether the sentence ``said`` of ``proposal`` goes on with the act of ``earlier``
    through ``also`` (a match of ``_GOES_ON_WITH``): an act, no state ("Russia is also
    unhappy that …"), done by those the sentence before named or by a word for them
    before "also" ("The allies also agreed", "Solana also signed" the act told before);
    not another side's reaction ("NATO officials also criticised the decision"). A
    sentence opening «Кроме того», "In addition" goes on whoever acts."""
    if not reports_an_act(without_unreal(said, language), language):
        return False
    if _BESIDES.match(also.group()):
        # "Besides Yeltsin, …", «Помимо Ельцина, …»: others did what a person did, not
        # another matter ("Besides missile defence, …")
        return any(
            m.kind == "person" and 0 <= m.start - proposal.start - also.end() <= 2
            for m in proposal.mentions
        )
    if also.start() == 0 or proposal.event_type == earlier.event_type:
        return True
    if _THE_SAME_ACTORS.search(said, 0, also.start()):
        return True
    named = {_named(m) for m in earlier.mentions}
    return any(
        _named(m) in named for m in proposal.mentions if m.start - proposal.start < also.start()
    )


# Who will speak for a side at a gathering still to come: "Russia will be represented by
# its ambassador", "Lavrov will lead the delegation", «делегацию возглавит Лавров». Not
# "will attend the next round", which names an act of its own ("attend the summit" is the
# summit's: temporal's ``_at_act``).
_PRESENT_AT = re.compile(
    r"(?i:\bbe\s+represented\b|\b(?:lead|head)\s+(?:the|its|his|her|their)\s+delegation\b"
    r"|(?<![\w-])(?:представ(?:ит|ят|лять)|возглав(?:ит|ят))(?![\w-]))"
)


# Those who gather, named as a body: "the ministers", "the leaders", "They".
_A_BODY_OF_THEM = re.compile(
    r"(?i:\b(?:allies|ministers|leaders|sides|delegations|delegates|envoys|participants|"
    r"they)\b|(?<![\w-])(?:стороны|министры|лидеры|союзники|делегации|участники|они)(?![\w-]))"
)
_THEY = word_set("they они")


# A gathering a sentence names: "said Tuesday after an emergency session".
_A_GATHERING = re.compile(
    r"(?i:\b(?:meeting|session|summit|talks|conference|council)\b"
    r"|(?<![\w-])(?:встреч|заседани|саммит|переговор|совещани|конференци)[а-яё]*)"
)


def _gathering_that_day(earlier, told):
    """The last of the proposals ``told`` so far on ``earlier``'s date that is a meeting or
    visit, or names a gathering ("Emerson said Tuesday after an emergency session"): the
    story's occasion that day, which ``earlier`` may be or go on with."""
    return next(
        (
            p
            for p in reversed(told)
            if p.date == earlier.date
            and (p.event_type in GATHERINGS_AND_VISITS or _A_GATHERING.search(p.quote))
        ),
        None,
    )


def _those_gathered_act(proposal, gathering, said, language):
    """Whether ``proposal`` is what those gathered at ``gathering`` said or did, as a
    body: its actors, outside what the sentence ``said`` reports, are "they" or a word for
    them whose stem the gathering's sentence holds ("NATO ministers met in Brussels on
    Tuesday. In a joint statement, the ministers said …"; "… Foreign Minister Emerson said
    after an emergency session. The 26 ministers said …"), or the leaders at a summit
    («В субботу в Лиссабоне прошел саммит Совета Россия – НАТО. Медведев и лидеры 28 стран
    подписали совместное заявление»)."""
    if gathering is None:
        return False
    acting = blank(said, reported_content(said, language))
    summit = _A_SUMMIT.search(gathering.quote)
    return any(
        word.group().lower() in _THEY
        or shares_stem(word.group(), gathering.quote)
        or summit
        and _LEADERS.fullmatch(word.group())
        for word in _A_BODY_OF_THEM.finditer(acting)
    )


# Who gathers at a summit: its leaders.
_A_SUMMIT = re.compile(r"(?i:\bsummit|(?<![\w-])саммит)")
_LEADERS = re.compile(r"(?i:leaders|лидеры)")


def _named(mention):
    """Who or what ``mention`` names: a person as ``person_key`` says, else its record or
    its words."""
    return person_key(mention) if mention.kind == "person" else mention.slug or mention.text


# A sentence that answers the act of the one before, or tells what came of it later:
# after it, by publication.
_IN_RESPONSE = re.compile(
    r"^(?:In\s+(?:response|reply)|Later|В\s+ответ|Позднее|Позже|Впоследствии)(?![\w-])"
)
# "Yeltsin has since promoted the commander": after it. ("since then" and «с тех пор»
# are read as dates: from then on.)
_SINCE_THEN = re.compile(r"(?i:\b(?:has|have|had)\s+(?:\w+ly\s+)?since\b(?!\s+\d))")


def _a_state_attributed(main, asserted, language):
    """Whether the main clause ``main`` (``asserted`` without what it does not assert) only
    says how things are, on someone's word: "Roughly a third of the helicopters are out of
    service, according to a NATO official", «По данным НАТО, треть вертолётов неисправна»."""
    attributed = _ACCORDING_TO.search(main)
    return bool(
        attributed
        and not reports_an_act(asserted, language)
        and event_type_of(blank(main, [Reported(*attributed.span())]), language) is None
    )


def _says(proposal, published, language):
    """Whether ``proposal`` is what someone said: in their words or reported, or a
    statement that is the news of the day ("dismissed the decision on Tuesday"), not one
    of long ago that only names them ("was appointed envoy in July")."""
    return _in_words(proposal, language) or (
        proposal.event_type in SAID_KINDS and _news_of_the_day(proposal, published)
    )


def _in_words(proposal, language):
    """Whether ``proposal`` tells what someone said, quoted or reported ("As the ministry
    reported last Friday, …" too)."""
    quote = proposal.quote
    return proposal.event_type in SAID_KINDS and bool(
        reported_content(quote, language) or quotations(quote) or _SOURCED.match(quote)
    )


def _said_then(proposal, language):
    """Whether ``proposal`` is a saying told as made, whatever it says is to come: ""…," he
    said", «По его словам, бюро будет закрыто»; not "Ivanov now insists the troops will
    stay"."""
    return _in_words(proposal, language) and bool(
        reports_in_the_past(proposal.quote, language) or _SOURCED.match(proposal.quote)
    )


def _carry_on(found, before, proposals, sentence, published, language):
    """Date the proposals ``found`` in ``sentence`` with no date of their own by the one
    dated fact of the last sentence before it that gave any (``before``, among
    ``proposals``), when they go on with it (``_going_on``)."""
    if _REPEATEDLY.search(blank(sentence, quotations(sentence))):
        return
    # Dated by its words or carried on from the sentence before it in turn.
    # Of a saying, a span it was made in too ("told reporters afterwards"): "He added …".
    dated = [
        p
        for p in before
        if not _dated_by_publication(p)
        and (
            p.date.qualifier == DateQualifier.EXACT
            or (p.date.qualifier == DateQualifier.WITHIN and _in_words(p, language))
        )
    ]
    for proposal in found:
        # What was done goes on with the one act done, or the one still to come: "announced
        # on Monday that the mission would close from 1 November. "…," he said."
        done = proposal.status == Event.Status.OCCURRED or _said_then(proposal, language)
        alike = [p for p in dated if (p.status == Event.Status.OCCURRED) == done]
        if len(alike) > 1 and _said_then(proposal, language):
            # A saying goes on with the saying before, not with what it said was done: "told
            # the House yesterday that … rejected a deal last month. "…," he said."
            alike = _dated_as_said(alike, language) or alike
        if proposal.date_text is not None:
            continue
        if _wholly_quoted(proposal.quote) and (said := _the_last_saying(before, language)):
            # '"Nobody in Brussels is going to sign this."': the saying before, told on
            proposal.same_as = next(i for i, p in enumerate(proposals) if p is said)
            proposal.date, proposal.status = said.date, said.status
            proposal.date_note = (
                f"No date of its own: the words of the saying before, so {said.date.display}."
            )
            continue
        said = _the_saying_told_on(proposal, before, language)
        if said and alike in ([], [said]):
            # undated as it is: "by" publication, or a live blog entry's day
            proposal.same_as = next(i for i, p in enumerate(proposals) if p is said)
        if not _dated_by_publication(proposal) or len(alike) != 1:
            continue
        [earlier] = alike
        going_on = _going_on(proposal, earlier, proposals, sentence, published, language)
        if going_on is None:
            continue
        proposal.date, how, same = going_on
        if same:
            proposal.same_as = earlier.same_as
            if proposal.same_as is None:
                proposal.same_as = next(i for i, p in enumerate(proposals) if p is earlier)
            proposal.status = earlier.status  # the saying's, not what it says is to come
            earlier = proposals[proposal.same_as]
        words = f" (“{earlier.date_text}”)" if earlier.date_text else ""
        proposal.date_note = f"No date of its own: {how}{words}, so {proposal.date.display}."


def _dated_as_said(proposals, language):
    """Of ``proposals`` (of one sentence), those whose date words are the saying's, outside
    what it reports ("told the House yesterday that …"), not what was said."""
    return [
        p
        for p in proposals
        if p.date_text
        and not any(r.holds(p.quote.find(p.date_text)) for r in reported_content(p.quote, language))
    ]


def _wholly_quoted(sentence):
    """Whether ``sentence`` is all in quotation marks: someone's words, no saying of them."""
    said = blank(sentence, quotations(sentence))
    return bool(quotations(sentence)) and not re.search(r"\w", said)


def _the_last_saying(proposals, language):
    """The last of ``proposals`` (of one sentence) that tells what someone said, or None."""
    sayings = [p for p in proposals if _in_words(p, language)]
    return sayings[-1] if sayings else None


def _the_saying_told_on(proposal, before, language):
    """The one saying of the sentence before (among ``before``) with no date of its own
    but the one ``proposal`` has too (the publication's, a live blog entry's) that it tells
    on, by the same speaker ("Grushko told reporters that … "…," he said"), or None."""
    sayings = [
        p
        for p in before
        if p.date_text is None and p.date == proposal.date and _in_words(p, language)
    ]
    if len(sayings) != 1 or not _said_then(proposal, language):
        return None
    [said] = sayings
    return said if speakers_of(proposal) & speakers_of(said) else None


def _going_on(proposal, earlier, told, sentence, published, language):
    """How ``proposal``, of ``sentence``, goes on with the dated fact ``earlier`` of the
    sentence before (``told``: the proposals so far): its date, why, and whether it is that
    same fact; or None.

    Done after an act done: the same statement told on (""…," Rogozin told reporters"
    after his saying), what a person taking part in the week's news said, what those
    gathered that day said as a body ("the ministers said in a joint statement"), what was
    "also" done after an act (that act, when of its kind), and what was done "In response"
    or "Later" (after it, by publication). Still to come after an act still to come: what
    someone taking part in it, or "also", is planned or expected to do, and who will speak
    for a side at a gathering ("Russia will be represented by"), of its date, within it
    when it is a span ("will visit Moscow on 7–8 April. He is expected to meet Putin")."""
    said = blank(sentence, quotations(sentence))
    also = _GOES_ON_WITH.search(said)
    also = also and _the_same_actors_go_on(proposal, earlier, said, also, language)
    taking_part = {person_key(m) for m in earlier.mentions if m.kind == "person"}
    # "He is expected to meet Putin": the one the sentence before is about, going on;
    # "Sokolov will attend the next round of talks" names another act of his.
    going_on_about = {
        person_key(m)
        for m in proposal.mentions
        if m.kind == "person" and m.text.lower() in _SUBJECT_PRONOUNS
    }
    done = Event.Status.OCCURRED
    # What someone said in words: not "В НАТО заявление Лаврова встретили с сожалением".
    speakers = speakers_of(proposal) if _in_words(proposal, language) else set()
    # A saying already told on from one before it ("По его словам, …") tells on from that.
    saying = earlier if earlier.same_as is None else told[earlier.same_as]
    told_on = saying.date_text is not None and _says(saying, published, language)
    # Not an act others told of: "… were finalised by Lavrov and Scheffer, according to
    # officials. Scheffer told reporters …" may be of another day.
    told_on = told_on and not _ACCORDING_TO.search(saying.quote)
    told_on = told_on and (proposal.status == done or _said_then(proposal, language))
    if proposal.status == earlier.status == done and _SINCE_THEN.search(said):
        return _after(earlier, published)
    if speakers and told_on and speakers & speakers_of(earlier) and earlier.status == done:
        return earlier.date, "the statement the sentence before dates, told on", True
    if proposal.status != done:
        present = earlier.event_type in GATHERINGS_AND_VISITS and _PRESENT_AT.search(said)
        if earlier.status == done or not (going_on_about & taking_part or also or present):
            return None
        qualifier = DateQualifier.WITHIN if earlier.date.end else DateQualifier.EXACT
        how = "planned at the act still to come that the sentence before dates"
        return replace(earlier.date, qualifier=qualifier), how, False
    if earlier.status != done:
        return None
    if speakers and speakers <= taking_part and _news_of_the_day(earlier, published):
        who = sorted({m.text for m in proposal.mentions if person_key(m) in speakers})
        return (
            earlier.date,
            f"said by {', '.join(who)}, of the act the sentence before dates",
            False,
        )
    if _news_of_the_day(earlier, published) and _those_gathered_act(
        proposal, _gathering_that_day(earlier, told), said, language
    ):
        how = "said" if _in_words(proposal, language) else "done"
        return earlier.date, f"{how} by those gathered at the story's occasion that day", False
    if also and not _in_words(earlier, language):
        # What is "also" done goes on with an act, not with what was said or reported; the
        # same kind of act "also" done is that act ("Solana also signed").
        same = proposal.event_type == earlier.event_type
        return earlier.date, "it goes on with the act the sentence before dates", same
    if _IN_RESPONSE.match(said):
        return _after(earlier, published)
    return None


def _after(earlier, published):
    """The date of what was done after ``earlier``, by ``published``, and why."""
    after = PartialDate(
        earlier.date.start,
        earlier.date.precision,
        truncate(published, earlier.date.precision),
        DateQualifier.WITHIN,
    )
    return after, "after the act the sentence before dates, and by publication", False


def _news_of_the_day(proposal, published):
    """Whether ``proposal``'s act ended within a week before ``published``."""
    return of_the_day(proposal.date, published)


def _names_another_year(dates, year):
    """Whether the body writes a year other than ``year`` among ``dates``: from there on
    its own dates, not the headline's, are the story's."""
    return any(not d.relative and d.date.start.year != year for d in dates)


def _no_earlier_than(proposals, read):
    """``proposals`` with what an earliest date still to come says of them ("will be taken
    no earlier than June", «не раньше июня»): what it dates, no earlier than it, is no plan
    with a date but expected."""
    earliest = {d.text for d in read if d.earliest}
    for proposal in proposals:
        if proposal.date_text in earliest and proposal.status != Event.Status.OCCURRED:
            proposal.status = Event.Status.EXPECTED
    return proposals


def _said_by_organization(lead_in, mentions):
    """Whether what reads as a speaker's label is an organization saying what follows:
    "NATO: Russia will take part in the exercise", as a headline writes it."""
    return (
        lead_in.text.endswith(":")
        and not (lead_in.agency or lead_in.day or lead_in.weekday is not None)
        and any(m.kind == "organization" and m.start == lead_in.start for m in mentions)
    )


# A turn of a dashed interview: «— Сергей Викторович, …?»
_DASHED_TURN = re.compile(r"[^\S\n]*[\u2014\u2013-][^\S\n]")
# "I" or "we", the subject of a verb.
_FIRST_PERSON_SUBJECT = re.compile(r"(?<![\w-])(?:I|[Ww]e|[Яя]|[Мм]ы)(?![\w-])")
# A speaker's aside around a fact: an opening "As I told the House …," («Как я уже говорил,»),
# or the first person of a verb of mind or of saying what follows ("I think", "we believe",
# "I can tell you that", «я считаю», «могу сказать»).
_FIRST_PERSON_ASIDE = re.compile(
    r"(?:^|(?<=[\"\u201c\u00ab\s]))(?:As|Как)\s[^,;:]*,"
    r"|(?<![\w-])(?:I|[Ww]e|[Яя]|[Мм]ы)\s+(?:\w+\s+){0,2}?"
    r"(?:think|believe|hope|feel|suppose|guess|expect|know|understand|am\s+sure|are\s+sure"
    r"|tell\s+you|say|would\s+say|считаю|считаем|думаю|думаем|полагаю|полагаем|надеюсь"
    r"|надеемся|уверен[аы]?|знаю|знаем|могу\s+сказать|должен\s+сказать)(?![\w-])",
)
# What a speaker says of the debate rather than the world ("I am grateful to the Minister
# …", "I can give the right hon. Gentleman that assurance"), and a listener's message read
# out («Вот Владимир из Подмосковья пишет: «…»», «Ещё одно SMS: …», "Jan emails: …").
_FORMALITY = re.compile(
    r"(?:I|We)\s+(?:am|are)\s+(?:\w+\s+)?(?:grateful|obliged|indebted)\b"
    r"|(?:I|We)\s+thank\b"
    r"|[^.?!]*\bhon\.\s+(?:and\s+\w+\s+)?(?:Gentleman|Lady|Friend|Member)s?\b"
    r"|[^.?!:]{0,60}\b(?:пишет|пишут|спрашивает|спрашивают|writes|asks|texts|e-?mails|tweets)\s*:"
    r"|[^.?!:]{0,30}\b(?:SMS|СМС|смс|сообщение|письмо|message|e-?mail|tweet)\s*:"
    # The briefing's own business: "The next briefing will be on Thursday", "The spokesman
    # will start with a short statement", «Следующий брифинг состоится в четверг».
    r"|(?:The|Our)\s+next\s+(?:briefing|press\s+conference)\b"
    r"|(?:Следующий|Очередной)\s+брифинг\b"
    r"|[^.?!]{0,60}\bwill\s+(?:start|begin|open)\s+with\s+(?:a\s+)?(?:short\s+)?"
    r"(?:statement|announcement|remarks)\b"
)


def _asks(text, lead_in, start=None):
    """Whether the turn that ``lead_in`` opens (or that opens at ``start``) is an
    interviewer's question: by its label ("Q:", "QUESTION:"), or as its last sentence
    asks; its premises give no facts, unless dated or of someone named ("Lavrov said …")."""
    if lead_in is not None and lead_in.asks:
        return True
    start = lead_in.end if lead_in is not None else start
    turn = text[start : _turn_end(text, start)].rstrip()
    return bool(re.search(r"\?[\"'\u201d\u2019\u00bb)]*$", turn))


def _reports_someone(text, start, mentions):
    """Whether a question's premise at ``start`` names a person ("Rogozin has suggested
    …"), other than the one it addresses («Сергей Викторович, …», "Tom, …")."""
    return any(
        m.kind == "person" and not (m.start == start and text.startswith(",", m.end))
        for m in mentions
    )


def _turn_end(text, start):
    """Where the speaker's turn at ``start`` ends: at a blank line, or a line that opens
    with another speaker's label or an interview's dash."""
    for line in re.finditer(r"\n([^\n]*)", text[start:]):
        at = start + line.start(1)
        if not line[1].strip() or _DASHED_TURN.match(line[1]):
            return at
        if (found := find_lead_in(text, at)) and found.names_a_speaker:
            return at
    return len(text)


def _said_of_themselves(read, proposal, language=Language.ENGLISH):
    """Whether the speaker is the subject of ``proposal``'s fact in ``read``: "I" or "we"
    the subject of the verb of its date's clause ("We signed … on Tuesday"), or of any of
    an undated one's clauses, other than an aside's ("As I told the House last week, the
    ministers agreed …", "I think the ministers agreed …")."""
    said = read
    if proposal.date_text and (at := read.find(proposal.date_text)) >= 0:
        said = clause_around(read, at, at + len(proposal.date_text), language)
    said = _FIRST_PERSON_ASIDE.sub(lambda aside: " " * len(aside.group()), said)
    return bool(_FIRST_PERSON_SUBJECT.search(said))


# A subject pronoun that stands for a person named before: "he", "she", «он», «она».
_PERSONAL_PRONOUN = re.compile(r"(?<![\w-])(?P<pronoun>[Hh]e|[Ss]he|[Оо]н|[Оо]на)(?![\w-])")
# A possessive pronoun giving whose words or view a clause passes on, who is its speaker as
# the subject of "he said" is: «По его словам, …», «по её мнению».
_POSSESSIVE_SPEAKER = re.compile(
    r"(?<![\w-])[Пп]о\s+(?P<pronoun>его|её|ее)\s+(?:словам|мнению|оценке|данным|признанию)"
    r"(?![\w-])"
)
# What stands between a subject and its verb: words set off by commas (", Russia's envoy,",
# ", who arrived on Monday,"), brackets or dashes.
_SET_OFF = re.compile(
    r",\s[^,;:]+,|\s*\([^()]*\)|\s[\u2014\u2013]\s[^\u2014\u2013]+\s[\u2014\u2013]"
)
# What a verb of saying introduces: "said that …", «сообщил, что …».
_REPORTED_CLAUSE = re.compile(r",\s*что\s|(?<![\w-])that\s")
# A subject joined to the next one: "Rasmussen and Lavrov said", «Лавров и Солана заявили».
_AND_NEXT = re.compile(r"\s+(?:and|и)\s+")
# A name after a preposition is no subject: "talks with Lavrov held in Vienna".
_AFTER_A_PREPOSITION = re.compile(
    r"(?<![\w-])(?i:with|to|for|by|of|from|at|in|on|about|against|between|under|over|"
    r"с|со|к|ко|по|о|об|обо|для|от|у|при|за|на|в|во|между|против)\s+$"
)
# The verb that follows a quotation and names who said it: "…,” said Lavrov", «…», — заявил
# Лавров.
_VERB_AFTER_A_QUOTATION = re.compile(
    r"[\"\u201d\u00bb][,.]?\s*(?:[\u2014\u2013-]\s*)?(?P<verb>\w+)\s+$"
)


def _at(mention):
    return mention.start


# The sex a person's name or verb shows, where it shows one, for the pronoun of the other
# sex ("she" after "Mr Markov", «она» after «Примаков заявил») to stand for someone else.
_MASCULINE, _FEMININE, _UNCLEAR = "masculine", "feminine", "unclear"
_PRONOUN_SEX = dict.fromkeys(("he", "он", "его"), _MASCULINE) | dict.fromkeys(
    ("she", "она", "её", "ее"), _FEMININE
)
_TITLE_SEX = dict.fromkeys(word_set("mr sir lord господин"), _MASCULINE) | dict.fromkeys(
    word_set("mrs ms miss madam madame lady dame госпожа"), _FEMININE
)
# A Russian surname's ending, also as transliterated: «Захарова», «Лавров», "Petrova"; a
# patronymic's when it ends the name.
_FEMININE_SURNAME = re.compile(r"(?:ова|ева|ёва|ина|ская|овна|евна|ova|eva|ovna|evna)$")
_MASCULINE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ский|ович|евич|ov|ev|ovich|evich)$")
# A Russian verb's past tense agrees with its subject: «заявил(ся)», «заявила(сь)».
_FEMININE_PAST = re.compile(r"ла(?:сь)?$")
_MASCULINE_PAST = re.compile(r"л(?:ся)?$")


def _sex_of(person, sentence, said, at, language):
    """The sex of ``person``, the subject of ``sentence`` (``said`` is it with its
    quotations blanked; ``at`` where it is in the article), when its title, given name,
    surname's ending or, in Russian, its verb's past tense shows it with no contradiction;
    ``_UNCLEAR`` when they contradict each other; else None."""
    start, end = person.start - at, person.end - at
    words = re.findall(r"\w+", sentence[:start])[-1:] + re.findall(r"\w+", person.text)
    shown = {_TITLE_SEX[w.lower()] for w in words if w.lower() in _TITLE_SEX}
    names = (person.proposed_name or person.text).split()
    given = fold_word(names[0]) if len(names) > 1 else ""
    if given in FEMININE_GIVEN_KEYS:
        shown.add(_FEMININE)
    elif given in MASCULINE_GIVEN_KEYS:
        shown.add(_MASCULINE)
    surname = words[-1].lower()
    if _FEMININE_SURNAME.search(surname):
        shown.add(_FEMININE)
    elif _MASCULINE_SURNAME.search(surname):
        shown.add(_MASCULINE)
    if language == Language.RUSSIAN:
        set_off = _SET_OFF.match(said, end)
        verb = following_verb(said, end, language) or (
            set_off and following_verb(said, set_off.end(), language)
        )
        spoke = _VERB_AFTER_A_QUOTATION.search(sentence, 0, start)
        past = said[verb.start : verb.end] if verb else spoke.group("verb") if spoke else ""
        if _FEMININE_PAST.search(past):
            shown.add(_FEMININE)
        elif _MASCULINE_PAST.search(past):
            shown.add(_MASCULINE)
    if len(shown) > 1:
        return _UNCLEAR  # "Карл Линд выступила": no pronoun can tell whom it stands for
    return shown.pop() if shown else None


class Antecedent:
    """Whom a subject pronoun ("he", «он») stands for as the story goes: the person last
    named as the subject of a sentence of its paragraph, or of the paragraph before when
    the pronoun's sentence opens its own. No one when the sentence names a person before
    the pronoun or as a subject ("Nowak — no relation, as he told …"), when that
    sentence's subjects were two people ("Rasmussen and Lavrov spoke …. He said"), after
    the words of someone not named ("a diplomat said …") or an interview's turn, in a
    quotation (its speaker's "he"), and, in Russian, after a thing as a subject or opening
    a sentence («он», «она» also stand for «альянс», «Россия»): a reviewer would rather add
    a person than remove a wrong one. In Russian a title alone as the subject («Министр
    также сообщил») stands for the one person named so far with that title (English bare
    titles are resolved with the names, in ``entities``), and a man's name in the genitive
    possessing the noun that opens a sentence («Визит Расмуссена …») is its subject too."""

    def __init__(self, text, language=Language.ENGLISH):
        self.text, self.language = text, language
        self.said = _outside_quotations(text)  # what the story itself says
        self.people = []  # the subjects of the sentence it would stand for
        self.paragraph = 0  # the paragraph the story is in, counted by line breaks
        self.named_in = -1  # the paragraph of that sentence
        self.sex = None  # the sex that sentence shows its one subject to be of, if it does
        self.said_end = 0  # where the sentence before ends
        self.titled = {}  # the people named so far with a title, with the title's head word

    def stood_for(self, start, end, mentions):
        """The person the subject pronoun of the sentence ``text[start:end]``, whose
        ``mentions`` are given, stands for, as a mention of the pronoun; then takes the
        sentence's subjects as the ones a later pronoun may stand for."""
        opens_paragraph = "\n" in self.text[self.said_end : start]
        self.paragraph += opens_paragraph
        self.said_end = end
        sentence = self.text[start:end]
        said = self.said[start:end]
        named = _subjects(sentence, said, start, mentions, self.language)
        reported = _REPORTED_CLAUSE.search(said)
        if reported and reports_in_the_past(said[: reported.start()], self.language):
            # "A source said that Markov would …", «Источник сообщил, что Сердюков …»: the
            # subjects of the words reported are not the sentence's, who speaks.
            named = [m for m in named if m.start - start < reported.start()]
        people = {_record_of(m): m for m in named if m.kind == "person"}
        possessor = self.language == Language.RUSSIAN and _possessor_of_the_subject(
            sentence, said, start, mentions
        )
        if possessor and set(people) <= {_record_of(possessor)}:
            # «Визит Лаврова начался»: the verb after his name is his visit's, yet he is
            # what the sentence is about.
            people = {_record_of(possessor): possessor}
        else:
            possessor = None
        pronoun = _subject_pronoun(sentence, said, self.language)
        named_before = pronoun and any(
            m.kind == "person" and m.start < start + pronoun.start("pronoun") for m in mentions
        )
        in_reach = self.named_in == self.paragraph or (
            opens_paragraph and self.named_in == self.paragraph - 1
        )
        found = []
        agrees = pronoun and self.sex in (None, _PRONOUN_SEX[pronoun["pronoun"].lower()])
        if agrees and not (people or named_before) and in_reach and len(self.people) == 1:
            person = self.people[0]
            written = person.proposed_name or person.text
            found.append(
                replace(
                    person,
                    text=pronoun["pronoun"],
                    start=start + pronoun.start("pronoun"),
                    end=start + pronoun.end("pronoun"),
                    proposed_name=written,
                    also_written=(),
                    reason=f"“{pronoun['pronoun']}” stands for “{written}”, the last person "
                    f"named as the subject of a sentence before it: {person.reason}",
                )
            )
        title_at = self.language == Language.RUSSIAN and not (people or found)
        title_at = title_at and _title_subject(said)
        title = said[slice(*title_at)] if title_at else ""
        holders = [m for m, office in self.titled.values() if title and _same_office(title, office)]
        if len(holders) == 1:  # not when two ministers were named: either may be meant
            person, written = holders[0], holders[0].proposed_name or holders[0].text
            found.append(
                replace(
                    person,
                    text=title,
                    start=start + title_at[0],
                    end=start + title_at[1],
                    proposed_name=written,
                    also_written=(),
                    reason=f"“{title}” stands for “{written}”, the one person named before "
                    f"with that title: {person.reason}",
                )
            )
            self.people = [person]
            # Its verb shows the sex a later «он» or «она» must agree with.
            self.sex = _sex_of(found[0], sentence, said, start, self.language)
        self.titled |= {
            _record_of(m): (m, _office(m.role)) for m in mentions if m.kind == "person" and m.role
        }
        if people:
            self.people, self.named_in = list(people.values()), self.paragraph
            self.sex = (
                _MASCULINE  # a man's name in the genitive («Лаврова» is no woman's here)
                if possessor
                else _sex_of(self.people[0], sentence, said, start, self.language)
            )
        elif found:
            self.named_in = self.paragraph
        elif pronoun or (
            not named and (said != sentence or reports_in_the_past(said, self.language))
        ):
            self.people = []  # someone else's, or an unnamed speaker's, turn
        elif self.language == Language.RUSSIAN and (
            named or any(m.start == start and m.kind != "person" for m in mentions)
        ):
            self.people = []  # a thing the subject: «Россия готова …»
        return found


def _possessor_of_the_subject(sentence, said, at, mentions):
    """The person named in the genitive as a man is who owns the noun opening ``sentence``
    (``said`` is it with its quotations blanked; ``at`` where it is in the article), or
    the noun «это» is: «Визит Расмуссена в Москву начнётся …», «Это будет первый визит
    Расмуссена в Россию», the topic a next «он» is of; or None. A name after a preposition
    or a verb («переговоры с Лавровым», «прошли без Лаврова», «Поздравили Лаврова») is no
    topic, nor one after a title («Представитель Захарова»: the name in the nominative)."""
    for m in mentions:
        start, end = m.start - at, m.end - at
        before = _OPENING_NOUN.fullmatch(said, 0, start)
        if (
            m.kind == "person"
            and before
            and said[start:end] == sentence[start:end]
            and not verb_follows(said.lower(), before.start("noun"), Language.RUSSIAN)
            and _title_head(before["noun"]) == ""
            and all(map(_MANS_GENITIVE_WORD.fullmatch, m.text.replace("-", " ").split()))
        ):
            return m
    return None


# The noun opening a sentence, after its adjectives, or the noun «это» is: «Первый визит»,
# «Это будет первый визит».
_ADJECTIVE = r"[А-ЯЁа-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)"
_OPENING_NOUN = re.compile(
    r"(?:Это\s+(?:(?:был[аио]?|будет|стал[аио]?|станет)\s+)?)?"
    rf"(?:{_ADJECTIVE}\s+){{0,2}}(?P<noun>[А-ЯЁа-яё]+)\s+"
)
# A capitalised word of a man's name in the genitive, "-а" or "-я" after a consonant, or
# after the vowel before a dropped "-й": «Расмуссена», «Лаврова», «Игоря», «Сергея»,
# «Дмитрия»; a particle in lower case («де») is as it is in every case.
_MANS_GENITIVE_WORD = re.compile(r"[А-ЯЁ][а-яё]*[бвгджзклмнпрстфхцчшщеи][ая]|[а-яё]+")


def _title_subject(said):
    """The span of the title alone, in the nominative, that is the subject of ``said`` (a
    sentence with its quotations blanked): before the sentence's first verb, with an
    adjective before it and the words completing it before the verb («Министр также
    сообщил», «Во вторник глава МИД заявил», «Генеральный секретарь НАТО добавил»); or
    None."""
    if after := _TITLE_AFTER_A_QUOTATION.match(said):
        # «…», — заявил министр в интервью; «…», — сказал глава МИД
        return after.span("title") if _title_head(after["title"]) else None
    lowered = said.lower()  # a verb opening the sentence is capitalised
    words = list(re.finditer(r"[\w-]+", said))
    for at, word in enumerate(words):
        if verb_follows(lowered, word.start(), Language.RUSSIAN):
            return None  # the verb comes first: «Как сообщил министр, …»
        if not _title_head(word[0]):
            continue
        before = words[at - 1] if at else None
        adjective = before and re.fullmatch(_ADJECTIVE, before[0])  # «Российский министр»
        # «Глава МИД заявил»: the title runs to its verb, two words at most after its head.
        last = next(
            (w for w in words[at : at + 3] if verb_follows(said, w.end(), Language.RUSSIAN)),
            None,
        )
        return ((before if adjective else word).start(), last.end()) if last else None
    return None


# A speaker named by their title after their words: «…», — заявил министр в интервью. The
# title runs to a preposition, a comma or the end, two words at most after its head.
_AFTER_A_TITLE = r"(?:в|во|на|с|со|по|после|перед|при|у|для|из|журналистам)(?![\w-])"
_TITLE_AFTER_A_QUOTATION = re.compile(
    r"\s*[,.!?]?\s*[\u2014\u2013-]\s*[а-яё]+\s+"
    rf"(?P<title>[а-яё-]+(?:\s+(?!{_AFTER_A_TITLE})[\w-]+){{0,2}}?)"
    rf"(?=\s*[,.;!?]|\s+{_AFTER_A_TITLE}|\s*$)"
)


def _title_head(title):
    """The word a Russian title is headed by, in the nominative («министр» of «министр
    обороны», «генсек» of «генеральный секретарь НАТО», «пресс-секретарь»), when that
    word is in the nominative; else ""."""
    words = [norm(w) for w in title.split()]
    for before, word in zip(["", *words], words, strict=False):
        last = word.rpartition("-")[2]
        if last in TITLE_NOMINATIVES:
            if TITLE_NOMINATIVES[last] != last:
                return ""
            return "генсек" if (before, word) == ("генеральный", "секретарь") else word
    return ""


# What a minister heads, in the word after «министр» («министр иностранных дел») or as
# the news names the ministry after «глава» («глава МИД», «глава Минобороны»).
_MINISTRIES = (
    {"иностранных": "иностранных", "обороны": "обороны"}
    | dict.fromkeys(("мид", "мида", "внешнеполитического"), "иностранных")
    | dict.fromkeys(("минобороны", "пентагона", "военного"), "обороны")
)


def _office(title):
    """The office a Russian ``title`` names: its head word, and for a minister the ministry
    where the title says it («министр обороны», «глава МИД» is the foreign minister)."""
    head = _title_head(title)
    words = [norm(w) for w in title.split()]
    if head not in ("министр", "глава") or head not in words:
        return head, ""
    after = words.index(head) + 1
    ministry = _MINISTRIES.get(words[after], "") if after < len(words) else ""
    return ("министр", ministry) if ministry else (head, "")


def _same_office(title, office):
    """Whether the bare ``title`` may stand for someone named with the ``office``: the same
    head, and the same ministry unless the title names none («Министр также сообщил»)."""
    head, ministry = _office(title)
    return head == office[0] and ministry in ("", office[1])


def _subject_pronoun(sentence, said, language):
    """The first pronoun of ``sentence`` (``said`` is it with its quotations blanked) that
    stands for its subject or speaker: "he" before its verb, «сказал он» after a quotation,
    «По его словам» (its ``pronoun`` group); or None."""
    personal = (
        p
        for p in _PERSONAL_PRONOUN.finditer(said)
        if verb_follows(said, p.end(), language) or _said_after_a_quotation(sentence, p, language)
    )
    found = [next(personal, None)]
    if language == Language.RUSSIAN:
        found.append(_POSSESSIVE_SPEAKER.search(said))
    return min(filter(None, found), key=lambda p: p.start("pronoun"), default=None)


def _said_after_a_quotation(sentence, pronoun, language):
    """Whether ``pronoun`` follows the verb after a quotation: "…», — сказал он"."""
    spoke = _VERB_AFTER_A_QUOTATION.search(sentence, 0, pronoun.start())
    return bool(spoke) and verb_follows(sentence, spoke.start("verb"), language)


def _outside_quotations(text):
    """``text`` with its quotations blanked, marks included, each within its paragraph:
    one left open runs to the paragraph's end (the speaker's words go on in the next)."""
    lines = []
    for line in re.split(r"(\n)", text):
        said = blank(line, quotations(line))
        left_open = _OPENING_MARK.search(said)
        lines.append(said[: left_open.start()].ljust(len(said)) if left_open else said)
    return "".join(lines)


# A quotation's opening mark, which a quotation closed in a later paragraph leaves alone.
_OPENING_MARK = re.compile(r"[\"\u201c\u00ab]")


def _record_of(mention):
    """What tells a mention's record apart from another's."""
    return mention.slug or (mention.proposed_name or mention.text).casefold()


def _subjects(sentence, said, at, mentions, language=Language.ENGLISH):
    """The ``mentions`` that are the subject of a clause of ``sentence`` (``said`` is it
    with its quotations blanked; ``at`` where it is in the article): a name the verb
    follows ("Lavrov, Russia's foreign minister, said", «Ельцин также объявил»), one
    joined by "and" to such a name, and the speaker a verb after a quotation names
    ("…,” said Lavrov")."""
    found = []
    for m in sorted(mentions, key=_at, reverse=True):
        start, end = m.start - at, m.end - at
        if said[start:end] != sentence[start:end] or _AFTER_A_PREPOSITION.search(said, 0, start):
            continue  # in a quotation, or a preposition's
        set_off = _SET_OFF.match(said, end)
        joined = _AND_NEXT.match(said, end)
        spoke = _VERB_AFTER_A_QUOTATION.search(sentence, 0, start)
        if (
            verb_follows(said, end, language)
            or (set_off and verb_follows(said, set_off.end(), language))
            or (joined and any(f.start - at == joined.end() for f in found))
            or (spoke and verb_follows(sentence, spoke.start("verb"), language))
            or (language == Language.RUSSIAN and _a_mans_nominative(m))
        ):
            found.append(m)
    return found[::-1]


# A capitalised word of a man's name in the nominative: it ends in a consonant, "-й" or
# "-ь", as the name in no other case does ("Лавров", not "Лаврова", "Лаврову" or the
# instrumental's "-м" of "Лавровым").
_MANS_NOMINATIVE_WORD = re.compile(r"[А-ЯЁ][а-яё]*[бвгджзклнпрстфхцчшщйь]|[а-яё]+")


def _a_mans_nominative(mention):
    """Whether ``mention`` is a person named in the nominative by a man's name, which in
    Russian, whatever the word order, is the subject ("Новым генсеком стал Андерс Фог
    Расмуссен"); a particle in lower case ("де") is as it is in every case."""
    words = mention.text.replace("-", " ").split()
    return mention.kind == "person" and all(map(_MANS_NOMINATIVE_WORD.fullmatch, words))


def _speakers(lead_in, mentions):
    """The people a speaker's label names ("Mr. Peter Hain"), none of its other words."""
    return [m for m in mentions if m.kind == "person" and lead_in.start <= m.start < lead_in.end]


@dataclass(frozen=True)
class Label:
    """A digest's item opened by a day label ("Fri:", "Jan:"), or the paragraphs under a
    day heading ("MONDAY"): the date it gives them."""

    words: str  # as written, "Fri:"
    date: PartialDate
    ahead: bool  # whether the item looks ahead, by its section's heading or its verb
    note: str
    end: int  # where the item ends in the text: its line's end, or the next heading
    section: str | None = None  # the section's heading that says which way it looks


# A digest's section heading that says which way its items look: "THE WEEK AHEAD",
# "Coming up", "LAST WEEK", «АНОНС», «ИТОГИ НЕДЕЛИ».
_HEADING_AHEAD = re.compile(
    r"(?i:\b(?:week|days|month)\s+ahead|coming\s+up|upcoming|looking\s+ahead|next\s+week"
    r"|this\s+week|diary|анонс|на\s+(?:этой|следующей|будущей)\s+неделе|предстоящ|впереди)"
)
_HEADING_BACK = re.compile(
    r"(?i:\b(?:last|past|previous)\s+week|looking\s+back|week\s+in\s+review|recap"
    r"|итоги|на\s+прошлой\s+неделе|прошедш|минувш)"
)


def _label(text, found, end, published, language=Language.ENGLISH, previous=None):
    """The item that the day label ``found`` opens, its first sentence ending at ``end``;
    under a day heading, the paragraphs to the next heading. It looks ahead or back as its
    section's heading says (a day heading right after the ``previous`` one is in its
    section), else as its verb does: back, unless its first verb looks ahead (a digest
    tells the week it covers; "suggested that ships could join" was suggested)."""
    line_end = text.find("\n", found.end)
    item_end = len(text) if line_end < 0 else line_end
    if found.heads_section:
        item_end = _next_heading(text, found.end)
        end = max(end, line_end if line_end > found.end else item_end)  # its first paragraph
    heading = _section_heading(text, found.start)
    if not heading and found.heads_section and previous and previous.end >= found.start:
        heading = previous.section
    if heading and (_HEADING_AHEAD.search(heading) or _HEADING_BACK.search(heading)):
        ahead, why = not _HEADING_BACK.search(heading), f"under the heading “{heading}”"
    else:
        item = text[found.end : end]
        ahead = status_of(item, language) != Event.Status.OCCURRED
        ahead = ahead and not tells_the_past_first(item, language)
        heading, why = None, "as the item's verb does"
    day = found.item_date(published, ahead)
    if day is None:
        return None
    way = "ahead" if ahead else "back"
    note = (
        f"“{found.text.rstrip(':').strip()}” heads the item, in an article published "
        f"{published:%A} {PartialDate(published).display}: the nearest looking {way}, "
        f"{why}: {day.display}."
    )
    return Label(found.text, day, ahead, note, item_end, heading)


def _chronology_row(text, start, dates, published, introduced=0):
    """The rest of a chronology's row that opens at ``start`` with a date set off by a dash
    or a colon, its sentences without a date of their own on that date ("Dec 20, 1991 -
    Ministers meet. The Soviet Union is dissolved days later."); else None. ``dates`` are
    read after an ``introduced`` introduction of that many characters ("Key dates:")."""
    first = dates[0] if dates else None
    if not first or first.date.start > published:
        return None
    opens_at, ends_at = start + first.start - introduced, start + first.end - introduced
    if text[start:opens_at].strip() or not ENTRY_DATE_END.match(text, ends_at):
        return None
    line_end = text.find("\n", start)
    note = f"“{first.text}” heads the chronology's row this sentence is in: {first.date.display}."
    return Label(first.text, first.date, False, note, len(text) if line_end < 0 else line_end)


def _section_heading(text, position):
    """The heading of the section of ``text`` that ``position`` is in: the last line before
    it that is neither a list item, nor an item opened by a day label ("Mon: …"), nor a
    sentence, or None."""
    end = _line_start(text, position)
    while end > 0:
        start = _line_start(text, end - 1)
        line = text[start:end].strip()
        end = start
        if not line or _LIST_ITEM.match(line):
            continue
        if (label := find_lead_in(text, start)) and label.dates_item:
            continue  # another item of the section
        return line if _is_heading(line) else None
    return None


def _next_heading(text, position):
    """Where the next heading after ``position`` of ``text`` starts, else the text's end."""
    for line in re.finditer(r"^[^\S\n]*(\S[^\n]*)", text[position:], re.MULTILINE):
        if not _LIST_ITEM.match(line[1]) and _is_heading(line[1].strip()):
            return position + line.start(1)
    return len(text)


_LIST_ITEM = re.compile(r"[-*\u2022\u2013\u2014]\s|\d+[.)]\s")


def _is_heading(line):
    """Whether ``line``, neither empty nor a list item, is a heading: short, and no
    sentence."""
    return not re.search(r"[.!?:\"\u201d\u00bb]$", line) and len(line.split()) <= 6


@dataclass(frozen=True)
class Entry:
    """A live blog's entry, a paragraph opened by a timestamp, of the day ``day``; or the
    paragraph under a readout's stamp ("May 24, 2002, 13:40, The Kremlin, Moscow")."""

    time: str  # as written, "14:05 GMT"
    stamped: str  # what the note calls it: "a live blog's entry stamped “14:05 GMT”"
    day: date_type
    of_day: str  # whose day it is, for the note
    end: int  # where the paragraph ends in the text


def _entry(text, timestamp, heading, filed, published):
    """The entry ``timestamp`` opens. A timestamp gives only a time: the entry is its
    paragraph (all up to the next stamp, when the time stands on a line of its own, as a
    news feed's do), of the day of the last heading that is a date, else of the dateline's day,
    else of the publication's, as a live blog posts its entries on the day it is
    published. A readout's stamp, or a live page's ("July 9, 2024 / 9:30 PM EDT"), gives
    its own day, to the next entry's stamp."""
    if timestamp.day and (day := timestamp.date_before(published)):
        end = _next_entry(text, timestamp.end)
        stamped = f"under the stamp “{timestamp.text}”"
        return Entry(timestamp.time, stamped, day, "its day", end)
    end = text.find("\n", timestamp.end)
    end = len(text) if end < 0 else end
    if "\n" in text[timestamp.start : timestamp.end]:
        end = _next_entry(text, timestamp.end)  # a time on a line of its own: up to the next
    stamped = f"in a live blog's entry stamped “{timestamp.time}”"
    if heading:
        words, day = heading
        of_day = f"under the heading “{words}”"
    elif filed:
        day, of_day = filed, "its dateline's day"
    else:
        day, of_day = published, "the article's day"
    return Entry(timestamp.time, stamped, day, of_day, end)


def _the_story_s_own_stamp(text, stamp):
    """Whether ``stamp``, the first of ``text``, a day and a time with no place ("June 12,
    2019, 07:00"), is its only one: the story's own, under its headline, which gives its
    day (the dateline's) but opens no entry; a live page stamps each of its entries so."""
    return bool(stamp.day) and not stamp.place and _next_entry(text, stamp.end) == len(text)


def _next_entry(text, position):
    """Where the line of the next entry's stamp after ``position`` starts (a stamp under an
    entry's headline: its headline's), else the end of ``text``: an entry may run over
    paragraphs."""
    for line in re.finditer(r"^", text[position:], re.MULTILINE):
        found = find_lead_in(text, position + line.start())
        if found and found.time:
            stamp_line = position + line.start()
            above = text.rfind("\n", 0, max(stamp_line - 1, 0)) + 1  # the headline's line
            headline = text[above:stamp_line].strip()
            return above if headline and not _is_fact(headline, least_words=1) else stamp_line
    return len(text)


def _heading_day(text, start, end, dates, published):
    """The day a heading on a line of its own gives when it is a date ("Saturday 27 June",
    "Updated 27 June 2009"), or None."""
    line_end = text.find("\n", end)
    if start != _line_start(text, start) or text[end : line_end if line_end >= 0 else None].strip():
        return None
    if len(dates) != 1 or dates[0].date.precision != DatePrecision.DAY or dates[0].date.end:
        return None
    found = dates[0]
    sentence = text[start:end]
    rest = sentence[: found.start] + sentence[found.end :]
    day = found.date.start
    if not re.search(r"\d", found.text) or len(rest.split()) > 3 or day > published:
        return None
    return day


def _proposals_for(
    sentence,
    start,
    end,
    dates,
    mentions,
    reported_on,
    language=Language.ENGLISH,
    introduction="",
    entry=None,
    label=None,
    no_main_fact=False,
    typed_from=0,
):
    """A proposal per date of the sentence, or one if it names none but reports an event
    about someone or something named: dated "by" the day it was ``reported_on`` (the
    story's dateline's, else its publication's), or on its day in a live
    blog's ``entry``, or on the date of the digest's day ``label`` that heads the item.

    A list item is read as completing its list's ``introduction`` ("the council will"),
    whose verb gives its status; the offsets of ``dates`` are in ``introduction +
    sentence``. A date
    in a relative clause (", which joined NATO on March 29") dates what that clause
    says, if it has a verb of its own, and nothing else: the main clause keeps its own
    dates, or is dated "by" publication. The main clause of the author's advice, or of a
    description (``no_main_fact``), gives nothing: only its relative clauses may. Only the
    words of ``read`` from ``typed_from`` on type the facts (a clause of time that tells the
    act of its date, "It was the first meeting since August 2008, when troops invaded")."""
    read = introduction + sentence  # what the sentence says, offsets of ``dates``
    at = start - len(introduction)  # where ``read`` would begin in the article
    title = _title(_titled(sentence, introduction, language))

    def proposal(clause=None, own=None, own_title=None, **fields):
        return Proposal(
            quote=sentence,
            start=start,
            end=end,
            title=_clause_title(read, clause) or own_title or title,
            mentions=_mentions_of(mentions if own is None else own, clause, at, read),
            **fields,
        )

    unreal = unreal_phrases(read, language)
    # A correction's withdrawn words, and where the news came from ("As Interfax reported,
    # …", «Как уже сообщала «Красная звезда», …»): no fact, no name of it.
    sourcing = _sourcing(sentence, mentions, start, len(introduction))
    withdrawn = [p for p in unreal if p.kind == WITHDRAWN]
    unsaid = withdrawn + sourcing
    if sourcing:
        dates = _by_the_report(dates, sourcing, blank(read, sourcing), language)
        title = _title(read[sourcing[-1].end :])  # what was reported
    mentions = [
        m
        for m in mentions
        if not any(p.holds(m.start - at) for p in withdrawn)
        and (
            not any(p.holds(m.start - at) for p in sourcing)
            # a source's own body stays: «источник РБК в РЖД», "a source at Gazprom"
            or _AFFILIATION.search(read, 0, m.start - at)
        )
    ]
    if withdrawn and (corrected := read.find(";", withdrawn[-1].end - 1)) >= 0:
        title = _title(read[corrected + 1 :])  # "…; it was established in 2002": the fact
    real = read  # what the sentence reports as so, which the event type is read from
    if unreal:
        real = without_unreal(read, language)
    real = blank(real, sourcing)
    untyped = max(_untyped(introduction, sentence, language), typed_from)
    real = " " * untyped + real[untyped:]
    hedged = hedges(read, language)
    real = blank(real, [hedge for hedge in hedged if hedge.of_a_mind])  # an opinion, no act
    relatives = relative_clauses(read, language)
    # A post held "since January" says nothing of when the main act was; one held "from
    # 1996 to 1998" or "until 2004" bounds it, and dates it as before.
    relatives += [
        a
        for a in appositions(read, language)
        if not any(c.holds(a.start) or a.holds(c.start) for c in relatives)
        and any(a.holds(d.start) and _OPEN_TENURE.match(d.text) for d in dates)
    ]
    relatives = sorted(
        (c for c in relatives if c.start >= len(introduction)), key=lambda c: c.start
    )
    clauses = relatives  # and those read with the main clause: "…, when the envoy flew …"
    relatives = [
        c for c in relatives if not _dates_the_main_act(c, read, dates, relatives, language)
    ]
    main = blank(real, relatives)  # what the main clause reports as so
    left_out = [d for d in dates if unreal_at(read, d.start, d.end, language)]
    dates = [d for d in dates if d not in left_out]
    dates = [d for d in dates if not _background(read, d, dates, language)]
    placed = [(d, next((c for c in relatives if c.holds(d.start)), None)) for d in dates]
    recalled = _recalled(read, [d for d, clause in placed if clause is None], language)
    main_dates = [d for d, clause in placed if clause is None]
    own_mentions = {} if recalled else _mentions_by_part(read, at, main_dates, mentions, language)
    own_titles = {} if recalled or introduction else _titles_by_clause(read, main_dates)
    proposals = []
    for d, clause in placed:
        if recalled:  # the fact recalled is typed by its words to the date ("his visit to
            # Moscow on 7 April"), else by its clause; not by "recalled"
            recalling = " " * recalled.start + real[recalled.start : recalled.end]
            event_type = event_type_recalled(recalling, d.start, d.end, language)
        elif clause is None and no_main_fact:
            continue
        elif clause is None:
            others = [(o.start, o.end) for o in dates if o is not d]
            event_type = event_type_at(main, d.start, d.end, language, others)
            if (event_type in (None, Event.Type.STATEMENT) or only_present(main)) and (
                there := _done_then_and_there(read, d, clauses, dates, language)
            ):
                event_type = event_type_of_clause(real, there, language) or event_type
        elif (
            clause.participle
            or clause.apposition  # its own fact: a post held then
            or clause.time  # "when ministers review the plan in December"
            or reports_something(read[clause.start : clause.end], language)
        ):
            event_type = event_type_of_clause(real, clause, language, dated=d.start)
        else:
            continue  # "a diplomat who spent much of the 1990s": no act, plan or forecast
        # The clause's own verb gives its status, not the main verb's future: "открытое
        # в 2001 году, будет закрыто" was opened.
        said = read if clause is None else " " * clause.start + read[clause.start : clause.end]
        status = _status(said, d, reported_on, language)
        if (
            clause
            and clause.gerund
            and status == Event.Status.OCCURRED
            and d.date.last_day >= reported_on
        ):
            # A gerund has no tense of its own: "was scheduled to fly home, before
            # travelling to Kiev at the end of the week" is planned as the trip home is.
            status = _status(read, d, reported_on, language)
        hedged_here = _hedged(status, hedges_at(read, d.start, d.end, language))
        proposals.append(
            proposal(
                clause,
                own_mentions.get(id(d)),
                own_titles.get(id(d)),
                event_type=event_type or Event.Type.STATEMENT,
                status=status,
                date=d.date,
                date_text=d.text,
                date_note=_noted(d.note, unreal, read, language, hedged_here),
            )
        )
    if no_main_fact or (any(clause is None for _d, clause in placed) and not recalled):
        return proposals
    if _resulted_in_what_is_dated(main, placed, language):
        return proposals
    # What would have happened had something else, or what something will be judged by,
    # unless someone said it: no fact.
    if not reports_in_the_past(blank(read, relatives), language) and any(
        p.kind in (COUNTERFACTUAL, YARDSTICK)
        and not said_not_asserted(read, p, language)
        and not any(c.holds(p.start) for c in relatives)
        for p in unreal
    ):
        return proposals
    if recalled:  # the saying, which the dates of what it recalls do not date
        main, relatives = blank(main, [recalled]), relatives + [recalled]
    # Something named, and an event or a verb that reports it: news copy states facts so.
    event_type = event_type_of(main, language)
    if _the_clause_s_own_event(event_type, main, proposals):
        return proposals
    named = [m for m in mentions if not any(c.holds(m.start - at) for c in relatives)]
    named = named or (mentions if recalled else [])  # "he recalled": its people are the fact's
    # What the main clause itself reports; a correction's withdrawn words report nothing.
    asserted = blank(read, relatives + unsaid)
    if not named or not (event_type or reports_an_act(asserted, language)):
        return proposals
    if _SURVIVED_BY.search(main):
        return proposals  # an obituary's family, no event
    if _a_state_attributed(main, asserted, language):
        return proposals
    if unreal and not (reports_something(main, language) or says_an_act(main)):
        if all(p.kind == NEGATED for p in unreal):
            return proposals  # all its verbs deny: "The council did not meet" is no fact
        event_type = None  # a plan called off is news: "The summit will not go ahead"
    why = "No date of its own"
    if recalled:
        why = f"No date of its own (“{placed[0][0].text}” dates what was recalled)"
    elif left_out:
        why = f"“{left_out[0].text}” dates only what did not or need not happen, and it was"
    elif placed:
        first, clause = placed[0]
        said_in = "relative clause"
        if clause.apposition or clause.time:
            said_in = "apposition" if clause.apposition else "clause of time"
        why = f"No date of its own (“{first.text}” dates only what its {said_in} says)"
    # A live blog's entry, or a digest's item of a day gone by: its present is what happened.
    done_then = entry is not None or (
        label is not None and label.date.last_day < reported_on and not label.ahead
    )
    status = status_of(asserted, language, live=done_then)
    if says_what_is_to_come(asserted, language):
        event_type = Event.Type.STATEMENT  # the saying is what happened
    elif status != Event.Status.OCCURRED and not sourcing and _SOURCED.match(sentence):
        # «По его словам, альянс готов обсуждать …»: in someone's words what is to come; the
        # saying is what happened
        event_type, status = Event.Type.STATEMENT, Event.Status.OCCURRED
    if entry and status == Event.Status.OCCURRED:  # what is planned is not for that day
        when = PartialDate(entry.day)
        note = f"{why}: {entry.stamped}, {entry.of_day}, {entry.day:%A} {when.display}."
    elif label:
        when, note = label.date, f"{why}, but {label.note}"
        # A diary's item on a day to come, or on the day itself, is planned.
        if status == Event.Status.OCCURRED and (when.start > reported_on or label.ahead):
            status = Event.Status.PLANNED
    elif status == Event.Status.OCCURRED and (followed := _followed(read, introduction, placed)):
        when = PartialDate(
            followed.date.start,
            followed.date.precision,
            truncate(reported_on, followed.date.precision),
            DateQualifier.WITHIN,
        )
        note = (
            f"No date of its own, but after “{followed.text}”, the date of the clause it "
            f"follows, and reported on {reported_on:%A} {PartialDate(reported_on).display}: "
            f"{when.display}."
        )
    else:
        when = _undated(reported_on, status)
        bound = "“by”" if status == Event.Status.OCCURRED else "still to come then, “not before”"
        note = (
            f"{why}: reported on {reported_on:%A} {PartialDate(reported_on).display}, so {bound} "
            "that day."
        )
    main_hedges = [h for h in hedged if not any(c.holds(h.start) for c in relatives)]
    undated = proposal(
        event_type=event_type or Event.Type.STATEMENT,
        status=status,
        date=when,
        date_text=label.words if label and when is label.date else None,
        date_note=_noted(note, unreal, read, language, _hedged(status, main_hedges)),
    )
    return [undated, *proposals]


# Where a sentence parts into clauses that each say a thing of their own: a semicolon, and
# a second reported clause ("… and that Russia would …", «… и что Россия …»). Clauses joined
# by ", and" share the sentence's names, as readers take them ("X will host leaders in
# Moscow next month, and Y is expected to use the visit to sign …").
_PART_BREAK = re.compile(
    # «Переговоры начались в январе, а договорённость была достигнута в Хельсинки 20 марта»:
    # a contrast with a subject of its own
    r";\s|\s(?:and|but|и|а|но)\s+(?:that|что)\s|,\s+а\s",
    re.IGNORECASE,
)


# A part whose subject is a pronoun, or that names no one, is about whom the part before
# names: "Markov visited Riga on 2 June. He flies to Oslo on 20 June".
_GOES_ON = re.compile(r"[\"'\u201c\u00ab\s]*(?i:he|she|it|they|он|она|оно|они)\b")


# "where", «где» opening a relative clause: at the place the main clause names.
_WHERE = re.compile(r"(?:where|где)(?![\w-])", re.IGNORECASE)


def _done_then_and_there(read, date_mention, relatives, dates, language=Language.ENGLISH):
    """The clause of when or where right after ``date_mention`` that tells what was done
    at that time and place, with no date of its own: "spent Wednesday in Moscow, where he
    held talks", "The thaw began in February 2000, when the envoy flew to Moscow". It types
    a main clause that names no act but a statement, unless that one reports a saying
    ("said on Monday, when the board met, that …" is the saying)."""
    after = [c for c in relatives if c.start >= date_mention.end]
    if not after:
        return None
    clause = after[0]
    if any(date_mention.end <= other.start < clause.end for other in dates):
        return None  # a date of its own, or one between, that it is said of
    if not (clause.simultaneous or _WHERE.match(read, clause.start)):
        return None
    if reported_content(blank(read, [clause]), language):
        return None
    return clause


# Where coordinated clauses part, each with a subject of its own: "…, and Russia signed it
# in Brussels on Feb. 8, 2011", "…; the council met again in May".
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=[A-Z])|;\s+|,\s+а\s+")


def _titles_by_clause(read, dates):
    """The title of each of the main clause's ``dates`` (by its id) where they are in
    coordinated clauses of their own: that clause, not the whole sentence; empty where
    the dates share one."""
    breaks = list(_CLAUSE_BREAK.finditer(read))
    clauses = list(
        zip([0, *(b.end() for b in breaks)], [*(b.start() for b in breaks), len(read)], strict=True)
    )
    dated = {id(d): next(i for i, (_a, b) in enumerate(clauses) if d.start < b) for d in dates}
    if len(set(dated.values())) < 2:
        return {}
    return {key: _title(read[slice(*clauses[i])]) for key, i in dated.items()}


def _parts(read):
    """The parts of ``read`` that each say a thing of their own: its sentences (a
    quotation's, which the sentence holds whole) and the clauses ``_PART_BREAK`` parts."""
    parts = []
    for first, last in split_sentences(read, whole_quotations=False):
        breaks = [b.end() for b in _PART_BREAK.finditer(read, first, last)]
        parts += pairwise([first, *breaks, last])
    return parts


def _mentions_by_part(read, at, dates, mentions, language=Language.ENGLISH):
    """The mentions of each of the main clause's ``dates`` (by its id) where they are in
    parts of their own: the names of its part, not those of another date's part ("“The
    council met in Brussels on Monday. Lavrov will fly to Oslo on 20 March,” X said"), with
    the names every fact needs: those of the parts no date is in, those of the part before
    one that names no one or opens with a pronoun ("He will …"), and whoever says it, named
    outside the quotation or the reported clause the date is in but next to it ("…,” X
    said", "Lavrov said NATO … and that Russia …"). Empty where the dates share one part:
    the sentence's names are each fact's. ``at`` is where ``read`` begins in the article."""
    parts = _parts(read)

    def part_of(position):
        return next((i for i, (a, b) in enumerate(parts) if a <= position < b), len(parts) - 1)

    dated = {id(d): part_of(d.start) for d in dates}
    if len(set(dated.values())) < 2:
        return {}
    where = {id(m): part_of(m.start - at) for m in mentions}
    said = quotations(read) + reported_content(read, language)
    own = {}
    for d in dates:
        last = first = dated[id(d)]
        while first and (_GOES_ON.match(read, parts[first][0]) or first not in where.values()):
            first -= 1  # "He will fly to Oslo": the names of the part it goes on from
        speaking = [s for s in said if s.holds(d.start)]
        own[id(d)] = [
            m
            for m in mentions
            if first <= where[id(m)] <= last
            or where[id(m)] not in dated.values()
            or any(
                not s.holds(m.start - at) and where[id(m)] in (part_of(s.start), part_of(s.end - 1))
                for s in speaking
            )
        ]
    return own


def _dates_the_main_act(clause, read, dates, relatives, language=Language.ENGLISH):
    """Whether an English participle's phrase, or a clause of time, is read with its main
    clause: where it has no date to set apart; and a participle's (English: of the
    subject) or a "when" clause's where the main clause has none of its own and reports
    the past, so that its date is the
    main act's occasion ("The talks, held in Vienna on 3 March, ended without agreement",
    "When ministers met on 3 March, they agreed …"). A Russian participle is its own form,
    and always its own clause, unless it names the plan that the main act carried out
    («Переговоры, намеченные на вторник, состоялись») or what was under way as it happened
    («Истребитель, летевший вчера в Калининград, разбился»); "before", "after", "since", "until"
    never give the main act their clause's date, nor does "when" what is still to come
    ("will decide when ministers review the plan in December")."""
    # «говорится в заявлении, опубликованном в пятницу»: the statement cited, issued then,
    # whatever it says is to come.
    issued = (
        language == Language.RUSSIAN
        and clause.participle
        and bool(_RU_ISSUED.match(read, clause.start))
        and bool(_RU_STATEMENT.search(read, 0, clause.start))
    )
    occasion = clause.simultaneous or (
        clause.participle
        and (
            carries_out_its_plan(read, clause.start, clause.end, language)
            or bool(_RU_UNDER_WAY.match(read, clause.start))
            or issued
            if language == Language.RUSSIAN
            # Of the subject, not of a noun after the main verb ("agreed to resume the
            # cooperation, suspended since August 2008"), whose own fact it dates.
            else not clause.antecedent
        )
    )
    # "Ministers, who met in Brussels on 21 October, approved a plan": where they did it;
    # not "The envoy who met Sokolov in 2001 is back", who is told apart by it.
    occasion = occasion or (
        language != Language.RUSSIAN
        and not clause.antecedent
        and read[: clause.start].rstrip().endswith(",")
        and bool(_GATHERED.match(read, clause.start))
    )
    if not (occasion or clause.time):
        return False
    if not any(clause.holds(d.start) for d in dates):
        return True
    if not occasion or any(not any(c.holds(d.start) for c in relatives) for d in dates):
        return False
    return issued or status_of(blank(read, relatives), language) == Event.Status.OCCURRED


# A Russian participle that says when the statement the main clause cites was issued.
_RU_ISSUED = re.compile(
    r"[\s,]*(?:опубликованн|распространённ|распространенн|обнародованн|сделанн|данн)[а-яё]*"
)
_RU_STATEMENT = re.compile(
    r"(?<![\w-])(?:заявлени|интервью|коммюнике|сообщени|обращени|письм|декларац)[а-яё]*"
    r"(?:\s+[\w«»\"-]+){0,4}[\s,]*$"
)


# A relative clause of the subject that says it gathered.
_GATHERED = re.compile(r"(?:who|which)\s+(?:met|gathered|convened|assembled|held\s+talks)\b")


# A Russian participle of what was under way when the main act happened («Истребитель,
# летевший вчера в Калининград, разбился …»): its date is the main act's.
_RU_UNDER_WAY = re.compile(
    r"[\s,]*(?:летевш|направлявш|следовавш|находивш|выполнявш|патрулировавш|возвращавш|"
    r"шедш|плывш|двигавш|совершавш|проходивш|участвовавш)[а-яё]*"
)


# "After Russian troops entered Georgia in August 2008, he wrote …": the main act followed.
_AFTER_CLAUSE = re.compile(r"[\"'\u201c\s]*(?i:after|после)\b")


def _followed(read, introduction, placed):
    """The date of a fronted "after" clause (``placed``: the sentence's dates, each with
    the clause it is in) that the main act, with no date of its own, came after; None where
    the sentence opens with no such clause, or its date is not over by the publication."""
    for mention, clause in placed:
        if (
            clause is not None
            and clause.time
            and not clause.simultaneous
            and clause.start == len(introduction)
            and _AFTER_CLAUSE.match(read, clause.start)
            and mention.date.end is None
            and mention.date.qualifier == DateQualifier.EXACT
        ):
            return mention
    return None


# A main clause whose act is what it produced: "Months of talks produced the Founding Act,
# which was signed on May 27, 1997", «Переговоры завершились Декларацией, подписанной …».
# The dated clause says the fact; the producing is that fact again, not one of its own.
_RESULTED_IN = re.compile(
    r"(?<![\w-])(?:produced|yielded|resulted\s+in|led\s+to|culminated\s+in|ended\s+with|"
    r"paved\s+the\s+way\s+for|gave\s+rise\s+to|brought\s+about|"
    r"(?:привел[аио]?|привели)\s+к|(?:завершил[аио]?сь|завершились|увенчал[аио]?сь|"
    r"увенчались)(?![\w-]))",
    re.IGNORECASE,
)


# A main clause that only points at what its clause tells: "It will be President
# Medvedev, who is to sit down …", "It comes three months after Kozyrev signed …".
_POINTS_AT = re.compile(
    r"(?i:(?:it|this|that)\s+(?:is|was|will\s+be|would\s+be|comes|came)\b"
    r"|(?:это|так)\s+(?:был[аио]?|будет|стал[аио]?)(?![\w-]))"
)


def _the_clause_s_own_event(event_type, main, dated):
    """Whether the undated main clause ``main`` (its words outside the dated clauses, of
    ``event_type``) tells no fact beside the proposals ``dated`` its clauses gave: it only
    points at them, or it is the same kind of event ("Russia is taking part in the
    exercise Bold Monarch, which starts at the end of this month" is that exercise)."""
    if not dated:
        return False
    if _POINTS_AT.match(main.lstrip()):
        return True
    return event_type not in (None, Event.Type.STATEMENT) and any(
        p.event_type == event_type for p in dated
    )


def _resulted_in_what_is_dated(main, placed, language=Language.ENGLISH):
    """Whether the undated main clause ``main`` only says what led to the act a clause
    after its verb dates (``placed``: the sentence's dates, each with its clause)."""
    result = _RESULTED_IN.search(main)
    return (
        result is not None
        and bool(placed)
        and all(clause is not None and clause.start > result.start() for _d, clause in placed)
        and not reports_in_the_past(main, language)
    )


def _recalled(read, dates, language=Language.ENGLISH):
    """What a reporting verb in the past reports, when it is a past fact dated by all the
    main clause's ``dates`` and the saying has none of its own: "X recalled that his visit
    on 7 April 2004 had opened the way" gives the visit, on its day, and the recalling,
    "by" publication. English says it in the past perfect, Russian in the past."""
    said = reported_content(read, language, past_only=True)
    if not dates or not said or not all(said[0].holds(d.start) for d in dates):
        return None
    content = read[said[0].start : said[0].end]
    if language != Language.RUSSIAN and not PAST_PERFECT.search(content):
        return None
    # Done, not planned by then: "agreed to prepare an assessment by the end of the year".
    past = all(status_at(read, d.start, d.end, language) == Event.Status.OCCURRED for d in dates)
    return said[0] if past else None


# "He is survived by his wife": who outlives the dead, no event.
_SURVIVED_BY = re.compile(r"\b(?:is|are)\s+survived\s+by\b")


# An incident named as what someone acted over, with its own date: "offered condolences on
# Wednesday over the attack at the airport last night", "condemned the bombing in Kabul on
# Monday".
_AN_INCIDENT = re.compile(
    r"(?i:\b(?:over|for|about|after|following|into|against|condemned|denounced|deplored)\s+"
    r"(?:the|an?|this|that|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|crash(?:es)?|shootings?|killings?|strikes?|"
    r"raids?|incidents?|downing|sinking|assault)"
    r"(?:\s+(?:at|in|on|near|of|against|by)\s+[^,;:.\d]{1,50}?)?\s+$)"
)


def _background(sentence, date_mention, dates, language=Language.ENGLISH):
    """Whether ``date_mention`` dates only the background of a fact that another of the
    sentence's ``dates`` dates: an "after …" phrase governed by the same verb ("signed … in
    February 2003, after the loss of the Kursk in August 2000"), or an incident's own date
    where another dates what was done over it."""
    if date_mention.named is not None:
        return any(
            other.named is None and same_verb(sentence, date_mention, other, language)
            for other in dates
        )
    of_an_incident = _AN_INCIDENT.search(sentence, 0, date_mention.start)
    return of_an_incident is not None and any(
        not _AN_INCIDENT.search(sentence, 0, other.start) for other in dates
    )


def _untyped(introduction, item, language=Language.ENGLISH):
    """How much of a list's ``introduction`` gives the ``item`` no event type: all of it
    ("Here are the projects now on hold:" types no item, "- Russia has allowed transit"
    is typed by its own verb), but the last clause when that ends in the verb an item
    with none of its own completes ("ministers signed:" + "a transit accord")."""
    lead_in = introduction.rstrip()
    if not lead_in or reports_something(item, language) or not ends_in_a_verb(lead_in, language):
        return len(introduction)
    return len(lead_in) - len(clause_around(lead_in, len(lead_in), len(lead_in), language))


def _titled(sentence, introduction, language=Language.ENGLISH):
    """What a proposal's title is cut from: a list item, with the last clause of its
    introduction when that ends in the verb the item completes ("the council will" + "hold
    an exercise in March")."""
    introduction = introduction.strip()
    if not introduction or not ends_in_a_verb(introduction, language):
        return sentence
    end = len(introduction)
    clause = clause_around(introduction, end, end, language)
    before = introduction[: end - len(clause)]
    joined = _AND_BEFORE.search(before)
    if joined:  # "NATO and Russia will:": "and" joins the subjects, no clauses
        subject = clause_around(before, joined.start(), joined.start(), language)
        if not reports_something(subject, language) and not ends_in_a_verb(subject, language):
            clause = introduction[joined.start() - len(subject) :]
    return f"{clause.strip()} {sentence}"


_AND_BEFORE = re.compile(r"\s(?:and|или|и|or)\s$")


def _mentions_of(mentions, clause, at, read):
    """The mentions of the fact ``clause`` (of the sentence ``read``) reports (None: the
    main clause's, which are all the sentence's). A relative clause's fact has the people
    it names and those it is said of, not the main clause's others ("Lavrov complained
    about …, which joined NATO on 29 March": no Lavrov in the joining), and the sentence's
    places, organizations and agreements; one whose subject is a pronoun ("Kerry, whom he
    met in Paris") has the main clause's first person too, whom it stands for; a gerund's
    ("after signing the deal") has all the sentence's, its subject's. ``at`` is where the
    clause's offsets count from in the article. Each
    record is listed once, as first mentioned: a matched one by its slug, a new one by the
    name proposed for it; its other spellings ("NRC" after "NATO-Russia Council") are kept
    with it, but not a name's other case ("России" after "Россия")."""
    if clause is not None and not clause.gerund:
        people = [m for m in mentions if m.kind == "person"]
        subject = [m for m in people[:1] if m.start < at + clause.antecedent]
        pronoun = _PRONOUN_SUBJECT.match(read, clause.start)
        mentions = [
            m
            for m in mentions
            if m.kind != "person"
            or at + clause.antecedent <= m.start < at + clause.end
            or (pronoun and m in subject)
        ]
    listed = {}
    for m in mentions:
        key = (m.kind, m.slug or (m.proposed_name or m.text).casefold())
        first = listed.setdefault(key, m)
        if not any(is_case_form(m.text, w) for w in (first.text, *first.also_written)):
            listed[key] = replace(first, also_written=(*first.also_written, m.text))
    return list(listed.values())


# A relative clause whose subject is a pronoun: "whom he met", «с которым он встретился».
_PRONOUN_SUBJECT = re.compile(
    r"(?i:,?\s*(?:whom|which|that|(?:с|со|к|у|от|о|об)?\s*(?:котор|кому|кем)[а-яё]*)\s+"
    r"(?:he|she|он|она)\b)"
)


# The letters a name's cases share ("Росси|я", "Росси|и"), which tell its spellings apart.
_STEM = 5


def is_case_form(written, name):
    """Whether ``written`` is ``name`` in another case ("России" of "Россия"): declension
    changes endings, never the number of words, so "Founding Act" is another name of
    "Founding Act on Mutual Relations …", its short form."""
    same_length = len(written.split()) == len(name.split())
    return same_length and written[:_STEM].casefold() == name[:_STEM].casefold()


def _hedged(status, found):
    """The hedges a fact of ``status`` needs noted: those of what happened (what has not
    yet happened is expected or planned, which says it)."""
    return found if status == Event.Status.OCCURRED else []


def _noted(note, unreal, sentence="", language=Language.ENGLISH, hedged=()):
    """The date's note, telling the editor of the sentence's negated, counterfactual and
    conditional phrases: not facts when the article asserts them, what was said when they
    are in a quotation or a reporting verb's complement (the saying is the fact); and
    ending with the ``hedged`` words, which pass on a claim the article does not make."""
    if hedged:
        words = ", ".join(f"“{hedge.words}”" for hedge in hedged)
        note = _noted(note, unreal, sentence, language).rstrip(".")
        return f"{note}. Hedged: {words} — the article does not assert it."
    if not unreal:
        return note
    reported = [p for p in unreal if said_not_asserted(sentence, p, language)]
    parts = []
    for label, phrases in (
        ("Not a fact", [p for p in unreal if p not in reported]),
        ("In what was said", reported),
    ):
        if phrases:
            said = "; ".join(f"“{phrase.words}” is {phrase.kind}" for phrase in phrases)
            parts.append(f"{label}: {said}")
    return f"{note.rstrip('.')}. {'. '.join(parts)}; the proposal is neither typed nor dated by it."


# The part of the day still to come when the story is written.
_LATER_TODAY = re.compile(
    r"(?i:tonight|this\s+evening|later\s+today|later\s+this\s+evening"
    r"|сегодня\s+вечером|вечером|позднее\s+сегодня)"
)


def _status(sentence, date_mention, published, language=Language.ENGLISH):
    """The status the date's verb gives, but never "occurred" after publication; the
    present of a schedule with a date already past ("March 1999 — NATO begins air
    strikes") is a chronology's historical present, and occurred, as is a date already
    past in a "following …" phrase of a sentence that looks ahead."""
    start, end = date_mention.start, date_mention.end
    status = status_at(sentence, start, end, language)
    later_today = status == Event.Status.OCCURRED and _LATER_TODAY.fullmatch(date_mention.text)
    if later_today and not told_in_the_past(sentence, start, end, language):
        return Event.Status.PLANNED  # "England face the Netherlands tonight"
    if status == Event.Status.OCCURRED and date_mention.date.start > published:
        if talked_of(sentence, start, language):
            return Event.Status.EXPECTED  # "statements regarding a naval group from next year"
        return Event.Status.PLANNED
    past = date_mention.date.last_day < published
    if status == Event.Status.PLANNED and past and in_the_present(sentence, start, end, language):
        return Event.Status.OCCURRED
    if status == Event.Status.PLANNED and past and following_phrase(sentence, start) is not None:
        return Event.Status.OCCURRED  # "due on Thursday, following talks on Monday"
    return status


def _introduction(text, span):
    """The words of the sentence introducing a list, which an item is read after: "the
    council will: - hold …" is read "the council will hold …"."""
    if span is None:
        return ""
    return text[span[0] : span[1]].rstrip(":").rstrip() + " "


def _line_start(text, position):
    return text.rfind("\n", 0, position) + 1


# A line that ends as no sentence does: a headline's or a subhead's.
_UNFINISHED_LINE = re.compile(rf"[^.!?\u2026:;\"'\u201d\u2019\u00bb)\]\s]{NOTE_MARKER}*\s*$")
_HEADLINE_WORDS = 25  # a paragraph's source tag, "[Channel One TV, 1800 gmt]", ends longer


# A wire's sign-off closing the story's last line: "… in 2002. Enditem", "(END)", "■".
_WIRE_SIGN_OFF = re.compile(r"\s+(?:Enditem|\(?END\)?|\(?ends\)?|-+\s*30\s*-+|#{3}|[■□▪])\s*$")


def _in_a_heading(text, start, end):
    """Whether the sentence ``text[start:end]`` opens a line of its own that ends as no
    sentence does: the first of a headline's two sentences («США вышли из ДРСМД. В НАТО
    поддержали решение»), not a story's last line with a wire's sign-off."""
    line_end = text.find("\n", end)
    line = text[_line_start(text, start) : len(text) if line_end < 0 else line_end]
    line = _WIRE_SIGN_OFF.sub("", line)
    return (
        text[end:].split("\n", 1)[0].strip() != ""
        and len(line.split()) <= _HEADLINE_WORDS
        and bool(_UNFINISHED_LINE.search(line))
    )


def _is_fact(sentence, least_words=5, dated=False):
    """A sentence of the story that asserts something: not a headline, dateline, subhead
    or byline (which its ``least_words`` tell apart where nothing else does), nor a
    question. One introducing a list with a colon is, when ``dated`` ("Ratify the
    agreement signed in Vilnius on 21 April 2005 with these reservations:")."""
    # » closes Russian quotes; a note's marker may follow ("in 2019.[6]").
    ends = re.search(rf"[.!?][\"'\u201d\u2019\u00bb)]*{NOTE_MARKER}*$", sentence)
    ends = ends or _A_STEP_RECORDED.match(sentence) or (dated and sentence.endswith(":"))
    return bool(ends) and len(sentence.split()) >= least_words and not _is_question(sentence)


# A law's or a treaty's steps as its publication lists them, each on a line with no full
# stop: «Принят Государственной Думой 18 мая 2007 года», "Signed at Paris on 27 May 1997".
_A_STEP_RECORDED = re.compile(
    r"(?:Принят|Одобрен|Подписан|Ратифицирован|Утвержд[её]н)[аоы]?\s[^\n]*\d{4}"
    r"|(?:Adopted|Approved|Signed|Ratified)\s+(?:by|in|at|on)\s[^\n]*\d{4}"
)


# What a paper calls itself: "this brief", "this paper", "this report".
_DOCUMENT_ITSELF = (
    r"(?:(?:policy\s+)?brief|paper|report|article|study|essay|chapter|analysis|piece|"
    r"commentary|memo|note|column|newspaper|magazine|journal)"
)
# What a story says of itself: "This article was published on …", "Published alongside our
# report …", "Additional reporting by …", "… contributed to this report", «Статья
# опубликована …».
_ABOUT_THE_STORY = re.compile(
    r"(?:This|The|Our)\s+(?:article|story|report|piece|interview|column|essay|feature|"
    r"version|text|series)\b[^.;]{0,60}?\b(?:was|is|has\s+been|first|originally)\s+"
    r"(?:first\s+|originally\s+)?(?:published|appeared|updated|written|produced|"
    r"commissioned|edited|adapted|translated|posted|amended)\b"
    r"|(?:First\s+|Originally\s+)?Published\s+(?:alongside|with|together|in|on|by|as)\b"
    # a podcast's or a video's credits: "Episode published February 5, 2021."
    r"|(?:This\s+)?(?:Episode|Podcast|Video|Programme|Program|Broadcast)\s+(?:was\s+)?"
    r"(?:first\s+)?(?:published|posted|recorded|released|aired|broadcast)\b"
    # the box about the publisher at the end: "About Lakeshore University: Founded in 1889"
    r"|About\s+(?:[A-Z][\w.&'\u2019-]*\s*){1,5}:"
    r"|\(?(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Written|Translated|"
    r"Produced|Research)\s+by\b"
    # A contributor line, whoever it names first: "Associated Press writer Jane Doe
    # contributed to this report from Brussels.", "Ivan Petrov contributed reporting.".
    r"|[^.]{0,120}?\bcontributed\s+(?:(?:additional\s+)?reporting|research|to\s+(?:this|the)\s+"
    r"(?:report|story|article|dispatch|piece))\b[^.]{0,80}\.$"
    # Copy from elsewhere: "Material from Reuters was used in this report."
    r"|[^.]{0,120}?\bwas\s+used\s+in\s+(?:this|the)\s+(?:report|story|article)\b"
    # The author's note: "Previously based in Moscow, she has covered Russian-Turkish
    # relations since 2009."
    r"|(?:[^.,]{0,60},\s+)?(?i:s?he)\s+(?:has|had)\s+(?:covered|reported\s+(?:on|from)|"
    r"written\s+(?:about|on|for))\b"
    r"|(?:Эта\s+|Данная\s+)?(?:Статья|Материал|Публикация|Текст)\s+(?:был[аио]?\s+)?"
    r"(?:впервые\s+)?(?:опубликован|подготовлен|написан|обновл[её]н)"
    r"|(?:Впервые\s+)?[Оо]публиковано\s"
    # The outlet's own doing: «Сегодня «РГ» публикует его текст», «публикуется на странице
    # 7», «вела онлайн-трансляцию»; "In today's newsletter:", "publishes the full text".
    r"|.{0,80}?(?<![\w-])(?:публику(?:ет|ем)\s+(?:его\s+|её\s+|ее\s+|их\s+|полный\s+)?текст"
    r"|публику(?:ется|ются)\s+на\s+(?:странице|полосе|стр\.)"
    r"|ве(?:л[аи]?|д[её]т)\s+(?:онлайн-)?трансляци)"
    r"|In\s+(?:today['\u2019]s|this\s+week['\u2019]s)\s+(?:newsletter|edition|issue|briefing)\b"
    # An outlet in quotation marks explaining: «„Медуза“ объясняет, о чем говорили …»
    r"|[«\"\u201e\u201c][А-ЯЁA-Z][^»\"\u201c\u201d]{0,30}[»\"\u201c\u201d]\s+(?:объясняет|рассказывает|"
    r"разбирается|разбирает|вспоминает|explains|looks\s+at)(?![\w-])"
    r"|.{0,80}?\b(?:publish(?:es|ed)?\s+(?:the\s+)?(?:full\s+)?text|"
    r"(?:is|are)\s+published\s+on\s+page)\b"
    # A paper setting out what it does: "This brief sets out …", "In this paper we argue
    # …", «В этой статье мы рассматриваем …», «Настоящий доклад …».
    rf"|(?:This|Our|The\s+present)\s+{_DOCUMENT_ITSELF}\s+(?:\w+ly\s+)?(?:sets?\s+out|examines|"
    r"explores|argues|describes|considers|assesses|reviews|looks\s+at|discusses|analy[sz]es|"
    r"traces|outlines|asks|shows|seeks|offers|summari[sz]es|draws|focuses|is\s+about|"
    # an editorial's own stand: "This newspaper has long argued …"
    r"(?:has|have)\s+(?:\w+\s+)?(?:argued|said|warned|urged|maintained|held|believed))\b"
    rf"|In\s+this\s+{_DOCUMENT_ITSELF},?\s+(?:we|I)\b"
    r"|В\s+(?:этой|данной|настоящей)\s+(?:статье|работе|записке|главе)\b"
    r"|В\s+(?:этом|данном|настоящем)\s+(?:докладе|исследовании|материале|тексте)\b"
    r"|(?:Настоящ(?:ий|ая|ее)|Данн(?:ый|ая|ое))\s+(?:доклад|статья|исследование|записка|работа)\b"
    # A digest introducing itself: "This week's digest covers …", "Our round-up of the
    # week's news …", "Here is what happened", «В этом выпуске …», «Вот что произошло».
    r"|(?:This|Our|Today['\u2019]s|(?:This|Last|Next)\s+(?:week|month)['\u2019]s)\s+"
    r"(?:(?:weekly|daily|monthly)\s+)?(?:digest|round-?up|newsletter|wrap(?:-?up)?)\b"
    r"|Here\s+(?:is|are|['\u2019]s)\s+(?:what|how|the\s+(?:main|key|latest)\b)"
    # An almanac's furniture: "Today is Wednesday, May 28, the 148th day of 2003.", "There
    # are 217 days left in the year.", "Thought for Today: …".
    r"|Today\s+is\s+[^.]{0,40}\bthe\s+\d+(?:st|nd|rd|th)\s+day\s+of\b"
    r"|There\s+(?:are|is)\s+\d+\s+days?\s+left\s+in\s+the\s+year\b"
    r"|Thought\s+for\s+(?:Today|the\s+Day)\s*:"
    r"|(?:В\s+(?:этом|сегодняшнем|нашем)\s+(?:выпуске|обзоре|дайджесте)"
    r"|(?:Наш|Этот)\s+(?:обзор|дайджест)|Вот\s+что\s+(?:произошло|случилось))"
    # A newsletter's or a live blog's greeting alone: "Good Friday morning, and welcome to
    # Playbook.", «Доброе утро!» (one with a clause of a fact: ``_LIVE_BLOG_ITSELF``).
    r"|(?i:Good\s+(?:\w+\s+)?(?:morning|afternoon|evening)|Hello|Hi)\b[^.!?]{0,80}[.!?]$"
    # … asking to be subscribed to: "… in your inbox every weekday, please sign up here."
    r"|[^.]{0,100}?\b(?:in\s+your\s+inbox|(?:please\s+)?(?:sign\s+up|subscribe)\s+"
    r"(?:here|now|today|below)\b)"
    # … or a transcript's disclaimer: "NPR transcripts are created on a rush deadline"
    r"|[^.]{0,40}?\btranscripts?\s+(?:is|are)\s+(?:created|produced|prepared)\b"
    r"|This\s+text\s+may\s+not\s+be\s+in\s+its\s+final\s+form\b"
    r"|(?:Доброе\s+утро|Добрый\s+(?:день|вечер)|Здравствуйте)\b[^.!?]{0,80}[.!?]$"
    r"|Добро\s+пожаловать|Спасибо,?\s+что\s+(?:читаете|следите|были\s+с\s+нами)"
)
# The author speaking ("I first visited Brussels in 2001", "When I …, "), not a speaker.
_FIRST_PERSON = re.compile(r"(?:[^,\"\u201c\u00ab]{0,40},\s+)?(?:I|Я)\s")


# A story promoting itself or its outlet: "Read more:", "See also", "Coming up:", "Next
# week in review: we look at …", "In next week's issue, we …", «Читайте также».
_PROMOTION = re.compile(
    r"(?:Read|See|Watch|Listen)\s+(?:more|also|next|here)\b|Also\s+(?:read|see|watch)\b"
    r"|Related(?:\s+(?:stories|articles|coverage|reading|content))?\s*:"
    r"|More\s+(?:on|about)\s+(?:this|the)\s+(?:story|topic)\b"
    r"|(?:Coming\s+up|Up\s+next|Still\s+to\s+come)(?:\s+\w+){0,3}\s*:"
    r"|(?:Subscribe|Sign\s+up|Follow\s+us|Click\s+here)\b"
    r"|[^.:]{0,40}:\s+(?:we|we['\u2019]ll|we\s+will)\s+(?:look|examine|explore|turn|ask|bring|"
    r"cover|hear|talk|take\s+a\s+look)\b"
    r"|In\s+(?:next\s+week['\u2019]s|next\s+month['\u2019]s|our\s+next|the\s+next)\s+"
    r"(?:issue|edition|episode|column|newsletter|instal+ment)\b"
    r"|(?:Читайте|Смотрите)\s+(?:также|далее)|Подпис(?:ывайтесь|аться)\b"
)


# A digest's sign-off ("That's all for this week", "Thanks for reading", "See you next
# week", «На этом всё»): no event.
_SIGN_OFF = re.compile(
    r"(?:That['\u2019]s|That\s+is)\s+(?:all|it)\s+(?:for|from)\b"
    r"|Thanks?\s+(?:you\s+)?for\s+(?:reading|listening|watching|joining)\b"
    r"|(?:See|Talk\s+to|Speak\s+to)\s+you\s+(?:next|again|soon|on|tomorrow)\b"
    r"|Until\s+next\s+(?:week|time|month)\b"
    r"|(?:На\s+этом\s+вс[её]|Спасибо,?\s+что\s+(?:читаете|были\s+с\s+нами)|До\s+встречи)"
)


# A photograph's caption describes a picture, not the story: a paragraph opening with its
# label ("Photo:", "FILE PHOTO:", "Pictured:", «Фото:», «На снимке:») or closing with the
# picture's credit ("REUTERS/Yves Herman", "(AP Photo/Virginia Mayo)", "Photograph: Olivier
# Matthys/EPA", «Фото: ТАСС»), which stands after the caption's last sentence, in
# brackets or alone: "a poll by Reuters/Ipsos." ends a sentence of the story.
_CAPTION_LABEL = re.compile(
    r"[(\[]?(?:FILE\s+)?(?:PHOTO|Photo|Photograph|Picture|Pictured|Image|Caption|Cover"
    r"|(?:Main|Top|Lead|Header)\s+(?:image|photo|picture))"
    r"(?:\s+caption)?\s*:"
    r"|[(\[]?(?:Фото(?:графия)?|На\s+(?:фото|снимке)|Снимок|Подпись(?:\s+к\s+фото)?)\s*:"
)
# Where someone stands in the picture, as only a caption says: "Boris Yeltsin, left, shakes
# hands with Bill Clinton", "(second from right)", «(слева)».
_WHERE_IN_THE_PICTURE = re.compile(
    r",\s+(?:left|right|centre|center|(?:second|third)\s+(?:from\s+)?(?:left|right))\s*,"
    r"|\((?:left|right|centre|center|L|R|(?:second|third)\s+(?:from\s+)?(?:left|right)"
    r"|слева|справа|в\s+центре)\)"
)
_CREDITED_NAME = r"[A-ZА-ЯЁ][\w.'\u2019-]*(?:\s+[A-ZА-ЯЁ][\w.'\u2019-]*){0,3}"
_PHOTO_CREDIT = re.compile(
    r"(?:(?<![^\n])|[.!?»\"\u201d]\s+|\()"
    r"(?:\b(?:REUTERS|Reuters|AFP|EPA|Getty\s+Images|TASS|ТАСС|Sputnik|(?:AP\s+)?Photo|PHOTO)"
    rf"\s*/\s*{_CREDITED_NAME}"
    rf"|\b(?:Photo(?:graph)?|PHOTO|Фото)\s*:\s*{_CREDITED_NAME}(?:\s*/\s*{_CREDITED_NAME})?)"
    r"\)?\.?\s*$"
)


# A credit is a few words: only the end of a paragraph is searched for one, so that a
# long paragraph costs no more than a short one for each of its sentences.
_CREDIT_CHARS = 200
_CREDIT_LINE = 60  # the longest line of a credit alone


def _in_a_caption(text, start):
    """Whether the sentence at ``start`` of ``text`` is in a photograph's caption."""
    paragraph_start = _line_start(text, start)
    paragraph_end = text.find("\n", start)
    if paragraph_end == -1:
        paragraph_end = len(text)
    credit_from = max(paragraph_start, paragraph_end - _CREDIT_CHARS)
    return bool(
        _CAPTION_LABEL.match(text, paragraph_start, paragraph_end)
        or _PHOTO_CREDIT.search(text, credit_from, paragraph_end)
        or _WHERE_IN_THE_PICTURE.search(text, paragraph_start, paragraph_end)
        or _under_a_credit(text, paragraph_start)
    )


def _under_a_credit(text, paragraph_start):
    """Whether the paragraph at ``paragraph_start`` is right under a line of a picture's
    credit alone ("Фото: AP"), whose caption it is ("Пратика-ди-Маре, 28 мая. Лидеры …"),
    never the dateline of a story."""
    above_end = text.rfind("\n", 0, paragraph_start)
    if above_end <= 0:
        return False
    above = text[text.rfind("\n", 0, above_end) + 1 : above_end]
    return len(above) <= _CREDIT_LINE and bool(_CAPTION_LABEL.match(above.strip()))


# An "on this day" column's births and deaths ("Born on this day: …", «Родились в этот
# день: …»): a person's life, no event of the timeline.
_BIRTHS_AND_DEATHS = re.compile(
    r"(?:(?:Born|Died)\s+on\s+this\s+(?:day|date)|(?:Births|Deaths|Birthdays)\s*:)"
    r"|(?:Родил(?:ся|ась|ись)|Умер(?:ла|ли)?|Скончал(?:ся|ась|ись))\s+в\s+этот\s+день"
)


# An age a thing reaches: "The Founding Act turns twenty tomorrow", «Основополагающему акту
# исполняется 20 лет»; an anniversary, no act (what is done to mark it is one).
_AN_AGE_REACHED = re.compile(
    r"(?i:\b(?:turns|turned|will\s+turn)\s+(?:\d+|ten|fifteen|twenty|thirty|forty|fifty|"
    r"twenty-five|a\s+hundred)\b(?!\s+(?:degrees|percent|per\s+cent))"
    r"|(?<![\w-])исполн(?:яется|илось|ится)\s+(?:\d+|[а-яё]+)\s+(?:лет|год))"
)


# Declining to comment, or not reached for it: no act of the timeline. "A spokesman
# declined to comment.", "The ministry did not respond to a request for comment.",
# «Представитель компании отказался от комментариев».
_NO_COMMENT = re.compile(
    r"[^.;:]{0,80}?(?:\b(?:declined|refused)\s+to\s+comment"
    r"|\b(?:could\s+not|couldn['\u2019]t)\s+be\s+reached\s+for\s+comment"
    r"|\bdid\s+not\s+(?:immediately\s+)?respond\s+to\s+(?:a\s+)?requests?\s+for\s+comment"
    r"|(?<![\w-])(?:отказал(?:ся|ась|ись)\s+от\s+комментари[а-яё]*|не\s+стал[аи]?\s+"
    r"комментировать))"
    # nothing else said after it: "…, but said talks would go on" is a saying
    r"[^,;]{0,60}[.!]?\s*$"
)


def _births_and_deaths(sentence):
    """Whether ``sentence`` lists an "on this day" column's births or deaths."""
    return bool(_BIRTHS_AND_DEATHS.match(sentence))


# A quotation's attribution: a dash and a name ("- Jaap de Hoop Scheffer, Moscow, April
# 2004.") right after the closing quotation mark.
_ATTRIBUTION = re.compile(r"[\"\u201d\u2019\u00bb][.!?]?\s*[-\u2013\u2014\u2015]{1,2}\s*[A-ZА-ЯЁ]")


def _attributes_a_quote(text, start, sentence, language=Language.ENGLISH):
    """Whether ``sentence``, at ``start`` of ``text``, only names who said the quotation
    just before it, and where and when: the quotation is the statement, the line gives no
    fact of its own. (The dash may be left out of the sentence, as a list item's is.)"""
    head = text[max(0, start - 8) : start] + sentence[:3]
    return bool(_ATTRIBUTION.search(head)) and not reports_something(sentence, language)


# Who the sentence before came from, and nothing else: «Об этом сообщает РИА Новости»,
# «Об этом «Ведомостям» рассказал источник в штаб-квартире НАТО», "This was reported by
# Interfax".
_NEWS_SOURCED = re.compile(
    r"(?:Об\s+этом|О\s+том\s+же)\s+(?:[^.!?]{0,60}\s)?(?:сообща|рассказа|пиш|переда|"
    r"информир|говорит|говорится)[а-яё]*"
    r"|This\s+was\s+(?:first\s+)?reported\s+by\b"
)


def _sources_the_news(sentence, mentions):
    """Whether ``sentence`` only says where the sentence before came from, an outlet or an
    unnamed source: no fact (a person named saying it is a statement: «Об этом заявил
    сегодня Александр Грушко»)."""
    return bool(_NEWS_SOURCED.match(sentence)) and not any(m.kind == "person" for m in mentions)


# Who comments on the news rather than makes it: "a Moscow analyst", "experts say",
# «считает политолог»; in English the word less its "s", in Russian its stem.
_COMMENTATORS = (
    r"analyst|expert|commentator|observer|historian|scholar|professor|researcher|economist|"
    r"political\s+scientist|fellow"
)
_RU_COMMENTATORS = (
    r"политолог|эксперт|аналитик|историк|обозревател|профессор|исследовател|экономист|"
    r"специалист|наблюдател|научн[а-яё]+\s+сотрудник|директор\s+центра"
)
_COMMENTATOR = re.compile(
    rf"(?i:\b(?:{_COMMENTATORS})s?\b|(?<![\w-])(?:{_RU_COMMENTATORS})[а-яё]*)"
    # a scholar by the place they work at: "Dmitri Trenin of the Carnegie Moscow Center"
    r"|\b(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,5}(?:Center|Centre|"
    r"Institute|Foundation|Endowment|University|College)\b|\b(?i:think[-\s]tank)\b"
)
# A speaker who is not named: "said a senior officer who asked not to be named".
_ANONYMOUS = re.compile(
    r"(?i:\bwho\s+(?:asked|requested|declined)\s+(?:not\s+)?to\s+(?:be\s+)?(?:named|"
    r"identified)|\bon\s+(?:the\s+)?condition\s+of\s+anonymity|\bwho\s+requested\s+anonymity"
    r"|(?<![\w-])(?:пожелавш|попросивш)[а-яё]+\s+не\s+называть)"
)


# Unnamed people who speak for no one they name: "Western diplomats insisted", "officials
# in Brussels said", "said one diplomat", "according to critics", «дипломаты полагают»,
# «по словам источника». (A spokesman speaks for the body he names: a statement.)
_UNNAMED = (
    r"diplomat|official|critic|source|aide|insider|sceptic|skeptic|opponent|lawmaker|"
    r"legislator|politician|officer|negotiator|people\s+familiar\s+with\s+[\w\s']{1,30}?"
)
_RU_UNNAMED = r"дипломат|чиновник|источник|собеседник|критик|официальн[а-яё]+\s+лиц"
_SAYING_VERB = (
    r"said|says?|told|insist(?:s|ed)?|argue[sd]?|warn(?:s|ed)?|fear(?:s|ed)?|worr(?:y|ied|ies)|"
    r"believe[sd]?|suspect(?:s|ed)?|complain(?:s|ed)?|note[sd]?|acknowledged|concede[sd]?|"
    r"cautioned|stress(?:es|ed)?|maintain(?:s|ed)?|voiced|expressed|expect(?:s|ed)?|"
    r"predict(?:s|ed)?|claim(?:s|ed)?|contend(?:s|ed)?|doubt(?:s|ed)?|questioned|describe[sd]?"
)
_RU_SAYING_VERB = (
    r"счита|полага|опаса|уверен|убежд|заяв|сообщ|говор|сказа|отмеча|призна|рассказ|поясн|"
    r"подчеркн|предупрежда|ожида|сомнева|называ|охарактеризова"
)
# A few words before them, none joining them to someone named ("Lavrov and other officials").
_QUALIFIERS = r"(?:(?!(?:and|or|other)\s)[\w.'\u2019-]+\s+){0,3}"
_UNNAMED_SPEAKER = re.compile(
    # the subject: "Some Western diplomats in Brussels privately voiced", "a senior official said"
    rf"(?<!\band\s)(?<!\bor\s)(?<!\bother\s)\b(?:(?:an?|one|another)\s+{_QUALIFIERS}"
    rf"(?:{_UNNAMED})|{_QUALIFIERS}(?:{_UNNAMED})s)"
    r"(?:\s+(?:in|at|from|of|close\s+to)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,3}?"
    r"[\w.'\u2019-]+)?(?:,\s+[^,]{1,60},)?(?:\s+(?:also|privately|publicly|have|had|still|"
    rf"repeatedly|openly|now))*\s+(?:{_SAYING_VERB})\b"
    # … or the one who said it: "…, said one diplomat", "according to officials"
    rf"|\b(?:said|says|according\s+to)\s+(?:(?:an?|one|another|some|several|many|other)\s+)?"
    rf"{_QUALIFIERS}(?:{_UNNAMED})s?\b"
    # «Собеседники газеты в российской делегации называют»: a few words of whose they are
    rf"|(?<![\w-])(?:[а-яё-]+\s+){{0,2}}(?:{_RU_UNNAMED})[а-яё]*(?:\s+[^\s,.]+){{0,5}}?\s+"
    rf"(?:{_RU_SAYING_VERB})[а-яё]*"
    rf"|(?<![\w-])(?:по\s+словам|по\s+данным|как\s+(?:сообщил|рассказал|сказал)[а-яё]*)\s+"
    rf"(?:[а-яё-]+\s+){{0,2}}(?:{_RU_UNNAMED})[а-яё]*",
    re.IGNORECASE,
)


def _an_unnamed_source_s_view(sentence, dates, mentions, language):
    """Whether ``sentence`` gives only what unnamed officials, diplomats or critics think,
    fear or guess ("Critics warned the pact could open the door to an arms race",
    "Diplomats said the move would make it harder to agree", "NATO officials insist the
    mission is purely defensive"): no fact of the timeline. What they say was done
    ("Diplomats said Russia had recalled its envoy"), an event they say is to come ("the
    talks would resume"), what they tell of someone named ("Officials said Lavrov spent
    the session on Afghanistan": a person among ``mentions``, offsets in ``sentence``),
    or anything they date (a date at the offsets ``dates`` in what they said: "The
    arrangement remains in force until 2012, officials said") is one."""
    speaker = _UNNAMED_SPEAKER.search(sentence)
    if not speaker or _NEXT_CLAUSE.search(sentence, 0, speaker.start()):
        return False  # none, or a clause of its own before them ("…, and officials fear")
    said = reported_content(sentence, language)
    opening = next((p.start for p in said if p.start >= speaker.end()), speaker.end())
    if any(not speaker.start() <= at < opening for at in dates):
        return False  # a date of what they said, not of their saying ("insisted yesterday")
    content = blank(sentence, [Reported(*speaker.span())])
    as_so = without_unreal(content, language)
    # What they said, up to a clause of another's ("expect an answer within days, and they
    # worry"): after them, or before "…, one diplomat said."
    after = as_so[speaker.end() :]
    first = _NEXT_CLAUSE.split(after if after.strip(' .!?"\u201d\u00bb') else as_so)[0]
    if _A_VIEW.search(speaker.group() + first):
        return True  # what they fear or hold, whatever act it names
    if says_an_act(as_so) or any(
        m.kind == "person" and as_so[m.start : m.end].strip() for m in mentions
    ):
        return False
    if status_of(content, language) == Event.Status.OCCURRED:
        return not reports_an_act(as_so, language)
    return bool(_CONJECTURE.search(first))  # what may be, not a plan or a forecast told


_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|although|whereas|а|но|однако)\s|;")


# Verbs that give what one holds, not what one tells: "critics warned", «опасаются».
_A_VIEW = re.compile(
    r"(?i:\b(?:warn(?:s|ed)?|fears?|feared|worr(?:y|ies|ied)|caution(?:s|ed)?|doubt(?:s|ed)?|"
    r"argue[sd]?|insist(?:s|ed)?|claim(?:s|ed)?|contend(?:s|ed)?|believe[sd]?|suspect(?:s|ed)?|"
    r"complain(?:s|ed)?)\b|(?<![\w-])(?:опаса|сомнева|уверен|убежд|счита|полага))"
)
# What may be, not what is to be: "could open the door", "would make it harder", «может».
_CONJECTURE = re.compile(
    r"(?i:\b(?:could|might|may)\b|\bwould\s+(?:\w+ly\s+)?(?:depend|make|leave|mean|cross|"
    r"amount|undermine|hurt|harm|damage|weaken|strengthen|help|risk|threaten|worsen|"
    r"complicate)\b|(?<![\w-])(?:может|могут|мог|могл[аио]|способн[а-яё]*)(?![\w-]))"
)


def _a_commentator_s_view(sentence, language):
    """Whether ``sentence`` gives only what a commentator thinks ("It is a marriage of
    convenience," said Fyodor Lukyanov, a Moscow analyst): someone in the street, an analyst,
    an expert, a historian … whose words report no act, or one not named whose words are
    quoted; no fact of the timeline."""
    said = quotations(sentence) or reported_content(sentence, language)
    if not said:
        return False
    saying = blank(sentence, said)
    if _PASSER_BY.search(saying):
        return True  # what someone in the street says is an opinion, whatever it tells
    content = " ".join(sentence[part.start : part.end] for part in said)
    if _COMMENTATOR.search(saying):
        return not reports_something(content, language)
    # Quoted, an unnamed speaker's words are their view; reported, they may tell an act.
    anonymous = _ANONYMOUS.search(saying)
    return bool(anonymous) and (
        bool(quotations(sentence)) or not reports_something(content, language)
    )


# Someone in the street who speaks: "said Nikolai, a 58-year-old engineer", "student
# Natalia Brandt said", "says a local resident", «говорит пенсионерка Анна»; not whom one
# speaks to ("told students").
_PASSERS_BY = (
    r"student|resident|engineer|clerk|pensioner|retiree|shopkeeper|taxi\s+driver|teacher|"
    r"voter|passer-?by|villager|bystander|housewife|fisherman"
)
_RU_PASSERS_BY = (
    r"студент|жител|пенсионер|инженер|продавщиц|продав[её]ц|учительниц|учител|прохож|рыбак|"
    r"домохозяйк|избирател"
)
_PASSER_BY = re.compile(
    rf"(?i:(?:,\s+an?\s+(?:[\w-]+\s+){{0,3}}|\b(?:said|says)\s+(?:an?|one)\s+(?:[\w-]+\s+){{0,2}})"
    rf"(?:{_PASSERS_BY})\b)|\b(?i:{_PASSERS_BY})\s+[A-Z]"
    rf"|(?<![\w-])(?i:{_RU_PASSERS_BY})[а-яё]*(?:\s+[а-яё]+)?\s+[А-ЯЁ]"
)


# Commentators as the source of what follows: «по оценке экспертов», "analysts estimate".
_BY_COMMENTATORS = re.compile(
    rf"(?i:\b(?:according\s+to|in\s+the\s+view\s+of)\s+(?:some\s+|most\s+|many\s+)?"
    rf"(?:{_COMMENTATORS})s\b|\b(?:{_COMMENTATORS})s\s+(?:in\s+[\w-]+\s+)?(?:estimate|forecast|"
    r"predict|expect|say|said|believe|think|argue|argued|warn|warned)\b"
    r"|(?<![\w-])по\s+(?:оценк[а-яё]*|мнению|прогноз[а-яё]*)\s+(?:[а-яё]+\s+)?"
    rf"(?:{_RU_COMMENTATORS})[а-яё]*)"
)


# The author's own view: «По мнению автора, …», "In the author's view, …".
_AUTHOR_S_VIEW = re.compile(
    r"(?i:по\s+мнению\s+(?:автора|редакции)|in\s+(?:the|this)\s+(?:author|writer|"
    r"newspaper)['\u2019]s\s+(?:view|opinion))\b"
)


# A condition opening a sentence: "If no deal is reached, …", "Unless …", «Если …».
_CONDITION_OPENING = re.compile(r"(?:If|Unless|Should|Если|В\s+случае)(?![\w-])")


def _what_would_follow(sentence, language):
    """Whether ``sentence`` tells only what is to come if a condition is met ("If no deal
    is reached, Russia will find itself outside the regime"): a forecast, no fact."""
    return bool(_CONDITION_OPENING.match(sentence)) and (
        status_of(sentence, language) != Event.Status.OCCURRED
    )


def _commentators_forecast(sentence, dates, language):
    """Whether ``sentence`` gives what commentators expect ("In 2010, according to experts,
    the transit market may reach $500 million", «по оценке экспертов, … может достичь»):
    a forecast, no fact of the timeline. A relative clause's date (at the offsets
    ``dates``) dates a fact of its own ("experts believe New START, which expires in
    February 2021, is next")."""
    if not _BY_COMMENTATORS.search(sentence):
        return False
    if any(c.holds(at) for c in relative_clauses(sentence, language) for at in dates):
        return False
    said = reported_content(sentence, language)
    forecast = " ".join(sentence[part.start : part.end] for part in said) or sentence
    return status_of(forecast, language) != Event.Status.OCCURRED


def _signs_off(sentence):
    """Whether ``sentence`` is a digest's or a broadcast's sign-off."""
    return bool(_SIGN_OFF.match(sentence))


# A live blog's or a newsletter's own doings, which a relative clause may still tell a fact
# after: "We're pausing our live coverage", "Welcome to our coverage of the summit, which
# marks …", "Thanks for following our coverage", «Добро пожаловать».
_LIVE_BLOG_ITSELF = re.compile(
    r"(?:We['\u2019]re|We\s+are|We['\u2019]ll\s+be|We\s+will\s+be)\s+(?:now\s+)?(?:pausing|"
    r"ending|closing|wrapping\s+up|suspending|resuming|continuing|bringing\s+you)\s+(?:our|this)"
    r"\s+(?:live\s+)?(?:coverage|blog|updates)"
    r"|(?:[^.]{0,40}\b)?(?:[Ww]elcome\s+(?:back\s+)?to\b|Thanks?\s+(?:you\s+)?for\s+"
    r"(?:reading|following|joining)\b|Добро\s+пожаловать)"
)


def _about_the_story(sentence):
    """Whether ``sentence`` is a note on the story itself, its contributors, or an outlet's
    promotion of its own pieces: no fact of the timeline."""
    return bool(_ABOUT_THE_STORY.match(sentence) or _PROMOTION.match(sentence))


# An author's recommendation: a list under "NATO and Russia should:" (or "must:", "need
# to:", «следует:»), "we recommend that …", "It is recommended that …". Advice is
# neither done nor planned; what a named speaker recommends is a statement, and reads as
# one ("Lavrov said NATO should …").
_PRESCRIBING_LEAD_IN = re.compile(
    r"\b(?:should|ought\s+to|needs?\s+to|следует|стоит|необходимо|нужно)\s*$",
    re.IGNORECASE,
)
_RECOMMENDING = re.compile(
    r"(?:[^,.]{0,40},\s+)?(?:(?:We|I)\s+(?:therefore\s+|also\s+|strongly\s+|further\s+)?"
    r"(?:recommend|urge|advise|propose|suggest)|It\s+is\s+(?:therefore\s+)?"
    r"(?:recommended|advisable)|(?:Мы|Я)\s+(?:также\s+)?(?:рекомендуем|рекомендую|"
    r"предлагаем|призываем))\b"
)


def _recommends(introduction, sentence, speakers=False):
    """Whether ``sentence`` is the author's advice: its own words, or an item of a list
    whose ``introduction`` prescribes. In a transcript (``speakers``) "we" is a speaker's,
    and the terms of a deal ("Under the accord, Russia should:") are no one's advice."""
    lead_in = introduction.strip()
    if lead_in and _PRESCRIBING_LEAD_IN.search(lead_in) and not _REPORTED.search(lead_in):
        return True
    return not speakers and bool(_RECOMMENDING.match(lead_in or sentence))


# A reporting verb or a deal's terms: "Lavrov said NATO should:" is what Lavrov said.
_REPORTED = re.compile(
    r"\b(?:said|says|told|wrote|argued|insisted|demanded|urged|proposed|suggested|"
    r"recommended|decided|agreed|ruled|resolved|voted|warn(?:s|ed)?|cautioned|under|"
    # what was put forward: "floated the idea that aircraft should fly with transponders on"
    r"floated|put\s+forward|advocated|called\s+for|(?:idea|proposal|suggestion)\s+that|"
    r"according\s+to|заявил[аи]?|"
    r"сказал[аи]?|предложил[аи]?|потребовал[аи]?|решил[аи]?|постановил[аи]?|согласно|"
    r"по\s+условиям)\b",
    re.IGNORECASE,
)


# The author's own advice or judgement: "We must …", "It would be a mistake to …",
# «Нам следует …», «Было бы ошибкой …».
_ADVICE = re.compile(
    r"(?:[^,.]{0,40},\s+)?(?:We\s+(?:must|should|ought\s+to|need\s+to|cannot\s+afford)"
    r"|It\s+(?:would|will)\s+be\s+(?:a\s+)?(?:\w+\s+)?(?:mistake|error|folly|wrong|"
    r"wise|better)\b|It\s+is\s+(?:high\s+)?time\s+(?:for\b|to\b)"
    r"|(?:Нам|Альянсу|Западу|Москве|России|НАТО)\s+(?:следует|стоит|нужно|необходимо)"
    r"|Было\s+бы\s+(?:\w+\s+)?(?:ошибкой|ошибочно|разумно))\b"
)
# Advice: "should" (or "ought to", «следует», «должна бы») and a verb, whatever its date,
# but for what "should" expects to happen: "The report should be ready by Friday", "Talks
# should resume in March" are expected then, unless nothing says when.
_SHOULD = re.compile(
    r"\b(?:should|ought\s+to)\s+(?:(?:also|still|now|then|soon|not)\s+)?(?!have\b)"
    r"(?P<verb>\w+(?:\s+(?:place|effect))?)"
    r"|(?<![\w-])(?:следует|стоит|(?:следовало|стоило)\s+бы)\s+\w+"  # not «предстоит»
    r"|(?<![\w-])(?:должн[аоы]?|надо|нужно)\s+(?:был[аои]?\s+)?бы\s+\w+"
)
# A question asked in the clause before "should": what was in dispute, no advice.
_ASKED = re.compile(r"\b(?:whether|how|why|what|which|who)\b[^,;:.]*$")
_HAPPENS = re.compile(
    r"(?:be|become|come|arrive|begin|start|resume|end|finish|follow|happen|occur|reach|"
    r"return|get|take\s+(?:place|effect))$"
)


def _advises(sentence, dates, language=Language.ENGLISH):
    """Whether ``sentence`` is the author's own advice, not reported (what Lavrov said
    NATO should do is a statement): "We must …", "It would be a mistake to …", or "NATO
    should act …", whatever its date, or "The report should be ready" with no date of
    its own (at the offsets ``dates``). A relative clause's date is that clause's
    ("Allies should use the OSCE, whose council meets in December"), and its "should"
    no advice."""
    if _REPORTED.search(sentence) or sentence[:1] in "\"'\u201c\u2018\u00ab":
        return False
    clauses = relative_clauses(sentence, language)
    own_dates = [at for at in dates if not any(c.holds(at) for c in clauses)]
    should = _SHOULD.search(blank(sentence, clauses))
    if should and _ASKED.search(sentence, 0, should.start()):
        should = None  # "a dispute over whether Moscow should receive a special status"
    expected = should and should["verb"] and _HAPPENS.match(should["verb"])
    return bool(_ADVICE.match(sentence) or (should and not (own_dates and expected)))


# An opinion or a state, no act: the subject's mind in the present ("He thinks the
# alliance learned the wrong lesson", "Not everyone in Moscow is convinced", «Он
# считает, что …»), or what something has been
# like since a date ("The mission has been small and largely idle since 2014"): an
# adjective, not a participle ("has been closed since 2014" says it was closed).
_OPINION = re.compile(
    r"[^,;:\"\u201c\u00ab]{0,100}?(?<![\w-])(?:also\s+|still\s+|now\s+)?"
    r"(?:thinks|believes|feels|reckons|suspects|doubts|"
    # the verb, not the noun ("Russia's fears that"): "Some senators worry the council …"
    r"(?<!['\u2019]s\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bthe\s)"
    r"(?<!\bof\s)(?:worry|worries|fear|fears)\s+(?:that\s+)?(?:the|a|an|it|they|he|she|this|"
    r"[A-Z])|"
    r"(?:is|are)\s+(?:not\s+)?(?:convinced|unconvinced|persuaded|sceptical|skeptical)|"
    r"счита(?:ет|ют)|полага(?:ет|ют)|дума(?:ет|ют)|опаса(?:ется|ются)|убежд[её]н[аы]?|"
    r"уверен[аы]?)(?![\w-])"
)
_IRREGULAR_PARTICIPLE = r"(?:shut|held|built|set|cut|kept|left|lost|run|sent|split|put|hit|torn)"
_STATE = (
    r"(?:has|have)\s+been\s+(?:\w+ly\s+)?"
    rf"(?!\w+(?:ed|en|wn)\b|{_IRREGULAR_PARTICIPLE}\b|in\b|at\b|on\b|an?\b|the\b)[a-z]+"
    r"(?:,?\s+(?:and|or|but)\s+(?:\w+ly\s+)?(?!\w+(?:ed|en)\b)[a-z]+)*"
)
# "… has been small and largely idle since 2003", "Since then the thaw has been steady.",
# "The sequence of events since February has been swift."
_STATE_SINCE = re.compile(
    rf"[^,;:\"\u201c]{{0,80}}?\s{_STATE}\s+since\b"
    rf"|Since\s+(?:then|that\s+time),?\s+[^,;:\"\u201c]{{0,60}}?\s{_STATE}[\s.!]*$"
    rf"|[^,;:\"\u201c]{{0,80}}?\ssince\s[^,;:\"\u201c]{{1,40}}?\s{_STATE}[\s.!]*$"
)


# An impression, no act, whatever the date set off before it: "At the time it seemed that
# …", «Складывается впечатление, что …», «Тогда, в 1997 году, казалось, что …».
_IMPRESSION = re.compile(
    r"(?P<before>[^.;:\"\u201c\u00ab]{0,60}?[,\s]\s*)?(?:(?i:it)\s+(?:seemed|seems|appeared|appears)\s+"
    r"(?:that|as\s+if|as\s+though)|(?:[Сс]кладывается|[Сс]озда[её]тся)\s+впечатление"
    r"|(?<![\w-])(?:[Кк]азалось|[Кк]ажется|[Пп]охоже),?\s+что)(?![\w-])"
)


# A state the present tells, still so ("Sweden, however, is still waiting", "Moscow remains
# opposed"): no act, when nothing dates it.
_A_STATE_NOW = re.compile(
    r"[^,;:\"\u201c\u00ab]{0,60}?(?:,\s*(?:however|though|meanwhile|too),)?\s(?:"
    r"(?:is|are)\s+still\s+(?!to\b|due\b)[a-z]+ing\b|"
    r"(?:remains?|stays?)\s+(?:[a-z]+ly\s+)?(?:opposed|committed|open|unconvinced|sceptical|"
    r"skeptical|wary|cautious|divided|unclear|uncertain|unresolved|in\s+place|in\s+force|"
    r"suspended|frozen|closed)\b)"
)


# How a side took the news, and no act: "Reaction in Moscow was divided", "Russian
# officers were more guarded".
_A_MOOD = re.compile(
    r"[^,;:\"\u201c\u00ab]{0,80}?\s(?:was|were|is|are|seemed|seems|appeared|looked)\s+"
    r"(?:(?:more|less|far|much|rather|very|deeply|sharply|also|largely|visibly|notably)\s+)*"
    r"(?:divided|guarded|muted|mixed|cautious|sceptical|skeptical|upbeat|optimistic|"
    r"pessimistic|cool|lukewarm|warm|positive|negative|hostile|subdued|calm|tense|frosty|"
    r"cordial|unimpressed|unmoved|split|restrained|reserved|enthusiastic|jubilant|gloomy|"
    r"downbeat|uneasy|nervous)\b[^,;:]{0,40}$"
)


def _describes_a_mind_or_state(sentence):
    """Whether ``sentence`` gives only an opinion, an impression or a state, no act of the
    timeline. A mind said of in a clause before the main verb ("Troops that NATO believes
    are Russian crossed …") or reported ("Lavrov said he believes …") is no main
    clause's."""
    opinion = _OPINION.match(sentence)
    if opinion and _SUBORDINATE_OR_SAID.search(opinion.group()):
        opinion = None
    impression = _IMPRESSION.match(sentence)
    if impression and _SUBORDINATE_OR_SAID.search(impression["before"] or ""):
        impression = None
    return bool(
        opinion
        or impression
        or _STATE_SINCE.match(sentence)
        or _A_SAYING.match(sentence)
        or _NOT_THE_FIRST_TIME.match(sentence)
        or _held_in_quotation_marks(sentence)
    )


# Holding a view: the verb that gives a quotation as someone's opinion («— считает
# политолог», "…," he believes).
_HOLDS = re.compile(
    r"(?i:(?<![\w-])(?:счита(?:ет|ют)|полага(?:ет|ют)|уверен[аы]?|убежд[её]н[аы]?|thinks|"
    r"believes|reckons)(?![\w-]))"
)


def _held_in_quotation_marks(sentence):
    """Whether ``sentence`` quotes what someone thinks («"Реальная проверка будет в июне",
    — считает аналитик»): an opinion, whatever it names."""
    said = quotations(sentence)
    # a Russian attribution may stand inside the quotation marks: «…,— считает он.— …»
    dashed = re.search(rf"[,!?]\s*[\u2014\u2013]\s*{_HOLDS.pattern}", sentence)
    return bool(said) and bool(dashed or _HOLDS.search(blank(sentence, said)))


# Why or how something came about, the writer's reading when it dates nothing: "That may
# be why Putin chose it", "This is because …", «Вот почему …».
_AN_EXPLANATION = re.compile(
    r"(?:That|This|It)\s+(?:(?:may|might|could|would)\s+(?:also\s+)?(?:well\s+)?be|is|was|"
    r"explains)\s+(?:partly\s+|largely\s+|precisely\s+|exactly\s+)?(?:why|how|because)\b"
    r"|(?:Вот\s+почему|Именно\s+поэтому|Этим\s+и\s+объясняется)(?![\w-])"
)


# That an act has happened before, with no time of its own: "This is not the first time
# NATO has put the relationship on ice", «Это уже не первый раз, когда …».
_NOT_THE_FIRST_TIME = re.compile(
    r"(?:This|It|That)\s+(?:is|was)\s+(?:not|hardly)\s+the\s+first\s+time\b"
    r"|(?:Это\s+)?(?:уже\s+)?не\s+(?:в\s+)?первый\s+раз\b"
)


# A proverb the copy quotes: "As the saying goes, …", «Как говорится, …».
_A_SAYING = re.compile(
    r"(?:As\s+the\s+(?:old\s+)?(?:saying|proverb)\s+goes|Как\s+говорится|"
    r"Как\s+гласит\s+(?:пословица|поговорка))\b"
)


# What is done again and again, told in the present: "The council still meets occasionally",
# "Today the navies rarely exercise together", "The two fleets hold a drill every summer".
# A habit, not an act of a day; "still" alone keeps a state ("Russia still opposes …").
_HABITUALLY = (
    r"occasionally|regularly|often|usually|sometimes|rarely|seldom|routinely|frequently|"
    r"normally|typically|traditionally|periodically|annually|(?:twice|once|\w+\s+times)\s+a\s+"
    r"(?:year|month|week)|(?:every|each)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|"
    r"every\s+(?:other|second|two|three|four|five)\s+(?:years?|months?|weeks?)|"
    r"from\s+time\s+to\s+time"
)
# The words up to the main verb, or between it and its habit's word: no clause of their
# own between ("the missile shield that Moscow frequently criticizes" is no habit of NATO's).
_NO_CLAUSE = r"(?:(?!\b(?:that|which|who|whom|whose|where|when)\b)[^,;:\"\u201c\u00ab])"
# The verbs of what is done together again and again, in the present.
_DONE_TOGETHER = (
    r"(?:meets?|holds?|hosts?|visits?|gathers?|talks?|trains?|exercises?|convenes?|consults?|"
    r"exchanges?|stages?|conducts?|sends?|patrols?|(?:is|are)\s+(?:held|staged|conducted))"
)
_HABIT = re.compile(
    rf"(?:(?:Today|Nowadays|These\s+days|Now),?\s+)?{_NO_CLAUSE}{{0,80}}?\s(?:still\s+)?"
    rf"(?:(?:{_HABITUALLY})\s+{_DONE_TOGETHER}\b"
    rf"|{_DONE_TOGETHER}\b{_NO_CLAUSE}{{0,60}}?\s(?:{_HABITUALLY})\b)"
)
# How things are now, in the present of a state: "Today that phrase sounds distant", "Now
# the council is a shadow of itself"; not "is holding talks", "is expected to", "is due",
# nor where someone is ("is in Brussels for talks").
_STATE_NOW = re.compile(
    r"(?:Today|Nowadays|These\s+days|Now),?\s+[^,;:\"\u201c\u00ab]{0,60}?\s(?:sounds?|seems?|"
    r"looks?|feels?|appears?|remains?|(?:is|are)(?!\s+(?:\w+ing|\w+ed|to|due|set|about|in|at|"
    r"on|back|here|there|home|away)\b))\b"
)
# The words of a date that mean no more than "in our time": "Today, …", "Now …".
_NOWADAYS = re.compile(r"(?i:today|nowadays|these\s+days|now)")


# Meeting in the present with no date at all: how a body works ("In the council, NATO and
# Russia meet as equals", "The council convenes in Brussels"), no meeting of the timeline.
_MEETS_AS_A_RULE = re.compile(
    rf"(?:[^,;:]{{1,40}},\s*)?{_NO_CLAUSE}{{0,80}}?\s(?=(?:meets?|gathers?|convenes?|consults?)\b)"
    rf"{NOT_PRESENT_AFTER}(?:meets?|gathers?|convenes?|consults?)\b"
    r"(?!\s+(?:on|next|this|later|again|today|tomorrow)\b)"
)


# What was said or done again and again: a standing position ("Putin has repeatedly
# warned …", «Москва неоднократно отвергала обвинения»), of no one day the sentence before
# gives.
_REPEATEDLY = re.compile(
    r"\b(?:repeatedly|time\s+and\s+(?:again|time\s+again)|on\s+(?:several|many|numerous)\s+"
    r"occasions|more\s+than\s+once|again\s+and\s+again)\b"
    r"|(?<![\w-])(?:неоднократно|не\s+раз|не\s+однажды|многократно|раз\s+за\s+разом)(?![\w-])",
    re.IGNORECASE,
)


# The same in Russian: «Учение проводится раз в два года», «Совет собирается ежегодно».
_RU_HABIT = re.compile(
    r"[^,;:]{0,80}?(?<![\w-])(?:проводит(?:ся|ь?ся)|проводятся|проход(?:ит|ят)|"
    r"собира(?:ется|ются)|встречаются)(?![\w-])[^,;:]{0,60}?(?<![\w-])(?:ежегодно|регулярно|"
    r"традиционно|раз\s+в\s+(?:\w+\s+)?(?:год|года|лет|месяц|месяца)|каждый\s+год|"
    r"(?:дважды|трижды)\s+в\s+год)(?![\w-])"
)


def _tells_a_habit(sentence, dates, dated=False):
    """Whether ``sentence`` tells only what is done again and again, or how things are now,
    in the present, with no date but "today" (a "Today" of habits and states is our time,
    not a day): no act of the timeline. Its main verb is the habit's or the state's,
    nothing in it is past. Meeting in the present with no date is a habit too, unless
    something else dates the sentence (``dated``: a digest's day label, a live blog's
    entry)."""
    habit = _HABIT.match(sentence) or _STATE_NOW.match(sentence) or _RU_HABIT.match(sentence)
    if not (habit or not dates and not dated and _MEETS_AS_A_RULE.match(sentence)):
        return False
    if reports_in_the_past(sentence):
        return False
    return all(_NOWADAYS.fullmatch(d.text) for d in dates)


# A description, no act: a common noun's phrase (not a name, not a cleft's "It was X
# that …") linked by a copula to an adjective or a noun phrase ("The road to Rome was long
# and bumpy", "The relationship was a marriage of convenience", «Путь к примирению
# оказался долгим», «Для Москвы неделя стала проверкой», «Главным событием недели стало
# то, …»). A participle after it is an act ("was held in Brussels"), and so is a place
# ("was in Brussels"); a sentence naming an event by a verb or noun ("The visit was the
# first since 1999", «Встреча стала первой») says that event happened.
_COPULA = (
    r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains|remained|proved|"
    r"proves|seemed|seems)"
)
_DESCRIBED = re.compile(
    r"(?:The|A|An|This|That|These|Those|Such|Its|Their|Our|It)\b"
    r"(?:\s+(?!(?:who|whom|which|that|where|when)\b)[\w'\u2019-]+){0,8}?"
    rf"\s+{_COPULA}\s+(?:\w+ly\s+)?"
    rf"(?!\w+(?:ed|en|wn)\b|{_IRREGULAR_PARTICIPLE}\b|(?:to|due|in|at|on|back|there|here|"
    r"home|away|about|out|under|over|among|with|without|from|into|by|for|not|no|never|"
    r"being|set)\b)[a-z][\w'\u2019-]*"
)
_CLEFT = re.compile(r"It\s+(?:is|was)\b[^,;]*?\s(?:that|who|which)\s")
_RU_COPULA = (
    r"(?:оказал(?:ся|ась|ось|ись)|стал[аои]?|явля(?:ется|ются|лся|лась|лось|лись)|"
    r"остал(?:ся|ась|ось|ись)|оста[её]тся|остаются)"
)
_RU_INSTRUMENTAL = r"[а-яё]+(?:ым|им|ой|ей|ом|ем|ыми|ими|ами|ями)"
_RU_DESCRIBED = re.compile(
    rf"[^,;:«»\"]{{0,80}}?(?<![\w-]){_RU_COPULA}\s+(?:весьма\s+|очень\s+|крайне\s+)?"
    rf"{_RU_INSTRUMENTAL}(?![\w-])"
    rf"|[А-ЯЁ]{_RU_INSTRUMENTAL}\s+{_RU_INSTRUMENTAL}\s[^,;:«»\"]{{0,80}}?"
    rf"(?<![\w-]){_RU_COPULA}(?![\w-])"
)


_COPULA_WORD = re.compile(rf"(?<![\w-])(?:{_COPULA}|{_RU_COPULA})(?![\w-])")
# What describes the predicate's noun: "the last place where officers could speak",
# «то, чего многие надеялись избежать».
_DESCRIBING_CLAUSE = re.compile(
    r"(?<![\w-])(?:where|which|who|whom|whose|that|чего|что|чем|где|котор[а-яё]+)(?![\w-])"
)


def _only_describes(sentence, mentions, dates, language=Language.ENGLISH):
    """Whether ``sentence`` only describes, as a feature's figurative line does: its
    subject, no name among ``mentions`` (offsets in ``sentence``), is said to be of a
    kind or a quality; no word names an event, and no verb but the copula reports one
    (a clause of time does: "The airfield was dark when the column rolled in"), save in
    a relative clause, which says its own fact. A date of its main clause (at the
    offsets ``dates``) may bound a state the timeline keeps: "The accord is valid until
    2010"."""
    russian = language == Language.RUSSIAN
    described = (_RU_DESCRIBED if russian else _DESCRIBED).match(sentence)
    if not described or (not russian and _CLEFT.match(sentence)):
        return False
    if any(m.start == 0 or (m.kind == "person" and m.start < described.end()) for m in mentions):
        return False  # a name's state or deed: "Latvia became a member", «Лавров стал …»
    *_, copula = _COPULA_WORD.finditer(sentence, 0, described.end())
    relatives = [c for c in relative_clauses(sentence, language) if not c.time]
    if any(not any(c.holds(at) for c in relatives) for at in dates):
        return False
    own = blank(sentence, relatives)
    before, after = own[: copula.start()], own[copula.end() :]
    after = _DESCRIBING_CLAUSE.split(after, maxsplit=1)[0]
    if reports_something(before, language) or reports_something(after, language):
        return False
    return event_type_of(sentence, language) is None


_SUBORDINATE_OR_SAID = re.compile(
    r"(?<![\w-])(?i:who|whom|which|that|what|as|than|if|when|said|says|told|"
    r"который|которая|которые|что|как|если|когда|заявил[аи]?|сказал[аи]?)(?![\w-])"
)


# An author's note, a paragraph of its own at the start or the end of an op-ed: "Jane Doe
# is a senior fellow at …; she served as …", "John Roe, a former envoy, was …", "The
# writer was …", «Автор — …», «Иван
# Петров — научный сотрудник …».
_AUTHOR_NOTE = re.compile(
    r"(?:The\s+(?:author|writer)s?\s+(?:is|are|was|were|has|have)\b"
    r"|Автор(?:ы|\s+статьи)?\s+[\u2014\u2013-]\s"
    r"|(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'\u2019-]+)){1,2})"
    r"(?P<apposed>,\s+(?:a|an|the)\s[^,]{1,80},)?"  # "Jane Doe, a senior fellow at …,"
    r"\s+(?:is|was|has\s+been|served|worked)(?P<role>\s+(?:a|an)\b)?"
    r"|(?P<name_ru>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){1,2})(?P<role_ru>\s+[\u2014\u2013]\s))"
)
_PARAGRAPH = re.compile(r"\S(?:.|\n(?!\s*\n))*")


def _author_notes(text):
    """The (start, end) of the paragraphs of ``text`` that are its author's note: among
    its first three or its last, one on "the author" ("Jane Doe, the author, …"), or on
    the person its byline names ("By Jane Doe"); or, last of a story of several or among
    its first with a writer's role, on the role of someone it does not name elsewhere
    ("Jane Doe is a senior fellow at …"). The paragraphs that go on with "she" or "he"
    ("She served in Tallinn from 2005 to 2011.") are the note's too."""
    paragraphs = list(_PARAGRAPH.finditer(text))
    found = []
    for index, paragraph in enumerate(paragraphs):
        goes_on = found and found[-1][1] == paragraphs[index - 1].end()
        if goes_on and _PERSONAL_PRONOUN.match(paragraph.group()):
            found.append(paragraph.span())
            continue
        # The last, or the first of the last ones, the others going on with "she" or "he".
        last = all(_PERSONAL_PRONOUN.match(p.group()) for p in paragraphs[index + 1 :])
        if not (index < 3 or last) or not (note := _AUTHOR_NOTE.match(paragraph.group())):
            continue
        name = note["name"] or note["name_ru"]
        surname = name and name.split()[-1]
        role = note["role"] or note["role_ru"]  # "is a …", not "…, the minister, is expected"
        unknown = role and not _named_elsewhere(text, paragraph, surname)
        if (
            not name
            or _in_byline(text, surname)
            or re.match(r",\s+the\s+(?:author|writer)\b", note["apposed"] or "")
            or (last and index >= 2 and unknown)
            or (unknown and _WRITER.match(paragraph.group(), note.end()))
        ):
            found.append(paragraph.span())
    return found


# A writer's role: "(is) a senior fellow at …", «(—) научный сотрудник».
_WRITER = re.compile(
    r"\s*(?:the\s+)?(?:(?:senior|research|visiting|non-resident|associate|assistant)\s+)*"
    r"(?:fellow|analyst|researcher|scholar|professor|lecturer|columnist|"
    r"(?:научный\s+)?сотрудник|эксперт|аналитик|профессор|публицист)\b"
)


def _in_byline(text, surname):
    """Whether a byline of ``text`` ("By Jane Doe", «Автор: Иван Петров») names ``surname``."""
    name = rf"(?<![\w-]){re.escape(surname)}(?![\w-])"
    return bool(re.search(rf"(?im)^[^\S\n]*(?:by|автор:?)[^\S\n][^\n]{{0,60}}?{name}", text))


def _named_elsewhere(text, paragraph, surname):
    """Whether ``text`` names ``surname`` outside ``paragraph``, a Russian one in any case
    («Рогозин», «Рогозина», «Петровой»)."""
    stem = re.escape(surname)
    if re.search(r"[а-яё]", surname):
        stem = re.escape(surname.rstrip("аяь")) + r"[а-яё]{0,3}"
    named = re.finditer(rf"(?<![\w-]){stem}(?![\w-])", text)
    return any(not paragraph.start() <= m.start() < paragraph.end() for m in named)


def _in_the_first_person(sentence):
    """Whether ``sentence``'s subject is "I": in a story with no speakers, its author's
    aside, no fact of the timeline."""
    return bool(_FIRST_PERSON.match(sentence))


def _has_speakers(text):
    """Whether a paragraph of ``text`` opens with a speaker's label ("Q:", "JAMES
    APPATHURAI (NATO Spokesman): "), so that "I" may be a speaker's, not the author's."""
    return any(
        (found := find_lead_in(text, line.start())) and found.names_a_speaker
        for line in re.finditer(r"^", text, re.MULTILINE)
    )


def _is_question(sentence):
    """A sentence that asks ("Will Lavrov meet Rasmussen on Friday?", "“Will it hold?”", a
    parliament's written question: "To ask the Secretary of State for Defence what
    discussions he has had …"), not one that reports a question ("Lavrov asked: “Who gains
    from this?”")."""
    if sentence.startswith("To ask "):
        return True
    asks = re.search(r"\?([\"'\u201d\u2019\u00bb)]*)$", sentence)
    if not asks:
        return False
    quoted = any(mark in asks[1] for mark in "\"'\u201d\u2019\u00bb")
    return not quoted or sentence[:1] in "\"'\u201c\u2018\u00ab"


# The speaker's own time, counted from when they speak: "today", "now", "fifty years ago",
# «сегодня», «десять лет назад».
_SPEAKER_S_NOW = re.compile(
    r"(?i:today|now|nowadays|these\s+days|this\s+year|.*\bago|сегодня|сейчас|ныне|"
    r"в\s+этом\s+году|.*назад)"
)


def _the_speaker_s_own_time(sentence, date_mention, language=Language.ENGLISH):
    """Whether a date in a quotation, counted from when the speaker speaks, is in a clause
    that tells no act: "“Fifty years ago, people here could only dream of this”", "“Today
    our security no longer depends on …”" set then against now, and date no fact of the
    story (nor when it was said, which the publication need not be); "“Today we signed
    the treaty”" tells one."""
    start, end = date_mention.start, date_mention.end
    if not _SPEAKER_S_NOW.fullmatch(date_mention.text.strip()):
        return False
    if not any(q.start < start < q.end for q in quotations(sentence)):
        return False
    clause = clause_around(blank(sentence, [Reported(start, end)]), start, end, language)
    return not says_an_act(clause) and event_type_of(clause, language) is None


def _names_a_thing(sentence, date_mention, language=Language.ENGLISH):
    """A bare year before a name, as in "the 1997 Founding Act" ("Основополагающий акт
    1997 года" in Russian), or the year a plan is for ("a work programme for next year")."""
    if language == Language.RUSSIAN:
        return _names_a_thing_ru(sentence, date_mention)
    date = date_mention.date
    before = sentence[: date_mention.start].rstrip().lower()
    if re.match(r"(?i:the)\s", date_mention.text):
        before += " the"  # "in the wake of the 11 September 2001 attacks"
    if date.precision != DatePrecision.YEAR:
        # A day or month naming an event in a phrase of another word, as a year does below.
        return bool(_AROUND_THE.search(before) and _YEARS_EVENT.match(sentence, date_mention.end))
    # "a plan for 2013", "a work programme for next year": the period a plan is for, not
    # its date.
    if _PLAN_FOR.search(before):
        return True
    if date_mention.relative or date.end:
        return False
    if (made := _MADE_UNDER.search(before)) and _DOCUMENT.match(sentence, date_mention.end):
        # "was set up under the 1997 Founding Act": what it made, in its year; "the body set
        # up under the 1997 Founding Act", a participle after its noun, only names the body
        # another verb's act is of.
        return not _AUXILIARY_BEFORE.search(before, 0, made.start())
    named = before.endswith(("the", "'s", "\u2019s")) or not before
    if named and YEAR_AS_NAME.match(sentence, date_mention.end):
        # What was done at the event the year names ("agreed at the 2004 Istanbul summit")
        # is dated by it, to the year.
        return not (_AT_THE.search(before) and _NAMED_EVENT.match(sentence, date_mention.end))
    # "Exercise Bold Monarch 2011", "Zapad 2009": a year right after a name is part of it
    # (not one a word of its own opens: "Kosovo until 2003").
    name = _NAME_BEFORE.search(sentence, 0, date_mention.start)
    if name and name.group(1).lower() not in _NOT_A_NAME and date_mention.text.isdigit():
        # What was done at the event it names ("agreed at Bucharest 2008") is dated by it.
        return not _AT.search(before, 0, name.start())
    # "the anniversary of the 1997 agreement", "the text of the 1990 treaty": a document the
    # year names, in a phrase of another noun or of circumstance, not the act's date.
    if _OF_THE.search(before) and _DOCUMENT.match(sentence, date_mention.end):
        return True
    # "will not ratify the 1999 treaty", "walked away from a 2008 deal", "violating the 2008
    # cease-fire terms": a document a year names, the object of another act (not the
    # subject opening the sentence: "The 1999 treaty was signed in Istanbul").
    determiner = _A_DETERMINER.search(before)
    if determiner and determiner.start() and _DOCUMENT.match(sentence, date_mention.end):
        return not _AT_THE.search(before)
    # "following the 2008 war in Georgia", "over the 1999 bombing campaign": an event the
    # year names, as a point of reference; what happened at or in it ("at the 2004 summit",
    # "in the 2008 war") is dated by it, and what came "after" it is read as after the year.
    return bool(_AROUND_THE.search(before) and _YEARS_EVENT.match(sentence, date_mention.end))


_OF_THE = re.compile(r"\bof\s+the$")
_MADE_UNDER = re.compile(
    r"\b(?:set\s+up|created|established|founded|formed|launched)\s+(?:under|by)\s+the$"
)
# "a landmark 1990 accord", "a separate 1988 agreement": a word or two may stand between.
_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|be|been|being|is|are|has|have|had)\s+(?:\w+ly\s+)?$")
_A_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)(?:\s+[a-z-]+){0,2}$")
# The capitalised word right before a year, which may end a name ("Bold Monarch 2011");
# not a preposition opening a sentence ("In 2011"), nor a month or a season.
_NAME_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][\w'\u2019-]*)\s+$")
_NOT_A_NAME = frozenset(
    (*MONTHS, *WEEKDAYS)
    + ("in", "by", "since", "until", "till", "after", "before", "from", "through", "during")
    + ("of", "for", "around", "about", "circa", "early", "late", "mid")
    + ("spring", "summer", "autumn", "fall", "winter")
    # a determiner opening the sentence: "The 1999 treaty was signed in Istanbul"
    + ("the", "a", "an", "this", "that", "its", "their", "his", "her", "our")
)
_AT = re.compile(r"\b(?:at|during)\s*$")
_PLAN_FOR = re.compile(
    r"\b(?:plans?|programmes?|programs?|budgets?|targets?|agenda|priorities|strategy|"
    r"forecasts?|quotas?|road\s*map|roadmap)"
    # "a plan of military cooperation for 2011", "the work programme for the year 2010"
    r"(?:\s+(?:of|on)(?:\s+[\w-]+){1,3})?\s+for(?:\s+the\s+year)?$"
)
_AT_THE = re.compile(r"\b(?:at|during)\s+the$")
_AROUND_THE = re.compile(
    r"\b(?:following|over|of|from|about|on|with|to|against|for|into|than|like|"
    r"despite|amid|unlike)\s+the$"
)
# An event a year names: "the 2008 war", "the 2003 invasion", "the 2004 enlargement".
_YEARS_EVENT = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:war|invasion|conflict|crisis|bombings?|campaign|attacks?|offensive|"
    r"occupation|annexation|coup|revolution|uprising|intervention|elections?|referendum|"
    r"enlargement|expansion|withdrawal|blockade|stand-?off|riots?|crackdown|summit|"
    r"ministerial|conference|talks)\b"
)
# The gathering a year and a name call by: "2004 Istanbul summit", "1999 OSCE Summit".
_NAMED_EVENT = re.compile(
    r"(?:\s+[A-Z][\w'\u2019.-]*){1,4}\s+(?i:summit|conference|ministerial|meeting|session|"
    r"council|forum|congress|talks|ceremony|games|olympics)\b"
)
# The document a year names, its name's words between: "the 1990 treaty", "a landmark 1990
# accord", "the 1987 INF Treaty", "the 1997 NATO-Russia Founding Act".
_DOCUMENT = re.compile(
    r"\s+(?:(?:[a-z-]+\s+){1,2}|(?:[A-Z][\w-]*\s+){1,3})?(?i:agreements?|treaty|treaties|accords?|act|"
    r"declaration|charter|deal|protocol|resolution|pact|convention|memorandum|communiqu[eé]|"
    r"doctrine|document|terms|wording|text|framework)\b"
)
# A post held from a date on, and still: "since January", «с января».
_OPEN_TENURE = re.compile(r"(?i:since|со?)\s")


def _clause_title(read, clause):
    """The title of the fact a relative clause of ``read`` says of the sentence's subject:
    the subject and the clause ("The diplomat who left the mission in 2001"), not the whole
    sentence ("… is back in Brussels these days"); None for the main clause, a clause of
    time or a gerund's (the main clause's own act), or one said of an object, which the
    main clause's words introduce."""
    if clause is None or clause.time or clause.gerund or clause.antecedent > 0:
        return None
    return _title(read[clause.antecedent : clause.end])


_SAYING = r"(?:said|says|told|reported|announced|added|stated|noted|confirmed|warned|insisted)"
_WORD = r"[\w.'\u2019-]+"
# Who said it, ending the sentence: a clause after a comma may name them with a title
# (", Secretary General Jaap de Hoop Scheffer said on Monday", ", said Russia's Foreign
# Minister Sergei Lavrov", ", according to Interfax"); without a comma, a speaker named
# right before "said". After the verb: whom they told, then when or where ("told reporters
# in Brussels on Monday", "said in a statement"); never what they said ("…, NATO says there
# can be no deal"), nor a clause joined by "and" or a passive ("…, and ratification was
# confirmed by the Duma in January"), nor a verb joined to the main one ("…, warned of
# retaliation and suspended talks").
_NOT_THAT = r"(?!that\b|whether\b|if\b|how\b|what\b)"
_NOT_A_CLAUSE = r"(?!(?:and|but|or|was|were|is|are|be|been|being|had|has|have|will|would)\b)"
_SAID_WHEN = (
    rf"(?:(?<=told)(?:\s+{_NOT_THAT}{_WORD}){{1,3}}?)?(?:\s+(?:on|in|at|during|after|before|"
    rf"late|earlier|yesterday|today|tonight|last|this|from|via|by)\b(?:\s+{_NOT_THAT}{_WORD}){{0,4}})?"
)
# "…, said Russia's Foreign Minister Sergei Lavrov": a speaker, a name or a title, after
# the verb, with no verb of their own ("…, said Russia would not attend" says what).
_SPEAKER_AFTER = (
    rf"(?=\s+(?:[A-Z]|(?:the|a|an|one|two)\b))(?:\s+(?!(?:that|would|will|could|should|"
    rf"was|were|is|are|had|has|have|did|does|not)\b){_WORD}){{1,6}}"
)
_SAID_BY = re.compile(
    rf"(?:,\s+(?:(?:{_NOT_A_CLAUSE}{_WORD}\s+){{0,8}}{_SAYING}{_SAID_WHEN}"
    rf"|according\s+to(?:\s+{_WORD}){{1,8}}|{_SAYING}{_SPEAKER_AFTER})"
    rf"|\s+(?:[A-Z][\w.'\u2019-]*\s+){{1,3}}(?:said|says){_SAID_WHEN})\.?$"
)


# Who the news comes from, opening the sentence: "According to Interfax, …", «Как стало
# известно „Ъ“, …», «По данным СМИ, …», «Как сообщил источник в МИД, …».
_SOURCED = re.compile(
    r"^(?:(?:According\s+to|(?:Как\s+(?:уже\s+|ранее\s+)?)?(?:стало\s+известно|"
    r"сообщ[аи]л[аио]?|сообщили|сообщает|писал[аио]?|передал[аио]?|передавал[аио]?|"
    r"выяснил[аио]?)|По\s+(?:данным|сведениям|информации|словам))\s+[^,;:]{1,60}"
    r"|По\s+(?:его|её|ее|их)\s+словам|According\s+to\s+(?:him|her|them)"
    r"|As\s+[^,;:]{1,60}?\s+(?:reported|wrote|said)"
    r"(?:\s+(?:earlier|previously|yesterday|(?:on|last|this)\s+\w+))?)"
    r",\s+(?=\w)"
)
# A news outlet the subject of a verb of reporting, opening the sentence: "Interfax
# reported on Tuesday that …", «Газета «Коммерсантъ» сообщила во вторник, что …».
_OUTLET_REPORTED = re.compile(
    r"^[^,;:]{1,60}?\s+(?:reported|wrote|(?:сообщ[аи]л[аио]?|сообщили|написал[аио]?|"
    r"передал[аио]?)(?![\w-]))(?:[^,;:.]{0,40}?\s+that\s+|[^;:.]{0,40}?,\s+что\s+)"
)
# A label before a colon that the proposal says elsewhere: a chronology's date ("1991:",
# "June 22, 1994:", "August 2008:") or a live blog's flag in capitals ("BREAKING:").
_LABEL = re.compile(
    r"(?:(?:NEWS\s+)?ANALYSIS|BREAKING(?:\s+NEWS)?|UPDATE(?:D|\s+\d+)?|FACTBOX|TIMELINE|"
    r"EXCLUSIVE|FLASH|URGENT|CORRECTED|REFILE|WRAPUP|BACKGROUND|CHRONOLOGY"
    r"|(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},?\s+)?\d{4}"
    r"|(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?,?\s+\d{4})\s*:\s+"
)


_AFFILIATION = re.compile(r"\s(?:в|во|at|in)\s+$")


def _sourcing(sentence, mentions, start, offset=0):
    """Where ``sentence`` (at ``start`` in the article) says its news came from, opening
    it ("According to Interfax, ", "Interfax reported on Tuesday that "): that span,
    ``offset`` on, in a list, or none. Not one naming a person or a record the timeline
    knows, other than news media ("As the Ministry of Defence reported last Friday, …"):
    what they said is their statement."""
    match = _SOURCED.match(sentence)
    # "The ministry reported that …" is the ministry's statement, unlike a newspaper's.
    if not match and (match := _OUTLET_REPORTED.match(sentence)):
        match = match if _news_media(sentence[: match.end()]) else None
    if not match:
        return []
    named = [m for m in mentions if start <= m.start < start + match.end()]
    speaking = [m for m in named if not _AFFILIATION.search(sentence, 0, m.start - start)]
    if any(m.kind == "person" or (m.slug and not _news_media(m.text)) for m in speaking):
        return []
    return [Reported(offset, offset + match.end())]


_MEDIA_WORDS = NEWS_NAME_WORDS | MEDIA_NOUNS | word_set("агентство издание телеканал журнал")


def _news_media(text):
    """Whether ``text`` names news media: "Interfax", "the Tromsø daily", «газета …»."""
    return any(word in _MEDIA_WORDS for word in re.findall(r"[^\W\d_]+", text.lower()))


def _by_the_report(dates, sourcing, said, language=Language.ENGLISH):
    """The sentence's ``dates`` with those of when its news was reported (in ``sourcing``)
    read as when what it reports had happened by ("As Interfax reported on Tuesday, the
    sides had agreed": by Tuesday); left out where the fact has a date of its own or is
    still to come (``said``: what the sentence reports)."""
    reported = [d for d in dates if any(p.holds(d.start) for p in sourcing)]
    own = [d for d in dates if d not in reported]
    if not reported or own or status_of(said, language) != Event.Status.OCCURRED:
        return own
    report = reported[-1]
    last = report.date.end or report.date.start
    by = PartialDate(last, report.date.precision, None, DateQualifier.NO_LATER_THAN)
    note = f"{report.note.rstrip('.')}; reported then, so “by” then: {by.display}."
    return [replace(report, date=by, note=note)]


def _title(sentence):
    """The sentence shortened to a headline the editor will rewrite."""
    title = re.sub(r"[\"\u201c\u201d\u201e]", "", sentence)  # "…", “…”, „…“
    title = re.sub(r"\s+", " ", title).strip()  # a quotation over paragraphs
    title = title[label.end() :] if (label := _LABEL.match(title)) else title
    title = _SAID_BY.sub("", title)
    title = _SOURCED.sub("", title)
    title = re.sub(r"\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+", "", title)  # notes' markers
    title = title.rstrip(" .,;:")
    if len(title) > TITLE_LENGTH:
        title = title[:TITLE_LENGTH].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return title[:1].upper() + title[1:]


# --- The proposals as JSON: the command's output, and what the review page carries -----

ENTITY_LISTS = {
    "person": "people",
    "place": "places",
    "organization": "organizations",
    "agreement": "agreements",
}


def proposal_to_json(proposal):
    """The proposal as the import command prints it (and the review page carries it)."""
    date = proposal.date
    data = {
        "quote": proposal.quote,
        "start_offset": proposal.start,
        "end_offset": proposal.end,
        "title": proposal.title,
        "start_date": date.start.isoformat(),
        "end_date": date.end.isoformat() if date.end else None,
        "date_precision": date.precision,
        "date_qualifier": date.qualifier,
        "display_date": date.display,
        "date_text": proposal.date_text,
        "date_note": proposal.date_note,
        "status": proposal.status,
        "event_type": proposal.event_type,
        **{name: [] for name in ENTITY_LISTS.values()},
        "matches_event": proposal.matched_event.slug if proposal.matched_event else None,
        "matches_proposal": proposal.same_as,
        "event_matches": [asdict(match) for match in proposal.matches],
    }
    for mention in proposal.mentions:
        data[ENTITY_LISTS[mention.kind]].append(
            {"name": mention.text, "slug": mention.slug, **_mention_details(mention)}
        )
    return data


def _mention_details(mention):
    details = asdict(mention)
    for key in ("text", "slug"):
        details.pop(key)
    details["candidates"] = list(details["candidates"])
    return details


def proposal_from_json(data):
    """The proposal back from ``proposal_to_json``."""
    mentions = [
        Mention(
            text=item["name"],
            slug=item["slug"],
            **{key: value for key, value in item.items() if key not in ("name", "slug")},
        )
        for name in ENTITY_LISTS.values()
        for item in data[name]
    ]
    for index, mention in enumerate(mentions):
        mentions[index] = replace(
            mention,
            candidates=tuple(mention.candidates),
            also_written=tuple(mention.also_written),
        )
    mentions.sort(key=lambda mention: mention.start)
    return Proposal(
        quote=data["quote"],
        start=data["start_offset"],
        end=data["end_offset"],
        title=data["title"],
        event_type=data["event_type"],
        status=data["status"],
        date=PartialDate(
            date_type.fromisoformat(data["start_date"]),
            data["date_precision"],
            date_type.fromisoformat(data["end_date"]) if data["end_date"] else None,
            data["date_qualifier"],
        ),
        date_text=data["date_text"],
        date_note=data["date_note"],
        mentions=mentions,
        matches=[EventMatch(**match) for match in data["event_matches"]],
        same_as=data["matches_proposal"],
    )


def why_nothing_was_proposed(text):
    """Why ``text`` gave no proposal, for the editor, in the interface's language: it has
    no sentence of a story (only headlines, subheads, datelines), or its sentences name no
    dated fact."""
    starts = set(list_items(text)) | table_rows(text)
    story = [
        (start, end)
        for start, end in split_sentences(text)
        if start in starts or _is_fact(text[start:end])
    ]
    if not story:
        return gettext(
            "Nothing was proposed: no line of this text is a sentence of a story (one that "
            "ends with “.” or “!” and has five words or more, or an item of a list or a row "
            "of a table of dates). Headlines, subheads and datelines are not read as facts: "
            "paste the article's body too."
        )
    if len(story) == 1:
        return gettext(
            "Nothing was proposed: the text has a story, but its one sentence names no date "
            "and reports no event (signed, met, said …) of someone or something named."
        )
    # The same words for every count in English; Russian words each count its own way.
    return ngettext(
        "Nothing was proposed: the text has a story, but none of its %(count)d sentences "
        "names a date or reports an event (signed, met, said …) of someone or something named.",
        "Nothing was proposed: the text has a story, but none of its %(count)d sentences "
        "names a date or reports an event (signed, met, said …) of someone or something named.",
        len(story),
    ) % {"count": len(story)}
