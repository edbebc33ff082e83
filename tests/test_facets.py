"""The timeline's building blocks: facet counts, chips, the chart, grouping and the reader."""

import collections
import re
from datetime import date
from types import SimpleNamespace

import pytest
from django.db import connection
from django.db.models import Count
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from events import tallies
from events.charts import MAX_MONTH_BARS, events_per_month
from events.chips import active_chips
from events.chronology import group_by_period, neighbours
from events.dates import DatePrecision
from events.facets import CHOICE_FACETS, Counter, facet_counts, matching_events, other_events
from events.filters import AnyOfRelatedFilter, EventFilterSet
from events.kinds import KINDS
from events.models import Event, Person, Place
from events.reader import highlighted_paragraphs
from tests.dataset import BRUSSELS, LAVRENTIEV, VISIT
from tests.factories import make_event, make_public
from tests.queries import CountDataQueries

FILTER_NAMES = EventFilterSet.base_filters
# The model linking each kind of row to events, and its column naming the row, as the
# timeline's filters declare them.
LINKS = {
    related.queryset.model: (related.through, f"{related.lookup}_id")
    for related in FILTER_NAMES.values()
    if isinstance(related, AnyOfRelatedFilter)
}


def validated(query):
    filterset = EventFilterSet(QueryDict(query), queryset=Event.objects.published())
    filterset.is_valid()
    return filterset


def counts(facets, name):
    facet = next(facet for facet in facets if facet.name == name)
    return {option.value: option.count for option in facet.options}


@pytest.mark.django_db
def test_facet_counts_without_filters_count_all_published_events():
    Event.objects.filter(slug=VISIT).update(published=False)
    facets = facet_counts(Counter(validated(""), tallies.Snapshot()))
    published = Event.objects.published()
    for value, count in counts(facets, "status").items():
        assert count == published.filter(status=value).count()
    for value, count in counts(facets, "agreement").items():
        assert count == published.filter(agreements__slug=value).count()
    for value, count in counts(facets, "source").items():
        assert count == published.filter(citations__source__slug=value).distinct().count()


@pytest.mark.django_db
def test_a_facet_ignores_its_own_filter_but_applies_the_others():
    facets = facet_counts(
        Counter(validated("status=planned&event_type=meeting"), tallies.Snapshot())
    )
    # Status counts are for meetings of any status; type counts for planned events of any type.
    meetings = Event.objects.published().filter(event_type="meeting")
    planned = Event.objects.published().filter(status="planned")
    assert counts(facets, "status") == {
        value: meetings.filter(status=value).count() for value in Event.Status.values
    }
    assert counts(facets, "event_type") == {
        value: planned.filter(event_type=value).count() for value in Event.Type.values
    }


def facet_queries():
    query = f"person={LAVRENTIEV}&place={BRUSSELS}&q=Lavrentiev&date_from=2004-04-01"
    filterset = validated(query)
    with CountDataQueries() as queries:
        filterset.form.cleaned_data["q"].find_all()  # as the timeline does
        facet_counts(Counter(filterset, tallies.Snapshot()))
    return queries.count


def grow(events):
    """``events`` more of Lavrentiev in Brussels."""
    lavrentiev, brussels = Person.objects.get(slug=LAVRENTIEV), Place.objects.get(slug=BRUSSELS)
    for n in range(events):
        event = make_event(title=f"Lavrentiev in Brussels {n}", start_date=date(2004, 5, 1))
        event.participations.create(person=lavrentiev, role="guest")
        event.places.add(brussels)


@pytest.mark.django_db
def test_facets_cost_a_fixed_number_of_queries():
    if connection.vendor == "sqlite":
        # The search's events, the spans of years (bounding the range's first day), the
        # rows' tallies and the published total, once each; each related facet: its rows
        # shown; for each set of other filters (person's, place's, the rest's), its events
        # listed, then the facets of those events, read once for all the counts it serves
        # (the choices' among them).
        assert facet_queries() == 4 + 5 + 3 * 2
    # Once Lavrentiev is in most events, a count may be of the events he is not in, and
    # whether it should be is asked first; PostgreSQL looks the search up among each
    # count's events instead of once. Then as many queries for more events.
    grow(20)
    grown = facet_queries()
    grow(40)
    assert facet_queries() == grown <= 36


