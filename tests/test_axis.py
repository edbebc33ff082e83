"""The time axis: shapes per precision, qualifier and status; lanes; clusters; zoom and
move links; the embed and the SVG file; bad parameters; a fixed number of queries."""

import re
import xml.etree.ElementTree as ET
from datetime import date
from html import unescape
from itertools import pairwise

import pytest

from events import axis
from events.dates import DatePrecision, DateQualifier
from events.models import Event
from tests.dataset import EXERCISE, KELLER, SIGNING, TALKS, VISIT
from tests.factories import make_event
from tests.queries import CountDataQueries

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
BLUE, BROWN = axis.STATUS_COLOURS[Event.Status.OCCURRED], axis.STATUS_COLOURS["planned"]


def drawing(client, query=""):
    """The SVG file for ``query``, parsed."""
    response = client.get(f"/export/axis.svg?{query}")
    assert response.status_code == 200, response.content
    return ET.fromstring(response.content)


def links(root):
    """Every mark and cluster link, in document (focus) order."""
    return [a for a in root.iter(f"{SVG}a") if a.get("class") != "axis__label"]


def label(root, slug):
    """The visible label of an event's mark (hidden from assistive technology)."""
    (found,) = [
        a
        for a in root.iter(f"{SVG}a")
        if a.get("class") == "axis__label" and a.get("href").endswith(f"/events/{slug}/")
    ]
    assert found.get("aria-hidden") == "true" and found.get("tabindex") == "-1"
    return "".join(found.find(f"{SVG}text").itertext())


def mark(root, slug):
    found = [a for a in links(root) if a.get("href").endswith(f"/events/{slug}/")]
    assert len(found) == 1, f"{slug}: {len(found)} marks"
    return found[0]


def children(link, tag):
    return link.findall(f"{SVG}{tag}")


def test_a_day_is_a_filled_point_named_by_its_title_and_readable_date(client):
    link = mark(drawing(client), VISIT)
    (circle,) = children(link, "circle")
    assert circle.get("fill") == BLUE
    assert link.get("aria-label") == "Lavrentiev visits NATO headquarters, 5 April 2004"
    assert link.find(f"{SVG}title").text == link.get("aria-label")


def test_a_range_of_days_is_a_bar_from_its_start_to_its_end(client):
    root = drawing(client, "from=2004-04&to=2004-04")
    (bar,) = children(mark(root, SIGNING), "rect")
    # April has 30 days over the plot; the range covers the 7th and the 8th.
    day = axis.PLOT_WIDTH / 30
    assert float(bar.get("x")) == pytest.approx(axis.PLOT_LEFT + 6 * day, abs=0.1)
    assert float(bar.get("width")) == pytest.approx(2 * day, abs=0.1)
    assert bar.get("fill") == BLUE and bar.get("height") == "10"


def test_a_month_is_a_hollow_band_over_the_whole_month_when_planned(client):
    root = drawing(client, "from=2004&to=2004")
    link = mark(root, TALKS)
    (band,) = children(link, "rect")
    year = axis.PLOT_WIDTH / 366
    assert float(band.get("x")) == pytest.approx(axis.PLOT_LEFT + 121 * year, abs=0.1)  # 1 May
    assert float(band.get("width")) == pytest.approx(31 * year, abs=0.1)
    assert band.get("fill") == "#ffffff" and band.get("stroke") == BROWN  # hollow: planned
    assert "(known only to the month), planned" in link.get("aria-label")
    assert label(root, TALKS) == "Submarine rescue talks planned · month known"


def test_a_year_is_a_lighter_band_over_the_whole_year(client):
    make_event(slug="year-only", start_date=date(2003, 1, 1), date_precision=DatePrecision.YEAR)
    root = drawing(client, "from=2003&to=2004")
    (band,) = children(mark(root, "year-only"), "rect")
    assert float(band.get("x")) == pytest.approx(axis.PLOT_LEFT, abs=0.1)
    assert float(band.get("width")) == pytest.approx(axis.PLOT_WIDTH * 365 / 731, abs=0.1)
    assert band.get("fill-opacity") == "0.35"  # lighter than a day's mark
    assert label(root, "year-only").endswith(" · year known")
    # The expected year in the dataset is hollow instead.
    (expected,) = children(mark(root, EXERCISE), "rect")
    assert expected.get("fill") == "#ffffff"


