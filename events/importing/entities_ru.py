"""The names a Russian article mentions, matched to records in any grammatical case.

Russian declines names: "Сергей Лавров" is "с Сергеем Лавровым", "Москва" is "в Москве",
"Брюссель" is "из Брюсселя". Each word of a record's name has a paradigm, read from its
ending (a stem and the endings it takes), and a word of the text matches it when it is the
stem and one of those endings: compared by stem and ending, never by equality of the whole
word, and never on a stem shorter than three letters.

Records are matched by their Russian names (``Record.names_ru``, from the models'
``<field>_ru`` columns) and, for records that have none yet or are written otherwise, by
their English names through transliteration: "Лавровым" less its case ending is "Лавров",
which anyascii writes "Lavrov"; "Сергея" is "Серге…", as "Sergei" less its "i" is "serge".
Cities GeoNames knows are found by their Cyrillic names (it lists them offline).

People are read against the article so far, as in English copy: a surname alone ("Лавров
заявил") is the person the article named before, and when two records fit it is left to
the editor. Names no record has are proposed as new: a name in «ёлочки» or a body's head
word ("Министерство", "Совет") makes an organization, a treaty's word an agreement, a title
or a speech verb a person, a preposition of place ("в", "из") or GeoNames a place, and an
unknown abbreviation an organization.
"""

import re
from dataclasses import dataclass, field, replace
from itertools import product

from anyascii import anyascii

from events.importing.datelines import is_time_zone, speaker_labels
from events.importing.gazetteer import (
    Gazetteer,
    Record,
    owners_of,
    place_without_region,
    russian_city_names,
    russian_compound_city_names,
    russian_country_names,
)
from events.importing.names import (
    CYRILLIC,
    GIVEN_NAME_KEYS,
    PARTICLES,
    WORD,
    fold_word,
    listed_topics,
    name_key,
    names_nothing,
    same_owner,
    word_set,
)
from events.importing.sentences import split_sentences

LATIN = re.compile(r"[A-Za-z]")
_DECLINED_ABBREVIATION = re.compile(r"([А-ЯЁ]{2,5})[а-яё]{1,2}")  # "МИДе", "МИДа"
_DOTTED = re.compile(r"(?:[^\W\d_]\.){2,3}")


def is_russian(text: str) -> bool:
    """Whether ``text`` is written in Cyrillic rather than in Latin letters."""
    return len(CYRILLIC.findall(text)) > len(LATIN.findall(text))


def norm(word: str) -> str:
    return word.lower().replace("ё", "е")


# --- Word forms --------------------------------------------------------------------------------

# The endings each kind of word takes, by what its dictionary form ends in.
_CONSONANT = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
_SURNAME = ("", "а", "у", "ым", "ом", "е", "ой", "ы", "ых", "ыми")  # Лавров, Путин, Берлин
_SOFT = ("ь", "я", "ю", "ем", "ём", "е", "и", "ью", "ей")  # Брюссель, Игорь
# A soft sign after a hushing consonant makes a feminine noun ("Керчь", "в Керчи"): a
# masculine one has none ("Париж", "в Париже"), so "Париже" is no form of "Парижь".
_HUSHING_SOFT = ("ь", "и", "ью")
_SHORT_I = ("й", "я", "ю", "ем", "ём", "е", "и", "ев")  # Сергей, Андрей
_IY = ("ий", "ия", "ию", "ием", "ии", "ого", "ому", "им", "ом", "ая", "ую", "ой", "ее", "ие")
_YJ = ("ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми")
_OJ = ("ой", "ого", "ому", "ым", "ом", "ая", "ую", "ое", "ые", "ых", "ыми")
_AYA = ("ая", "ой", "ую", "ою", "яя", "ей", "юю")
_OE = ("ое", "ого", "ому", "ым", "ом", "ее", "его", "ему", "им", "ем")
_PLURAL_ADJECTIVE = ("ые", "ых", "ым", "ыми", "ие", "их", "им", "ими")
_A = ("а", "ы", "и", "е", "у", "ой", "ою")  # Москва, Литва
_YA = ("я", "и", "е", "ю", "ей", "ею")
_IYA = ("ия", "ии", "ию", "ией", "иею")  # Россия, Норвегия
_IYA_PLURAL = ("ий", "иям", "иях")  # Известия: «Известий», «Известиям»
_NEUTER = ("о", "а", "у", "ом", "е")  # Министерство
_NEUTER_SOFT = ("е", "я", "ю", "ем", "и")  # соглашение, море
_PLURAL = ("ы", "и", "", "ов", "ам", "ами", "ах", "ей", "ям", "ями", "ях")  # Штаты, Нидерланды
# Every ending above, longest first: what a word of the text may end in.
ALL_ENDINGS = sorted(
    set(_CONSONANT + _SURNAME + _SOFT + _SHORT_I + _IY + _YJ + _OJ + _AYA + _OE + _NEUTER)
    | set(_PLURAL_ADJECTIVE + _A + _YA + _IYA + _PLURAL),
    key=len,
    reverse=True,
)


def paradigm(word: str) -> tuple[str, tuple[str, ...]]:
    """The stem of a name's word (in its dictionary form) and the endings it takes."""
    w = norm(word)
    if not word[:1].isupper() or len(w) > 6:
        # Neuter nouns: "Министерство", "соглашение", "море" (not "НАТО", "Осло", "Сочи").
        if w.endswith(("ство", "тво")):
            return w[:-1], _NEUTER
        if w.endswith(("ние", "тие", "ре", "ле")):
            return w[:-1], _NEUTER_SOFT
    if w.endswith(("ов", "ев", "ин", "ын")):
        return w, _SURNAME + _CONSONANT
    for ending, endings in (
        (("ий",), _IY),
        (("ый",), _YJ),
        (("ой",), _OJ),
        (("ая", "яя"), _AYA),
        (("ия",), _IYA + _IYA_PLURAL),
        (("ое", "ее"), _OE),
        (("ые", "ие"), _PLURAL_ADJECTIVE),
    ):
        if w.endswith(ending):
            return w[:-2], endings
    last = w[-1:]
    if last == "а":
        return w[:-1], _A
    if last == "я":
        return w[:-1], _YA
    if last == "ь":
        return w[:-1], _HUSHING_SOFT if w[-2:-1] in tuple("жшчщ") else _SOFT
    if last == "ъ":  # the old spelling: "Коммерсантъ", "Коммерсанта"
        return w[:-1], _CONSONANT
    if last == "й":
        return w[:-1], _SHORT_I
    if last in "ыи" and last:
        return w[:-1], _PLURAL
    if last in "оеуюэ" or not CYRILLIC.match(last or "a"):
        return w, ("",)  # НАТО, Осло, Сочи: not declined
    return w, _CONSONANT


def word_fits(token: str, word: str) -> bool:
    """Whether a word of the text is a form of a Russian name's word: "Лавровым" of
    "Лавров", "Москве" of "Москва", "НАТО" of "НАТО" only."""
    if token == word or norm(token) == norm(word):
        return True
    if _acronym(word):
        # An abbreviation that is declined takes its ending in lower case: "МИДа".
        return (
            token.startswith(word)
            and token[len(word) :] in ("а", "у", "ом", "е")
            and word[-1] not in "АЕИОУЫЭЮЯ"
        )
    stem, endings = paradigm(word)
    t = norm(token)
    return len(stem) >= 3 and t.startswith(stem) and t[len(stem) :] in endings


def _acronym(word):
    letters = re.sub(r"[\W\d_]", "", word)
    return len(letters) >= 2 and letters.isupper()


def latin_key(word: str) -> str:
    """The key a transliterated word is compared by: fold_word's, without "h", which
    Latin spellings of Russian and Dutch names add or drop ("Fogh", "Фог")."""
    return fold_word(anyascii(word)).replace("h", "")


# A Latin name's last letters that a Russian case ending replaces: "Sergei" → "Serge(я)".
_LATIN_ENDINGS = ("iya", "ia", "ya", "a", "iy", "ii", "ei", "ey", "yi", "y", "i", "e")


def latin_stems(word: str) -> set[str]:
    """The keys an English name's word is found by in Russian copy: "sergei", "serge"."""
    key = latin_key(word)
    stems = {key}
    for ending in _LATIN_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            stems.add(key[: -len(ending)])
    return stems


def token_stems(token: str) -> set[str]:
    """The keys of a Cyrillic word of the text less each case ending it may have:
    "Лавровым" → "lavrov", "lavrovy", ...; "Сергеем" → "serge"."""
    t = norm(token)
    stems = {latin_key(t)}
    for ending in ALL_ENDINGS:
        if ending and t.endswith(ending) and len(t) - len(ending) >= 3:
            stems.add(latin_key(t[: -len(ending)]))
    return stems


def latin_fits(token: str, word: str, alone: bool = False) -> bool:
    """Whether a Cyrillic word of the text is a form of an English name's word, read
    through transliteration; a word standing alone needs four letters to be compared."""
    if LATIN.search(token):
        return fold_word(token) == fold_word(word)
    if _acronym(word) or _acronym(token):
        return _acronym(word) and _acronym(token) and anyascii(token) == word
    if not alone and latin_key(norm(token)) == latin_key(word):
        return True  # "де" of "де Хоп Схеффер"
    stems = latin_stems(word) & token_stems(token)
    return any(len(s) >= (4 if alone else 3) for s in stems)


# --- Words of the copy -------------------------------------------------------------------------

# Titles before a name ("министр иностранных дел России Сергей Лавров"), each line a
# title in the nominative and its other forms.
_TITLE_LINES = """
министр министра министру министром
президент президента президенту президентом
генсек генсека генсеку генсеком
секретарь секретаря секретарю секретарем секретарём
посол посла послу послом посл
представитель представителя представителю представителем
глава главы главе главой
председатель председателя председателю председателем
командующий командующего командующему командующим
спикер спикера спикеру спикером
директор директора директору директором
премьер премьера премьеру премьером
канцлер канцлера канцлеру канцлером
советник советника советнику советником
помощник помощника помощнику помощником
замминистра
заместитель заместителя заместителю заместителем
генерал генерала генералу генералом ген
майор майора майору майором
полковник полковника полковнику полковником
подполковник подполковника подполковнику подполковником
лейтенант лейтенанта лейтенанту лейтенантом
губернатор губернатора губернатору губернатором
мэр мэра мэру мэром
адмирал адмирала адмиралу адмиралом адм
маршал маршала маршалу маршалом
капитан капитана капитану капитаном
госсекретарь госсекретаря госсекретарю госсекретарем
эксперт эксперта эксперту экспертом
депутат депутата депутату депутатом
сенатор сенатора сенатору сенатором
руководитель руководителя руководителю руководителем
начальник начальника начальнику начальником
полпред полпреда полпреду полпредом
постпред постпреда постпреду постпредом
дипломат дипломата дипломату дипломатом
"""
TITLE_NOMINATIVES = {
    form: line.split()[0] for line in _TITLE_LINES.split("\n") for form in line.split()
}
TITLES = frozenset(TITLE_NOMINATIVES)
SPEECH_VERBS = word_set(
    "заявил заявила сказал сказала отметил отметила подчеркнул подчеркнула сообщил сообщила "
    "добавил добавила пояснил пояснила считает напомнил напомнила признал признала "
    "предупредил предупредила уточнил уточнила"
)
# Head words of a body's name: "Министерство обороны России", "Совет Федерации".
ORGANIZATION_HEADS = word_set(
    "министерство совет комитет организация служба агентство штаб командование управление "
    "департамент дума парламент правительство администрация посольство миссия "
    "представительство союз альянс фонд институт центр академия компания корпорация "
    "концерн банк флот армия бюро секретариат ассамблея комиссия"
)
AGREEMENT_HEADS = word_set(
    "договор соглашение акт декларация хартия конвенция меморандум протокол пакт программа план"
)
# Words that make a place of the capitalised words before them: "Балтийское море".
PLACE_NOUNS = (
    "море",
    "океан",
    "залив",
    "пролив",
    "область",
    "край",
    "регион",
    "полуостров",
    "остров",
    "острова",
)
# Words for a site whose name follows in apposition, undeclined: «с авиабазы Шяуляй»,
# «на полигоне Адажи», «у города Нарва»; not «на базе» (also "on the basis of").
SITE_NOUNS = ("авиабаза", "аэродром", "аэропорт", "полигон", "порт", "город", "поселок")
# Bodies news copy names by one word: "Кремль", "Пентагон".
INSTITUTIONS = ("кремль", "пентагон", "сенат", "конгресс", "бундестаг", "сейм", "госдеп")
# Bodies named by one compound word: a prefix ("мин-" a ministry, "ген-" general, "гос-"
# state) and the clipped noun of what it runs, here in the nominative ("Минобороны",
# "Генштаб", "Госдума"), whatever the compound's case ("в Генштабе", "Госдумы").
COMPOUND_BODY_PREFIXES = ("мин", "ген", "гос")
COMPOUND_BODY_PARTS = word_set(
    "обороны юст фин здрав транс энерго экономразвития промторг обрнауки "
    "штаб прокуратура дума совет деп"
)
# Abbreviations of things, not bodies: missile defence, air defence, GDP.
NOT_NAMES = word_set("ПРО ПВО ВВП ОМП ЕвроПРО")
# Feasts, whose capital names no one: «до Нового года», «на Рождество».
_FEAST = re.compile(r"Нов(?:ый|ого|ому|ым|ом)|Рождеств(?:о|а|у|ом|е)")
TREATY_ABBREVIATIONS = word_set("СНВ ДСНВ ДРСМД ДНЯО ДВЗЯИ ДОН ДОВСЕ")
_TREATY_NUMBER = re.compile(r"-(?:\d+|[IVX]+)(?![\w-])")
# A city found anywhere in the copy, not only after "в" or "из", is this large: a smaller
# one shares its name with too many surnames ("Пушкин", "Королев").
LARGE_CITY = 500_000
# News agencies and papers named in the copy ("по данным Интерфакса").
NEWS_AGENCIES = ("интерфакс", "тасс", "итар", "риа", "коммерсантъ", "известия", "ведомости")
# Agencies named by several words, which stay whole in any case ("по данным РИА Новостей").
NEWS_AGENCIES_OF_WORDS = ("РИА Новости", "Франс Пресс", "Ассошиэйтед Пресс")
# Named events are no entity of ours: «Активные усилия» after "операция" is an operation.
# (Stems: "учения" is plural, "учениях".)
EVENT_NOUNS = ("операци", "учени", "маневр", "манёвр", "саммит", "конференци", "форум", "войн")
LOCATIVES = word_set("в во из на под около близ до через")
IN_PLACE = word_set("в во на")  # before a place in the locative: «в Нижнем Новгороде»
# Verbs (and their participles and nouns) whose object is a place: "посетил Москву",
# "посещение Риги", "покинул Брюссель".
TRAVEL_VERBS = ("посет", "посещ", "покину", "покида", "объехал", "облетел")
# Abbreviations of states.
STATE_ABBREVIATIONS = {
    "США": "United States",
    "РФ": "Russian Federation",
    "ФРГ": "Germany",
    "КНР": "China",
    "КНДР": "North Korea",
    "ЮАР": "South Africa",
    "ОАЭ": "United Arab Emirates",
    "СССР": "Soviet Union",
    "ГДР": "East Germany",
}
# Capitalised only because they open a sentence or a quotation.
OPENERS = word_set(
    "в во на по как это мы он она они я вы но и а же что когда если при после до для с со "
    "из от к у о об за под над между также кроме тогда там здесь сегодня вчера завтра так "
    "однако впрочем напомним по-мнению кроме того этот эта эти тот та те все всё его ее их "
    "наш наши ваш бы не ни уже еще только даже лишь"
)