@pytest.mark.django_db
def test_invalid_fields_are_left_out_of_matching_events():
    filterset = validated(f"person={LAVRENTIEV}&date_from=not-a-date")
    assert not filterset.is_valid()
    lavrentiev = Event.objects.published().filter(participations__person__slug=LAVRENTIEV)
    assert set(matching_events(filterset)) == set(lavrentiev)
    assert lavrentiev.count() < Event.objects.published().count()


def test_chips_follow_the_address_order_and_skip_blank_and_unknown_parameters():
    facets = [
        SimpleNamespace(
            name="person", label="Person", label_for=lambda value: value.upper(), of_records=True
        ),
    ]
    chips = active_chips(
        "/", "q=&person=a&utm=x&date_from=2004-04-07&person=b&q=sofa%20talks", facets, FILTER_NAMES
    )
    assert [chip.label for chip in chips] == [
        "Person: A",
        "From: 7 April 2004",
        "Person: B",
        "Search: “sofa talks”",
    ]
    # A person's name is the record's text (marked with its language on a Russian page).
    assert [chip.record_text for chip in chips] == ["A", "", "B", ""]
    assert chips[1].remove_url == "/?person=a&person=b&q=sofa+talks"
    assert active_chips("/", "person=a", facets, FILTER_NAMES)[0].remove_url == "/"


def test_a_malformed_date_chip_shows_the_raw_value():
    chip = active_chips("/", "date_to=2004-99-99", [], FILTER_NAMES)[0]
    assert chip.label == "To: 2004-99-99"


def month_spans(events):
    """The month spans of ``events``, as a page's chart reads them."""
    return tallies.Counted(list(events.values_list("pk", flat=True))).month_spans


def chart_events():
    events = [
        make_event(start_date=date(2010, 1, 5)),
        make_event(start_date=date(2010, 1, 20)),
        make_event(start_date=date(2010, 3, 1), date_precision="month"),
        make_event(start_date=date(2010, 1, 1), date_precision="year"),
        make_event(start_date=date(2010, 2, 27), end_date=date(2010, 3, 2)),
    ]
    return Event.objects.filter(pk__in=[e.pk for e in events])


@pytest.mark.django_db
def test_overlapping_a_year_only_or_long_event_counts_in_each_of_its_months():
    chart = events_per_month(month_spans(chart_events()), date_from=date(2010, 3, 10))
    # The year-only event counts in every month; the one from February to March in both.
    assert [(bar.label, bar.count) for bar in chart.bars] == [
        ("January 2010", 3),
        ("February 2010", 2),
        ("March 2010", 3),
    ]
    assert chart.in_no_bar == 0
    assert [bar.in_range for bar in chart.bars] == [False, False, True]
    tallest = max(chart.bars, key=lambda bar: bar.count)
    assert all(bar.height <= tallest.height for bar in chart.bars)
    assert [text for _, text in chart.month_labels] == ["Jan", "Feb", "Mar"]
    assert [text for _, text in chart.year_labels] == ["2010"]


@pytest.mark.django_db
def test_within_a_month_counts_only_events_it_holds_whole():
    chart = events_per_month(
        month_spans(chart_events()),
        date_from=date(2010, 2, 1),
        date_to=date(2010, 3, 31),
        match="within",
    )
    assert [(bar.label, bar.count) for bar in chart.bars] == [
        ("January 2010", 2),
        ("February 2010", 0),
        ("March 2010", 1),
    ]
    assert chart.in_no_bar == 2  # the year-only event and the one over two months
    assert [bar.in_range for bar in chart.bars] == [False, True, True]
    assert chart.bars[1].height > 0  # an empty month still has something to click


