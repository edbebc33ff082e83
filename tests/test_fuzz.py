"""Fuzzed and known-bad query strings against every list and filter URL: never a 5xx.

Hypothesis generates at least 2,000 query strings per run (``EXAMPLES_PER_URL`` for
each of ``FUZZED_URLS``), derandomized so CI sees the same ones every time. Run the
suite with ``DATABASE_URL`` pointing at PostgreSQL to fuzz it there too: NUL bytes
fail differently there.
"""

import math
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.filters import EventFilterSet
from events.models import Event

pytestmark = pytest.mark.django_db

# Every URL that lists things or takes filters. Add new list, export and entity URLs here.
FUZZED_URLS = [
    "/",
    "/people/boris-lavrentiev/",
    "/places/moscow/",
    "/organizations/nato/",
    "/agreements/transit-agreement/",
    "/sources/brussels-gazette-report/",
    "/events/lavrentiev-visits-brussels/",
    "/people/",
    "/places/",
    "/organizations/",
    "/agreements/",
    "/sources/",
    "/export/events.csv",
    "/export/events.ics",
    "/export/timelinejs.json",
    "/export/axis.svg",
    "/embed/axis/",
    "/feeds/events.atom",
    "/sitemap.xml",
    "/sitemap-events.xml",
    "/api/events/",
    "/api/people/",
    "/api/places/",
    "/api/organizations/",
    "/api/agreements/",
    "/api/sources/",
]


@pytest.mark.parametrize("url", FUZZED_URLS)
def test_every_fuzzed_url_is_a_page_that_exists(client, url):
    """Fuzzing an address that is itself a 404 would prove little."""
    assert client.get(url).status_code == 200


MINIMUM_GENERATED = 2_000
EXAMPLES_PER_URL = math.ceil(MINIMUM_GENERATED / len(FUZZED_URLS))

# What well-behaved answers look like: a page, a refusal naming the problem, or "not found".
ACCEPTABLE = {200, 400, 404}

# Every filter the FilterSet knows, so new filters are fuzzed too, and the page controls.
PARAMETERS = [
    *EventFilterSet.base_filters,
    "page",
    "page_size",
    "format",
    # The timeline's choice of view and the time axis's own parameters.
    "view",
    "from",
    "to",
    "lanes",
]

TOO_BIG = "1" + "0" * 30
LONG = "x" * 100_000
KNOWN_BAD = [
    "q=%00",
    "q=nul%00byte",
    "%00=1",
    "person%00=boris-lavrentiev",
    "person=boris%00lavrentiev",
    "date_from=2004%00-04-01",
    "page=%00",
    f"q={LONG}",
    f"person={LONG}",
    f"{LONG}=1",
    f"date_from={LONG}",
    "page=9223372036854775808",
    f"page={TOO_BIG}",
    "page_size=9223372036854775808",
    f"page_size={TOO_BIG}",
    "person=9223372036854775808",
    f"source={TOO_BIG}",
    "page=-1",
    "page=0",
    "page=abc",
    "page=1.5",
    "page=%EF%BC%91",  # a full-width digit one
    "page_size=-5",
    "date_from=2020-02-30",
    "date_to=2020-13-01",
    "date_from=99999-01-01",
    "date_from=0000-01-01",
    "date_from=-2004-01-01",
    "date_from=2004-05-01&date_to=2004-04-01",
    "q=%FF%FE",
    "person=%C3%28",
    "%FF=%FE",
    "q=%",
    "q=%zz",
    "person=%25",
    "person=%25s%25d",
    "person=boris-lavrentiev&person=boris-lavrentiev&person=ilya-zamyatin",
    "person[]=boris-lavrentiev",
    "person[0]=boris-lavrentiev&person[1]=ilya-zamyatin",
    "page=1&page=2",
    "event_type=meeting&event_type=nope",
    "status=",
    "date_from=",
    "colour=blue",
    "&&&==&",
    "=",
    "q=" + quote("<script>alert(1)</script>"),
    "q=" + quote("' OR 1=1 --"),
    "q=" + quote("%_\\"),
    "&".join(f"p{n}=1" for n in range(1_500)),  # more fields than Django accepts
]


def encode(text):
    return quote(text, safe="")


