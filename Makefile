# Two commands for a newcomer: `make run` and `make test`. Everything else is a step they use.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Reinstall whenever the declared dependencies change.
INSTALLED := $(VENV)/.installed-$(shell cat pyproject.toml 2>/dev/null | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000
RUN_ENV := DJANGO_SETTINGS_MODULE=config.settings.dev DEBUG=false
PYTEST_ARGS ?=

.PHONY: run test suite install lint format migrate demo static serve clean help search-engine \
	search-engine-stop bench bench-search bench-load bench-pages bench-relevance bench-alerts bakerydemo

help:
	@echo "make run    install, migrate, load demo content and serve on http://$(HOST):$(PORT)"
	@echo "make test   install and run the whole test suite"
	@echo "make lint   ruff check, format check and the import layers (.importlinter)"
	@echo "make bench  load test, page and search benchmarks (docs/benchmarks.md)"

$(INSTALLED): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@rm -f $(VENV)/.installed-*
	@touch $@

install: $(INSTALLED)

migrate: install
	$(RUN_ENV) $(BIN)/python manage.py migrate --no-input

demo: migrate
	$(RUN_ENV) $(BIN)/python manage.py load_demo
	$(RUN_ENV) $(BIN)/python manage.py update_index --verbosity 0

static: install
	$(RUN_ENV) $(BIN)/python manage.py collectstatic --no-input --verbosity 0

run: demo static
	@echo
	@echo "Serving NHS Shared Learning on http://$(HOST):$(PORT)/  (Ctrl+C stops it)"
	@echo "Sign in to the editing admin at http://$(HOST):$(PORT)/admin/ or to the site at http://$(HOST):$(PORT)/accounts/login/"
	@$(RUN_ENV) $(BIN)/python manage.py load_demo --credentials
	@# The bundled search engine runs beside gunicorn and stops with it (docs/search.md).
	$(RUN_ENV) BIND=$(HOST):$(PORT) PYTHON=$(BIN)/python bash platform/scripts/start-search-engine.sh run \
		$(BIN)/gunicorn -c platform/gunicorn.conf.py config.wsgi

# The bundled search engine (an OpenSearch node, platform/search-engine) on its own, for
# running the site another way (e.g. runserver). Needs a JDK 17+ and Maven; built once.
search-engine: install
	@PYTHON=$(BIN)/python bash platform/scripts/start-search-engine.sh start
	@echo "export ELASTICSEARCH_URL=$$(cat var/search-engine/url) ELASTICSEARCH_COMPAT=opensearch"

search-engine-stop:
	@bash platform/scripts/start-search-engine.sh stop

# Search benchmark on its own SQLite file (never the development database) and its own
# OpenSearch node under var/bench/ (heap SEARCH_ENGINE_HEAP, default 512m); ~15 minutes.
# Figures go to docs/benchmarks.md. BENCH_ARGS="--sizes 10000" for a quick run.
# On PostgreSQL: BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/nhs_bench (a name holding
# "bench"; the run drops and recreates it) writes var/bench/search-results-postgresql.json and
# leaves docs/benchmarks.md alone; `make bench-search` runs the search benchmark alone.
BENCH_DB := $(CURDIR)/var/bench/search.sqlite3
BENCH_DATABASE_URL ?= sqlite:///$(BENCH_DB)
BENCH_ARGS ?=
bench: install bench-load bench-pages bench-alerts bench-search
	@$(MAKE) --no-print-directory bench-relevance

bench-search: install
	@mkdir -p var/bench
	@rm -f $(BENCH_DB) $(BENCH_DB)-wal $(BENCH_DB)-shm
	DJANGO_SETTINGS_MODULE=config.settings.test DATABASE_URL=$(BENCH_DATABASE_URL) LOG_LEVEL=WARNING \
		$(BIN)/python bench/search_bench.py $(BENCH_ARGS)

# Search relevance: the judged query set on the demo content, per backend (SQLite and the
# bundled engine; PostgreSQL too when RELEVANCE_DATABASE_URL names a database it may recreate).
RELEVANCE_DB := $(CURDIR)/var/bench/relevance.sqlite3
bench-relevance: install
	@mkdir -p var/bench
	@rm -f $(RELEVANCE_DB) var/bench/relevance-*.json
	DJANGO_SETTINGS_MODULE=config.settings.test DATABASE_URL=sqlite:///$(RELEVANCE_DB) LOG_LEVEL=WARNING \
		$(BIN)/python bench/relevance_bench.py
	@if [ -n "$(RELEVANCE_DATABASE_URL)" ]; then \
		DJANGO_SETTINGS_MODULE=config.settings.test DATABASE_URL=$(RELEVANCE_DATABASE_URL) LOG_LEVEL=WARNING \
		$(BIN)/python bench/relevance_bench.py --no-engine; fi

# Page benchmark: each main page type rendered in one process (anonymous and signed in, page cache
# off, production settings, SQLite) with its query count, then served by gunicorn (2 workers) to
# wrk on loopback; about 2 minutes. Writes the "## Pages" section of docs/benchmarks.md.
# Wagtail's bakerydemo is measured beside it in the same run (bench/bakerydemo_setup.py sets it up
# in var/bench/bakerydemo from BAKERYDEMO_DIR, a checkout or git repository of it; a first setup
# takes a few minutes); without one the comparison uses the issue's fixed figures and says so.
# PAGES_ARGS="--no-load" skips the throughput; "--profile search" profiles one page;
# "--no-bakerydemo" skips bakerydemo.
PAGES_ARGS ?=
BAKERYDEMO_DIR ?=
bench-pages: install
	BAKERYDEMO_DIR="$(BAKERYDEMO_DIR)" $(BIN)/python bench/page_bench.py $(PAGES_ARGS)

# bakerydemo for the page benchmark, set up on its own (BAKERYDEMO_DIR as for bench-pages).
bakerydemo: install
	BAKERYDEMO_DIR="$(BAKERYDEMO_DIR)" $(BIN)/python bench/bakerydemo_setup.py

# Alerts: matching and rendering for 10,000 alerts, on their own SQLite file; writes the
# "## Alerts" section of docs/benchmarks.md. ALERTS_BENCH_ARGS="--alerts 1000" for a quick run.
ALERTS_BENCH_DB := $(CURDIR)/var/bench/alerts.sqlite3
ALERTS_BENCH_ARGS ?=
bench-alerts: install
	@mkdir -p var/bench
	@rm -f $(ALERTS_BENCH_DB) $(ALERTS_BENCH_DB)-wal $(ALERTS_BENCH_DB)-shm
	DJANGO_SETTINGS_MODULE=config.settings.test DATABASE_URL=sqlite:///$(ALERTS_BENCH_DB) \
		LOG_LEVEL=WARNING $(BIN)/python bench/alerts_bench.py $(ALERTS_BENCH_ARGS)

# Load test: the demo site under gunicorn (2 workers) on loopback, 20 users for 60 s with locust,
# 70% page reads, 25% searches with filters, 5% posts. Stops by itself; writes the "## Load"
# section of docs/benchmarks.md. LOAD_ARGS="--seconds 20" for a quick run.
LOAD_ARGS ?=
bench-load: install
	@$(BIN)/python -c "import locust" 2>/dev/null || $(BIN)/python -m pip install --quiet -e ".[bench]"
	$(BIN)/python bench/load_test.py $(LOAD_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The browser tests need Debian's chromium: installed here when missing and possible; without
# it they skip with a loud message (and fail in CI).
test: install lint suite

# The suite alone, for a venv already installed and linted: .ci/run installs and lints once,
# then runs two of these side by side (SQLite and PostgreSQL).
suite:
	@bash platform/scripts/ensure-chromium.sh
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	@bash platform/scripts/start-search-engine.sh stop >/dev/null 2>&1 || true
	rm -rf $(VENV) staticfiles var db.sqlite3 platform/search-engine/target