def test_by_a_date_is_a_dotted_line_ending_at_that_date(client):
    make_event(
        slug="by-then", start_date=date(2004, 4, 20), date_qualifier=DateQualifier.NO_LATER_THAN
    )
    root = drawing(client, "from=2004-04&to=2004-04")
    link = mark(root, "by-then")
    (line,) = children(link, "path")
    (end,) = children(link, "rect")
    day = axis.PLOT_WIDTH / 30
    end_x = axis.PLOT_LEFT + 20 * day  # the end of 20 April
    assert line.get("stroke-dasharray") == "1 4"  # an open start
    start_x, _y, line_end = map(float, re.fullmatch(r"M(\S+) (\S+)H(\S+)", line.get("d")).groups())
    assert line_end == pytest.approx(end_x, abs=0.1)
    assert start_x == pytest.approx(end_x - axis.BOUND_LENGTH, abs=0.1)
    assert float(end.get("x")) + 3 == pytest.approx(end_x, abs=0.1)
    assert link.get("aria-label").endswith("by 20 April 2004")


def test_not_before_a_date_is_a_dotted_line_starting_at_that_date(client):
    make_event(
        slug="not-before",
        start_date=date(2004, 4, 20),
        date_qualifier=DateQualifier.NO_EARLIER_THAN,
        status="planned",
    )
    root = drawing(client, "from=2004-04&to=2004-04")
    link = mark(root, "not-before")
    (line,) = children(link, "path")
    (start,) = children(link, "rect")
    day = axis.PLOT_WIDTH / 30
    start_x = axis.PLOT_LEFT + 19 * day  # the start of 20 April
    assert line.get("stroke-dasharray") == "1 4"  # an open end
    line_start, _y, end_x = map(float, re.fullmatch(r"M(\S+) (\S+)H(\S+)", line.get("d")).groups())
    assert line_start == pytest.approx(start_x, abs=0.1)
    assert end_x == pytest.approx(start_x + axis.BOUND_LENGTH, abs=0.1)
    assert float(start.get("x")) + 3 == pytest.approx(start_x, abs=0.1)
    assert start.get("fill") == "#ffffff"  # planned: hollow
    assert "not before 20 April 2004" in link.get("aria-label")


def test_circa_has_dashed_ends_and_says_c(client):
    make_event(
        slug="about-then", start_date=date(2004, 4, 15), date_qualifier=DateQualifier.APPROXIMATE
    )
    link = mark(drawing(client), "about-then")
    (whiskers,) = children(link, "path")
    (circle,) = children(link, "circle")
    assert whiskers.get("stroke-dasharray") == "2 2" and len(whiskers.get("d").split("M")) == 3
    assert circle.get("stroke-dasharray") == "3 2"
    assert "c. 15 April 2004" in link.get("aria-label")


def test_within_a_range_is_a_band_over_the_range(client):
    make_event(
        slug="some-day",
        start_date=date(2004, 4, 10),
        end_date=date(2004, 4, 19),
        date_qualifier=DateQualifier.WITHIN,
    )
    link = mark(drawing(client, "from=2004-04&to=2004-04"), "some-day")
    (band,) = children(link, "rect")
    assert band.get("fill-opacity") == "0.35"
    assert float(band.get("width")) == pytest.approx(10 * axis.PLOT_WIDTH / 30, abs=0.1)
    assert "between 10 and 19 April 2004" in link.get("aria-label")


