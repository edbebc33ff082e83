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

The records and their index are in ``gazetteer``, the matching keys in ``names``; both
``Record`` and ``Gazetteer`` are importable from here too.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import timedelta
from itertools import pairwise

from anyascii import anyascii
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from events.importing.calendar_words import MONTHS, WEEKDAYS
from events.importing.datelines import is_time_zone, speaker_labels
from events.importing.entities_ru import STATE_ADJECTIVES, find_mentions_ru, is_russian
from events.importing.gazetteer import (
    KINDS,
    LISTED_PLACES,
    SEATS_OF_GOVERNMENT,
    Gazetteer,
    Record,
    city_names,
    former_organizations,
    known_places,
    owners_of,
)
from events.importing.modality import quotations
from events.importing.names import (
    ABBREVIATED_TITLES,
    CONNECTORS,
    GIVEN_NAME_KEYS,
    HONORIFICS,
    NOBILITY,
    NOT_ACRONYMS,
    ORDINAL,
    PARTICLES,
    PLURAL_ACRONYM,
    POSSESSIVE,
    SURNAME_ENDINGS,
    WORD,
    any_order_key,
    fold_word,
    listed_topics,
    name_key,
    names_nothing,
    plain,
    role_key,
    same_owner,
    singular_acronym,
    spelling_variant,
    surname_keys,
    word_set,
)
from events.importing.office_holders import holders_named
from events.importing.sentences import split_sentences

# Re-exported: the importer's other modules and its tests read them from here.
__all__ = ["KINDS", "NEWS_NAME_WORDS", "Gazetteer", "Mention", "Record", "find_mentions"]


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
    also_written: tuple[str, ...] = ()  # its other spellings in one proposal: "NRC"


# --- Words -----------------------------------------------------------------------------------

# A name ending in (or headed by, before "of") one of these is of that kind.
AGREEMENT_WORDS = word_set(
    "treaty treaties agreement agreements accord accords convention conventions pact "
    "protocol charter act memorandum declaration document concept package"
)
# Single words news copy uses as the names of bodies: "the Senate", "the Kremlin"; they end
# longer names too ("Verkhovna Rada").
INSTITUTIONS = word_set(
    "senate congress parliament kremlin pentagon duma bundestag bundesrat sejm knesset "
    "storting riksdag folketing eduskunta rada"
)
ORGANIZATION_WORDS = INSTITUTIONS | word_set(
    "ministry council committee organization organisation alliance union agency command "
    "fleet army navy forces force assembly commission office mission "
    "headquarters party group bank institute service department bureau federation "
    "corporation company university court cabinet government center centre secretariat "
    "programme program partnership coalition movement foundation embassy guard corps "
    "brigade division academy directorate authority board staff community base "
    "association society chamber railways railway airlines airways shipping "
    "newspaper radio television times post journal gazette herald tribune press news"
)
PLACE_WORDS = word_set(
    "sea ocean peninsula gulf strait straits region oblast krai kray province island "
    "islands mountains river lake bay valley republic county district territory airport "
    "port canal auditorium palace stadium arena theatre theater cathedral museum"
)
# Words that say a name is an agreement's and nothing more: "New START Treaty" is New START.
GENERIC_AGREEMENT_WORDS = word_set("treaty treaties agreement agreements accord accords pact")
# What an arms treaty's name ends in before its word: "… Nuclear Forces (INF) Treaty".
ARMS = word_set("forces weapons missiles arms")
# Arms control treaties news copy names by their abbreviation alone: "New START", "START
# II", "the INF", "the CFE".
ARMS_TREATIES = word_set("start salt inf cfe ctbt npt sort")
_ROMAN = word_set("i ii iii")


def _names_an_arms_treaty(tokens):
    """Whether ``tokens`` are an ``ARMS_TREATIES`` abbreviation in capitals, perhaps "New"
    before it or a number after it; with either, in the capital and small letters some
    papers write it in ("New Start", "Start II")."""
    core = tokens[1:] if tokens[0].word == "new" and len(tokens) > 1 else tokens
    core = core[:-1] if len(core) > 1 and core[-1].word in _ROMAN else core
    written = core[0].acronym or (core[0].capital and len(core) < len(tokens))
    return len(core) == 1 and written and core[0].word in ARMS_TREATIES


# Named events are no entity of ours: "the Cold War", "the Istanbul Summit".
EVENT_WORDS = word_set(
    "war summit conference crisis revolution games olympics cup forum meeting talks "
    "exercise exercises operation day week year era campaign"
)
# Events named after the place they are held in: "the Lisbon Summit", "the Kosovo War".
PLACED_EVENTS = word_set("summit conference talks forum meeting games olympics crisis war")
# "Islamic State" is a body; "State" after other words is a country or a title's end.
FAITHS = word_set("islamic muslim")
# Words that head a title before a name ("Defense Minister Sergei Ivanov").
TITLE_HEADS = word_set(
    "president minister secretary spokesman spokeswoman spokesperson ambassador envoy "
    "chief head commander chairman chairwoman chairperson chair speaker director chancellor "
    "premier "
    "governor mayor senator general admiral colonel marshal lieutenant sergeant captain "
    "king queen prince pope patriarch leader representative official adviser advisor aide "
    "deputy lawmaker undersecretary attache counsellor counselor consul negotiator diplomat "
    "professor correspondent "
    "analyst researcher expert writer reporter editor columnist commentator"
)
# Titles written after a name: "Madeleine Moon MP".
POST_NOMINALS = word_set("mp mep msp mla qc kc")
# Words that qualify a title head ("Foreign", "Deputy", "Secretary of State").
TITLE_MODIFIERS = word_set(
    "defense defence foreign interior finance economy trade justice energy prime vice "
    "first assistant under state national security permanent supreme allied acting "
    "former top senior military press armed staff affairs emergencies naval air federal "
    "russian american british french german nato alliance"
)
SPEECH_VERBS = word_set(
    "said says told tells added adds stated noted warned explained insisted stressed "
    "announced declared asked replied argued claimed confirmed denied urged wrote quoted "
    "according"
)
MEDIA_NOUNS = word_set("newspaper daily weekly agency radio television channel magazine")
NEWS_AGENCIES = word_set(
    "reuters interfax itar tass ria novosti afp xinhua kyodo yonhap dpa upi bloomberg bbc "
    "cnn kommersant izvestia vedomosti pravda trud"
)
# Words that end a newspaper's or an agency's name: "Nezavisimaya Gazeta", "RIA Novosti".
OUTLET_ENDINGS = word_set(
    "gazeta novosti novostey times post news izvestia gazette herald tribune journal telegraph"
)
# Words that open a broadcaster's name: "Channel One", "Radio Liberty".
BROADCASTERS = word_set("channel radio")
# Words of a new organization's name that make it news media, in English and in Russian.
NEWS_NAME_WORDS = (
    NEWS_AGENCIES
    | OUTLET_ENDINGS
    | BROADCASTERS
    | word_set("коммерсантъ коммерсант известия ведомости интерфакс тасс риа новости газета")
)
# Words after a name that make it a place: "the Pratica di Mare air base".
SITE_WORDS = (
    ("air", "base"),
    ("naval", "station"),
    ("military", "base"),
    ("naval", "base"),
    ("training", "area"),
    ("training", "ground"),
    ("base",),
    ("airbase",),
    ("airfield",),
    ("airport",),
    ("port",),
    # a region's own word after its name in lower case: "over Hatay province"
    ("province",),
    ("oblast",),
)
# Words that open a site's name: "Fort Riley", "Camp David", "Cape Canaveral".
SITE_OPENERS = word_set("fort camp cape mount")
# Nationality adjectives and the countries they are of (their names' words): "the Turkish
# President" is the President of Turkey.
NATIONALITIES = {
    "russian": ("russia", "russian federation"),
    "american": ("america", "united states", "us", "usa"),
    "british": ("britain", "united kingdom", "uk", "great britain"),
    "french": ("france",),
    "german": ("germany",),
    "italian": ("italy",),
    "spanish": ("spain",),
    "polish": ("poland",),
    "ukrainian": ("ukraine",),
    "georgian": ("georgia",),
    "belarusian": ("belarus",),
    "chinese": ("china",),
    "japanese": ("japan",),
    "turkish": ("turkey", "turkiye"),
    "norwegian": ("norway",),
    "dutch": ("netherlands", "holland"),
    "belgian": ("belgium",),
    "canadian": ("canada",),
    "czech": ("czech republic", "czechia"),
    "slovak": ("slovakia",),
    "hungarian": ("hungary",),
    "romanian": ("romania",),
    "bulgarian": ("bulgaria",),
    "latvian": ("latvia",),
    "lithuanian": ("lithuania",),
    "estonian": ("estonia",),
    "finnish": ("finland",),
    "swedish": ("sweden",),
    "danish": ("denmark",),
    "greek": ("greece",),
    "serbian": ("serbia",),
    "croatian": ("croatia",),
    "bosnian": ("bosnia",),
    "albanian": ("albania",),
    "afghan": ("afghanistan",),
    "iraqi": ("iraq",),
    "iranian": ("iran",),
    "syrian": ("syria",),
    "israeli": ("israel",),
    "chechen": ("chechnya",),
    "moldovan": ("moldova",),
    "armenian": ("armenia",),
    "azerbaijani": ("azerbaijan",),
    "kazakh": ("kazakhstan",),
    "uzbek": ("uzbekistan",),
}
# Country adjectives and the like: "Russian troops" names no state.
ADJECTIVES = frozenset(NATIONALITIES) | word_set(
    "baltic european western eastern northern southern soviet atlantic arctic nordic balkan "
    "slavic islamic muslim orthodox allied transatlantic euro arab"
)
# Words that describe a place, a body or a thing, not a person: "Zapadnograd, a port town".
_NOT_PEOPLE = (
    PLACE_WORDS
    | ORGANIZATION_WORDS
    | EVENT_WORDS
    | AGREEMENT_WORDS
    | word_set("town city village capital country state nation settlement area suburb")
)
# Words that make capitalised words a programme's, a plan's or a station's name, never a
# person's: "Membership Action Plan", "Active Endeavour" of "Operation Active Endeavour".
THINGS = _NOT_PEOPLE | word_set("plan action initiative project strategy roadmap tv")
LOCATIVES = word_set("in near outside inside across around into from via off")
# Aircraft and weapons, which an unknown abbreviation before them names ("AWACS flights").
EQUIPMENT = word_set(
    "flight flights plane planes aircraft jet jets missile missiles radar radars system "
    "systems warhead warheads launcher launchers helicopter helicopters drone drones rocket "
    "rockets"
)
# Capitalised at the start of a sentence only because they start it.
OPENERS = word_set(
    "a an the this that these those it its he she they we i you his her their our there "
    "here but and so yet or if when while as after before since in on at for from to by "
    "with without despite following during under over among between however meanwhile "
    "also although though because unlike like about according asked speaking earlier later "
    "last next both all some many most several other such no not only even still now then "
    "today yesterday tomorrow instead besides moreover nevertheless thus indeed of what "
    "which who where why how each every any once until against through within toward "
    "towards amid including is are was were will would can could should may might must has "
    "have had let do does did perhaps maybe whether unless whereas "
    # A count opening a sentence: "Nineteen NATO ambassadors met …"
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousands dozens"
)
_CALENDAR = frozenset(name for name in (*MONTHS, *WEEKDAYS) if len(name) > 3)
# "Dec. 12", "Tue 5": a short month or weekday name is one when a dot or a number follows.
_DATED = re.compile(r"\.|\s+\d")
_DAY_BEFORE = re.compile(r"\b\d{1,2}\s+$")  # "12 Feb,"
# Capitalised words that are no one's name: "We will not agree.", "Everyone met the deadline."
PRONOUNS = word_set(
    "i we you he she it they me us him her them everyone everybody someone somebody anyone "
    "anybody nobody nothing everything something"
)
# Common words written in capitals, which no unknown body is called: "the IS says".
_CAPITALISED_WORDS = word_set("is it as at on or an be by do go if no of so to up")
# A compass word before a name makes a region of it: "Central Asia", "South Ossetia".
COMPASS = word_set(
    "north south east west central northern southern eastern western northeast northwest "
    "southeast southwest"
)
# Adjectives that name a sea or an ocean alone: "across the Atlantic".
SEAS = word_set("atlantic pacific arctic baltic mediterranean caribbean adriatic aegean caspian")
# Organization words that head a name from its start or middle ("Allied Command
# Transformation", "Supreme Headquarters Allied Powers Europe").
INNER_HEADS = word_set("headquarters command office")


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
    after_colon: bool = False  # "CORRECTION: An earlier version": capitalised as an opener
    quote_start: bool = False  # she said, "Perhaps we will": capitalised as a quotation's opener
    calendar: bool = False  # a month or weekday: never part of a name
    headline: bool = False
    modifier: bool = False  # the "NATO" of "NATO-led": part of an adjective
    label: bool = False  # "COUNCIL" of "* COUNCIL: The council ...": a paragraph's label


# An opening quotation mark: at the start, or after a space, a bracket or a dash.
_QUOTE_OPENS = re.compile(r"[\s(\[—–-]?[\"“‘«]")


_DESIGNATOR = re.compile(r"[A-Za-z]{1,4}-\d")
_AFTER_A_DESIGNATOR = re.compile(r"\d[A-Z]?/$")


def _tokens(text):
    sentences = split_sentences(text)
    starts = [start for start, _end in sentences]
    tokens = []
    for match in WORD.finditer(text):
        possessive = bool(POSSESSIVE.search(match.group()))
        word = POSSESSIVE.sub("", match.group())
        letters = word.replace(".", "")
        plural_acronym = bool(PLURAL_ACRONYM.fullmatch(word))
        sentence = bisect_right(starts, match.start()) - 1
        # "14:15 GMT", "18:00 CET": a clock's time zone is no name's word, nor is a model's
        # designator ("E-3A", "F-16C/D", "Su-27").
        no_name = is_time_zone(text, match.start(), match.start() + len(word)) or bool(
            _DESIGNATOR.match(text, match.start())
            or _AFTER_A_DESIGNATOR.search(text, max(0, match.start() - 6), match.start())
            or text[match.start() - 1 : match.start()].isdigit()  # the "M729" of "9M729"
        )
        tokens.append(
            _Token(
                text=word,
                start=match.start(),
                end=match.start() + len(word),
                key=fold_word(singular_acronym(word)),
                word=plain(word),
                capital=word[0].isupper() and not no_name and letters not in NOT_ACRONYMS,
                acronym=(letters.isupper() or plural_acronym)
                and not no_name
                and len(letters) >= 2
                and not names_nothing(letters),
                possessive=possessive,
                sentence=sentence,
            )
        )
    for previous, token in zip([None, *tokens], tokens, strict=False):
        token.sentence_start = previous is None or previous.sentence != token.sentence
        token.after_colon = (
            bool(previous) and text[previous.end : token.start].strip(" \"'“‘«") == ":"
        )
        opening = text[max(token.start - 2, 0) : token.start]
        token.quote_start = bool(_QUOTE_OPENS.fullmatch(opening))
        token.calendar = token.word in _CALENDAR or (
            token.word in MONTHS | WEEKDAYS
            and bool(_DATED.match(text, token.end) or _DAY_BEFORE.search(text, 0, token.start))
        )
        if previous and text[previous.end : token.start] in "-‐‑" and not token.capital:
            previous.modifier = len(previous.word) > 2
    _mark_headlines(text, sentences, tokens)
    _mark_labels(text, tokens)
    return tokens


