"""The median time of each case in the code tree at ``$ROOT`` (a checkout of any commit),
for ``bench/side_by_side.sh``, which runs two trees in turn on the same data::

    ROOT=/path/to/checkout DATABASE_URL=… CACHE_URL=dummy:// python bench/timings_of.py 5 CASE…

A case is an address, answered by Django's test client, or ``alone:`` and a query string:
the search alone as ``bench/search.py`` measures it (ranked, the first page read and
highlighted). Two warm-up calls, then the median of ``RUNS``, one line per case.
"""

import os
import statistics
import sys
import time
from urllib.parse import parse_qsl

ROOT = os.environ["ROOT"]
sys.path[:0] = [f"{ROOT}/bench", ROOT]
os.chdir(ROOT)

from axis import setup  # noqa: E402  (the tree's own, found through ROOT)

setup()

from django.test import Client  # noqa: E402
from search import ranked_first_page  # noqa: E402


def main(runs, cases):
    client = Client(HTTP_HOST="localhost")
    for case in cases:
        if case.startswith("alone:"):
            parameters = dict(parse_qsl(case.removeprefix("alone:")))
            call = lambda: ranked_first_page(parameters)  # noqa: E731, B023
        else:
            call = lambda: client.get(case)  # noqa: E731, B023
        for _ in range(2):
            call()
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            call()
            times.append((time.perf_counter() - started) * 1000)
        print(f"{case}\t{statistics.median(times):.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2:])
