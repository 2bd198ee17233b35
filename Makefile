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

.PHONY: run test install lint format migrate demo static serve clean help

help:
	@echo "make run    install, migrate, load demo content and serve on http://$(HOST):$(PORT)"
	@echo "make test   install and run the whole test suite"
	@echo "make lint   ruff check and format check"

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
	$(RUN_ENV) $(BIN)/python manage.py update_index

static: install
	$(RUN_ENV) $(BIN)/python manage.py collectstatic --no-input --verbosity 0

run: demo static
	@echo
	@echo "Serving NHS Shared Learning on http://$(HOST):$(PORT)/  (Ctrl+C stops it)"
	@echo "Sign in to the editing admin at http://$(HOST):$(PORT)/admin/ or to the site at http://$(HOST):$(PORT)/accounts/login/"
	@$(RUN_ENV) $(BIN)/python manage.py load_demo --credentials
	$(RUN_ENV) BIND=$(HOST):$(PORT) $(BIN)/gunicorn -c platform/gunicorn.conf.py config.wsgi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) staticfiles var db.sqlite3