# Words in capitals that open a line (after a bullet) and end in a colon or a dash:
# "* COUNCIL:", "WHAT NEXT:", "TRANSIT - ".
_LABEL = re.compile(
    r"^[ \t]*(?:[-*•–—][ \t]*)?([^\W\d_][^\n:]{0,40}?)[ \t]*(?::|[ \t][-–—][ \t])", re.M
)


def _mark_labels(text, tokens):
    """Labels are no names; the sentence starts again after one ("COUNCIL: The ...")."""
    by_start = {token.start: index for index, token in enumerate(tokens)}
    for match in _LABEL.finditer(text):
        label = match.group(1)
        if not any(c.isalpha() for c in label) or label.upper() != label:
            continue
        first = by_start.get(match.start(1))
        if first is None:
            continue
        last = first
        while last < len(tokens) and tokens[last].start < match.end(1):
            tokens[last].label = True
            last += 1
        if last < len(tokens):
            tokens[last].sentence_start = True


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
    initials: str = ""  # "sv" for "S.V. Lavrov": a surname with the given names' initials
    spelt_as: str = ""  # "rogozin" for "Rogosin": the key of the article's other spelling


class _Reader:
    """One article's tokens, and what the first reading found in them."""

    def __init__(self, text, gazetteer, published=None):
        self.text = text
        self.gazetteer = gazetteer
        self.published = published
        self.tokens = _tokens(text)
        self.labels = speaker_labels(text)
        turns = {end for _start, end in self.labels}
        for token in self.tokens:
            token.sentence_start = token.sentence_start or token.start in turns  # "(Con): Will"
        self.known_capitals = {
            t.key
            for t in self.tokens
            if t.capital and not (t.sentence_start or t.quote_start or t.headline)
        }
        # Words the article writes in lower case: an ordinary word, capitalised only where
        # it opens a sentence or a quotation ("Perhaps", "Nothing").
        self.lower_case_words = {t.word for t in self.tokens if not t.text[0].isupper()}
        self.initials = {
            i
            for i, t in enumerate(self.tokens)
            if t.capital and len(t.text) <= 6 and _is_initial(self, i)
        }
        self.matches = _of_their_owners(self, self._gazetteer_matches())
        self.covered = {i: m for m in self.matches for i in range(m.first, m.last + 1)}
        # Surnames of the people whose full names the article writes.
        self.full_names = {
            key
            for m in self.matches
            if m.kind == "person" and m.last > m.first
            for f in m.forms
            for key in surname_keys(f.record.name)
        }

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
        if not tokens[index].capital and (lower := self._lower_case_name(index)):
            return lower
        if tokens[index].key not in gazetteer.first_words and not tokens[index].capital:
            return None
        key, found, initialled = tokens[index].key, [], False
        for last in range(index, min(len(tokens), index + max(gazetteer.longest, 5))):
            if last > index:
                gap = _gap(self.text, tokens[last - 1], tokens[last])
                if gap is None:
                    break
                key = f"{key} , {tokens[last].key}" if gap == "," else f"{key} {tokens[last].key}"
            words = tokens[index : last + 1]
            initialled = initialled or last - 1 > index and last - 1 in self.initials
            if tokens[last].modifier:
                continue
            forms = [f for f in gazetteer.forms.get(key, ()) if _case_fits(f.written, words)]
            if forms:
                found.append(_Span(index, last, forms[0].record.kind, "known", forms))
            elif span := initialled and self._without_middle_initials(index, last):
                found.append(span)
            elif last > index and places.get(key) and all(t.capital for t in words):
                found.append(_Span(index, last, "place", "new", reason=_place_reason(places[key])))
            elif key in former_organizations() and all(t.capital for t in words):
                reason = "an organization of the past in the importer's own list"
                found.append(_Span(index, last, "organization", "new", reason=reason))
        return found[-1] if found else None

    def _lower_case_name(self, index):
        """ "a status of forces agreement": an agreement's name of three words or more, or
        the end of one, written all in lower case."""
        tokens, names = self.tokens, self.gazetteer.lower_case_names
        if tokens[index].key not in self.gazetteer.lower_case_first_words:
            return None
        key, found = tokens[index].key, None
        for last in range(index + 1, min(len(tokens), index + self.gazetteer.longest)):
            if tokens[last].capital or _gap(self.text, tokens[last - 1], tokens[last]) != " ":
                break
            key = f"{key} {tokens[last].key}"
            if key in names:
                found = last
        if found is None:
            return None
        key = " ".join(t.key for t in tokens[index : found + 1])
        forms = [f for f in self.gazetteer.forms.get(key, ()) if f.record.kind == "agreement"]
        if forms:
            return _Span(index, found, "agreement", "known", forms)
        return _Span(index, found, "agreement", "new", reason="an agreement's name in lower case")

    def _without_middle_initials(self, first, last):
        """ "Vladimir V. Putin", "John F. Smith": a person's name with middle initials the
        record leaves out, if the record knows no other middle name."""
        middle = [i for i in range(first + 1, last) if i in self.initials]
        if not middle or not self.tokens[first].capital:
            return None
        kept = [self.tokens[i] for i in range(first, last + 1) if i not in middle]
        initials = self.tokens[first].word[0] + "".join(self.tokens[i].word for i in middle)
        forms = [
            f
            for f in self.gazetteer.forms.get(" ".join(t.key for t in kept), ())
            if f.record.kind == "person"
            and _case_fits(f.written, kept)
            and _middle_initials_fit(self.gazetteer, f.record, initials)
        ]
        if len({f.record for f in forms}) != 1:
            return None
        reason = f"the name “{forms[0].written}” with a middle initial"
        return _Span(first, last, "person", "near", forms, reason=reason)

    def in_label(self, token):
        """Whether a token is in a speaker's label ("[00:02:14] ANNA BERG (REPORTER):")."""
        return any(start <= token.start < end for start, end in self.labels)

    def is_capital(self, token):
        """A capital that marks a name, not the start of a headline word or a sentence."""
        if not token.capital:
            return False
        if token.headline:
            return token.acronym or token.key in self.known_capitals
        return True


_NO_SPAN = _Span(0, 0, None, "")


def _of_their_owners(reader, matches):
    """``matches`` without the bodies' records an owner named next to them makes another's:
    "the UN's Security Council", "the Security Council of the United Nations" are no
    "Security Council of the Russian Federation". The body and its owner are then one name:
    the record whose name is the body's with that owner's ("United Nations Security
    Council"), if one is, else a new organization."""
    kept = list(matches)
    for match in matches:
        if match.kind != "organization" or match.how != "known" or match not in kept:
            continue
        owner = _owner_next_to(reader, match.first, match.last, kept)
        if owner is None:
            continue
        written = _text_of(reader, *owner)
        names = _owner_names(reader, owner, kept)
        body = _text_of(reader, match.first, match.last)
        forms = [f for f in match.forms if _owned_by(f.record, names, body)]
        if forms == match.forms:
            continue
        first, last = min(owner[0], match.first), max(owner[1], match.last)
        kept = [m for m in kept if not (first <= m.first and m.last <= last)]
        first += reader.tokens[first].word == "the"  # "The Security Council of the UN"
        if forms:
            kept.append(replace(match, forms=forms))
            continue
        records = reader.gazetteer.name_ends.get(name_key(body.removeprefix("The ")), ())
        owned = [r for r in records if owners_of(r, body) and _owned_by(r, names, body)]
        if len(owned) == 1:
            forms = reader.gazetteer.forms[name_key(owned[0].name)]
            reason = f"the name “{owned[0].name}”, its owner written apart"
            kept.append(_Span(first, last, "organization", "near", forms[:1], reason=reason))
        else:
            reason = f"no “{match.forms[0].record.name}”: “{written}” owns it"
            kept.append(_Span(first, last, "organization", "new", reason=reason))
    return sorted(kept, key=lambda m: m.first)


def _owned_by(record, owner_names, body):
    """Whether a body's ``record`` may be the one the owner of ``owner_names`` owns: its
    names give no owner of ``body``, or give that one."""
    owners = owners_of(record, body)
    return not owners or any(same_owner(name, owners) for name in owner_names)


def _owner_names(reader, owner, matches):
    """The owner's name as written and, if a record's, that record's names: "the
    alliance's" is NATO's."""
    first, last = owner
    match = next((m for m in matches if (m.first, m.last) == owner and m.how == "known"), None)
    records = dict.fromkeys(f.record for f in match.forms) if match else ()
    return [_text_of(reader, first, last)] + [
        name for r in records for name in (r.name, *r.aliases)
    ]


def _owner_next_to(reader, first, last, matches):
    """The first and last token of the owner named before a body's name ("the UN Security
    Council", "Russia's Security Council") or after it with "of" ("… of the United
    Nations"): a known place or organization, or an abbreviation; else None."""
    tokens = reader.tokens
    at = last + 1
    if (
        at + 1 < len(tokens)
        and tokens[at].word == "of"
        and _gap(reader.text, tokens[last], tokens[at]) == " "
    ):
        at += 2 if tokens[at + 1].word == "the" and at + 2 < len(tokens) else 1
        if _gap(reader.text, tokens[at - 1], tokens[at]) == " ":
            owner = _owner_at(reader, at, matches)
            if owner:
                return owner
    if first and _gap(reader.text, tokens[first - 1], tokens[first]) == " ":
        return _owner_at(reader, first - 1, matches)
    return None


def _owner_at(reader, index, matches):
    token = reader.tokens[index]
    match = next((m for m in matches if m.first <= index <= m.last), None)
    if match:
        return (match.first, match.last) if match.kind in ("place", "organization") else None
    # An owner is a name: not a lower-case word, which the list of places may still hold
    # (towns called Of and To: "members of NATO"), nor a common word in capitals.
    if not reader.is_capital(token) or token.key in _CAPITALISED_WORDS:
        return None
    if token.acronym or known_places().get(token.key):
        return index, index
    return None


def _text_of(reader, first, last):
    return reader.text[reader.tokens[first].start : reader.tokens[last].end]


def _middle_initials_fit(gazetteer, record, initials):
    """Whether initials ("vv" for "Vladimir V.") fit a person whose known middle names, if
    any ("Vladimir Vladimirovich Putin"), they abbreviate."""
    known = gazetteer.given_initials.get(record, ())
    return gazetteer.initials_fit(record, initials) or all(len(k) < 2 for k in known)


def _case_fits(written, tokens):
    letters = re.sub(r"[\W\d_]", "", written)
    if len(letters) >= 2 and letters.isupper():
        return all(t.acronym or (t.capital and len(t.word) >= 4) for t in tokens)
    if letters != letters.lower():
        return any(t.capital for t in tokens)
    return True


def _place_reason(kind):
    if kind in LISTED_PLACES:
        return f"not in the timeline yet; a {kind} in the importer's own list"
    return f"not in the timeline yet; a {kind} in the GeoNames list of places"


# --- Runs of capitalised words -----------------------------------------------------------------


def _runs(reader):
    """Lists of token indices: capitalised words joined by particles and connectors."""
    tokens, text = reader.tokens, reader.text
    groups, group = [], []
    for index, token in enumerate(tokens):
        joined = group and _gap(text, tokens[group[-1]], token) == " "
        # "Fishermen's Association" is one name; "Russia's Defence Ministry" two.
        own = token.capital and token.word in ORGANIZATION_WORDS and len(group) > 1
        if group and (not joined or tokens[group[-1]].possessive and not own):
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
    if token.modifier or token.calendar:
        return False
    if token.label and not _surname_in_capitals(reader, token):
        return False  # "COUNCIL:", but a transcript's "SOLHEIM:" is who speaks
    if reader.is_capital(token) or token.acronym:
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if ORDINAL.fullmatch(token.text) and following and following.capital:
        return _gap(reader.text, token, following) == " "  # "the 23rd Air Base"
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
    """Join "Ministry" + "of" + "Defence", "Status" + "of" + "Forces Agreement", and a
    name's list of topics: "Founding Act on Mutual Relations" + ", Cooperation and
    Security"."""
    joined = []
    listed = 0  # how many groups ahead are the list of topics of the name joined last
    for index, group in enumerate(groups):
        if joined and (listed or _connects(reader, joined[-1], group)):
            previous = joined[-1]
            joined[-1] = previous + list(range(previous[-1] + 1, group[0])) + group
            listed = max(listed - 1, 0)
        else:
            joined.append(group)
        if not listed:
            listed = _listed_topics(reader, joined[-1], groups[index + 1 :])
    return joined


def _listed_topics(reader, name, following):
    """How many of the ``following`` groups go on the list of what ``name`` is on or for,
    written after a comma and ending in "and": "Founding Act on Mutual Relations" + ",
    Cooperation and Security", "Treaty of Friendship" + ", Cooperation and Mutual
    Assistance"; 0 when there is none, or the list is of other names ("the Ministry of
    Defence, Interior Ministry and Foreign Ministry", "the Council of Europe, France and
    Germany")."""
    tokens, text = reader.tokens, reader.text
    words = [tokens[i].word for i in name]
    on = next((i for i, word in enumerate(words) if word in ("of", "on", "for")), 0)
    if not on or words[on - 1] not in AGREEMENT_WORDS | ORGANIZATION_WORDS:
        return 0
    fits = (all(_a_topic_word(reader, i) for i in group) for group in following)
    return listed_topics(text, tokens, name[-1], following, fits, "and")


def _a_topic_word(reader, index):
    """Whether a capitalised word is a common noun's or an adjective's, as a name's topics
    are ("Cooperation", "Mutual Assistance"), not a name's or a body's own."""
    token = reader.tokens[index]
    return not (
        token.acronym
        or token.possessive
        or index in reader.covered
        or token.word in ORGANIZATION_WORDS | AGREEMENT_WORDS | PLACE_WORDS | TITLE_HEADS
        or known_places().get(token.key) not in (None, "city")  # "Good" is a town's too
        or token.key in reader.gazetteer.surnames
        or token.word.endswith(SURNAME_ENDINGS)
        or _given_name(reader, token)
    )


def _person_before_of(reader, left):
    """ "Alexei Arbatov of the Carnegie Center": a person's name and where they work, not
    one name: a given name and a surname, or a name after a speech verb or an honorific."""
    tokens = reader.tokens
    titles = TITLE_HEADS | TITLE_MODIFIERS | HONORIFICS | NOBILITY
    # "Vice Admiral Andrei Volozhinsky of the Northern Fleet": the title is no part of it.
    while len(left) > 1 and tokens[left[0]].word in titles:
        left = left[1:]
    words = [tokens[i] for i in left]
    if len(words) > 3 or any(t.word in ORGANIZATION_WORDS | AGREEMENT_WORDS for t in words):
        return False
    before = tokens[left[0] - 1].word if left[0] else ""
    named = len(words) > 1 and _given_name(reader, words[0])
    return named or before in SPEECH_VERBS | titles


def _continues_in(reader, left, right):
    """ "Organization for Security and Co-operation" + "in" + "Europe": an organization's
    (or an agreement's: "Treaty on Conventional Armed Forces in Europe") name with "for" or
    "on" in it goes on through "in" and the continent it works in (not a country's: "the
    Ministry for Foreign Affairs in Norway" is the ministry, then where)."""
    tokens = reader.tokens
    words = [tokens[i].word for i in left]
    words = words[1:] if words[0] == "the" else words
    # "… in Europe Treaty": the continent, then the treaty's own word
    named = len(right) > 1 and tokens[right[-1]].word in AGREEMENT_WORDS
    place = right[:-1] if named else right
    key = " ".join(tokens[i].key for i in place)
    if known_places().get(key) != "continent" or any(
        _gap(reader.text, tokens[i], tokens[i + 1]) != " " for i in (right[0] - 2, right[0] - 1)
    ):
        return False
    headed = words[0] in ORGANIZATION_WORDS | INSTITUTIONS | AGREEMENT_WORDS
    # "the Conventional Forces in Europe treaty": forces in a continent a treaty is about.
    treaty = (named or _agreement_after(reader, right[-1])) and set(words) & ORGANIZATION_WORDS
    return headed and bool({"for", "on"} & set(words[1:])) or bool(treaty)


