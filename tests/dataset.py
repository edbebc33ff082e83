"""The suite's own small timeline, so that tests do not hinge on the seed's content.

Built once per test session (``tests/conftest.py``); each test runs in a transaction
rolled back after it. Correcting the seed (``fixtures/seed/``) changes nothing here:
only ``tests/test_seed.py`` and the modules that ask for the ``seed`` fixture read it.

What it holds, and what tests can count on:

- 2 sources, 4 organizations (2 with a parent), 3 places, 3 people, 2 agreements;
- 6 events, 5 of them published (``PUBLISHED``), of every precision: a day, a
  two-day range, a month (planned) and a year (expected); one is a draft.
"""

from datetime import date

from events.dates import DatePrecision
from events.models import Agreement, Event, Organization, Person, Place, Source

from .factories import make_event, make_source

GAZETTE_TEXT = (
    "BRUSSELS, April 6 (Gazette) - Russian Defence Minister Boris Lavrentiev visited NATO "
    "headquarters on Monday, where Secretary General Marta Keller welcomed him.\n\n"
    "Lavrentiev and Keller signed a transit agreement on April 7 and 8, allowing NATO supplies "
    "to cross Russian territory.\n\n"
    "A draft plan for a joint staff college was discussed but not agreed."
)
WIRE_TEXT = (
    "MOSCOW, May 10 (Wire) - Foreign Minister Ilya Zamyatin met Marta Keller in Moscow "
    "today.\n\n"
    "Talks on a submarine rescue framework are planned for May in the Black Sea region.\n\n"
    "A joint naval exercise is expected later this year."
)

# Slugs the tests refer to.
GAZETTE, WIRE = "brussels-gazette-report", "moscow-wire-digest"
NATO, RUSSIA, COUNCIL, MINISTRY = (
    "nato",
    "russia",
    "nato-russia-council",
    "russian-defence-ministry",
)
BRUSSELS, MOSCOW, BLACK_SEA = "brussels", "moscow", "black-sea"
KELLER, LAVRENTIEV, ZAMYATIN = "marta-keller", "boris-lavrentiev", "ilya-zamyatin"
TRANSIT, RESCUE = "transit-agreement", "rescue-framework"
VISIT = "lavrentiev-visits-brussels"
SIGNING = "transit-agreement-signed"
TALKS = "rescue-talks-planned"
MOSCOW_MEETING = "zamyatin-meets-keller-in-moscow"
EXERCISE = "naval-exercise-expected"
DRAFT = "staff-college-draft"
# Chronological: the year 2004 comes before its days.
PUBLISHED = [EXERCISE, VISIT, SIGNING, TALKS, MOSCOW_MEETING]


def _organizations():
    nato = Organization.objects.create(slug=NATO, name="NATO", kind="alliance", aliases="Alliance")
    russia = Organization.objects.create(
        slug=RUSSIA, name="Russia", kind="state", aliases="Russian Federation\nMoscow"
    )
    Organization.objects.create(
        slug=COUNCIL, name="NATO–Russia Council", kind="government_body", parent=nato
    )
    Organization.objects.create(
        slug=MINISTRY, name="Russian Defence Ministry", kind="government_body", parent=russia
    )


def _places():
    Place.objects.create(
        slug=BRUSSELS,
        name="Brussels",
        kind="city",
        country="Belgium",
        latitude="50.85045",
        longitude="4.34878",
    )
    Place.objects.create(
        slug=MOSCOW,
        name="Moscow",
        kind="city",
        country="Russia",
        latitude="55.75583",
        longitude="37.61730",
    )
    Place.objects.create(slug=BLACK_SEA, name="Black Sea", kind="sea")


def _people():
    organization = Organization.objects.get
    Person.objects.create(
        slug=KELLER,
        name="Marta Keller",
        role="Secretary General",
        affiliation=organization(slug=NATO),
    )
    Person.objects.create(
        slug=LAVRENTIEV,
        name="Boris Lavrentiev",
        role="Defence Minister",
        affiliation=organization(slug=RUSSIA),
        aliases="Lavrentiev\nB. Lavrentiev",
    )
    Person.objects.create(
        slug=ZAMYATIN, name="Ilya Zamyatin", role="Foreign Minister", affiliation=None
    )