@dataclass
class _Token:
    text: str
    start: int
    end: int
    sentence: int
    capital: bool
    acronym: bool
    sentence_start: bool = False
    initial: bool = False  # "С." of "С. Лавров", "С.В." of "С.В. Лавров"
    quoted: bool = False  # opens a «quotation»


# A number right before a word's letters: a document's number ("№ 99-ФЗ") or a weapon's
# designator ("9М729").
_NUMBERED = re.compile(r"\d-?$")


def _tokens(text):
    starts = [start for start, _end in split_sentences(text)]
    tokens, sentence = [], -1
    for match in WORD.finditer(text):
        while sentence + 1 < len(starts) and starts[sentence + 1] <= match.start():
            sentence += 1
        word = match.group()
        letters = word.replace(".", "")
        # "обновлено 14:15 МСК": a clock's time zone is no name's word, nor a document's
        # number's letters ("№ 99-ФЗ", "№ 394-р"), nor a designator's ("9М729").
        no_name = is_time_zone(text, match.start(), match.end()) or bool(
            _NUMBERED.search(text, max(0, match.start() - 2), match.start())
        )
        token = _Token(
            text=word,
            start=match.start(),
            end=match.end(),
            sentence=sentence,
            capital=word[0].isupper() and not no_name,
            acronym=len(letters) >= 2 and letters.isupper() and not no_name,
        )
        single = len(word) == 1 and text[match.end() : match.end() + 1] == "."
        token.initial = word[0].isupper() and (single or bool(_DOTTED.fullmatch(word)))
        token.quoted = text[max(0, match.start() - 1) : match.start()] in ("«", '"', "„", "“")
        tokens.append(token)
    for previous, token in zip([None, *tokens], tokens, strict=False):
        token.sentence_start = previous is None or previous.sentence != token.sentence
    return tokens


def _joined(text, left, right):
    """Whether two neighbouring tokens are words of one name: a space, a hyphen or a dash
    between them ("Россия–НАТО"), or the full stop of an initial."""
    if left.sentence != right.sentence:
        return False
    gap = text[left.end : right.start]
    if left.initial:
        return re.fullmatch(r"\.?\s*", gap) is not None
    return re.fullmatch(r"\s+|\s*[-‐‑–—]\s*", gap) is not None and "\n\n" not in gap


# --- The records' forms ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Form:
    record: Record
    written: str
    words: tuple[str, ...]
    russian: bool  # written in Cyrillic: compared by word forms; else by transliteration
    is_name: bool
    surname: bool = False  # a person's surname alone

    @property
    def gaps(self):
        """What the name writes between its words: " ", "–", ": "."""
        spans = [m.span() for m in WORD.finditer(self.written)]
        return [self.written[a[1] : b[0]] for a, b in zip(spans, spans[1:], strict=False)]


def _forms(record):
    """Every way a record is written, in Russian and in English, with people's surnames."""
    russian_names = [n for n in (*record.names_ru, record.name, *record.aliases) if is_russian(n)]
    english = [n for n in (record.name, *record.aliases) if not is_russian(n)]
    person = record.kind == "person"
    forms = []
    for index, written in enumerate(russian_names):
        words = _words(written)
        if person and index and not any(w[:1].isupper() and not _acronym(w) for w in words):
            # "генеральный секретарь", "генсек НАТО": a title, which someone else may hold
            # at the article's date, and which goes with the name after it.
            continue
        alone = person and index > 0 and len(words) == 1  # the alias "Иванов": a surname
        forms.append(_Form(record, written, words, True, index == 0, alone))
    for index, written in enumerate(english):
        words = _words(written)
        alone = person and index > 0 and len(words) == 1
        forms.append(_Form(record, written, words, False, index == 0, alone))
    if person:
        for form in list(forms):
            # "министр обороны Сергей Иванов": a title and a name, no surname "дел Лавров".
            titled = form.words[0][:1].islower() and norm(form.words[0]) not in PARTICLES
            if len(form.words) > 1 and not titled:
                for surname in _surnames(form.words):
                    written = " ".join(surname)
                    forms.append(_Form(record, written, surname, form.russian, False, True))
    elif record.kind in ("organization", "agreement"):
        # «СРН» for «Совет Россия – НАТО»: a body's initials
        for form in [f for f in forms if f.russian]:
            if initials := _initials(form.words):
                forms.append(_Form(record, initials, (initials,), True, False))
    elif record.kind == "place":
        # "Норфолк" for a record named "Норфолк, Виргиния".
        for form in list(forms):
            head = place_without_region(form.written)
            if head:
                forms.append(_Form(record, head, _words(head), form.russian, False))
    if record.kind == "place" and not any(f.russian for f in forms):
        # A city GeoNames names in Cyrillic: "Москва" for a record named "Moscow".
        by_name = _cities_by_name()
        for written in by_name.get(fold_word(record.name), ()):
            forms.append(_Form(record, written, (written,), True, False))
    return forms


def _initials(words):
    """The initials of a name of two words or more, each capitalised («СРН» of «Совет
    Россия – НАТО»), or None."""
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return "".join(w[0] for w in words).upper()
    return None


def _words(written):
    return tuple(WORD.findall(written))


def _surnames(words):
    """ "Схеффер", "Хоп Схеффер" and "де Хоп Схеффер" for "Яап де Хоп Схеффер"."""
    found = {words[-1:]}
    for index in range(1, len(words) - 1):
        if norm(words[index]) in PARTICLES or plain_latin(words[index]) in PARTICLES:
            found.add(words[index:])
            found.add(words[index + 1 :])
    return found


def plain_latin(word):
    return anyascii(word).lower()


_CITIES_BY_NAME = {}


def _cities_by_name():
    if not _CITIES_BY_NAME:
        for russian, (english, _population) in russian_city_names().items():
            _CITIES_BY_NAME.setdefault(fold_word(english), []).append(russian.capitalize())
    return _CITIES_BY_NAME


class _Index:
    """The forms of a gazetteer's records, by a key of their first word that every case
    of it shares: its transliteration's first three letters."""

    def __init__(self, gazetteer):
        self.forms = {}
        for record in gazetteer.records.values():
            for form in _forms(record):
                self.forms.setdefault(_first_key(form.words[0]), []).append(form)

    def candidates(self, token):
        return self.forms.get(_first_key(token), ())


def _first_key(word):
    return latin_key(norm(word))[:3] if CYRILLIC.search(word) else latin_key(word)[:3]


def _index(gazetteer):
    index = getattr(gazetteer, "_russian_index", None)
    if index is None:
        index = _Index(gazetteer)
        gazetteer._russian_index = index
    return index


# --- Finding the names -------------------------------------------------------------------------


@dataclass
class _Span:
    first: int
    last: int
    kind: str
    forms: list = field(default_factory=list)  # the records' forms it matches
    reason: str = ""  # new names: why this kind
    initials: str = ""
    name: str = ""  # new names: the name to propose, in the nominative where it is regular
    abbreviates: bool = False  # the abbreviation the article gives a name
    surname_of: str = ""  # a new person's surname alone: the name they were given in full


def _match_at(reader, index):
    """The longest record form written at token ``index``, with its equals."""
    tokens, text = reader.tokens, reader.text
    token = tokens[index]
    # "де Хоп Схеффер" starts with a particle, "альянс" is a name written in lower case.
    lower = not (token.capital or token.initial or plain_latin(token.text) in PARTICLES)
    if lower and not any(_lower_case_name(f) for f in reader.index.candidates(token.text)):
        return None
    if index and tokens[index - 1].initial and _joined(reader.text, tokens[index - 1], token):
        return None  # "А. Лавров": initials that fit no one, read at the initial
    initials, first = "", index
    while tokens[first].initial and first + 1 < len(tokens):
        if not _joined(text, tokens[first], tokens[first + 1]):
            return None
        initials += tokens[first].text.replace(".", "")
        first += 1
    best, best_length = [], 0
    for form in reader.index.candidates(tokens[first].text):
        if initials and not form.surname or lower and not _lower_case_name(form):
            continue
        if _titled_form(form):
            continue  # "Министр обороны Сергей Иванов": the title is read as the role
        length = _fits_at(reader, first, form)
        if length and length >= best_length:
            if length > best_length:
                best, best_length = [], length
            best.append(form)
    if not best:
        return None
    if initials:
        best = [f for f in best if _initials_fit(f.record, initials)]
        if not best:
            return None
    return _Span(index, first + best_length - 1, best[0].record.kind, best, initials=initials)


def _titled_form(form):
    """Whether ``form`` is a person's title and name ("министр обороны Сергей Иванов")."""
    first = form.words[0]
    return form.record.kind == "person" and first[:1].islower() and norm(first) not in PARTICLES


def _lower_case_name(form):
    """A body's name written in lower case ("альянс" for NATO, as "the alliance" in English),
    or one of three words or more that only its first capital makes a name ("Военная миссия
    связи НАТО" is "военной миссии связи НАТО" in running text); a person's ("генеральный
    секретарь") is a title, read with the name it goes with."""
    if not form.russian or form.record.kind == "person":
        return False
    words = form.words
    return words[0][:1].islower() or len(words) >= 3 and words[1][:1].islower()


def _fits_at(reader, first, form):
    tokens, text = reader.tokens, reader.text
    if first + len(form.words) > len(tokens):
        return 0
    for offset, word in enumerate(form.words):
        token = tokens[first + offset]
        previous = tokens[first + offset - 1]
        if offset and not _joined(text, previous, token):
            # The name's own punctuation: "Отношения Россия–НАТО: новое качество".
            own = form.gaps[offset - 1].strip() if len(form.gaps) >= offset else ""
            if not own or text[previous.end : token.start].strip() != own:
                return 0
        alone = len(form.words) == 1
        fits = word_fits(token.text, word) if form.russian else latin_fits(token.text, word, alone)
        if not fits:
            return 0
        if word[:1].isupper() and not token.capital and (offset or not _lower_case_name(form)):
            return 0
    following = tokens[first + 1] if first + 1 < len(tokens) else None
    if (
        len(form.words) == 1
        and not form.russian
        and form.record.kind != "person"
        and not token.acronym
        and following
        and following.capital
        and _joined(text, token, following)
    ):
        return 0  # "Георгий Шпак" is a man, not Georgia: a place's name stands alone.
    return len(form.words)


def _initials_fit(record, initials):
    """Whether initials ("С", "СВ") are those of a person's given names, in Russian or
    transliterated."""
    russian = [n for n in (*record.names_ru, *record.aliases, record.name) if is_russian(n)]
    given = [n.split()[:-1] for n in russian]
    given += [n.split()[:-1] for n in (record.name, *record.aliases) if not is_russian(n)]
    wanted_ru = norm(initials)
    wanted_latin = fold_word(anyascii(initials))
    for words in given:
        letters = "".join(w[:1] for w in words if norm(w) not in PARTICLES)
        if CYRILLIC.search(letters) and norm(letters).startswith(wanted_ru):
            return True
        # "С.В.Лавров" for a record that knows "Сергей Лавров" but not his patronymic.
        if len(words) == 1 and CYRILLIC.search(letters) and wanted_ru.startswith(norm(letters)):
            return True
        first = fold_word(anyascii(words[0])) if words else ""
        if len(initials) == 1 and first.startswith(wanted_latin):
            return True
        if fold_word(anyascii(letters)).startswith(wanted_latin):
            return True
    return False


@dataclass
class _Reader:
    text: str
    tokens: list
    index: _Index
    gazetteer: Gazetteer
    labels: list  # (start, end) of each label of who speaks («ВЕДУЩИЙ:», «С. БУНТМАН:»)
    matched: dict = field(default_factory=dict)  # the spans of records' names, by first token


def find_mentions_ru(text: str, gazetteer: Gazetteer) -> list:
    """Every person, place, organization and agreement a Russian ``text`` names."""
    from events.importing.entities import Mention

    reader = _Reader(text, _tokens(text), _index(gazetteer), gazetteer, speaker_labels(text))
    tokens = reader.tokens
    spans, position = [], 0
    while position < len(tokens):
        span = _match_at(reader, position)
        if span:
            spans.append(span)
            position = span.last + 1
        else:
            position += 1
    spans = [s for s in spans if not _qualified_away(reader, s)]
    spans = [s for s in (_of_its_owner(reader, s, spans) for s in spans) if s]
    spans = _with_its_parties(reader, spans)
    covered = {i for s in spans for i in range(s.first, s.last + 1)}
    reader.matched = {s.first: s for s in spans}
    new = _new_names(reader, covered)
    # "Совет Россия–НАТО": the names inside a longer name are no mentions of their own.
    spans = [s for s in spans if not any(_inside(s, n) for n in new)] + new
    spans.sort(key=lambda s: (s.first, -s.last))
    _one_name_for_each_new_person(reader, spans)
    spans = _surnames_of_new_people(reader, spans)
    _defined_abbreviations(reader, spans)
    _bodies_named_bare(reader, spans)
    mentions, named = [], []  # named: (person named in full, sentence), most recent last
    for span in spans:
        mention = _resolve(reader, span, named, Mention)
        if mention and mention.kind == "person":
            mention = replace(mention, role=_role_before(reader, span.first))
        if mention:
            mentions.append(mention)
    return mentions


# Adjectives that make a body's generic name a region's or a city's own ("областная Дума",
# "городской совет"): no match for the national body of that name.
LOCAL_QUALIFIERS = (
    "областн",
    "городск",
    "региональн",
    "краев",
    "муниципальн",
    "районн",
    "окружн",
    "республиканск",
    "местн",
)


