"""Event cards: their heading level follows their list, and they show edits at once."""

import pytest

from events import views
from events.facets import events_per_row
from events.models import Event, Person
from tests.dataset import KELLER, VISIT

pytestmark = pytest.mark.django_db


def test_a_card_shows_an_edit_at_once(client):
    assert f'id="event-{VISIT}"' in client.get("/?event_type=visit").text
    Event.objects.filter(slug=VISIT).update(title="Brussels visit, renamed")
    assert "Brussels visit, renamed" in client.get("/?event_type=visit").text


def test_cards_keep_the_heading_level_of_their_list(client):
    timeline = client.get("/").text
    person_page = client.get(f"/people/{KELLER}/").text
    link = f'<a href="/events/{VISIT}/">'
    assert f'<h4 class="event__title">{link}' in timeline
    assert f'<h5 class="event__title">{link}' in person_page


def test_entity_pages_list_the_related_rows_sharing_most_events(client, monkeypatch):
    monkeypatch.setattr(views, "RELATED_SHOWN", 1)
    response = client.get(f"/people/{KELLER}/")
    people = response.context["related"]["people"]
    keller_events = Event.objects.published().filter(participations__person__slug=KELLER)
    shared = events_per_row(Person, keller_events.values("pk"))
    del shared[Person.objects.get(slug=KELLER).pk]
    assert [row.shared for row in people.rows] == [max(shared.values())]
    assert people.more == len(shared) - 1 > 0
    assert f"And {people.more} more sharing fewer events." in response.text