def _agreement_after(reader, last):
    """ "treaty" in "the Conventional Forces in Europe treaty" or "Treaty" in "... Europe
    (CFE) Treaty": an agreement's word after a name, as written, or ""."""
    after = re.match(r" (?:\(\w{2,}\) )?([^\W\d_]+)", reader.text[reader.tokens[last].end :])
    return after.group(1) if after and after.group(1).lower() in AGREEMENT_WORDS else ""


# Words before "of" and a place that make no place's part: "the Battle of Kursk".
_NOT_PARTS = (
    _NOT_PEOPLE
    | TITLE_HEADS
    | TITLE_MODIFIERS
    | HONORIFICS
    | NOBILITY
    | ADJECTIVES
    | word_set("battle siege duke duchess earl bishop archbishop")
)


def _part_of_a_place(reader, left, right):
    """ "the Horn of Africa", "the Isle of Man": "the", a word of no title or body, "of" and
    a place name one place."""
    tokens = reader.tokens
    word = tokens[left[0]]
    return (
        len(left) == 1
        and left[0] > 0
        and tokens[left[0] - 1].text == "the"
        and word.capital
        and not word.acronym
        and word.word not in _NOT_PARTS
        and left[0] not in reader.covered
        and not _given_name(reader, word)
        and known_places().get(" ".join(tokens[i].key for i in right)) is not None
    )


def _connects(reader, left, right):
    tokens = reader.tokens
    between = [tokens[i].word for i in range(left[-1] + 1, right[0])]
    if between == ["in"]:
        return _continues_in(reader, left, right)
    if not between or between not in (["of"], ["for"], ["on"], ["of", "the"], ["and"]):
        return False
    # "Dr Anna Berg, of the Institute" or "Article 4 of the Treaty": no one name.
    span = range(left[-1], right[0])
    if tokens[left[-1]].possessive or any(
        _gap(reader.text, tokens[i], tokens[i + 1]) != " " for i in span
    ):
        return False
    left_words = [tokens[i].word for i in left]
    right_words = [tokens[i].word for i in right]
    cue_words = ORGANIZATION_WORDS | AGREEMENT_WORDS | PLACE_WORDS
    if between == ["and"]:
        # "the Organization for Security" + "and" + "Co-operation": "the" starts no name.
        head = left_words[1:] if left_words[0] == "the" else left_words
        if head[0] in ORGANIZATION_WORDS | AGREEMENT_WORDS and len(head) > 1:
            return True
        # "Russia's Foreign Ministry's Department of Security Affairs" + "and" +
        # "Disarmament": a body's field of work, one word no name of its own
        of_a_body = "of" in head and _cue_kind(head)[0] == "organization"
        if of_a_body and len(right) == 1 and right[0] not in reader.covered:
            word = tokens[right[0]]
            return word.key not in reader.gazetteer.surnames and not _given_name(reader, word)
        # "Foreign" + "and" + "Commonwealth Office": one office of two fields.
        if len(left) == 1 and head[0] in TITLE_MODIFIERS - ADJECTIVES and len(right) > 1:
            return right_words[-1] in ORGANIZATION_WORDS
        # "Submarine Escape and Rescue Liaison Office": one name, whose last word is an
        # organization's, if neither side is a title, a known name or a person's.
        both = [tokens[i] for i in left + right]
        return (
            len(left) > 1
            and len(right) > 1
            and right_words[-1] in ORGANIZATION_WORDS
            and not any(i in reader.covered for i in left)
            and not any(t.acronym or t.word in TITLE_HEADS for t in both)
            and not _given_name(reader, tokens[left[0]])
        )
    if between == ["of"] and _part_of_a_place(reader, left, right):
        return True
    whole = " ".join(tokens[i].key for i in range(left[0], right[-1] + 1))
    if known_places().get(whole) is not None:
        return True  # "the Federal Republic of Yugoslavia", a name the places list whole
    # "Secretary General of NATO", "Foreign Ministers of the NATO-Russia Council", "Members
    # of the Council": a title, or the people a body is made of, and the body, no one name.
    people_of = _TITLE_WORDS | _PLURAL_TITLES | HONORIFICS | MEMBERSHIP | {"the"}
    if all(w in people_of for w in left_words):
        return False
    if _person_before_of(reader, left):
        return False
    return (
        bool(set(left_words) & cue_words) or right_words[-1] in AGREEMENT_WORDS | ORGANIZATION_WORDS
    )


# --- Reading a run -----------------------------------------------------------------------------


def _cue_kind(words):
    """The kind a name's last word (or its head word before "of") gives it, and that word."""
    heads = [words[-1]]
    if "of" in words or "for" in words or "on" in words:
        head = words[min(words.index(w) for w in ("of", "for", "on") if w in words) - 1]
        # "Treaty on Conventional Armed Forces": an agreement on forces, not a body.
        heads.insert(0 if head in AGREEMENT_WORDS else 1, head)
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


# The grade of a rank before its "Class" ("Sergeant First Class", "Sgt. 1st Class").
_GRADES = word_set("1st 2nd 3rd first second third")


def _read_run(reader, run):
    """Spans for one run: known names, titles and the names they introduce, new names."""
    tokens = reader.tokens
    while run and (
        tokens[run[0]].sentence_start
        or tokens[run[0]].after_colon
        or tokens[run[0]].headline
        or run[0] == 0
    ):
        if tokens[run[0]].word not in OPENERS or tokens[run[0]].acronym:
            break
        run = run[1:]
    if len(run) > 1 and _article_before_a_name(reader, run):
        run = run[1:]  # "May 2002 — The NATO-Russia Council": "The" is no part of the name
    if len(run) == 2 and _capital_by_position(reader, run[0], run[1]):
        run = run[1:]  # "(Adds Stoltenberg comments)": a verb, then a surname.
    after_title = False
    if run and _title_of_before(reader, run[0]):
        # "Secretary of State Colin Powell", "General of the Army Sergei Shoigu": "State",
        # "Army" end the title, the name follows.
        # After "of the" only a service: "a minister of the Trade and Industry Office".
        ending = _SERVICES if tokens[run[0] - 1].word == "the" else TITLE_MODIFIERS | _SERVICES
        while len(run) > 1 and tokens[run[0]].word in ending:
            run, after_title = run[1:], True
    # "Sgt. 1st Class Ronald Pike": the rank ends at its grade's "Class"
    graded = [k for k in range(1, len(run) - 1) if tokens[run[k]].word == "class"]
    if graded and tokens[run[graded[0] - 1]].word in _GRADES:
        run, after_title = run[graded[0] + 1 :], True
    if not run:
        return []
    words = [tokens[i].word for i in run]
    if " ".join(tokens[i].key for i in run) in SEATS_OF_GOVERNMENT:
        return [_seat_of_government(reader, run[0], run[-1])]
    if _names_an_outlet(reader, run):
        reason = "a newspaper's or news agency's name"
        return [_Span(run[0], run[-1], "organization", "new", reason=reason)]
    if _longer_than_a_known_end(reader, run):
        known = reader.covered[run[-1]].forms[0].written
        reason = f"a longer name than the record “{known}” its last word names"
        return [_Span(run[0], run[-1], "organization", "new", reason=reason)]
    site = _site_after(reader, run[-1])
    if site and run[-1] not in reader.covered and not set(words) <= ADJECTIVES:
        return [_Span(run[0], run[-1], "place", "new", reason=f"“{site}” follows it")]
    if _a_named_site(reader, run, words):
        reason = "a site named with its kind (“Fort”, “Air Base”)"
        return [_Span(run[0], run[-1], "place", "new", reason=reason)]
    governed = _governor_after(reader, run[-1])
    if governed and run[-1] not in reader.covered:
        return [_Span(run[0], run[-1], "place", "new", reason=f"its “{governed}” follows")]
    if len(run) > 2 and words[1] == "of" and _part_of_a_place(reader, run[:1], run[2:]):
        reason = f"“{tokens[run[0]].text} of” a place names a place"
        return [_Span(run[0], run[-1], "place", "new", reason=reason)]
    cue, cue_word = _cue_kind(words)
    # "NATO-Russia Council" is one organization, not NATO and Russia; but "Foreign Ministry
    # Spokesman Alexander Yakovenko" is a title and a name.
    # "(Turkish) General Staff", though, is a title word and a body: the body's name.
    titled = (
        any(w in TITLE_HEADS for w in words[:-1])
        and cue == "organization"
        and not (words[-1] == cue_word and not set(words[:-2]) & TITLE_HEADS)
    )
    # "Embassy of the Russian Federation": a head word before "of" makes one new name of
    # it and a known one.
    headed = len(words) > 2 and words[1] == "of" and run[0] not in reader.covered
    if headed and _cue_kind(words[:1])[0]:
        cue, cue_word = _cue_kind(words[:1])
    else:
        headed = False
    uncovered = len(run) > 1 and (run[-1] not in reader.covered or headed)
    if uncovered and words[-1] in ARMS and (agreement := _agreement_after(reader, run[-1])):
        # "Intermediate-Range Nuclear Forces (INF) Treaty": the arms a treaty is on
        reason = f"“{agreement}” follows it"
        return [_Span(run[0], run[-1], "agreement", "new", reason=reason)]
    if cue and uncovered and not titled and not _names_an_event(tokens[run[-1]]):
        return [_Span(run[0], run[-1], cue, "new", reason=_cue_reason(cue, cue_word))]
    inner = _inner_head(reader, run)
    if not cue and inner:
        return [_Span(run[0], run[-1], "organization", "new", reason=_cue_reason(*inner))]
    following = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    joined = following and _gap(reader.text, tokens[run[-1]], following) == " "
    if joined and not cue and run[-1] not in reader.covered:
        # "the Baltic region"; "the New START treaty".
        if following.word in ("region", "regions"):
            reason = "“region” makes it a place name"
            return [_Span(run[0], run[-1] + 1, "place", "new", reason=reason)]
        if following.word in AGREEMENT_WORDS and tokens[run[-1]].acronym:
            # "the CFE treaty": the word says what the abbreviation names; keep it.
            reason = f"an abbreviation before “{following.text}”"
            return [_Span(run[0], run[-1] + 1, "agreement", "new", reason=reason)]
    if "in" in words and (agreement := _agreement_after(reader, run[-1])):
        # "Conventional Forces in Europe treaty" (one name with the word), "Conventional
        # Armed Forces in Europe (CFE) Treaty" (the name, whose abbreviation follows).
        last = run[-1] + 1 if joined and following.word in AGREEMENT_WORDS else run[-1]
        reason = f"“{agreement}” follows it"
        return [_Span(run[0], last, "agreement", "new", reason=reason)]
    spans, piece = [], []
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
        post_nominal = word in POST_NOMINALS and tokens[index].acronym
        if post_nominal and len(piece) > 1 and _person_shaped(tokens, piece):
            reason = f"“{tokens[index].text}” follows the name"  # "Madeleine Moon MP"
            spans.append(_Span(piece[0], piece[-1], "person", "new", reason=reason))
            piece, after_title = [], False
        elif (
            # "Presidents Dmitry Medvedev and Barack Obama": a title the names share
            word in TITLE_HEADS | HONORIFICS | _PLURAL_TITLES
            and (not tokens[index].acronym or word in ABBREVIATED_TITLES)
            or post_nominal
        ):
            while piece and tokens[piece[-1]].word in TITLE_MODIFIERS:
                piece.pop()
            before_title = _piece(reader, piece, False)
            if not post_nominal:
                # "House Speaker Mike Johnson", "Parliamentary Chairperson Nino Burjanadze":
                # a word new to the timeline right before a title is the title's, no person
                before_title = [s for s in before_title if not _a_new_person(s)]
            spans += before_title
            piece, after_title = [], True
        elif after_title and not piece and _ends_a_title(word, tokens[index].key):
            pass  # "Chief of General Staff Nikolai Makarov", "Commander Europe James Stavridis"
        else:
            piece.append(index)
        position += 1
    return spans + _piece(reader, piece, after_title)


# The service a rank is of: "General of the Army", "Secretary of the Navy".
_SERVICES = word_set("army navy")


def _ends_a_title(word, key):
    """Whether a word straight after a title's head is still the title's: a title word
    ("Staff" of "General Staff", "of the Army" of "General of the Army") or the region it
    is of ("Europe" of "Supreme Allied Commander Europe")."""
    return (
        word in TITLE_MODIFIERS | _SERVICES | {"of", "the", "rank"}
        or known_places().get(key) in _REGION_KINDS
    )


def _article_before_a_name(reader, run):
    """Whether a run opens with "The" that is no part of the name: not a newspaper's ("The
    Times") nor a known name's ("The Hague")."""
    tokens = reader.tokens
    return (
        tokens[run[0]].text == "The"
        and run[0] not in reader.covered
        and tokens[run[-1]].word not in OUTLET_ENDINGS
    )


def _names_an_outlet(reader, run):
    """ "Nezavisimaya Gazeta", "the daily Kommersant": a newspaper or agency, whole, unless
    the timeline knows the whole name."""
    tokens = reader.tokens
    match = reader.covered.get(run[0])
    if match and match.last >= run[-1]:
        return False
    if len(run) > 1 and tokens[run[-1]].word in OUTLET_ENDINGS:
        return True
    if len(run) > 1 and tokens[run[0]].word in BROADCASTERS:
        return True  # "Channel One", "Radio Liberty"
    before = tokens[run[0] - 1] if run[0] else None
    return (
        before is not None
        and before.word in MEDIA_NOUNS
        and _gap(reader.text, before, tokens[run[0]]) == " "
        and not _given_name(reader, tokens[run[0]])
        and not any(tokens[i].word in TITLE_HEADS for i in run)
    )


def _longer_than_a_known_end(reader, run):
    """ "Nezavisimaya Gazeta" when a record is named "Gazeta": capitalised words no record
    has before a one-word organization's name make a longer name, not that record."""
    tokens = reader.tokens
    match = reader.covered.get(run[-1])
    if len(run) < 2 or not match or match.first != run[-1] or match.how != "known":
        return False
    if any(f.record.kind != "organization" for f in match.forms):
        return False
    not_a_name = (
        TITLE_HEADS | TITLE_MODIFIERS | ADJECTIVES | HONORIFICS | NOBILITY | OPENERS | COMPASS
    )
    before = [tokens[i] for i in run[:-1]]
    return all(
        i not in reader.covered
        and t.capital
        and not t.acronym
        and t.word not in not_a_name
        and not _given_name(reader, t)
        and not known_places().get(t.key)
        for i, t in zip(run[:-1], before, strict=True)
    )


def _a_named_site(reader, run, words):
    """Whether ``run`` (its plain ``words``) is a site named with its kind, "Ämari Air
    Base", "Severomorsk Naval Station", "Fort Riley", "Camp David"; not a numbered unit
    ("the 12th Air Base")."""
    ends = any(len(w) == 2 and tuple(words[-2:]) == w for w in SITE_WORDS) and len(run) > 2
    opens = words[0] in SITE_OPENERS and len(run) > 1
    numbered = reader.tokens[run[0]].text[:1].isdigit()
    return (ends or opens) and not numbered and run[-1] not in reader.covered


