"""The tallies of published events per linked row follow every write, whoever makes it.

Each test writes in one of the ways the ORM, SQL or another program can, and checks the
tally it changes, and that the tallies are still exactly what counting from scratch
gives. On SQLite and on PostgreSQL (``make test-postgres``), whose triggers differ (rows
one at a time there, whole statements here).
"""

import io
import json
from datetime import date

import pytest
from django.core import serializers
from django.core.management import call_command
from django.db import IntegrityError, connection, connections, transaction
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from events import tallies
from events.facets import CHOICE_FACETS
from events.kinds import KINDS
from events.models import Agreement, Citation, Event, Organization, Participation, Person, Place
from tests.factories import make_event, make_source
from tests.writes import load

pytestmark = pytest.mark.django_db

TEXT = "ODESSA (Wire) - The ferry sailed at dawn. The harbour master waved. Gulls followed."


def all_tallies(given=tallies.EVERY):
    """Every (kind, ref) with ``given`` published events: what the triggers keep."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT kind, ref, events FROM {tallies.TALLY} WHERE given = %s AND events > 0",
            [given],
        )
        return {(kind, ref): events for kind, ref, events in cursor.fetchall()}


def tally(row, given=tallies.EVERY):
    kind = next(kind.param for kind in KINDS if isinstance(row, kind.model))
    return all_tallies(given).get((kind, row.pk), 0)


def every_tally():
    """Every row of every table of tallies with events, keyed by table and key, and each
    event's facets (in any order)."""
    rows = {}
    with connection.cursor() as cursor:
        for table, keys in tallies.KEYS.items():
            cursor.execute(f"SELECT {', '.join(keys)}, events FROM {table} WHERE events > 0")
            rows.update({(table, *row[:-1]): row[-1] for row in cursor.fetchall()})
        cursor.execute(f"SELECT event_id, facets FROM {tallies.EVENT_FACETS}")
        rows.update({(tallies.EVENT_FACETS, pk): sorted(facets.split()) for pk, facets in cursor})
    return rows


def assert_tallies_are_a_fresh_count():
    kept = every_tally()
    tallies.rebuild(connection)
    assert every_tally() == kept


@pytest.fixture(autouse=True)
def _still_a_fresh_count_after_each_test():
    yield
    assert_tallies_are_a_fresh_count()


@pytest.fixture
def person():
    return Person.objects.create(slug="ottilie", name="Ottilie Brandt")


@pytest.fixture
def source():
    return make_source(text=TEXT)


def participate(event, person):
    return Participation.objects.create(event=event, person=person, role="guest")


def cite(event, source, quote="The ferry sailed at dawn"):
    return Citation.objects.create(event=event, source=source, quote=quote)


def test_the_kinds_are_those_the_site_links(person):
    assert {(link.kind, link.table, link.column) for link in tallies.LINKS} == {
        (kind.param, kind.through._meta.db_table, f"{kind.lookup}_id") for kind in KINDS
    }


def test_the_choice_fields_are_the_facets():
    assert tuple(CHOICE_FACETS) == tallies.CHOICE_FIELDS


def facets_of(event):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT facets FROM {tallies.EVENT_FACETS} WHERE event_id = %s", [event.pk])
        return [set(facets.split()) for (facets,) in cursor]


def test_each_event_keeps_its_facets_each_once(person, source):
    event = make_event(event_type="meeting", start_date=date(1904, 4, 5), end_date=date(1904, 6, 1))
    participate(event, person)
    cite(event, source)
    cite(event, source, "The harbour master waved")
    assert facets_of(event) == [
        {
            f"person:{person.pk}",
            f"source:{source.pk}",
            "event_type:meeting",
            f"status:{event.status}",
            "months:1904-04:1904-06:day",
        }
    ]
    Citation.objects.filter(event=event).delete()
    event.delete()
    assert facets_of(event) == []