@pytest.mark.django_db
def test_a_long_span_gets_one_bar_per_year():
    first = make_event(start_date=date(1990, 6, 1))
    last = make_event(start_date=date(1990 + MAX_MONTH_BARS // 12 + 1, 2, 1))
    chart = events_per_month(month_spans(Event.objects.filter(pk__in=[first.pk, last.pk])))
    assert len(chart.bars) == MAX_MONTH_BARS // 12 + 2
    assert (chart.bars[0].label, chart.bars[0].date_value) == ("1990", "1990")
    assert chart.month_labels == []


@pytest.mark.django_db
def test_an_empty_selection_draws_no_bars():
    assert events_per_month(month_spans(Event.objects.none())).bars == []


@pytest.mark.django_db
def test_grouping_puts_year_only_events_under_their_own_heading():
    events = [
        make_event(start_date=date(2003, 1, 1), date_precision="year"),
        make_event(start_date=date(2003, 1, 9)),
        make_event(start_date=date(2003, 5, 2)),
        make_event(start_date=date(2004, 5, 2)),
    ]
    years = group_by_period(events)
    assert [year.year for year in years] == [2003, 2004]
    assert [(month.heading, len(month.events)) for month in years[0].months] == [
        ("Sometime in 2003", 1),
        ("January 2003", 1),
        ("May 2003", 1),
    ]
    assert years[0].months[1].anchor == "m2003-01"


@pytest.mark.django_db
def test_a_year_only_event_sorted_among_januarys_splits_no_month():
    # All three are stored as 1 January 2004; the database orders them by slug.
    for slug, precision in [("a-month", "month"), ("b-year", "year"), ("c-day", "day")]:
        make_event(slug=slug, start_date=date(2004, 1, 1), date_precision=precision)
    in_order = Event.objects.filter(slug__in=["a-month", "b-year", "c-day"])
    assert [event.slug for event in in_order] == ["a-month", "b-year", "c-day"]
    (year,) = group_by_period(in_order)
    assert [(month.heading, [e.slug for e in month.events]) for month in year.months] == [
        ("Sometime in 2004", ["b-year"]),
        ("January 2004", ["a-month", "c-day"]),
    ]


@pytest.mark.django_db
def test_neighbours_break_ties_by_end_then_slug():
    day = date(1999, 9, 9)
    single_b = make_event(slug="b-single", start_date=day)
    single_a = make_event(slug="a-single", start_date=day)
    spanning = make_event(slug="a-spanning", start_date=day, end_date=date(1999, 9, 10))
    scope = Event.objects.filter(pk__in=[single_a.pk, single_b.pk, spanning.pk])
    assert list(scope.values_list("slug", flat=True)) == ["a-single", "b-single", "a-spanning"]
    assert neighbours(single_b, scope) == (single_a, spanning)
    assert neighbours(single_a, scope) == (None, single_b)
    assert neighbours(spanning, scope) == (single_b, None)


def citation(start, end, event_title="E", slug="e"):
    event = SimpleNamespace(title=event_title, get_absolute_url=lambda: f"/events/{slug}/")
    return SimpleNamespace(
        start_offset=start, end_offset=end, anchor=f"passage-{start}-{end}", event=event
    )


def text_only(html):
    """The source text a paragraph shows, without the event links added after passages."""
    return re.sub(r"<[^>]+>", "", re.sub(r'<span class="passage-events">.*?</span>', "", html))


def test_reader_escapes_text_and_keeps_paragraphs():
    paragraphs = highlighted_paragraphs("<b>Bold</b> & more\n\nSecond\nline", [])
    assert paragraphs == ["&lt;b&gt;Bold&lt;/b&gt; &amp; more", "Second<br>line"]


def test_reader_marks_a_passage_and_links_its_events():
    text = "NATO and Russia met on Monday. Ivanov spoke."
    start = text.index("Ivanov")
    cites = [citation(start, len(text), "Talk <1>", "talk"), citation(start, len(text), "Other")]
    (paragraph,) = highlighted_paragraphs(text, cites)
    anchor = f"passage-{start}-{len(text)}"
    assert f'<mark id="{anchor}" class="passage">Ivanov spoke.</mark>' in paragraph
    assert f'<a href="/events/talk/#cited-{anchor}">Talk &lt;1&gt;</a>' in paragraph
    assert "Other</a>" in paragraph
    assert paragraph.count(f'id="{anchor}"') == 1


def test_overlapping_passages_are_split_into_well_nested_marks():
    text = "one two three four five"
    outer, inner = citation(0, 13), citation(4, 18)  # "one two three", "two three four"
    (paragraph,) = highlighted_paragraphs(text, [outer, inner])
    assert text_only(paragraph) == text
    assert re.findall(r"<mark[^>]*>([^<]*)", paragraph) == ["one ", "two three", " four"]
    assert 'id="passage-0-13"' in paragraph and 'id="passage-4-18"' in paragraph
    # Every mark closes before the next opens: no overlapping elements.
    assert re.fullmatch(r"(?:[^<]|<(?!mark)[^>]*>|<mark[^>]*>(?:(?!<mark).)*?</mark>)*", paragraph)


def test_passages_sharing_a_start_each_get_an_anchor():
    text = "alpha beta gamma"
    (paragraph,) = highlighted_paragraphs(text, [citation(0, 5), citation(0, 10)])
    assert '<mark id="passage-0-10" class="passage"><span id="passage-0-5"></span>' in paragraph
    assert paragraph.count("<mark") == 2


def test_a_passage_across_a_paragraph_break_is_marked_in_both():
    text = "First para ends.\n\nSecond begins here."
    cited = citation(6, 24)  # "para ends.\n\nSecond"
    first, second = highlighted_paragraphs(text, [cited])
    assert first.endswith('<mark id="passage-6-24" class="passage">para ends.</mark>')
    assert second.startswith('<mark class="passage">Second</mark><span class="passage-events">')


@pytest.mark.django_db
def test_the_last_possible_month_does_not_overflow():
    event = make_event(start_date=date(9999, 12, 1), date_precision="month")
    chart = events_per_month(month_spans(Event.objects.filter(pk=event.pk)))
    assert [(bar.label, bar.count) for bar in chart.bars] == [("December 9999", 1)]


@pytest.fixture
def every_precision():
    """Events at every date precision, with and without an end date, published or drafts,
    linked to a person and a place of the dataset; and enough on 15 June 2004 that each of
    ``BROAD_FILTERS`` matches most published events."""
    person = Event.objects.get(slug=VISIT).participations.first().person
    place = Place.objects.get(slug=BRUSSELS)
    for precision, start, end in (
        (DatePrecision.DAY, date(2004, 6, 14), date(2004, 6, 16)),
        (DatePrecision.MONTH, date(2004, 5, 1), date(2004, 7, 1)),
        (DatePrecision.YEAR, date(2003, 1, 1), date(2005, 1, 1)),
    ):
        for end_date in (None, end):
            for published in (True, False):
                make_public(
                    person,
                    place,
                    start_date=start,
                    end_date=end_date,
                    date_precision=precision,
                    status=Event.Status.OCCURRED,
                    published=published,
                )
    for _ in range(8):
        make_event(start_date=date(2004, 6, 15), status=Event.Status.OCCURRED)


# Each matches most published events, so that their counts are taken from the tallies.
BROAD_FILTERS = (
    "date_from=0001-01-01",
    "date_match=within",  # chooses nothing on its own
    "date_from=2004-06-15",
    "date_to=2004-06",
    "date_match=within&date_from=2003",
    "status=occurred",
    "status=occurred&date_from=2004-06",
    "q=event&date_to=2004-06",
)


@pytest.mark.django_db
@pytest.mark.parametrize("query", BROAD_FILTERS)
def test_counts_taken_from_the_tallies_equal_counts_among_the_matching_events(
    every_precision, query
):
    filterset = validated(query)
    assert matching_events(filterset).count() > Event.objects.published().count() / 2
    counter = Counter(filterset, tallies.Snapshot())
    assert_counts_are_those_of_the_matching_events(counter)
    # Counting the facets found how many events match, which the page's list then shows.
    assert counter.matching_count() == matching_events(filterset).count()


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["q=event", "q=event&person=" + LAVRENTIEV])
def test_a_search_in_most_events_counts_among_the_events_it_did_not_find(every_precision, query):
    """The search's events looked up first (as the timeline does on SQLite): the others
    of a search alone are those it did not find, drafts left out."""
    filterset = validated(query)
    search = filterset.form.cleaned_data["q"]
    assert search.relevance and search.found_all
    assert Event.objects.filter(published=False, pk__in=search.event_ids).exists()
    assert (
        matching_events(filterset, exclude={"person"}).count()
        > Event.objects.published().count() / 2
    )
    counter = Counter(filterset, tallies.Snapshot())
    assert_counts_are_those_of_the_matching_events(counter)


#: Types or statuses and nothing else: every count is the tallies' of the values chosen.
CHOICES_ALONE = (
    "event_type=meeting",
    "event_type=meeting&event_type=visit",
    "status=occurred&status=planned",
    "event_type=meeting&event_type=meeting",
)


@pytest.mark.django_db
@pytest.mark.parametrize("query", CHOICES_ALONE)
def test_types_or_statuses_alone_are_counted_from_their_tallies(every_precision, query):
    for event_type, status in (
        ("visit", "planned"),
        ("meeting", "expected"),
        ("visit", "occurred"),
    ):
        make_event(event_type=event_type, status=status)
    counter = Counter(validated(query), tallies.Snapshot())
    with CaptureQueriesContext(connection) as queries:
        facet_counts(counter)
        counter.month_spans()
        known = counter.matching_count()
    assert not [q["sql"] for q in queries if '"events_event"' in q["sql"]]
    assert known == matching_events(counter.filterset).count() > 0
    assert_counts_are_those_of_the_matching_events(counter)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["q=Zarnitsa", "q=Zarnitsa&status=occurred"])
