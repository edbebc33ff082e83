"""Event cards: their heading level follows their list, and they show edits at once."""

import re

import pytest
from django.db.models import Count
from django.urls import clear_script_prefix, set_script_prefix

from events import views
from events.models import Event, Participation, Person
from tests.dataset import KELLER, LAVRENTIEV, SIGNING, VISIT

pytestmark = pytest.mark.django_db


def card(html, slug):
    """The card of event ``slug`` in a list page."""
    start = html.index(f'<article class="event" id="event-{slug}"')
    return html[start : html.index("</article>", start)]


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
    linked = Participation.objects.filter(event__in=keller_events).values_list("person")
    shared = dict(linked.annotate(n=Count("event", distinct=True)).order_by())
    del shared[Person.objects.get(slug=KELLER).pk]
    assert [row.shared for row in people.rows] == [max(shared.values())]
    assert people.more == len(shared) - 1 > 0
    assert f"And {people.more} more sharing fewer events." in response.text


def test_a_card_names_the_events_rows_kind_by_kind(client):
    timeline = client.get("/").text
    signing = card(timeline, SIGNING)
    assert re.findall("<dt>(.*?)</dt>", signing) == [
        "People",
        "Agreements",
        "Places",
        "Organizations",
    ]
    # In name order, each with the role played; an agreement by its short name.
    assert (
        '<a href="/people/boris-lavrentiev/">Boris Lavrentiev</a> <span class="role">'
        '(signatory)</span>, <a href="/people/marta-keller/">Marta Keller</a> '
        '<span class="role">(signatory)</span>'
    ) in signing
    assert '<a href="/agreements/transit-agreement/">TA</a>' in signing
    assert "<dt>Agreements</dt>" not in card(timeline, VISIT)


def test_a_cards_links_follow_the_script_prefix_the_site_is_served_under(client):
    client.get(f"/events/{VISIT}/")  # which makes the addresses at the root
    # As a WSGI server below /timeline/ has it (the test client sets no prefix).
    set_script_prefix("/timeline/")
    try:
        person_page = client.get(f"/people/{KELLER}/").text
    finally:
        clear_script_prefix()
    links = re.findall('href="(.*?)"', card(person_page, VISIT))
    assert f"/timeline/events/{VISIT}/" in links
    assert "/timeline/people/boris-lavrentiev/" in links
    assert [link for link in links if not link.startswith("/timeline/")] == []


def test_cards_and_facet_options_show_markup_in_records_as_text(client):
    """Cards and facet options are written in Python (``templatetags.timeline``): every
    text of a record they show is escaped there, as a template would escape it."""
    Event.objects.filter(slug=VISIT).update(
        title='<b>Lavrentiev</b> & "NATO"', summary="<script>alert(1)</script>"
    )
    Person.objects.filter(slug=KELLER).update(name="<i>Marta</i> Keller")
    Event.objects.get(slug=VISIT).participations.filter(person__slug=KELLER).update(
        role="<u>host</u>"
    )
    html = client.get("/").text
    shown = card(html, VISIT)
    assert "&lt;b&gt;Lavrentiev&lt;/b&gt; &amp; &quot;NATO&quot;" in shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    marta = "&lt;i&gt;Marta&lt;/i&gt; Keller"
    assert f'{marta}</a> <span class="role">(&lt;u&gt;host&lt;/u&gt;)' in shown
    option = re.search(rf'<label for="f-person-{KELLER}">(.*?)</label>', html, re.S).group(1)
    assert option.startswith(f'{marta} <span class="count">')
    assert "<b>" not in html and "<i>" not in html and "<u>" not in html
    assert "<script>alert" not in html


def test_an_entity_pages_related_rows_show_markup_in_names_as_text(client):
    Person.objects.filter(slug=LAVRENTIEV).update(name="<b>Boris</b> Lavrentiev")
    html = client.get(f"/people/{KELLER}/").text
    related = html[html.index('<section class="related">') :]
    assert f'<a href="/people/{LAVRENTIEV}/">&lt;b&gt;Boris&lt;/b&gt; Lavrentiev</a>' in related
    assert "<b>" not in html