def test_counts_among_events_are_the_same_however_many_texts_their_facets_are_read_as(
    person, source, monkeypatch
):
    events = [make_event(event_type="meeting"), make_event(event_type="visit"), make_event()]
    for event in events[:2]:
        participate(event, person)
    cite(events[0], source)
    pks = [event.pk for event in events]

    def counts():
        counted = tallies.Counted(pks)
        return counted.per_row, counted.per_choice, sorted(counted.month_spans)

    together = counts()
    monkeypatch.setattr(tallies, "EVENTS_PER_TEXT", 1)
    assert counts() == together
    per_row, per_choice, _spans = together
    assert per_row["person"] == {person.pk: 2} and per_row["source"] == {source.pk: 1}
    assert per_choice["event_type"] == {"meeting": 2, "visit": 1}
    assert tallies.Counted([]).per_row == {link.kind: {} for link in tallies.LINKS}


def test_months_types_and_statuses_follow_each_event():
    def of_every_event():
        """The month and choice tallies of every published event, without their given."""
        return {
            (table, *key): n
            for (table, given, *key), n in every_tally().items()
            if table != tallies.TALLY and given == tallies.EVERY
        }

    def added():
        """The month and choice tallies that differ from before the test's writes."""
        now = of_every_event()
        return {key: n - before.get(key, 0) for key, n in now.items() if n != before.get(key)}

    before = of_every_event()
    event = make_event(event_type="meeting", status="occurred", start_date=date(1904, 4, 5))
    make_event(published=False, event_type="visit", start_date=date(1904, 4, 6))
    months, choices = tallies.MONTHS, tallies.CHOICES
    assert added() == {
        (months, "1904-04", "1904-04", "day"): 1,
        (choices, "event_type", "meeting"): 1,
        (choices, "status", "occurred"): 1,
    }
    Event.objects.filter(pk=event.pk).update(
        event_type="visit",
        start_date=date(1905, 1, 1),
        end_date=date(1906, 1, 1),
        date_precision="year",
        status="planned",
    )
    assert added() == {
        (months, "1905-01", "1906-01", "year"): 1,
        (choices, "event_type", "visit"): 1,
        (choices, "status", "planned"): 1,
    }
    Event.objects.filter(pk=event.pk).update(published=False)
    assert added() == {}


def test_the_events_of_each_type_and_status_have_tallies_of_their_own(person):
    meeting, visit = tallies.given("event_type", "meeting"), tallies.given("event_type", "visit")
    occurred = tallies.given("status", "occurred")
    event = make_event(event_type="meeting", status="occurred", start_date=date(1904, 4, 5))
    participate(event, person)
    make_event(event_type="meeting", status="planned")
    assert (tally(person, meeting), tally(person, visit), tally(person, occurred)) == (1, 0, 1)
    published = Event.objects.published()
    assert tallies.Snapshot([meeting]).published == published.filter(event_type="meeting").count()
    assert tallies.Snapshot([occurred]).first_and_last_start[0] == date(1904, 4, 1)
    # An event changing its type moves its counts to the new type's tallies.
    Event.objects.filter(pk=event.pk).update(event_type="visit")
    assert (tally(person, meeting), tally(person, visit), tally(person, occurred)) == (0, 1, 1)
    for value in ("meeting", "visit"):
        of_type = published.filter(event_type=value).values_list("status").annotate(n=Count("pk"))
        assert tallies.Snapshot([tallies.given("event_type", value)]).per_choice["status"] == dict(
            of_type.order_by()
        )
    Event.objects.filter(pk=event.pk).update(status="planned", published=False)
    assert (tally(person, meeting), tally(person, visit), tally(person, occurred)) == (0, 0, 0)


def test_the_events_of_each_span_of_years_have_tallies_of_their_own(person):
    spanning, within = tallies.years_given(1903, 1905), tallies.years_given(1904, 1904)
    event = make_event(start_date=date(1903, 6, 1), end_date=date(1905, 2, 1))
    participate(event, person)
    make_event(start_date=date(1904, 4, 5), date_precision="day")
    assert (tally(person, spanning), tally(person, within)) == (1, 0)
    assert tallies.Snapshot([spanning, within]).published == 2
    assert {(1903, 1905), (1904, 1904)} <= set(tallies.year_spans())
    # An event whose dates move into other years moves its counts with them.
    Event.objects.filter(pk=event.pk).update(start_date=date(1904, 1, 1), end_date=None)
    assert (tally(person, spanning), tally(person, within)) == (0, 1)
    assert tallies.Snapshot([within]).published == 2
    assert (1903, 1905) not in tallies.year_spans()
    assert tallies.years_of(within) == (1904, 1904)
    assert tallies.years_of(tallies.given("status", "occurred")) is None


