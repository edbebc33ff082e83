"""The public HTML pages: content, filters, counts, bad input and query budgets."""

import re
from datetime import date, timedelta
from html import unescape

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from events.dates import DatePrecision
from events.models import Agreement, Citation, Event, Organization, Person, Place, Source
from events.views import PAGE_SIZE
from tests.dataset import (
    BRUSSELS,
    GAZETTE,
    KELLER,
    LAVRENTIEV,
    MOSCOW,
    NATO,
    RUSSIA,
    TALKS,
    TRANSIT,
    VISIT,
    WIRE,
    ZAMYATIN,
)
from tests.factories import make_event, make_source
from tests.queries import data_queries

pytestmark = pytest.mark.django_db

# Filters, the tallies, facets (each: its counts and rows shown; and once for each set of
# other filters that may match most events, how many they do, and the pks of the smaller
# side when few), chart, overview, the page and its prefetches, the data version; with a
# search, the public names (for misspellings), its events (on PostgreSQL among each
# count's, when few), whether each count's other events are few, and where each event
# matched.
QUERY_BUDGET = 64

PAGES = [
    "/",
    f"/?person={KELLER}&place={BRUSSELS}",
    f"/events/{VISIT}/",
    "/people/",
    f"/people/{KELLER}/",
    "/agreements/",
    f"/agreements/{TRANSIT}/",
    "/places/",
    f"/places/{BRUSSELS}/",
    "/organizations/",
    f"/organizations/{NATO}/",
    "/sources/",
    f"/sources/{GAZETTE}/",
]


def event_slugs(response):
    """Slugs of the event cards on the page, in order."""
    return re.findall(r'<article class="event[^"]*" id="event-([\w-]+)"', response.text)


def published(**filters):
    return list(
        Event.objects.published().filter(**filters).distinct().values_list("slug", flat=True)
    )


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders_with_one_h1_a_description_a_canonical_and_a_json_twin(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.text
    assert html.count("<h1") == 1
    assert '<html lang="en-gb">' in html
    assert re.search(r'<meta name="description" content="[^"]{20,}">', html)
    assert re.search(r'<link rel="canonical" href="http://testserver/', html)
    twin = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', html)
    assert twin and client.get(unescape(twin.group(1))).status_code == 200
    # No inline script, style or event handler: a strict CSP must not break the page.
    # (JSON-LD is data that the browser never runs.)
    inline_code = r'<script(?![^>]*\s(src=|type="application/ld\+json"))|<style|\sstyle=|\son\w+='
    assert not re.search(inline_code, html)


def test_timeline_lists_every_published_event_in_order_under_year_and_month(client):
    Event.objects.filter(slug=VISIT).update(published=False)
    response = client.get("/")
    assert event_slugs(response) == published()
    html = response.text
    assert html.index(">Sometime in 2004<") < html.index(">April 2004<") < html.index(">May 2004<")
    assert f"<strong>{len(published())}</strong> events" in html


def test_timeline_header_says_what_it_covers(client):
    html = client.get("/").text
    assert f"<strong>{Event.objects.published().count()} events</strong> dated 2004" in html
    for source in Source.objects.all():
        assert source.get_absolute_url() in html


def test_dates_show_their_real_precision_and_anticipated_events_are_marked(client):
    html = client.get("/").text
    assert '<time datetime="2004-04-07">7–8 April 2004</time>' in html
    assert '<time datetime="2004">2004</time>' in html
    planned = re.search(rf'<article class="event event--anticipated" id="event-{TALKS}"', html)
    assert planned
    card = html[planned.start() : html.index("</article>", planned.start())]
    assert '<span class="tag tag--anticipated">Planned</span>' in card
    visit = html[html.index(f'id="event-{VISIT}"') :]
    assert "tag--anticipated" not in visit[: visit.index("</article>")]


def test_event_card_links_its_entities_and_quotes_link_to_the_reader(client):
    html = client.get("/").text
    card = html[html.index(f'id="event-{VISIT}"') :]
    card = card[: card.index("</article>")]
    event = Event.objects.get(slug=VISIT)
    assert f"/people/{LAVRENTIEV}/" in card and f"/places/{BRUSSELS}/" in card
    assert f"/organizations/{NATO}/" in card
    assert "<details" in card
    for citation in event.citations.all():
        assert f'href="{citation.source.get_absolute_url()}#{citation.anchor}"' in card


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (f"person={KELLER}", {"participations__person__slug": KELLER}),
        (f"agreement={TRANSIT}", {"agreements__slug": TRANSIT}),
        (f"place={BRUSSELS}", {"places__slug": BRUSSELS}),
        (f"organization={NATO}", {"organizations__slug": NATO}),
        (f"source={WIRE}", {"citations__source__slug": WIRE}),
        ("event_type=meeting", {"event_type": "meeting"}),
        ("status=planned&status=expected", {"status__in": ["planned", "expected"]}),
        # Found by the name of its place too, which only one of the summaries says.
        ("q=Brussels", {"places__slug": BRUSSELS}),
        ("date_from=2004-04-07", {"start_date__gte": date(2004, 1, 1)}),
    ],
)
def test_each_filter_alone_gives_the_matching_events(client, query, expected):
    response = client.get(f"/?{query}")
    assert response.status_code == 200
    found = event_slugs(response)
    wanted = published(**expected)
    if "date_from" in query:
        # Month and year dates reach the range if any day of their period does.
        wanted = [
            slug
            for slug in wanted
            if Event.objects.get(slug=slug).date.last_day >= date(2004, 4, 7)
        ]
    assert found and sorted(found) == sorted(wanted)
    assert f"<strong>{len(wanted)}</strong> event" in response.text


