"""Event cards are rendered once per data version and heading level, then reused."""

import pytest

from events import views
from events.facets import events_per_row
from events.models import Event, Person
from tests.dataset import KELLER, VISIT

pytestmark = pytest.mark.django_db

CARD = "events/includes/event.html"


def cards_rendered(response):
    return sum(template.name == CARD for template in response.templates)


def test_another_list_reuses_the_cards_until_an_edit(client):
    first = client.get("/")
    assert cards_rendered(first) == Event.objects.published().count()
    # Another address showing the same events: their cards are kept.
    again = client.get("/?event_type=meeting&event_type=visit&event_type=statement")
    assert cards_rendered(again) == 0
    assert f'id="event-{VISIT}"' in again.text

    event = Event.objects.get(slug=VISIT)
    event.title = "Brussels visit, renamed"
    event.save()
    edited = client.get("/?event_type=visit")
    assert cards_rendered(edited) == Event.objects.published().filter(event_type="visit").count()
    assert "Brussels visit, renamed" in edited.text


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