# What a place is called in apposition after its name: "Pratica di Mare, an air base outside
# Rome", "Kirkenes, a port town near the border", "Sochi, the Black Sea resort".
_PLACE_APPOSED = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:air\s+base|base|airfield|airport|port|town|"
    r"city|village|resort|island|capital|province|region|district|harbou?r|garrison)\b"
    # the noun ends the phrase: not "Ivan Petrov, a city official"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:outside|near|in|on|of|off|north|south|east|west|close|some|"
    r"about|where|which|that|just|by|with)\b)"
)


def _site_after(reader, last):
    """ "air base" in "the Pratica di Mare air base": the words after a name that make it a
    place, as written; or what it is called in apposition: "Pratica di Mare, an air base
    outside Rome"."""
    tokens = reader.tokens
    if apposed := _PLACE_APPOSED.match(reader.text, tokens[last].end):
        return apposed.group().lstrip(", ")
    for words in SITE_WORDS:
        after = tokens[last + 1 : last + 1 + len(words)]
        if [t.text for t in after] != list(words):
            continue
        pairs = zip(tokens[last : last + len(words)], after, strict=True)
        if all(_gap(reader.text, a, b) == " " for a, b in pairs):
            return reader.text[after[0].start : after[-1].end]
    return ""


def _governor_after(reader, last):
    """ "mayor" in "Sør-Varanger's deputy mayor": a possessive name before the title of
    someone who governs a place, which makes it that place; or ""."""
    tokens = reader.tokens
    if not tokens[last].possessive:
        return ""
    for index in range(last + 1, min(last + 4, len(tokens))):
        token = tokens[index]
        if token.capital or _gap(reader.text, tokens[index - 1], token) != " ":
            return ""
        if token.word in GOVERNORS:
            return token.text
        if token.word not in TITLE_MODIFIERS | GOVERNOR_MODIFIERS:
            return ""
    return ""


GOVERNORS = word_set("mayor governor")
GOVERNOR_MODIFIERS = word_set("deputy lord regional local provincial")


def _capital_by_position(reader, index, following):
    """Whether a word is capitalised only because it starts its sentence, before the surname
    of a person the article names in full elsewhere."""
    token = reader.tokens[index]
    return (
        token.sentence_start
        and not token.acronym
        and token.key not in reader.known_capitals
        and index not in reader.covered
        and not _given_name(reader, token)
        and token.word not in HONORIFICS | NOBILITY | TITLE_HEADS
        and reader.tokens[following].key in reader.full_names
    )


def _title_of_before(reader, first):
    """Whether a title and "of" come just before: "Secretary of State", "Minister of",
    "General of the"."""
    tokens = reader.tokens
    of = first - 2 if first >= 3 and tokens[first - 1].word == "the" else first - 1
    return (
        of >= 1
        and tokens[of].word == "of"
        and tokens[of - 1].word in TITLE_HEADS
        and all(_gap(reader.text, tokens[i], tokens[i + 1]) == " " for i in range(of - 1, first))
    )


def _inner_head(reader, run):
    """A word that heads an organization's name from its start or middle ("Allied Command
    Transformation", "Headquarters Supreme Allied Commander Transformation"), and its kind."""
    tokens = reader.tokens
    words = [tokens[i].word for i in run]
    if len(run) < 3 or any(reader.covered.get(i, _NO_SPAN).how == "known" for i in run):
        return None
    for position, word in enumerate(words[:-1]):
        if word in INNER_HEADS and tokens[run[position]].capital:
            # "Foreign Office Minister Anna Berg" is a title and a name.
            if position and any(w in TITLE_HEADS for w in words[position + 1 :]):
                return None
            return "organization", word
    return None


def _is_initial(reader, index):
    """ "J." or "S.V.": a person's initials before their surname."""
    token = reader.tokens[index]
    if re.fullmatch(r"(?:[A-Z]\.){1,3}", token.text):
        return True
    return len(token.text) == 1 and token.capital and reader.text[token.end : token.end + 1] == "."


def _piece(reader, piece, after_title):
    """A span for the leftover words of a run, or none if they name nothing we can tell."""
    tokens = reader.tokens
    while piece and tokens[piece[-1]].word in CONNECTORS | PARTICLES:
        piece = piece[:-1]
    while piece and tokens[piece[0]].word in CONNECTORS - {"de"}:
        piece = piece[1:]
    if (
        piece
        and ORDINAL.fullmatch(tokens[piece[0]].text)
        and not _cue_kind([tokens[i].word for i in piece])[0]
    ):
        piece = piece[1:]  # An ordinal belongs to a body's name only: "the 23rd Air Base".
    if not piece:
        return []
    words = [tokens[i].word for i in piece]
    first, last = piece[0], piece[-1]
    initials = _initials_span(reader, piece, after_title)
    if initials:
        return [initials]
    if len(piece) == 1 and words[0] in SEAS and _sea_alone(reader, first):
        return [_Span(first, last, "place", "new", reason="a sea or ocean named alone")]
    if len(piece) == 1 and words[0] in INSTITUTIONS and tokens[first].capital:
        reason = f"“{tokens[first].text}” is what news copy calls a legislature or government"
        return [_Span(first, last, "organization", "new", reason=reason)]
    if len(piece) > 1 and words[-1] == "state" and words[-2] in FAITHS:
        reason = f"“{tokens[piece[-2]].text} State” names a body, not a country"
        return [_Span(first, last, "organization", "new", reason=reason)]
    if _names_an_event(tokens[last]):
        return _place_of_event(reader, piece)
    if all(w in ADJECTIVES or w in _CALENDAR for w in words):
        return []
    if _label_name(reader, piece):
        return [_Span(first, last, "person", "new", reason="a speaker's label names them")]
    if _names_an_arms_treaty([tokens[i] for i in piece]):
        reason = "the short name of an arms control treaty"
        return [_Span(first, last, "agreement", "new", reason=reason)]
    if len(piece) == 1 and tokens[first].acronym:
        if words[0] in _CAPITALISED_WORDS:
            return []
        if _surname_in_capitals(reader, tokens[first]):
            return [_Span(first, last, None, "surname")]  # "STOLTENBERG:" in a transcript
        if _speaker_label(reader, tokens[first]) or reader.in_label(tokens[first]):
            return []  # "PRESENTER:" or "(REPORTER)" in a transcript
        place = known_places().get(tokens[first].key)
        # "UN", "EU": two capitals are a body's initials, not a town of that name ("Un")
        if place and not (len(tokens[first].key) <= 2 and place in ("city", "capital")):
            return [_Span(first, last, "place", "new", reason=_place_reason(place))]
        if _next_word(reader, last) in EQUIPMENT:
            return []  # "AWACS flights": an aircraft's or a weapon's name, or a force's
        if _in_a_lede_in_capitals(reader, first):
            return []  # "RUSSIA BROKE off its contacts": a word of the lede set in capitals
        return [_Span(first, last, "organization", "new", reason="an unknown abbreviation")]
    cue, cue_word = _cue_kind(words)
    if cue:
        if len(piece) == 1:
            return []
        return [_Span(first, last, cue, "new", reason=_cue_reason(cue, cue_word))]
    if place := _hyphenated_place(reader, piece):
        return [place]
    if _compass_region(reader, piece):
        reason = f"“{tokens[first].text}” before a name makes it a region"
        return [_Span(first, last, "place", "new", reason=reason)]
    near = _near_match(reader, piece)
    if near:
        return [near]
    if _surname_shaped(reader, piece):
        return [_Span(first, last, None, "surname", reason="after a title" if after_title else "")]
    if after_title and _person_shaped(tokens, piece):
        return [_Span(first, last, "person", "new", reason="comes after a title")]
    if len(piece) > 1 and _person_shaped(tokens, piece) and not tokens[first].headline:
        return [_Span(first, last, "person", "new")]
    if len(piece) > 1 and tokens[first].acronym and not tokens[piece[1]].acronym:
        # "RAF Typhoons": an abbreviation before words that name nothing alone.
        return _piece(reader, piece[:1], False) + _piece(reader, piece[1:], False)
    return []


def _a_new_person(span):
    """Whether ``span`` may be a person the timeline does not know yet."""
    return span.how in ("new", "surname") and span.kind in (None, "person")


def _in_a_lede_in_capitals(reader, index):
    """Whether the word at ``index`` is in the words in capitals that open a story's lede
    ("RUSSIA BROKE off almost all of its contacts"): two or more opening the sentence, a
    word in lower case after them, and among them a name the timeline writes otherwise
    ("Russia") or a common word ("THE", "WHEN"): capitals of type, no abbreviations."""
    tokens = reader.tokens
    first = index
    while first and tokens[first - 1].acronym and not tokens[first].sentence_start:
        first -= 1
    last = index
    while (
        last + 1 < len(tokens) and tokens[last + 1].acronym and not tokens[last + 1].sentence_start
    ):
        last += 1
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if not tokens[first].sentence_start or last == first or after is None or after.capital:
        return False
    return any(
        tokens[i].word in OPENERS
        or ((span := reader.covered.get(i)) and not span.forms[0].written.isupper())
        for i in range(first, last + 1)
    )


def _hyphenated_place(reader, piece):
    """ "Strasbourg-Kehl", "Baden-Baden": names joined by hyphens, one of them a known
    place's, are one place, not a double-barrelled surname."""
    tokens = reader.tokens
    if len(piece) < 2 or any(
        reader.text[a.end : b.start] not in "-‐‑" for a, b in pairwise(tokens[i] for i in piece)
    ):
        return None
    kinds = [known_places().get(tokens[i].key) for i in piece]
    if not any(kinds):
        return None
    reason = "names joined by hyphens, one of them a place's"
    return _Span(piece[0], piece[-1], "place", "new", reason=reason)


def _surname_in_capitals(reader, token):
    """A known person's surname written in capitals, as transcripts name their speakers."""
    letters = token.text.replace(".", "")
    return (
        len(letters) >= 4
        and letters.isalpha()
        and (token.key in reader.full_names or token.key in reader.gazetteer.surnames)
    )


def _label_name(reader, piece):
    """ "ANNA BERG (REPORTER):": a speaker's label in capitals, of a given name and more."""
    tokens = [reader.tokens[i] for i in piece]
    return (
        1 < len(tokens) <= 4
        and all(t.acronym for t in tokens)
        and reader.in_label(tokens[0])
        and _given_name(reader, tokens[0])
    )


def _speaker_label(reader, token):
    """A word in capitals that starts a line and a colon follows: who speaks, in a
    transcript ("PRESENTER:"), and no abbreviation."""
    line_start = token.start == 0 or reader.text[token.start - 1] == "\n"
    return line_start and reader.text.startswith(":", token.end) and len(token.text) > 4


def _place_of_event(reader, piece):
    """The place an event is named after: "Lisbon" in "the Lisbon Summit"."""
    tokens = reader.tokens
    before = piece[:-1]
    if not before or tokens[piece[-1]].word not in PLACED_EVENTS:
        return []
    place = known_places().get(" ".join(tokens[i].key for i in before))
    if not place or not all(tokens[i].capital for i in before):
        return []
    return [_Span(before[0], before[-1], "place", "new", reason=_place_reason(place))]


def _initials_span(reader, piece, after_title):
    """ "J. Stoltenberg", "S.V. Lavrov": initials and a surname, read as a surname."""
    tokens = reader.tokens
    count = 0
    while count < len(piece) - 1 and _is_initial(reader, piece[count]):
        count += 1
    rest = [tokens[i] for i in piece[count:]]
    if not count or len(rest) > 2 or any(t.acronym or not t.capital for t in rest):
        return None
    initials = "".join(tokens[i].word for i in piece[:count])
    reason = "after a title" if after_title else ""
    return _Span(piece[0], piece[-1], "person", "surname", reason=reason, initials=initials)


def _sea_alone(reader, index):
    """ "over the Atlantic on its way", not "the Atlantic alliance"."""
    tokens = reader.tokens
    if not index or tokens[index - 1].word != "the":
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is None
        or _gap(reader.text, tokens[index], following) != " "
        or following.word in OPENERS | LOCATIVES
    )


def _compass_region(reader, piece):
    """ "Central Asia", "South Ossetia"; not "Central Asian states"."""
    tokens = reader.tokens
    words = [tokens[i] for i in piece]
    return (
        1 < len(words) <= 3
        and words[0].word in COMPASS
        and not words[0].headline
        and all(t.capital and not t.acronym for t in words)
        and not words[-1].word.endswith(("an", "ern", "ese", "ish"))
    )


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
    if role := _title_of_a_body_before(reader, first):
        return role
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
        # "Under Secretary of State": a preposition that is part of the title before it.
        part = previous.capital and previous.word in TITLE_MODIFIERS
        part = part and tokens[start].word in TITLE_HEADS
        if previous.word in OPENERS - {"of", "the"} and not part or previous.word in _CALENDAR:
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


_OF_A_BODY = word_set("to of at in")


def _title_of_a_body_before(reader, first):
    """A title with the body or country it serves, set off by a comma before the name:
    "Russia's ambassador to NATO, Dmitry Rogozin, said", "The Secretary General of NATO,
    Anders Fogh Rasmussen, chaired"."""
    tokens, text = reader.tokens, reader.text
    end = first - 1
    if end < 2 or _gap(text, tokens[end], tokens[first]) != ",":
        return ""
    at = end
    # The bodies it serves, from the last: "… of Russia to NATO" is two.
    for _body in range(2):
        name_end = at
        while at > name_end - 4 and (tokens[at].capital or tokens[at].acronym) and at > 0:
            at -= 1
        at -= tokens[at].word == "the"
        if at in (name_end, 0) or tokens[at].word not in _OF_A_BODY:
            return ""
        if tokens[at - 1].word in TITLE_HEADS:
            break
        at -= 1  # the body before: "of Russia" in "… of Russia to NATO"
    else:
        return ""
    start = at - 1
    while start > 0 and first - start < 10:
        previous = tokens[start - 1]
        if _gap(text, previous, tokens[start]) != " " or previous.word in OPENERS:
            break
        if not (previous.word in TITLE_HEADS | TITLE_MODIFIERS or previous.capital):
            break
        start -= 1
    return text[tokens[start].start : tokens[end].end]


# When an appositive title was or is held: "now", "then", "formerly" before it.
_WHEN_HELD = word_set("now then formerly currently previously later still")


def _role_after(reader, last):
    """An appositive title: "Sergei Lavrov, Russia's foreign minister, said"; or one written
    after the name: "Madeleine Moon MP"."""
    tokens, text = reader.tokens, reader.text
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if following and following.word in POST_NOMINALS and following.acronym:
        return following.text if _gap(text, tokens[last], following) == " " else ""
    if last + 1 >= len(tokens) or _gap(text, tokens[last], tokens[last + 1]) != ",":
        return ""
    end, served = last + 1, False  # served: after a title, the body it serves ("… of the Duma")
    if end + 1 < len(tokens) and tokens[end].word in _WHEN_HELD:
        end += 1  # "Alexander Grushko, now Russia's ambassador to NATO, said"
    opens = end
    while end < len(tokens) and end - last <= 10:
        token = tokens[end]
        served = served or (
            token.word in _OF_A_BODY and tokens[end - 1].word in TITLE_HEADS and end > last + 1
        )
        if not (
            token.word in TITLE_HEADS | TITLE_MODIFIERS | {"of", "the", "a", "an"}
            or token.capital
            or served
        ):
            return ""
        following = tokens[end + 1] if end + 1 < len(tokens) else None
        if following is None or _gap(text, token, following) != " ":
            break
        end += 1
    region = list(range(opens, end + 1))
    while region and tokens[region[0]].word in {"the", "a", "an"}:
        region = region[1:]
    closed = end + 1 < len(tokens) and _gap(text, tokens[end], tokens[end + 1]) == ","
    if not region or not (tokens[region[-1]].word in TITLE_HEADS or (served and closed)):
        return ""
    return text[tokens[region[0]].start : tokens[region[-1]].end]