def test_filters_combine_and_facet_counts_use_the_other_filters(client):
    response = client.get(f"/?person={KELLER}&place={BRUSSELS}")
    found = event_slugs(response)
    both = set(published(participations__person__slug=KELLER)) & set(
        published(places__slug=BRUSSELS)
    )
    assert set(found) == both and found
    facets = {facet.name: facet for facet in response.context["facets"]}
    # The person facet counts events in Brussels, whoever took part.
    for option in facets["person"].options:
        in_brussels = set(published(places__slug=BRUSSELS))
        with_person = set(published(participations__person__slug=option.value))
        assert option.count == len(in_brussels & with_person), option.value
    # The place facet counts Keller's events, wherever they were.
    keller = set(published(participations__person__slug=KELLER))
    moscow = next(option for option in facets["place"].options if option.value == MOSCOW)
    assert moscow.count == len(keller & set(published(places__slug=MOSCOW))) > 0
    assert next(o for o in facets["place"].options if o.value == BRUSSELS).selected


def test_options_that_would_give_nothing_are_shown_disabled_and_selected_ones_stay(client):
    html = client.get(f"/?person={ZAMYATIN}&place={BRUSSELS}").text
    # Zamyatin was never in Brussels: both stay checked, with their counts of zero.
    assert re.search(rf'value="{ZAMYATIN}" id="[^"]+" checked>', html)
    assert re.search(rf'value="{BRUSSELS}" id="[^"]+" checked>', html)
    assert re.search(
        r'<li class="option option--empty">\s*<input type="checkbox" name="place"', html
    )
    assert "No events match all of these filters." in html


def test_chips_remove_one_value_and_keep_the_others(client):
    response = client.get(f"/?person={KELLER}&event_type=visit&person={LAVRENTIEV}&page=1")
    chips = response.context["chips"]
    assert [chip.label for chip in chips] == [
        "Person: Marta Keller",
        "Event type: Visit",
        "Person: Boris Lavrentiev",
    ]
    assert chips[0].remove_url == f"/?event_type=visit&person={LAVRENTIEV}"
    assert chips[2].remove_url == f"/?person={KELLER}&event_type=visit"
    assert 'href="/">Clear all filters</a>' in response.text