def _qualified_away(reader, span):
    """Whether a body's record is matched by a name that a local qualifier before it makes
    another body: "областной Думы" is a regional Duma, not the State Duma."""
    if span.kind != "organization" or not span.first:
        return False
    before = reader.tokens[span.first - 1]
    if not _joined(reader.text, before, reader.tokens[span.first]):
        return False
    word = norm(before.text)
    return word.startswith(LOCAL_QUALIFIERS) and not any(
        norm(w).startswith(LOCAL_QUALIFIERS) for f in span.forms for w in f.words
    )


def _of_its_owner(reader, span, spans):
    """``span`` without the bodies' records that the owner named after it makes another's
    ("Совета Безопасности ООН" is no "Совет безопасности Российской Федерации"), or None
    if none is left; a body's record whose names give no owner is any owner's."""
    tokens = reader.tokens
    after = span.last + 1
    if span.kind != "organization" or after >= len(tokens):
        return span
    owner = tokens[after]
    if not _joined(reader.text, tokens[span.last], owner) or not (owner.capital or owner.acronym):
        return span
    named = next((s for s in spans if s.first == after), None)
    written = _span_text(reader, named) if named else owner.text
    if named and named.kind == "person" or not (named or owner.acronym or _genitive(owner)):
        return span  # "… безопасности Николай Патрушев": no owner
    forms = [
        f for f in span.forms if not owners_of(f.record) or same_owner(written, owners_of(f.record))
    ]
    return replace(span, forms=forms) if forms else None


def _with_its_parties(reader, spans):
    """The spans with a body's name and the two records joined by a dash after its head
    word, the parties it brings together, made one ("Постоянного совместного совета
    Россия–НАТО", "в комиссии Россия-ЕС"): the parties are no mentions of their own."""
    tokens, text = reader.tokens, reader.text
    joined, index = [], 0
    while index < len(spans):
        span, pair = spans[index], spans[index + 1 : index + 3]
        if (
            span.kind == "organization"
            and _organization_head(tokens[span.last].text)
            and len(pair) == 2
            and all(p.kind != "person" and p.first == p.last for p in pair)
            and (pair[0].first, pair[1].first) == (span.last + 1, span.last + 2)
            and text[tokens[span.last].end : tokens[span.last + 1].start] == " "
            and _joined(text, tokens[pair[0].last], tokens[pair[1].first])
            and text[tokens[pair[0].last].end : tokens[pair[1].first].start].strip()
        ):
            joined.append(replace(span, last=pair[1].last))
            index += 3
        else:
            joined.append(span)
            index += 1
    return joined


def _genitive(token):
    return norm(token.text).endswith(("и", "ы", "а", "я")) and not _given_name(token.text)


def _inside(span, other):
    return (
        other.first <= span.first
        and span.last <= other.last
        and (span.first, span.last) != (other.first, other.last)
    )


def _defined_abbreviations(reader, spans):
    """ "Совет Россия–НАТО (СРН)": the abbreviation in brackets after a name is that name,
    there and wherever else the article uses it; a name no record has takes the record of
    its abbreviation."""
    tokens, text = reader.tokens, reader.text
    by_first = {s.first: s for s in spans}
    defined = {}
    for span in spans:
        bracket = by_first.get(span.last + 1)
        if not bracket or bracket.first != bracket.last or not tokens[bracket.first].acronym:
            continue
        gap = text[tokens[span.last].end : tokens[bracket.first].start]
        closing = text[tokens[bracket.first].end : tokens[bracket.first].end + 1]
        if not re.fullmatch(r"\s*\(", gap) or closing != ")" or span.kind == "person":
            continue
        if _where_it_lies(reader, span, bracket):
            continue
        if not span.forms and bracket.forms:
            span.forms, span.kind = bracket.forms, bracket.kind
        defined[tokens[bracket.first].text] = span
    for span in spans:
        # «Совет Россия – НАТО» … «СРН»: a name whose every word is capitalised, and its
        # initials, though no bracket defines them
        initials = _initials(WORD.findall(span.name or _span_text(reader, span)))
        if span.kind in ("organization", "agreement") and initials:
            defined.setdefault(initials, span)
    for span in spans:
        full = defined.get(tokens[span.first].text) if span.first == span.last else None
        if full and full is not span and (not span.forms or span.first == full.last + 1):
            span.kind, span.forms = full.kind, full.forms
            span.name = full.name or _span_text(reader, full)
            span.reason = f"the abbreviation the article gives for “{span.name}”"
            span.abbreviates = True


def _bodies_named_bare(reader, spans):
    """ "МИД России" and "МИД" in one article are one new body, named with its state: a body's
    abbreviation named bare takes the one name the article gives it with a state after it
    (one «МИД» would be every country's); after several states' («МИД России», «МИД ФРГ»)
    it stays bare, as it cannot be told whose."""
    tokens = reader.tokens
    new_bodies = [s for s in spans if s.kind == "organization" and not s.forms]
    with_state = {}
    for span in new_bodies:
        state = _state_of_adjective_before(reader, span)
        if state:
            span.name = f"{tokens[span.first].text} {state}"  # «российский МИД»: «МИД России»
        if state or span.last > span.first and _state_after(reader, span.first):
            named = with_state.setdefault(tokens[span.first].text, set())
            named.add(span.name or _span_text(reader, span))
    for span in new_bodies:
        named = with_state.get(tokens[span.first].text, set())
        if span.first == span.last and len(named) == 1:
            span.name = next(iter(named))


# A state's adjective by its stem: the nationality it is (``entities.NATIONALITIES``), and
# the state in the genitive as a body's name puts it after its abbreviation («российский
# МИД» is «МИД России»).
STATE_ADJECTIVES = {
    "российск": ("russian", "России"),
    "американск": ("american", "США"),
    "британск": ("british", "Великобритании"),
    "французск": ("french", "Франции"),
    "немецк": ("german", "Германии"),
    "германск": ("german", "Германии"),
    "украинск": ("ukrainian", "Украины"),
    "грузинск": ("georgian", "Грузии"),
    "китайск": ("chinese", "Китая"),
    "польск": ("polish", "Польши"),
    "норвежск": ("norwegian", "Норвегии"),
    "турецк": ("turkish", "Турции"),
    "белорусск": ("belarusian", "Белоруссии"),
    "литовск": ("lithuanian", "Литвы"),
    "латвийск": ("latvian", "Латвии"),
    "эстонск": ("estonian", "Эстонии"),
}


def _state_of_adjective_before(reader, span):
    """The state (``STATE_ADJECTIVES``) whose adjective stands right before a body's
    abbreviation alone («российский МИД»), or ""."""
    tokens = reader.tokens
    if span.first != span.last or not tokens[span.first].acronym or span.first == 0:
        return ""
    before = tokens[span.first - 1]
    if reader.text[before.end : tokens[span.first].start] != " ":
        return ""
    word = norm(before.text)
    states = (state for stem, (_, state) in STATE_ADJECTIVES.items() if word.startswith(stem))
    return next(states, "")


def _where_it_lies(reader, span, bracket):
    """Whether the place in brackets after a place's name is the country it lies in
    ("в Колорадо-Спрингс (США)"), not its abbreviation, which gives the initials of the
    name's words ("Соединённые Штаты Америки (США)")."""
    places = [f for f in bracket.forms if f.record.kind == "place"]
    state = reader.tokens[bracket.first].text in STATE_ABBREVIATIONS or places
    if span.kind != "place" or not state:
        return False
    words = re.findall(r"[^\W\d_]+", _span_text(reader, span))
    initials = "".join(w[0] for w in words if w[0].isupper())
    return norm(initials) != norm(reader.tokens[bracket.first].text)


def _one_name_for_each_new_person(reader, spans):
    """ "Пётр Соколов", then "приказ вице-адмирала Петра Соколова": a new person named in
    full in another case is proposed under the name the article writes in the nominative,
    where the nominative read from the other case confirms it (the letter "ё" only the
    written name has), so that both are one new person."""
    people = [s for s in spans if s.kind == "person" and not s.forms and s.last > s.first]
    for span in people:
        words = [t.text for t in reader.tokens[span.first : span.last + 1]]
        if not span.name or norm(span.name) == norm(" ".join(words)):
            continue  # its name is as written, not read from its case
        written = next(
            (
                _span_text(reader, other)
                for other in people
                if other is not span and norm(_span_text(reader, other)) == norm(span.name)
            ),
            None,
        )
        if written:
            span.name = written


def _surnames_of_new_people(reader, spans):
    """ "Как напомнил Рогозин", "Рогозиным": a surname alone, in any case, is the new person
    the article named in full before ("Дмитрий Рогозин"), as it is a record's person; the
    word is read so whatever else it would be alone, unless a record's name."""
    tokens = reader.tokens
    by_first = {s.first: s for s in spans}
    covered = {i for s in spans for i in range(s.first, s.last + 1)}
    people = []  # (surname as written, the name in full), most recent last
    found = []
    for index, token in enumerate(tokens):
        span = by_first.get(index)
        alone = span is None and index not in covered
        alone = alone or span and span.first == span.last and not span.forms
        if alone and token.capital and not token.acronym and not token.initial:
            person = next((p for p in reversed(people) if _same_surname(token.text, p[0])), None)
            if person:
                reason = f"the surname of {person[1]}, named earlier in the article"
                found.append(_Span(index, index, "person", reason=reason, surname_of=person[1]))
                continue
        if span:
            found.append(span)
            if span.kind == "person" and not span.forms and span.last > span.first:
                people.append((tokens[span.last].text, span.name or _span_text(reader, span)))
    return found


# What a surname ends in, in any case: "Рогозин", "Рогозина", "Рогозиным", "Шойгу".
_SURNAME_ENDINGS = frozenset(_SURNAME + _CONSONANT + _A + _SOFT + _SHORT_I + _IY)


def _same_surname(word, surname):
    """Whether ``word`` is a form of ``surname`` (itself in any case): one stem of four
    letters or more, and a case ending after it in each."""
    a, b = norm(word), norm(surname)
    stem = 0
    while stem < min(len(a), len(b)) and a[stem] == b[stem]:
        stem += 1
    for cut in range(stem, 3, -1):
        if a[cut:] in _SURNAME_ENDINGS and b[cut:] in _SURNAME_ENDINGS:
            return True
    return False


def _span_text(reader, span):
    return reader.text[reader.tokens[span.first].start : reader.tokens[span.last].end]


def _resolve(reader, span, named, mention_class):
    text = _span_text(reader, span)
    start, end = reader.tokens[span.first].start, reader.tokens[span.last].end
    if span.surname_of:
        return mention_class(
            "person", text, start, end, None, span.reason, proposed_name=span.surname_of
        )
    if not span.forms:
        reason = span.reason if span.abbreviates else f"new {span.kind}: {span.reason}"
        name = span.name or text
        return mention_class(span.kind, text, start, end, None, reason, proposed_name=name)
    forms = span.forms
    records = list(dict.fromkeys(f.record for f in forms))
    if span.kind == "person" and all(f.surname for f in forms):
        # A surname alone: the person the article named before, else the one record.
        earlier = [(r, sentence) for r, sentence in reversed(named) if r in records]
        if len(earlier) > 1 and earlier[0][1] > earlier[1][1]:
            # Named in full after the other one: the most recent full mention decides.
            earlier = earlier[:1]
        earlier = [r for r, _sentence in earlier]
        if len(earlier) > 1:
            # Both Ivanovs named in full in one sentence: nothing says which.
            slugs = tuple(sorted(r.slug for r in earlier))
            names = " and ".join(r.name for r in earlier)
            reason = f"ambiguous: the article has named both {names}; nothing next to it says which"
            return mention_class("person", text, start, end, None, reason, slugs)
        if earlier:
            record = earlier[0]
            reason = f"the surname of {record.name}, named earlier in the article"
            return mention_class("person", text, start, end, record.slug, reason)
    if len(records) > 1:
        kinds = {r.kind for r in records}
        # "в Чехии и Германии": the word before the list the name is in.
        first = _listed_with(reader, list(range(span.first, span.last + 1)))[0][0]
        previous = reader.tokens[first - 1].text.lower() if first else ""
        if len(kinds) > 1:
            # "в Москве", "посетивший Москву": a place; "Москва заявила": a government.
            travel = previous.startswith(TRAVEL_VERBS)
            wanted = "place" if previous in LOCATIVES or travel else "organization"
            records.sort(key=lambda r: r.kind != wanted)
            chosen = records[0]
            reason = f"“{text}” is {_a(chosen.kind)} here"
            others = tuple(r.slug for r in records[1:])
            return mention_class(chosen.kind, text, start, end, chosen.slug, reason, others)
        slugs = tuple(sorted(r.slug for r in records))
        reason = f"ambiguous: “{text}” may be any of {len(records)} records ({', '.join(slugs)})"
        return mention_class(span.kind, text, start, end, None, reason, slugs)
    record = records[0]
    form = next((f for f in forms if f.record == record), forms[0])
    if record.kind == "person" and not form.surname:
        named[:] = [(r, sentence) for r, sentence in named if r != record]
        named.append((record, reader.tokens[span.first].sentence))
    how = "Russian name" if form.russian else "name, transliterated"
    if form.surname:
        how = "surname" + ("" if form.russian else ", transliterated")
    reason = f"a form of the {how} “{form.written}”"
    if len(span.forms) == 1 and span.first == span.last and len(form.words) > 1:
        reason = f"the abbreviation that begins “{form.written}”, and no other name"
    if form.words != _words(form.written):
        reason = f"the abbreviation of “{form.written}”"
    if span.abbreviates:
        reason = span.reason
    return mention_class(record.kind, text, start, end, record.slug, reason)


def _a(kind):
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


# --- Names no record has -----------------------------------------------------------------------


