"""Would one full-text row per event make a broad search fast? On a copy of the
benchmark's SQLite file, this builds an FTS5 table of one row per event (its pieces
gathered into five columns: title, names, summary, quotes, passages) beside the index of
pieces the site uses (``events/search_index.py``), then times, side by side, what a search
asks of each::

    .venv/bin/python bench/event_index.py /tmp/natorussia-bench.sqlite3

The copy is made in the same directory and removed afterwards. For each search it
prints the minimum of ``RUNS`` (the figure least disturbed by a busy machine) of:
counting the matches, listing them as one JSON value (as ``search._best_kinds`` hands
them over), listing those of the title column alone (the first level of relevance), and
the 50 best by ``bm25()`` with the site's weights of kinds.
"""

import shutil
import sqlite3
import sys
import time
from pathlib import Path

RUNS = 5
SEARCHES = ["cooperation", "Solovyov", "Ivanov", "Belberino"]
PIECES_FTS = "events_searchpiece_fts"
EVENTS_FTS = "bench_event_fts"
# The columns of the event's row, and the kinds of pieces each gathers.
COLUMNS = {
    "title": "'title'",
    "names": "'person', 'place', 'organization', 'agreement'",
    "summary": "'summary'",
    "quotes": "'quote'",
    "passages": "'passage'",
}
WEIGHTS = "8.0, 6.0, 6.0, 3.0, 1.0"  # search.KIND_WEIGHTS, by column
# A piece's id holds its event's (search_index.KIND_CODES).
EVENT_OF_PIECE = "rowid / (65536 * 8)"


def build(connection):
    gathered = ", ".join(
        f"group_concat(CASE WHEN kind IN ({kinds}) THEN text END, ' ')"
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
    shutil.copyfile(path, copy)
    try:
        connection = sqlite3.connect(copy)
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
    finally:
        copy.unlink(missing_ok=True)


if __name__ == "__main__":
    main(sys.argv[1])
