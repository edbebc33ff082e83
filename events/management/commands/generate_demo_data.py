"""Fill the database with a large, realistic, synthetic timeline for demos and benchmarks."""

import random
import time
from datetime import date, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from events.dates import DatePrecision, DateQualifier, PartialDate, period_end, truncate
from events.models import (
    Agreement,
    Citation,
    Event,
    Organization,
    Participation,
    Person,
    Place,
    Source,
)
from events.slugs import slug_from

from .load_seed import SEED_SOURCE_SLUGS

#: Every generated row's slug starts with this, so a second run can replace the first.
PREFIX = "demo-"
FIRST_DAY, LAST_DAY = date(1991, 1, 1), date(2024, 12, 31)
# Read once: the enum properties rebuild their lists on every access. "Not before" is the
# importer's, for a plan with no date of its own: left out, the mix (and the benchmark's
# data, generated from the same seed) stays as it was.
PRECISIONS = DatePrecision.values
QUALIFIERS = [value for value in DateQualifier.values if value != DateQualifier.NO_EARLIER_THAN]
EVENT_TYPES, EVENT_STATUSES = Event.Type.values, Event.Status.values


def _words(text, separator=None):
    """Words, or phrases between separators, from a block of text wrapped to fit the page."""
    flat = " ".join(text.split())
    return [item.strip() for item in flat.split(separator)]


FIRST_NAMES = _words("""Aleksandr Anatoly Andrei Boris Dmitri Igor Ivan Mikhail Nikolai Oleg
Pavel Sergei Viktor Vladimir Yuri Anders Carlos Claude George Giorgio Hans Henrik James Jens
Klaus Manfred Marek Pieter Robert Tomas Willem Anna Elena Maria Natalia Olga Helga Ingrid
Madeleine Margaret""")
SURNAMES = _words("""Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov
Morozov Volkov Solovyov Vasiliev Zaitsev Pavlov Semenov Golubev Vinogradov Bogdanov Vorobyov
Fyodorov Mikhailov Belyaev Tarasov Belov Rasmussen Solana Robertson Stoltenberg Scheffer Claes
Woerner Luns Brosio Carrington Manfredi Fischer Schmidt Berg Larsen Novak Kowalski Horvath
Dubois Martin Moreau Rossi Bianchi Hughes Walker Clark""")
ROLES = _words(
    """Defense Minister | Foreign Minister | Chief of the General Staff | Ambassador
to NATO | NATO Secretary General | Deputy Secretary General | Chairman of the Military Committee
| Supreme Allied Commander Europe | Fleet Commander | Parliamentary Speaker | Press Officer
| Liaison Officer | Prime Minister | President | Deputy Defense Minister""".replace("\n", " "),
    "|",
)
COUNTRIES = _words(
    """Russia | Belgium | Norway | Germany | France | United Kingdom | United
States | Italy | Poland | Romania | Bulgaria | Ukraine | Georgia | Estonia | Latvia | Lithuania
| Turkey | Netherlands | Denmark | Spain""".replace("\n", " "),
    "|",
)
PLACE_STEMS = _words("Vor Mur Kal Sev Nov Bel Ost Zel Kras Yar Lin Mar Stav Ber Dun Hal Kir Rov")
PLACE_ENDINGS = _words("sk grad burg ovo ino port haven stad polis mar")
ORGANIZATION_KINDS = [
    ("Ministry of Defence of {}", Organization.Kind.GOVERNMENT_BODY),
    ("Foreign Ministry of {}", Organization.Kind.GOVERNMENT_BODY),
    ("Armed Forces of {}", Organization.Kind.ARMED_FORCE),
    ("Parliament of {}", Organization.Kind.PARLIAMENT),
    ("{} Liaison Mission", Organization.Kind.MISSION),
    ("{} Naval Command", Organization.Kind.MILITARY_COMMAND),
]
AGREEMENT_TOPICS = """Status of Forces|Search and Rescue at Sea|Airspace Cooperation|Transit of
Military Cargo|Counter-Terrorism Information Exchange|Submarine Rescue|Theatre Missile
Defence|Civil Emergency Planning|Nuclear Weapons Safety|Counter-Narcotics Training|Military
Hospital Exchange|Interoperability Standards|Joint Exercise Planning|Arms Control
Verification|Border Security""".replace("\n", " ").split("|")
PUBLISHERS = ["Baltic Wire", "Moscow Evening Post", "Brussels Defence Review", "Nordic Herald"]