def _new_names(reader, covered):
    tokens = reader.tokens
    spans = _titled_agreements(reader, covered)
    covered = covered | {i for s in spans for i in range(s.first, s.last + 1)}
    spans += _quoted_names(reader, covered)
    covered = covered | {i for s in spans for i in range(s.first, s.last + 1)}
    spans += _agencies_of_words(reader, covered)
    covered = covered | {i for s in spans for i in range(s.first, s.last + 1)}
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if position in covered or not (token.capital or token.initial):
            position += 1
            continue
        run = [position]
        while True:
            if particle := _hyphened_particle(reader, run[-1], covered):
                run += [particle, particle + 1]  # "Пратика-ди-Маре", "Ростов-на-Дону"
                continue
            if not (
                run[-1] + 1 < len(tokens)
                and run[-1] + 1 not in covered
                and (tokens[run[-1] + 1].capital or tokens[run[-1] + 1].initial)
                and _joined(reader.text, tokens[run[-1]], tokens[run[-1] + 1])
                and (
                    not _abbreviation(tokens[run[-1]])
                    and not _abbreviation(tokens[run[-1] + 1])
                    or _hyphened_word(reader, run[-1])
                )
                and not _body_heads_next(reader, run[-1])
                # the place alone, or after «В» opening the sentence
                and not (len(run) <= 2 and _place_before_a_name(reader, run[-1]))
            ):
                break
            run.append(run[-1] + 1)  # an abbreviation is a name of its own: "США Кондолизой"
        if len(run) == 1 and any(start <= token.start < end for start, end in reader.labels):
            position += 1
            continue  # a broadcast's role in capitals, «ВЕДУЩИЙ:», «КОРРЕСПОНДЕНТ:»
        span = _read_run(reader, run, covered)
        if not span and token.sentence_start and len(run) > 1:
            # "Письмо Бориса Ельцина": a common noun capitalised as the sentence's first word.
            span = _read_run(reader, run[1:], covered)
        if span:
            spans.append(span)
            covered = covered | set(range(span.first, span.last + 1))
            position = span.last + 1
        else:
            position = run[-1] + 1
    return spans


_LOCATIVE_PREPOSITIONS = word_set("в во на под")
# A surname in the nominative, as a subject is: narrower than ``SURNAME``, which takes any
# case («в Москве Казани» is no person).
_SURNAME_ENDING = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$")


def _place_before_a_name(reader, index):
    """Whether the word at ``index``, right after «в» or «на», is a place and the
    capitalised word after it opens a person's name: «в Лиссабоне Медведев предложил»,
    «в Париже Борис Ельцин подписал» (news puts the place before the subject)."""
    tokens = reader.tokens
    if index == 0 or norm(tokens[index - 1].text) not in _LOCATIVE_PREPOSITIONS:
        return False
    following = norm(tokens[index + 1].text)
    return _given_name(following) or bool(_SURNAME_ENDING.search(following))


def _agencies_of_words(reader, covered):
    """ "РИА Новости", "агентству Франс Пресс": an agency's name of several words, whole."""
    tokens, spans = reader.tokens, []
    for name in NEWS_AGENCIES_OF_WORDS:
        words = name.split()
        for first in range(len(tokens) - len(words) + 1):
            run = range(first, first + len(words))
            if (
                not set(run) & covered
                and all(word_fits(tokens[i].text, w) for i, w in zip(run, words, strict=True))
                # by spaces: "РИА-Новости" is one hyphened word, proposed as written
                and all(reader.text[tokens[i].end : tokens[i + 1].start] == " " for i in run[:-1])
            ):
                reason = "a news agency's name"
                spans.append(_Span(first, run[-1], "organization", reason=reason, name=name))
    return spans


def _hyphened_particle(reader, index, covered):
    """The index of a lower-case particle joined by hyphens between ``index`` and a
    capitalised word ("Пратика-ди-Маре", "Ростов-на-Дону"), or None."""
    tokens, text = reader.tokens, reader.text
    if index + 2 >= len(tokens) or {index + 1, index + 2} & covered:
        return None
    particle, after = tokens[index + 1], tokens[index + 2]
    hyphens = text[tokens[index].end : particle.start] + text[particle.end : after.start]
    if particle.capital or len(particle.text) > 3 or not after.capital:
        return None
    return index + 1 if re.fullmatch(r"[-‐‑]{2}", hyphens) else None


def _hyphened_word(reader, index):
    """Whether the word at ``index`` and the next are one word joined by a bare hyphen, as
    an agency's name of abbreviations is ("ИТАР-ТАСС", "РИА-Новости", "АП-ДПА"); not two
    names paired by a dash ("Россия–НАТО"), nor a place's name and a body's ("США-НАТО",
    "НАТО-Россия": a place in "-ия" or a city)."""
    tokens = reader.tokens
    left, right = tokens[index], tokens[index + 1]
    if not re.fullmatch(r"[-‐‑]", reader.text[left.end : right.start]):
        return False
    return not any(
        token.text in STATE_ABBREVIATIONS or norm(token.text).endswith(_IYA) or _city(token.text)
        for token in (left, right)
    )


# Endings of an adjective, which goes on into the noun it qualifies ("Европейский Совет").
_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому")


def _body_heads_next(reader, index):
    """Whether the word after ``index`` heads a body's or a treaty's name that starts there:
    "под Римом Совет Россия–НАТО" is a place, then the council, one name each; but an
    adjective before the head is the name's own ("Европейский Совет")."""
    tokens = reader.tokens
    following = tokens[index + 1]
    if not any(word_fits(following.text, h) for h in ORGANIZATION_HEADS | AGREEMENT_HEADS):
        return False
    word = norm(tokens[index].text)
    adjective = word.endswith(_ADJECTIVE_ENDINGS + _ADJECTIVE_CASES + _OBLIQUE_ADJECTIVES)
    return _city(tokens[index].text) or not adjective


_ADJECTIVE_CASES = ("ему", "ым", "им", "ых", "их", "ую", "юю", "ой", "ей")


def _abbreviation_heads(reader, abbreviation):
    """The Russian names an abbreviation begins, one a record: "МИД" of "МИД России"."""
    forms = {}
    for form in reader.index.candidates(abbreviation):
        if form.russian and len(form.words) > 1 and form.words[0] == abbreviation:
            forms.setdefault(form.record, form)
    return list(forms.values())


def _abbreviation(token):
    return token.acronym and not token.initial


# A negation, which no name holds: «Никакого вето не будет» is said.
_DENIES = re.compile(r"(?i:(?<![\w-])(?:не|нет|ни)(?![\w-]))")
# A treaty's kind and its title in quotation marks: «Декларация «Отношения Россия–НАТО:
# новое качество»», «Соглашения «Об открытом небе»».
_TITLED = re.compile(r"(?P<head>[А-ЯЁа-яё]+)\s+«(?P<title>[^«»\n]{2,120})»")


def _titled_agreements(reader, covered):
    """A treaty named by its kind and its title in quotation marks, whatever the title
    names ("Россия", "НАТО" in it are no mentions of their own); proposed with its kind in
    the nominative."""
    spans = []
    for match in _TITLED.finditer(reader.text):
        head = next((h for h in AGREEMENT_HEADS if word_fits(norm(match["head"]), h)), None)
        indices = [
            i
            for i, t in enumerate(reader.tokens)
            if match.start() <= t.start and t.end <= match.end("title")
        ]
        # A title opens with a capital: «соглашение «открывает дорогу войскам»» is said of it.
        if not head or len(indices) < 2 or indices[0] in covered or match["title"][:1].islower():
            continue
        if indices[1] in reader.matched:
            continue  # a title the timeline knows: «Партнёрство ради мира»
        kind = head.capitalize() if match["head"][:1].isupper() else head
        name = f"{kind} «{match['title']}»"
        reason = "a treaty's kind and its title in quotation marks"
        spans.append(_Span(indices[0], indices[-1], "agreement", reason=reason, name=name))
    return spans


def _quoted_names(reader, covered):
    """ "«Газпром»", "«Партнерство ради мира»": a short name in quotation marks; not a
    quotation after a colon, or one that denies («Никакого вето не будет»)."""
    spans = []
    for match in re.finditer(r"«([^«»\n]{2,60})»", reader.text):
        inner = match.group(1)
        words = inner.split()
        if len(words) > 4 or not inner[:1].isupper() or re.search(r"[.,!?:;—]", inner):
            continue
        if reader.text[: match.start()].rstrip().endswith(":") or _DENIES.search(inner):
            continue
        # «Мы перевернули страницу», - заявил он: a quotation, not a name.
        if re.match(r"\s*[,.]?\s*[-–—]", reader.text[match.end() :]) or norm(words[0]) in OPENERS:
            continue
        indices = [
            i
            for i, t in enumerate(reader.tokens)
            if match.start(1) <= t.start and t.end <= match.end(1)
        ]
        if not indices or any(i in covered for i in indices):
            continue
        # «Запад-2013», «Армия-2015»: a name with its year is an event's, an exercise's or a
        # forum's, in any case.
        if re.search(r"[-‐‑ ]\d{4}$", inner):
            continue
        # "учений «Щит» и «Север»": the names listed after the first are of its kind too.
        earlier = reader.text[max(0, match.start() - 200) : match.start()]
        earlier = re.sub(r"(?:«[^«»\n]*»\s*(?:,|и)\s*)+$", "", earlier)
        before = earlier[-40:].split()
        noun = norm(before[-1]) if before else ""
        nouns = [norm(w) for w in before[-2:]]  # "учениях НАТО «Балтопс»"
        if any(n.startswith(EVENT_NOUNS) for n in nouns):
            continue
        if any(word_fits(norm(words[0]), head) for head in AGREEMENT_HEADS) or any(
            word_fits(noun, head) for head in AGREEMENT_HEADS
        ):
            kind, reason = "agreement", "a treaty's or programme's name in quotation marks"
        else:
            kind, reason = "organization", "a name in quotation marks"
        name = ""
        if kind == "organization" and len(indices) == 1:
            name = _outlet_nominative(reader, indices[0])
        elif kind == "organization" and len(indices) == 2:
            name = _feminine_name_nominative([reader.tokens[i].text for i in indices])
        spans.append(_Span(indices[0], indices[-1], kind, reason=reason, name=name or ""))
    return spans


# The nouns of "по данным «Известий»", "по сведениям «Интерфакса»": a source named after
# them is in the genitive.
_SOURCE_NOUNS = word_set("данным сведениям информации сообщению словам мнению оценке подсчетам")
# A genitive's ending and the nominative's that replaces it, where the name is an outlet's:
# "Известий" → "Известия", "Ведомостей" → "Ведомости", "Правды" → "Правда", "Голоса" →
# "Голос".
_GENITIVE_NOMINATIVES = (("ий", "ия"), ("ей", "и"), ("ы", "а"), ("а", ""))


def _outlet_nominative(reader, index):
    """The nominative of an outlet's one-word name: a news agency's or paper's the
    importer knows, in any case ("Интерфаксу" → "Интерфакс"), another in quotation marks
    written in the genitive after "по данным" and the like ("По данным «Правды»" →
    "Правда"); or None. After the outlet's own noun the name is in apposition, in the
    nominative ("газеты «Гудок»"), and after a verb it is the subject ("пишет «Гудок»")."""
    tokens = reader.tokens
    token = tokens[index]
    known = [name for name in NEWS_AGENCIES if word_fits(token.text, name)]
    if known:
        return token.text if token.acronym else known[0].capitalize()
    if not index or norm(tokens[index - 1].text) not in _SOURCE_NOUNS or token.acronym:
        return None
    word = token.text
    for genitive, nominative in _GENITIVE_NOMINATIVES:
        stem = word[: -len(genitive)]
        if norm(word).endswith(genitive) and len(stem) >= 3 and norm(stem[-1]) not in _VOWELS:
            return stem + nominative
    return None


# A feminine noun's oblique ending and its nominative's: "звезды", "звезде", "звезду",
# "звездой" → "звезда"; "-ю", "-ей" are of a noun in "-я".
_FEMININE_NOUN_CASES = (("ою", "а"), ("ой", "а"), ("ею", "я"), ("ей", "я"), ("ю", "я"))
_FEMININE_NOUN_CASES += tuple((ending, "а") for ending in ("ы", "и", "е", "у"))


def _feminine_name_nominative(words):
    """A name of an adjective and a feminine noun in an oblique case, in the nominative
    by both its words: "Красной звезды", "Красной звезде" → "Красная звезда"; else None
    (a name in the nominative, or of another shape, is kept as written)."""
    adjective, noun = words
    if not norm(adjective).endswith(("ой", "ую", "ою")) or len(noun) < 4:
        return None
    nominative = _adjective_nominative(adjective, "f")
    w = norm(noun)
    for ending, replacement in _FEMININE_NOUN_CASES:
        if nominative and w.endswith(ending) and w[-len(ending) - 1] not in _VOWELS:
            return f"{nominative} {noun[: -len(ending)]}{replacement}"
    return None


