"""The words that say what kind of event a sentence reports: "signed", "met", "visited",
"said", and their Russian counterparts. The proposals take an event's kind from them;
the duplicate check leaves them out of what a sentence is about, since it weighs the
kind on its own."""

import re
from dataclasses import dataclass

from events.models import Event, Language

from .modality import (
    a_second_verb,
    blank,
    clause_around,
    noun_phrase_after_preposition,
    quotations,
    reported_content,
    reports_in_the_past,
    reports_something,
)

# What a sentence reports, from its words; the first that applies wins, so the most
# specific kinds come first. Statements come last: nearly every sentence is "said".
EVENT_CUES = [
    (
        Event.Type.AGREEMENT_SIGNED,
        r"sign(?:s|ed|ing)?\b|ratif(?:y|ied|ies|ication)|initial(?:l)?ed|concluded\s+an?\s+"
        r"(?:agreement|accord|treaty)|exchanged\s+letters",
    ),
    (Event.Type.EXERCISE, r"exercises?\b|drills?\b|manoeuvres|maneuvers|war\s+games"),
    (Event.Type.CONFERENCE, r"conference|summit|forum\b|seminar|symposium|ministerial"),
    (
        Event.Type.VISIT,
        r"visit(?:s|ed|ing)?\b|arriv(?:e|ed|es|al)|trip\b|travel(?:l)?ed|tour(?:ed)?\b|"
        r"landed|fl(?:ew|own|ies|y|ying)\s+(?:in\s+)?(?:to|into)\b",
    ),
    (Event.Type.INTERVIEW, r"interview"),
    (Event.Type.NEGOTIATION, r"negotiat|working\s+on\s+(?:an?|the)\b|talks\s+on|bargain"),
    (
        Event.Type.MEETING,
        r"\bmet\b|\bmeet(?:s|ing)?\b|talks\b|held\s+(?:a\s+)?(?:meeting|session)|hosted|"
        r"convened|gathered|discuss|exchanged\s+views|delegation|session",
    ),
    (
        Event.Type.ENLARGEMENT,
        r"enlargement|accession|join(?:s|ed|ing)?\s+(?:NATO|the\s+alliance)|new\s+members|"
        r"admitted|membership",
    ),
    (
        Event.Type.OBJECTION,
        r"object(?:s|ed|ion)|oppos(?:e|ed|es|ition)|protest|condemn|criticis|criticiz|"
        r"reject|came\s+out\s+against|suspend|froze|freez|halt(?:ed)?|expel|warn(?:s|ed|ing)?|"
        r"on\s+hold|refus|denounc|accus|blam",
    ),
    (
        Event.Type.PROPOSAL,
        r"propos(?:e|ed|es|al)|offer(?:s|ed)?|suggest(?:s|ed)?|invit(?:e|ed|ation)|called\s+for|"
        r"urg(?:e|ed|es)|plan\b|initiative",
    ),
    (
        Event.Type.STATEMENT,
        r"\bsaid\b|\bsays?\b|\bwrote\b|\bwrites\b|stated|announc|declar|told|tells|confirm|reiterat|stress|insist|"
        r"\bspoke\b|speaking|\basked\b|replied|\badded\b|\bnoted\b|argued|welcomed|praised|"
        r"expressed|briefed|headed\s+by|led\s+by|"
        r"according\s+to|quoted|statement|pledg|promis|assur|agreed|decided|approved|adopted|"
        r"launched|opened|established|created|set\s+up|deploy|began|started|ended",
    ),
]
# The same cues in Russian copy: "подписали", "встретился", "посетил", "заявил" …
RUSSIAN_EVENT_CUES = {
    Event.Type.AGREEMENT_SIGNED: r"подпис(?:ал|ан|ав|ыва|ь)|ратифицир|парафирова",
    Event.Type.EXERCISE: r"учени[йяеюи]|маневр|манёвр",
    Event.Type.CONFERENCE: r"конференци|саммит|форум|семинар|симпозиум",
    Event.Type.VISIT: (
        r"посети|посещени|визит|прибы[лв]|прилет|прилёт|побывал|совершил\w*\s+поездку"
    ),
    Event.Type.INTERVIEW: r"интервью",
    Event.Type.NEGOTIATION: r"переговор\w*\s+(?:по|о|об)\s|ведут\s+переговоры|согласовани",
    Event.Type.MEETING: r"встрет|встреч[аеиу]|переговор|заседани|обсуди|обсужда|провел\w*\s+"
    r"(?:встреч|заседани|консультаци)|консультаци|делегаци",
    Event.Type.ENLARGEMENT: r"расширени|вступлени|присоедин|членств",
    Event.Type.OBJECTION: r"возраж|выступил\w*\s+против|протест|осуди|осужд|критик|отверг|"
    r"приостанов|замороз|заморож|предупред|отказал|обвин",
    Event.Type.PROPOSAL: r"предлож|пригласил|приглашени|призвал|призыв|инициатив",
    Event.Type.STATEMENT: r"заявил|заявлени|сказал|сообщил|отметил|подчеркнул|объявил|"
    r"подтвердил|договорил|согласил|решил|одобрил|приветствовал|выразил|пообещал|провел|"
    r"начал|завершил|открыл|созда[лн]|учрежд|учредил|назвал|напомнил|возобнов|настаива|"
    r"пишет|пишут|написал|говори|считает|считают",
}
EVENT_CUES = [
    (kind, re.compile(f"{pattern}|{RUSSIAN_EVENT_CUES[kind]}", re.IGNORECASE))
    for kind, pattern in EVENT_CUES
]


