"""Matching keys for names: one spelling of each word, whatever the case, accents or
transliteration, and the keys a person may be named by alone.

``fold_word("Serguei")`` is ``fold_word("Sergey")`` is ``"sergei"``; ``name_key`` folds a
whole name; ``surname_keys`` gives "Scheffer", "Hoop Scheffer" and "de Hoop Scheffer".
"""

import re
from functools import lru_cache

from anyascii import anyascii


def word_set(text):
    return frozenset(text.split())


# Titles shortened as cables and wire copy write them before a name: "SecGen de Hoop
# Scheffer", "FM Lavrov", "PermRep Rogozin", "DefMin Serdyukov"; never a body's name.
ABBREVIATED_TITLES = word_set("secgen dsg permrep dcm defmin formin fm dfm pm")
HONORIFICS = ABBREVIATED_TITLES | word_set(
    "mr mrs ms miss dr gen lt col maj capt cmdr brig adm sgt spc pfc pvt cpl sen rep gov pres "
    "prof rev hon amb "
    "herr frau"
)
NOBILITY = word_set("lord lady sir dame")
PARTICLES = word_set("de van von der den ter ten bin ibn al el la le du da di del della dos das")
CONNECTORS = word_set("of for on and the")
# Common given names of the countries news about Europe and Russia names most, so that
# "Colin Powell" in a list is a person without a title. Written here, compact, rather than
# taken from a names data set tens of megabytes large.
GIVEN_NAMES = word_set(
    # English
    "adam alan albert alexander alice allen andrew angela ann anna anne anthony arthur "
    "barbara ben benjamin bill bob brian bruce carl carol caroline catherine charles "
    "charlotte chris christine christopher colin craig daniel david deborah dennis diana "
    "donald douglas edward elizabeth emily emma eric frank gary george gordon graham "
    "gregory harold harry helen henry hillary hugh ian jack james jane janet jason jean "
    "jeffrey jennifer jeremy jessica jim joan joe john jonathan joseph joyce julia julie "
    "karen kate katherine keith kenneth kevin larry laura lawrence linda lisa margaret "
    "maria mark martin mary matthew michael michelle mike nancy neil nicholas oliver "
    "patricia patrick paul peter philip rachel ralph raymond richard robert robin roger "
    "ronald rose ruth ryan samuel sandra sarah scott sharon simon stephen steven susan "
    "thomas timothy tom tony victoria walter william "
    # Russian, Ukrainian and Belarusian
    "aleksandr aleksei alexei alexey anatoly andrei andrey anton arkady boris dmitri "
    "dmitry evgeny fyodor gennady grigory igor ilya ivan konstantin leonid lyudmila maxim "
    "mikhail natalia nikita nikolai oleg olga pavel petro pyotr roman ruslan sergei sergey "
    "stanislav svetlana tatiana valentina valery vasily viktor vitaly vladimir vladislav "
    "volodymyr vyacheslav yelena yevgeny yulia yuri "
    "arseniy artem daniil egor eduard fedor foma georgiy gleb kirill kuzma lev luka marat "
    "nikolay petr ramzan rashid rinat savva semen stepan timur vadim valentin yakov "
    "yaroslav mariya yuliya veronika margarita daria "
    # Other European
    "anders andrzej angela bernard carlos christian dominique federico francois frederic "
    "gerhard giorgio giuseppe hans heinrich helmut henrik jacques jan janos javier jens "
    "jerzy johan jose josef juan jurgen karl klaus lars lech luca luis marco marek "
    "matteo miguel nicolas olaf pablo pedro pierre radoslaw silvio stefan sven tomas "
    "ursula viktor vaclav wolfgang zbigniew "
    # German, Dutch, Nordic, French, Italian and Central European names of the alliance's
    # officials and leaders
    "alain annegret dieter emmanuel enrico erik erna frans friedrich gerard guido horst "
    "jaap joschka kurt laurent ludwig manfred mario massimo michel milos norbert otto "
    "paolo rainer rudolf sigmar toomas traian uwe volker werner willy wim "
    # Leaders and ministers news about the alliance names most, elsewhere and later
    "barack narendra recep josep antony justin rishi keir theresa giorgia ehud ariel "
    "mahmoud hassan bashar ilham nursultan kassym madeleine condoleezza kamala lloyd "
    "heiko annalena sauli sanna kaja ingrida gitanas egils edgars kersti mateusz dmytro "
    "shinzo fumio"
)

