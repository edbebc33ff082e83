#!/usr/bin/env bash
# One command for the benchmark: build the 100,000-event database, serve it with
# gunicorn (2 workers, loopback only) and with Datasette, measure both, print the ratios.
#   bench/run.sh                    SQLite (file under /tmp, rebuilt only if missing)
#   BENCH_REBUILD=1 bench/run.sh    rebuild the database first
#   BENCH_ONLY=api bench/run.sh     only the API URLs of the mix
#   BENCH_ONLY=outside bench/run.sh filter combinations outside the mix (issue 19's bounds)
#   bench/run.sh --under-edits      only the mix under wrk (c=8, 60 s) while an editor
#                                   saves an event every 5 s (writes to the database)
#   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:54329/natorussia_bench bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
make install >/dev/null
scripts/system-packages.sh wrk redis-server
# Datasette in its own virtualenv: it is a benchmark yardstick, not a dependency of the app.
DATASETTE_VENV=bench/.venv-datasette
if [ ! -x "$DATASETTE_VENV/bin/datasette" ]; then
  python3 -m venv "$DATASETTE_VENV"
  "$DATASETTE_VENV/bin/pip" install --quiet --disable-pip-version-check "datasette>=0.65,<1"
fi
exec .venv/bin/python bench/bench.py --datasette "$DATASETTE_VENV/bin/datasette" "$@"