def test_empty_result_offers_to_remove_the_last_filter(client):
    response = client.get(f"/?event_type=exercise&q=naval&place={BRUSSELS}")
    assert response.status_code == 200
    html = response.text
    assert event_slugs(response) == []
    assert "The last filter you added was “Place: Brussels”." in html
    assert '<a href="/?event_type=exercise&amp;q=naval">Remove it</a>' in html


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("date_from=2004-13-45", "date_from", "has no month 13"),
        ("date_from=2004-02-30", "date_from", "there is no day 30"),
        ("date_from=04/05/2004", "date_from", "could be read as more than one date"),
        ("date_to=April", "date_to", "Enter a date as YYYY-MM-DD"),
        ("date_match=sometimes", "date_match", "not one of the available choices"),
        ("date_from=2004-05-01&date_to=2004-04-01", "date_to", "before its start"),
        ("person=nobody-at-all", "person", "nobody-at-all"),
        ("person=%00evil", "person", "is not a valid identifier"),
        ("event_type=party", "event_type", "party"),
        ("q=" + "x" * 300, "q", "at most 200 characters"),
        ("q=a%00b", "q", "Null characters are not allowed."),
    ],
)
def test_invalid_filters_get_a_readable_message_next_to_the_field(client, query, field, message):
    response = client.get(f"/?{query}")
    assert response.status_code == 400
    html = unescape(response.text)
    assert "Some of the filters could not be used." in html
    assert f'href="#field-{field}"' in html
    assert re.search(rf'<p class="field__error" id="error-{field}">[^<]*{re.escape(message)}', html)
    assert event_slugs(response) == []
    assert "\x00" not in response.text


@pytest.mark.parametrize(
    ("page", "status", "message"),
    [
        ("abc", 400, "Page number: Expected a whole number"),
        ("0", 400, "Page number: Expected a whole number"),
        ("9" * 50, 400, "Page number: Expected a whole number"),
        ("2", 404, "There is no page 2: these results fill 1 page."),
    ],
)
def test_bad_page_numbers_get_a_clear_message(client, page, status, message):
    response = client.get(f"/?person={KELLER}&page={page}")
    assert response.status_code == status
    assert message in response.text
    assert event_slugs(response) == []


def test_pagination_keeps_the_filters(client):
    extra = [
        make_event(title=f"Filler {n}", start_date=date(2005, 1, 1) + timedelta(days=n))
        for n in range(PAGE_SIZE)
    ]
    place = Place.objects.get(slug=MOSCOW)
    for event in extra:
        event.places.add(place)
    first = client.get(f"/?place={MOSCOW}")
    total = len(published(places__slug=MOSCOW))
    assert total > PAGE_SIZE
    assert len(event_slugs(first)) == PAGE_SIZE
    assert f'href="?place={MOSCOW}&amp;page=2" rel="next"' in first.text
    second = client.get(f"/?place={MOSCOW}&page=2")
    assert len(event_slugs(second)) == total - PAGE_SIZE
    assert f'href="?place={MOSCOW}&amp;page=1" rel="prev"' in second.text


def chart_bars(html):
    """Each bar of the chart as (count it shows, its link)."""
    return [
        (int(count), unescape(href))
        for href, count in re.findall(
            r'<a href="([^"]*)" class="chart__bar[^"]*" aria-label="[^:"]*: (\d+) events?"', html
        )
    ]


