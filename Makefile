# Everything a newcomer needs: `make run` serves the site, `make test` checks it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PGPORT ?= 54329
POSTGRES_URL ?= postgres://postgres@127.0.0.1:$(PGPORT)/natorussia
SYSTEM_PACKAGES := chromium default-jre-headless
PYTEST_ARGS ?=

.PHONY: help install run db dev-login test lint test-postgres bench clean

help:
	@echo "make run            set up, migrate, load the seed and serve http://127.0.0.1:8000/"
	@echo "make db             migrate and load the seed into DATABASE_URL (default SQLite)"
	@echo "make test           set up everything the suite needs and run it (SQLite)"
	@echo "make test-postgres  run the suite against a local PostgreSQL server (and Redis)"
	@echo "make bench          benchmark 100,000 events against Datasette (docs/performance.md)"

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

install: $(BIN)/.installed

db: install
	DJANGO_DEBUG=$${DJANGO_DEBUG-1} $(MANAGE) migrate --verbosity 0
	DJANGO_DEBUG=$${DJANGO_DEBUG-1} $(MANAGE) load_seed

run: db
	DJANGO_DEBUG=1 $(MANAGE) runserver 127.0.0.1:8000

test: install
	scripts/system-packages.sh $(SYSTEM_PACKAGES)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=natorussia.test_settings $(MANAGE) check
	DJANGO_SETTINGS_MODULE=natorussia.test_settings $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest --cov --cov-report=term -m "not multi_instance" $(PYTEST_ARGS)

test-postgres: install
	scripts/system-packages.sh postgresql redis-server $(SYSTEM_PACKAGES)
	PGPORT=$(PGPORT) scripts/postgres.sh
	DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest $(PYTEST_ARGS)

bench: install
	bench/run.sh

clean:
	rm -rf $(VENV) *.egg-info db.sqlite3 staticfiles test-artifacts