def _read_run(reader, run, covered):
    """A new name for a run of capitalised words, or None if it names nothing we can tell."""
    tokens = reader.tokens
    first = tokens[run[0]]
    words = [tokens[i] for i in run]
    lower = norm(first.text)
    if first.sentence_start and (lower in OPENERS or lower in TITLES):
        run, words = run[1:], words[1:]
        if not run:
            return None
        first, lower = words[0], norm(words[0].text)
    if len(run) == 1 and any(lower.startswith(stem) for stem in STATE_ADJECTIVES):
        return None  # «Российский МИД» opening a sentence: a state's adjective, no one
    head = next((h for h in ORGANIZATION_HEADS if word_fits(first.text, h)), None)
    agreement = next((h for h in AGREEMENT_HEADS if word_fits(first.text, h)), None)
    if head or agreement:
        last = _through_to_abbreviation(reader, _name_of_body_end(reader, run[0], covered))
        if last == run[0]:
            return None  # "Договор", "Совет" alone name nothing we can tell
        kind = "organization" if head else "agreement"
        nominative = (head or agreement).capitalize()
        reason = f"“{nominative}” heads {_a(kind)}'s name"
        # "Совета Россия–НАТО" is proposed as "Совет Россия–НАТО": the words after the
        # head are in the genitive or in apposition whatever its case.
        name = nominative + reader.text[first.end : tokens[last].end]
        return _Span(run[0], last, kind, reason=reason, name=name)
    following = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    if (
        following
        and not following.capital
        and _joined(reader.text, tokens[run[-1]], following)
        and any(word_fits(following.text, noun) for noun in PLACE_NOUNS)
    ):
        # "в Балтийском море", "Калининградской области".
        reason = f"“{following.text}” makes it a place name"
        name = _place_nominative([*(t.text for t in words), following.text]) or ""
        return _Span(run[0], run[-1] + 1, "place", reason=reason, name=name)
    if len(run) > 1 and (country := _country_span(run, words)):
        return country  # «Советского Союза»: a state, whatever word of a body's it holds
    agreement = _agreement_after(reader, run, covered)
    if agreement:
        return agreement
    body = _body_after(reader, run, covered)
    if body:
        return body
    institution = [name for name in INSTITUTIONS if word_fits(first.text, name)]
    if len(run) == 1 and institution:
        # "в Кремле" proposes "Кремль", the name in the nominative.
        reason = f"“{first.text}” is what news copy calls a government or its seat"
        name = institution[0].capitalize()
        return _Span(run[0], run[0], "organization", reason=reason, name=name)
    if len(run) == 1 and (
        first.text in NOT_NAMES or names_nothing(first.text) or _FEAST.fullmatch(first.text)
    ):
        return None
    # «СНВ-3», «СНВ-II» (its numeral a word of its own): the number is part of the name
    numbered = first.text in TREATY_ABBREVIATIONS and _TREATY_NUMBER.match(reader.text, first.end)
    if first.text in TREATY_ABBREVIATIONS and (
        len(run) == 1 or len(run) == 2 and numbered and numbered.end() == tokens[run[1]].end
    ):
        name = first.text + numbered.group() if numbered else ""
        return _Span(run[0], run[-1], "agreement", reason="a treaty's abbreviation", name=name)
    # "ИТАР-ТАСС", "РИА-Новости": one word of hyphened parts, an abbreviation among them.
    hyphened = all(_hyphened_word(reader, i) for i in run[:-1])
    if hyphened and any(word_fits(t.text, name) for t in words for name in NEWS_AGENCIES):
        name = _outlet_nominative(reader, run[0]) if len(run) == 1 else ""
        return _Span(run[0], run[-1], "organization", reason="a news organization", name=name)
    if len(run) > 1 and hyphened and any(_abbreviation(t) for t in words):
        reason = "an unknown abbreviation joined by a hyphen"
        return _Span(run[0], run[-1], "organization", reason=reason)
    listed = _listed_with(reader, run)
    before = tokens[listed[0][0] - 1] if listed[0][0] else None
    place_word = before if before and norm(before.text) in LOCATIVES else None
    after_place_word = place_word and not first.sentence_start
    listed_place = (
        len(listed) > 1
        and any(_listed_place(reader, names) for names in listed)
        and not any(_organization_head(tokens[i].text) for names in listed for i in names)
        and not norm(tokens[run[-1]].text).endswith(_ADJECTIVE_ENDINGS)  # "Государственная дума"
    )
    if len(run) == 1 and (declined := _DECLINED_ABBREVIATION.fullmatch(first.text)):
        # "в МИДе", "из МИДа": an abbreviation with a case ending is a body, not a place.
        heading = _abbreviation_heads(reader, declined[1])
        if len(heading) == 1:
            return _Span(run[0], run[0], heading[0].record.kind, heading)
        reason = "an unknown abbreviation with a case ending"
        return _Span(run[0], run[0], "organization", reason=reason, name=declined[1])
    if len(run) == 1 and first.acronym and not first.initial:
        city = _city_name(first.text)
        if city:  # a dateline: "ВИЛЬНЮС, 21 апреля."
            reason = f"not in the timeline yet; GeoNames' Russian name of {city[0]}"
            return _Span(run[0], run[0], "place", reason=reason, name=city[1])
        # "МИД РФ", "ФСБ России": an abbreviation and the state it is of make one name.
        last = _state_after(reader, run[0]) or run[0]
        heading = _abbreviation_heads(reader, first.text)
        if len(heading) == 1:
            return _Span(run[0], last, heading[0].record.kind, heading)
        if first.text in STATE_ABBREVIATIONS:
            english = STATE_ABBREVIATIONS[first.text]
            forms = [
                f
                for f in reader.gazetteer.forms.get(name_key(english), ())
                if f.record.kind == "place"
            ]
            if forms:
                form = _Form(forms[0].record, english, (first.text,), False, forms[0].is_name)
                return _Span(run[0], run[0], "place", [form])
            return _Span(run[0], run[0], "place", reason=f"the abbreviation of {english}")
        if last > run[0]:
            reason = "an unknown abbreviation and the state it is of"
            return _Span(run[0], last, "organization", reason=reason)
        if _abbreviation_of_its_body_after(reader, run[0]):
            # "ЦК КПСС": a body's abbreviation and that of the body it is part of, one name
            reason = "an unknown abbreviation and that of the body it is part of"
            return _Span(run[0], run[0] + 1, "organization", reason=reason)
        return _Span(run[0], run[0], "organization", reason="an unknown abbreviation")
    if len(run) == 1 and (body := _compound_body(first.text)):
        # "источник в Генштабе", "в руководстве Минобороны": a body, not a place.
        reason = f"“{first.text}” is a body's compound name"
        return _Span(run[0], run[0], "organization", reason=reason, name=body)
    if len(run) == 1 and _adjective_of_noun(reader, run[0]):
        return None  # "на Мюнхенской конференции", "Калининградской областной"
    if len(run) == 2 and _patronymic(words[1].text):
        # "Сергей Викторович": a name and patronymic, by which one addresses someone named
        # in full, never a new person.
        return _named_by_patronymic(reader, run)
    city = _city_name(first.text)
    # "к Калининграду", "к Смоленску": a city after "к" too, unless its word may be the dative
    # of a surname in "-ов", "-ин" ("к Пушкину", "к Королёву").
    toward = before and norm(before.text) in ("к", "ко")
    toward = toward and not re.search(r"(?:ов|ев|ин|ын)у$", norm(first.text))
    if len(run) == 1 and city and (after_place_word or toward or first.acronym):
        reason = f"not in the timeline yet; GeoNames' Russian name of {city[0]}"
        return _Span(run[0], run[0], "place", reason=reason, name=city[1])
    if len(run) == 1 and (country := _country_span(run, words)):
        return country
    titled = _titled(reader, run[0]) or norm(tokens[run[0] - 1].text) in TITLES
    speaks = _speaks(reader, run[-1])
    given = _given_name(first.text) or first.initial
    if any(t.acronym and not t.initial for t in words):
        return None
    if first.quoted and not (given or titled):
        return None  # «Защитник Европы — 2021»: an exercise's, a slogan's or a title's words
    of_whom = norm(first.text).endswith("ии") or _city(first.text)
    if titled and len(run) > 2 and (of_whom or not given and _given_name(words[1].text)):
        # "министр обороны Норвегии Кристин Девольд": the country, then the name; so too
        # "представитель Кремля Дмитрий Песков", "министр иностранных дел Украины Андрей …".
        run, words, first = run[1:], words[1:], words[1]
        given = _given_name(first.text) or first.initial
    foreign = _foreign_name_shape(reader, run)
    if after_place_word and len(run) <= 2 and not given:
        # "Посол работал в Южной Африке", "в Северной Корее заявили": a place's name.
        titled = speaks = False
    if len(run) > 1 and (titled or speaks or given or foreign):
        reason = "comes after a title" if titled else "has the shape of a person's name"
        case = _case_before(reader, run[0])
        name = _person_nominative([t.text for t in words], case) or ""
        if case and not name and (written := _nominative_written_elsewhere(reader.text, words)):
            name = written
            reason += f"; in the {case}, the nominative the article writes elsewhere"
        elif case and not name:
            reason += f"; kept as written: in the {case}, its nominative cannot be told"
        return _Span(run[0], run[-1], "person", reason=reason, name=name)
    if len(run) == 1 and (titled or speaks) and SURNAME.search(norm(first.text)):
        # "с министром Орловым": "Орлов"
        name = _person_nominative([first.text], _case_before(reader, run[0])) or ""
        reason = "named with a title or as speaking"
        return _Span(run[0], run[0], "person", reason=reason, name=name)
    big_city = len(run) == 1 and not first.sentence_start and _city_name(first.text, LARGE_CITY)
    if big_city:
        reason = f"not in the timeline yet; GeoNames' Russian name of {big_city[0]}"
        return _Span(run[0], run[0], "place", reason=reason, name=big_city[1])
    site = before and next((n for n in SITE_NOUNS if word_fits(before.text, n)), None)
    if site and len(run) == 1 and not (given or titled):
        reason = f"follows “{before.text}”, a word for a site"
        return _Span(run[0], run[0], "place", reason=reason, name=first.text)
    place_phrase = (after_place_word or listed_place) and not first.sentence_start
    phrase = reader.text[first.start : tokens[run[-1]].end]
    if place_phrase and (city := " " not in phrase and _city_name(phrase)):
        # "в Нью-Йорке", "в Санкт-Петербурге": one hyphenated word GeoNames names.
        reason = f"not in the timeline yet; GeoNames' Russian name of {city[0]}"
        return _Span(run[0], run[-1], "place", reason=reason, name=city[1])
    if place_phrase and len(phrase.split()) <= 2:
        reason = f"follows “{place_word.text}”" if place_word else "listed with a place"
        written = [t.text for t in words]
        name = _place_nominative(written) or _one_word_place_nominative(written, before) or ""
        if not name and place_word and norm(place_word.text) in IN_PLACE:
            name = _locative_nominative(written) or ""
        if not name and place_word:
            reason += "; kept as written: its ending does not tell its nominative"
        return _Span(run[0], run[-1], "place", reason=reason, name=name)
    return None


# The endings a foreign surname takes in the oblique cases: «Блинкену», «Блинкена».
_OBLIQUE_ENDINGS = ("ом", "ем", "у", "ю", "а", "я", "е")


def _nominative_written_elsewhere(text, words):
    """The name ``words`` (a declined surname after given names that do not decline,
    «Энтони Блинкену») with the surname as ``text`` writes it elsewhere in the nominative
    («Блинкен»), or None."""
    *given, surname = [t.text for t in words]
    for ending in (e for e in _OBLIQUE_ENDINGS if surname.endswith(e)):
        stem = surname[: -len(ending)]
        if len(stem) >= 3 and re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", text):
            return " ".join([*given, stem])
    return None


def _compound_body(word):
    """The nominative of a body's compound name ("Генштабе" → "Генштаб", "Госдумы" →
    "Госдума", "Минобороны" as it is), or None: not a city GeoNames knows."""
    w = norm(word)
    prefix = next((p for p in COMPOUND_BODY_PREFIXES if w.startswith(p)), None)
    if not prefix or _city(word):
        return None
    rest = w[len(prefix) :]
    part = next((p for p in COMPOUND_BODY_PARTS if rest == p or word_fits(rest, p)), None)
    return part and word[: len(prefix)] + part


def _listed_with(reader, run):
    """The names listed with the run by "и", and by commas before it, the run's among
    them, in order, each its token indices (two capitalised words at most): "Чехии" and
    "Польше" of "в Чехии и Польше", "Абхазии" and "Южной Осетии", the four of "Россия,
    Белоруссия, Казахстан и Украина"."""
    tokens, text = reader.tokens, reader.text
    listed = [list(run)]

    def name_from(index, step):  # "Осетии", then "Южной" going back
        if not tokens[index].capital:
            return []
        first, last = sorted((index, index + step))
        if first >= 0 and last < len(tokens) and all(tokens[i].capital for i in (first, last)):
            return [first, last] if _joined(text, tokens[first], tokens[last]) else [index]
        return [index]

    def link(left):  # "Чехии и Польше", "Россия, Белоруссия": how far the next name is
        if (
            left + 2 < len(tokens)
            and norm(tokens[left + 1].text) == "и"
            and all(_joined(text, tokens[i], tokens[i + 1]) for i in (left, left + 1))
        ):
            return 2
        following = tokens[left + 1] if left + 1 < len(tokens) else None
        comma = following and text[tokens[left].end : following.start] == ", "
        return 1 if comma and following.sentence == tokens[left].sentence else 0

    steps = []  # the link after each name but the last
    while listed[0][0] >= 1:
        step = next((s for s in (2, 1) if s <= listed[0][0] and link(listed[0][0] - s) == s), 0)
        name = step and name_from(listed[0][0] - step, -1)
        if not name:
            break
        listed.insert(0, name)
        steps.insert(0, step)
    while listed[-1][-1] + 1 < len(tokens) and (step := link(listed[-1][-1])):
        name = name_from(listed[-1][-1] + step, 1)
        if not name:
            break
        listed.append(name)
        steps.append(step)
    # "в Москве, Брюсселе": names by commas make a list only up to its "и" ("Россия,
    # Белоруссия, Казахстан и Украина").
    if 2 not in steps:
        return [list(run)]
    listed = listed[: len(steps) - steps[::-1].index(2) + 1]
    return listed if any(names[0] == run[0] for names in listed) else [list(run)]


def _listed_place(reader, names):
    """Whether a name in a list reads as a place by itself: a place's record, or a name in
    "-ии", the oblique case of one in "-ия" ("Грузии", "Южной Осетии"), not a woman's."""
    span = reader.matched.get(names[0])
    if span:  # "Россия" may be a state's place and its government's body
        return any(f.record.kind == "place" for f in span.forms)
    last = reader.tokens[names[-1]].text
    return norm(last).endswith("ии") and not _given_name(last)


# Prepositions before a place's name in "-е" in the locative or the prepositional case,
# which may be a masculine noun's ("в Ираке") as well as a feminine one's ("в Польше").
_LOCATIVE_PREPOSITIONS = LOCATIVES | word_set("о об обо при")
# Prepositions of place that govern the genitive: "из Польши", "до Литвы".
_GENITIVE_PREPOSITIONS = word_set("из изо около близ до от у")


# The endings only a plural noun has: "в Альпах", "к Андам", "над Гималаями".
_PLURAL_CASES = ("ах", "ях", "ам", "ям", "ами", "ями")


def _one_word_place_nominative(written, before):
    """A place's one word in the nominative where its ending tells it: a continent
    ("Европе" → "Европа"), a noun in "-е" after a hushing consonant, which only a feminine
    noun has ("в Польше" → "Польша"), or after no preposition, the dative of a feminine
    noun ("предоставить Грузии и Украине" → "Украина"; a masculine noun's is "-у"), or a
    plural's case after a preposition ("в Альпах" → "Альпы"); else None ("в Украине" may be
    of "Украин")."""
    if len(written) != 1:
        return None
    word = written[0]
    continent = next((c for c in _CONTINENTS if word_fits(word, c)), None)
    if continent:
        return continent.capitalize()
    w = norm(word)
    plural = next((e for e in _PLURAL_CASES if w.endswith(e) and len(w) - len(e) >= 3), None)
    if plural and before and norm(before.text) in _LOCATIVE_PREPOSITIONS:
        # "в Нидерландах" → "Нидерланды", "на Филиппинах" → "Филиппины", "в Гималаях" →
        # "Гималаи": a name only in the plural, "-ы", or "-и" after a soft stem or "г", "к",
        # "х" and a hushing consonant.
        stem = word[: -len(plural)]
        soft = plural[0] == "я" or norm(stem[-1]) in "гкхжшчщ"
        return stem + ("и" if soft else "ы")
    preposition = norm(before.text) if before else ""
    if preposition in _GENITIVE_PREPOSITIONS and len(w) >= 4:
        # "из Польши", "из Прибалтики", "до Литвы": a genitive in "-ы", or "-и" after a
        # velar or a hushing consonant, is only a feminine noun's in "-а" ("Сибири",
        # "Керчи" may be of "-ь").
        if re.search(r"(?:[^аеёиоуыэюяьйц]ы|[гкхжш]и)$", w):
            return word[:-1] + "а"
        return None
    if len(w) < 4 or not re.search(r"[^аеёиоуыэюяьй]е$", w):
        return None
    dative = preposition not in _LOCATIVE_PREPOSITIONS
    # "на Хмелёвке", "в Прибалтике": "-ке" after "в", "н", "т", "д", or "-ике" after "т",
    # "р", "с", is the locative of a feminine noun in "-ка", the suffix of so many places
    # ("Каменка", "Чукотка", "Арктика"); a masculine noun in "-к" ends so after "с", "р",
    # "й" or another vowel ("в Омске", "в Ираке", "в Мозамбике").
    feminine = re.search(r"(?:[шжчщ]|[внтд]к|[трс]ик)е$", w)
    return word[:-1] + "а" if dative or feminine else None


