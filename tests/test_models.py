import importlib
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from events.dates import DatePrecision
from events.models import Citation, Event, Organization, Person, Place, Source
from events.quotes import occurrences

from .factories import make_event, make_source

pytestmark = pytest.mark.django_db


def test_citation_offsets_and_quote_come_from_the_source_text():
    source = make_source(text="Intro. The NATO–Russia\u00a0Council met on “Monday”. Outro.")
    citation = Citation.objects.create(
        event=make_event(), source=source, quote=' The NATO-Russia Council met\non "Monday".\n'
    )
    assert citation.quote == "The NATO–Russia\u00a0Council met on “Monday”."
    assert source.text[citation.start_offset : citation.end_offset] == citation.quote
    assert citation.anchor == f"passage-{citation.start_offset}-{citation.end_offset}"


def test_a_quote_not_in_its_source_is_rejected_saying_which_part_differs():
    citation = Citation(
        event=make_event(), source=make_source(), quote="NATO and Russia met on Tuesday."
    )
    with pytest.raises(ValidationError) as error:
        citation.full_clean()
    message = error.value.message_dict["quote"][0]
    assert "matches up to “NATO and Russia met on ”" in message
    assert "“Tuesday.”" in message
    with pytest.raises(ValidationError):
        citation.save()
    assert citation.pk is None


def test_a_quote_with_no_matching_start_is_rejected():
    citation = Citation(event=make_event(), source=make_source(), quote="§ nothing like it")
    with pytest.raises(ValidationError, match="not even its first character"):
        citation.full_clean()


def test_an_empty_quote_is_rejected():
    citation = Citation(event=make_event(), source=make_source(), quote="   ")
    with pytest.raises(ValidationError):
        citation.save()