# Women's given names, of those above and of the region's news (Nordic, Baltic, Russian),
# which tell whom "she" stands for; the others above are men's, but for names that are both.
FEMININE_GIVEN_NAMES = word_set(
    "alice angela ann anna anne annegret barbara carol caroline catherine charlotte "
    "christine deborah diana elizabeth emily emma erna helen hillary jane janet jennifer "
    "jessica joan joyce julia julie karen kate katherine laura linda lisa lyudmila margaret "
    "maria mary michelle nancy natalia olga patricia rachel rose ruth sandra sarah sharon "
    "susan svetlana tatiana ursula valentina victoria yelena yulia "
    "ingrid kjersti marit anniken gro hanne kristin sigrid astrid liv solveig karin birgitta "
    "ulrika margot kersti dalia vaira kaja inese federica madeleine condoleezza "
    "theresa giorgia kamala annalena sanna ingrida "
    "irina elena yekaterina ekaterina marina galina tamara oksana "
    "mariya yuliya veronika margarita daria"
)
MASCULINE_GIVEN_NAMES = GIVEN_NAMES - FEMININE_GIVEN_NAMES
# Names borne by men and women alike ("Jan Hale" may be either).
EITHER_SEX_GIVEN_NAMES = word_set("robin jean jan dominique chris kim")

# Endings of surnames of the region's languages, written in ASCII: "Çavuşoğlu", "Petrović",
# "Kowalski", "Tymoshenko", "Popescu", "Saakashvili", "Lavrov", "Petrova".
SURNAME_ENDINGS = (
    "oglu", "ovic", "evic", "ski", "ska", "sky", "cki", "cka", "enko", "escu", "eanu",
    "shvili", "dze", "ov", "ova", "ev", "eva",
)  # fmt: skip


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
# A word, with any possessive "'s" (left out of the word by POSSESSIVE); an ordinal such as
# "23rd" is one word too, as names write it ("the 23rd Air Base").
WORD = re.compile(
    r"(?:[^\W\d_]\.){2,}|\d+(?:st|nd|rd|th)\b"
    r"|[^\W\d_][^\W_]*(?:['’][^\W\d_]{2,}[^\W_]*)*(?:['’]s(?![^\W_]))?"
)
# Capital letters that abbreviate no body: Roman numerals ("XXI века"), "GMT", "SMS".
ROMAN_NUMERAL = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
NOT_ACRONYMS = word_set(
    "OK TV AM PM GMT UTC AD BC SMS "
    # Weapons, systems and places of the military, not bodies: "ballistic missile defence
    # (BMD)", "test-fired an ICBM", "at NATO HQ".
    "BMD MD ABM ICBM ICBMs SLBM IRBM WMD UAV UAVs IED SAM HQ CBM CBMs CSBM CSBMs "
    "GLCM GLCMs SLCM SLCMs LRHW PrSM "
    # A disease: "the COVID-19 pandemic"
    "COVID"
)


def names_nothing(letters):
    """Whether capital letters are no name's abbreviation: "XXI", "GMT", "SMS"."""
    return letters in NOT_ACRONYMS or bool(ROMAN_NUMERAL.fullmatch(letters))


def listed_topics(text, tokens, last, items, fits, conjunction):
    """How many of the ``items`` after a name (each its tokens' indices, the name ending at
    ``last``) go on its list of topics, given whether each ``fits`` as a topic: a list
    after a comma whose last item follows the ``conjunction`` ("Act on Mutual Relations" +
    ", Cooperation and Security", «акт о взаимных отношениях» + «, сотрудничестве и
    безопасности»); 0 when there is none. ``fits`` may be lazy: it is read only as far as
    the list goes."""
    for count, (item, fit) in enumerate(zip(items, fits, strict=False), 1):
        gap = text[tokens[last].end : tokens[item[0]].start]
        if not fit:
            return 0
        if gap in (f" {conjunction} ", f", {conjunction} ") and count > 1:
            return count
        if gap != ", ":
            return 0
        last = item[-1]
    return 0


ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
POSSESSIVE = re.compile(r"['’]s$")
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


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
    for word in WORD.finditer(name):
        if previous_end is not None and "," in name[previous_end : word.start()]:
            key.append(",")
        key.append(fold_word(singular_acronym(POSSESSIVE.sub("", word.group()))))
        previous_end = word.end()
    return " ".join(key)


_JOINED = re.compile(r"[^\W_]+(?:[-‐‑–—][^\W_]+)+")
_DASH = re.compile(r"[-‐‑–—]")


def any_order_key(name: str) -> str:
    """The key of a name whose hyphen-joined words may come in any order ("Russia-NATO
    Council" for "NATO-Russia Council"), or "" if no words are joined so."""
    if not _JOINED.search(name):
        return ""

    def in_order(match):
        return " ".join(sorted(_DASH.split(match.group()), key=fold_word))

    return name_key(_JOINED.sub(in_order, name))


def words_of(text):
    return [POSSESSIVE.sub("", word) for word in WORD.findall(text)]


def singular_acronym(word):
    return word[:-1] if PLURAL_ACRONYM.fullmatch(word) else word


def plain(word):
    return anyascii(word).lower().replace(".", "")


def role_key(role):
    return {fold_word(word) for word in words_of(role)}


# --- People's names -----------------------------------------------------------------------------