def test_the_legend_explains_every_shape(client):
    legend = next(g for g in drawing(client).iter(f"{SVG}g") if g.get("class") == "axis__legend")
    text = " ".join("".join(t.itertext()) for t in legend.iter(f"{SVG}text"))
    for words in (
        "to the day",
        "From one day",
        "month or year",
        "“By”",
        "“Not before”",
        "“c.”",
        "hollow",
        "zoom in",
    ):
        assert words in text
    shapes = [child.tag.removeprefix(SVG) for child in legend if child.tag != f"{SVG}text"]
    assert shapes.count("circle") == 3  # day, c. and planned
    # range, band, the end of "by", the start of "not before" and the cluster
    assert shapes.count("rect") == 5


def test_marks_are_in_chronological_order_whatever_their_lane(client):
    hrefs = [a.get("href") for a in links(drawing(client, "lanes=person"))]
    slugs = list(dict.fromkeys(href.rstrip("/").rsplit("/", 1)[1] for href in hrefs))
    starts = dict(Event.objects.filter(slug__in=slugs).values_list("slug", "start_date"))
    assert [starts[slug] for slug in slugs] == sorted(starts[slug] for slug in slugs)


def test_lanes_by_person_are_labelled_and_keep_events_without_one(client):
    root = drawing(client, "lanes=person")
    labels = [t.text for t in root.iter(f"{SVG}text") if t.get("font-weight") == "bold"]
    assert {"Marta Keller", "Boris Lavrentiev", "No person"} <= set(labels)
    # Keller's events are drawn in her lane, one mark each: two lanes, two marks.
    keller = Event.objects.published().filter(participations__person__slug=KELLER).count()
    visits = [a for a in links(root) if a.get("href").endswith(f"/{VISIT}/")]
    assert len(visits) == 2 and keller >= 2


@pytest.mark.parametrize("lanes", ["event_type", "agreement", "organization", "place", "none"])
def test_every_kind_of_lane_draws_every_event(client, lanes):
    hrefs = {a.get("href") for a in links(drawing(client, f"lanes={lanes}"))}
    assert len(hrefs) == Event.objects.published().count()


def test_marks_on_the_same_day_stack_in_rows_without_overlapping_labels(client):
    for n in range(4):
        make_event(slug=f"same-day-{n}", title=f"Same day {n}", start_date=date(2004, 4, 5))
    root = drawing(client, "from=2004-04&to=2004-04")
    rows = {mark(root, f"same-day-{n}").find(f"{SVG}circle").get("cy") for n in range(4)}
    assert len(rows) == 4


def test_no_two_marks_or_labels_in_a_row_overlap(client):
    for n in range(40):
        make_event(
            slug=f"crowded-{n}",
            title=f"A long title for crowded event number {n} that gets cut",
            start_date=date(2004, 4, 1 + n % 20),
            end_date=date(2004, 4, 3 + n % 20) if n % 3 == 0 else None,
            date_precision=DatePrecision.DAY,
            event_type=Event.Type.values[n % 4],
        )
    drawn = client.get("/?view=axis&from=2004-03&to=2004-05&lanes=event_type").context["axis"]
    rows = {}
    for mark in (item for item in drawn.marks if item.kind == "mark"):
        left, right = axis._label_placement(mark)[1:] if mark.label else (mark.x1 - 6, mark.x2 + 6)
        rows.setdefault(mark.y, []).append((left, right))
    assert len(rows) > len(drawn.lanes)  # crowded enough to stack
    for spans in rows.values():
        spans.sort()
        assert all(right <= next_left for (_, right), (next_left, _) in pairwise(spans))


