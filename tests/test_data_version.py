"""The database bumps the data version on every write, whoever makes it; answers follow at once.

Each write path (``tests/writes.py``) changes what the public timeline, the event page, the API and
the CSV export show, and the ETag, on the very next request, with every answer
warmed in the cache beforehand. On SQLite and on PostgreSQL (``make test-postgres``).
"""

import pytest
from django.db import connection, transaction
from django.urls import reverse

from events import data_version
from events.models import Event, Place
from tests.dataset import VISIT
from tests.writes import RETITLES, retitle_through_a_second_connection

pytestmark = pytest.mark.django_db(transaction=True)

NEW_TITLE = "Renamed where nobody sends a signal"


def public_answers(client):
    """What a visitor sees of the event: ``{output: text}``, and the timeline's ETag."""
    timeline = client.get("/")
    texts = {
        "timeline": timeline.text,
        "event page": client.get(reverse("events:event-detail", args=[VISIT])).text,
        "api": client.get("/api/events/?page_size=100").text,
        "csv": b"".join(client.get(reverse("exports:events-csv")).streaming_content).decode(),
    }
    return texts, timeline["ETag"]


@pytest.mark.parametrize("retitle", [*RETITLES, retitle_through_a_second_connection])
def test_every_write_path_shows_at_once(client, dataset_transactional_db, retitle):
    before, etag = public_answers(client)
    assert all(NEW_TITLE not in text for text in before.values())

    retitle(VISIT, NEW_TITLE)

    after, new_etag = public_answers(client)
    assert {output: NEW_TITLE in text for output, text in after.items()} == dict.fromkeys(
        after, True
    )
    assert new_etag != etag
    assert client.get("/", headers={"if-none-match": etag}).status_code == 200


def test_bulk_create_delete_and_links_show_at_once(client, dataset_transactional_db):
    visit = Event.objects.get(slug=VISIT)
    added = Event(slug="bulk-made", title="Made in bulk", summary="-", published=True)
    added.start_date, added.event_type = visit.start_date, visit.event_type
    place = Place.objects.exclude(events=visit).first()

    public_answers(client)
    Event.objects.bulk_create([added])
    assert "Made in bulk" in public_answers(client)[0]["api"]

    place_filter = f"/api/events/?place={place.slug}"
    assert VISIT not in client.get(place_filter).text
    visit.places.add(place)
    assert VISIT in client.get(place_filter).text

    visit.delete()
    after, _etag = public_answers(client)
    assert VISIT not in after["api"] and VISIT not in after["timeline"]


def tables_with_triggers():
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT tbl_name FROM sqlite_master WHERE name LIKE 'data_version_%'")
        else:
            cursor.execute(
                "SELECT event_object_table FROM information_schema.triggers "
                "WHERE trigger_name = 'data_version_after_write'"
            )
        return {table for (table,) in cursor.fetchall()}


def test_every_content_table_has_its_triggers():
    content_tables = set(data_version.content_tables())
    assert {"events_event", "events_event_places", "events_citation"} <= content_tables
    assert not {"events_dataversion", "events_historicalevent"} & content_tables
    assert tables_with_triggers() == content_tables


def test_a_transaction_of_many_writes_changes_the_version(dataset_transactional_db):
    before = data_version.current().number
    with transaction.atomic():
        for n in range(3):
            Event.objects.filter(slug=VISIT).update(title=f"{NEW_TITLE} {n}")
        Place.objects.update(name="Renamed")
        within = data_version.current().number
        assert within > before
        Event.objects.filter(slug=VISIT).update(title=NEW_TITLE)
        # A write after the version was read changes it again: what was computed under
        # the version read may not have seen this write.
        assert data_version.current().number > within
    if connection.vendor == "postgresql":
        # Otherwise once per transaction there, however many statements it runs.
        assert data_version.current().number == within + 1


def test_a_database_never_written_to_counts_as_version_zero(dataset_transactional_db):
    from events.models import DataVersion

    DataVersion.objects.all().delete()
    assert data_version.current().number == 0
    Event.objects.filter(slug=VISIT).update(title=NEW_TITLE)
    assert data_version.current().number >= 1


def test_browsers_always_revalidate_and_staff_pages_stay_private(
    client, admin_client, dataset_transactional_db
):
    for url in ("/", f"/events/{VISIT}/", "/api/events/"):
        public = client.get(url)
        assert public["Cache-Control"] == "no-cache", url
        assert "Last-Modified" not in public  # the ETag carries the release; a date cannot
        not_modified = client.get(url, headers={"if-none-match": public["ETag"]})
        assert (not_modified.status_code, not_modified["Cache-Control"]) == (304, "no-cache")
        staff = admin_client.get(url)
        assert set(staff["Cache-Control"].split(", ")) == {"no-cache", "private"}, url
