"""The words that say what kind of event a sentence reports: "signed", "met", "visited",
"said", and their Russian counterparts. The proposals take an event's kind from them;
the duplicate check leaves them out of what a sentence is about, since it weighs the
kind on its own."""

import re

from events.models import Event

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
        r"landed|flew\s+(?:to|into)",
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
        r"\bsaid\b|\bsays\b|stated|announc|declar|told|tells|confirm|reiterat|stress|insist|"
        r"\bspoke\b|speaking|\basked\b|replied|\badded\b|\bnoted\b|argued|welcomed|praised|"
        r"expressed|briefed|headed\s+by|led\s+by|"
        r"according\s+to|quoted|statement|pledg|promis|assur|agreed|decided|approved|adopted|"
        r"launched|opened|established|created|set\s+up|deploy|began|started|ended",
    ),
]
# The same cues in Russian copy: "подписали", "встретился", "посетил", "заявил" …
RUSSIAN_EVENT_CUES = {
    Event.Type.AGREEMENT_SIGNED: r"подпис(?:ал|ан|ыва|ь)|ратифицир|парафирова",
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
    r"приостанов|замороз|предупред|отказал|обвин",
    Event.Type.PROPOSAL: r"предлож|пригласил|приглашени|призвал|призыв|инициатив",
    Event.Type.STATEMENT: r"заявил|заявлени|сказал|сообщил|отметил|подчеркнул|объявил|"
    r"подтвердил|договорил|согласил|решил|одобрил|приветствовал|выразил|пообещал|провел|"
    r"начал|завершил|открыл|созда[лн]|учрежд|учредил|назвал|напомнил|возобнов",
}
EVENT_CUES = [
    (kind, re.compile(f"{pattern}|{RUSSIAN_EVENT_CUES[kind]}", re.IGNORECASE))
    for kind, pattern in EVENT_CUES
]