@pytest.mark.parametrize("match", ["", "date_match=within"])
@pytest.mark.parametrize("dates", ["", "date_from=2004-04-06&date_to=2004-04-08"])
def test_each_chart_bar_leads_to_exactly_the_events_it_counts(client, match, dates):
    # A year-only event (the exercise) and one over two months make the rules differ.
    make_event(start_date=date(2004, 4, 28), end_date=date(2004, 5, 3))
    make_event(start_date=date(2004, 6, 1), date_precision="month")
    bars = chart_bars(client.get(f"/?{dates}&{match}").text)
    assert len(bars) == 3  # April, May and June 2004
    for count, href in bars:
        assert "date_from=2004-0" in href and (match in href)
        response = client.get(f"/{href}")
        assert response.status_code == 200
        assert len(event_slugs(response)) == count, href
    # Counted again by hand from each event's first and last day.
    periods = [(event.start_date, event.date.last_day) for event in Event.objects.published()]
    months = [
        (date(2004, month, 1), date(2004, month + 1, 1) - timedelta(days=1)) for month in (4, 5, 6)
    ]
    if match:  # the exercise (2004) and the event from April to May are in no month
        expected = [
            sum(first <= start and end <= last for start, end in periods) for first, last in months
        ]
    else:  # the exercise counts in every month, the long event in April and May
        expected = [
            sum(start <= last and end >= first for start, end in periods) for first, last in months
        ]
    assert [count for count, _href in bars] == expected


def test_the_chart_says_what_a_bar_counts_and_which_bars_are_the_chosen_dates(client):
    overlapping = unescape(client.get("/?date_from=2004-04-06").text)
    assert "Events overlapping each month" in overlapping
    assert "an event dated only to a year or over several months counts in each of them" in (
        overlapping
    )
    assert "the highlighted bars are the chosen dates" in overlapping
    within = unescape(client.get("/?date_match=within").text)
    assert "Events dated within each month" in within
    assert "1 more is dated to a longer period and in no bar" in within


def test_event_page_shows_everything_about_the_event(client):
    event = Event.objects.get(slug=VISIT)
    response = client.get(event.get_absolute_url())
    html = unescape(response.text)
    assert event.date_note in html
    for participation in event.participations.all():
        assert f'{participation.person.name}</a> <span class="role">({participation.role})' in html
    for citation in event.citations.all():
        assert citation.quote in html
        assert f'id="cited-{citation.anchor}"' in html
    assert response.context["previous"] and response.context["following"]


def test_previous_and_next_follow_the_timeline_order(client):
    order = published()
    for index, slug in enumerate(order):
        context = client.get(f"/events/{slug}/").context
        previous, following = context["previous"], context["following"]
        assert (previous.slug if previous else None) == (order[index - 1] if index else None)
        expected_next = order[index + 1] if index + 1 < len(order) else None
        assert (following.slug if following else None) == expected_next


def test_drafts_are_hidden_from_the_public_and_previewed_by_editors(client, editor):
    Event.objects.filter(slug=VISIT).update(published=False)
    assert client.get(f"/events/{VISIT}/").status_code == 404
    assert VISIT not in event_slugs(client.get("/"))
    client.force_login(editor)
    response = client.get(f"/events/{VISIT}/")
    assert response.status_code == 200
    assert "Draft — not public." in response.text
    assert '<meta name="robots" content="noindex">' in response.text
    assert 'type="application/json"' not in response.text


def test_person_page_shows_the_persons_timeline_and_co_participants(client):
    response = client.get(f"/people/{KELLER}/")
    assert sorted(event_slugs(response)) == sorted(published(participations__person__slug=KELLER))
    co = {person.slug: person.shared for person in response.context["related"]["people"].rows}
    assert set(co) == {LAVRENTIEV, ZAMYATIN}
    keller = set(published(participations__person__slug=KELLER))
    for slug, shared in co.items():
        assert shared == len(keller & set(published(participations__person__slug=slug)))
    agreements = {a.slug for a in response.context["related"]["agreements"].rows}
    assert TRANSIT in agreements
    assert f'href="/?person={KELLER}"' in response.text


def test_an_entity_page_takes_its_event_count_from_the_entitys_tally(client):
    make_event(slug="keller-draft", published=False).participations.create(
        person=Person.objects.get(slug=KELLER), role="host"
    )
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/people/{KELLER}/")
    assert response.context["event_count"] == len(published(participations__person__slug=KELLER))
    assert not [q["sql"] for q in queries if q["sql"].startswith("SELECT COUNT(*)")]


