"""The search index follows every write, whoever makes it: the database's triggers keep it.

Each write path below changes what an event is found by, and the very next search finds
it by its new words and no longer by its old ones. On SQLite and on PostgreSQL
(``make test-postgres``), as for the data version: the event's title is written in
every way of ``tests/writes.py``, its links and citations in those the ORM and SQL offer.
"""

import io
import json
from collections import Counter

import pytest
from django.core import serializers
from django.core.management import call_command
from django.db import connection

from events import search, search_index
from events.models import Agreement, Citation, Event, Organization, Participation, Person, Place
from tests.dataset import VISIT
from tests.factories import make_event, make_source
from tests.writes import RETITLES, load, retitle_through_a_second_connection, retitle_with_update

pytestmark = pytest.mark.django_db

OLD_TITLE, NEW_TITLE = "Walrus congress", "Quetzal congress"
SOURCE_TEXT = (
    "LISBON (Courier) - Delegates met in the harbour. The okapi sanctuary opened on Friday, "
    "as an aardvark choir sang."
)
QUOTE = "The okapi sanctuary opened on Friday"


def found(*words):
    """The slugs of the events (drafts too) holding each of ``words``, as ``q`` reads them
    but without close names: an old name must not be found through its new spelling."""
    terms = tuple(search.Term((word.lower(),)) for word in words)
    found = search.matching(Event.objects.all(), search.Search(" ".join(words), terms))
    return set(found.values_list("slug", flat=True))


def pieces(**where):
    """The search index's rows, without their ids: what triggers or a rebuild made."""
    conditions = " AND ".join(f"{column} = %s" for column in where) or "1 = 1"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT event_id, kind, ref, text FROM {search_index.PIECES} WHERE {conditions}",
            list(where.values()),
        )
        return Counter(cursor.fetchall())


@pytest.fixture
def event():
    return make_event(slug="indexed", title=OLD_TITLE, summary="Narwhal delegates gather.")


# Writes to the event's own columns


@pytest.mark.parametrize("retitle", RETITLES)
def test_a_new_title_is_found_at_once_and_the_old_one_no_longer(event, retitle):
    assert found("walrus") == {"indexed"} and not found("quetzal")
    retitle(event.slug, NEW_TITLE)
    assert found("quetzal") == found("quetzal", "congress") == {"indexed"}
    assert not found("walrus")


@pytest.mark.django_db(transaction=True)
def test_another_program_writing_is_found_at_once(dataset_transactional_db):
    retitle_through_a_second_connection(VISIT, NEW_TITLE)
    assert found("quetzal") == {VISIT}


def test_a_summary_changed_with_update_is_found_at_once(event):
    Event.objects.filter(pk=event.pk).update(summary="Quetzal envoys disperse.")
    assert found("envoys") == {"indexed"}
    assert not found("narwhal")
    # The title's piece is left as it was.
    assert found("walrus") == {"indexed"}


def test_events_made_in_bulk_are_found(event):
    made = Event.objects.bulk_create(
        [
            Event(
                slug=f"bulk-{n}",
                title=f"Capybara parade {n}",
                summary="-",
                start_date=event.start_date,
                event_type=event.event_type,
            )
            for n in range(2)
        ]
    )
    assert found("capybara") == {"bulk-0", "bulk-1"}
    assert pieces(event_id=made[0].pk) == Counter(
        {(made[0].pk, "title", None, "Capybara parade 0"): 1, (made[0].pk, "summary", None, "-"): 1}
    )


# Citations: the quote and the source's text around it


def cite(event, quote=QUOTE, text=SOURCE_TEXT):
    return Citation.objects.create(event=event, source=make_source(text=text), quote=quote)


def test_citations_made_in_bulk_bring_their_quote_and_passage(event):
    citation = Citation(event=event, source=make_source(text=SOURCE_TEXT), quote=QUOTE)
    citation.locate()  # bulk_create skips save(), which sets the offsets
    Citation.objects.bulk_create([citation])
    assert found("okapi", "sanctuary") == {"indexed"}  # the quote
    assert found("aardvark") == found("harbour") == {"indexed"}  # only around it


def test_deleting_a_citation_forgets_its_quote_and_passage(event):
    citation = cite(event)
    assert found("okapi") == found("aardvark") == {"indexed"}
    citation.delete()
    assert not found("okapi") and not found("aardvark")
    assert not pieces(ref=citation.pk, kind="quote") and not pieces(ref=citation.pk, kind="passage")


def test_a_citation_moved_to_another_event_goes_with_it(event):
    citation = cite(event)
    other = make_event(slug="other-event")
    Citation.objects.filter(pk=citation.pk).update(event=other)
    assert found("okapi") == found("aardvark") == {"other-event"}