def test_marks_that_cannot_be_told_apart_merge_into_a_cluster(client, monkeypatch):
    monkeypatch.setattr(axis, "MAX_ROWS", 2)
    for n in range(6):
        make_event(slug=f"crowd-{n}", start_date=date(2004, 4, 5))
    root = drawing(client, "from=2004-04&to=2004-04")
    clusters = [a for a in links(root) if a.get("class") == "axis__cluster"]
    marks = [a for a in links(root) if a.get("class") == "axis__mark"]
    counts = [int(a.find(f"{SVG}text").text) for a in clusters]
    in_april = client.get("/?view=axis&from=2004-04&to=2004-04").context["axis"].in_window
    assert sum(counts) + len(marks) == in_april
    assert max(counts) >= 4  # two rows for seven marks on 5 April
    cluster = clusters[counts.index(max(counts))]
    assert cluster.get("aria-label").startswith(f"{max(counts)} events, ")
    zoomed = client.get(unescape(cluster.get("href")).replace("/export/axis.svg", "/embed/axis/"))
    assert zoomed.status_code == 200


def test_past_the_detail_limit_every_event_is_counted_in_clusters(client, monkeypatch):
    monkeypatch.setattr(axis, "DETAIL_LIMIT", 2)
    for lanes in ("none", "event_type", "person"):
        root = drawing(client, f"lanes={lanes}")
        clusters = [a for a in links(root) if a.get("class") == "axis__cluster"]
        assert clusters and len(clusters) == len(list(links(root)))
        counted = sum(int(a.find(f"{SVG}text").text) for a in clusters)
        expected = Event.objects.published().count()
        if lanes == "person":  # an event with two people is counted in both lanes
            expected = sum(
                max(event.participations.count(), 1) for event in Event.objects.published()
            )
        assert counted == expected, lanes


def test_cluster_links_zoom_to_their_own_stretch_of_time(client, monkeypatch):
    monkeypatch.setattr(axis, "DETAIL_LIMIT", 0)
    root = drawing(client, "from=2000&to=2009")
    for cluster in (a for a in links(root) if a.get("class") == "axis__cluster"):
        query = dict(re.findall(r"(from|to)=([0-9-]+)", unescape(cluster.get("href"))))
        start = axis.parse_bound("from", query["from"], last=False)
        end = axis.parse_bound("to", query["to"], last=True)
        assert start <= date(2004, 12, 31) and end >= date(2004, 1, 1)
        assert (end - start).days < 3 * 366  # much closer than the ten years shown


def test_the_last_days_of_the_calendar_can_be_drawn_and_clustered(client, monkeypatch):
    make_event(slug="far-future", start_date=date(9999, 1, 1), date_precision=DatePrecision.YEAR)
    make_event(slug="last-day", start_date=date(9999, 12, 31), date_qualifier="by")
    assert mark(drawing(client, "from=9990&to=9999"), "last-day") is not None
    monkeypatch.setattr(axis, "DETAIL_LIMIT", 0)
    clusters = links(drawing(client, "from=9990&to=9999&lanes=event_type"))
    assert sum(int(a.find(f"{SVG}text").text) for a in clusters) == 2


def page_links(response):
    html = response.content.decode()
    return {
        name: unescape(url)
        for url, name in re.findall(r'<a href="([^"]+)" data-axis-move="(\w+)"', html)
    }


def test_zoom_and_move_links_keep_the_filters_and_change_the_window(client):
    response = client.get("/?view=axis&status=occurred&from=2004&to=2004&page=2")
    assert response.status_code == 200
    moves = page_links(response)
    assert moves == {
        "earlier": "/?view=axis&status=occurred&from=2003&to=2003",
        "zoom_in": "/?view=axis&status=occurred&from=2004-04&to=2004-09",
        "zoom_out": "/?view=axis&status=occurred&from=2004&to=2005",
        "later": "/?view=axis&status=occurred&from=2005&to=2005",
    }


def test_a_week_cannot_be_zoomed_into_and_the_calendars_edges_cannot_be_passed(client):
    week = page_links(client.get("/?view=axis&from=2004-04-05&to=2004-04-11"))
    assert "zoom_in" not in week and week["later"].endswith("from=2004-04-08&to=2004-04-14")
    edge = page_links(client.get("/?view=axis&from=0001&to=9999"))
    assert set(edge) == {"zoom_in"}