def test_agreement_page_shows_parties_and_lifecycle(client):
    agreement = Agreement.objects.get(slug=TRANSIT)
    # Known only to the year, so it starts before the signing but may end after it.
    make_event(
        slug="transit-ratification-expected",
        event_type=Event.Type.STATEMENT,
        status=Event.Status.EXPECTED,
        start_date=date(2004, 1, 1),
        date_precision=DatePrecision.YEAR,
    ).agreements.add(agreement)
    response = client.get(agreement.get_absolute_url())
    lifecycle = response.context["lifecycle"]
    assert {event.slug for event in lifecycle} == set(published(agreements=agreement))
    assert len(lifecycle) == 2
    # Ordered by when each event's period ends: the ratification expected in 2004 comes last.
    ends = [event.date.last_day for event in lifecycle]
    assert ends == sorted(ends)
    assert lifecycle[-1].slug == "transit-ratification-expected"
    html = response.text
    for party in agreement.parties.all():
        assert party.get_absolute_url() in html
    assert html.index("Lifecycle") < html.index("Timeline:")


def test_organization_page_shows_members_and_parts(client):
    nato = Organization.objects.get(slug=NATO)
    html = client.get(nato.get_absolute_url()).text
    assert nato.children.exists() and nato.members.exists()
    for child in nato.children.all():
        assert child.get_absolute_url() in html
    for member in nato.members.all():
        assert member.get_absolute_url() in html


@pytest.mark.parametrize(
    ("url", "model", "event_lookup"),
    [
        ("/people/", Person, "participations__person__slug"),
        ("/places/", Place, "places__slug"),
        ("/organizations/", Organization, "organizations__slug"),
        ("/agreements/", Agreement, "agreements__slug"),
        ("/sources/", Source, "citations__source__slug"),
    ],
)
def test_index_pages_count_published_events(client, url, model, event_lookup):
    Event.objects.filter(slug=VISIT).update(published=False)
    rows = {row.slug: row.event_count for row in client.get(url).context["rows"]}
    assert set(rows) == set(model.objects.values_list("slug", flat=True))
    for slug, count in rows.items():
        assert count == len(published(**{event_lookup: slug})), slug


def test_source_reader_highlights_every_cited_passage_with_its_provenance(client):
    Source.objects.filter(slug=GAZETTE).update(page_stamp="Updated 12 May 2004")
    source = Source.objects.get(slug=GAZETTE)
    assert Citation.objects.filter(source=source, event__published=True).count() > 1
    response = client.get(source.get_absolute_url())
    html = response.text
    for citation in Citation.objects.filter(source=source, event__published=True):
        assert f'id="{citation.anchor}"' in html
        assert f'href="{citation.event.get_absolute_url()}#cited-{citation.anchor}"' in html
    assert html.count("<p>") >= source.text.count("\n\n") // 2
    assert "Later page stamp, not the publication date:" in html
    assert source.page_stamp in html
    assert source.publication_date_note in unescape(html)


