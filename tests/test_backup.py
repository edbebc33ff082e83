"""Backups restore to identical content, and migrations run backwards and forwards."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection

from events.models import Citation, Event, Participation, Person, Source

from .factories import make_event

# The documented backup command's arguments (README, "Backup and restore").
BACKUP_ARGUMENTS = [
    "--natural-foreign",
    "--natural-primary",
    "--exclude=contenttypes",
    "--exclude=auth.permission",
    "--exclude=sessions",
    "--exclude=axes",
]
LISTS = ["events", "people", "places", "organizations", "agreements", "sources"]


def api_snapshot(client):
    """Everything the public API shows, including each source's full text."""
    snapshot = {}
    for kind in LISTS:
        response = client.get(f"/api/{kind}/", {"page_size": 500})
        assert response.status_code == 200
        snapshot[kind] = response.json()
    for source in snapshot["sources"]["results"]:
        snapshot[source["slug"]] = client.get(f"/api/sources/{source['slug']}/").json()
    return snapshot


@pytest.mark.django_db
def test_a_dump_restored_into_an_empty_database_reproduces_identical_content(client, tmp_path):
    # Editors' changes on top of the seed: an edit, a new event with links, a draft.
    Event.objects.filter(slug="lavrentiev-visits-brussels").update(title="Edited title")
    added = make_event(slug="added-after-seed", title="Added after the seed")
    Participation.objects.create(
        event=added, person=Person.objects.get(slug="boris-lavrentiev"), role="host"
    )
    source = Source.objects.get(slug="brussels-gazette-report")
    Citation.objects.create(event=added, source=source, quote=source.text[:60])
    make_event(slug="a-draft", published=False)
    User.objects.create_user("editor", password="a-long-editor-passphrase")
    before = api_snapshot(client)
    assert "Edited title" in str(before["events"])
    events_before = Event.objects.count()

    backup = tmp_path / "backup.json"
    call_command("dumpdata", *BACKUP_ARGUMENTS, output=str(backup), verbosity=0)
    # Fire PostgreSQL's deferred foreign-key checks now, or it refuses to TRUNCATE.
    connection.check_constraints()
    call_command("flush", interactive=False, verbosity=0)
    assert api_snapshot(client)["events"]["count"] == 0

    call_command("restore_backup", str(backup), verbosity=0, stdout=io.StringIO())
    assert api_snapshot(client) == before
    assert Event.objects.count() == events_before
    assert User.objects.get(username="editor").check_password("a-long-editor-passphrase")


@pytest.mark.django_db(transaction=True)
def test_migrations_run_back_to_zero_and_forward_again_on_a_seeded_database(
    seeded_transactional_db,
):
    assert Event.objects.exists()
    call_command("migrate", "events", "zero", verbosity=0)
    assert "events_event" not in connection.introspection.table_names()
    call_command("migrate", verbosity=0)
    assert "events_event" in connection.introspection.table_names()
    out = io.StringIO()
    call_command("load_seed", stdout=out)
    assert "Loaded the seed" in out.getvalue()
    assert Event.objects.published().exists()