def _foreign_name_shape(reader, run):
    """ "президенты Дмитрий Медведев и Николя Саркози", "администрации Барака Обамы",
    "визит Андерса Фог Расмуссена": a given name and a surname, as Russian writes a
    foreign one, neither in a list: two capitalised Cyrillic words, or three with a short
    middle one, inside a sentence (or opening it with a given name: «Анна Берг подписала»),
    not after a preposition of place, none of them an adjective or a place's "-ии", "-еи"
    ("Северной Кореи", "Южной Осетии")."""
    tokens = reader.tokens
    words = [tokens[i] for i in run]
    if not 2 <= len(words) <= 3 or len(words) == 3 and len(words[1].text) > 3:
        return False
    if words[0].sentence_start and not _given_name(words[0].text):
        return False
    if not words[0].sentence_start and norm(tokens[run[0] - 1].text) in LOCATIVES:
        return False
    adjective = _ADJECTIVE_ENDINGS + _ADJECTIVE_CASES
    return all(
        re.fullmatch(r"[А-ЯЁ][а-яё]+", w.text)
        and not norm(w.text).endswith(("ии", "еи", *adjective))
        for w in words
    )


def _adjective_of_noun(reader, index):
    """Whether a capitalised word is an adjective in an oblique case qualifying the
    lower-case word or the body's name after it ("Мюнхенской конференции", "Калининградской
    Думы"), which makes it no name alone; without an adjective's suffix, only before a noun
    in lower case in the same case ("в Белом доме": no town "Бел")."""
    tokens = reader.tokens
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if not following or not _joined(reader.text, tokens[index], following):
        return False
    word = norm(tokens[index].text)
    if not word.endswith(_OBLIQUE_ADJECTIVES):
        return _agrees_with_noun(word, following)
    body = reader.matched.get(index + 1)
    if body:
        return body.kind != "person"  # "Калининградской Думы"
    if following.capital or len(following.text) <= 3:
        return False  # not "с Ковальской в Риге"
    # "командующий Балтийским флотом": in "-им", "-ым" only with a noun in its case, for a
    # man's surname in the instrumental takes a verb after it ("с Кравецким обсудил").
    instrumental = norm(tokens[index].text).endswith(("им", "ым"))
    return not instrumental or norm(following.text).endswith(("ом", "ем", "ём", "ам", "ям"))


# An adjective's oblique endings and those of the nouns that agree with it in that case:
# "Белом доме", "Красной площади", "Белым домом".
_AGREEING_ENDINGS = {
    ("ом", "ем"): ("е", "ом", "ем"),
    ("ой", "ей"): ("и", "е", "ой", "ей", "ы"),
    ("ому", "ему"): ("у", "ю"),
    ("ым", "им"): ("ом", "ем", "ой", "ей"),
    ("ую", "юю"): ("у", "ю"),
}


def _agrees_with_noun(word, following):
    """Whether ``following`` is a noun in lower case in the oblique case of the adjective
    ending ``word``, and no preposition."""
    nouns = next((n for a, n in _AGREEING_ENDINGS.items() if word.endswith(a)), ())
    text = following.text
    return (
        text.islower()
        and len(text) > 3
        and norm(text).endswith(nouns)
        and text not in _PREPOSITIONS
    )


# An adjective's suffix ("-ск-", "-н-") with an oblique case's ending: "Мюнхенской".
_OBLIQUE_ADJECTIVES = tuple(
    suffix + ending
    for suffix in ("ск", "цк", "н")
    for ending in ("ой", "ого", "ому", "их", "ых", "ом", "ем", "им", "ым")
)


_PATRONYMIC = re.compile(r"(?P<stem>\w+?)(?:ович|евич|ич|овн|евн|ичн)(?:а|у|ем|ом|е|ы|ой)?$")
# The given names whose stems a patronymic changes: «Михайлович», «Павлович», «Львович».
_PATRONYMIC_STEMS = {"михайл": "михаил", "павл": "павел", "льв": "лев", "петр": "пётр"}


def _patronymic(word):
    """Whether ``word`` is a patronymic: made of a given name («Викторович», «Сергеевич»,
    «Юрьевич», «Никитич», «Ильич», «Михайлович»), not a surname in «-ич» («Лукашевич»,
    «Бабич», «Милошевич»)."""
    match = _PATRONYMIC.match(norm(word))
    if match is None:
        return False
    stem = match.group("stem")
    soft = stem[:-1] if stem.endswith("ь") else None
    names = {stem, stem + "й", stem + "ь", stem + "а", stem + "я", _PATRONYMIC_STEMS.get(stem)}
    if soft is not None:
        names |= {soft + "ий", soft + "ья"}
    return any(name and fold_word(name) in GIVEN_NAME_KEYS for name in names)


def _named_by_patronymic(reader, run):
    """The one person whose Russian name begins with this given name and patronymic
    ("Сергей Викторович" of "Сергей Викторович Лавров"), else None."""
    tokens = reader.tokens
    forms = [
        f
        for f in reader.index.candidates(tokens[run[0]].text)
        if f.record.kind == "person"
        and f.russian
        and len(f.words) > 2
        and all(word_fits(tokens[i].text, w) for i, w in zip(run, f.words, strict=False))
    ]
    if len({f.record for f in forms}) != 1:
        return None
    return _Span(run[0], run[-1], "person", forms[:1])


def _state_after(reader, index):
    """The index of the state's name after an abbreviation ("РФ", "России" of "МИД РФ",
    "МИД России"), or None."""
    tokens = reader.tokens
    if index + 1 >= len(tokens) or tokens[index].text in STATE_ABBREVIATIONS:
        return None
    following = tokens[index + 1]
    if following.sentence != tokens[index].sentence:
        return None
    if reader.text[tokens[index].end : following.start] != " ":
        return None
    if following.text in STATE_ABBREVIATIONS:
        return index + 1
    span = reader.matched.get(index + 1)
    genitive = norm(following.text).endswith(("и", "ы", "а", "я"))
    if span and span.first == span.last and genitive:
        return index + 1 if any(f.record.kind == "place" for f in span.forms) else None
    return None


def _abbreviation_of_its_body_after(reader, index):
    """Whether an unknown abbreviation follows the one at ``index``, a space between, in the
    same sentence: the body it is part of («ЦК КПСС»), no state («МИД РФ»)."""
    tokens = reader.tokens
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return (
        following.acronym
        and not following.initial
        and following.sentence == tokens[index].sentence
        and reader.text[tokens[index].end : following.start] == " "
        and following.text not in STATE_ABBREVIATIONS
        and index + 1 not in reader.matched
    )


def _agreement_after(reader, run, covered):
    """ "Основополагающий акт 1997 года", "Хельсинкского заключительного акта": capitalised
    adjectives before an agreement's head word in lower case, with the genitive words and
    the year after it; proposed in the nominative."""
    tokens = reader.tokens
    index = run[-1] + 1
    if index >= len(tokens) or tokens[index].capital or index in covered:
        return None
    if len(run) == 1 and tokens[run[0]].sentence_start:
        return None  # "Новое соглашение подписано": capitalised only as the first word
    if not _joined(reader.text, tokens[run[-1]], tokens[index]):
        return None
    head = next((h for h in AGREEMENT_HEADS if word_fits(tokens[index].text, h)), None)
    if not head:
        return None
    gender = "n" if head.endswith(("ие", "о")) else "f" if head.endswith(("я", "а")) else "m"
    adjectives = [_adjective_nominative(tokens[i].text, gender) for i in run]
    if None in adjectives:
        return None
    last = _name_of_body_end(reader, index, covered)
    year = re.match(r"\s+\d{4}\s+(?:года|г\.)", reader.text[tokens[last].end :])
    if year and last + 1 < len(tokens) and tokens[last + 1].start < tokens[last].end + year.end():
        last += 1
    name = " ".join([*adjectives, head]) + reader.text[tokens[index].end : tokens[last].end]
    reason = f"“{head}” makes it an agreement's name"
    return _Span(run[0], last, "agreement", reason=reason, name=name)


def _body_after(reader, run, covered):
    """ "Калининградской областной Думы", "в Европейском Союзе": capitalised adjectives,
    lower-case ones and a body's head word are a body's name, proposed in the nominative
    ("Калининградская областная Дума", "Европейский Союз")."""
    tokens = reader.tokens
    if len(run) > 1 and _organization_head(tokens[run[-1]].text):
        run, index, between = run[:-1], run[-1], []  # the head is the run's last word
    else:
        index, between = run[-1] + 1, []
        while (
            index < len(tokens)
            and not tokens[index].capital
            and _joined(reader.text, tokens[index - 1], tokens[index])
            and norm(tokens[index].text).endswith(_ADJECTIVE_CASES)
        ):
            between.append(index)
            index += 1
        # "Балтийским флотом": capitalised adjectives before a lower-case head word are a
        # body's name too, unless the one adjective only starts the sentence ("Новый совет").
        adjective = norm(tokens[run[-1]].text).endswith(_ADJECTIVE_ENDINGS + _ADJECTIVE_CASES)
        adjective = adjective and not (len(run) == 1 and tokens[run[0]].sentence_start)
        if not (between or adjective) or index >= len(tokens) or index in covered:
            return None
        if not _joined(reader.text, tokens[index - 1], tokens[index]):
            return None
    head = _organization_head(tokens[index].text)
    if not head:
        return None
    gender = "n" if head.endswith(("ие", "о")) else "f" if head.endswith(("я", "а")) else "m"
    adjectives = [_adjective_nominative(tokens[i].text, gender) for i in [*run, *between]]
    if None in adjectives:
        return None
    name = " ".join([*adjectives, head.capitalize() if tokens[index].capital else head])
    reason = f"“{head}” heads {_a('organization')}'s name"
    compound = _compound_named(reader, adjectives, head)
    if compound:
        # "Генерального штаба" where the article also says "Генштаба": one new body.
        name, reason = compound, f"{reason}, which the article also calls “{compound}”"
    return _Span(run[0], index, "organization", reason=reason, name=name)


def _compound_named(reader, adjectives, head):
    """The body's compound name ("Генштаб" of "Генеральный штаб", "Госдума" of
    "Государственная дума") if the article also names the body so, else None."""
    if len(adjectives) != 1:
        return None
    prefix = next((p for p in COMPOUND_BODY_PREFIXES if norm(adjectives[0]).startswith(p)), None)
    if not prefix or head not in COMPOUND_BODY_PARTS:
        return None
    compound = prefix.capitalize() + head
    named = any(_compound_body(t.text) == compound for t in reader.tokens if t.capital)
    return compound if named else None


def _organization_head(word):
    return next((h for h in ORGANIZATION_HEADS if word_fits(word, h)), None)


# The genitive's endings of the lower-case words a name goes on with ("обороны",
# "иностранных дел"), and the plurals whose genitive has none, which names of bodies and
# treaties end in: "о статусе сил", "вооружённых сил государств".
_GENITIVE_ENDINGS = tuple(word_set("ы и а я ого его ой ей ых их ов ев ий дел"))
# Short adjectives that say what the subject must or will do: no name's genitive.
_PREDICATES = word_set("должны должен должна должно готовы готов намерены обязаны вынуждены")
_PLURAL_GENITIVES_BARE = word_set(
    "сил войск стран государств мер держав норм ракет границ зон баз сфер лиц сторон служб"
)


def _name_of_body_end(reader, first, covered):
    """The last word of "Министерство обороны Норвегии": the head, the lower-case words in
    the genitive after it and the capitalised words after those."""
    tokens, last, about_seen, topics_case = reader.tokens, first, False, None
    paired = False  # "Совет Россия — НАТО": the pair of names closes it
    po_seen = False  # "по безопасности и сотрудничеству": "и" goes on in the same case
    while last + 1 < len(tokens) and last - first < (8 if about_seen or po_seen else 5):
        following = tokens[last + 1]
        if topics_case and (listed := _listed_topics(reader, last, topics_case)):
            last = listed  # "… о взаимных отношениях, сотрудничестве и безопасности"
            continue
        if not _joined(reader.text, tokens[last], following):
            break
        if paired and not following.capital:
            break  # «Совета Россия — НАТО приостановлены», «… по подготовке кадров»
        gap = reader.text[tokens[last].end : following.start]
        paired = paired or (following.capital and bool(re.search("[\u2014\u2013-]", gap)))
        word = norm(following.text)
        if (about_seen or po_seen) and _in_continent(reader, last + 1):
            last += 2  # "Договор об обычных вооружённых силах в Европе"
            break
        if (
            about_seen
            and not following.capital
            and word.endswith(_PREPOSITIONAL_ENDINGS)
            and word not in OPENERS  # an adverb: "Соглашение о статусе сил уже"
        ):
            last += 1  # "… об обычных вооружённых силах", "… о сокращении"
            continue
        genitive = (
            not following.capital
            and len(word) > 2
            and (word.endswith(_GENITIVE_ENDINGS) or word in _PLURAL_GENITIVES_BARE)
            and not word.endswith("ся")  # a verb: "Совет Россия–НАТО задумывался"
            and not _past_verb(following)  # "Договор подписали Россия и Украина"
            and word not in OPENERS  # an adverb: "в Совет Безопасности ООН вчера"
            and word not in _PREDICATES  # "стран Совета должны рассмотреть"
        )
        # "Договор о сокращении …", "Центр анализа стратегий и технологий": a preposition
        # or "и" before a lower-case word.
        about = word in ("о", "об", "по", "и") and last + 2 < len(tokens)
        about = about and not tokens[last + 2].capital
        if word == "и" and about:
            # Not "и" opening a phrase or clause of its own: "Совета Россия–НАТО и о
            # планах", "Департаменте … МИД и участвовал".
            after = tokens[last + 2]
            about = norm(after.text) not in _PREPOSITIONS and not _past_verb(after)
        about_seen = about_seen or about and word in ("о", "об")
        topics_case = _TOPIC_CASES.get(word, topics_case)
        if following.capital and _given_name(following.text):
            break  # "… технологий Руслан Пухов": a person's name follows
        # "План действий по членству", "Комиссия по правам человека": "по" takes the
        # dative, the word after it is the name's whatever its ending.
        previous = norm(tokens[last].text)
        after_po = previous == "по" or (po_seen and previous == "и")
        if po_seen and previous.endswith(("ому", "ему")) and not following.capital:
            last += 1  # … and its adjective's noun, which ends it: "Договор по открытому небу"
            break
        po_seen = po_seen or previous == "по"
        if genitive or about or after_po or following.capital or following.acronym:
            last += 1
        else:
            break
    return last