def test_the_default_window_is_the_filtered_span(client):
    response = client.get(f"/?view=axis&person={KELLER}")
    axis_shown = response.context["axis"]
    keller = Event.objects.published().filter(participations__person__slug=KELLER)
    assert axis_shown.window.start <= min(e.start_date for e in keller)
    assert axis_shown.window.end >= max(e.date.last_day for e in keller)
    assert axis_shown.total == axis_shown.in_window == keller.count()


def test_ticks_fit_the_scale(client):
    def labels(query):
        return [t.label for t in client.get(f"/?view=axis&{query}").context["axis"].ticks]

    assert labels("from=1990&to=2029")[:2] == ["1990", "1992"]
    assert labels("from=2004&to=2004")[:2] == ["January 2004", "March 2004"]
    assert labels("from=2004-04-01&to=2004-04-07")[:2] == ["1 April 2004", "2 April 2004"]


def test_the_axis_view_shows_the_same_filters_chips_and_count_as_the_list(client):
    listed = client.get("/?status=occurred")
    drawn = client.get("/?status=occurred&view=axis")
    assert [chip.label for chip in drawn.context["chips"]] == ["Status: Occurred"]
    assert [chip.label for chip in listed.context["chips"]] == ["Status: Occurred"]
    assert drawn.context["facets"] == listed.context["facets"]
    assert drawn.context["axis"].total == listed.context["page_obj"].paginator.count
    html = drawn.content.decode()
    assert 'aria-current="page">Axis</a>' in html
    assert 'href="/?status=occurred">The same events as a list</a>' in html


def test_changing_the_filters_keeps_the_axis_and_its_lanes_but_not_the_window(client):
    response = client.get("/?view=axis&status=occurred&lanes=person&from=2004-04&person=" + KELLER)
    chip = next(chip for chip in response.context["chips"] if chip.name == "status")
    assert chip.remove_url == f"/?person={KELLER}&view=axis&lanes=person"
    html = response.content.decode()
    assert '<input type="hidden" name="view" value="axis">' in html
    assert '<input type="hidden" name="lanes" value="person">' in html
    assert 'href="/?view=axis">Clear all filters</a>' in html
    listed = client.get("/?status=occurred")
    assert listed.context["chips"][0].remove_url == "/"
    assert 'name="view"' not in listed.content.decode()


def test_the_page_offers_an_iframe_snippet_and_the_svg_file_for_its_filters(client):
    html = client.get("/?view=axis&status=occurred&lanes=person").content.decode()
    assert (
        '&lt;iframe src="http://testserver/embed/axis/?status=occurred&amp;amp;lanes=person"'
        in html
    )
    assert 'href="/export/axis.svg?status=occurred&amp;lanes=person" download' in html


BAD_PARAMETERS = [
    ("from=2005&to=2004", "“from” is after “to”"),
    ("from=last+year", "“from”: “last year” is not a date"),
    ("to=2004-02-30", "“to”: 2004-02-30 is not a day of the calendar"),
    ("from=0000", "the year must be between 1 and 9999, not 0"),
    ("to=99999", "“to”: “99999” is not a date"),
    ("from=2004-13", "“from”: 2004-13 is not a day of the calendar"),
    ("lanes=colour", "“lanes”: “colour” is not a lane"),
    ("lanes=a%00b", "“lanes”: “ab” is not a lane"),
    ("from=2004%00", "“from”: “2004” is not a date"),
    ("from=" + "9" * 5000, "is not a date"),
]


@pytest.mark.parametrize("query, message", BAD_PARAMETERS)
@pytest.mark.parametrize("path", ["/?view=axis&", "/embed/axis/?", "/export/axis.svg?"])
def test_bad_parameters_get_a_400_naming_the_problem(client, path, query, message):
    response = client.get(path + query)
    assert response.status_code == 400
    assert message in unescape(response.content.decode())