def _honorific_before(reader, first):
    return first > 0 and reader.tokens[first - 1].word in HONORIFICS | NOBILITY


def _speaks(reader, first, last):
    tokens = reader.tokens
    after = tokens[last + 1].word if last + 1 < len(tokens) else ""
    before = tokens[first - 1].word if first else ""
    # "…, says Lena Haugen": the name after the verb speaks; "Lena Haugen, who runs a
    # centre near Svanvik, says" and "the ministry in Kirkenes said": a place ends the
    # phrase of the one who speaks.
    comma = after and _gap(reader.text, tokens[last], tokens[last + 1]) == ","
    named_after = last + 2 < len(tokens) and reader.is_capital(tokens[last + 2])
    between = reader.text[tokens[last].end : tokens[last + 1].start] if after else ""
    return (
        after in SPEECH_VERBS
        # '"… are coming to Smolensk," says Irina Fomina': the quotation's last word
        and not any(mark in between for mark in '"\u201d\u00bb')
        # "John Warner of Virginia said": a place ends the phrase of the one who speaks;
        # "Russian Railways said": a nationality's word before it makes it a body.
        and before not in LOCATIVES | ADJECTIVES | {"at", "of"}
        and not (comma and named_after)
        and not (first == last and _after_a_determiner(reader, first))
        # "told Finnmarken": whom one tells, a person or an outlet, is no speaker.
        or before in SPEECH_VERBS - {"according", "told", "tells"}
        or before == "to"
        and (first >= 2 and tokens[first - 2].word == "according")
    )


def _after_a_determiner(reader, index):
    """Whether a word follows "the" or "a", lower-case words at most between: "the ranking
    Democrat" is a party's man, no name."""
    for previous in range(index - 1, max(-1, index - 4), -1):
        token = reader.tokens[previous]
        if token.word in ("the", "a", "an"):
            return True
        if token.capital or _gap(reader.text, token, reader.tokens[previous + 1]) != " ":
            return False
    return False


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
            # "the Danish prime minister", "the security council secretary".
            if (
                following.word in TITLE_HEADS | TITLE_MODIFIERS | ADJECTIVES
                or following.acronym
                or following.word in ORGANIZATION_WORDS
                and not following.capital
            ):
                last += 1
                if following.possessive:
                    break
            else:
                break
        if last == index or tokens[last].word not in TITLE_HEADS:
            continue
        last = _country_of(reader, last) or last  # "the President of Russia"
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        joined = after and not tokens[last].possessive and _gap(reader.text, tokens[last], after)
        if joined and (reader.is_capital(after) or after.word == "of"):
            continue  # A title before a name, or "the head of ...": not a bare title.
        spans.append(_Span(index + 1, last, "person", "title"))
    return spans


def _country_of(reader, title):
    """The last token of "of [the] <country>" after a title, or None."""
    tokens, text = reader.tokens, reader.text
    first = title + 2
    if first < len(tokens) and tokens[first].word == "the":
        first += 1
    if first >= len(tokens) or tokens[title + 1].word != "of":
        return None
    if any(_gap(text, tokens[i], tokens[i + 1]) != " " for i in range(title, first)):
        return None
    key = ""
    for last in range(first, min(first + 3, len(tokens))):
        if last > first and _gap(text, tokens[last - 1], tokens[last]) != " ":
            break
        key = f"{key} {tokens[last].key}".strip()
        if tokens[last].capital and (
            known_places().get(key) == "country" or frozenset(key.split()) in _COUNTRY_NAMES
        ):
            return last
    return None


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
        self.titled: _Person | None = None  # whom the last bare title stood for

    def introduce(self, slug, name, role):
        person = next((p for p in self.named if (p.slug, p.name) == (slug, name)), None)
        if person is None and slug is None:
            # "Lindqvist said ..." before "Maria Lindqvist": the same new person.
            surnames = surname_keys(name)
            person = next(
                (p for p in self.named if not p.slug and name_key(p.name) in surnames), None
            )
            if person:
                person.name, person.surnames = name, person.surnames | surnames
        if person is None:
            person = _Person(slug, name, surname_keys(name))
            record = self.gazetteer.records.get(("person", slug))
            if record:
                person.roles += self.gazetteer.role_words(record)
                person.surnames |= {k for k, rs in self.gazetteer.surnames.items() if record in rs}
        else:
            self.named.remove(person)
        if role:
            person.roles.append(role_key(role))
        self.named.append(person)
        return person

    def by_surname(self, key):
        return [p for p in self.named if key in p.surnames]

    def by_given_name(self, key):
        return [p for p in self.named if fold_word(p.name.split()[0]) == key]

    def initials_fit(self, person, initials):
        record = self.gazetteer.records.get(("person", person.slug))
        if record:
            return self.gazetteer.initials_fit(record, initials)
        given = "".join(plain(word)[:1] for word in person.name.split()[:-1])
        return given.startswith(initials)

    def roles_of(self, candidate):
        if isinstance(candidate, _Person):
            return candidate.roles
        return self.gazetteer.role_words(candidate)


def _fits(title, roles):
    """Whether a title ("Defence Minister", "the NATO chief") fits one of someone's roles."""
    words = role_key(title) - {"the", "of", fold_word("mr")}
    core = {w for w in words if w in _TITLE_CORE}
    if not core:
        return False
    # "the Turkish President" is no President of Russia; "the President of Russia" is.
    nations = _nations(words)
    theirs = set().union(*(_nations(role) for role in roles))
    if nations and theirs and not nations & theirs:
        return False
    if not core <= _GENERIC_HEADS:
        return any(
            all(_holds(role, w) for w in core) and _whole_titles(core, role) for role in roles
        )
    wanted = words - _GENERIC_HEADS - _ADJECTIVE_KEYS
    if not wanted and nations and fold_word("leader") in words:
        # "the Russian leader": the country's president or head of government.
        return any(
            role & _HEADS_OF_STATE and not role & _SECONDS and _nations(role) & nations
            for role in roles
        )
    # "the NATO chief": someone who leads NATO, not NATO's ambassador.
    return bool(wanted) and any(wanted <= role and role & _LEADING for role in roles)


def _whole_titles(core, role):
    """Whether a title names none of a role's two-word titles by half: "the Secretary" is no
    Secretary General, though "the Secretary General" and "the minister" fit theirs."""
    return all(not title & core or title <= core for title in _TWO_WORD_TITLES if title <= role)


def _nations(words):
    """The nationalities a title's or role's words name: "russian" for "Russian" and for
    "of the Russian Federation"."""
    return {
        nation for word in words for nation, name in _NATION_NAMES.get(word, ()) if name <= words
    }


def _holds(role, word):
    """Whether a role has a title word, or one meaning the same ("envoy", "ambassador")."""
    return word in role or any(word in same and role & same for same in _SAME_TITLES)


_SAME_TITLES = [
    {fold_word(w) for w in word_set(group)}
    for group in (
        "envoy ambassador representative",
        "spokesman spokeswoman spokesperson",
        "chief head leader",
        "adviser advisor aide",
    )
]


def _by_word(nationalities):
    """Each word of a nationality or of its country's names, with the nationality and the
    name's words."""
    index = {}
    for nation, countries in nationalities.items():
        for name in (nation, *countries):
            key = frozenset(name_key(name).split())
            for word in key:
                index.setdefault(word, []).append((nation, key))
    return index


_NATION_NAMES = _by_word(NATIONALITIES)
_COUNTRY_NAMES = {
    frozenset(name_key(name).split()) for names in NATIONALITIES.values() for name in names
}
_TWO_WORD_TITLES = [
    {fold_word(w) for w in pair.split()} for pair in ("secretary general", "director general")
]
_HEADS_OF_STATE = {fold_word(w) for w in word_set("president prime premier chancellor king")}
_SECONDS = {fold_word(w) for w in word_set("vice deputy assistant")}
_TITLE_CORE = {fold_word(w) for w in (TITLE_HEADS | TITLE_MODIFIERS) - ADJECTIVES - {"nato"}}
# Not "official": "the NATO official said" is someone unnamed, not the alliance's head.
_GENERIC_HEADS = {fold_word(w) for w in ("chief", "head", "leader", "top", "senior")}
_ADJECTIVE_KEYS = {fold_word(w) for w in ADJECTIVES}
_LEADING = {
    fold_word(w)
    for w in word_set("general president chairman chair head director commander leader")
}


# --- Reading the article -----------------------------------------------------------------------


def find_mentions(text: str, gazetteer: Gazetteer, published=None) -> list[Mention]:
    """Every person, place, organization and agreement ``text`` names, in text order.

    With ``published`` (the article's date), a title alone is linked by its role only to
    someone the timeline knows at that date. Russian copy is read by ``entities_ru``, which
    matches names in any grammatical case."""
    if is_russian(text):
        mentions = _no_ships(text, find_mentions_ru(text, gazetteer))
        return _named_as_written(_with_states_by_their_side(text, gazetteer, mentions))
    reader = _Reader(text, gazetteer, published)
    spans = _spans(reader)
    people = _People(gazetteer)
    abbreviations = _abbreviations(reader, spans)
    mentions = []
    for span in spans:
        mention = _resolve(reader, span, people, abbreviations)
        if mention:
            mentions.append(mention)
    mentions = _no_ships(text, mentions)
    return _named_as_written(_fullest_names(_with_states_by_their_side(text, gazetteer, mentions)))


# Ships' names in quotation marks after a word for a ship: "the frigates "Admiral Levchenko"
# and "Severomorsk"", «корабли «Михаил Рудницкий» и «Адмирал Левченко»».
_QUOTED_NAME = r"[\"\u201c\u201e\u00ab][^\"\u201c\u201d\u201e\u00ab\u00bb\n]{1,60}[\"\u201d\u00bb]"
_SHIPS_NAMED = re.compile(
    r"(?i:\b(?:submarines?|(?:war)?ships?|cruisers?|destroyers?|frigates?|corvettes?|carriers?|"
    r"icebreakers?|tankers?|vessels?|flagship|корабл\w*|крейсер\w*|фрегат\w*|эсмин\w*|"
    r"корвет\w*|ледокол\w*|танкер\w*|авианос\w*|тральщик\w*|подлод\w*|лод(?:ка|ки|ку|кой)|"
    r"суд(?:но|на|ну|ов|ами)|БПК|СКР))"
    rf"\s+(?P<names>{_QUOTED_NAME}(?:\s*(?:,|and|и)\s*{_QUOTED_NAME})*)"
)


def _no_ships(text, mentions):
    """``mentions`` but those naming a ship: no person, body or place of the timeline."""
    ships = [match.span("names") for match in _SHIPS_NAMED.finditer(text)]
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in ships)]


# The Russian adjectives' stems, as the nationalities they are (NATIONALITIES).
_RU_NATIONS = {stem: nation for stem, (nation, _genitive) in STATE_ADJECTIVES.items()}

# Who speaks or acts for a state, named by its nationality: "the Russian side proposed",
# "Russian diplomats said", «российская сторона предложила», «американские дипломаты».
_SIDE = re.compile(
    r"\b(?P<nation>[A-Z][a-z]+)\s+(?i:side|delegation|government|authorities|leadership|"
    r"diplomats|negotiators|officials|envoys|military|ministry|embassy)\b"
    rf"|(?<![\w-])(?P<ru>(?i:{'|'.join(_RU_NATIONS)})[а-яё]*)\s+(?:сторон|делегаци|дипломат|"
    r"власт|руководств|переговорщик|военн|посольств|правительств)[а-яё]*"
)


def _with_states_by_their_side(text, gazetteer, mentions):
    """``mentions`` and, in text order among them, the states a nationality and a word for
    their side stand for ("the Russian side"), each as a mention of the state's record if
    the timeline has one, unless the words are part of a name found ("Russian Military
    Liaison Office")."""
    found = []
    for match in _SIDE.finditer(text):
        group = "nation" if match.group("nation") else "ru"
        written = match.group(group)
        start, end = match.span(group)
        nation = written.lower()
        if group == "ru":
            nation = next(n for stem, n in _RU_NATIONS.items() if nation.startswith(stem))
        names = NATIONALITIES.get(nation, ())
        if not names or any(m.start < end and start < m.end for m in mentions):
            continue
        forms = next((f for name in names if (f := gazetteer.forms.get(name_key(name)))), None)
        if forms:
            record = forms[0].record
            reason = f"“{written}” of its side: the state “{record.name}”"
            found.append(Mention(record.kind, written, start, end, record.slug, reason))
    return sorted([*mentions, *found], key=lambda mention: mention.start)


def _named_as_written(mentions):
    """``mentions``, each that no record matches named: an ambiguous "Ivanov", which the
    editor links to one of its candidates, is created, if at all, as written."""
    return [m if m.slug or m.proposed_name else replace(m, proposed_name=m.text) for m in mentions]


def _spans(reader):
    spans, in_runs = [], set()
    for run in _runs(reader):
        in_runs.update(run)
        found = _read_run(reader, run)
        if _names_an_operation(reader, run):
            found = [s for s in found if s.how != "new"]  # no new body's or place's name
        elif _before_an_operation(reader, run):
            # "the Steadfast Jazz exercise" names no one; "the Northern Fleet exercise" may
            # name the body that holds it.
            found = [
                s for s in found if s.how in ("known", "near") or s.kind not in (None, "person")
            ]
        spans += found
    spans += [m for m in reader.matches if not in_runs & set(range(m.first, m.last + 1))]
    spans += _title_only_spans(reader)
    spans = _deduplicated(spans)
    surnames = {key for s in spans if s.kind == "person" for key in _span_surnames(reader, s)}
    # "President Clinton": one word after a title is a surname, though its kind is not settled
    surnames |= {
        reader.tokens[s.first].key
        for s in spans
        if s.kind is None and s.first == s.last and _role_before(reader, s.first)
    }
    settled = (_settle_kind(reader, s, surnames) for s in spans)
    spans = [
        s
        for s in settled
        if s
        and not _no_person(reader, s)
        and not _owned_body(reader, s)
        and not _names_a_body(reader, s)
    ]
    ends = {s.last for s in spans if s.kind == "person"}
    return [s for s in spans if not (s.how == "new" and _note_on_a_person(reader, s, ends))]


# Words that name a military exercise or operation before its name.
OPERATIONS = word_set("operation operations exercise exercises drill drills")


def _names_an_operation(reader, run):
    """Whether a run is the name of an exercise or an operation: "Operation Clean Sea",
    "Exercise Northern Guard", "the exercise Cooperative Union"."""
    tokens = reader.tokens
    first = tokens[run[0]]
    if first.word in OPERATIONS and first.capital and len(run) > 1:
        return True
    before = tokens[run[0] - 1] if run[0] else None
    return (
        before is not None
        and before.word in OPERATIONS
        and not before.capital
        and _gap(reader.text, before, first) == " "
    )


def _before_an_operation(reader, run):
    """Whether an exercise's or an operation's word follows a run: "the Zapad exercises"."""
    following = reader.tokens[run[-1] + 1] if run[-1] + 1 < len(reader.tokens) else None
    return (
        following is not None
        and following.word in OPERATIONS
        and not following.capital
        and _gap(reader.text, reader.tokens[run[-1]], following) == " "
    )


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
        return {key for f in span.forms for key in surname_keys(f.record.name)}
    if span.last > span.first:
        return surname_keys(_span_text(reader, span))
    return set()


def _span_text(reader, span):
    return _text_of(reader, span.first, span.last)


_TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS
_PLURAL_TITLES = frozenset(word + "s" for word in TITLE_HEADS)
_REGION_KINDS = ("continent", "country", "region", *LISTED_PLACES)