def test_a_search_finding_few_events_is_counted_among_them_without_sizing_it(query):
    """The search's own events (drafts among them) bound how many it matches: under half
    the published events, they are the side counted, with no count or search of the
    others first."""
    person = Event.objects.get(slug=VISIT).participations.first().person
    place = Place.objects.get(slug=BRUSSELS)
    make_public(person, place, title="Zarnitsa drills", status=Event.Status.OCCURRED)
    make_public(place, title="Zarnitsa inquiry", status=Event.Status.PLANNED)
    make_public(person, title="Zarnitsa draft", published=False)
    filterset = validated(query)
    # Looked up in full, as a page on SQLite does first (``Search.find_all``).
    assert len(filterset.form.cleaned_data["q"].event_ids) == 3
    counter = Counter(filterset, tallies.Snapshot())
    with CaptureQueriesContext(connection) as queries:
        facet_counts(counter)
        counter.month_spans()
    sql = [q["sql"] for q in queries]
    assert not [q for q in sql if "COUNT(*)" in q or "CASE WHEN" in q], sql
    assert_counts_are_those_of_the_matching_events(counter)


#: Date ranges and nothing else: counted from the tallies of the spans of years they
#: choose whole, and among the events of a year a bound cuts, if any.
DATES_ALONE = (
    "date_from=2004",
    "date_from=2000",  # the 2000s and 2010s whole, counted by their decades
    "date_to=2009&date_match=within",
    "date_to=2003",
    "date_from=2004&date_to=2004",
    "date_match=within&date_from=2003&date_to=2005",
    "date_from=0001-01-01",
    "date_to=9999",
)
DATES_CUTTING_A_YEAR = (
    "date_from=2004-06-15",
    "date_to=2004-06",
    "date_from=2004-06-15&date_to=2004-06-15",
    "date_from=2003-02&date_to=2005-11",
    "date_match=within&date_from=2003-02&date_to=2005-11",
    "date_match=within&date_from=2004-06-15",
    "date_match=within&date_to=2004-06",
    "date_match=overlap&date_from=2005-01-02",
)


