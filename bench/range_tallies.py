"""Reading a date range's tallies: added up by spans of years alone, or by spans of
decades where a range holds them whole (``tallies.spans_given``), on the benchmark's
database, without any cache::

    DATABASE_URL=sqlite:////tmp/natorussia-bench.sqlite3 .venv/bin/python bench/range_tallies.py

For each range it reads what the timeline reads of the tallies (counts per row and per
choice, and the spans of months) both ways, ``RUNS`` times in turn, checks that both give
the same counts, and prints the minimum and median ms of each and how many givens each
adds up. The minimum is the figure least disturbed by a busy machine.
"""

import statistics
import sys
import time

from axis import setup

RUNS = 15


def read(givens):
    from events import tallies

    snapshot = tallies.Snapshot(givens)
    return snapshot.per_row, snapshot.per_choice, sorted(snapshot.month_spans)  # in any order


def main():
    setup()
    from events import tallies

    spans = tallies.year_spans()
    ranges = {
        "from 2008": {span for span in spans if span[0] >= 2008},
        "before 2008": {span for span in spans if span[0] < 2008},
        "1995-2020, within": {span for span in spans if span[0] >= 1995 and span[1] <= 2020},
    }
    print("| Range | givens: years / decades | years min / median ms | decades min / median ms |")
    print("| --- | ---: | ---: | ---: |")
    for name, chosen in ranges.items():
        ways = {
            "years": [tallies.years_given(*span) for span in chosen],
            "decades": tallies.spans_given(chosen, spans),
        }
        times = {way: [] for way in ways}
        for _ in range(RUNS):
            counts = {}
            for way, givens in ways.items():
                started = time.perf_counter()
                counts[way] = read(givens)
                times[way].append((time.perf_counter() - started) * 1000)
            if counts["years"] != counts["decades"]:
                sys.exit(f"{name}: the two ways disagree")
        figures = [f"{min(t):.1f} / {statistics.median(t):.1f}" for t in times.values()]
        givens = " / ".join(str(len(g)) for g in ways.values())
        print(f"| {name} | {givens} | {' | '.join(figures)} |")


if __name__ == "__main__":
    main()