def test_the_events_of_each_span_of_decades_have_tallies_of_their_own(person):
    nineties, across = tallies.decades_given(1995, 1999), tallies.decades_given(1998, 2003)
    assert (nineties, across) == ("decades:1990-1990", "decades:1990-2000")
    event = make_event(start_date=date(1998, 6, 1), end_date=date(2003, 2, 1))
    participate(event, person)
    make_event(start_date=date(1991, 4, 5))
    assert (tally(person, across), tally(person, nineties)) == (1, 0)
    assert tallies.Snapshot([nineties]).published == 1
    Event.objects.filter(pk=event.pk).update(end_date=None)
    assert (tally(person, across), tally(person, nineties)) == (0, 1)
    assert tallies.Snapshot([nineties]).published == 2


def test_spans_of_years_are_added_up_by_decades_where_a_decade_is_chosen_whole():
    spans = {(1991, 1991), (1995, 1996), (1999, 2001), (2003, 2003), (2004, 2004)}
    givens = tallies.spans_given({(1991, 1991), (1995, 1996), (2003, 2003)}, spans)
    # The nineties' spans are all chosen; of the 2000s' one is, and the span across is not.
    assert sorted(givens) == ["decades:1990-1990", "years:2003-2003"]
    assert tallies.spans_given(set(), spans) == []
    assert sorted(tallies.spans_given(spans, spans)) == [
        "decades:1990-1990",
        "decades:1990-2000",
        "decades:2000-2000",
    ]


def test_each_published_event_counts_once_for_each_row_it_links(person):
    first, second = make_event(), make_event()
    participate(first, person)
    participate(second, person)
    place = Place.objects.create(slug="odessa", name="Odessa", kind="city")
    organization = Organization.objects.create(slug="wire", name="Wire", kind="alliance")
    agreement = Agreement.objects.create(slug="ferry-pact", name="Ferry Pact")
    first.places.add(place)
    first.organizations.add(organization)
    second.agreements.add(agreement)
    assert [tally(row) for row in (person, place, organization, agreement)] == [2, 1, 1, 1]


def test_a_draft_counts_only_once_published_and_no_longer_once_withdrawn(person):
    draft = make_event(published=False)
    participate(draft, person)
    assert tally(person) == 0
    draft.published = True
    draft.save()
    assert tally(person) == 1
    Event.objects.filter(pk=draft.pk).update(published=False)
    assert tally(person) == 0


def test_a_deleted_event_no_longer_counts(person):
    event = make_event()
    participate(event, person)
    event.delete()
    assert tally(person) == 0


def test_an_event_quoting_a_source_twice_counts_once(source):
    event = make_event()
    first = cite(event, source)
    cite(event, source, quote="The harbour master waved")
    assert tally(source) == 1
    first.delete()
    assert tally(source) == 1
    event.citations.all().delete()
    assert tally(source) == 0


def test_quotes_made_and_deleted_in_one_statement_count_once(source):
    event = make_event()
    quotes = ["The ferry sailed at dawn", "The harbour master waved", "Gulls followed"]
    citations = [Citation(event=event, source=source, quote=quote) for quote in quotes]
    for citation in citations:
        citation.locate()  # bulk_create skips save(), which sets the offsets
    Citation.objects.bulk_create(citations)
    assert tally(source) == 1
    Citation.objects.filter(event=event).exclude(quote=quotes[0]).delete()
    assert tally(source) == 1
    Citation.objects.filter(event=event).delete()
    assert tally(source) == 0


