"""generate_demo_data: valid, reproducible synthetic data, kept away from the real seed."""

import io
from collections import Counter

import pytest
from django.core.management import CommandError, call_command

from events import data_version
from events.models import Citation, Event, Participation, Person, Source
from events.quotes import locate_quote

pytestmark = pytest.mark.django_db

DEMO = {"slug__startswith": "demo-"}


def generate(*args):
    out = io.StringIO()
    call_command("generate_demo_data", *args, stdout=out)
    return out.getvalue()


def snapshot():
    return list(
        Event.objects.filter(**DEMO)
        .order_by("slug")
        .values_list("slug", "start_date", "end_date", "date_precision", "published")
    )


@pytest.mark.usefixtures("seeded")
def test_refuses_a_database_holding_the_real_seed():
    with pytest.raises(CommandError, match="real seed"):
        generate("--events", "5")
    assert not Event.objects.filter(**DEMO).exists()


def test_generates_the_requested_events_with_their_links():
    before = data_version.current().number
    assert "Generated 300 demo events" in generate("--events", "300", "--force")
    events = Event.objects.filter(**DEMO)
    assert events.count() == 300
    assert data_version.current().number > before

    def links_per_event(model):
        """How many rows of ``model`` (a table with an ``event`` column) each event has."""
        return Counter(model.objects.filter(event__in=events).values_list("event", flat=True))

    people = links_per_event(Participation)
    places = links_per_event(Event.places.through)
    agreements = links_per_event(Event.agreements.through)
    citations = links_per_event(Citation)
    assert len(people) == len(places) == len(citations) == 300
    assert set(people.values()) == {1, 2, 3, 4, 5}
    assert set(places.values()) == {1, 2}
    assert set(citations.values()) == {1, 2}
    assert set(agreements.values()) == {1, 2}
    assert 0 < len(agreements) < 300  # and some events have none
    assert Person.objects.filter(**DEMO).count() >= 60


def test_every_quote_stands_in_its_source_at_its_offsets():
    generate("--events", "200", "--force")
    citations = Citation.objects.filter(event__slug__startswith="demo-").select_related("source")
    for citation in citations:
        match = locate_quote(citation.source.text, citation.quote)
        assert (match.start, match.end) == (citation.start_offset, citation.end_offset)
        citation.full_clean()


def test_dates_are_coherent_and_spread_over_decades_at_mixed_precision():
    generate("--events", "400", "--force")
    events = list(Event.objects.filter(**DEMO))
    for event in events:
        assert event.date.errors() == {}, event.slug
        event.full_clean()
    assert {e.date_precision for e in events} == {"day", "month", "year"}
    assert {e.date_qualifier for e in events} == {"exact", "approximate", "by", "within"}
    assert any(e.end_date for e in events)
    years = {e.start_date.year for e in events}
    assert max(years) - min(years) >= 20


def test_same_seed_same_data_and_a_second_run_replaces_the_first():
    generate("--events", "50", "--seed", "7", "--force")
    first = snapshot()
    generate("--events", "50", "--seed", "7", "--force")
    assert snapshot() == first
    generate("--events", "50", "--seed", "8", "--force")
    assert snapshot() != first
    assert Event.objects.filter(**DEMO).count() == 50
    # The real seed is untouched.
    assert Source.objects.exclude(**DEMO).count() == 2


def test_rejects_a_non_positive_size():
    with pytest.raises(CommandError, match="at least 1"):
        generate("--events", "0", "--force")