@pytest.mark.django_db
@pytest.mark.parametrize("facets_first", [False, True])
def test_one_row_alone_is_counted_from_its_tally(facets_first):
    """A person's timeline (or an API list of one agreement…) takes its count from the
    row's tally: the tally read alone, or among those the facets read already."""
    person = Person.objects.get(slug=LAVRENTIEV)
    make_public(person, title="Harbour talks")
    make_public(person, title="Harbour draft", published=False)
    counter = Counter(validated(f"person={person.slug}"), tallies.Snapshot())
    if facets_first:
        facet_counts(counter)
    with CaptureQueriesContext(connection) as queries:
        known = counter.matching_count()
    assert not reads_events_or_links(queries)
    assert len(queries) == (0 if facets_first else 1)
    assert known == matching_events(counter.filterset).count() >= 2


@pytest.mark.django_db
def test_two_rows_of_a_kind_are_not_counted_by_adding_their_tallies():
    """Either of two people: an event of both would be counted twice."""
    event = Event.objects.get(slug=VISIT)
    people = [link.person for link in event.participations.all()][:2]
    assert len(people) == 2
    counter = Counter(validated("&".join(f"person={p.slug}" for p in people)), tallies.Snapshot())
    assert counter.matching_count() in (None, matching_events(counter.filterset).count())
    facet_counts(counter)
    assert counter.matching_count() == matching_events(counter.filterset).count()


