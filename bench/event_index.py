"""Would one full-text row per event make a broad search fast? On a copy of the
benchmark's SQLite file, this builds an FTS5 table of one row per event (its pieces
gathered into five columns: title, names, summary, quotes, passages) beside the index of
pieces the site uses (``events/search_index.py``), then times, side by side, what a search
asks of each::

    DJANGO_DEBUG=1 DATABASE_URL=sqlite:////tmp/natorussia-bench.sqlite3 \
      .venv/bin/python bench/event_index.py /tmp/natorussia-bench.sqlite3

The copy is made in the same directory and removed afterwards, with its journal. For each
search it prints the minimum of ``RUNS`` (the figure least disturbed by a busy machine) of:
counting the matches, listing them as one JSON value (as ``search._best_kinds`` hands
them over), listing those of the title column alone (the first level of relevance), and
the 50 best by ``bm25()`` with the site's weights of kinds.
"""

import shutil
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path

from axis import setup

setup()

from events.search import KIND_WEIGHTS  # noqa: E402  (after Django is set up)
from events.search_index import FTS as PIECES_FTS  # noqa: E402
from events.search_index import KINDS_SPAN  # noqa: E402

RUNS = 5
SEARCHES = ["cooperation", "Solovyov", "Ivanov", "Belberino"]
EVENTS_FTS = "bench_event_fts"
# The columns of the event's row, and the kinds of pieces each gathers.
COLUMNS = {
    "title": ("title",),
    "names": ("person", "place", "organization", "agreement"),
    "summary": ("summary",),
    "quotes": ("quote",),
    "passages": ("passage",),
}
# Each column weighs as its heaviest kind does in the site's ranking.
WEIGHTS = ", ".join(str(max(KIND_WEIGHTS[k] for k in kinds)) for kinds in COLUMNS.values())
# A piece's id holds its event's (search_index.KIND_CODES).
EVENT_OF_PIECE = f"rowid / {KINDS_SPAN}"


def build(connection):
    gathered = ", ".join(
        f"group_concat(CASE WHEN kind IN ({', '.join(map(repr, kinds))}) THEN text END, ' ')"
        for kinds in COLUMNS.values()
    )
    connection.executescript(
        f"""
        CREATE VIRTUAL TABLE {EVENTS_FTS} USING fts5({", ".join(COLUMNS)},
            tokenize='porter unicode61 remove_diacritics 2');
        INSERT INTO {EVENTS_FTS} (rowid, {", ".join(COLUMNS)})
            SELECT event_id, {gathered} FROM events_searchpiece GROUP BY event_id;
        """
    )
    connection.commit()


def fastest(connection, sql, parameter):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        connection.execute(sql, [parameter]).fetchall()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main(path):
    copy = Path(path).with_name("event-index-bench.sqlite3")
    files = [copy, *(copy.with_name(copy.name + end) for end in ("-wal", "-shm"))]
    for file in files:
        file.unlink(missing_ok=True)  # a journal left beside an old copy would be replayed
    shutil.copyfile(path, copy)
    try:
        with closing(sqlite3.connect(copy)) as connection:
            measure(connection)
    finally:
        for file in files:
            file.unlink(missing_ok=True)


def measure(connection):
    start = time.perf_counter()
    build(connection)
    print(f"built {EVENTS_FTS} in {time.perf_counter() - start:.1f} s")
    cases = {
        "count: pieces": f"SELECT count(*) FROM {PIECES_FTS} WHERE {PIECES_FTS} MATCH ?",
        "count: events": f"SELECT count(*) FROM {EVENTS_FTS} WHERE {EVENTS_FTS} MATCH ?",
        "listed: pieces' events": f"SELECT json_group_array({EVENT_OF_PIECE})"
        f" FROM {PIECES_FTS} WHERE {PIECES_FTS} MATCH ?",
        "listed: events": f"SELECT json_group_array(rowid) FROM {EVENTS_FTS}"
        f" WHERE {EVENTS_FTS} MATCH ?",
        "listed: events, title column": f"SELECT json_group_array(rowid) FROM {EVENTS_FTS}"
        f" WHERE {EVENTS_FTS} MATCH '{{title}} : ' || ?",
        "50 best by bm25: events": f"SELECT rowid FROM {EVENTS_FTS} WHERE {EVENTS_FTS}"
        f" MATCH ? ORDER BY bm25({EVENTS_FTS}, {WEIGHTS}) LIMIT 50",
    }
    print(f"{'':32}" + "".join(f"{search:>13}" for search in SEARCHES))
    for label, sql in cases.items():
        row = "".join(f"{fastest(connection, sql, s):10.1f} ms" for s in SEARCHES)
        print(f"{label:32}{row}")


if __name__ == "__main__":
    main(sys.argv[1])