def surname_keys(name):
    """Keys a person may be named by alone: "Scheffer", "Hoop Scheffer", "de Hoop Scheffer"."""
    words = [w for w in words_of(name) if len(w) > 1] or [name]
    words = [w for w in words if plain(w) not in NOBILITY] or words
    keys = {fold_word(words[-1])}
    for index in range(1, len(words)):
        if plain(words[index]) in PARTICLES or index == len(words) - 2:
            keys.add(" ".join(fold_word(w) for w in words[index:]))
    return keys


_MIDDLE_INITIAL = re.compile(r"\s+[A-Z]\.?(?=\s)")


def without_middle_initials(name):
    """ "Robert Gates" for "Robert M. Gates"; "" if the name has no middle initial."""
    first, _, rest = name.partition(" ")
    shorter = first + _MIDDLE_INITIAL.sub("", " " + rest)
    return shorter if rest and shorter != name else ""


def without_honorific(alias):
    first, _, rest = alias.partition(" ")
    return rest if rest and plain(first) in HONORIFICS else alias


def tail_words(written, key):
    """The end of ``written`` whose words make ``key``."""
    words = list(WORD.finditer(written))
    count = len(key.split())
    return written[words[-count].start() :]


GIVEN_NAME_KEYS = frozenset(fold_word(name) for name in GIVEN_NAMES | FEMININE_GIVEN_NAMES)
_EITHER_SEX_KEYS = frozenset(fold_word(name) for name in EITHER_SEX_GIVEN_NAMES)
FEMININE_GIVEN_KEYS = frozenset(map(fold_word, FEMININE_GIVEN_NAMES)) - _EITHER_SEX_KEYS
MASCULINE_GIVEN_KEYS = frozenset(map(fold_word, MASCULINE_GIVEN_NAMES)) - _EITHER_SEX_KEYS

# Letters one transliteration writes for another's, compared as folded keys ("kh"/"h" and
# "ks"/"x" are folded already): "Rogosin" for "Rogozin", "Yakovlev" for "Iakovlev".
_VARIANT_LETTERS = (("z", "s"), ("y", "i"), ("e", "yo"), ("ts", "tz"), ("ya", "ia"), ("yu", "iu"))


def spelling_variant(key, known):
    """The one key of ``known`` that ``key`` spells with one transliteration's letters
    changed for another's ("rogosin" for "rogozin"), or ""."""
    found = set()
    for a, b in _VARIANT_LETTERS:
        for old, new in ((a, b), (b, a)):
            for match in re.finditer(re.escape(old), key):
                variant = key[: match.start()] + new + key[match.end() :]
                if variant in known:
                    found.add(variant)
    return found.pop() if len(found) == 1 else ""


# --- A body's owner ------------------------------------------------------------------------------

# Words that join a body's name to its owner's: "Security Council of the Russian Federation".
_OWNER_LINKS = CONNECTORS | word_set("при")
_OWNER_STEM = 5  # letters a state's noun and adjective share: "Росси|я", "Росси|йской"


CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def owner_words(names):
    """The words that name a body's owner in its ``names``: where one name is another with
    more words before or after it ("Security Council" and "Security Council of the Russian
    Federation", "Совет безопасности" and "Совет безопасности Российской Федерации"), those
    words, its joining words left out."""
    worded = [[w for i, w in enumerate(words_of(name)) if i or plain(w) != "the"] for name in names]
    owners = []
    for short in worded:
        keys = [plain(w) for w in short]
        for long in worded:
            if len(long) <= len(short) or not keys:
                continue
            if [plain(w) for w in long[: len(keys)]] == keys:
                owners += long[len(keys) :]
            elif [plain(w) for w in long[-len(keys) :]] == keys:
                # Russian names their owner after ("… Российской Федерации"): words before
                # qualify ("Североатлантический альянс" is no alliance of an owner's).
                owners += [w for w in long[: -len(keys)] if not CYRILLIC.match(w)]
    return list(dict.fromkeys(w for w in owners if plain(w) not in _OWNER_LINKS))


def same_owner(written, owners):
    """Whether ``written`` (the words naming a body's owner in the text: "ООН", "России",
    "the UN", "NATO's") names the owner its record's ``owners`` words name: the same word in
    either alphabet ("NATO" of "НАТО"), a word of the same stem ("России" of "Российской"),
    or the initials of those words ("РФ", "UN")."""
    words = [w for w in words_of(written) if plain(w) not in _OWNER_LINKS]
    same = {plain(w) for w in owners}
    stems = {plain(w)[:_OWNER_STEM] for w in owners if len(w) >= _OWNER_STEM}
    initials = "".join(w[0] for w in owners if w[:1].isupper()).casefold()
    return any(
        len(w) > 1
        and plain(w) in same
        or len(w) >= _OWNER_STEM
        and plain(w)[:_OWNER_STEM] in stems
        or len(w) > 1
        and w.isupper()
        and w.casefold() in initials
        for w in words
    )