@pytest.mark.parametrize(
    "url",
    ["/events/no-such-event/", "/people/nobody/", "/places/nowhere/", "/sources/none/", "/x/"],
)
def test_unknown_addresses_get_the_friendly_404_page(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in response.text
    assert "Browse the timeline" in response.text


def test_500_page_renders_without_the_database_or_a_request(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert "<h1>Something went wrong</h1>" in html
    assert "css/site.css" in html


def _grow(extra=60):
    """Add ``extra`` published events, each with people, places, organizations and quotes."""
    people = list(Person.objects.all())
    places = list(Place.objects.filter(slug__in=[BRUSSELS, MOSCOW]))
    organizations = list(Organization.objects.filter(slug__in=[NATO, RUSSIA]))
    agreement = Agreement.objects.get(slug=TRANSIT)
    source = Source.objects.get(slug=GAZETTE)
    for n in range(extra):
        event = make_event(
            title=f"NATO meeting {n}", start_date=date(2004, 5, 1) + timedelta(days=n)
        )
        for person in people:
            event.participations.create(person=person, role="speaker")
        event.places.add(*places)
        event.organizations.add(*organizations)
        event.agreements.add(agreement)
        Citation.objects.create(event=event, source=source, quote="allowing NATO supplies")


@pytest.mark.parametrize(
    "url",
    [
        "/",
        # Matches one event of the dataset, and every event that _grow() adds.
        f"/?person={KELLER}&place={MOSCOW}&event_type=meeting&q=meet",
        f"/people/{KELLER}/",
        f"/agreements/{TRANSIT}/",
        f"/places/{MOSCOW}/",
        f"/organizations/{NATO}/",
        "/people/",
        "/sources/",
        f"/sources/{GAZETTE}/",
        f"/events/{VISIT}/",
    ],
)
def test_query_count_stays_fixed_as_the_data_grows(client, url, django_assert_num_queries):
    # One event linked to everything first: a related list with no rows skips its query,
    # and the small dataset leaves some empty (no other place shares Moscow's events).
    _grow(1)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    # A budget, so that a per-row query cannot hide in the small dataset either.
    assert len(data_queries(small.captured_queries)) <= QUERY_BUDGET
    # Once Keller is in most events, a facet counts the events she is not in instead, and
    # one count more tells it so: the same queries for sixty events as for twice that.
    _grow()
    with CaptureQueriesContext(connection) as grown:
        assert client.get(url).status_code == 200
    assert len(data_queries(grown.captured_queries)) <= QUERY_BUDGET
    _grow()
    with django_assert_num_queries(len(grown.captured_queries)):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(("page", "status"), [("abc", 400), ("99", 404), ("1" * 40, 400)])
def test_entity_pages_answer_bad_page_numbers_with_a_message(client, page, status):
    response = client.get(f"/people/{KELLER}/?page={page}")
    assert response.status_code == status
    assert '<p class="error-summary" role="alert">' in response.text
    assert event_slugs(response) == []
    assert "<h1>Marta Keller</h1>" in response.text


def test_a_source_known_only_to_the_month_is_never_shown_with_a_day(client):
    source = make_source(
        slug="undated-copy",
        title="An undated copy",
        publication_date=date(2004, 4, 1),
        publication_date_precision="month",
    )
    event = make_event()
    Citation.objects.create(event=event, source=source, quote="NATO and Russia met on Monday.")
    pages = [source.get_absolute_url(), "/sources/", event.get_absolute_url(), "/"]
    for url in pages:
        html = client.get(url).text
        assert "Test Gazette, April 2004" in html, url
        assert "1 April 2004" not in html, url
    assert '<time datetime="2004-04">April 2004</time>' in client.get(pages[0]).text


def test_an_agreement_option_shows_the_name_cards_show_with_the_full_name_as_its_expansion(
    client,
):
    html = client.get("/").text
    transit = Agreement.objects.get(slug=TRANSIT)
    assert transit.short_name and str(transit) == transit.short_name  # as cards show it
    assert (
        f'<abbr title="{transit.name}">{transit.short_name}</abbr>'
        f'<span class="visually-hidden"> ({transit.name})</span>'
    ) in html
    assert f'<label for="f-agreement-{TRANSIT}">{transit.name}' not in html
    chip = client.get(f"/?agreement={TRANSIT}").context["chips"][0]
    assert chip.label == f"Agreement: {transit.short_name}"


@pytest.mark.parametrize(
    ("query", "labels"),
    [
        ("date_from=2004-04&date_to=2004", ["From: April 2004", "To: 2004"]),
        (
            "date_from=2004-04-07&date_match=within",
            ["From: 7 April 2004", "Dates: only events dated within the range"],
        ),
    ],
)
def test_date_chips_show_dates_as_the_site_writes_them(client, query, labels):
    response = client.get(f"/?{query}")
    assert response.status_code == 200
    assert [chip.label for chip in response.context["chips"]] == labels


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        # A month or a year as a bound means all of it.
        (
            "date_from=2004-05&date_to=2004-05",
            lambda e: e.start_date <= date(2004, 5, 31) and e.date.last_day >= date(2004, 5, 1),
        ),
        ("date_to=2004", lambda e: e.start_date <= date(2004, 12, 31)),
        # Within: the year-only exercise overlaps 6–8 April but is not dated inside it.
        (
            "date_from=2004-04-06&date_to=2004-04-08&date_match=within",
            lambda e: e.start_date >= date(2004, 4, 6) and e.date.last_day <= date(2004, 4, 8),
        ),
        (
            "date_from=2004-04-06&date_to=2004-04-08",
            lambda e: e.start_date <= date(2004, 4, 8) and e.date.last_day >= date(2004, 4, 6),
        ),
    ],
)
def test_a_date_range_overlaps_or_holds_events_as_date_match_says(client, query, wanted):
    expected = sorted(event.slug for event in Event.objects.published() if wanted(event))
    assert sorted(event_slugs(client.get(f"/?{query}"))) == expected
    assert expected