def _through_to_abbreviation(reader, last):
    """The last word of a name that goes on to the abbreviation in brackets after it:
    "Соглашение о статусе" + " сил (СОФА)", whose genitive nouns ("сил", "ракет") have no
    ending to tell them by; else ``last``."""
    tokens, text = reader.tokens, reader.text
    for end in range(last + 1, min(last + 4, len(tokens) - 1)):
        word = tokens[end]
        if word.capital or not word.text.isalpha() or _past_verb(word):
            return last
        if text[tokens[end - 1].end : word.start] != " ":
            return last
        abbreviation = tokens[end + 1]
        closing = text[abbreviation.end : abbreviation.end + 1]
        if (
            text[word.end : abbreviation.start] == " ("
            and closing == ")"
            and _abbreviation(abbreviation)
        ):
            return end
    return last


# Words that end a list of a name's topics: the prepositions of a phrase after the name
# ("… и безопасности между Российской Федерацией и …").
_PREPOSITIONS = _LOCATIVE_PREPOSITIONS | word_set("между с со к ко по для против от у за без")
# The endings a topic's noun has after the preposition that starts a name's topics: "о" and
# "об" take the prepositional case ("о дружбе", "о безопасности", "об отношениях"), "по"
# the dative ("по науке", "по вопросам").
_TOPIC_CASES = {
    "о": ("е", "и", "ах", "ях"),
    "об": ("е", "и", "ах", "ях"),
    "по": ("е", "и", "у", "ю", "ам", "ям"),
}


def _listed_topics(reader, last, endings):
    """The last word of the list of topics that goes on after a comma from the word at
    ``last`` to the one after "и", each a noun in lower case with its adjectives ("…
    о взаимных отношениях" + ", сотрудничестве и безопасности", "… по науке" + ", технике и
    образованию"), or None; not a list of names, a participle's phrase or a clause
    ("…, подписанный в 1991 году", "…, заявил он и …")."""
    tokens, text = reader.tokens, reader.text
    items, index = [], last + 1
    while index < len(tokens) and tokens[index].sentence == tokens[last].sentence:
        item = [index]
        while (
            item[-1] + 1 < len(tokens)
            and len(item) < 3
            and text[tokens[item[-1]].end : tokens[item[-1] + 1].start] == " "
            and norm(tokens[item[-1] + 1].text) not in _PREPOSITIONS | {"и"}
        ):
            item.append(item[-1] + 1)
        items.append(item)
        index = item[-1] + 1
        if index < len(tokens) and norm(tokens[index].text) == "и":
            index += 1
        if index >= len(tokens) or len(items) > 5:
            break
        if text[tokens[item[-1]].end : tokens[index].start] not in (", ", " и "):
            break
    fits = (_a_topic(reader, item, endings) for item in items)
    count = listed_topics(text, tokens, last, items, fits, "и")
    return items[count - 1][-1] if count else None


def _a_topic(reader, item, endings):
    """Whether words in lower case are a noun in the topics' case (its ``endings``) and its
    adjectives ("взаимной помощи"), not a verb's or a participle's ("заявил он",
    "подписанный"), nor an object in another case ("…, санкции и экономику")."""
    words = [reader.tokens[i] for i in item]
    return (
        all(re.fullmatch(r"[а-яё]+", t.text) and not _past_verb(t) for t in words)
        and norm(words[-1].text).endswith(endings)
        and not norm(words[-1].text).endswith((*_ADJECTIVE_ENDINGS, *_ADJECTIVE_CASES, "ся", "ть"))
        and len(words[-1].text) > 3
        and norm(words[-1].text) not in OPENERS
    )


# Endings of the nouns and adjectives of a treaty's "о …" phrase: "о сокращении",
# "об обычных вооружённых силах", "о нераспространении ядерного оружия".
_PREPOSITIONAL_ENDINGS = ("ии", "ах", "ях", "ых", "их", "ом", "ем", "ой", "ей", "е")
_CONTINENTS = ("европа", "азия", "евразия", "африка", "америка", "арктика")


def _in_continent(reader, index):
    """Whether ``index`` is "в" before a continent's name: "… силах в Европе"."""
    tokens = reader.tokens
    if index + 1 >= len(tokens) or norm(tokens[index].text) not in ("в", "во"):
        return False
    continent = tokens[index + 1]
    return _joined(reader.text, tokens[index], continent) and any(
        word_fits(continent.text, name) for name in _CONTINENTS
    )


def _city(word, population=0):
    """The English name of the city GeoNames calls ``word`` (in any case) in Russian, if
    it has ``population`` people or more."""
    found = _city_name(word, population)
    return found and found[0]


def _nominatives(word, names):
    """The keys of ``names`` that ``word`` is a form of: "рим" for "Риме"."""
    t = norm(word)
    found = [t] if t in names else []
    for ending in ALL_ENDINGS:
        if ending and t.endswith(ending) and not found:
            stem = t[: -len(ending)]
            # "в Нидерландах", "в Чебоксарах": a plural's case is of a plural name.
            plural = ending in _PLURAL_CASES
            for nominative in ("ы", "и") if plural else ("", "ь", "а", "я", "й", "ия", "ы", "и"):
                if stem + nominative in names and word_fits(t, stem + nominative):
                    found.append(stem + nominative)
    return found


def _country_span(run, words):
    """The place a run of at most three words (``words``, the tokens of ``run``) names
    when it is a country's or a well-known region's Russian name in any case, or None."""
    country = len(run) <= 3 and _country_name([t.text for t in words])
    if not country:
        return None
    reason = f"not in the timeline yet; the Russian name of {country[0]}, a country or region"
    return _Span(run[0], run[-1], "place", reason=reason, name=country[1])


def _country_name(words):
    """The English name and the Russian nominative of the country or well-known region
    ``words`` name in any case ("Poland", "Польша" for "Польшу"; "Crimea", "Крым" for
    "Крыму"), else None. Not "Того" opening a sentence, which is the pronoun."""
    countries = russian_country_names()
    if len(words) == 1 and norm(words[0]) != "того":
        found = _nominatives(words[0], countries)
        return countries[found[0]] if found else None
    nominative = _place_nominative(words) or _locative_nominative(words)
    if nominative and norm(nominative) in countries:
        return countries[norm(nominative)]
    # Of several words in any case, each fitting the name's («Союзной Республики Югославии»,
    # «Советского Союза»).
    return next(
        (
            country
            for key, country in countries.items()
            if len(key.split()) == len(words)
            and all(word_fits(w, k) for w, k in zip(words, key.split(), strict=True))
        ),
        None,
    )


def _city_name(word, population=0):
    """The English name and the Russian nominative ("Rome", "Рим" for "Риме")."""
    cities = russian_city_names()
    found = _nominatives(word, cities)
    # The larger city first; of one city's names, the fuller: GeoNames also lists its names
    # in other languages written in Cyrillic (the Serbian "Праг" beside "Прага").
    found.sort(key=lambda key: (cities[key][1], len(key)), reverse=True)
    for key in found:
        name, people = cities[key]
        if people >= population:
            return name, "-".join(p.capitalize() if len(p) > 2 else p for p in key.split("-"))
    return None


# --- Names in the nominative -------------------------------------------------------------------


# A man's name's word in the genitive and in the dative, and its nominative ending: the
# first ending that fits decides ("Сергея" → "Сергей", "Игоря" → "Игорь"; a man's name
# in "-а", "-я" declines as a feminine noun does: "Ильи" → "Илья", "Никиты" → "Никита").
_MALE_CASES = {
    "genitive": (
        ("ского", "ский"),
        ("цкого", "цкий"),
        ("ия", "ий"),
        ("ея", "ей"),
        ("ая", "ай"),
        ("ьи", "ья"),
        ("ы", "а"),
        ("я", "ь"),
        ("а", ""),
    ),
    "dative": (
        ("скому", "ский"),
        ("цкому", "цкий"),
        ("ию", "ий"),
        ("ею", "ей"),
        ("аю", "ай"),
        ("ье", "ья"),
        ("ю", "ь"),
        ("у", ""),
    ),
}
_VOWELS = "аеёиоуыэюя"


def _person_nominative(words, case=None):
    """A man's name in the nominative, where its case tells it: "с Андерсом Фогом
    Расмуссеном" → "Андерс Фог Расмуссен", "Бориса Ельцина" → "Борис Ельцин", "Джорджу
    Робертсону" → "Джордж Робертсон", "В.А.Чижова" after a title in the genitive → "В. А.
    Чижов"; else None. ``case`` is the case of the title before the name, if one is.
    Initials and particles are kept as they are."""
    initials = [w for w in words if w.endswith(".") or len(w) == 1]
    names = [w for w in words if w[:1].isupper() and w not in initials]
    if not names:
        return None
    if case and len(names) > 1 and latin_key(names[0]) in GIVEN_NAME_KEYS:
        # "министра … Украины Андрей Дещица": a given name as written in the nominative
        # says the name is in it, whatever the title's case
        return " ".join(words)
    nominatives = _instrumental_nominatives(names)
    for name_case, endings in _MALE_CASES.items():
        if not nominatives and case in (None, name_case):
            found = [_male_nominative(w, endings) for w in names]
            if None not in found and (case or _a_man(names, found)):
                nominatives = found
    if not nominatives:
        nominatives = _foreign_nominatives(names, case)
    if not nominatives:
        return None
    by_word = dict(zip(names, nominatives, strict=True))
    by_word.update((w, " ".join(f"{letter}." for letter in w if letter != ".")) for w in initials)
    return " ".join(by_word.get(w, w) for w in words)


def _instrumental_nominatives(words):
    """ "Сергеем Рогозиным" → ["Сергей", "Рогозин"]: the instrumental's endings tell a
    man's name in every word; else None."""
    nominatives = []
    for word in words:
        w = norm(word)
        if len(w) >= 6 and w.endswith(("ским", "цким")):
            nominatives.append(word[:-2] + "ий")  # "Балуевским": an adjective's declension
            continue
        if len(w) < 5 or not w.endswith(("ом", "ем", "ым")):
            return None
        stem = word[:-2]
        if w.endswith("ым") and not w.endswith(("овым", "евым", "иным", "ыным")):
            return None
        if w.endswith("ием") or w.endswith("ем") and norm(stem)[-1:] in "аеоуя":
            stem += "й"  # "Дмитрием", "Сергеем"
        elif w.endswith("ем") and norm(stem)[-1:] not in "жшчщц":
            stem += "ь"  # "Игорем"; but "Джорджем" is of "Джордж"
        nominatives.append(stem)
    return nominatives


# A foreign name's word in the genitive or the instrumental, and its nominative ending: a
# word of the "-а" declension, a woman's or a man's ("Обамы", "Кондолизой" → "-а"), or a
# man's ending in a consonant ("Хавьера", "Бараком" → "").
_FOREIGN_CASES = {
    "genitive": (
        (r"(?<=[^аеёиоуыэюя])ы", "а"),
        (r"(?<=[гкх])и", "а"),
        (r"(?<=[^аеёиоуыэюяйь])а", ""),
    ),
    "instrumental": ((r"(?<=[^аеёиоуыэюя])ой", "а"), (r"(?<=[^аеёиоуыэюяйь])ом", "")),
}


def _foreign_nominatives(names, case):
    """ "Барака Обамы" → ["Барак", "Обама"], "Ангелы Меркель" → ["Ангела", "Меркель"],
    "Андерса Фог Расмуссена" → ["Андерс", "Фог", "Расмуссен"]: a foreign name's words in
    the nominative, each by its own declension, in the case of the title before it or in
    the genitive a word in "-ы" shows; a word of no declension ("Саркози", a woman's
    "Меркель", "Фог") is kept. None if no word changes."""
    if case is None and any(re.search(r"[^аеёиоуыэюя]ы$", norm(n)) for n in names):
        case = "genitive"  # "Обамы": only the genitive of a name in "-а" ends so
    if case not in _FOREIGN_CASES:
        return None
    nominatives = []
    for name in names:
        for ending, nominative in _FOREIGN_CASES[case]:
            found = re.search(ending + "$", norm(name))
            if found and found.start() >= 3:
                nominatives.append(name[: found.start()] + nominative)
                break
        else:
            nominatives.append(name)
    return nominatives if nominatives != names else None


def _male_nominative(word, endings):
    w = norm(word)
    for ending, nominative in endings:
        stem = w[: -len(ending)]
        if w.endswith(ending) and len(stem) >= 2:
            if nominative in ("", "ь") and stem[-1] in _VOWELS + "ьй":
                return None  # "Анна", "Никита Хрущёв": a vowel before "-а" is no case
            return word[: len(stem)] + nominative
    return None


def _a_man(names, nominatives):
    """Whether a name read in the genitive or dative is a man's, not a woman's in the
    nominative ("Анна Петрова"): its given name is a man's the importer knows, or its
    surname declines as only a man's does ("Робертсона", not "Петрова")."""
    if len(names) < 2 or latin_key(norm(names[0])) in _WOMEN:
        return False
    surname = norm(nominatives[-1])
    return bool(token_stems(nominatives[0]) & _GIVEN_STEMS) or not surname.endswith(
        ("ов", "ев", "ёв", "ин", "ын", "ий", "ой")
    )


# The gender of the nouns a place's adjectives agree with: "Балтийское море".
_FEMININE_NOUNS = ("область",)
_NEUTER_NOUNS = ("море",)