def test_a_link_moved_to_another_event_moves_its_count(person):
    published, draft = make_event(), make_event(published=False)
    participation = participate(published, person)
    Participation.objects.filter(pk=participation.pk).update(event=draft)
    assert tally(person) == 0
    Participation.objects.filter(pk=participation.pk).update(event=published)
    assert tally(person) == 1


def test_a_link_moved_to_another_row_moves_its_count(person):
    other = Person.objects.create(slug="bruno", name="Bruno Falk")
    participation = participate(make_event(), person)
    participation.person = other
    participation.save()
    assert (tally(person), tally(other)) == (0, 1)


def test_rewriting_a_link_without_moving_it_changes_nothing(person):
    participation = participate(make_event(), person)
    Participation.objects.filter(pk=participation.pk).update(role="host")
    participation.save()
    assert tally(person) == 1


def test_many_to_many_add_remove_and_clear():
    place = Place.objects.create(slug="odessa", name="Odessa", kind="city")
    events = [make_event(), make_event()]
    for event in events:
        event.places.add(place)
    assert tally(place) == 2
    events[0].places.remove(place)
    assert tally(place) == 1
    place.events.clear()
    assert tally(place) == 0


def test_events_and_links_made_in_bulk(person):
    made = Event.objects.bulk_create(
        [
            Event(slug=f"bulk-{n}", title=f"Bulk {n}", start_date="2004-04-05", published=True)
            for n in range(3)
        ]
    )
    Event.objects.filter(slug="bulk-2").update(published=False)
    Participation.objects.bulk_create(
        [Participation(event=event, person=person, role="guest") for event in made]
    )
    assert tally(person) == 2


def test_raw_sql_writes(person):
    event = make_event()
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO events_participation (event_id, person_id, role) VALUES (%s, %s, 'x')",
            [event.pk, person.pk],
        )
        assert tally(person) == 1
        cursor.execute("UPDATE events_event SET published = %s WHERE id = %s", [False, event.pk])
        assert tally(person) == 0
        cursor.execute("UPDATE events_event SET published = %s WHERE id = %s", [True, event.pk])
        cursor.execute("DELETE FROM events_participation WHERE event_id = %s", [event.pk])
    assert tally(person) == 0


def test_loaddata_of_an_event_with_its_places():
    event, place = make_event(), Place.objects.create(slug="odessa", name="Odessa", kind="city")
    records = json.loads(
        serializers.serialize(
            "json", [event], use_natural_primary_keys=True, use_natural_foreign_keys=True
        )
    )
    records[0]["fields"]["places"] = [[place.slug]]
    load(records)
    assert tally(place) == 1


@pytest.mark.django_db(transaction=True)
def test_another_program_writing_is_counted(dataset_transactional_db, person):
    event = make_event(published=False)
    participate(event, person)
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("UPDATE events_event SET published = %s WHERE id = %s", [True, event.pk])
    finally:
        other.close()
    assert tally(person) == 1


def tables_with_triggers(name):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s",
                [f"{name}%"],
            )
        else:
            # information_schema leaves out TRUNCATE triggers.
            cursor.execute(
                "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = %s", [name]
            )
        return {table for (table,) in cursor.fetchall()}


def test_every_table_the_tallies_read_has_its_triggers():
    operations = ["insert", "update", "delete"]
    if connection.vendor == "postgresql":
        operations.append("truncate")
    for operation in operations:
        assert tables_with_triggers(f"tally_after_{operation}") == set(tallies.TABLES)


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite's triggers fire only for updates of the columns the tallies count",
)
def test_an_update_that_changes_nothing_counted_writes_no_tally(person):
    """PostgreSQL's statement triggers fire for every update of the events, a title's too;
    the tallies' rows are not rewritten for it (each rewrite leaves a dead row version)."""
    event = make_event(event_type="meeting", start_date=date(1904, 4, 5))
    participate(event, person)

    def tally_rows_written():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT COALESCE(SUM(n_tup_ins + n_tup_upd + n_tup_del), 0)"
                " FROM pg_stat_xact_user_tables WHERE relname = ANY(%s)",
                [[*tallies.KEYS, tallies.EVENT_FACETS]],
            )
            return cursor.fetchone()[0]

    before = tally_rows_written()
    Event.objects.filter(pk=event.pk).update(title="Renamed", status=event.status)
    assert tally_rows_written() == before
    Event.objects.filter(pk=event.pk).update(status="planned")
    assert tally_rows_written() > before


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no TRUNCATE")
def test_truncating_a_link_table_empties_only_its_tallies(person):
    event = make_event()
    participate(event, person)
    event.places.add(Place.objects.create(slug="odessa", name="Odessa", kind="city"))
    others = {key: n for key, n in all_tallies().items() if key[0] != "place"}
    with connection.cursor() as cursor:
        # Django's foreign keys are checked at commit; TRUNCATE wants them checked first.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("TRUNCATE events_event_places")
    assert all_tallies() == others
    assert tally(person) == 1