def test_an_inverted_range_keeps_both_values_shown_beside_the_error(client):
    response = client.get("/?date_from=2004-05-01&date_to=2004-04-01")
    assert response.status_code == 400
    assert 'value="2004-05-01"' in response.text
    assert 'value="2004-04-01" aria-describedby="date-hint error-date_to" aria-invalid="true"' in (
        response.text
    )
    ambiguous = client.get("/?date_from=04/05/2004")
    assert 'value="04/05/2004"' in ambiguous.text


def test_unknown_parameters_are_named_in_a_notice_and_change_nothing(client):
    response = client.get(f"/?persn={KELLER}&Person=x&utm_source=newsletter")
    assert response.status_code == 200
    html = unescape(response.text)
    assert (
        "The address has 2 parameters the timeline does not know, which changed nothing: "
        "<code>Person</code>, <code>persn</code>." in html
    )
    assert len(event_slugs(response)) == len(published())
    assert "does not know" not in client.get(f"/?person={KELLER}&page=1").text


def test_the_event_page_breadcrumb_leads_back_to_the_filtered_timeline(client):
    listed = client.get(f"/?person={KELLER}&persn=x&page=1").text
    link = f"/events/{VISIT}/?back=person%3D{KELLER}%26page%3D1"
    assert f'href="{link}"' in listed  # unknown parameters are not carried along
    # The card itself is shared: without filters it links plainly.
    assert f'href="/events/{VISIT}/"' in client.get("/").text
    page = client.get(link).text
    assert f'<a href="/?person={KELLER}&amp;page=1#event-{VISIT}">Timeline</a>' in page
    assert '<link rel="canonical" href="http://testserver/events/' + VISIT + '/">' in page


@pytest.mark.parametrize("back", ["q=%00", "x=1", "a" * 3000, "page=1&" * 400])
def test_a_back_query_that_is_not_a_timeline_address_is_ignored_or_reduced(client, back):
    response = client.get(f"/events/{VISIT}/", {"back": back})
    assert response.status_code == 200
    breadcrumb = re.search(r'<nav class="breadcrumbs"[^>]*><a href="([^"]*)"', response.text)
    assert breadcrumb.group(1).startswith("/")
    assert "x=1" not in breadcrumb.group(1) and len(breadcrumb.group(1)) < 2100


def test_every_page_has_link_preview_tags(client):
    for url in ["/", f"/events/{VISIT}/", f"/people/{KELLER}/", "/sources/", "/no-such-page/"]:
        html = client.get(url).text
        for tag in ("og:title", "og:description", "og:type", "twitter:card", "twitter:title"):
            assert re.search(rf'<meta (property|name)="{tag}" content="[^"]+">', html), (url, tag)
    event = Event.objects.get(slug=VISIT)
    html = unescape(client.get(event.get_absolute_url()).text)
    assert f'<meta property="og:title" content="{event.title}">' in html
    assert f'<meta property="og:url" content="http://testserver/events/{VISIT}/">' in html
    assert '<meta name="twitter:card" content="summary">' in html  # it has no picture