def _adjective_nominative(word, gender):
    """ "Южной" → "Южная", "Балтийском" → "Балтийское", "Финском" → "Финский": an
    adjective in the singular, in the nominative of ``gender``; else None."""
    w = norm(word)
    for endings, nominative in (
        (("ой", "ую", "ая", "ою"), {"f": "ая"}),
        (("ого", "ому", "ом", "ым", "им", "ое", "ый", "ий"), {"n": "ое", "m": "ый"}),
    ):
        ending = next((e for e in endings if w.endswith(e) and len(w) - len(e) >= 3), None)
        if ending and gender in nominative:
            stem = word[: len(word) - len(ending)]
            if gender == "m" and stem[-1:] in "гкхжшчщ" or w.endswith("ий"):
                return stem + "ий"
            return stem + nominative[gender]
    # "Основополагающего" → "Основополагающий": an adjective whose stem ends in a hushing
    # consonant takes the soft endings.
    soft = re.search(r"(?<=[жшчщ])(?:его|ему|ем|им|ий|ее|ей|ую|ая|ею)$", w)
    if soft and soft.start() >= 3:
        return word[: soft.start()] + {"m": "ий", "n": "ее", "f": "ая"}[gender]
    return None


def _place_nominative(words):
    """The nominative of a place's name where its inflection is regular: "Южной Осетии" →
    "Южная Осетия", "Калининградской области" → "Калининградская область"; else None."""
    *adjectives, noun = words
    w = norm(noun)
    place_noun = next((n for n in PLACE_NOUNS if word_fits(w, n)), None)
    if place_noun and not w.endswith(("ах", "ами", "ам", "ов")):  # not "на островах"
        gender = "m"
        if place_noun in _FEMININE_NOUNS or place_noun in _NEUTER_NOUNS:
            gender = "f" if place_noun in _FEMININE_NOUNS else "n"
        head = place_noun
    elif oblique := re.search(r"(?<=[^и])и(?:и|ю|ей|ею)$", w):
        gender, head = "f", noun[: oblique.start()] + "ия"
    else:
        return None
    nominatives = [_adjective_nominative(a, gender) for a in adjectives]
    if None in nominatives:
        return None
    return " ".join([*nominatives, head])


def _locative_nominative(words):
    """Capitalised adjectives and a noun in the locative, in the nominative: "Нижнем
    Новгороде" → "Нижний Новгород", "Бочаровом Ручье" → "Бочаров Ручей", "Кольском
    Заполярье" → "Кольское Заполярье", "Северной Корее" → "Северная Корея"; else None.
    Where the locative could be of several nominatives, GeoNames' name of a city decides
    ("Красной Пресне" → "Красная Пресня"), else the usual reading: a masculine noun, hard
    ("Новгороде" → "Новгород"; not "Камне", of "Камень"), its adjective's "-ом" "-ый"; a
    feminine noun's "-е" after a consonant is "-а" or "-я", which only GeoNames tells,
    unless a hard consonant comes before it ("Горке" → "Горка")."""
    *adjectives, noun = words
    if not adjectives:
        return None  # "в Брюсселе": one word is a city GeoNames or a record names
    readings = [
        ([*named, head], usual)
        for gender, head, usual in _locative_nouns(noun)
        for named in product(*(_locative_adjectives(a, gender) for a in adjectives))
    ]
    cities = russian_compound_city_names()
    for reading, _usual in readings:
        if " ".join(reading).lower().replace("ё", "е") in cities:
            return " ".join(reading)
    return next((" ".join(reading) for reading, usual in readings if usual), None)


# Nouns in "-ье" are neuter after a prefix of territory ("Заполярье", "Приморье",
# "Подмосковье"), else masculine in "-ей" ("Ручей").
_TERRITORY_PREFIXES = ("за", "по", "при", "пред", "меж")


def _locative_nouns(noun):
    """Each (gender, nominative, whether it is the usual reading) a noun in the locative in
    "-е" may be."""
    w = norm(noun)
    stem = noun[:-1]
    if not w.endswith("е") or len(w) < 4:
        return []
    if w.endswith("ье"):
        if w.startswith(_TERRITORY_PREFIXES):
            return [("n", noun, True)]
        return [("m", noun[:-2] + "ей", True)]
    if w[-2] in _VOWELS:
        return [("m", stem + "й", True), ("f", stem + "я", True)]  # "Уренгое", "Корее"
    hard = w[-2] in "гкхжшц"
    # "Камне" is of "Камень", "Городке" of "Городок": before two consonants a vowel may
    # have dropped out, which only GeoNames gives back.
    fleeting = w[-3] not in _VOWELS and w[-2] in "нкцлр"
    return [
        ("m", stem, not fleeting),
        ("m", stem + "ь", False),
        ("n", stem + "о", False),
        ("f", stem + "а", hard),
        ("f", stem + "я", False),
    ]


def _locative_adjectives(word, gender):
    """The nominatives of ``gender`` a capitalised adjective in the locative may be, the
    usual first: "-ом" is "-ый" (or "-ой"), "-ском" "-ский", "-шом" "-шой", "-нем" "-ний",
    and a possessive's "-овом", "-ином" "-ов", "-ин" ("Бочаровом" → "Бочаров", or
    "Бочаровый")."""
    w = norm(word)
    if gender == "f":
        if w.endswith("ой") and len(w) > 4:
            return [word[:-2] + "ая"]
        return [word[:-2] + "яя"] if w.endswith("ней") else []
    if not w.endswith(("ом", "ем")) or len(w) < 5:
        return []
    stem = word[:-2]
    if gender == "n":
        return [stem + ("ое" if w.endswith("ом") else "ее")]
    if w.endswith("ем"):
        return [stem + "ий"] if w[-3] in "нжшчщ" else []
    if w[-3] in "жшчщ":
        return [stem + "ой"]  # "Большом": stressed, or it would be "-ем"
    if w[-3] in "гкх":
        return [stem + "ий", stem + "ой"]
    if re.search(r"[^аеиоуыэюя](?:ов|ев|ёв|ин|ын)ом$", w) and len(w) >= 7:
        return [stem, stem + "ый"]
    return [stem + "ый", stem + "ой"]


# A Russian, Ukrainian or Georgian surname in any case: "Девольдом" is no surname, "Шпаку"
# may not be, "Петрову", "Шевченко", "Саакашвили" are.
SURNAME = re.compile(
    r"(?:ов|ев|ин|ын|ск|цк|енко|швили|дзе|ич)(?:а|у|ым|ом|е|ой|ий|ая|ого|ому|им|ую)?$"
)


def _given_name(word):
    return bool(token_stems(word) & _GIVEN_STEMS)


# Each given name's stems, and a short one whole ("Анна", "Ян"), whose stem is too short.
_GIVEN_STEMS = {stem for name in GIVEN_NAME_KEYS for stem in latin_stems(name) if len(stem) >= 4}
_GIVEN_STEMS |= {key for name in GIVEN_NAME_KEYS if len(key := latin_key(name)) >= 3}
# Women's given names, as Cyrillic ones transliterate ("Мария" is "mariya", "Елена" "elena").
_WOMEN = {
    variant
    for name in GIVEN_NAME_KEYS
    if name.endswith("a")
    for key in (latin_key(name),)
    for variant in (key, key.replace("ia", "iya"), key.removeprefix("y"))
}


# "г-н", "г-жа" in any case, right before a name.
_MISTER = re.compile(
    r"(?<![^\s(«])(?:г-(?:н|на|ну|ном|не|жа|жи|же|жу|жой)\.?"
    r"|(?i:господ(?:ин|ина|ину|ином|ине)|госпож(?:а|и|е|у|ой)))\s+$"
)


def _titled(reader, first):
    """A title among the four words before: "министр обороны Норвегии Кристин Девольд"."""
    tokens = reader.tokens
    if _MISTER.search(reader.text, 0, tokens[first].start):
        return True  # "г-н Грушко", "с г-жой Смит"
    for index in range(first - 1, max(-1, first - 5), -1):
        if tokens[index].sentence != tokens[first].sentence:
            return False
        if norm(tokens[index].text) in TITLES:
            return True
        if not _joined(reader.text, tokens[index], tokens[index + 1]) or _past_verb(tokens[index]):
            return False  # "Посол работал в Северной Корее": the title has a verb of its own
    return False


def _past_verb(token):
    """Whether a lower-case word reads as a verb in the past tense ("работал",
    "встретились"), which ends the title before it ("посла" is a title, "дел", "сил" are
    too short)."""
    word = norm(token.text)
    if token.capital or len(word) <= 3 or word in TITLES:
        return False
    return bool(_PAST_TENSE.search(word))


_PAST_TENSE = re.compile(r"[аеиоуыяё]л(?:а|о|и)?(?:сь|ся)?$")


# Military ranks: a post before one is the title ("командующий Северным флотом
# вице-адмирал", "начальник Генерального штаба генерал армии").
RANKS = frozenset(
    form
    for form, nominative in TITLE_NOMINATIVES.items()
    if nominative
    in word_set("генерал майор полковник подполковник лейтенант адмирал маршал капитан")
)
#: How many words before a name a title may begin ("заместитель министра иностранных дел
#: Российской Федерации Александр Грушко").
TITLE_WORDS = 8


def _title_head(reader, first):
    """The index of the title the words before a name give, the one others depend on
    ("пресс-секретарь президента РФ"), or the post before a rank; or None."""
    tokens, text = reader.tokens, reader.text
    head = None
    for index in range(first - 1, max(-1, first - 1 - TITLE_WORDS), -1):
        token = tokens[index]
        if token.sentence != tokens[first].sentence or not _joined(text, token, tokens[index + 1]):
            break
        if _past_verb(token):
            break
        if head == index + 1 and text[token.end : tokens[head].start] == "-":
            continue  # "генерал-майора": the word before a hyphen is the title's own
        # "пресс-секретарь президента": a title in the genitive depends on one before it.
        if token.capital and _given_name(token.text):
            break  # "министр Сергей Лавров обсудит …": another's name ends the title
        depends = head is None or _genitive_title(tokens[head]) or norm(tokens[head].text) in RANKS
        if norm(token.text) in TITLES and depends:
            head = index
    return head


def _title_case(reader, first):
    """The case of the title before a name, which the name is in too ("заместителя
    министра В.А.Чижова": the genitive), or None."""
    head = _title_head(reader, first)
    if head is None:
        return None
    word = norm(reader.tokens[head].text)
    if not _declined_title(reader.tokens[head]):
        return None  # "помощник Бориса Грызлова": a name after it may be in any case
    if word.endswith(("а", "я", "ы")):
        return "genitive"
    return "dative" if word.endswith(("у", "ю")) else "instrumental"


# Prepositions that govern one case, which a person's name right after them is in: "во
# главе с Юрием Балуевским", "у Андерса Расмуссена", "к Джорджу Робертсону".
_PREPOSITION_CASES = (
    dict.fromkeys(("с", "со"), "instrumental")
    | dict.fromkeys(("у", "от", "для", "без", "после", "против", "кроме", "среди"), "genitive")
    | dict.fromkeys(("к", "ко"), "dative")
)
# A noun a preposition governs in an oblique case, by the preposition and the noun's
# ending: "под руководством", "с участием", "при участии", "по приглашению", "по словам".
# A name after it depends on it, in the genitive: "под руководством Андерса Расмуссена".
_GOVERNED_NOUN_ENDINGS = dict.fromkeys(("под", "с", "со"), ("ом", "ем", "ой", "ей", "ью")) | {
    "при": ("ии",),
    "в": ("ии",),
    "по": ("ию", "ам", "ям", "е"),
}


def _case_before(reader, first):
    """The case of a name the words before it tell: the title's it depends on, the case a
    preposition right before it governs, or the genitive after a noun a preposition
    governs ("с участием Юрия Балуевского"); or None."""
    if case := _title_case(reader, first):
        return case
    tokens, text = reader.tokens, reader.text
    if first < 1 or not _joined(text, tokens[first - 1], tokens[first]):
        return None
    word = norm(tokens[first - 1].text)
    if word in _PREPOSITION_CASES:
        return _PREPOSITION_CASES[word]
    governor = tokens[first - 2] if first > 1 else None
    if governor and _joined(text, governor, tokens[first - 1]):
        endings = _GOVERNED_NOUN_ENDINGS.get(norm(governor.text), ())
        if word.endswith(endings) and not tokens[first - 1].capital and word not in TITLES:
            return "genitive"
    return None


def _role_before(reader, first):
    """The title the words before a name give ("министр обороны Норвегии" of "министр
    обороны Норвегии Кристин Девольд", "постоянный представитель России при НАТО"), with
    the title in the nominative ("с министром обороны" gives "министр обороны"), whole
    where one title depends on another ("пресс-секретарь президента РФ"); or ""."""
    tokens, text = reader.tokens, reader.text
    head = _title_head(reader, first)
    if head is None:
        return ""
    token = tokens[head]
    title = TITLE_NOMINATIVES[norm(token.text)]
    before = tokens[head - 1] if head else None
    joined = before and _joined(text, before, token)
    if joined and (text[before.end : token.start] == "-" or norm(before.text) == "вице"):
        title = f"{norm(before.text)}-{title}"  # "вице-премьер", "пресс-секретарь"
    elif joined and (adjective := _title_adjective(before, token)):
        title = f"{adjective} {title}"  # "постоянный представитель", "постоянного …"
    if head == first - 1:
        return title
    rest = text[token.end : tokens[first - 1].end]
    last = tokens[first - 1]
    if norm(last.text) in RANKS and last is not token and _declined_title(last):
        # "… вице-адмиралом Андреем": the rank in the nominative, as the post is.
        rest = text[token.end : last.start] + TITLE_NOMINATIVES[norm(last.text)]
    return title + rest


def _title_adjective(before, title):
    """The adjective ``before`` a title, in the nominative as the title is put in it
    ("постоянного представителя" → "постоянный"), or None."""
    word = norm(before.text)
    if norm(title.text) == TITLE_NOMINATIVES[norm(title.text)]:
        return word if word.endswith(("ый", "ий")) else None
    return _adjective_nominative(word, "m") if not before.capital else None


def _genitive_title(token):
    """Whether a title is in the genitive, as one that depends on a title before it is
    ("пресс-секретарь президента", "заместителя Министра")."""
    return _declined_title(token) and norm(token.text).endswith(("а", "я"))


def _declined_title(token):
    return norm(token.text) != TITLE_NOMINATIVES[norm(token.text)]


def _speaks(reader, last):
    tokens = reader.tokens
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return bool(following) and norm(following.text) in SPEECH_VERBS
