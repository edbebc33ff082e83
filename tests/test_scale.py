"""The work per request does not grow with the data, and deep pages are bounded."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events import pagination
from events.models import Event

pytestmark = pytest.mark.django_db

EVENTS = "/api/events/"
MIX = [
    EVENTS,
    f"{EVENTS}?person=boris-lavrentiev",
    f"{EVENTS}?agreement=transit-agreement",
    f"{EVENTS}?person=boris-lavrentiev&place=moscow&event_type=objection&event_type=statement"
    "&date_from=2004-01-01&date_to=2004-12-31&q=Lavrentiev",
    f"{EVENTS}?page=2&page_size=2",
    "/api/people/",
    "/api/sources/brussels-gazette-report/",
]


def query_counts(client):
    """Queries per URL with nothing cached yet: the worst case."""
    counts = {}
    for url in MIX:
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries)
    return counts


def test_api_query_counts_do_not_grow_with_the_data(client):
    small = query_counts(client)
    call_command("generate_demo_data", "--events", "300", "--force", stdout=io.StringIO())
    assert Event.objects.count() > 300
    assert query_counts(client) == small


def test_pages_deeper_than_the_bound_are_refused_with_a_hint(client, monkeypatch):
    monkeypatch.setattr(pagination, "MAX_DEPTH", 2)
    assert client.get(f"{EVENTS}?page_size=1&page=2").status_code == 200
    response = client.get(f"{EVENTS}?page_size=1&page=3")
    assert response.status_code == 400
    assert "date_from" in response.json()["page"][0]
    # Past the last page is still "not found", whatever the depth.
    assert client.get(f"{EVENTS}?page_size=1&page=999").status_code == 404


def test_the_chronology_is_read_from_the_index_not_sorted():
    sql, params = Event.objects.published().query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql} LIMIT 50", params)
        else:
            # On a handful of rows PostgreSQL rightly prefers a scan; ask if the index fits.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_bitmapscan = off")
            # Nor the indexes that give only the first keys and leave an (incremental) sort
            # of a few rows that costs next to nothing here, which the planner may then
            # prefer: the axis's, and the portable chronology, whose end dates come NULLS
            # LAST (dropped only in this transaction). Its NULLS FIRST twin must serve.
            cursor.execute("DROP INDEX event_published_axis_idx")
            cursor.execute("DROP INDEX event_published_chronology_idx")
            cursor.execute(f"EXPLAIN {sql} LIMIT 50", params)
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    # On PostgreSQL, the chronology's NULLS FIRST twin.
    index = "event_published_chronology_" + ("idx" if connection.vendor == "sqlite" else "pg_idx")
    assert index in plan
    assert "TEMP B-TREE" not in plan and "Sort" not in plan
