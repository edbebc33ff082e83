"""Full exports at 100,000 events through gunicorn, as the README runs it (2 sync
workers, the default 30-second timeout): how long each takes, and whether it is whole.

    .venv/bin/python bench/exports.py                      the SQLite file of bench/run.sh
    BENCH_DATABASE_URL=postgres://… .venv/bin/python bench/exports.py

The database must hold the benchmark's events already (``bench/run.sh`` builds them).
Loopback only; the gunicorn it starts is stopped when it ends. Figures go to
docs/performance.md by hand.
"""

import csv
import http.client
import io
import os
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import bench  # bench/bench.py, beside this file

# Whole exports come from the built dataset; a filter that keeps every event makes the
# same export streamed, as it is between an edit and the next build.
EVERY_EVENT = "?date_from=1900-01-01"
URLS = [
    "/export/events.csv",
    "/export/citations.csv",
    "/export/events.ics",
    f"/export/events.csv{EVERY_EVENT}",
    f"/export/citations.csv{EVERY_EVENT}",
    f"/export/events.ics{EVERY_EVENT}",
    "/sitemap.xml",
    "/sitemap-events.xml",
    "/sitemap-events.xml?p=25",
    "/export/dataset.zip",
]


def fetch(path):
    started = time.perf_counter()
    with urllib.request.urlopen(bench.BASE + path, timeout=120) as response:
        body, headers = response.read(), response.headers
    return time.perf_counter() - started, body, headers


def whole(path, body, headers):
    """Whether the download is complete, by the sign each format gives."""
    if "X-Row-Count" in headers:
        # Rows, not lines: a quoted cell may hold line breaks.
        rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))
        return len(rows) - 1 == int(headers["X-Row-Count"])
    if urllib.parse.urlsplit(path).path.endswith(".ics"):
        return body.endswith(b"END:VCALENDAR\r\n")
    if "Content-Length" in headers:
        return len(body) == int(headers["Content-Length"])
    return body.rstrip().endswith(b">")


def main():
    database_url = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{bench.SQLITE_FILE}")
    env = bench.server_env(database_url)
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        *("--workers", "2", "--bind", f"127.0.0.1:{bench.PORT}"),
        *("--access-logfile", "/dev/null", "--log-level", "warning"),
        "natorussia.wsgi",
    ]
    site = bench.BASE
    started = time.perf_counter()
    bench.manage(database_url, "build_dataset", "--site", site)
    print(f"build_dataset: {time.perf_counter() - started:.1f} s", flush=True)
    print(f"load average before serving: {os.getloadavg()}", flush=True)
    server = bench.serve(command, env, "/robots.txt")
    try:
        for path in URLS:
            try:
                seconds, body, headers = fetch(path)
                verdict = "whole" if whole(path, body, headers) else "CUT SHORT"
                size = len(body) / 1e6
                print(f"{path:46} {seconds:6.1f} s {size:7.1f} MB  {verdict}", flush=True)
            except (OSError, http.client.HTTPException) as error:
                # A worker killed mid-answer: the chunked body never gets its last chunk.
                print(f"{path:46} CUT SHORT: {error!r:.80}", flush=True)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
