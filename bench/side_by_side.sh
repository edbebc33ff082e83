#!/usr/bin/env bash
# Searches and lists timed in two code trees in turn (before, after, before, after) on the
# same database, so that this shared machine's noise falls on both alike:
#   git worktree add /tmp/before <commit>
#   bench/side_by_side.sh /tmp/before sqlite:////tmp/natorussia-bench.sqlite3
# prints "tree<TAB>case<TAB>median ms" lines (docs/performance.md, "Search at 100,000 events").
set -euo pipefail
BEFORE=$1
AFTER=$(cd "$(dirname "$0")/.." && pwd)
export DATABASE_URL=$2 CACHE_URL=dummy://
CASES=(
  'alone:q="Maria Scheffer"' 'alone:q=Belberino' 'alone:q="Submarine Rescue"'
  'alone:q=Ivanov&event_type=meeting' 'alone:q=Ivanov Scheffer' 'alone:q=Ivanov'
  'alone:q=Sheffer' 'alone:q=cooperation'
  '/api/events/' '/api/events/?q=%22Maria+Scheffer%22' '/api/events/?q=Belberino'
  '/api/events/?q=Ivanov' '/api/events/?q=cooperation'
  '/?q=Belberino' '/?q=Ivanov' '/?q=cooperation' '/'
)
for _round in 1 2; do
  for tree in "$BEFORE" "$AFTER"; do
    ROOT=$tree "$AFTER/.venv/bin/python" "$AFTER/bench/timings_of.py" 5 "${CASES[@]}" | sed "s#^#$tree\t#"
  done
done