def test_a_source_text_edited_moves_the_passages_with_it(event):
    citation = cite(event)
    source = citation.source
    source.text = SOURCE_TEXT.replace("aardvark", "pangolin").replace("LISBON", "Prelude. LISBON")
    source.save()  # the citation's offsets move with the edit
    assert found("pangolin") == {"indexed"}
    assert not found("aardvark")
    citation.refresh_from_db()
    assert citation.start_offset == SOURCE_TEXT.index(QUOTE) + len("Prelude. ")


def test_a_source_text_changed_with_update_moves_the_passages_with_it(event):
    source = cite(event).source
    type(source).objects.filter(pk=source.pk).update(
        text=SOURCE_TEXT.replace("aardvark", "pangolin")
    )
    assert found("pangolin") == {"indexed"}
    assert not found("aardvark")


def test_the_passage_is_the_text_near_the_quote(event):
    far = " filler" * search_index.PASSAGE_CONTEXT
    cite(event, text=f"Beginning with a tapir.{far} {SOURCE_TEXT}{far} Ending with a dugong.")
    assert found("aardvark") == {"indexed"}
    assert not found("tapir") and not found("dugong")


# Linked people, places, organizations and agreements


def test_a_participant_is_found_until_the_participation_is_deleted(event):
    person = Person.objects.create(slug="ottokar", name="Ottokar Brzezinski", aliases="Otto B.")
    participation = Participation.objects.create(event=event, person=person, role="guest")
    assert found("brzezinski") == found("otto") == {"indexed"}
    participation.delete()
    assert not found("brzezinski") and not found("otto")


def renamed_with_save(row, **fields):
    for name, value in fields.items():
        setattr(row, name, value)
    row.save()


def renamed_with_update(row, **fields):
    type(row).objects.filter(pk=row.pk).update(**fields)


@pytest.mark.parametrize("rename", [renamed_with_save, renamed_with_update])
def test_a_person_renamed_is_found_by_the_new_name_and_aliases(event, rename):
    person = Person.objects.create(slug="ottokar", name="Ottokar Brzezinski", aliases="Otto B.")
    Participation.objects.create(event=event, person=person, role="guest")
    rename(person, name="Ottokar Wojtyla", aliases="Lolek\nKarol W.")
    assert found("wojtyla") == found("lolek") == found("karol") == {"indexed"}
    assert not found("brzezinski") and not found("otto")


def _place(name):
    return Place.objects.create(slug="linked", name=name, kind="city")


def _organization(name):
    return Organization.objects.create(slug="linked", name=name, kind="alliance")


def _agreement(name):
    return Agreement.objects.create(slug="linked", name=name, status="signed", summary="-")


LINKS = {"places": _place, "organizations": _organization, "agreements": _agreement}


@pytest.mark.parametrize("links", LINKS)
def test_an_entity_linked_and_unlinked_is_found_and_no_longer(event, links):
    entity = LINKS[links]("Zanzibar Harbour")
    getattr(event, links).add(entity)
    assert found("zanzibar") == {"indexed"}
    getattr(event, links).remove(entity)
    assert not found("zanzibar")
    entity.events.add(event)  # from the other side, through the same table
    assert found("zanzibar") == {"indexed"}
    getattr(event, links).clear()
    assert not found("zanzibar")
    assert not pieces(event_id=event.pk, ref=entity.pk)


@pytest.mark.parametrize("links", LINKS)
def test_an_entity_renamed_is_found_by_its_new_name(event, links):
    entity = LINKS[links]("Zanzibar Harbour")
    getattr(event, links).add(entity)
    renamed_with_update(entity, name="Tanganyika Harbour")
    assert found("tanganyika") == {"indexed"}
    assert not found("zanzibar")


@pytest.mark.parametrize("rename", [renamed_with_save, renamed_with_update])
def test_an_agreement_is_found_by_its_short_name_as_it_changes(event, rename):
    agreement = _agreement("Walrus Protection Accord")
    event.agreements.add(agreement)
    rename(agreement, short_name="WALPRO")
    assert found("walpro") == {"indexed"}
    rename(agreement, short_name="NARPRO")
    assert found("narpro") == {"indexed"}
    assert not found("walpro")


def test_an_organization_is_found_by_its_aliases(event):
    organization = _organization("Northern Fisheries Council")
    event.organizations.add(organization)
    renamed_with_update(organization, aliases="Herring Board\nNFC")
    assert found("herring") == found("nfc") == {"indexed"}


def test_deleting_an_event_deletes_all_its_pieces(event):
    event.places.add(_place("Zanzibar Harbour"))
    cite(event)
    assert found("walrus") == found("zanzibar") == found("okapi") == {"indexed"}
    event.delete()
    assert not found("walrus") and not found("zanzibar") and not found("okapi")
    assert not pieces(event_id=event.pk)


def test_links_written_with_raw_sql_are_found(event):
    place = _place("Zanzibar Harbour")
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO events_event_places (event_id, place_id) VALUES (%s, %s)",
            [event.pk, place.pk],
        )
        assert found("zanzibar") == {"indexed"}
        cursor.execute("DELETE FROM events_event_places WHERE place_id = %s", [place.pk])
    assert not found("zanzibar")


