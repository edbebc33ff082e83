# Everything a newcomer needs: `make run` serves the site, `make test` checks it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PGPORT ?= 54329
POSTGRES_URL ?= postgres://postgres@127.0.0.1:$(PGPORT)/natorussia
# Chromium drives the browser tests, Java runs the HTML checker, npm installs test tools.
SYSTEM_PACKAGES := chromium java:default-jre-headless npm:npm
PYTEST_ARGS ?=
# `make test` leaves the two-instance test to `make test-postgres`, which starts Redis.
PYTEST_MARKERS ?= not multi_instance

.PHONY: help install messages run db test-tools test test-postgres deploy-check load-test bench eval-import clean

help:
	@echo "make run            set up, migrate, load the seed and serve http://127.0.0.1:8000/"
	@echo "make db             migrate and load the seed into DATABASE_URL (default SQLite)"
	@echo "make messages       collect the strings marked for translation into locale/ru/"
	@echo "make test           set up everything the suite needs and run it (SQLite)"
	@echo "make test-postgres  run the suite against a local PostgreSQL server (and Redis)"
	@echo "make load-test      50 clients for 60 s while an editor saves (docs/performance.md)"
	@echo "make bench          benchmark 100,000 events against Datasette (docs/performance.md)"
	@echo "make eval-import    score the article importer beside dateparser (docs/import.md)"

# Debian's python3 needs python3-venv for ensurepip; a venv left without pip is made again.
$(BIN)/.installed: pyproject.toml
	$(PYTHON) -c 'import ensurepip' 2>/dev/null || scripts/system-packages.sh python3-venv
	test -x $(BIN)/pip || $(PYTHON) -m venv --clear $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

# The interface's translations (locale/), compiled with GNU gettext's msgfmt.
MESSAGES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/*.po))

%.mo: %.po
	scripts/system-packages.sh msgfmt:gettext
	msgfmt --check -o $@ $<

node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

install: $(BIN)/.installed $(MESSAGES)

# After marking strings for translation: collect them into locale/ru/ to translate there.
messages: install
	DJANGO_DEBUG=1 $(MANAGE) makemessages --locale ru --add-location file --no-wrap --no-obsolete \
	  --extension html,txt,py,svg --ignore '.venv/*' --ignore 'node_modules/*' --ignore 'bench/*' --ignore 'tests/*' \
	  --ignore 'staticfiles/*' --ignore 'docs/*'
	DJANGO_DEBUG=1 $(MANAGE) makemessages --locale ru --domain djangojs --add-location file \
	  --no-wrap --no-obsolete --ignore '.venv/*' --ignore 'node_modules/*' --ignore 'bench/*' \
	  --ignore 'tests/*' --ignore 'staticfiles/*' --ignore 'docs/*'

db: install
	DJANGO_DEBUG=$${DJANGO_DEBUG-1} $(MANAGE) migrate --verbosity 0
	DJANGO_DEBUG=$${DJANGO_DEBUG-1} $(MANAGE) load_seed

run: db
	DJANGO_DEBUG=1 $(MANAGE) dev_login
	DJANGO_DEBUG=1 $(MANAGE) runserver 127.0.0.1:8000

test-tools: install
	scripts/system-packages.sh $(SYSTEM_PACKAGES)
	$(MAKE) --no-print-directory node_modules/.installed

test: test-tools
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=natorussia.test_settings $(MANAGE) check
	DJANGO_SETTINGS_MODULE=natorussia.test_settings $(MANAGE) makemigrations --check --dry-run
	REQUIRE_TEST_TOOLS=1 $(BIN)/pytest --cov --cov-report=term -m "$(PYTEST_MARKERS)" $(PYTEST_ARGS)

test-postgres: test-tools
	scripts/system-packages.sh postgresql redis-server
	PGPORT=$(PGPORT) scripts/postgres.sh
	DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest $(PYTEST_ARGS)

# Django's deployment checklist against the production settings, with a throwaway key. `make
# test` runs it once, in tests/test_security.py; this target is for running it on its own.
deploy-check: install
	DJANGO_DEBUG=0 DJANGO_ALLOWED_HOSTS=example.org \
	DJANGO_SECRET_KEY=$$($(BIN)/python -c 'from django.core.management.utils import get_random_secret_key as k; print(k())') \
	$(MANAGE) check --deploy --fail-level WARNING

# 50 clients for 60 s on loopback while an editor saves through the admin (docs/performance.md).
load-test: install
	scripts/system-packages.sh wrk postgresql curl
	bench/load_with_edits.sh

bench: install
	bench/run.sh

# The importer on the annotated articles in tests/import_eval/, beside dateparser.
eval-import: install
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[eval]'
	$(BIN)/python -m tests.import_eval.evaluate $(EVAL_ARGS)

clean:
	rm -rf $(VENV) node_modules *.egg-info db.sqlite3 staticfiles test-artifacts
