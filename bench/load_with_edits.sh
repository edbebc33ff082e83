#!/usr/bin/env bash
# Load test with concurrent edits (docs/performance.md): gunicorn with 2 workers on
# loopback under the production settings, wrk with 50 connections for 60 seconds on a
# mix of pages and API calls, while bench/editor.py saves events through the admin.
# Fails if any request errs or any saved edit is missing afterwards.
#
#   bench/load_with_edits.sh              # throwaway PostgreSQL on 127.0.0.1:54329
#   LOAD_DATABASE_URL=sqlite:////tmp/load.sqlite3 bench/load_with_edits.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${LOAD_PORT:-8106}
SECONDS_=${LOAD_SECONDS:-60}
CONNECTIONS=${LOAD_CONNECTIONS:-50}
PGPORT=${PGPORT:-54329}
LOAD_DB=${LOAD_DB:-natorussia_load}
BIN=.venv/bin
WORK=$(mktemp -d)

if [ -z "${LOAD_DATABASE_URL:-}" ]; then
  PGPORT=$PGPORT scripts/postgres.sh
  psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -c "DROP DATABASE IF EXISTS $LOAD_DB" \
    -c "CREATE DATABASE $LOAD_DB"
  LOAD_DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/$LOAD_DB"
fi

# Production settings: no DJANGO_DEBUG, a throwaway key, HTTPS as a proxy reports it.
export DATABASE_URL=$LOAD_DATABASE_URL
export DJANGO_SETTINGS_MODULE=natorussia.settings
export DJANGO_DEBUG=0
export DJANGO_SECRET_KEY=$($BIN/python -c 'import secrets; print(secrets.token_urlsafe(50))')
export DJANGO_ALLOWED_HOSTS=127.0.0.1
export DJANGO_TRUST_X_FORWARDED_PROTO=1
export DJANGO_LOG_LEVEL=WARNING
export LOAD_EDITOR_PASSWORD=$($BIN/python -c 'import secrets; print(secrets.token_urlsafe(24))')

$BIN/python manage.py migrate --verbosity 0
$BIN/python manage.py load_seed
$BIN/python manage.py collectstatic --noinput --verbosity 0
DJANGO_SUPERUSER_PASSWORD=$LOAD_EDITOR_PASSWORD $BIN/python manage.py createsuperuser \
  --noinput --username load-editor --email load-editor@example.org

$BIN/gunicorn natorussia.wsgi --workers 2 --bind "127.0.0.1:$PORT" \
  --error-logfile - 2>"$WORK/gunicorn.log" &
GUNICORN=$!
trap 'kill "$GUNICORN" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do
  curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done

$BIN/python bench/editor.py --base-url "http://127.0.0.1:$PORT" --seconds "$SECONDS_" \
  >"$WORK/editor.out" &
EDITOR=$!
wrk --threads 2 --connections "$CONNECTIONS" --duration "${SECONDS_}s" --timeout 10s \
  --latency --script bench/mix.lua "http://127.0.0.1:$PORT/" | tee "$WORK/wrk.out"
editor_status=0
wait "$EDITOR" || editor_status=$?
cat "$WORK/editor.out"

errors=$(sed -n 's/^RESULT .*non_2xx_3xx=\([0-9]*\) connect=\([0-9]*\) read=\([0-9]*\) write=\([0-9]*\) timeout=\([0-9]*\)$/\1 \2 \3 \4 \5/p' "$WORK/wrk.out" \
  | awk '{print $1 + $2 + $3 + $4 + $5}')
if grep -q "Traceback\|ERROR" "$WORK/gunicorn.log"; then
  echo "gunicorn logged errors:" >&2
  cat "$WORK/gunicorn.log" >&2
  errors=$((errors + 1))
fi
echo "Errors under load: $errors; editor exit status: $editor_status"
[ "$errors" -eq 0 ] && [ "$editor_status" -eq 0 ]