def _agreements():
    parties = Organization.objects.filter(slug__in=[NATO, RUSSIA])
    transit = Agreement.objects.create(
        slug=TRANSIT,
        name="Transit Agreement",
        short_name="TA",
        status="signed",
        summary="Lets NATO supplies cross Russian territory.",
    )
    rescue = Agreement.objects.create(
        slug=RESCUE,
        name="Submarine Rescue Framework",
        status="under_negotiation",
        summary="Cooperation in rescuing the crews of stricken submarines.",
    )
    transit.parties.set(parties)
    rescue.parties.set(parties)


def _event(slug, *, people=(), places=(), organizations=(), agreements=(), quotes=(), **fields):
    event = make_event(slug=slug, **fields)
    for person_slug, role in people:
        event.participations.create(person=Person.objects.get(slug=person_slug), role=role)
    event.places.set(Place.objects.filter(slug__in=places))
    event.organizations.set(Organization.objects.filter(slug__in=organizations))
    event.agreements.set(Agreement.objects.filter(slug__in=agreements))
    for source_slug, quote in quotes:
        event.citations.create(source=Source.objects.get(slug=source_slug), quote=quote)
    return event


def build():
    """Create the dataset (in an empty database)."""
    make_source(
        slug=GAZETTE,
        title="Lavrentiev visits NATO",
        publisher="Brussels Gazette",
        publication_date=date(2004, 4, 6),
        text=GAZETTE_TEXT,
    )
    make_source(
        slug=WIRE,
        title="Zamyatin and Keller meet in Moscow",
        publisher="Moscow Wire",
        publication_date=date(2004, 5, 10),
        text=WIRE_TEXT,
    )
    _organizations()
    _places()
    _people()
    _agreements()
    _event(
        VISIT,
        title="Lavrentiev visits NATO headquarters",
        summary="The Russian defence minister is welcomed in Brussels.",
        event_type=Event.Type.VISIT,
        start_date=date(2004, 4, 5),
        date_note="“Monday” in an article published Tuesday 6 April 2004.",
        people=[(LAVRENTIEV, "visitor"), (KELLER, "host")],
        places=[BRUSSELS],
        organizations=[NATO, RUSSIA],
        quotes=[(GAZETTE, "visited NATO headquarters on Monday")],
    )
    _event(
        SIGNING,
        title="Transit agreement signed",
        summary="NATO and Russia sign an agreement on the transit of supplies.",
        event_type=Event.Type.AGREEMENT_SIGNED,
        start_date=date(2004, 4, 7),
        end_date=date(2004, 4, 8),
        people=[(LAVRENTIEV, "signatory"), (KELLER, "signatory")],
        places=[BRUSSELS],
        organizations=[COUNCIL],
        agreements=[TRANSIT],
        quotes=[(GAZETTE, "signed a transit agreement on April 7 and 8")],
    )
    _event(
        TALKS,
        title="Submarine rescue talks planned",
        summary="Talks on a submarine rescue framework are planned.",
        event_type=Event.Type.NEGOTIATION,
        status=Event.Status.PLANNED,
        start_date=date(2004, 5, 1),
        date_precision=DatePrecision.MONTH,
        places=[BLACK_SEA],
        organizations=[NATO, RUSSIA],
        agreements=[RESCUE],
        quotes=[(WIRE, "Talks on a submarine rescue framework are planned for May")],
    )
    _event(
        MOSCOW_MEETING,
        title="Zamyatin meets Keller in Moscow",
        summary="The foreign minister and the secretary general meet.",
        event_type=Event.Type.MEETING,
        start_date=date(2004, 5, 10),
        people=[(ZAMYATIN, "host"), (KELLER, "guest")],
        places=[MOSCOW],
        organizations=[NATO, RUSSIA],
        quotes=[(WIRE, "Foreign Minister Ilya Zamyatin met Marta Keller in Moscow")],
    )
    _event(
        EXERCISE,
        title="Joint naval exercise expected",
        summary="A joint naval exercise is expected during the year.",
        event_type=Event.Type.EXERCISE,
        status=Event.Status.EXPECTED,
        start_date=date(2004, 1, 1),
        date_precision=DatePrecision.YEAR,
        places=[BLACK_SEA],
        organizations=[MINISTRY],
        quotes=[(WIRE, "A joint naval exercise is expected later this year.")],
    )
    _event(
        DRAFT,
        title="Joint staff college discussed",
        summary="A draft plan, not agreed.",
        event_type=Event.Type.PROPOSAL,
        start_date=date(2004, 4, 5),
        published=False,
        people=[(LAVRENTIEV, "participant")],
        organizations=[NATO],
        quotes=[(GAZETTE, "A draft plan for a joint staff college was discussed")],
    )
