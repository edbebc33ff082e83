#!/usr/bin/env bash
# Start (once) a throwaway PostgreSQL server on 127.0.0.1:$PGPORT for the test suite.
# PostgreSQL refuses to run as root, so as root the server runs as the "postgres" user.
set -euo pipefail
PGPORT=${PGPORT:-54329}
DATA=${PGDATA_DIR:-/tmp/natorussia-postgres}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if as_owner "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  exit 0
fi
rm -rf "$DATA"
mkdir -p "$DATA"
[ "$(id -u)" -eq 0 ] && chown postgres: "$DATA"
as_owner "$PGBIN/initdb" -D "$DATA" -A trust -U postgres --encoding=UTF8 >/dev/null
# Memory as a production server would have it (PostgreSQL's defaults are for a small
# machine): the benchmark's search pieces (about 490 MB at 100,000 events) stay in its
# buffers, and a broad search's grouping fits in memory (docs/deploy.md). A server this
# script started before keeps its settings until it is stopped.
as_owner "$PGBIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
  -o "-h 127.0.0.1 -p $PGPORT -k $DATA -c shared_buffers=1GB -c work_mem=16MB" start >/dev/null
echo "PostgreSQL is running on 127.0.0.1:$PGPORT (data in $DATA)."