# Each event type with a title pattern: {a} and {b} are people, {place} a place.
TITLES = {
    Event.Type.MEETING: "{a} meets {b} in {place}",
    Event.Type.VISIT: "{a} visits {place}",
    Event.Type.STATEMENT: "{a} comments on cooperation in {place}",
    Event.Type.INTERVIEW: "{a} gives an interview in {place}",
    Event.Type.CONFERENCE: "Security conference in {place}",
    Event.Type.NEGOTIATION: "{a} and {b} negotiate in {place}",
    Event.Type.AGREEMENT_SIGNED: "Agreement signed in {place}",
    Event.Type.EXERCISE: "Joint exercise near {place}",
    Event.Type.PROPOSAL: "{a} proposes closer ties",
    Event.Type.ENLARGEMENT: "Enlargement debated in {place}",
    Event.Type.OBJECTION: "{a} objects to plans discussed in {place}",
}
SENTENCES = [
    "{a} said talks with {b} in {place} had been constructive.",
    "Officials in {place} confirmed that {a} would attend the session.",
    "{a} told reporters that cooperation with {b} would continue.",
    "The meeting in {place} was one of {n} held that year, according to {a}.",
    "{a} described the exercise near {place} as a test of interoperability.",
    "A spokesman for {b} said no date had been set for the next round in {place}.",
]


def _names(rng, count, make):
    """``count`` distinct names from ``make(rng)``, in a reproducible order."""
    names = {}
    while len(names) < count:
        name = make(rng)
        names.setdefault(name, None)
    return list(names)


