"""Every way an event's title can be written, for the tests that what is derived from it
(the data version, the search index) follows whoever writes, the very next read."""

import json
import tempfile
from pathlib import Path

from django.core import serializers
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from events.models import Event
from tests.admin_helpers import admin_form_data, make_editor


def retitle_in_the_admin(slug, title):
    editor = Client()
    editor.force_login(make_editor("retitler"))
    url = reverse("admin:events_event_change", args=[Event.objects.get(slug=slug).pk])
    response = editor.post(url, {**admin_form_data(editor.get(url)), "title_en": title})
    assert response.status_code == 302


def retitle_with_save(slug, title):
    event = Event.objects.get(slug=slug)
    event.title = title
    event.save()


def retitle_with_update(slug, title):
    Event.objects.filter(slug=slug).update(title=title)


def retitle_with_raw_sql(slug, title):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE events_event SET title_en = %s WHERE slug = %s", [title, slug])


def retitle_through_a_second_connection(slug, title):
    """Another program writing: only for tests outside a transaction, which it cannot see."""
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("UPDATE events_event SET title_en = %s WHERE slug = %s", [title, slug])
    finally:
        other.close()


def retitle_with_loaddata(slug, title):
    event = Event.objects.filter(slug=slug)
    records = json.loads(serializers.serialize("json", event, use_natural_primary_keys=True))
    records[0]["fields"]["title_en"] = title
    load(records)


def load(records):
    """``loaddata`` of ``records`` (serialized rows), as from a fixture file."""
    with tempfile.TemporaryDirectory() as folder:
        fixture = Path(folder) / "records.json"
        fixture.write_text(json.dumps(records))
        call_command("loaddata", str(fixture), verbosity=0)


#: Every write path inside the test's transaction.
RETITLES = [
    retitle_in_the_admin,
    retitle_with_save,
    retitle_with_update,
    retitle_with_raw_sql,
    retitle_with_loaddata,
]