def _no_person(reader, span):
    """A new "person" that is a title's words or their plural ("Ministers", "Foreign
    Ministers"), or the region a title ends in ("Supreme Allied Commander Europe")."""
    if span.kind != "person" or span.how not in ("new", "surname"):
        return False
    tokens, first = reader.tokens, span.first
    words = [tokens[i].word for i in range(first, span.last + 1)]
    if words == [tokens[first].word] and words[0] in PRONOUNS:
        return True
    written = reader.text[tokens[first].start : tokens[span.last].end]
    if _PARTY_AND_STATE.fullmatch(written):
        return True  # "Rep. Adam Smith, D-Wash., said"
    after_a_comma = reader.text[: tokens[first].start].endswith(", ")
    if words == [tokens[first].word] and words[0] in US_STATES and after_a_comma:
        return True  # "of Macon, Ga., said": the state of the place before
    if words[-1] in _PLURAL_TITLES and all(w in _TITLE_WORDS | _PLURAL_TITLES for w in words):
        return True
    if all(w in FORMS_OF_ADDRESS for w in words):
        return True  # "the right hon. Gentleman"
    key = " ".join(tokens[i].key for i in range(first, span.last + 1))
    return (
        first > 0
        and tokens[first - 1].word in TITLE_HEADS
        and tokens[first - 1].capital
        and _gap(reader.text, tokens[first - 1], tokens[first]) == " "
        and known_places().get(key) in _REGION_KINDS
    )


# A lawmaker's party and state after the name: "D-Wash", "R-Okla".
_PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z][a-z]{1,4}")
# The states of the United States as news agencies shorten them after a place ("Macon,
# Ga."), but those that are words of their own ("Me", "Ore", "Miss", "Mass", "Wash").
US_STATES = word_set(
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mich minn mo mont neb "
    "nev okla pa tenn tex vt va wis wyo"
)


# The people a body is made of, named by it: "Members of the Council", "Delegates of the
# Assembly".
MEMBERSHIP = word_set(
    "member members delegate delegates delegation participants staffers employees personnel"
)
# How a parliament's members name one another: "the hon. Member for Devizes", "my right
# hon. Friend".
FORMS_OF_ADDRESS = word_set("gentleman gentlemen lady ladies member members friend friends")


_BRACKETED = re.compile(r"(?:\([^()\n]*\)\s*)*\($")


def _note_on_a_person(reader, span, person_ends):
    """ "Mr. Michael Ancram (Devizes) (Con)": a new name in brackets straight after a
    person's name (a member's constituency, party or job) is about them, no participant."""
    tokens = reader.tokens
    start, end = tokens[span.first].start, tokens[span.last].end
    if not reader.text.startswith(")", end):
        return False
    brackets = _BRACKETED.search(reader.text, 0, start)
    if not brackets or span.first == 0:
        return False
    before = reader.text[: brackets.start()].rstrip()
    owner = max((i for i in person_ends if tokens[i].end <= len(before)), default=None)
    return owner is not None and tokens[owner].end == len(before)


def _owned_body(reader, span):
    """ "the OSCE held its regular Permanent Council": a body the text says is another's
    ("its", "their") is that one's part, no new organization of its own. Not after a noun
    and a preposition: "its participation in the Permanent Joint Council" owns the taking
    part, not the body."""
    if span.kind != "organization" or span.how != "new":
        return False
    tokens, index = reader.tokens, span.first - 1
    while index >= 0 and not tokens[index].capital and tokens[index].word not in OWNERS:
        if (
            _gap(reader.text, tokens[index], tokens[index + 1]) != " "
            or span.first - index > 3
            or tokens[index].word in DETERMINERS | CONNECTORS | LOCATIVES | {"to", "at", "with"}
        ):
            return False
        index -= 1
    return index >= 0 and tokens[index].word in OWNERS


OWNERS = word_set("its their")
WATERS = word_set("sea seas ocean")


def _names_a_body(reader, span):
    """ "the North Atlantic alliance", "the Black Sea fleet": a sea's or a region's name
    before a body's word in lower case qualifies the body, which it names; it is no place
    the text is about (unlike a city's: "the Moscow office")."""
    if span.kind != "place" or not span.first:
        return False
    tokens = reader.tokens
    words = [tokens[i].word for i in range(span.first, span.last + 1)]
    if not (words[0] in COMPASS | SEAS or words[-1] in WATERS):
        return False
    following = tokens[span.last + 1] if span.last + 1 < len(tokens) else None
    return (
        tokens[span.first - 1].word in DETERMINERS
        and following is not None
        and not following.capital
        and following.word in ORGANIZATION_WORDS
        and _gap(reader.text, tokens[span.last], following) == " "
    )


# What a leader's surname before it names: his or her time in office.
ERAS = word_set("administration administrations presidency era")


def _heads_an_era(reader, last):
    """Whether the word after ``last`` is an ``ERAS`` noun ("the Bush administration")."""
    following = reader.tokens[last + 1] if last + 1 < len(reader.tokens) else None
    return following is not None and following.word in ERAS and not following.capital


def _settle_kind(reader, span, article_surnames):
    """Decide what a single capitalised word names, now the whole article is read."""
    if _time_zone(reader, span):
        return None
    if _vessel(reader, span):
        return None
    if span.how != "known" and span.first == span.last and _heads_an_era(reader, span.last):
        return None  # "the Bush administration's plan": whose term, no place
    if span.how in ("new", "surname") and span.kind in (None, "person") and _employer(reader, span):
        span.kind, span.how = "organization", "new"
        span.reason = f"where someone works: after “{reader.tokens[span.first - 2].text} at”"
        return span
    if span.how == "new" and span.kind in (None, "person") and _meeting_place(reader, span):
        span.kind, span.how = "place", "new"
        at = reader.tokens[span.first - 1]
        before = f"{reader.tokens[span.first - 2].text} " if not at.sentence_start else ""
        span.reason = f"follows “{before}{at.text}”"
        return span
    if (
        span.how in ("new", "surname")
        and span.kind in (None, "person")
        and _between_places(reader, span, article_surnames)
    ):
        span.kind, span.how = "place", "new"
        after = reader.tokens[span.last + 1]
        span.reason = f"between “{reader.tokens[span.first - 1].text}” and “{after.text}” a place"
        return span
    if _surname_not_a_town(reader, span, article_surnames):
        span.kind, span.how = "person", "surname"
        span.reason = "the surname of a person the article names, not the town so named"
        return span
    if span.kind is not None:
        if span.kind == "person" and span.how in ("new", "known", "near", "surname"):
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
    # "met Robertson", "Rasmussen, who": where a person stands, a town's name is a surname.
    placed = places.get(key) not in (None, "city") or _after_locative(reader, first, last)
    positioned = not placed and _person_position(reader, first, last)
    if (
        bare_key in article_surnames
        or bare_key in reader.gazetteer.surnames
        and (titled or positioned or not places.get(key))
    ):
        span.kind = "person"
        return span
    # "Rogosin" after "Dmitry Rogozin": the same surname transliterated otherwise.
    if first == last and not places.get(key):
        span.spelt_as = spelling_variant(bare_key, article_surnames)
        if span.spelt_as:
            span.kind = "person"
            return span
    if token.word in NEWS_AGENCIES and not places.get(key):
        span.kind, span.how, span.reason = "organization", "new", "a news organization"
        return span
    if _addressed(reader, first, last):
        return None
    if first == last and token.word in MONTHS | WEEKDAYS and not titled:
        return None  # "met in May in Brussels": a month, no person or place of its own
    if first == last and not placed and _office_holder(bare_key, span.role, reader.published):
        span.kind = "person"  # "Biden and Putin spoke": the surname of one in office then
        return span
    if positioned and (not _opens(token) or _surname_at_start(reader, first, last)):
        span.kind, span.how, span.reason = "person", "new", positioned
        return span
    # A capital that only opens a sentence or a quotation ("Officials said") names nothing
    # we can tell, but a country's or its capital's does ("Ankara scrambled jets": its
    # government). "Washington's plan": a place's possessive names it even at the start.
    if (
        _opens(token)
        and token.key not in reader.known_capitals
        and places.get(key) not in ("country", "capital")
        and not (reader.tokens[last].possessive and places.get(key))
    ):
        return None
    if first == last and token.word in _NO_TOWN and places.get(key) == "city":
        return None  # "So does Finland", "Central and Eastern Europe": no town of that name
    if places.get(key) and not titled:
        span.kind, span.how, span.reason = "place", "new", _place_reason(places[key])
        return span
    if token.word in NEWS_AGENCIES or _next_word(reader, last) in MEDIA_NOUNS:
        span.kind, span.how, span.reason = "organization", "new", "a news organization"
        return span
    if titled or _speaks(reader, first, last):
        span.kind, span.how = "person", "new"
        return span
    visited = _visited(reader, first, last)
    if (_after_locative(reader, first, last) or visited) and token.word not in _NO_PLACE:
        span.kind, span.how, span.reason = (
            "place",
            "new",
            f"follows “{reader.tokens[first - 1].text}”",
        )
        return span
    return None


VISITS = word_set("visited visiting visits toured touring")
# The members of an alliance, capitalised as NATO's own copy writes them: "calls from Allies".
ALLIES = word_set("allies ally partners")
# Words a small town may be named but copy never means one by: "So does Finland", "Central
# and Eastern Europe"; nor a place by what follows "from" or "in": "calls from Allies".
_NO_TOWN = _CAPITALISED_WORDS | COMPASS
_NO_PLACE = ADJECTIVES | ALLIES


def _visited(reader, first, last):
    """ "the ship visited Vardø last week": a name that is not a person's after a visit's
    verb is the place visited."""
    tokens = reader.tokens
    if first == 0 or tokens[first - 1].word not in VISITS or tokens[first].sentence_start:
        return False
    if _given_name(reader, tokens[first]) or tokens[last].word.endswith(SURNAME_ENDINGS):
        return False
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return following is None or not following.capital


# Words before "at" that make the name after it where people meet or something is done:
# "talks at Pratica di Mare", "signed at Rambouillet", "founded at", "set up at".
GATHERINGS = word_set(
    "meet meets met meeting meetings talks summit conference gathered gather convened "
    "convene held hold holds signed sign signs ceremony founded established created "
    "inaugurated opened launched concluded agreed adopted"
)
# Verbs of two words before "at": "set up at", "drawn up at".
_GATHERING_PHRASES = frozenset((("set", "up"), ("drawn", "up"), ("drew", "up"), ("sets", "up")))
# Vessels, which news copy names as "the Kursk" or "the submarine Kursk": no place, whatever
# town shares the name.
VESSELS = word_set(
    "submarine submarines ship warship cruiser destroyer frigate corvette carrier "
    "icebreaker tanker vessel boat flagship"
)
# Navies' prefixes to a ship's name: "HMS Daring", "KV Harstad".
SHIP_PREFIXES = frozenset(("HMS", "USS", "USNS", "KV", "RFS", "HNoMS", "HNLMS", "FGS", "ORP"))
# Cities written with "the".
_CITIES_WITH_THE = word_set("hague vatican")


# Those who work somewhere, which "at" after them names: "an executive at Maersk".
WORKERS = word_set(
    "executive executives analyst analysts researcher researchers fellow fellows economist "
    "economists professor professors lecturer engineer engineers employee employees manager "
    "managers director directors lawyer lawyers scholar scholars expert experts staff"
)


def _employer(reader, span):
    """ "an executive at Maersk", "a fellow at Chatham House": whom one works for, no
    place, unless it is a country's name."""
    tokens, first = reader.tokens, span.first
    if first < 2 or tokens[first - 1].word != "at" or tokens[first - 2].word not in WORKERS:
        return False
    key = " ".join(t.key for t in tokens[first : span.last + 1])
    return known_places().get(key) != "country" and not span.role


def _meeting_place(reader, span):
    """ "Leaders meet at Pratica di Mare", "At Pratica di Mare in 2002, …": a name no one
    is given a title in, after a gathering's "at" or an "at" opening the sentence, is a
    place."""
    tokens, first = reader.tokens, span.first
    if first < 1 or tokens[first - 1].word != "at":
        return False
    opening = tokens[first - 1].sentence_start  # "At Pratica di Mare in 2002, the allies …"
    phrase = tuple(t.word for t in tokens[max(first - 3, 0) : first - 1])
    if not opening and (
        first < 2 or tokens[first - 2].word not in GATHERINGS and phrase not in _GATHERING_PHRASES
    ):
        return False
    if span.role or _honorific_before(reader, first) or tokens[span.last].possessive:
        return False  # "At Lavrov's request"
    return opening or _gap(reader.text, tokens[first - 2], tokens[first - 1]) == " "


def _surname_not_a_town(reader, span, article_surnames):
    """Whether a new place's one word, a town's name, is the surname of a person the article
    names ("President Clinton hailed …; Yeltsin and Clinton set …"), where it stands after
    no word of place ("in Clinton")."""
    key = reader.tokens[span.first].key
    return (
        span.kind == "place"
        and span.how == "new"
        and span.first == span.last
        and key in article_surnames
        and known_places().get(key) == "city"
        and (span.first == 0 or reader.tokens[span.first - 1].word not in LOCATIVES | {"at", "to"})
    )


def _between_places(reader, span, article_surnames):
    """ "at Pratica di Mare near Rome", "at Kananaskis in Alberta": a name after "at" or "in"
    that another place's "near" or "in" follows is a place, where no title or honorific
    makes it a person, nor is it someone's surname."""
    tokens, first, last = reader.tokens, span.first, span.last
    if first == 0 or tokens[first - 1].word not in ("at", "in") or last + 2 >= len(tokens):
        return False
    key = " ".join(t.key for t in tokens[first : last + 1])
    if key in article_surnames or key in reader.gazetteer.surnames:
        return False
    if any(t.word in MONTHS | WEEKDAYS for t in tokens[first : last + 1]):
        return False  # "met in May in Brussels"
    locative, place = tokens[last + 1], tokens[last + 2]
    if locative.word not in ("near", "in") or not place.capital or place.calendar:
        return False
    if span.role or _honorific_before(reader, first) or tokens[last].possessive:
        return False
    return all(
        _gap(reader.text, a, b) == " " for a, b in ((tokens[last], locative), (locative, place))
    )


def _vessel(reader, span):
    """ "the submarine Kursk", "the loss of the Kursk": a ship's name. A city is never
    written with "the" ("the Hague" aside), a ship is."""
    tokens, first = reader.tokens, span.first
    if span.how != "new" and span.kind is not None or first == 0:
        return False
    before = tokens[first - 1]
    if _gap(reader.text, before, tokens[first]) != " ":
        return False
    if before.word in VESSELS or before.text in SHIP_PREFIXES:
        return True
    key = " ".join(t.key for t in tokens[first : span.last + 1])
    city = known_places().get(key) == "city" and key not in _CITIES_WITH_THE
    if before.word != "the" or before.capital or not city:
        return False
    # "the Moscow office", "the Porto Summit": a city's name before a noun says where.
    following = tokens[span.last + 1] if span.last + 1 < len(tokens) else None
    joined = following and _gap(reader.text, tokens[span.last], following) == " "
    return not joined or following.word in OPENERS and not following.capital


# Words after a name that make it a person's: "Robertson met", "Rogozin, speaking".
MEETING_VERBS = word_set("met meet meets meeting telephoned phoned thanked congratulated")
DETERMINERS = word_set("the a an this its their")
# Words before "to" whose object is who is spoken to: "picked up the phone to Bush".
ADDRESSING = word_set(
    "phone telephone call calls called spoke speak speaks talk talked talks talking wrote "
    "write writes letter message appeal appealed"
)
_APPOSED_PERSON = word_set("who whose speaking")
_REPORTED = word_set("thought believed understood expected said reported alleged rumoured")