def test_an_unknown_view_and_bad_filters_are_400s_too(client):
    assert "“view”: choose list or axis" in client.get("/?view=map").content.decode()
    assert client.get("/?view=map").status_code == 400
    embed = client.get("/embed/axis/?person=nobody")
    assert embed.status_code == 400 and "“person”" in unescape(embed.content.decode())
    assert client.get("/export/axis.svg?date_from=junk").status_code == 400
    page = client.get("/?view=axis&person=nobody")
    assert page.status_code == 400 and "No events match" in page.content.decode()
    # The axis has no pages: a page number, even a bad one, is left aside.
    assert client.get("/?view=axis&page=abc").status_code == 200


def test_only_the_embed_may_be_framed_by_other_sites(client):
    embed = client.get("/embed/axis/")
    assert embed.status_code == 200
    assert "frame-ancestors *" in embed["Content-Security-Policy"]
    assert "X-Frame-Options" not in embed
    assert embed["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert '<base target="_top">' in embed.content.decode()
    assert "site-footer" not in embed.content.decode()
    for path in ("/", "/?view=axis", "/export/axis.svg"):
        other = client.get(path)
        assert "frame-ancestors 'none'" in other["Content-Security-Policy"], path
        assert other["X-Frame-Options"] == "DENY", path
    # A cached rendering keeps the relaxed policy.
    assert "frame-ancestors *" in client.get("/embed/axis/")["Content-Security-Policy"]


def test_the_embed_moves_within_the_embed(client):
    moves = page_links(client.get("/embed/axis/?from=2004&to=2004"))
    assert moves["later"] == "/embed/axis/?from=2005&to=2005"


def test_the_svg_file_has_a_title_a_source_line_a_date_and_absolute_links(client):
    response = client.get("/export/axis.svg?status=occurred&view=axis")
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="nato-russia-axis.svg"'
    root = ET.fromstring(response.content)
    assert root.find(f"{SVG}title").text.startswith("NATO–Russia cooperation, ")
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    source = next(i for i, text in enumerate(texts) if text.startswith("Source: "))
    assert texts[source].endswith(f"exported {date.today().day} {date.today():%B %Y}:")
    assert texts[source + 1] == "http://testserver/?status=occurred&view=axis"
    # A long address is broken over lines that stay within the drawing, never cut.
    repeated = "&".join(["status=occurred"] * 12)
    long = client.get(f"/export/axis.svg?{repeated}")
    long_texts = ["".join(t.itertext()) for t in ET.fromstring(long.content).iter(f"{SVG}text")]
    lines = long_texts[next(i for i, t in enumerate(long_texts) if t.startswith("Source: ")) + 1 :]
    assert "".join(lines) == f"http://testserver/?{repeated}&view=axis"
    assert len(lines) == 2 and all(len(line) <= axis.SOURCE_LINE_CHARS for line in lines)
    assert all(a.get("href").startswith("http://testserver/") for a in links(root))


def test_no_matching_events_is_said_plainly(client):
    assert client.get("/export/axis.svg?q=nothing-like-this").status_code == 404
    page = client.get("/?view=axis&q=nothing-like-this")
    assert page.status_code == 200 and "No events match" in page.content.decode()


def test_the_number_of_queries_does_not_grow_with_the_events_shown(client, monkeypatch):
    def queries(query):
        with CountDataQueries() as counted:
            assert client.get(f"/embed/axis/?{query}").status_code == 200
        return counted.count

    few = {lanes: queries(f"lanes={lanes}&from=2004") for lanes in ("none", "person")}
    for n in range(30):
        make_event(slug=f"more-{n}", start_date=date(2004, 6, 1 + n % 28))
    assert {lanes: queries(f"lanes={lanes}&from=2004") for lanes in few} == few
    monkeypatch.setattr(axis, "DETAIL_LIMIT", 10)  # clustered: no more queries either
    make_event(slug="one-more", start_date=date(2004, 7, 1))  # a new version: not cached
    assert {lanes: queries(f"lanes={lanes}&from=2004") for lanes in few} == few
