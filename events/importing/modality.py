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

from events.models import Event, Language

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


def _cues(text, start=0, end=None, after=None, language=Language.ENGLISH):
    """(position, status) of each cue; a decision ("agreed to") after ``after`` is the
    act of deciding, so it reads as occurred."""
    end = len(text) if end is None else end
    if language == Language.RUSSIAN:
        found = _russian_cues(text, start, end)
    else:
        found = [(match.start(), match.lastgroup) for match in _CUES.finditer(text, start, end)]
    return [
        (
            position,
            Event.Status.OCCURRED
            if kind == "decided" and after is not None and position >= after
            else STATUS_OF_CUE[kind],
        )
        for position, kind in found
    ]


def status_at(sentence, start, end, language=Language.ENGLISH):
    """The status of the words ``sentence[start:end]``, from the verb that governs them."""
    left, right = _clause_bounds(sentence, start, end, language)
    in_clause = _cues(sentence, left, right, after=end, language=language)
    before = [cue for cue in in_clause if cue[0] < start]
    if before:
        return before[-1][1]
    after = [cue for cue in in_clause if cue[0] >= end]
    if after:
        return after[0][1]
    anywhere = _cues(sentence, after=end, language=language)
    if not anywhere:
        return Event.Status.OCCURRED
    return min(anywhere, key=lambda cue: abs(cue[0] - start))[1]


def status_of(sentence, language=Language.ENGLISH):
    """The status a sentence with no date reports: that of its first word looking ahead
    ("Ivanov said the pact is expected to be signed"), else occurred."""
    ahead = [
        status
        for _position, status in _cues(sentence, language=language)
        if status != Event.Status.OCCURRED
    ]
    return ahead[0] if ahead else Event.Status.OCCURRED


def reports_something(sentence, language=Language.ENGLISH):
    """Whether the sentence has a verb that reports an act, a plan or an expectation."""
    return bool(_cues(sentence, language=language))


def looks_ahead(sentence, start, end, language=Language.ENGLISH):
    """Whether the words ``sentence[start:end]`` speak of what had not happened yet."""
    return status_at(sentence, start, end, language) != Event.Status.OCCURRED


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
_RU_PLANNED = (
    r"будет|будут|буду|будем|станет|станут|планиру[а-яё]*|планировал[а-яё]*|"
    r"запланирован[а-яё]*|намечен[а-яё]*|намеча(?:ется|ются)|назначен[а-яё]*|"
    r"намерен[а-яё]*|намерева(?:ется|ются)|собира(?:ется|ются)|предстоит|предстоят|"
    r"предстоящ[а-яё]*|должен|должна|должно|должны|предполагается|"
    r"проголосу(?:ет|ют)|ратифициру(?:ет|ют)|сделает|сделают|сыграет|сыграют"
)
# "agreed to hold", "decided to send": the deciding, or what was decided.
_RU_DECIDED = (
    r"(?:предложил|договорил|решил|согласил|пообещал|обещал|обязал|проголосовал|"
    r"условил|постановил|вызвал)[а-яё]*(?=\s+(?:не\s+)?[а-яё]+(?:ть|ти|чь)(?:ся|сь)?\b)"
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
    r"подтвержд[её]н|[а-яё]+ован)(?:а|о|ы)?|"
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
_RU_PAST = re.compile(r"[а-яё]+[аяеёиыу]л(?:а|о|и)?(?:ся|сь)?")
_RU_NON_PAST = re.compile(r"[а-яё]{2,}(?:[её]т|ит|ут|ют|ат|ят)(?:ся)?")
# The imperfective present: what is so now, not a schedule.
_RU_PRESENT = re.compile(
    r"[а-яё]+(?:ает|яет|ует|ают|яют|уют|аёт|ается|яется|уется|аются|яются|уются)"
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
сериал начала начало мало мала скала шкала сало жало зеркало одеяло дело дела тело тела
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
"""
    )
)


def _russian_word_kind(word):
    """What a word in lower case says by its ending alone, or None."""
    if word in _RU_NOT_CUES or len(word) < 3:
        return None
    if _RU_PAST.fullmatch(word):
        return "occurred"
    if len(word) >= 5 and _RU_NON_PAST.fullmatch(word) and not _RU_PRESENT.fullmatch(word):
        return "planned"  # a perfective future, or the present of a schedule
    return None


def _russian_cues(text, start, end):
    """(position, kind) of each Russian cue between ``start`` and ``end``."""
    found, taken = [], []
    for match in _RU_CUES.finditer(text, start, end):
        found.append((match.start(), match.lastgroup))
        taken.append(match.span())
    for match in _RU_WORD.finditer(text, start, end):
        if any(a <= match.start() < b for a, b in taken):
            continue
        if kind := _russian_word_kind(match.group()):
            found.append((match.start(), kind))
    return sorted(found)


_RU_CLAUSE_BREAK = re.compile(
    r"[;:«»„“”\"()]|,\s|\s[—–]\s|\s(?:что|чтобы|но|и|а|однако|пока|когда|хотя|если|где|"
    r"который|которая|которое|которые|после\s+того\s+как|перед\s+тем\s+как)\s"
)
