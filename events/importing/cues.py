"""The words that say what kind of event a sentence reports: "signed", "met", "visited",
"said", and their Russian counterparts. The proposals take an event's kind from them;
the duplicate check leaves them out of what a sentence is about, since it weighs the
kind on its own."""

import re
from dataclasses import dataclass
from functools import lru_cache

from events.models import Event, Language

from .calendar_words import CALENDAR_NAMES, RU_MONTHS_GENITIVE
from .modality import (
    PUT_OFF,
    RU_PUT_OFF,
    RU_PUTTING_OFF,
    a_second_verb,
    blank,
    clause_around,
    noun_phrase_after_preposition,
    quotations,
    reported_content,
    reports_in_the_past,
    reports_something,
    verbless_before_an_infinitive,
)

# An agreement between parties, as an object: "an arrangement", "the Open Skies Treaty";
# not the alliance's own treaty, which one joins as a member.
_PACT = (
    r"(?:an?|the|their|its)\s+(?!North\s+Atlantic|Washington)(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|accord|treaty|deal|arrangement|pact|convention|protocol)\b"
)
# A document adopted as a pact is signed: "the Rome Declaration", "a charter".
_DOCUMENT = (
    r"(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:agreement|accord|treaty|pact|convention|"
    r"protocol|charter|declaration|act)\b"
)
# Both sides of an agreement as a verb's subject: "Oslo and Moscow", "the two ministers",
# "both sides".
_TWO_SIDES = (
    r"(?:\band\s+(?:[\w'\u2019-]+\s+){0,4}?|\b(?:the\s+)?(?:two|both)\s+(?:[\w-]+\s+){0,2}?|"
    r"\b(?:the\s+)?(?:sides|parties)\s+)"
)
# What a sentence reports, from its words: for each kind, the verbs that say it ("met",
# "signed") and the nouns that name it ("the summit", "exercises"). A clause's verb says
# what it reports, so a verb cue types it before any noun does: "met … before the annual
# exercises" is a meeting, "called that proposal a non-starter" a statement. Among verbs,
# or among nouns, the first kind that applies wins, so the most specific kinds come
# first; statements come last, since nearly every sentence is "said".
_CUES = [
    (
        Event.Type.AGREEMENT_SIGNED,
        r"sign(?:s)?\b(?!\s+(?:of|that)\b)|sign(?:ed|ing)\b|ratif(?:y|ied|ies|ication)|"
        r"initial(?:l)?ed|exchanged\s+letters|(?:conclud|finali[sz]|reach|clinch|seal|struck|"
        rf"strik|agre|extend|renew|prolong)\w*\s+{_PACT}|(?:join|acced)\w*\s+(?:to\s+)?{_PACT}|"
        # "the treaty was extended": renewed, as by a signing
        r"\b(?:agreement|accord|treaty|pact|convention|protocol)\s+(?:was|were|has\s+been|"
        r"had\s+been|will\s+be|would\s+be)\s+(?:formally\s+|officially\s+)?"
        r"(?:extended|renewed|prolonged)\b|"
        # "adopted the Rome Declaration", "put their names to the charter"
        rf"adopt(?:s|ed|ing)?\s+{_DOCUMENT}|put(?:s|ting)?\s+(?:their|his|her|its)\s+"
        r"(?:names?|signatures?)\s+(?:[\w,]+\s+){0,3}?to\b|"
        # joining the Partnership for Peace is signing its Framework Document
        r"join(?:s|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:Partnership\s+for\s+Peace|PfP)\b",
        r"exchange\s+of\s+letters",
    ),
    (
        Event.Type.EXERCISE,
        r"(?!)",
        r"exercises?\b|drills?\b|manoeuvres|maneuvers|war\s+games|(?-i:Operation\s+[A-Z])",
    ),
    (
        Event.Type.CONFERENCE,
        r"(?!)",
        r"conference|summit|forum\b|seminar|symposium|ministerial",
    ),
    (
        Event.Type.VISIT,
        r"visit(?:s|ed|ing)?\b|arriv(?:e|ed|es|ing)\b|travel(?:l)?ed|toured\b|landed|"
        r"fl(?:ew|own|ies|y|ying)\s+(?:back\s+)?(?:in\s+)?(?:to|into)\b|(?:go|goes|went|gone)\s+to\s+(?-i:[A-Z])|"
        # … and one due to go there: "is scheduled to travel to Kyiv", "plans to travel to".
        r"travel(?:s|l?ing)?\s+to\b|head(?:s|ed|ing)?\s+to\s+(?-i:[A-Z])|"
        # … and back from one: "returned from Moscow on Wednesday night"
        r"return(?:s|ed|ing)?\s+from\s+(?-i:[A-Z])",
        r"arrival|trip\b|tours?\b|(?<=\s)visits?\b",
    ),
    (Event.Type.INTERVIEW, r"interview(?:s|ed)?\b|\bin\s+an\s+interview\b", r"interview"),
    (
        Event.Type.NEGOTIATION,
        r"negotiat(?:e|ed|es|ing)\b|working\s+on\s+(?:an?|the)\b|bargain|"
        r"hammer(?:s|ed|ing)?\s+out\b|"
        # Terms two sides agreed, the outcome of their talks: "Oslo and Moscow agreed that
        # …", "the two ministers agreed on Monday"; not one side's "NATO agreed", nor what
        # they agreed to do, which types itself: "agreed to stage a drill".
        rf"{_TWO_SIDES}agreed\b(?!\s+(?:[\w,]+\s+){{0,3}}?to\s)|"
        # … agreed in the passive, or agreement reached: "the text was agreed on May 14",
        # "reached agreement on missile defence"
        # … or as a participle after its noun: "arrangements for transit, agreed this week"
        r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s)|(?<=,\s)|(?<![\s\S]))agreed\b(?!\s+to\b)|"
        r"reach(?:ed|es|ing)?\s+agreement\b",
        r"negotiat|talks\s+on",
    ),
    (
        Event.Type.MEETING,
        r"\bmet\b|\bmeets?\b|held\s+(?:a\s+)?(?:meeting|session)|hosted(?!\s+by\b)|(?:re)?conven(?:e|ed|es|ing)\b|"
        r"receiv(?:e|es|ed|ing)\s+(?-i:[A-Z])(?![\w.-]*['\u2019]s\b)|"
        r"gathered|g[eo]t(?:s|ting)?\s+together\b|"
        # "spoke by phone with Stoltenberg"; not "spoke with reporters", a statement
        r"(?:sp(?:oke|eaks?|eaking)|talk(?:ed|ing))\s+(?:(?:today|by|on\s+the|over\s+the)\s+"
        r"(?:(?:tele)?phone\s+)?)?with\s+(?!(?:the\s+)?(?:reporters|journalists|press|media|"
        r"correspondents|students|audience)\b)|"
        r"gathers?\s+(?:in|at|for|on)\b|"
        r"discuss(?:es|ed|ing)?\b|exchanged\s+views|s[ai]t(?:s|ting)?\s+down\s+(?:with|together|"
        r"in|at|for)\b|resum(?:e|ed|es|ing)\s+(?:[\w-]+\s+){0,2}?(?:contacts|dialogue|talks|"
        r"consultations|meetings)\b",
        r"\bmeeting|talks\b|consultations\b|delegation|session|discussion|"
        # "held a two-hour video call", "the third round is set for Thursday"
        r"(?:video|phone|telephone)\s+(?:call|conference)|videoconference|"
        r"(?:first|second|third|fourth|fifth|next|new|latest|last|final)\s+round\b",
    ),
    (
        Event.Type.ENLARGEMENT,
        # Not an act of the alliance joined: "will join NATO patrols", "joined NATO staff".
        r"join(?:s|ed|ing)?\s+(?:NATO|the\s+alliance)(?!['\u2019]s)\b(?!-|\s+(?:patrols?|"
        r"exercises?|drills?|operations?|staff|missions?|forces|headquarters|command|ships|"
        r"vessels|fleet|programmes?|programs?|talks|meetings?|summit|naval|air|maritime|"
        r"military|efforts?|officials|colleagues|counterparts|partners|leaders|ministers|"
        r"ambassadors|allies|heads|chiefs|envoys|diplomats|troops|soldiers|jets|warships)\b)|"
        # admitted to the alliance, not "admitted that" (conceded) or to a service
        r"(?:was|were|been|be|being)\s+admitted\b(?!\s+(?:that|to\s+(?:the\s+)?(?!NATO\b|"
        r"alliance\b)[a-z]))|admitted\s+(?:to\s+)?(?:NATO|the\s+alliance)\b|"
        r"bec(?:ame|ome|omes)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?members?\s+of\s+"
        r"(?:NATO|the\s+alliance)|"  # "became the 32nd member of NATO"
        # "became NATO's 31st member", "became the alliance's newest member"
        r"bec(?:ame|ome|omes)\s+(?:NATO|the\s+alliance)['\u2019]s\s+(?:[\w-]+\s+)?(?:member|ally)\b|"
        # "The Baltics joined at the end of March", "which became members on March 29":
        # joined, with no object
        r"(?:joined|bec(?:ame|ome)\s+(?:full\s+)?members)\s+"
        r"(?=(?:in|on)\s+(?:\d|(?-i:[A-Z]))|at\s+the\s+(?:end|start|beginning)\b)|"
        # "approved Finland's membership", "applied to join", "invited Poland to join NATO"
        r"(?:approv|ratif)\w*\s+(?:(?-i:[A-Z])[\w-]*['\u2019]s\s+|the\s+|their\s+|its\s+)"
        r"(?:membership|accession)\b|appl(?:y|ies|ied)\s+(?:to\s+join|for\s+membership)\b|"
        r"invit\w*\s+(?:[\w,-]+\s+){1,6}?to\s+join\s+(?:NATO|the\s+alliance)\b",
        r"enlargement|accession|new\s+members|membership",
    ),
    (
        Event.Type.OBJECTION,
        r"object(?:s|ed)\b|oppos(?:e|ed|es)\b|protest|condemn(?:s|ed|ing)?\b|"
        r"criticis(?:e|es|ed|ing)\b|criticiz|reject(?:s|ed|ing)?\b|came\s+out\s+against|"
        r"suspend|froze|freez|halt(?:ed)?|expel|warn(?:s|ed|ing)?|on\s+hold\b|walk(?:s|ed)?\s+out\b|"
        # "broke off most contacts with NATO", "cut off ties": contacts ended
        r"(?:br(?:oke|eak|eaks|eaking)|cut(?:s|ting)?)\s+off\b|"
        # "withdrew the accreditation of eight members", "stopped implementing the treaty"
        r"withdr(?:ew|aw|awn|awing|aws)\s+(?:the\s+|their\s+|its\s+)?accreditation|"
        # leaving a pact: "withdrew from the INF Treaty", "pulled out of the accord"
        rf"(?:withdr(?:ew|aw|awn|awing|aws)\s+from|pull(?:s|ed|ing)?\s+out\s+of|"
        rf"(?:left|leaves|quit(?:s|ting)?|exit(?:s|ed|ing)?))\s+{_PACT}|"
        r"(?:stopped|stops|ceased|ceases)\s+(?:implementing|applying|observing|complying)\b|"
        # "summoned the Estonian ambassador": a protest
        r"summon(?:s|ed|ing)?\b|block(?:s|ed|ing)?\b|veto(?:es|ed|ing)?\b|"
        # "ordered eight diplomats to leave": an expulsion
        r"order(?:s|ed)?\s+(?:[\w-]+\s+){1,4}?to\s+leave\b|"
        r"refus(?:e|es|ed|ing)\b|denounc|accus(?:e|es|ed|ing)\b|blam|"
        # "declined an invitation", "turned down the offer"
        r"declin(?:e|es|ed|ing)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+)?"
        r"(?:invitation|offer|request)|turn(?:s|ed|ing)?\s+down\b|"
        # "dismissed the plan as a stunt"; not "dismissed the minister"
        r"dismiss(?:es|ed|ing)?\s+(?:[\w'\u2019-]+\s+){1,5}?as\b",
        r"objection|opposition|condemnation|criticism|rejection|suspension|refusal|accusation",
    ),
    (
        Event.Type.PROPOSAL,
        r"propos(?:e|ed|es|ing)\b|suggest(?:s|ed)?\b|invit(?:e|ed|es)\b|"
        # "offered talks"; not "offered condolences", a message
        r"offer(?:s|ed)?\b(?!\s+(?:(?:his|her|their|its|the|deep|sincere|deepest|heartfelt)\s+)*"
        r"(?:condolences|sympathy|sympathies|congratulations|thanks|apologies|prayers)\b)|"
        # "requested talks"; not "the session had been requested", a meeting
        r"(?<!been\s)(?<!was\s)(?<!were\s)requested\b|"
        r"put(?:s|ting)?\s+forward\b|floated\b|"
        r"\bcalled\s+(?:for|on)\b|urg(?:e|ed|es)\b|"
        # "demanded an urgent meeting"; not "demanded an immediate halt", an objection
        r"demand(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:urgent\s+|emergency\s+|immediate\s+)?"
        r"(?:meeting|session|talks|consultations)\b",
        r"proposal|invitation|plan\b|initiative|"
        # "handed over a draft treaty"
        r"draft\s+(?:treaty|treaties|agreements?|texts?|documents?|resolution)",
    ),
    (
        Event.Type.STATEMENT,
        r"\bsaid\b|\bsays?\b|\bwrote\b|\bwrites\b|stated|announc|declar|told|tells|confirm|"
        r"reiterat|stress|insist|\bspoke\b|speaking|\basked\b|replied|\badded\b|\bnoted\b|"
        r"\brecall(?:s|ed)\b(?!\s+(?:its|their|his|her)\s)|\bremind(?:s|ed)\b|\bremember(?:s|ed)\b|"
        r"argued|welcomed|praised|hail(?:s|ed)\b|expressed|brand(?:s|ed)\b|label+(?:s|ed)\b|"
        r"describ(?:es|ed|ing)\b|"
        r"briefed|headed\s+by|led\s+by|\bcalled\b|"
        r"according\s+to|quoted|pledg|promis|assur|agreed|decided|approved|adopted|"
        r"launched|opened|established|created|set\s+up|deploy|began|started|\bended\b|"
        # Calling an act off is no act of its kind: "the exercise was cancelled on Monday".
        r"cancel+(?:s|ed|ing)?\b|postpon|\bput\s+off\b|scrapped|shelved|\bdelayed\b",
        r"statement",
    ),
]
# The same cues in Russian copy, verbs ("подписали", "встретился", "заявил") and nouns
# ("саммит", "переговоров", "заявление"); a noun's endings are left open, a verb's that
# shares its stem with a noun are spelled out ("предложил", not "предложение").
# "к НАТО", "Украины к альянсу", "к Североатлантическому договору": joined to the alliance.
_TO_NATO = r"(?:[а-яё]+\s+){0,3}?к\s+(?:НАТО|альянс|Североатлантическ|блок)"
# «вступила в НАТО», «вступят в альянс», not «вступит в должность» (take office) nor «в силу».
_INTO_NATO = r"(?:[а-яё]+\s+){0,3}?в\s+(?:НАТО|альянс|Североатлантическ|блок|ряды)"
# «начал», «начались», but not the noun of a time's beginning: «на начало июня», «в начале
# года».
_RU_TIME_OF_YEAR = "|".join([*RU_MONTHS_GENITIVE, "года", "месяца", "недели", "века"])
_RU_BEGAN = rf"начал(?![оаеу]\s+(?:{_RU_TIME_OF_YEAR})(?![\w-]))"
# A verb's infinitive after it says what is to be done: «договорились провести встречу».
_INFINITIVE = r"[а-яё]+(?:ть|ти|чь)(?:ся|сь)?(?![\w-])"
# An agreement between parties, as an object: «к Соглашению о статусе сил», «договор».
_RU_PACT = (
    r"(?:к\s+)?(?:(?!североатлантическ)[а-яё]+\s+){0,2}?"
    r"(?:соглашени|договор|конвенци|протокол|пакт)"
)
RUSSIAN_EVENT_CUES = {
    Event.Type.AGREEMENT_SIGNED: (
        r"подпис(?:ал|ан|ав|ат|ыва|ь)|подпиш(?:ет|ут|ем)|ратифицир|парафирова|"
        rf"(?:присоедин|заключ)[а-яё]*\s+{_RU_PACT}|"
        # «присоединилась к программе НАТО «Партнерство ради мира»», its name quoted
        r"присоедин[а-яё]*\s+к\s+(?:[а-яё]+\s+)?(?:программ[а-яё]*|«?Партн[её]рств)",
        r"обмен[а-яё]*\s+письмами|"
        # «продлили договор», «договор был продлен»: renewed, as by a signing
        rf"продл(?:ил|ит|ят|ева)[а-яё]*\s+{_RU_PACT}|"
        r"(?<![\w-])(?:соглашени|договор|конвенци|протокол)[а-яё]*\s+(?:[\w-]+\s+){0,3}?"
        r"(?:был[аио]?\s+)?продл[её]н[аоы]?(?![\w-])",
    ),
    # «отстреляли»: fired at a range; «проверку боеготовности»: a snap readiness drill.
    Event.Type.EXERCISE: (
        r"(?<![\w-])отстрел(?:ял|яли|ялись)\b",
        r"учени[йяеюи]|маневр|манёвр|проверк[а-яё]*\s+боеготовност",
    ),
    Event.Type.CONFERENCE: (r"(?!)", r"конференци|саммит|форум|семинар|симпозиум"),
    Event.Type.VISIT: (
        r"посети(?!тел)|прибы[лв]|прибуд[еу]т|прилет[еия]|прилёт[еия]|побывал|совершил\w*\s+поездку|"
        r"приеха[лв]|приезжа[лв]|приед[еу]т|(?:вы)?лет(?:ел[аи]?|ит|ят|ает|ают)\s+в\s|"
        # «Министра ждут в Осло», «в Осло его ожидают»: expected in a place, to arrive there.
        r"(?:жд[её]т|ждут|ожида(?:ет|ют|ется|ются))\s+в\s+(?-i:[А-ЯЁ])|"
        r"(?<![\w-])в\s+(?-i:[А-ЯЁ])[а-яё-]+\s+(?:[а-яё]+\s+)?(?:жд[её]т|ждут|ожида(?:ет|ют|ется|ются))(?![\w-])",
        r"посещени|визит|прилет|прилёт",
    ),
    # «ответил на вопросы газеты»; «Беседа состоялась 15 ноября», not a talk between two
    # leaders («беседа с», «телефонная беседа»).
    Event.Type.INTERVIEW: (
        r"(?<![\w-])в\s+интервью|ответил\w*\s+на\s+вопросы\s+(?:газеты|журнала|издания|"
        r"агентства|телеканала|радио|[«\"])",
        r"интервью|(?<![\w-])(?<!телефонная\s)бесед[аеуы](?!\s+(?:с|со|между|по)\s)(?![\w-])",
    ),
    # «Текст был согласован на переговорах»: agreed in talks; «стороны договорились»: the
    # two came to terms.
    Event.Type.NEGOTIATION: (
        r"ведут\s+переговоры|вели\s+переговоры|согласова(?:л|н)|"
        # «стороны договорились, что …», not «договорились провести встречу»: the meeting
        rf"договорились(?![\w-])(?!\s+{_INFINITIVE})",
        r"переговор\w*\s+(?:по|о|об)\s|согласовани",
    ),
    Event.Type.MEETING: (
        # «соберутся на следующей неделе»: will meet; not «собираются подписать» (intend to)
        # «встретили прохладно», «встретил идею в штыки»: received, no meeting.
        r"встрет(?![а-яё]*\s+(?:[\w-]+\s+){0,3}?(?:прохладно|холодно|в\s+штыки|настороженно|"
        r"сдержанно|критически|тепло|благожелательно|неоднозначно|с\s+энтузиазмом|с\s+пониманием|"
        r"с\s+недоверием|скептически|с\s+(?:сожалением|удовлетворением|тревогой|недоумением|"
        r"удивлением|облегчением|одобрением|озабоченностью|беспокойством|раздражением)|"
        r"без\s+(?:удивления|энтузиазма|восторга)))|"
        # «провели (экстренное, очередное) заседание»
        r"обсуд(?:и|ят)|обсужда|провел\w*\s+(?:[а-яё]+(?:ое|ую|ые|ий|ый|ой)\s+){0,2}"
        r"(?:встреч|заседани|консультаци|совещани|саммит)|"
        r"(?:соберу?тся|собер[её]тся|собрал(?:ся|ась|ись|ось)|собира(?:ются|ется|лись)|"
        r"собирал(?:ся|ась|ось))"
        rf"(?!\s+{_INFINITIVE})|"
        r"возобнов[а-яё]*\s+(?:[а-яё-]+\s+){0,2}?(?:контакт|диалог|переговор|встреч|консультаци)|"
        # «разговаривал с Шерман», «продолжили разговор в Вене»
        r"(?:разговарива|побеседова)(?:л|ла|ли|ет|ют)\s+(?:[а-яё]+\s+){0,3}?с(?:о)?\s|"
        r"продолжи(?:л|ла|ли|т|ят)\s+(?:разговор|беседу|консультации|переговоры|диалог)",
        r"встреч[аеиу]|переговор|заседани|совещани|консультаци|делегаци|"
        r"телефонн[а-яё]+\s+разговор|разговор[а-яё]*\s+по\s+телефону",
    ),
    Event.Type.ENLARGEMENT: (
        # Joining the alliance, not «присоединение Крыма» (an annexation).
        rf"присоедин(?:ил|ит|ят|ял)\w*\s+{_TO_NATO}|"
        rf"(?:вступ(?:ил|ит|ят|ал|ать|ивш)\w*|вош(?:ли|ла|ёл|ел)|войд(?:ут|ёт|ет))\s+{_INTO_NATO}|"
        # the verb after, as news copy fronts the alliance: «в НАТО вступили Польша, …»
        r"приглас[а-яё]*\s+(?:[а-яё]+\s+){0,2}?к\s+вступлению|"
        r"в\s+(?:НАТО|альянс|Североатлантический\s+альянс|блок)\s+(?:[а-яё]+\s+)?"
        r"(?:вступ(?:ил|ит|ят|ал)\w*|вош(?:ли|ла|ёл|ел)|войд(?:ут|ёт|ет))(?![\w-])|"
        r"стал[а-яё]*\s+(?:полноправными\s+)?член(?:ами|ом)\s+(?:НАТО|альянса|блока|"
        r"Североатлантическ)",
        # «расширение НАТО», «расширения на восток», «после расширения»; not «расширение
        # воздушного патрулирования», «расширение сотрудничества»: of something else
        r"расширени[а-яё]*(?![а-яё])(?!\s+(?!(?:на|в|во|и|с|до|после)(?![\w-])|"
        r"(?:альянс|блок|североатлантическ|нато))[а-яё])|"
        rf"вступлени\w*\s+{_INTO_NATO}|присоединени\w*\s+{_TO_NATO}|"
        r"заявк[а-яё]*\s+на\s+(?:вступление|членство)|"
        # «является членом НАТО с 2004 года»: a member since it joined
        r"член(?:ом|ами)\s+(?:НАТО|альянса|блока)|"
        # «передали на хранение документы о ратификации Вашингтонского договора»: joined
        r"ратификаци[а-яё]*\s+Вашингтонского\s+договора|"
        r"членств",
    ),
    Event.Type.OBJECTION: (
        r"возраж(?:ал|ает|ают)|выступ(?:ил|ал|ает|ают)\w*\s+против|осуди|осужд(?:ал|ает|ают)|критикова|"
        r"критикует|отверг|приостанов(?:ил|ит|ят|лен)|приостанавлива|прерва[лн]|"
        r"замороз(?:ил|ит|ят)|заморож(?:ен|ива)|прекрати(?:л|т)|прекраща(?:ет|ют)|"
        r"предупред|отказал|обвин(?:ил|яет|яют)|"
        # «вышли из договора», «выйдет из соглашения»: leaving a pact
        rf"(?:вы(?:шл|шел|шёл|йд|ход)[а-яё]*)\s+из\s+{_RU_PACT}|"
        rf"(?<![\w-])из\s+{_RU_PACT}[а-яё]*\s+(?:\S+\s+){{0,6}}?вы(?:шл|шел|шёл|йд|ход)|"
        # «предложили покинуть страну»: an expulsion
        r"(?:предлож|потребова)[а-яё]*\s+(?:[а-яё]+\s+)?покинуть|"
        # «потребовал прекращения ударов», «потребовала от НАТО прекратить бомбардировки»
        r"(?:потребовал|требу(?:ет|ют))[а-яё]*\s+(?:от\s+[\w-]+\s+)?(?:немедленн[а-яё]+\s+)?"
        r"(?:прекрат|прекращени|остановить|остановки|отмен|вывод|отказ)",
        r"возражени|протест|осуждени|критик|приостановк|заморозк|обвинени",
    ),
    Event.Type.PROPOSAL: (
        # «выдвинул идею»: put forward; not «выдвинул обвинения» (accused)
        r"предлож(?:ил|ит|ат|ен(?:а|о|ы)?(?![а-яё]))|предлага|пригласил|призвал|призыва|"
        # «потребовала срочно созвать заседание»; not «потребовал прекращения ударов»
        r"(?:потребовал|требу(?:ет|ют))[а-яё]*\s+(?:срочно\s+|немедленно\s+)?"
        r"(?:созвать|провести|собрать|созыва|проведения)|"
        r"(?:выдвину(?:л[аи]?|т)|выдвига(?:ет|ют|л[аи]?))(?![\w-])"
        r"(?!\s+(?:[а-яё]+\s+){0,2}?(?:обвинени|претензи))",
        r"предложени|приглашени|призыв|инициатив|"
        r"проект[а-яё]*\s+(?:договор|соглашени|резолюци)",
    ),
    Event.Type.STATEMENT: (
        r"заявил|сказал|сообщил|отметил|подчеркнул|объявил|подтвердил|договорил|согласил|"
        rf"решил|одобрил|приветствовал|выразил|пообещал|провел|{_RU_BEGAN}|завершил|открыл|"
        r"созда[лн]|учрежд|учредил|назвал|напомнил|возобнов|настаива|пишет|пишут|написал|"
        r"говори|считает|считают|исключ(?:ил|ает|ают)|(?:объявлен|сообщен|заявлен)о|"
        r"отмен(?:ил|ен|ён)|отлож(?:ил|ен)|перенес|перенёс|сорва[лн]",
        r"заявлени",
    ),
}
# The words that may stand between a carrying verb and the act it carries: an article,
# a possessive, and adjectives, compound ones too ("a joint naval search-and-rescue
# drill", "a large-scale tactical exercise", «совместные морские поисково-спасательные
# учения»).
_ACT_MODIFIER = (
    r"(?:a|an|the|its|their|his|her|joint|annual|first|second|new|large|naval|military|"
    r"(?-i:[A-Z][\w-]*)['\u2019]s|(?-i:[a-z]+)(?:-(?-i:[a-z]+))+|(?-i:[a-z]{3,})(?:al|ic|ive)|"
    # the act's own name and year: "the Zapad 2021 exercise"; a part of it: "the active
    # phase of the exercise"
    r"(?-i:[A-Z][a-z]+(?:-\d{2,4})?)|(?:19|20)\d\d|"
    r"(?:(?:first|second|final|active|main|last|opening)\s+)?(?:phase|stage|part|round)\s+of|"
    r"[а-яё]+(?:-[а-яё]+)*(?:ые|ых|ий|ый|ой|ую|ее|ие|ое|ая|юю|яя))"
)
# An act named after a verb that only carries it types the clause as a verb would: "held
# a summit", "attended the conference", "launched exercises", "join NATO's Operation
# Active Endeavour", «провели в среду учения».
_CARRYING_VERB = re.compile(
    r"(?:\b(?:hold|holds|held|holding|host(?:s|ed)?|conduct(?:s|ed)?|stag(?:e|es|ed)|"
    r"attend(?:s|ed)?|pa(?:y|ys|id)|g(?:ive|ives|ave)|ma(?:ke|kes|de)|took\s+part\s+in|"
    r"launch(?:es|ed)?|beg(?:an|in|ins)|start(?:s|ed)?|join(?:s|ed)?|convene(?:s|d)?)|"
    r"(?<![\w-])(?:пров[её]\w*|дал\w*|участвова\w*\s+в|приня\w*\s+участие\s+в|"
    # Russian puts the verb that says only that an act happened before it: «в Лиссабоне
    # открылся саммит», «прошли консультации», «завершились учения».
    r"открыл(?:ся|ась|ось|ись)|откро(?:ется|ются)|прош(?:ёл|ел|ла|ло|ли)|пройд(?:ёт|ет|ут)|"
    r"состоял(?:ся|ась|ось|ись)|состо(?:ится|ятся)|заверш(?:ил(?:ся|ась|ось|ись)|ится|атся)|"
    r"начал(?:ся|ась|ось|ись)|начн(?:ётся|ется|утся)|стартова(?:л|ла|ло|ли))"
    r"(?:\s+во?\s+[а-яё]+)?)\s+"
    rf"(?:{_ACT_MODIFIER}\s+){{0,8}}"
    r"(?:news\s+|press\s+|пресс-)?$",
    re.IGNORECASE,
)
# An act named as the subject of a verb that says only that it happened types the clause
# too: "the summit opened", "talks in Geneva ended", "the exercise was held", «саммит прошёл»;
# or that it is set for a date: "the meeting is scheduled for June", «заседание намечено на
# июнь».
_HAPPENED = re.compile(
    # A phrase set off by commas may stand between: «Конференция, созванная …, прошла».
    r"[\w-]*(?:,[^,;:.]{1,80},)?(?:\s+[\w-]+){0,5}?\s+(?:open(?:s|ed)?|beg(?:an|ins?)|"
    r"start(?:s|ed)?|end(?:s|ed)|clos(?:es|ed)|conclud(?:es|ed)|finish(?:es|ed)|"
    r"wrap(?:s|ped)\s+up|took\s+place|takes\s+place|"
    r"(?:was|were|is|are|will\s+be)\s+held|(?:to|will|would|shall)\s+(?:end|close)|"
    r"(?:go(?:es)?|went|will\s+go)\s+ahead|(?:will\s+)?take\s+place|"
    r"(?:scheduled|slated)\s+(?:for|to)|(?:planned|set)\s+for|"
    # Planned or talked over, it is still the act: "a joint drill is being discussed for
    # 2003", «учения обсуждаются на 2003 год».
    r"(?:is|are|was|were|will\s+be)\s+(?:being\s+)?(?:discussed|considered|planned|prepared)|"
    r"обсужда(?:ется|ются|лся|лась|лись)|планиру(?:ется|ются)|готов(?:ится|ятся)|"
    # Put off to a new date, it happens then: "talks … were postponed to next month".
    rf"{PUT_OFF}|{RU_PUT_OFF}|"
    r"прош[её]л\w*|пройд[её]т|прошли|пройдут|состоял\w*|состоится|состоятся|открыл\w*|"
    rf"{_RU_BEGAN}\w*|завершил\w*|(?:намечен|запланирован|назначен)\w*\s+на|"
    # Taken up again, it is the act: «переговоры возобновились», «были возобновлены».
    r"возобнов(?:ил(?:ся|ась|ось|ись)|ится|ятся|лен[аоы]?))\b",
    re.IGNORECASE,
)
# A word the verb pattern finds is a noun right after an article or a possessive: "a
# visit", "his visit", "the freeze".
# A time counted from an act, which its noun names as the time of another: "months after
# the exercises", «через несколько месяцев после учений».
_BEFORE_OR_AFTER = re.compile(
    r"(?:\b(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)|(?<![\w-])(?:час(?:а|ов)?|"
    r"дн(?:я|ей)|недел[иь]|месяц(?:а|ев)?|лет|год(?:а)?)\s+(?:после|до))\s+"
    r"(?:(?:the|a|an|its|their|his|her|this|these)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# What stands before a noun, not a verb: "the signing", "planned visits", "including talks".
_DETERMINER = re.compile(
    r"\b(?:a|an|the|his|her|its|their|our|this|planned|scheduled|joint|official|reciprocal|"
    r"mutual|future|recent|previous|regular|frequent|including)\s+$",
    re.IGNORECASE,
)
# A verb of proposing with the words of its object so far: "proposed a quota | freeze",
# "suggested | freezing", «предложил | приостановить»; not a clause of its own after it
# ("proposed talks, but Moscow | refused").
_PROPOSING = re.compile(
    r"(?:\b(?:propos(?:e|ed|es|ing)|offer(?:s|ed)?|suggest(?:s|ed)?|put\s+forward)|"
    r"(?<![\w-])(?:предлож(?:ил|ила|или|ит|ат)|предлага[а-яё]+))\s+"
    r"(?:(?!(?:and|but|or|which|that|who|to|и|но|а|что|который)(?![\w-]))[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# … and a Russian one that ends as a verbal noun does: «подписание», «приостановлением».
_VERBAL_NOUN_END = re.compile(
    r"[а-яё]*?(?<=[нт])и(?:е|я|ю|и|ем|й|ям|ями|ях)(?![\w-])", re.IGNORECASE
)


# Someone in a place on a date was there on a visit: "Lavrov was in Oslo on Monday",
# «министр был в Осло в среду», or is to arrive there: "is expected in Oslo on Monday".
# Not an act named as the subject ("the summit was in Riga", "the session is expected in
# Brussels"), which types itself; nor what lies somewhere ("the headquarters is in
# Brussels"), which the present tense says; nor a month, a weekday or an alliance ("was
# in May", "was in NATO"). A clause of where after it may say what was done there ("was in
# Oslo, where she held talks" is the talks: ``only_present``).
_PRESENCE = re.compile(
    r"(?:\b(?:(?:was|were|will\s+be)\s+(?:(?:already|also|again|still)\s+)?in|"
    r"(?:is|are)\s+expected\s+(?:in|at))\s+"
    rf"(?!(?:{CALENDAR_NAMES})\b)(?-i:[A-Z][a-z])[\w-]*\b(?!['\u2019]s)|"
    r"(?<![\w-])(?:был[аио]?|будет|будут|находил(?:ся|ась|ись|ось))\s+в\s+(?-i:[А-ЯЁ][а-яё]))",
    re.IGNORECASE,
)


def _compiled(pattern):
    return re.compile(pattern, re.IGNORECASE)


# Each kind with its verbs and its nouns, English and Russian together.
KIND_CUES = [
    (
        kind,
        _compiled(rf"\b(?:{verbs})|{RUSSIAN_EVENT_CUES[kind][0]}"),
        _compiled(rf"\b(?:{nouns})|{RUSSIAN_EVENT_CUES[kind][1]}"),
    )
    for kind, verbs, nouns in _CUES
]
# Any of a kind's words, for the duplicate check.
EVENT_CUES = [
    (kind, _compiled(f"{verbs.pattern}|{nouns.pattern}")) for kind, verbs, nouns in KIND_CUES
]


def _follows(pattern, text, match):
    return bool(pattern.search(text, 0, match.start()))


def _a_noun(text, match):
    """Whether the word a verb pattern finds is a noun: "the signing", «подписание акта»;
    or what is proposed, which is no act done: "proposed a quota freeze"."""
    return (
        _follows(_DETERMINER, text, match)
        or bool(_VERBAL_NOUN_END.match(text, match.end()))
        or _follows(_PROPOSING, text, match)
    )


def event_type(text):
    """The kind of event ``text``'s words say, or None. An act said as a verb ("met",
    "held a summit", "the summit opened") types it before one only named ("before the
    summit", "his visit"); among either, the most specific kind first."""
    return _kind(text)[0]


def says_an_act(text):
    """Whether ``text`` says an act as a verb does, not only names one."""
    return _kind(text)[1]


def _kind(text):
    """``event_type``, and whether it is said as a verb does."""
    named = None
    for kind, verbs, nouns in KIND_CUES:
        said = list(verbs.finditer(text))
        as_verbs = [m for m in said if not _a_noun(text, m)]
        as_nouns = list(nouns.finditer(text)) + [m for m in said if _a_noun(text, m)]
        # "months after the exercises, Russia annexed Crimea": an act before or after it
        as_nouns = [m for m in as_nouns if not _follows(_BEFORE_OR_AFTER, text, m)]
        carried = any(
            _follows(_CARRYING_VERB, text, m) or _HAPPENED.match(text, m.end()) for m in as_nouns
        )
        if as_verbs or carried:
            return kind, True
        if named is None and (as_nouns or verbs.search(text)):
            named = kind
    presence = _PRESENCE.search(text)
    if presence and _present_on_a_visit(_subject(text, presence.start())):
        return Event.Type.VISIT, True
    return named, False


def only_present(text):
    """Whether ``text`` says an act only by someone's presence in a place: "was in Oslo on
    Monday", «была в Тромсё во вторник»."""
    presences = [_Span(*m.span()) for m in _PRESENCE.finditer(text)]
    return bool(presences) and event_type(blank(text, presences)) in (None, Event.Type.STATEMENT)


def _subject(text, position):
    """The few words right before ``position`` in ``text``: a verb's subject."""
    said_of = _ANTECEDENT.search(text, 0, position)
    return said_of.group() if said_of else ""


# A clause of time or cause tells the background, not the act: "could not promise it while
# he was in America".
_BACKGROUND_CLAUSE = re.compile(
    r"(?<![\w-])(?:while|whilst|when|as|since|until|after|before|because|if|though|although|"
    r"пока|когда|если|хотя|поскольку)(?![\w-])",
    re.IGNORECASE,
)


def _present_on_a_visit(subject):
    """Whether someone whose presence in a place ``subject`` (the words before it) tells is
    there on a visit: not an act ("the summit was in Riga") nor a clause of time or cause."""
    return event_type(subject) is None and not _BACKGROUND_CLAUSE.search(subject)


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


# What was put forward, which types the proposing, not its own act: "proposed that the
# fleets (should) hold a drill", "suggested holding talks".
_PROPOSED_ACT = re.compile(
    r"\b(?:proposed|proposes|suggested|suggests|floated\s+the\s+idea)\s+(?:that\s+|(?=[a-z]+ing\b))"
)


# An invitation or an application to join, which the joining after it types.
_ASKED_TO_JOIN = re.compile(r"(?i:(?:приглас|заявк)[а-яё]*\s+(?:[а-яё]+\s+){0,2}?)$")


def _after_a_verb(text, position, language):
    """Whether a verb comes before ``position`` in its clause."""
    before = clause_around(text[:position], position, position, language)
    return reports_something(before, language)


def _at_a_gathering(words):
    """Whether ``words`` («на заседании», «на совещании») say at what gathering something
    is done."""
    preposition, noun = words.split(maxsplit=1)
    return preposition.lower() == "на" and event_type(noun) in _GATHERINGS


def _without_objects(text, language=Language.ENGLISH, dated=None):
    """``text`` with the acts named as another verb's object blanked out, offsets kept;
    not a participle's phrase holding the position ``dated`` (a date), which dates its
    participle's act: "created under the Founding Act signed in Paris in | May 1997"."""
    spans = []
    for match in _PARTICIPLE_AFTER_NOUN.finditer(text):
        if match["noun"].lower() in _NOT_A_NOUN or not _after_a_verb(
            text, match.start("noun"), language
        ):
            continue
        start = match.start("participle")
        phrase = _Span(start, start + len(clause_around(text, start, start, language)))
        if dated is None or not phrase.start <= dated < phrase.end:
            spans.append(phrase)
    for match in _ACT_AS_OBJECT.finditer(text):
        name = "act" if match["act"] else "act_ru"
        if _at_a_gathering(match[0]) or _TITLE_OF_A_DOCUMENT.search(text, 0, match.start()):
            continue  # «рассмотрен на заседании», «указ о приостановлении …»: no object
        if _ASKED_TO_JOIN.search(text, 0, match.start()):
            continue  # «пригласит к вступлению», «заявки на вступление»: the enlargement
        if _after_a_verb(text, match.start(), language):
            spans.append(_Span(*match.span(name)))
    for match in _PROPOSED_ACT.finditer(text):
        content = clause_around(text, match.end(), match.end(), language)
        spans.append(_Span(match.end(), match.end() + len(content)))
    return blank(text, spans)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


# A decision taken and the act it decides on: "agreed on Monday to | hold a drill in May",
# «в понедельник договорились | провести учения в мае». When the act has a date of its
# own, a date before the act is the deciding's; with none, the one date may say when a
# decision took effect ("decided today to suspend cooperation").
_DECIDED_ACT = re.compile(
    r"\b(?:agreed|decided|resolved|voted|promised|pledged|vowed|undertook|proposed|offered)"
    r"\s+(?:[\w,]+\s+){0,4}?to\s+(?P<act>(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]+)\b|"
    r"(?<![\w-])(?:предложил|договорил|решил|согласил|пообещал|обещал|проголосовал|условил|"
    rf"постановил)[а-яё]*\s+(?:не\s+)?(?P<act_ru>{_INFINITIVE})",
    re.IGNORECASE,
)


def _acts_decided_after(text, end, language, other_dates):
    """The acts decided on that ``text`` names after ``end``, each to the end of its
    clause, that one of ``other_dates`` (their starts and ends) dates: what was decided
    is no act of the deciding's date."""
    spans = []
    for match in _DECIDED_ACT.finditer(text):
        act = match.start("act" if match["act"] else "act_ru")
        clause = clause_around(text, act, act, language)
        clause_end = text.find(clause, max(0, act - len(clause))) + len(clause)
        if act >= end and any(act <= start < clause_end for start, _end in other_dates):
            spans.append(_Span(act, clause_end))
    return spans


def _quoted_words(text):
    """The quotations of ``text`` but a document's title, which names it: «указ «О …»»."""
    return [q for q in quotations(text) if not _TITLE_OF_A_DOCUMENT.search(text, 0, q.start + 1)]


def _the_act(text, start, end, language, other_dates=()):
    """``text`` with what does not type the act the words ``text[start:end]`` date blanked
    out: the reported content and quotations that do not hold them, what comes before
    the one that does, the acts decided on after them that ``other_dates`` date, and the
    acts named as objects."""
    reported = reported_content(text, language) + _quoted_words(text)
    holding = [span for span in reported if span.holds(start)]
    if holding:
        opening = max(span.start for span in holding)
        text = " " * opening + text[opening:]
    text = blank(text, [span for span in reported if not span.holds(start)])
    text = blank(text, _acts_decided_after(text, end, language, other_dates))
    text = blank(text, [span for span in _summaries(text) if not span.start <= start < span.end])
    return _without_objects(text, language, dated=start)


# "recognized the two regions on Aug. 26, a step the allies condemned", «…, шаг, который
# союзники осудили»: a noun after a comma that sums up the clause before it, with a clause
# of its own telling what others made of it, which is another act.
_SUMMARY = re.compile(
    r",\s+(?:(?:a|an|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:step|move|decision|measure|action|"
    r"gesture|development)\s+(?:that\s+|which\s+)?[\w'\u2019-]+|"
    r"(?:[а-яё]+\s+)?(?:шаг|решение|мера|действие),?\s+(?:который|которое|которую|которые)\s)"
    r"[^,;:.]*",
    re.IGNORECASE,
)


def _summaries(text):
    """The phrases of ``text`` that sum up the clause before them with a clause of their
    own."""
    return [_Span(*match.span()) for match in _SUMMARY.finditer(text)]


# "at the summit in Madrid, scheduled for | June": a participle setting a date, after a
# comma, is said of the noun phrase before it, which names the act the date dates; so is
# one saying the act was held, with its place before the date ("welcomed the results of
# the drill held off Norway in | May", "the summit, to be held in Strasbourg and Kehl on
# | April 3-4", "the talks, which were hosted by Riga on | 3 May"): the date is the
# act's, not that of the verb that names it as its object. A participle has no object,
# so a preposition or the date comes right after it ("NATO held talks in May" is the
# clause's own verb); "and" joins places only ("in Oslo and Bergen"), not a second verb.
_SET_FOR = re.compile(
    r"(?:,\s+(?:scheduled|slated|planned|set|due)\s+(?:for|in|on|to\s+(?:open|start|begin|"
    r"take\s+place|be\s+held)\s+(?:on|in)?)|"
    r"(?:,?\s+(?:to\s+be|being|(?:which|that)\s+(?:will\s+be|is|are|was|were|has\s+been|"
    r"had\s+been))\s+|\s)(?:held|conducted|staged|carried\s+out|hosted|organi[sz]ed)"
    r"(?:\s+(?:in|at|on|off|near|by|over|from|during|between|under)\s+"
    r"(?:(?!(?:but|or|which|that|who|when|where)\b|and\s+(?-i:[^A-Z\s]))[\w.'\u2019-]+\s+)"
    r"{0,5}?)?)\s*$",
    re.IGNORECASE,
)


_SET_FOR_CHARS = 200


def _set_for_the_date(text, start):
    """The kind of the act named nearest before a participle setting the date at
    ``start``: "discuss the drill, set for May" is an exercise in May."""
    # The participle's phrase is a few words: a long run of blanked text before it costs
    # the regular expression the square of its length.
    set_for = _SET_FOR.search(text, max(0, start - _SET_FOR_CHARS), start)
    said_of = set_for and _ANTECEDENT.search(text, 0, set_for.start())
    if not said_of:
        return None
    words = said_of.group().split()
    kinds = (event_type(" ".join(words[first:])) for first in reversed(range(len(words))))
    return next((kind for kind in kinds if kind), None)


# What a saying says may make it the more specific act it is. A label of blame given to
# something objects to it: "called the plan a step toward occupation", "described the
# drill as a provocation", «назвал учения «непрозрачными»»; not the blame named as the
# object ("described the threat"), nor a noun ("phone calls about the threat").
_BLAME = (
    r"provocat|threat|mistake|violat|aggressi|occupation|hostil|dangerous|destabili[sz]|"
    r"unacceptable|illegal|unfriendly|confrontation|absurd|irresponsib|blackmail|"
    r"провокаци|угроз|ошибк|нарушени|агресси|оккупаци|враждебн|опасн|дестабилиз|неприемлем|"
    r"незаконн|недружествен|непрозрачн|конфронтаци|абсурд|безответствен|шантаж"
)
_LABELLING = re.compile(
    r"(?:(?<!the\s)(?<!a\s)(?<!an\s)(?<!phone\s)\b(?:call(?:s|ed|ing)?(?!\s+(?:for|on|off|up|in)\b)|"
    r"brand(?:s|ed|ing)?|label+(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dub(?:s|bed)?)|"
    r"(?<![\w-])(?:назва(?:л|ла|ли|в)|охарактеризова[а-яё]*))"
    rf"(?!\s+(?:(?:the|a|an|this|that|its|their|his|her)\s+)?(?:{_BLAME}))"
    r"(?:\s+[\w'\u2019«»\"\u201c\u201d-]+){1,8}?\s+[«\"\u201c']?"
    rf"(?:{_BLAME})",
    re.IGNORECASE,
)
# An offer of one's own part, said: "said the fleet's ships could take part", "said
# Norway was ready to send engineers", «заявил, что Россия готова направить врачей».
_OFFER = re.compile(
    r"\b(?:(?:could|might)\s+(?:also\s+)?(?:take\s+part|participate|contribute)|"
    r"(?:is|are|was|were|would\s+be)\s+(?:ready|willing|prepared)\s+to\s+(?:also\s+)?"
    r"(?:take\s+part|participate|contribute|send|provide|host|supply|offer))\b|"
    r"(?<![\w-])(?:(?:мог(?:ли|ла|ло)?\s+бы)\s+(?:также\s+)?(?:принять\s+участие|участвовать)|"
    r"готов[аы]?\s+(?:также\s+)?(?:принять\s+участие|участвовать|направить|предоставить|"
    r"выделить|прислать))(?![\w-])",
    re.IGNORECASE,
)


def _said_as(kind, text, start, end, language):
    """``kind``, but a statement (or an act of no kind) made in the clause of
    ``text[start:end]`` (the whole of ``text`` if None) that labels something with blame an
    objection, one that offers a part a proposal."""
    if kind not in (None, Event.Type.STATEMENT):
        return kind
    reported = reported_content(text, language)
    summaries = _summaries(text)  # what others made of the act
    if start is not None:  # what is reported at the date is the act, typed already
        reported = [span for span in reported if not span.holds(start)]
        summaries = [span for span in summaries if not span.start <= start < span.end]
    own = blank(text, reported + summaries)
    left, right = 0, len(own)
    if start is not None:  # the verb of calling in the date's clause, the label maybe quoted
        clause = clause_around(own, start, end, language)
        left = own.find(clause, max(0, end - len(clause)))
        right = left + len(clause)
    labelling = _LABELLING.search(own, left)
    if labelling and labelling.start() < right:
        return Event.Type.OBJECTION
    if any(_OFFER.search(text, span.start, span.end) for span in reported):
        return Event.Type.PROPOSAL
    return kind


_AFTER_AN_OCCASION = re.compile(r"(?i:after|following|после|по\s+итогам)(?![\w-])")


def event_type_at(text, start, end, language=Language.ENGLISH, other_dates=()):
    """The kind of event the words ``text[start:end]`` (a date) date, or None, a statement
    made then typed by what it says (``_said_as``)."""
    kind = _event_type_at(text, start, end, language, other_dates)
    return _said_as(kind, text, start, end, language)


def _event_type_at(text, start, end, language=Language.ENGLISH, other_dates=()):
    """The kind of event the words ``text[start:end]`` (a date) date, or None: said by
    their clause, else by the rest of the act they date; but a second verb joined to
    the first types its own clause alone: "was frozen in 2008 and resumed in March 2009"
    is no freezing in March 2009. A clause of "since", "after" … with a verb of its own
    that holds them types them alone ("the first summit since the board resumed its
    work in May 2003" is no summit). A participle's phrase that holds them dates the
    main clause's act, which types it first unless it only says something was said; so
    does a clause of when ("When the bombing began on March 24, Moscow froze …").
    ``other_dates``: the (start, end) of the sentence's other dates, whose clauses tell
    acts of their own."""
    if kind := _put_off_act(text, start) or _set_for_the_date(text, start):
        return kind
    # An occasion the date names as what came before types nothing: "a statement issued
    # after the meeting" is no meeting ("At the session, ministers approved" is of it).
    if _AFTER_AN_OCCASION.match(text, start) and names_an_occasion(text[start:end]):
        text = blank(text, [_Span(start, end)])
    act = _the_act(text, start, end, language, other_dates)
    if phrase := noun_phrase_after_preposition(act, start, end, language):
        return event_type(blank(act, [phrase]))  # "met … before the freeze on 19 August"
    if setting := _setting_phrase(act, start):
        after = setting.end()
        main = blank(act, [_Span(setting.start(), after)])
        kind = event_type(clause_around(act, after, after, language)) or event_type(
            _the_rest(main, after, other_dates, language)
        )
        if kind not in (None, Event.Type.STATEMENT):  # "said" tells less than "sat down"
            return _unless_signed_alone(kind, act, start)
        if kind and not _sets_an_act(setting.group()):
            return kind  # «выступая на пресс-конференции, назвал …»: the calling
    if telling := _subordinate_clause(act, start, language):
        act = blank(act, [_Span(0, telling.start), _Span(telling.end, len(act))])
    around = clause_around(act, start, end, language)
    kind = event_type(around)
    if not kind and not a_second_verb(act, start, end, language):
        kind = event_type(_the_rest(act, start, other_dates, language))
    elif not kind:
        kind = _happening(act, start - len(around), start)
    return _unless_signed_alone(kind, act, start)


# "Meeting in Brussels on Tuesday, ministers suspended …", "Lavrov, speaking on Monday,
# said …", «Выступая во вторник, министр заявил …», "When the bombing began on March 24,
# 1999, Moscow froze …": a participle's phrase, or a clause of when, set off by a comma
# before the main clause, sets the time of the act the main clause says.
# So does an occasion opening the sentence: "At a press conference on July 1, Putin
# floated the idea …" is a proposal, though "At the summit on Saturday, leaders said …" is
# of the summit.
_OCCASION_OPENING = r"(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s"
_SETTING_PHRASE = re.compile(
    rf"(?:^\s*{_OCCASION_OPENING}|(?:^\s*|,\s+)(?:(?:when|as|once|while|after|before|когда|"
    r"пока|после\s+того\s+как)\s|(?!(?:some|no|any|every)thing\b)(?:[a-z]+ing|"
    r"[а-яё]+(?:[ая]я|ив|ав|ев|яв|вшись|[ая]сь))(?![\w-])))"
    r"(?:[^,;:]|,\s+\d{4}\b)*,\s+(?=\w)",
    re.IGNORECASE,
)


def _sets_an_act(phrase):
    """Whether a setting phrase says an act of its own, by its verb ("When the ministers
    sat down", "Visiting Oslo", "Meeting in Tromsø") or as the gathering it opens with
    ("At the summit in Lisbon on Saturday,"), not only names the place of the main
    clause's ("Speaking at a news conference", «выступая на пресс-конференции»)."""
    participle = re.search(r"\w+", phrase)
    gathering = re.match(_OCCASION_OPENING, phrase.strip(), re.IGNORECASE)
    return (
        says_an_act(phrase)
        or event_type(participle.group()) is not None
        or bool(gathering and event_type(phrase))
    )


def _setting_phrase(text, position):
    """The phrase setting the main clause's time that holds ``position`` in ``text``, with
    the comma after it."""
    for match in _SETTING_PHRASE.finditer(text):
        if match.start() <= position < match.end():
            return match
    return None


# "a year after the council replaced the joint council at a summit", "before the
# freeze", «после того как министры встретились»: a phrase that tells another act, which
# comes before or after this one, or is its cause. Not "when", which tells what happened
# at the same time ("in 1997, when the two sides signed the Founding Act").
_SUBORDINATE = re.compile(
    r"(?:\b(?:after|before|since|until|till|because|although|though)|(?<![\w-])(?:после\s+"
    r"того\s+как|до\s+того\s+как|поскольку|так\s+как|хотя))\s"
    # … to where a clause ends: "insisted since 2002 that they will not ratify" is no clause
    r"(?:(?!\s(?:that|and|but|что|и|но)\s)[^,;:])*",
    re.IGNORECASE,
)


def _subordinate_clause(text, position, language):
    """The clause of "since", "after" … with a verb of its own that holds ``position``."""
    for match in _SUBORDINATE.finditer(text):
        if (
            match.start() <= position < match.end()
            and reports_something(match.group(), language)
            and not verbless_before_an_infinitive(text, match.start(), match.end(), language)
        ):
            return _Span(*match.span())
    return None


def _the_rest(text, position, other_dates, language):
    """The words of ``text`` beyond the clause at ``position`` that tell the act it dates:
    not one that tells another act ("retired in 2003, a year after the council replaced
    … at a summit"), and, if that clause has a verb of its own, not a clause that
    another date dates ("requested talks on Monday, and the council will meet on
    Tuesday")."""
    others = [_Span(*m.span()) for m in _SUBORDINATE.finditer(text)]
    if reports_something(clause_around(text, position, position, language), language):
        others += [
            _Span(left, left + len(clause))
            for start, end in other_dates
            for clause in [clause_around(text, start, end, language)]
            for left in [text.find(clause, max(0, end - len(clause)))]
        ]
    return blank(text, [span for span in others if not span.start <= position < span.end])


# A document one side signs alone is no agreement between parties: "the doctrine,
# expected to be signed next year", "signed a decree", «подписал указ».
_DOCUMENT = re.compile(
    r"\b(?:doctrine|decree|law|bill|strategy|concept|budget)s?\b|"
    r"(?<![\w-])(?:указ|закон|доктрин|стратеги|концепци|бюджет)[а-яё]*",
    re.IGNORECASE,
)
# A document's title or subject after it: "a decree | suspending", «указ «| О …».
_TITLE_OF_A_DOCUMENT = re.compile(rf"(?:{_DOCUMENT.pattern})[\s«\"\u201c]*$", re.IGNORECASE)
_PACT_NOUN = re.compile(
    r"\b(?:agreement|accord|treaty|deal|arrangement|pact|convention|protocol|charter|"
    r"declaration|memorandum|act)s?\b|(?<![\w-])(?:соглашени|договор|конвенци|протокол|"
    r"пакт|хартия|хартию|деклараци|меморандум|акт)[а-яё]*",
    re.IGNORECASE,
)
_SIGNING = re.compile(r"\bsign(?:s|ed|ing)?\b|подпи[сш][а-яё]*", re.IGNORECASE)


# What a document of one side does by itself, as its title says: "a decree suspending the
# treaty", «указ «О приостановлении действия Договора»», "a law ratifying the accord".
# What it orders held (exercises, a summit) is done on a date of its own.
_DONE_BY_A_DOCUMENT = {Event.Type.OBJECTION, Event.Type.AGREEMENT_SIGNED}


def _unless_signed_alone(kind, text, position):
    """``kind``, but for the signing of a document of one side what the document does,
    else a statement."""
    if kind != Event.Type.AGREEMENT_SIGNED:
        return kind
    one_sides, title_start = _signed_alone(text, position)
    if not one_sides:
        return kind
    title = title_start is not None and re.match(r"(?:[^\w;:.]+[\w-]+){1,6}", text[title_start:])
    does = event_type(title.group()) if title else None
    return does if does in _DONE_BY_A_DOCUMENT else Event.Type.STATEMENT


def _signed_alone(text, position):
    """Whether the signing nearest ``position`` in ``text`` signs a document of one side:
    the first one named in the five words after it, else the last one named before it;
    and where the title of one named after it starts, else None."""
    signings = list(_SIGNING.finditer(text))
    if not signings:
        return False, None
    signing = min(signings, key=lambda m: abs(m.start() - position))
    after = re.match(r"(?:\W+\w+){1,5}", text[signing.end() :])
    named_after = _documents(after.group() if after else "", signing.end())
    if named_after:
        return min(named_after)[1:]
    named_before = _documents(text[: signing.start()])
    return bool(named_before) and max(named_before)[1], None


def _documents(text, offset=0):
    """(start, whether one side's, end) of each document ``text`` names, ``offset``
    added."""
    return [
        (offset + m.start(), pattern is _DOCUMENT, offset + m.end())
        for pattern in (_DOCUMENT, _PACT_NOUN)
        for m in pattern.finditer(text)
    ]


# The verb putting an act off to the date right after it: "postponed until | the autumn",
# «перенесены | на следующий год» (the date's own words may open with the preposition).
_PUT_OFF_TO = re.compile(
    rf"(?:{PUT_OFF}|(?<![\w-]){RU_PUTTING_OFF}(?:\s+(?:на|до))?)\s+$", re.IGNORECASE
)


def _put_off_act(text, start):
    """The kind of the act put off to the date at ``start``: the first one named before
    the verb with no other verb between (its subject), however long its phrase: "A planned
    joint exercise on submarine rescue between the two navies has been postponed until the
    autumn" is an exercise then, «Визит министра обороны отложен до весны» a visit."""
    verb = _PUT_OFF_TO.search(text, 0, start)
    if verb is None:
        return None
    named = [
        (noun.start(), kind)
        for kind, _verbs, nouns in KIND_CUES
        if kind != Event.Type.STATEMENT
        for noun in nouns.finditer(text, 0, verb.start())
        if not says_an_act(text[noun.end() : verb.start()])
    ]
    return min(named)[1] if named else None


def _happening(text, start, end):
    """The kind of the act that a verb between ``start`` and ``end`` says only happens,
    named as its subject before it: "The session was not cancelled and will go ahead on
    Thursday" is a meeting on Thursday."""
    for kind, _verbs, nouns in KIND_CUES:
        for noun in nouns.finditer(text, 0, start):
            # Its verbs one after another: "The exercise began on 30 May and concludes on
            # 10 June" concludes the exercise.
            position = noun.end()
            while (happens := _HAPPENED.match(text, position)) and happens.end() < start:
                position = happens.end()
            if happens and happens.end() <= end:
                return kind
    return None


def event_type_of(text, language=Language.ENGLISH, dated=None):
    """The kind of event a sentence reports, or None; ``dated``: the position of the date
    it is typed for, if any. A statement made ("Lavrov said Russia would sign …", "«…», —
    заявил Лавров") is a statement; words quoted type it only when those outside the
    quotation do not."""
    act = text
    if reports_in_the_past(text, language):
        act = blank(text, reported_content(text, language, past_only=True) + _quoted_words(text))
    elif event_type(unquoted := blank(text, _quoted_words(text))):
        act = unquoted  # "called the deal 'a sign that we can work together'": the calling
    kind = _unless_signed_alone(event_type(_without_objects(act, language, dated)), act, 0)
    return _said_as(kind, text, None, None, language)


def event_type_recalled(text, start, end, language=Language.ENGLISH):
    """The kind of a recalled fact the words ``text[start:end]`` date, ``text`` being what
    was recalled: its words to the date type it ("his visit to Moscow on 7 April"), else
    its clause; but a second verb joined to the first types its own clause alone:
    «заморозила контакты и вернулась к ним в феврале 2000 года» is no freeze in 2000."""
    if a_second_verb(text, start, end, language):
        return event_type_at(text, start, end, language)
    return event_type_of(text[:end], language) or event_type_at(text, start, end, language)


# The words a relative clause is said of, right before it: "the G8 summit in Sochi, ",
# «встрече «большой восьмерки» в Денвере, », a name in quotation marks among them.
_ANTECEDENT_WORD = r"[«\"\u201c]?[^\W\d_][\w-]*[»\"\u201d]?"
_ANTECEDENT = re.compile(rf"(?:{_ANTECEDENT_WORD}\s+){{0,4}}{_ANTECEDENT_WORD}[\s,]*$")
# … or further back, the act at the head of a chain of phrases of its own: «учений по поиску
# и спасению экипажей аварийных подводных лодок, которые прошли …».
_FAR_ANTECEDENT = re.compile(rf"(?:{_ANTECEDENT_WORD}\s+){{0,9}}{_ANTECEDENT_WORD}[\s,]*$")


def event_type_of_clause(text, clause, language=Language.ENGLISH, dated=None):
    """The kind of event a relative clause (or a participle's phrase) of ``text`` says,
    read with the words it is said of right before it, which its pronoun stands for: its
    verb types it ("the states, which joined NATO"), else the act they name, which it may
    say only happens: "the G8 summit in Sochi, which Russia is due to host in June" is a
    conference, "the drill, which ended in May" an exercise, «после обмена письмами,
    намеченного на май» a signing. ``dated``: the position in ``text`` of the date it is
    typed for."""
    words = text[clause.start : clause.end]
    own = event_type_of(words, language, None if dated is None else dated - clause.start)
    if own not in (None, Event.Type.STATEMENT):
        return own  # its own act, not the words' before ("discussing the treaty | proposed by")
    kind = own
    for antecedent in (_ANTECEDENT, _FAR_ANTECEDENT):
        said_of = antecedent.search(text, clause.antecedent, clause.start)
        read = said_of and event_type_of(f"{said_of.group().rstrip(' ,')} {words}", language)
        kind = read or kind
        if kind not in (None, Event.Type.STATEMENT):
            break
    return kind


@dataclass(frozen=True)
class Act:
    """What a date dates, for a later "two days after the summit" to find: the kind of act
    it dates, and the words of its sentence but its own."""

    kind: str | None
    words: str


def act_at(text, start, end, language=Language.ENGLISH):
    """The act the words ``text[start:end]`` (a date) date; their own words left out, as
    "two days after the summit" dates what follows, not the summit."""
    words = blank(text, [_Span(start, end)])
    return Act(event_type_at(words, start, end, language), words)


# Kinds one noun may name for another: leaders who "met" held "the summit" or "the talks".
_GATHERINGS = {Event.Type.MEETING, Event.Type.CONFERENCE, Event.Type.NEGOTIATION}


def names_the_act(noun, act):
    """Whether ``noun`` ("summit", «подписания») may name ``act``: of the same kind ("the
    summit" for "leaders met"), a gathering its sentence names ("the talks" for "visited
    Moscow for talks", "the meeting" for "ministers meeting in Brussels decided"), "the
    ceremony" of a signing, an award or an opening, or, for another noun of no kind, sharing
    its stem with the sentence ("the vote" for "voted", «выборов» for «выборы»). A noun of
    another kind than the act names another act, though the sentence names it too
    ("criticised the summit")."""
    kind = event_type(noun)
    if kind is None:
        if _CEREMONY.fullmatch(noun):  # the ceremony of a signing, an award, an opening
            return act.kind == Event.Type.AGREEMENT_SIGNED or bool(_CEREMONIAL.search(act.words))
        if _SIGNATURE.fullmatch(noun):  # "the signature" of "signed the charter"
            return act.kind == Event.Type.AGREEMENT_SIGNED
        return shares_stem(noun, act.words)
    if act.kind == kind or {act.kind, kind} <= _GATHERINGS:
        return True
    # "ministers meeting in Brussels on 1 April decided …": "the meeting" is where they did
    return kind in _GATHERINGS and shares_stem(noun, act.words)


# What is said or agreed "during", "after" or "there" at a gathering or a visit is of its
# date ("After the talks, Lavrov said").
GATHERINGS_AND_VISITS = _GATHERINGS | {Event.Type.VISIT}


# Nouns of an occasion that name no kind of their own: "the signature", and "the
# ceremony", of a signing, an award or an opening alike.
_SIGNATURE = re.compile(r"(?i:signature)")
_CEREMONY = re.compile(r"(?i:ceremony|церемони[яиюей])")
_CEREMONIAL = re.compile(
    r"(?i:\b(?:award|present|unveil|inaugurat|laid\s+a\s+wreath|handed)|(?<![\w-])(?:вруч|наград|"
    r"открыл|открыт|возлож))"
)
# What a definite noun may name again, so that what was done at it, after it or by it is
# of its date: a gathering or a visit, an exercise, a signing, a statement ("According to
# the statement, …").
_OCCASIONS = GATHERINGS_AND_VISITS | {
    Event.Type.EXERCISE,
    Event.Type.AGREEMENT_SIGNED,
    Event.Type.STATEMENT,
}


@lru_cache(maxsize=4096)  # asked of each pair of an article's facts
def names_an_occasion(words):
    """Whether ``words`` (a noun, or the phrase a date was read from) name an act that what
    was done at it, after it or by it is dated by ("the talks", «визита», "the signing",
    «На церемонии», «учения», "According to the statement")."""
    return bool(_SIGNATURE.search(words) or _CEREMONY.search(words)) or (
        event_type(words) in _OCCASIONS
    )


def shares_stem(noun, words):
    """Whether ``words`` hold ``noun``, or its stem when it is long enough to have one."""
    if len(noun) < 5:
        return bool(re.search(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", words, re.IGNORECASE))
    stem = noun[: max(4, len(noun) - 3)]
    return bool(re.search(rf"(?<![\w-]){re.escape(stem)}", words, re.IGNORECASE))
