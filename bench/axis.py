"""The time axis at 100,000 events, without any cache: the figures in docs/performance.md.

Point it at a database built by ``generate_demo_data --events 100000 --seed 42`` and
disable the cache, so that every answer is rendered from the database::

    DATABASE_URL=sqlite:////tmp/axis-bench.sqlite3 CACHE_URL=dummy:// .venv/bin/python bench/axis.py

It runs with the production settings (``DJANGO_DEBUG`` unset: no template debugging, the
static files collected first, as ``bench/bench.py`` does).

Each address is asked for in this process (Django's test client: the whole middleware
stack and the view, no HTTP server), first twice to warm Python up, then ``RUNS`` times
one after another; it prints the median and slowest time, the median CPU time of this
process (with SQLite, which runs in the process, the work itself, whatever else the
machine is doing), the size of the answer and its number of SQL queries, and checks the
median times against the goals of issue 17.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("AXIS_BENCH_RUNS", "15"))
#: Issue 17's goals: the unfiltered (clustered) axis and a filtered axis of at most 500
#: events, rendered without a cache; the SVG's size.
UNFILTERED_MS, FILTERED_MS, MAX_SVG_BYTES, MAX_FILTERED_EVENTS = 200, 60, 300_000, 500


def setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "natorussia.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-key")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "localhost")
    os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "0")
    import django
    from django.conf import settings
    from django.core.management import call_command

    django.setup()
    if not settings.DEBUG:
        call_command("collectstatic", "--noinput", verbosity=0)


def busiest_person_under(limit):
    """The person with most published events, at most ``limit`` of them."""
    from django.db.models import Count

    from events.models import Participation

    counts = (
        Participation.objects.filter(event__published=True)
        .values_list("person__slug")
        .annotate(n=Count("event_id", distinct=True))
        .filter(n__lte=limit)
        .order_by("-n", "person__slug")
    )
    return counts.first()


def cases():
    slug, events = busiest_person_under(MAX_FILTERED_EVENTS)
    return [
        ("unfiltered axis (clustered)", "/embed/axis/", UNFILTERED_MS),
        ("unfiltered SVG file", "/export/axis.svg", UNFILTERED_MS),
        ("unfiltered, lanes by event type", "/embed/axis/?lanes=event_type", None),
        ("unfiltered, lanes by person", "/embed/axis/?lanes=person", None),
        (f"one person ({events} events)", f"/embed/axis/?person={slug}", FILTERED_MS),
        (
            f"one person ({events} events), lanes by agreement",
            f"/embed/axis/?person={slug}&lanes=agreement",
            FILTERED_MS,
        ),
        (f"one person ({events} events), SVG file", f"/export/axis.svg?person={slug}", FILTERED_MS),
        ("a week of all events", "/embed/axis/?from=2004-04-05&to=2004-04-11", None),
        ("timeline page, axis view (facets too)", "/?view=axis", None),
    ]


def timings(work):
    """``work()`` twice to warm up, then ``RUNS`` times: the wall and CPU times (ms), the
    last result and its number of SQL queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):
        work()
    times, cpu_times = [], []
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as queries:
            started, cpu_started = time.perf_counter(), time.process_time()
            result = work()
            times.append((time.perf_counter() - started) * 1000)
            cpu_times.append((time.process_time() - cpu_started) * 1000)
    return times, cpu_times, result, len(queries.captured_queries)


def measure(client, url):
    times, cpu_times, response, queries = timings(lambda: client.get(url))
    assert response.status_code == 200, (url, response.status_code)
    return times, cpu_times, len(response.content), queries, response


def uncached_client():
    """Django's test client, once sure that nothing is cached; says what is measured."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    cache = settings.CACHES["default"]["BACKEND"]
    if not cache.endswith("DummyCache"):
        sys.exit(f"Run with CACHE_URL=dummy:// (the cache is {cache}).")
    print(f"{connection.vendor}, {RUNS} runs per address, cache {cache.rsplit('.', 1)[1]}\n")
    return Client(HTTP_HOST="localhost")


def main():
    setup()
    from events.axis import DETAIL_LIMIT

    client = uncached_client()
    print(f"Up to {DETAIL_LIMIT} events in the window are drawn one by one, more as clusters.\n")
    print(
        "| Address | median ms | slowest ms | median CPU ms | goal ms | bytes | SQL queries "
        "| marks / clusters |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    failures = []
    for name, url, goal in cases():
        times, cpu_times, size, queries, response = measure(client, url)
        median, cpu = statistics.median(times), statistics.median(cpu_times)
        body = response.content.decode()
        shown = " / ".join(str(body.count(f'class="axis__{kind}"')) for kind in ("mark", "cluster"))
        print(
            f"| {name}: `{url}` | {median:.0f} | {max(times):.0f} | {cpu:.0f} | {goal or '—'} | "
            f"{size:,} | {queries} | {shown} |"
        )
        if goal and median > goal:
            failures.append(f"{name}: median {median:.0f} ms > {goal} ms")
        if url.startswith("/export/") and size > MAX_SVG_BYTES:
            failures.append(f"{name}: {size:,} bytes > {MAX_SVG_BYTES:,}")
    print("\n" + ("\n".join(failures) if failures else "Every goal met."))


if __name__ == "__main__":
    main()