def event_type(text):
    """The kind of event ``text``'s words say, the most specific first, or None."""
    for kind, cue in EVENT_CUES:
        if cue.search(text):
            return kind
    return None


# --- Which words type the dated act -------------------------------------------------
#
# The kind of a dated fact is said by the verb that governs its date and by that verb's
# clause, not by what a reporting verb reports ("wrote on Thursday that … the summit"),
# a quotation, or an act named as the object of another verb: "agreed to resume
# cooperation suspended after the war", "insisted on signing", «настаивал на подписании».

# "cooperation suspended after the war": a participle after an object, with its phrase.
_PARTICIPLE_AFTER_NOUN = re.compile(
    r"\b(?P<noun>[A-Za-z][\w-]+)\s+(?P<participle>[a-z]{3,}ed)\s+(?:after|before|by|in|on|at|"
    r"since|during|last|earlier|over|under|until|with|from|between|amid|following|for)\b"
)
# Words after which an "-ed" is the clause's verb, not a participle of its object
# ("was frozen in 2008 and resumed in March 2009").
_NOT_A_NOUN = frozenset(
    {
        "and",
        "but",
        "or",
        "yet",
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "been",
        "be",
        "being",
        "who",
        "which",
        "that",
        "it",
        "they",
        "he",
        "she",
        "we",
        "also",
        "not",
        "never",
        "then",
        "later",
        "jointly",
        "formally",
        "finally",
        "already",
        "subsequently",
        "reportedly",
    }
)
# "insisted on signing", "warned against admitting", «настаивал на подписании договора».
_ACT_AS_OBJECT = re.compile(
    r"\b(?:on|about|against|for|of)\s+(?P<act>[a-z]+ing)\b|"
    r"(?<![\w-])(?:на|о|об|обо|за|против|от|к)\s+(?P<act_ru>[а-яё]+(?:ни|ти)(?:е|я|ю|ем|и|ях|ям|й))"
    r"(?![\w-])"
)


def _after_a_verb(text, position, language):
    """Whether a verb comes before ``position`` in its clause."""
    before = clause_around(text[:position], position, position, language)
    return reports_something(before, language)


def _without_objects(text, language=Language.ENGLISH):
    """``text`` with the acts named as another verb's object blanked out, offsets kept."""
    spans = []
    for match in _PARTICIPLE_AFTER_NOUN.finditer(text):
        if match["noun"].lower() in _NOT_A_NOUN or not _after_a_verb(
            text, match.start("noun"), language
        ):
            continue
        start = match.start("participle")
        spans.append(_Span(start, start + len(clause_around(text, start, start, language))))
    for match in _ACT_AS_OBJECT.finditer(text):
        name = "act" if match["act"] else "act_ru"
        if _after_a_verb(text, match.start(), language):
            spans.append(_Span(*match.span(name)))
    return blank(text, spans)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _the_act(text, start, end, language):
    """``text`` with what does not type the act the words ``text[start:end]`` date blanked
    out: the reported content and quotations that do not hold them, what comes before
    the one that does, and the acts named as objects."""
    reported = reported_content(text, language) + quotations(text)
    holding = [span for span in reported if span.holds(start)]
    if holding:
        opening = max(span.start for span in holding)
        text = " " * opening + text[opening:]
    text = blank(text, [span for span in reported if not span.holds(start)])
    return _without_objects(text, language)


def event_type_at(text, start, end, language=Language.ENGLISH):
    """The kind of event the words ``text[start:end]`` (a date) date, or None: said by
    their clause, else by the rest of the act they date; but a second verb joined to
    the first types its own clause alone: "was frozen in 2008 and resumed in March 2009"
    is no freezing in March 2009."""
    act = _the_act(text, start, end, language)
    if phrase := noun_phrase_after_preposition(act, start, end, language):
        return event_type(blank(act, [phrase]))  # "met … before the freeze on 19 August"
    clause = event_type(clause_around(act, start, end, language))
    if clause or a_second_verb(act, start, end, language):
        return clause
    return event_type(act)


def event_type_of(text, language=Language.ENGLISH):
    """The kind of event a sentence with no date reports, or None. A statement made
    ("Lavrov said Russia would sign …", "«…», — заявил Лавров") is a statement."""
    act = text
    if reports_in_the_past(text, language):
        act = blank(text, reported_content(text, language, past_only=True) + quotations(text))
    return event_type(_without_objects(act, language))