class Command(BaseCommand):
    help = (
        "Fill the database with a synthetic timeline (people, places, organizations, "
        "agreements, cited sources and events) for demos and benchmarks."
    )

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=1000, help="How many events to make.")
        parser.add_argument(
            "--seed", type=int, default=42, help="Random seed: same seed, same data."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Write even into a database that holds the real seed from the two articles.",
        )

    def handle(self, *args, events, seed, force, **options):
        if events < 1:
            raise CommandError("--events must be at least 1.")
        if not force and Source.objects.filter(slug__in=SEED_SOURCE_SLUGS).exists():
            raise CommandError(
                "This database holds the real seed from the two articles; demo data would be "
                "mixed into it. Use an empty database (DATABASE_URL) or pass --force."
            )
        started = time.monotonic()
        self.rng = random.Random(seed)
        with transaction.atomic():
            replaced = self.delete_previous_demo_data()
            self.make_entities(events)
            self.make_events(events)
        # The query planners choose by the tables' statistics: without them SQLite would
        # look a person's events up by their type (a tenth of all) rather than by the person.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        replacing = " (replacing the previous ones)" if replaced else ""
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(f"Generated {events} demo events{replacing} in {elapsed:.1f} s.")
        )

    def delete_previous_demo_data(self):
        demo = Event.objects.filter(slug__startswith=PREFIX)
        existed = demo.exists()
        demo.delete()
        Citation.objects.filter(source__slug__startswith=PREFIX).delete()
        Participation.objects.filter(person__slug__startswith=PREFIX).delete()
        for model in (Source, Person, Agreement, Place):
            model.objects.filter(slug__startswith=PREFIX).delete()
        # Bodies before the states they belong to (the parent link protects them).
        demo_organizations = Organization.objects.filter(slug__startswith=PREFIX)
        demo_organizations.filter(parent__isnull=False).delete()
        demo_organizations.delete()
        return existed

    # Entities ---------------------------------------------------------------

    def make_entities(self, events):
        rng = self.rng
        scale = max(1, events // 1000)
        countries = Organization.objects.bulk_create(
            Organization(
                slug=f"{PREFIX}{slug_from(country)}", name=country, kind=Organization.Kind.STATE
            )
            for country in COUNTRIES
        )
        bodies = [
            Organization(
                slug=f"{PREFIX}{slug_from(pattern.format(country.name))}",
                name=pattern.format(country.name),
                kind=kind,
                parent=country,
            )
            for country in countries
            for pattern, kind in ORGANIZATION_KINDS
        ]
        self.organizations = countries + Organization.objects.bulk_create(bodies)
        person_names = _names(
            rng, min(600, 60 + 5 * scale), lambda r: f"{r.choice(FIRST_NAMES)} {r.choice(SURNAMES)}"
        )
        self.people = Person.objects.bulk_create(
            Person(
                slug=f"{PREFIX}{slug_from(name)}",
                name=name,
                role=rng.choice(ROLES),
                affiliation=rng.choice(self.organizations),
            )
            for name in person_names
        )
        place_names = _names(
            rng,
            min(300, 40 + 3 * scale),
            lambda r: (
                r.choice(PLACE_STEMS) + r.choice(PLACE_STEMS).lower() + r.choice(PLACE_ENDINGS)
            ),
        )
        self.places = Place.objects.bulk_create(
            Place(
                slug=f"{PREFIX}{slug_from(name)}",
                name=name,
                kind=Place.Kind.CITY,
                country=rng.choice(COUNTRIES),
                latitude=round(rng.uniform(35, 70), 5),
                longitude=round(rng.uniform(-10, 60), 5),
            )
            for name in place_names
        )
        agreement_names = _names(
            rng,
            min(250, 30 + 3 * scale),
            lambda r: f"{r.choice(COUNTRIES)}–NATO {r.choice(AGREEMENT_TOPICS)} Agreement",
        )
        self.agreements = Agreement.objects.bulk_create(
            Agreement(
                slug=f"{PREFIX}{slug_from(name)}",
                name=name,
                status=rng.choice(Agreement.Status.values),
                summary=f"A synthetic agreement on {name.split(' ', 2)[-1].lower()}.",
            )
            for name in agreement_names
        )
        self.make_sources(min(5000, 20 + events // 20))

    def make_sources(self, count):
        """Sources whose text is made of distinct sentences that citations quote verbatim."""
        rng = self.rng
        sources, self.passages = [], []
        for number in range(1, count + 1):
            sentences = list(dict.fromkeys(self.sentence() for _ in range(rng.randint(12, 30))))
            text = " ".join(sentences)
            # Offsets as Citation.locate() finds them: the first occurrence.
            self.passages.append([(s, text.find(s)) for s in sentences])
            published = self.random_day()
            sources.append(
                Source(
                    slug=f"{PREFIX}source-{number:05d}",
                    title=f"Dispatch {number}: {sentences[0][:80]}",
                    publisher=rng.choice(PUBLISHERS),
                    publication_date=published,
                    publication_date_note="Synthetic demo data: the dateline.",
                    text=text,
                )
            )
        self.sources = Source.objects.bulk_create(sources)

    def sentence(self):
        a, b = self.rng.sample(self.people, 2)
        return self.rng.choice(SENTENCES).format(
            a=a.name, b=b.name, place=self.rng.choice(self.places).name, n=self.rng.randint(2, 40)
        )

    def random_day(self):
        return FIRST_DAY + timedelta(days=self.rng.randrange((LAST_DAY - FIRST_DAY).days))

    # Events -----------------------------------------------------------------

    def partial_date(self):
        """A coherent partial date: mostly days, some months and years, some ranges."""
        rng = self.rng
        precision = rng.choices(PRECISIONS, weights=[70, 20, 10])[0]
        start = truncate(self.random_day(), precision)
        qualifier = rng.choices(QUALIFIERS, weights=[80, 8, 6, 6])[0]
        end = None
        wants_range = qualifier == DateQualifier.WITHIN or (
            qualifier != DateQualifier.NO_LATER_THAN and rng.random() < 0.15
        )
        if wants_range:
            after = period_end(start, precision) + timedelta(days=rng.randint(1, 40))
            end = truncate(after, precision)
        return PartialDate(start, precision, end, qualifier)

    def make_events(self, count):
        rng = self.rng
        adapt_date = connection.ops.adapt_datefield_value
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        events, links = [], []
        for number in range(1, count + 1):
            people = rng.sample(self.people, rng.randint(1, 5))
            places = rng.sample(self.places, rng.randint(1, 2))
            event_type = rng.choice(EVENT_TYPES)
            title = TITLES[event_type].format(
                a=people[0].name, b=people[-1].name, place=places[0].name
            )
            when = self.partial_date()
            slug = f"{PREFIX}{number:06d}-{slug_from(title)[:80]}"
            events.append(
                (
                    slug,
                    title,
                    f"{title} ({when.display}), as reported in the demo sources.",
                    event_type,
                    rng.choices(EVENT_STATUSES, weights=[90, 6, 4])[0],
                    adapt_date(when.start),
                    adapt_date(when.end),
                    when.precision,
                    when.qualifier,
                    "Synthetic demo data.",
                    rng.random() < 0.97,
                    now,
                    now,
                )
            )
            links.append((slug, people, places))
        insert_rows(Event, EVENT_COLUMNS, events)
        self.link(links)

    def link(self, links):
        rng = self.rng
        event_ids = dict(
            Event.objects.filter(slug__startswith=PREFIX).values_list("slug", "pk").iterator()
        )
        rows = {model: [] for model in LINK_COLUMNS}
        for slug, people, places in links:
            event = event_ids[slug]
            rows[Participation] += [(event, p.pk, p.role.lower()) for p in people]
            rows[PlaceLink] += [(event, place.pk) for place in places]
            rows[OrganizationLink] += [
                (event, organization) for organization in {p.affiliation_id for p in people[:2]}
            ]
            rows[AgreementLink] += [
                (event, agreement.pk)
                for agreement in rng.sample(self.agreements, rng.choice([0, 0, 1, 1, 1, 2]))
            ]
            for source_index in rng.sample(range(len(self.sources)), rng.randint(1, 2)):
                quote, start = rng.choice(self.passages[source_index])
                source = self.sources[source_index].pk
                rows[Citation].append((event, source, quote, start, start + len(quote)))
        for model, columns in LINK_COLUMNS.items():
            insert_rows(model, columns, rows[model])


PlaceLink = Event.places.through
OrganizationLink = Event.organizations.through
AgreementLink = Event.agreements.through
EVENT_COLUMNS = [
    "slug",
    # The English texts (events/translation.py); the plain columns keep their defaults.
    "title_en",
    "summary_en",
    "event_type",
    "status",
    "start_date",
    "end_date",
    "date_precision",
    "date_qualifier",
    "date_note",
    "published",
    "created_at",
    "updated_at",
]
LINK_COLUMNS = {
    Participation: ["event", "person", "role"],
    PlaceLink: ["event", "place"],
    OrganizationLink: ["event", "organization"],
    AgreementLink: ["event", "agreement"],
    Citation: ["event", "source", "quote", "start_offset", "end_offset"],
}


def insert_rows(model, fields, rows):
    """INSERT plain tuples: several times faster than building model instances for bulk_create.

    Values must already be in the database's form (see ``connection.ops.adapt_*``).
    Columns not named take their model default, so new fields need no change here.
    """
    defaulted = [
        field
        for field in model._meta.concrete_fields
        if not field.primary_key and field.name not in fields
    ]
    defaults = tuple(field.get_db_prep_save(field.get_default(), connection) for field in defaulted)
    quote = connection.ops.quote_name
    names = [model._meta.get_field(name).column for name in fields] + [f.column for f in defaulted]
    columns = ", ".join(quote(name) for name in names)
    placeholders = ", ".join(["%s"] * len(names))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})"
    with connection.cursor() as cursor:
        cursor.executemany(sql, [tuple(row) + defaults for row in rows])