def _person_position(reader, first, last):
    """Why a name stands where only a person does ("met Rice", "Rasmussen, who took office",
    "Primakov is thought to have"), or ""."""
    tokens, text = reader.tokens, reader.text
    following = tokens[last + 1 : last + 4]
    gap = _gap(text, tokens[last], following[0]) if following else None
    before = [t.word for t in tokens[max(first - 2, 0) : first]]
    if _speaks(reader, first, last):
        return "quoted or reported as speaking"
    if gap == "," and following[0].word in _APPOSED_PERSON:
        return f"“{following[0].text}” follows the name, as it does a person's"
    # "the Lisbon meeting": after a determiner the name is a noun's modifier, no subject.
    if gap == " " and following[0].word in MEETING_VERBS and not set(before[-1:]) & DETERMINERS:
        return f"“{following[0].text}” follows the name, as it does a person's"
    words = [t.word for t in following]
    if len(words) == 3 and words[0] in ("is", "was") and words[1] in _REPORTED:
        return f"“{following[0].text} {following[1].text}” follows the name"
    # "met Rice", but not "after the meeting. Foreign ministers": the verb must run into it.
    joined = first > 0 and _gap(text, tokens[first - 1], tokens[first]) == " "
    if joined and (before[-1] in MEETING_VERBS or before == ["met", "with"]):
        return f"after “{' '.join(before[-2:] if before[-1] == 'with' else before[-1:])}”"
    # "the phone to Bush": a small town's name is a surname there, a large city's is not
    # ("a letter to Tbilisi" is to its government).
    key = " ".join(t.key for t in tokens[first : last + 1])
    if len(before) == 2 and before[0] in ADDRESSING and before[1] == "to":
        return "" if key in city_names() else f"after “{' '.join(before)}”"
    return ""


def _addressed(reader, first, last):
    """ "Kate, it goes a long way", "He said, Kate, that": a given name alone, set off by
    commas, names whom a speaker turns to, no one who takes part."""
    tokens = reader.tokens
    if first != last or not _given_name(reader, tokens[first]):
        return False
    after = _gap(reader.text, tokens[last], tokens[last + 1]) if last + 1 < len(tokens) else None
    before = _gap(reader.text, tokens[first - 1], tokens[first]) if first else None
    opens = tokens[first].sentence_start or tokens[first].after_colon
    return before == "," and after in (",", None) or opens and after == ","


def _surname_at_start(reader, first, last):
    """Whether a word that opens its sentence or a quotation is a name, not a plural noun
    ("Officials, who") nor a word the article writes in lower case elsewhere ("Perhaps")."""
    tokens = reader.tokens
    word = tokens[first].word
    return first == last and (
        tokens[first].key in reader.known_capitals
        or word.endswith(SURNAME_ENDINGS)
        or not word.endswith(("s", "ly", "ed", "ing", "ers"))
        and word not in reader.lower_case_words | OPENERS
    )


def _opens(token):
    """Whether a word is capitalised because it opens a sentence, a quotation or a colon's
    clause, whatever it names."""
    return token.sentence_start or token.after_colon or token.quote_start


def _time_zone(reader, span):
    """ "at 1400 Moscow time": a city before "time", after a clock time, names a time zone."""
    tokens = reader.tokens
    if _next_word(reader, span.last) != "time" or span.kind in ("person", "agreement"):
        return False
    before = reader.text[: tokens[span.first].start]
    return bool(re.search(r"(?:\d|\b[ap]\.?m\.?)\s*$", before, re.IGNORECASE))


def _seat_of_government(reader, first, last):
    """A building or street a government sits in (``SEATS_OF_GOVERNMENT``): the place
    where something is done there ("signed at the Elysee Palace", "outside the White
    House"), else the government that speaks or acts ("the White House said")."""
    before = [t.word for t in reader.tokens[max(first - 2, 0) : first]]
    if before[-1:] == ["the"]:
        before = before[:-1]
    if before and before[-1] in LOCATIVES | {"at", "on"}:
        reason = f"where something is done: “{before[-1]}” is before it"
        return _Span(first, last, "place", "new", reason=reason)
    reason = f"“{_text_of(reader, first, last)}” names the government that sits there"
    return _Span(first, last, "organization", "new", reason=reason)


def _after_locative(reader, first, last):
    """ "in Tbilisi on Monday", "the council in Kirkenes said", but not "in Mediterranean
    patrols"."""
    tokens = reader.tokens
    if first == 0 or tokens[first - 1].word not in LOCATIVES or tokens[first].sentence_start:
        return False  # "… in 2006. Primakov is thought": the sentence before ends in "in"
    if any(c.isdigit() for c in reader.text[tokens[first - 1].end : tokens[first].start]):
        return False  # "from 45 Commando", "in 2006 Primakov": a unit's number, a year
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return (
        following is None
        or following.word in OPENERS | SPEECH_VERBS
        or _gap(reader.text, tokens[last], following) != " "
    )


def _next_word(reader, last):
    return reader.tokens[last + 1].word if last + 1 < len(reader.tokens) else ""


def _person_evidence(reader, span):
    """Whether a new two-to-five-word name is a person's, not a phrase in capitals."""
    tokens = reader.tokens
    first, last = span.first, span.last
    if span.role or span.reason or _honorific_before(reader, first):
        return True
    if _given_name(reader, tokens[first]) or tokens[first].word in NOBILITY:
        return True
    if _a_things_name(reader, first, last):
        return False  # what it is is unclear: better nothing than a person
    if _speaks(reader, first, last):
        # "told Ekho Moskvy": who is told may be a radio station or a newspaper.
        return first == 0 or tokens[first - 1].word not in TOLD
    if tokens[last].key in reader.gazetteer.surnames:
        return True
    key = " ".join(tokens[i].key for i in range(first, last + 1))
    if _person_position(reader, first, last) and not known_places().get(key):
        return True  # "met Ingrid Solberg", "Ingrid Solberg, who"
    if _described_after(reader, last) or _surname_shaped_word(tokens[first], tokens[last]):
        return not known_places().get(" ".join(tokens[i].key for i in range(first, last + 1)))
    words = [tokens[i] for i in range(first, last + 1)]
    if any(t.word in PARTICLES or len(t.word) == 1 for t in words):
        return True
    if _paired_with_a_person(reader, first, last):
        return True
    surname = words[-1].key
    # The article names them again by surname alone; a small town's name may be a surname
    # ("Wendy Sherman"), a country's or a region's is not.
    again = [t for t in tokens[:first] + tokens[last + 1 :] if t.capital and t.key == surname]
    whole = " ".join(t.key for t in words)
    places = known_places()
    return bool(again) and places.get(surname) in (None, "city") and not places.get(whole)


# Verbs after which the one told or asked stands, as likely a newspaper as a person.
TOLD = word_set("told tells asked")


# A year right after a name, which it ends: "Noble Partner 2020", "Trident Juncture-2018".
_A_YEAR_AFTER = re.compile(r"[\s-](?:19|20)\d\d\b")


def _a_things_name(reader, first, last):
    """Whether capitalised words name a thing, not a person: a word of theirs says so
    ("Membership Action Plan"), or the article writes them, here or elsewhere, after an
    article ("offer Georgia an Intensified Dialogue", then "Intensified Dialogue is …"),
    before a made thing's noun ("the Aegis Ashore site") or with such a word ("Operation
    Active Endeavour", then "Active Endeavour")."""
    tokens = reader.tokens
    if any(tokens[i].word in THINGS for i in range(first, last + 1)):
        return True
    if _A_YEAR_AFTER.match(reader.text, tokens[last].end):
        return True  # "Noble Partner 2020": an exercise's, a summit's name and its year
    keys = [t.key for t in tokens[first : last + 1]]
    count = len(keys)
    for index in range(len(tokens) - count + 1):
        if [t.key for t in tokens[index : index + count]] != keys:
            continue
        if _made_things_after(reader, index + count - 1):
            return True  # "the second Aegis Ashore site", "the Aegis Ashore software"
        if index and tokens[index - 1].word in ("a", "an", "the"):
            return True  # "offer Georgia an Intensified Dialogue": no person is "an" X
        if index == first:
            continue
        # (the word next to it, its own word that neighbour touches)
        neighbours = ((index - 1, index), (index + count, index + count - 1))
        if any(_thing_word_next(reader, *pair) for pair in neighbours):
            return True
    return False


# Made things a name in capitals may qualify, as no person's name does: "the Aegis Ashore
# site", "the Patriot batteries".
_MADE_THINGS = EQUIPMENT | word_set(
    "site sites software facility facilities programme programs program project projects "
    "plant complex shield interceptor interceptors battery batteries test tests"
)


def _made_things_after(reader, last):
    """Whether a made thing's noun in lower case follows the name ending at ``last``."""
    tokens = reader.tokens
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return bool(
        following
        and not following.capital
        and following.word in _MADE_THINGS
        and _gap(reader.text, tokens[last], following) == " "
    )


def _thing_word_next(reader, neighbour, own):
    """Whether the word at ``neighbour``, joined to the name's word at ``own``, is a thing's
    word in capitals ("Operation")."""
    tokens = reader.tokens
    if not 0 <= neighbour < len(tokens):
        return False
    word = tokens[neighbour]
    pair = sorted((neighbour, own))
    joined = _gap(reader.text, tokens[pair[0]], tokens[pair[1]]) == " "
    return joined and word.capital and word.word in THINGS


def _paired_with_a_person(reader, first, last):
    """ "Wendy Sherman and Sergei Ryabkov": a name joined by "and" to a person's, which
    begins with a given name."""
    tokens = reader.tokens
    if last + 2 < len(tokens) and tokens[last + 1].word == "and":
        after = tokens[last + 2]
        following = tokens[last + 3] if last + 3 < len(tokens) else None
        return _given_name(reader, after) and bool(following) and following.capital
    if first >= 3 and tokens[first - 1].word == "and":
        return _given_name(reader, tokens[first - 3]) and tokens[first - 2].capital
    return False


def _described_after(reader, last):
    """ "Anna Berg, a former naval attaché, said": an apposition that describes a person,
    not a place or a body ("Zapadnograd, a port town")."""
    tokens = reader.tokens
    index = last + 1
    if index + 1 >= len(tokens) or _gap(reader.text, tokens[last], tokens[index]) != ",":
        return False
    if tokens[index].word not in ("a", "an", "the") or tokens[index + 1].capital:
        return False
    described = []  # the words before any "of", "who" or name: "former naval attaché"
    for position in range(index + 1, min(index + 8, len(tokens))):
        token = tokens[position]
        if token.word in ("of", "for", "at", "in", "on", "who", "whose") or token.capital:
            break
        described.append(token.word)
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is None or _gap(reader.text, token, following) != " ":
            break
    return bool(described) and not set(described) & _NOT_PEOPLE


def _surname_shaped_word(first, last):
    """ "Mevlüt Çavuşoğlu", "Vesna Petrović": a surname's ending, or letters with the
    accents of the languages such names come from in both the given name and the surname."""
    accented = all(t.text != anyascii(t.text) for t in (first, last))
    return accented or last.word.endswith(SURNAME_ENDINGS)


def _given_name(reader, token):
    return token.key in reader.gazetteer.given_names or token.key in GIVEN_NAME_KEYS


# A short form in brackets after a name: "(NRC)", "(the Founding Act)".
_SHORT_FORM = re.compile(r"\s*\((?:the\s+)?(\w{2,}|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\)")


def _abbreviations(reader, spans):
    """Short forms the article defines for a name: "the NATO-Russia Council (NRC)" right
    after it, and the name's own words in brackets later in its sentence: "the Founding Act
    on Mutual Relations, … between NATO and the Russian Federation (the Founding Act)"."""
    tokens, defined = reader.tokens, {}
    bodies = [s for s in spans if s.kind in ("organization", "agreement")]
    for span in bodies:
        found = _SHORT_FORM.match(reader.text, tokens[span.last].end)
        if found and " " not in found.group(1):
            defined[name_key(found.group(1))] = span
    for found in _SHORT_FORM.finditer(reader.text):
        words = name_key(found.group(1)).split()
        sentence = next(t.sentence for t in tokens if t.start >= found.start())  # within
        named = [
            s
            for s in bodies
            if tokens[s.last].end <= found.start()
            and tokens[s.first].sentence == sentence
            and len(words) < s.last - s.first + 1
            and set(words) <= {t.key for t in tokens[s.first : s.last + 1]}
        ]
        if len(words) > 1 and named:
            defined[" ".join(words)] = named[-1]
    # "the Arctic Fisheries Council … The AFC": a name's initials, unbracketed, are its short
    # form when they are those of no other name in the article.
    by_initials = {}
    for span in bodies:
        if initials := _initials(reader, span):
            by_initials.setdefault(initials, {}).setdefault(_short_form_key(reader, span), span)
    for initials, named in by_initials.items():
        if len(named) == 1:
            defined.setdefault(initials, *named.values())
    return defined


def _initials(reader, span):
    """The key of the initials of a name's capitalised words ("NRC" of "NATO-Russia Council",
    "OSCE" of "Organization for Security and Co-operation in Europe"), if it has two."""
    letters = [t.text[0] for t in reader.tokens[span.first : span.last + 1] if t.capital]
    letters = letters[1:] if reader.tokens[span.first].word == "the" else letters
    return fold_word("".join(letters)) if len(letters) > 1 else ""


def _short_form_key(reader, span):
    """The key a span's words give as a short form, any "the" before them left out."""
    first = span.first + (reader.tokens[span.first].word == "the" and span.first < span.last)
    return " ".join(t.key for t in reader.tokens[first : span.last + 1])


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
    short_form = _short_form_key(reader, span)
    generic = tokens[span.last].word in GENERIC_AGREEMENT_WORDS and span.last > span.first
    if span.kind == "agreement" and generic and short_form not in abbreviations:
        # "the INF Treaty" after "the Intermediate-Range Nuclear Forces (INF) Treaty"
        short_form = short_form.removesuffix(f" {tokens[span.last].key}")
    if short_form in abbreviations:
        full = abbreviations[short_form]
        if full.first != span.first:
            defined = _resolve(reader, full, _People(reader.gazetteer), {})
            return Mention(
                defined.kind,
                text,
                start,
                end,
                defined.slug,
                f"the short form the article gives for “{defined.text}”",
                defined.candidates,
                proposed_name=defined.proposed_name,
            )
    if span.kind in ("organization", "agreement"):
        known = _known_otherwise(reader, span, start, end, text)
        if known:
            return known
        key = " ".join(t.key for t in tokens[span.first : span.last + 1])
        ends = [r for r in reader.gazetteer.name_ends.get(key, ()) if r.kind == span.kind]
        if span.first == span.last and tokens[span.first].word in INSTITUTIONS:
            ends = _names_ending_in(reader.gazetteer, key, span.kind)
        if owner := _owner_next_to(reader, span.first, span.last, reader.matches):
            # "Russia's Security Council" ends "Russian Security Council", not "United
            # Nations Security Council".
            names = _owner_names(reader, owner, reader.matches)
            ends = [r for r in ends if _owned_by(r, names, text)]
        elif span.first == span.last and tokens[span.first].word in _EVERY_COUNTRY_S:
            ends = []  # "Parliament" alone: any country's, the European one's
        if len(ends) == 1:
            reason = f"the end of the name “{ends[0].name}”"
            return Mention(span.kind, text, start, end, ends[0].slug, reason)
        if ends:
            slugs = tuple(sorted(r.slug for r in ends))
            reason = f"ambiguous: the end of {len(ends)} {span.kind} names ({', '.join(slugs)})"
            return Mention(span.kind, text, start, end, None, reason, slugs, proposed_name=text)
    longer = _named_with_its_kind(reader, span, start, end, text)
    if longer:
        return longer
    reason = f"new {span.kind}: {span.reason}"
    proposed = text
    owner = span.kind == "organization" and _owner_next_to(reader, span.first, span.last, [])
    if owner and (nationality := _nationality_of(_text_of(reader, *owner))):
        # "Russia's Foreign Ministry" is the "Russian Foreign Ministry", not every country's
        proposed = f"{nationality} {text}"
    if span.kind == "agreement" and (word := _agreement_after(reader, span.last)):
        # "the Intermediate-Range Nuclear Forces (INF) Treaty" proposes the treaty's name
        proposed = f"{text} {word[0].upper()}{word[1:]}"
    elif span.kind == "agreement" and not tokens[span.last].capital:
        # "the CFE treaty" proposes the "CFE Treaty".
        last = tokens[span.last]
        proposed = reader.text[start : last.start] + last.text[0].upper() + last.text[1:]
    return Mention(span.kind, text, start, end, None, reason, proposed_name=proposed)