def percent_bytes(raw):
    """Any bytes percent-encoded, including ones that are not valid UTF-8."""
    return "".join(f"%{byte:02X}" for byte in raw)


seed_words = st.sampled_from(
    [
        "boris-lavrentiev",
        "moscow",
        "nato",
        "transit-agreement",
        *Event.Type.values,
        *Event.Status.values,
        "2004-04-06",
        "2004",
        "2004-04",
        "axis",
        "person",
        "event_type",
        "1",
        "2",
        "500",
    ]
)
values = st.one_of(
    seed_words,
    st.text(max_size=40).map(encode),
    st.binary(max_size=12).map(percent_bytes),
    st.integers(min_value=-(10**31), max_value=10**31).map(str),
    st.dates().map(lambda d: d.isoformat()),
    st.from_regex(r"-?[0-9]{1,6}-[0-9]{1,2}-[0-9]{1,2}", fullmatch=True),
    st.from_regex(r"[%&=;+\[\]#?]{1,6}", fullmatch=True),
)
names = st.one_of(
    st.sampled_from(PARAMETERS),
    st.sampled_from(PARAMETERS).map(lambda name: f"{name}[]"),
    st.text(max_size=12).map(encode),
    st.binary(max_size=6).map(percent_bytes),
)
query_strings = st.lists(st.tuples(names, values).map(lambda pair: "=".join(pair)), max_size=8).map(
    "&".join
)


@pytest.mark.parametrize("url", FUZZED_URLS)
def test_generated_query_strings_never_cause_a_server_error(client, url):
    tried = set()

    @settings(max_examples=EXAMPLES_PER_URL, deadline=None, derandomize=True, database=None)
    @given(query=query_strings)
    def answers_well(query):
        response = client.get(url, QUERY_STRING=query)
        assert response.status_code in ACCEPTABLE, (url, query)
        tried.add(query)

    answers_well()
    # Hypothesis may stop early when it runs out of new inputs; make sure it did not.
    assert len(tried) >= EXAMPLES_PER_URL * 0.95


@pytest.mark.parametrize("url", FUZZED_URLS)
@pytest.mark.parametrize("query", KNOWN_BAD, ids=lambda query: query[:40])
def test_known_bad_query_strings_never_cause_a_server_error(client, url, query):
    response = client.get(url, QUERY_STRING=query)
    assert response.status_code in ACCEPTABLE


@pytest.mark.parametrize(
    "query",
    [
        "q=nul%00byte",
        f"q={LONG}",
        f"person={LONG}",
        "person=boris%00lavrentiev",
        "person=%C3%28",
        "date_from=2020-02-30",
        "date_from=99999-01-01",
        "date_from=2004-05-01&date_to=2004-04-01",
        "event_type=nope",
    ],
    ids=lambda query: query[:40],
)
def test_invalid_filters_on_the_timeline_are_refused_with_400(client, query):
    assert client.get("/", QUERY_STRING=query).status_code == 400


@pytest.mark.parametrize("url", ["/", "/api/events/", "/people/boris-lavrentiev/"])
@pytest.mark.parametrize("query", ["q=%FF%FE", "person=%C3%28", "%FF=1", "q=caf%E9"])
def test_query_strings_that_are_not_utf8_are_refused_with_400(client, url, query):
    response = client.get(url, QUERY_STRING=query)
    assert response.status_code == 400
    assert "not valid UTF-8" in response.content.decode()


def test_percent_encoded_utf8_is_accepted(client):
    assert client.get("/api/events/", QUERY_STRING="q=caf%C3%A9+%E2%80%93").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/api/events/9223372036854775808/",
        f"/api/people/{TOO_BIG}/",
        "/api/events/%00/",
        "/people/%00/",
        "/people/%FF%FE/",
        "/events/" + "a" * 100_000 + "/",
        "/api/sources/..%2F..%2Fsettings/",
    ],
    ids=lambda path: path[:40],
)
def test_bad_slugs_in_paths_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_a_percent_sign_in_a_bad_slug_is_quoted_back_not_formatted(client):
    response = client.get("/api/events/", {"person": "50%-off %s"})
    assert response.status_code == 400
    assert response.json() == {"person": ["“50%-off %s” is not a valid identifier."]}