@pytest.mark.django_db(transaction=True)
def test_a_flushed_database_keeps_no_tallies(dataset_transactional_db):
    assert all_tallies()
    call_command("flush", interactive=False, verbosity=0)
    assert not all_tallies()


def test_the_migration_can_be_undone_and_done_again(person):
    participate(make_event(), person)
    tallies.uninstall(connection)
    assert not tables_with_triggers("tally_after_insert")
    with connection.cursor() as cursor:
        assert tallies.TALLY not in connection.introspection.table_names(cursor)
    tallies.install(connection)
    tallies.rebuild(connection)
    assert tally(person) == 1
    participate(make_event(), person)
    assert tally(person) == 2


def test_the_command_counts_lost_tallies_again(person):
    participate(make_event(), person)
    kept = all_tallies()
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {tallies.TALLY}")
    output = io.StringIO()
    call_command("rebuild_tallies", stdout=output)
    assert output.getvalue() == f"Counted the events of {len(kept)} rows.\n"
    assert all_tallies() == kept


def test_a_tally_can_never_go_below_zero(person):
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {tallies.TALLY} (given, kind, ref, events) VALUES ('', 'person', %s, -1)",
            [person.pk],
        )


def test_lists_of_every_published_event_take_their_count_from_the_tallies(client):
    """The unfiltered timeline and API list, and those of some types, are told how many
    events there are (``CountedPaginator``) rather than counting them all; others count."""
    make_event(slug="counted", event_type=Event.Type.EXERCISE)
    draft = make_event(slug="counted-draft", event_type=Event.Type.EXERCISE, published=False)
    published = Event.objects.published()

    def counts_of_events(path):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        counting = [q["sql"] for q in queries if q["sql"].startswith("SELECT COUNT(*)")]
        return response, [sql for sql in counting if '"events_event"' in sql]

    page, counted = counts_of_events("/")
    assert page.context["page_obj"].paginator.count == published.count() and not counted
    page, counted = counts_of_events("/?event_type=exercise&event_type=visit")
    of_types = published.filter(event_type__in=["exercise", "visit"]).count()
    assert page.context["page_obj"].paginator.count == of_types and not counted
    api, counted = counts_of_events("/api/events/")
    assert api.json()["count"] == published.count() and not counted
    # A write the tallies follow, whoever makes it: the next count has it.
    Event.objects.filter(pk=draft.pk).update(published=True)
    assert client.get("/api/events/").json()["count"] == published.count()
    of_type, counted = counts_of_events("/api/events/?event_type=exercise")
    assert of_type.json()["count"] == published.filter(event_type="exercise").count() >= 2
    assert not counted
    filtered, counted = counts_of_events("/api/events/?event_type=exercise&date_from=0001")
    assert filtered.json()["count"] == of_type.json()["count"] and counted


@pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL keeps tables as they are")
def test_sqlite_keeps_each_tally_table_in_the_order_of_its_key():
    """A page reads a given's tallies as one stretch of the table (``tallies.install``)."""
    with connection.cursor() as cursor:
        for table in tallies.KEYS:
            cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [table])
            (sql,) = cursor.fetchone()
            assert sql.rstrip().endswith("WITHOUT ROWID"), table