def test_end_before_start_is_rejected_by_clean_and_by_the_database():
    event = Event(
        slug="backwards",
        title="Backwards",
        summary="…",
        event_type=Event.Type.VISIT,
        start_date=date(2004, 4, 8),
        end_date=date(2004, 4, 7),
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "before the start" in error.value.message_dict["end_date"][0]
    with pytest.raises(IntegrityError), transaction.atomic():
        event.save()


def test_a_day_on_a_year_precision_date_is_rejected():
    event = Event(
        slug="year-with-a-day",
        title="Year with a day",
        summary="…",
        event_type=Event.Type.VISIT,
        start_date=date(2004, 4, 8),
        date_precision=DatePrecision.YEAR,
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "enter 2004-01-01" in error.value.message_dict["start_date"][0]


def test_slugs_are_unique():
    make_event(slug="same")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_event(slug="same")
    with pytest.raises(ValidationError) as error:
        Event(
            slug="same", title="x", summary="x", event_type="visit", start_date=date(2004, 1, 1)
        ).full_clean()
    assert "slug" in error.value.message_dict


def test_events_sort_chronologically_and_stably():
    Event.objects.all().delete()
    later = make_event(slug="b-later", start_date=date(2004, 4, 8))
    year = make_event(slug="a-year", start_date=date(2004, 1, 1), date_precision="year")
    range_ = make_event(slug="c-range", start_date=date(2004, 4, 7), end_date=date(2004, 4, 8))
    single = make_event(slug="d-single", start_date=date(2004, 4, 7))
    tie = make_event(slug="a-tie", start_date=date(2004, 4, 7))
    assert list(Event.objects.all()) == [year, tie, single, range_, later]


def test_published_queryset_hides_drafts():
    draft = make_event(published=False)
    assert draft not in Event.objects.published()
    assert Event.objects.published().exists()


def test_display_date_and_anticipation_follow_the_fields():
    event = make_event(start_date=date(2004, 1, 1), date_precision="year", status="expected")
    assert event.display_date == "2004"
    assert event.is_anticipated
    assert str(event) == event.title


def test_organization_cannot_be_its_own_ancestor():
    parent = Organization.objects.create(slug="p", name="Parent", kind="alliance")
    child = Organization.objects.create(slug="c", name="Child", kind="mission", parent=parent)
    parent.parent = child
    with pytest.raises(ValidationError, match="own ancestor"):
        parent.full_clean()


def test_place_coordinates_come_in_pairs():
    place = Place(slug="x", name="X", kind="city", latitude=1)
    with pytest.raises(ValidationError, match="both latitude and longitude"):
        place.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        place.save()


def test_a_portrait_needs_alt_text():
    person = Person(slug="p", name="P", role="R", portrait="portraits/p.jpg")
    with pytest.raises(ValidationError) as error:
        person.full_clean()
    assert "portrait_alt" in error.value.message_dict


def test_natural_keys_round_trip():
    ivanov = Person.objects.get_by_natural_key("boris-lavrentiev")
    assert ivanov.natural_key() == ("boris-lavrentiev",)
    citation = Citation.objects.filter(event__slug="lavrentiev-visits-brussels").first()
    assert Citation.objects.get_by_natural_key(*citation.natural_key()) == citation
    participation = ivanov.participations.first()
    assert (
        type(participation).objects.get_by_natural_key(*participation.natural_key())
        == participation
    )


def test_every_model_links_to_its_page():
    assert (
        Person.objects.get(slug="boris-lavrentiev").get_absolute_url()
        == "/people/boris-lavrentiev/"
    )
    assert Place.objects.get(slug="moscow").get_absolute_url() == "/places/moscow/"
    assert Organization.objects.get(slug="nato").get_absolute_url() == "/organizations/nato/"


# What clean() refuses with a message, the database refuses too, however the row is written:
# each constraint with a row that breaks only it.


def _refused(constraint, write):
    with pytest.raises(IntegrityError) as error, transaction.atomic():
        write()
    # SQLite: "CHECK constraint failed: <name>"; PostgreSQL: "… violates check constraint "<name>"".
    assert constraint in str(error.value)


def _raw_update(model, pk, fields):
    """Write ``fields`` to the row with plain SQL, past every check Django makes."""
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(f"{connection.ops.quote_name(name)} = %s" for name in fields)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET {columns} WHERE id = %s", [*fields.values(), pk])


BAD_EVENT_DATES = [
    ("event_start_starts_its_period", {"start_date": date(2004, 4, 8), "date_precision": "month"}),
    ("event_start_starts_its_period", {"start_date": date(2004, 4, 1), "date_precision": "year"}),
    ("event_start_starts_its_period", {"start_date": date(2004, 4, 8), "date_precision": "week"}),
    (
        "event_end_starts_its_period",
        {"start_date": date(2004, 4, 1), "end_date": date(2004, 5, 2), "date_precision": "month"},
    ),
    (
        "event_end_starts_its_period",
        {"start_date": date(2004, 1, 1), "end_date": date(2005, 2, 1), "date_precision": "year"},
    ),
    ("event_end_after_start", {"start_date": date(2004, 4, 8), "end_date": date(2004, 4, 7)}),
    ("event_end_after_start", {"start_date": date(2004, 4, 8), "end_date": date(2004, 4, 8)}),
    (
        "event_bound_has_no_end",
        {"start_date": date(2004, 4, 7), "end_date": date(2004, 4, 8), "date_qualifier": "by"},
    ),
    (
        "event_bound_has_no_end",
        {
            "start_date": date(2004, 4, 7),
            "end_date": date(2004, 4, 8),
            "date_qualifier": "not_before",
        },
    ),
    ("event_within_has_end", {"start_date": date(2004, 4, 7), "date_qualifier": "within"}),
    ("event_date_qualifier_known", {"start_date": date(2004, 4, 7), "date_qualifier": "soon"}),
]


def _event(**fields):
    values = {
        "slug": "written-past-the-admin",
        "title": "Written past the admin",
        "summary": "…",
        "event_type": Event.Type.VISIT,
        "start_date": date(2004, 4, 7),
    }
    return Event(**values | fields)


@pytest.mark.parametrize(("constraint", "fields"), BAD_EVENT_DATES)
def test_the_database_refuses_an_incoherent_event_date_from_bulk_create(constraint, fields):
    _refused(constraint, lambda: Event.objects.bulk_create([_event(**fields)]))


@pytest.mark.parametrize(("constraint", "fields"), BAD_EVENT_DATES)
def test_the_database_refuses_an_incoherent_event_date_from_raw_sql(constraint, fields):
    event = make_event(start_date=date(2004, 4, 7))
    fields = {"end_date": None} | fields  # the start first would break "end after start"
    _refused(constraint, lambda: _raw_update(Event, event.pk, fields))


# An unknown precision or qualifier is refused by the field's own choices.
@pytest.mark.parametrize(("constraint", "fields"), BAD_EVENT_DATES[:2] + BAD_EVENT_DATES[3:-1])
def test_clean_explains_each_refusal_in_the_editors_terms(constraint, fields):
    with pytest.raises(ValidationError) as error:
        _event(**fields).full_clean()
    messages = " ".join(error.value.messages)
    assert "Constraint" not in messages  # the readable message, not the database's name
    assert messages


@pytest.mark.parametrize(
    "fields",
    [
        {"start_date": date(2004, 4, 7)},
        {
            "start_date": date(2004, 4, 1),
            "date_precision": "month",
            "date_qualifier": "approximate",
        },
        {"start_date": date(2004, 1, 1), "end_date": date(2006, 1, 1), "date_precision": "year"},
        {
            "start_date": date(2004, 4, 1),
            "end_date": date(2004, 6, 1),
            "date_precision": "month",
            "date_qualifier": "within",
        },
        {"start_date": date(2004, 4, 7), "date_qualifier": "by"},
    ],
)
def test_every_coherent_date_is_accepted(fields):
    (event,) = Event.objects.bulk_create([_event(**fields)])
    _raw_update(Event, event.pk, fields)
    event.full_clean()


BAD_READINGS = [
    (
        "citation_reading_start_starts_its_period",
        {"reported_start_date": date(2004, 4, 8), "reported_date_precision": "month"},
    ),
    (
        "citation_reading_start_starts_its_period",
        {"reported_start_date": date(2004, 4, 1), "reported_date_precision": "year"},
    ),
    (
        "citation_reading_end_starts_its_period",
        {
            "reported_start_date": date(2004, 4, 1),
            "reported_end_date": date(2004, 5, 9),
            "reported_date_precision": "month",
        },
    ),
    (
        "citation_reading_end_after_start",
        {"reported_start_date": date(2004, 4, 8), "reported_end_date": date(2004, 4, 8)},
    ),
    (
        "citation_reading_bound_has_no_end",
        {
            "reported_start_date": date(2004, 4, 7),
            "reported_end_date": date(2004, 4, 8),
            "reported_date_qualifier": "by",
        },
    ),
    (
        "citation_reading_within_has_end",
        {"reported_start_date": date(2004, 4, 7), "reported_date_qualifier": "within"},
    ),
]


def _cited(**fields):
    """An unsaved citation of "NATO" with a whole, coherent reading, changed by ``fields``."""
    reading = {
        "reported_start_date": date(2004, 4, 5),
        "reported_end_date": None,
        "reported_date_precision": "day",
        "reported_date_qualifier": "exact",
    }
    return Citation(
        event=make_event(),
        source=make_source(),
        quote="NATO",
        start_offset=0,
        end_offset=4,
        **reading | fields,
    )


@pytest.mark.parametrize(("constraint", "fields"), BAD_READINGS)
def test_the_database_refuses_an_incoherent_reading_from_bulk_create(constraint, fields):
    citation = _cited(**fields)
    _refused(constraint, lambda: Citation.objects.bulk_create([citation]))


@pytest.mark.parametrize(("constraint", "fields"), BAD_READINGS)
def test_the_database_refuses_an_incoherent_reading_from_raw_sql(constraint, fields):
    (citation,) = Citation.objects.bulk_create([_cited()])
    _refused(constraint, lambda: _raw_update(Citation, citation.pk, fields))


@pytest.mark.parametrize(("constraint", "fields"), BAD_READINGS)
def test_clean_explains_an_incoherent_reading(constraint, fields):
    with pytest.raises(ValidationError) as error:
        _cited(**fields).full_clean()
    assert set(error.value.message_dict) <= {"reported_start_date", "reported_end_date"}
    assert "Constraint" not in " ".join(error.value.messages)


SOURCE_CONSTRAINT = "source_publication_date_starts_its_period"
BAD_PUBLICATION_DATES = [
    {"publication_date": date(2004, 4, 6), "publication_date_precision": "month"},
    {"publication_date": date(2004, 4, 1), "publication_date_precision": "year"},
    {"publication_date": date(2004, 4, 6), "publication_date_precision": "week"},
]


def _source(**fields):
    values = {
        "slug": "undated-copy",
        "title": "An undated copy",
        "publisher": "Test Gazette",
        "publication_date": date(2004, 4, 1),
        "publication_date_precision": "month",
        "publication_date_note": "Only the month is known.",
        "text": "NATO and Russia met.",
    }
    return Source(**values | fields)


@pytest.mark.parametrize("fields", BAD_PUBLICATION_DATES)
def test_the_database_refuses_a_publication_date_finer_than_its_precision(fields):
    _refused(SOURCE_CONSTRAINT, lambda: Source.objects.bulk_create([_source(**fields)]))
    (source,) = Source.objects.bulk_create([_source()])
    _refused(SOURCE_CONSTRAINT, lambda: _raw_update(Source, source.pk, fields))


def test_a_publication_date_is_kept_and_shown_at_its_precision():
    source = _source(publication_date=date(2004, 4, 6))
    with pytest.raises(ValidationError) as error:
        source.full_clean()
    assert "enter 2004-04-01" in error.value.message_dict["publication_date"][0]
    source = _source()
    source.full_clean()
    source.save()
    assert source.publication.display == "April 2004"
    assert make_source().publication.display == "6 April 2004"  # a day, by default


def _date_fix():
    migration = importlib.import_module(
        "events.migrations.0007_source_date_precision_and_stored_dates_fixed"
    )
    return migration.coherent


@pytest.mark.parametrize(
    ("stored", "fixed"),
    [
        (
            (date(2004, 4, 5), None, "month", "approximate"),
            (date(2004, 4, 1), None, "month", "approximate"),
        ),
        (
            (date(2004, 4, 5), date(2004, 4, 20), "month", "within"),
            (date(2004, 4, 1), None, "month", "exact"),
        ),
        ((date(2004, 4, 5), date(2004, 4, 9), "day", "by"), (date(2004, 4, 9), None, "day", "by")),
        (
            (date(2004, 3, 5), date(2005, 7, 9), "year", "exact"),
            (date(2004, 1, 1), date(2005, 1, 1), "year", "exact"),
        ),
    ],
)
def test_the_migration_brings_stored_dates_into_line_and_says_what_it_changed(stored, fixed):
    result, changes = _date_fix()(*stored)
    assert result == fixed
    assert changes
    assert _date_fix()(*fixed) == (fixed, [])


def test_a_passage_is_found_at_every_occurrence_overlapping_ones_included():
    assert occurrences("abab ab", " ab ") == [0, 2, 5]  # surrounding white space is forgiven
    assert occurrences("aaa", "aa") == [0, 1]
    assert occurrences("NATO", "Russia") == []
    assert occurrences("NATO", "  ") == []
