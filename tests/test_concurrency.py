"""Editors saving at the same moment, each in a thread with its own database connection.

The race from issue 13: one editor saves a source with a cited passage removed while
another adds a citation of that passage. One of them must win and the other get a form
error: never a citation whose quote is not in its source, never a 5xx.
"""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from events.models import Citation, Source

from .admin_helpers import admin_form_data, make_editor
from .factories import make_event, make_source

pytestmark = pytest.mark.django_db(transaction=True)

ROUNDS = 20
TEXT = "NATO and Russia met on Monday. Ivanov spoke at length. Lavrov left early."
PASSAGE = "Ivanov spoke at length."


def simultaneously(*requests):
    """Run each ``(client, url, data)`` POST in its own thread, released together."""
    barrier = threading.Barrier(len(requests))
    statuses = [None] * len(requests)

    def post(index, client, url, data):
        try:
            barrier.wait()
            statuses[index] = client.post(url, data).status_code
        finally:
            connection.close()  # Each thread's own connection.

    threads = [
        threading.Thread(target=post, args=(index, *request))
        for index, request in enumerate(requests)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def logged_in(name):
    client = Client()
    client.force_login(make_editor(name))
    return client


def test_a_passage_removed_and_cited_at_once_never_leaves_a_quote_outside_its_source():
    source_editor, event_editor = logged_in("source-editor"), logged_in("event-editor")
    source = make_source(text=TEXT)
    event = make_event()
    Citation.objects.create(event=event, source=source, quote="NATO and Russia met on Monday.")
    source_url = reverse("admin:events_source_change", args=[source.pk])
    event_url = reverse("admin:events_event_change", args=[event.pk])
    outcomes = set()

    for _round in range(ROUNDS):
        Citation.objects.filter(quote=PASSAGE).delete()
        Source.objects.filter(pk=source.pk).update(text=TEXT)
        shortened = admin_form_data(source_editor.get(source_url))
        shortened["text"] = TEXT.replace(PASSAGE + " ", "")
        citing = admin_form_data(event_editor.get(event_url))
        citing.update({"citations-1-source": str(source.pk), "citations-1-quote": PASSAGE})

        statuses = simultaneously(
            (source_editor, source_url, shortened), (event_editor, event_url, citing)
        )

        # One save wins (302); the other is refused with a form error (200), never a 5xx.
        assert sorted(statuses) == [200, 302], statuses
        outcomes.add("source saved" if statuses[0] == 302 else "citation saved")
        stored = Source.objects.get(pk=source.pk).text
        for citation in Citation.objects.filter(source=source):
            assert stored[citation.start_offset : citation.end_offset] == citation.quote
    print(f"{ROUNDS} rounds; winners seen: {sorted(outcomes)}")
