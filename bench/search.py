"""Search at 100,000 events, without any cache: the figures in docs/performance.md.

Point it at a database built by ``generate_demo_data --events 100000 --seed 42`` and
migrated to the search index, and disable the cache, so that every answer is worked out
from the database::

    DATABASE_URL=sqlite:////tmp/search-bench.sqlite3 CACHE_URL=dummy:// \\
        .venv/bin/python bench/search.py

It measures as ``bench/axis.py`` does (production settings, Django's test client, two
warm-up requests, then ``AXIS_BENCH_RUNS`` runs, 15 by default): searches a researcher
would type on the demo data, each on the API and on the timeline page, which ranks by
relevance and says why each event of its first page matched (and counts the facets), and
on the page again in date order. Then the search alone, as the page does it without
the rest of the page (facet counts, chart, cards, template): the filters read, the
matching events ranked, the first page's events read and their reasons highlighted.
It checks the median times against issue 15's goal.
"""

import re
import statistics
from functools import partial
from urllib.parse import urlencode

from axis import measure, setup, timings, uncached_client

#: Issue 15's goal: a search answers in at most this, ranking and highlighting included.
GOAL_MS = 100
#: What a researcher types, on the demo data (``generate_demo_data``): its people, places
#: and agreements are made from fixed lists of names, its summaries and quotes from a few
#: sentences, so one word can be in most events and a surname (shared by some ten of the
#: 560 people) in a quarter of them; a person's full name is in about 500.
SEARCHES = [
    ("no search, for comparison", {}),
    ("a person's name, quoted", {"q": '"Maria Scheffer"'}),
    ("a surname (a quarter of the events here)", {"q": "Ivanov"}),
    ("a common word (in most quotes)", {"q": "cooperation"}),
    ("a rarer word: a place (few are rare here)", {"q": "Belberino"}),
    ("a quoted phrase", {"q": '"Submarine Rescue"'}),
    ("a misspelt name (Scheffer)", {"q": "Sheffer"}),
    ("two words", {"q": "Ivanov Scheffer"}),
    ("a surname and a facet", {"q": "Ivanov", "event_type": "meeting"}),
]
#: The results' total, as the API and the page say it.
API_COUNT = re.compile(r'"count":(\d+)')
PAGE_COUNT = re.compile(r'id="result-count">\s*<strong>(\d+)</strong>')


def cases():
    """(search, answer, address, pattern of the total, goal): the page of a search is
    ranked by relevance unless ``sort=date``; without a search it is by date anyway."""
    for name, parameters in SEARCHES:
        goal = GOAL_MS if parameters else None
        query = urlencode(parameters)
        yield name, "API", f"/api/events/?{query}".rstrip("?"), API_COUNT, goal
        yield name, "page", f"/?{query}".rstrip("?"), PAGE_COUNT, goal
        if parameters:
            yield name, "page, by date", f"/?{query}&sort=date", PAGE_COUNT, goal


def ranked_first_page(parameters):
    """What the timeline does for a search's list (ranked among the events but for the
    search, as the page does): the number of events found."""
    from django.http import QueryDict

    from events.facets import matching_events
    from events.filters import EventFilterSet
    from events.models import Event
    from events.search import Ranked, explain
    from events.views import PAGE_SIZE

    query = QueryDict(urlencode(parameters))
    filterset = EventFilterSet(query, queryset=Event.objects.published())
    assert filterset.is_valid(), filterset.errors
    search = filterset.form.cleaned_data["q"]
    ranked = Ranked(matching_events(filterset, exclude={"q"}), search)
    found = Event.objects.in_bulk(ranked[:PAGE_SIZE])
    explain([found[pk] for pk in ranked[:PAGE_SIZE]], search.terms)
    return len(ranked)


def main():
    setup()
    client = uncached_client()
    print(
        "| Search | answer | median ms | slowest ms | median CPU ms | goal ms | events found "
        "| bytes | SQL queries |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    failures = []
    for name, answer, url, count, goal in cases():
        times, cpu_times, size, queries, response = measure(client, url)
        median, cpu = statistics.median(times), statistics.median(cpu_times)
        found = count.search(response.content.decode())
        found = f"{int(found.group(1)):,}" if found else "?"
        print(
            f"| {name}: `{url}` | {answer} | {median:.0f} | {max(times):.0f} | {cpu:.0f} "
            f"| {goal or '—'} | {found} | {size:,} | {queries} |"
        )
        if goal and median > goal:
            failures.append(f"{name} ({answer}): median {median:.0f} ms > {goal} ms")
    print("\nThe search alone: ranked, the first page read and highlighted\n")
    print(
        "| Search | median ms | slowest ms | median CPU ms | goal ms | events found | SQL queries |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, parameters in SEARCHES:
        if not parameters:
            continue
        times, cpu_times, found, queries = timings(partial(ranked_first_page, parameters))
        median, cpu = statistics.median(times), statistics.median(cpu_times)
        print(
            f"| {name}: `{urlencode(parameters)}` | {median:.0f} | {max(times):.0f} | {cpu:.0f} "
            f"| {GOAL_MS} | {found:,} | {queries} |"
        )
        if median > GOAL_MS:
            failures.append(f"{name} (search alone): median {median:.0f} ms > {GOAL_MS} ms")
    print("\n" + ("\n".join(failures) if failures else "Every goal met."))


if __name__ == "__main__":
    main()