def reads_events_or_links(queries):
    tables = ['"events_event"', *(f'"{link._meta.db_table}"' for link, _ in LINKS.values())]
    return [q["sql"] for q in queries if any(table in q["sql"] for table in tables)]


@pytest.mark.django_db
@pytest.mark.parametrize("query", DATES_ALONE + DATES_CUTTING_A_YEAR)
def test_date_ranges_alone_are_counted_from_the_tallies_of_their_years(every_precision, query):
    make_event(start_date=date(2002, 12, 31), end_date=date(2005, 1, 1))
    make_event(start_date=date(2005, 1, 1), date_precision=DatePrecision.YEAR)
    make_event(start_date=date(2003, 3, 1), end_date=date(2005, 5, 1))
    person = Event.objects.get(slug=VISIT).participations.first().person
    make_public(person, start_date=date(1998, 3, 1), end_date=date(2001, 5, 1))
    make_public(person, start_date=date(2012, 3, 1))
    counter = Counter(validated(query), tallies.Snapshot())
    with CaptureQueriesContext(connection) as queries:
        facet_counts(counter)
        counter.month_spans()
        known = counter.matching_count()
    # Only the events of a year that a bound cuts are read, and only where one does.
    assert bool(reads_events_or_links(queries)) == (query in DATES_CUTTING_A_YEAR)
    assert known == matching_events(counter.filterset).count()
    assert_counts_are_those_of_the_matching_events(counter)


def assert_counts_are_those_of_the_matching_events(counter):
    """Each of ``counter``'s counts equals the count among the events its other filters
    match, however it was made."""
    filterset = counter.filterset
    for kind in KINDS:
        matching = matching_events(filterset, exclude={kind.param})
        link, column = LINKS[kind.model]
        linked = link.objects.filter(event__in=matching).values_list(column)
        direct = dict(linked.annotate(n=Count("event_id", distinct=True)).order_by())
        assert {pk: n for pk, n in counter.per_row(kind).items() if n} == direct, kind.param
    for name in CHOICE_FACETS:
        matching = matching_events(filterset, exclude={name})
        direct = dict(matching.order_by().values_list(name).annotate(n=Count("pk")))
        assert {value: n for value, n in counter.per_choice(name).items() if n} == direct, name
    direct = collections.Counter(
        (
            event.start_date.replace(day=1),
            (event.end_date or event.start_date).replace(day=1),
            event.date_precision,
        )
        for event in matching_events(filterset, exclude={"date_from", "date_to"})
    )
    assert sorted(counter.month_spans()) == sorted((*span, n) for span, n in direct.items())


@pytest.mark.django_db
def test_the_others_are_the_published_events_a_filter_leaves_out(every_precision):
    for query in BROAD_FILTERS:
        filterset = validated(query)
        others = set(other_events(filterset))
        matching = set(matching_events(filterset))
        assert not others & matching, query
        assert others | matching == set(Event.objects.published()), query