def test_loaddata_of_an_event_with_its_links_is_found(event):
    place = _place("Zanzibar Harbour")
    records = json.loads(
        serializers.serialize(
            "json", [event], use_natural_primary_keys=True, use_natural_foreign_keys=True
        )
    )
    records[0]["fields"].update(title_en=NEW_TITLE, places=[[place.slug]])
    load(records)
    assert found("quetzal", "zanzibar") == {"indexed"}
    assert not found("walrus")


# Installing and rebuilding


def tables_with_triggers(name="search_after_write"):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT tbl_name FROM sqlite_master WHERE name LIKE 'search_after_%'")
        else:
            # information_schema leaves out TRUNCATE triggers.
            cursor.execute(
                "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = %s", [name]
            )
        return {table for (table,) in cursor.fetchall()}


def test_every_table_the_pieces_come_from_has_its_triggers():
    tables = {trigger.table for trigger in search_index.TRIGGERS}
    assert {"events_event", "events_citation", "events_source", "events_person"} <= tables
    assert {rule.table for rule in search_index.all_rules()} <= tables
    assert tables_with_triggers() == tables
    if connection.vendor == "postgresql":
        # Each table the pieces are read from directly; the others cannot be truncated alone.
        assert tables_with_triggers("search_after_truncate") == {
            rule.table for rule in search_index.all_rules()
        }


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no TRUNCATE")
def test_truncating_a_link_table_forgets_only_its_pieces(event):
    event.places.add(_place("Zanzibar Harbour"))
    with connection.cursor() as cursor:
        # Django's foreign keys are checked at commit; TRUNCATE wants them checked first.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("TRUNCATE events_event_places")
    assert not found("zanzibar")
    assert found("walrus") == {"indexed"}
    assert not pieces(kind="place") and pieces(kind="person")


@pytest.mark.django_db(transaction=True)
def test_a_flushed_database_keeps_no_pieces(dataset_transactional_db):
    """``flush`` (as between tests, or before restoring a backup) truncates on PostgreSQL:
    pieces left behind would be found under the ids of the rows loaded next."""
    assert pieces()
    call_command("flush", interactive=False, verbosity=0)
    assert not pieces()


def assert_full_text_index_matches_pieces():
    """On SQLite the FTS5 table is kept beside the pieces: it must index exactly them."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            # Raises if the index and its content table disagree.
            cursor.execute(
                f"INSERT INTO {search_index.FTS} ({search_index.FTS}, rank)"
                " VALUES ('integrity-check', 1)"
            )


def write_everything(event):
    """Writes of every kind, so that the triggers have had their say on each table."""
    renamed_with_update(event, title=NEW_TITLE)
    person = Person.objects.create(slug="ottokar", name="Ottokar Brzezinski", aliases="Otto B.")
    Participation.objects.create(event=event, person=person, role="guest")
    renamed_with_update(person, aliases="Lolek")
    event.places.add(_place("Zanzibar Harbour"))
    citation = cite(event)
    type(citation.source).objects.filter(pk=citation.source_id).update(
        text=SOURCE_TEXT.replace("aardvark", "pangolin")
    )
    cite(make_event(slug="deleted"), quote="Delegates met in the harbour").event.delete()


def test_a_rebuild_gives_the_pieces_the_triggers_made(event):
    write_everything(event)
    by_triggers = pieces()
    assert pieces(event_id=event.pk)  # the dataset's events and this one
    assert search_index.rebuild(connection) == sum(by_triggers.values())
    assert pieces() == by_triggers
    assert_full_text_index_matches_pieces()
    assert found("quetzal", "lolek", "zanzibar", "okapi", "pangolin") == {"indexed"}


def test_the_migration_can_be_undone_and_done_again(event):
    """What migration 0012 does and undoes: nothing of the index is left once it is undone."""
    made = pieces()
    search_index.uninstall(connection)
    assert not tables_with_triggers() and not tables_with_triggers("search_after_truncate")
    with connection.cursor() as cursor:
        assert search_index.PIECES not in connection.introspection.table_names(cursor)
    search_index.install(connection)
    search_index.rebuild(connection)
    assert pieces() == made
    assert_full_text_index_matches_pieces()
    retitle_with_update(event.slug, NEW_TITLE)
    assert found("quetzal") == {"indexed"}


def test_the_command_rebuilds_a_lost_index_and_says_how_many_pieces(event):
    write_everything(event)
    by_triggers = pieces()
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {search_index.PIECES}")
    assert not found("quetzal")
    output = io.StringIO()
    call_command("rebuild_search_index", stdout=output)
    assert output.getvalue() == f"Rebuilt the search index: {sum(by_triggers.values())} pieces.\n"
    assert pieces() == by_triggers
    assert_full_text_index_matches_pieces()
    assert found("quetzal", "zanzibar") == {"indexed"}