def _nationality_of(country):
    """The adjective of ``country``'s people, capitalised ("Russia" → "Russian"), or ""."""
    key = name_key(country)
    return next(
        (a.capitalize() for a, names in NATIONALITIES.items() if key in map(name_key, names)), ""
    )


# The words a record's name may end in that copy leaves out: "the Mediterranean" is the
# "Mediterranean Sea", "Interpol" the "Interpol Organization".
_KIND_WORDS = {
    "place": PLACE_WORDS,
    "organization": word_set("organization organisation programme program"),
    "agreement": GENERIC_AGREEMENT_WORDS,
}


def _named_with_its_kind(reader, span, start, end, text):
    """A new name that is one record's name less the word that says its kind: "the
    Mediterranean" of the "Mediterranean Sea", and an abbreviation alone that of an
    agreement ("the adapted CFE" of the "CFE Treaty"); None if no record or several are."""
    key = " ".join(t.key for t in reader.tokens[span.first : span.last + 1])
    if key.startswith("the "):
        key = key[4:]
    kinds = {span.kind}
    if span.first == span.last and reader.tokens[span.first].acronym:
        kinds.add("agreement")  # which kind an abbreviation names, its record says
    forms = {
        f.record: f
        for kind in kinds
        for word in _KIND_WORDS.get(kind, ())
        for f in reader.gazetteer.forms.get(f"{key} {fold_word(word)}", ())
        if f.record.kind == kind
    }
    if len(forms) > 1:
        slugs = tuple(sorted(r.slug for r in forms))
        reason = f"ambiguous: the names of {len(forms)} records less one word ({', '.join(slugs)})"
        return Mention(span.kind, text, start, end, None, reason, slugs, proposed_name=text)
    if not forms:
        return None
    (record, form), *_ = forms.items()
    kind_word = form.written.split()[-1]
    reason = f"the name “{form.written}” without the word “{kind_word}”"
    return Mention(record.kind, text, start, end, record.slug, reason)


# Institutions every country has, which their name alone does not tell apart.
_EVERY_COUNTRY_S = word_set("parliament")


def _names_ending_in(gazetteer, key, kind):
    """The records whose name ends in a word: "the Senate" of the "United States Senate"."""
    ending = " " + key
    found = {f.record for k, forms in gazetteer.forms.items() if k.endswith(ending) for f in forms}
    return sorted((r for r in found if r.kind == kind), key=lambda r: r.slug)


def _known_otherwise(reader, span, start, end, text):
    """A new-looking name that is a record's: its words in another order ("Russia-NATO
    Council"), or the abbreviation in brackets after it is a record's ("... (ACT)")."""
    gazetteer, tokens = reader.gazetteer, reader.tokens
    forms = gazetteer.any_order.get(any_order_key(text), [])
    how = "the same words as “{}” in another order"
    bracket = re.match(r"\s*\((\w{2,})\)", reader.text[end:])
    if not forms and bracket:
        forms = gazetteer.forms.get(fold_word(singular_acronym(bracket.group(1))), [])
        how = "the abbreviation after it in brackets is “{}”"
    generic = tokens[span.last]
    if not forms and span.first < span.last and generic.word in GENERIC_AGREEMENT_WORDS:
        # "New START Treaty" is "New START": what kind of name it is adds nothing to it.
        forms = gazetteer.forms.get(" ".join(t.key for t in tokens[span.first : span.last]), [])
        how = f"“{{}}” and the word “{generic.text}”"
    records = list(dict.fromkeys(f.record for f in forms if f.record.kind == span.kind))
    if len(records) != 1:
        return None
    written = next(f.written for f in forms if f.record == records[0])
    return Mention(span.kind, text, start, end, records[0].slug, how.format(written))


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
    reason = (
        span.reason if span.how == "near" else names[0].note or f"matches the {how} “{written}”"
    )
    others = [r for r in dict.fromkeys(f.record for f in forms) if r != record]
    if others:
        reason += "; also an alias of " + ", ".join(f"the {r.kind} {r.slug}" for r in others)
    return Mention(record.kind, text, start, end, record.slug, reason, _slugs(others))


def _slugs(records):
    return tuple(r.slug for r in records)


def _resolve_person(reader, span, people, start, end, text):
    role = span.role
    lord = reader.tokens[span.first]
    if lord.word in ("sir", "dame") and span.last == span.first + 1:
        # "Sir Keir" after "Keir Starmer": a knight is called by the given name
        named = people.by_given_name(reader.tokens[span.last].key)
        if len(named) == 1:
            [knight] = named
            reason = f"“{lord.text}” and the given name of {knight.name}, named earlier"
            return Mention("person", text, start, end, knight.slug, reason, (), role, knight.name)
    if lord.word in NOBILITY and span.last > span.first:
        # "Lord Robertson": a title of nobility is a role; after a real title
        # ("Lieutenant-General Sir Mike Jackson") it is neither.
        role = span.role = role or lord.text
        if span.how == "new":
            # Known by the title and a surname alone, a peer is named so ("Lord Robertson"),
            # never by a bare surname; a given name after the title makes the name.
            given = span.last > span.first + 1
            name = reader.text[reader.tokens[span.first + given].start : end]
            person = people.introduce(None, name, role)
            reason = "new person: " + (span.reason or _person_reason(reader, span))
            return Mention("person", text, start, end, None, reason, (), role, person.name)
    if span.how not in ("known", "near") and (addressed := _by_patronymic(reader, span, people)):
        people.introduce(addressed.slug, addressed.name, role)
        reason = f"a given name and patronymic of {addressed.name}, named earlier in the article"
        return Mention("person", text, start, end, addressed.slug, reason, (), role, addressed.name)
    if (
        span.first == span.last
        and span.how != "near"
        and not people.by_surname(lord.key)
        and (holder := _office_holder(lord.key, role, reader.published))
    ):
        return _resolve_holder(reader, holder, people, role, start, end, text)
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
    word = reader.tokens[span.first].key
    one_word = span.first == span.last and not reader.gazetteer.surnames.get(word)
    if one_word and (first := _named_surname_first(people, word)):
        people.introduce(first.slug, first.name, role)
        reason = f"the first word of {first.name}, named earlier, a surname written first"
        return Mention("person", text, start, end, first.slug, reason, (), role, first.name)
    if span.how == "new":
        # "ANNA BERG:" in a transcript's label is Anna Berg.
        person = people.introduce(None, text.title() if text.isupper() else text, role)
        reason = "new person: " + (span.reason or _person_reason(reader, span))
        return Mention("person", text, start, end, None, reason, (), role, person.name)
    return _resolve_surname(reader, span, people, start, end, text)


# A Russian patronymic's endings, as English copy transliterates them: "Borisovich",
# "Sergeyevich", "Ilyich", "Vladimirovna", "Ilyinichna" (not "Nowakowich" nor "Dodik").
_PATRONYMIC = re.compile(r"(?:[oe]vich|yich|[oe]vna|ichna)$")


def _by_patronymic(reader, span, people):
    """The one person the article has named with the given name a given name and patronymic
    ("Sergei Borisovich", the Russian polite form of address) opens with; None if no one or
    several are. Many surnames end as patronymics do ("Alexander Lukashevich"): a name
    given with a title, or whose last word the article also writes alone, is a full name;
    a form of address is neither."""
    given, patronymic = reader.tokens[span.first], reader.tokens[span.last]
    if span.last != span.first + 1 or not _PATRONYMIC.search(patronymic.word) or span.role:
        return None
    if any(t.key == patronymic.key and t is not patronymic for t in reader.tokens):
        return None  # "Lukashevich said" elsewhere: a surname
    named = [p for p in people.by_given_name(given.key) if patronymic.key not in p.surnames]
    return named[0] if len(named) == 1 else None


def _person_reason(reader, span):
    if span.role:
        return f"named with the title “{span.role}”"
    if _speaks(reader, span.first, span.last):
        return "quoted or reported as speaking"
    return "has the shape of a person's name"


def _resolve_surname(reader, span, people, start, end, text):
    role = span.role
    surname = range(span.first, span.last + 1)
    if span.initials:
        surname = [i for i in surname if not _is_initial(reader, i)]
    key = " ".join(reader.tokens[i].key for i in surname if reader.tokens[i].word not in NOBILITY)
    key = span.spelt_as or key
    named = people.by_surname(key)
    known = sorted(reader.gazetteer.surnames.get(key, ()), key=lambda r: r.slug)
    if span.initials:
        named = [p for p in named if people.initials_fit(p, span.initials)]
        known = [r for r in known if reader.gazetteer.initials_fit(r, span.initials)]
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
        if span.spelt_as:
            reason += ", transliterated otherwise"
        if role:
            reason += f"; the title “{role}” fits"
        return Mention("person", text, start, end, person.slug, reason, (), role, person.name)
    if len(named) > 1:
        slugs = tuple(p.slug for p in named if p.slug)
        names = " and ".join(p.name for p in named)
        reason = f"ambiguous: the article has named both {names}; nothing next to it says which"
        return Mention("person", text, start, end, None, reason, slugs, role)
    if holder := _office_holder(key, role, reader.published):
        return _resolve_holder(reader, holder, people, role, start, end, text)
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


def _office_holder(key, role, day):
    """The one person that a surname (``key``) and the title before it (``role``) name
    among the holders of the offices news names people by: the only one the title fits
    ("President Clinton"), or the one in office on ``day`` ("President Bush" in 2002, "Mr
    Clinton" in 1997); None if none or several are ("Mr Ivanov" in 2002)."""
    named = list(holders_named(key))
    if role:
        named = [h for h in named if _fits(role, [role_key(h.office)])]
    if len({h.name for h in named}) > 1 or not role:
        named = [h for h in named if day and h.in_office(day)]
    return named[0] if len({h.name for h in named}) == 1 else None


def _resolve_holder(reader, holder, people, role, start, end, text):
    """``text``, a surname, as the office holder it names: the record of that name, or a
    new person given the full name."""
    term = f"{holder.start:%Y}–{holder.end:%Y}" if holder.end else f"since {holder.start:%Y}"
    office = f"{holder.office}, {term}"
    records = {
        f.record
        for f in reader.gazetteer.forms.get(name_key(holder.name), ())
        if f.record.kind == "person"
    }
    if len(records) == 1:
        [record] = records
        people.introduce(record.slug, record.name, role)
        reason = f"the surname of {record.name}, {office}"
        return Mention("person", text, start, end, record.slug, reason, (), role, record.name)
    person = people.introduce(None, holder.name, role)
    reason = f"new person: {holder.name}, {office}, whom the surname names"
    return Mention("person", text, start, end, None, reason, (), role, person.name)


def _named_surname_first(people, key):
    """The one person the article named whose name opens with ``key``, a word no given
    name's: a surname written first, as Chinese and Korean names are ("Hua" of "Hua
    Chunying", "Xi" of "Xi Jinping"); None if no one or several are."""
    if key in GIVEN_NAME_KEYS:
        return None
    named = [p for p in people.named if len(p.name.split()) in (2, 3)]
    named = [p for p in named if fold_word(p.name.split()[0]) == key]
    return named[0] if len(named) == 1 else None


def _resolve_title(reader, span, people, start, end, text):
    if _in_a_quotation(reader.text, start):
        return None  # the speaker's "the minister", who may be anyone they have in mind
    # "The minister said" after a defence and a foreign minister: either, so neither.
    holders = [person for person in people.named if _fits(text, person.roles)]
    if len(holders) > 1:
        # "the president" after President Putin and Commission President Barroso: whose
        # title it is, word for word.
        words = role_key(text) - {"the"}
        holders = [p for p in holders if words in p.roles] or holders
    if len(holders) > 1 and holders[-1] is people.titled:
        # "The Defence Minister made headlines … the minister said": the last bare title
        # stood for one of them, and no other has been named since.
        holders = holders[-1:]
    if len(holders) > 1 and holders[-1] is people.named[-1]:
        # "He met Defence Minister Sergei Ivanov, and the minister raised …": the one
        # named last, in the same sentence, before it.
        opens = max(reader.text.rfind(". ", 0, start), reader.text.rfind("\n", 0, start)) + 1
        words = re.findall(r"[^\W\d_]+", reader.text[opens:start])
        if any(name_key(word) in holders[-1].surnames for word in words):
            holders = holders[-1:]
    if len(holders) == 1:
        person = holders[0]
        people.introduce(person.slug, person.name, "")
        people.titled = person
        reason = f"the title refers back to {person.name}, named earlier in the article"
        return Mention("person", text, start, end, person.slug, reason, (), text, person.name)
    if holders:
        # The editor may choose among records; a new person's name is none to offer.
        slugs = tuple(p.slug for p in holders)
        if not all(slugs):
            return None
        names = " and ".join(p.name for p in holders)
        reason = f"ambiguous: the title fits {names}, each named earlier in the article"
        return Mention("person", text, start, end, None, reason, slugs, text)
    gazetteer = reader.gazetteer
    # "the spokesman", "the minister": one word saying nothing of whose, anyone's title;
    # not a record's, as "the NATO spokesman" or "the Secretary General" may be.
    if len(role_key(text) - {"the", "of"}) == 1:
        return None
    # The people the article named, with the titles it gave them, did not fit above.
    named = {person.slug for person in people.named}
    fitting = sorted(
        (
            r
            for r in gazetteer.roles
            if r.slug not in named
            and _fits(text, gazetteer.role_words(r))
            and _active_at(r, reader.published)
        ),
        key=lambda r: r.slug,
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


def _in_a_quotation(text, position):
    """Whether ``position`` is inside a quotation of its paragraph."""
    opens = text.rfind("\n", 0, position) + 1
    closes = text.find("\n", position)
    paragraph = text[opens:] if closes == -1 else text[opens:closes]
    return any(q.start <= position - opens < q.end for q in quotations(paragraph))


def _active_at(record, published):
    """Whether someone may hold their role at the article's date: the timeline has them in
    an event within a year of it (a past holder's title now names their successor). Without
    the date, anyone may."""
    if published is None:
        return True
    if record.active is None:
        return False
    first, last = record.active
    return first - _A_YEAR <= published <= last + _A_YEAR


_A_YEAR = timedelta(days=366)


def _fullest_names(mentions):
    """New people under the fullest name the article gives them ("Anna Petrova", not "Petrova")."""
    full_names = [
        m.proposed_name
        for m in mentions
        if m.kind == "person" and m.slug is None and m.proposed_name
    ]
    fuller = {}
    for name in full_names:
        for key in surname_keys(name):
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
