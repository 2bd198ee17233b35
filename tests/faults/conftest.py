"""Fault tests run the site under gunicorn against a PostgreSQL database of their own.

The database (faults_<random>, on the local server at 127.0.0.1:5432, user postgres, trust
authentication as platform/scripts/ensure-postgres.sh sets up) is created and migrated in the
background as soon as collection finds these tests, so the 30-odd seconds of migrations overlap
the rest of the suite. It is dropped at the end of the run.

Without a reachable PostgreSQL these tests skip with a loud message; with CI=true they fail
(.ci/run starts PostgreSQL before the first pass).
"""

import os
import tempfile
import threading
import uuid
from pathlib import Path

import pytest

from tests.livesite import in_ci, manage, site_env

PG_HOST = os.environ.get("FAULTS_PGHOST", "127.0.0.1")
PG_PORT = int(os.environ.get("FAULTS_PGPORT", "5432"))
ADMIN_URL = f"postgresql://postgres@{PG_HOST}:{PG_PORT}/postgres"
NO_POSTGRES = (
    f"!!! DATABASE FAULT TEST NOT RUN: no PostgreSQL answers on {PG_HOST}:{PG_PORT} as user "
    "postgres. Run `bash platform/scripts/ensure-postgres.sh` to start one. !!!"
)


def postgres_problem():
    """None when the local PostgreSQL answers, else why not."""
    import psycopg

    try:
        with psycopg.connect(ADMIN_URL, connect_timeout=3):
            return None
    except psycopg.Error as error:
        return str(error).strip() or error.__class__.__name__


def _admin_execute(sql):
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5) as connection:
        connection.execute(sql)


class FaultDatabase:
    """A throwaway, migrated database with the site's page tree, prepared in a thread."""

    def __init__(self):
        self.name = f"faults_{uuid.uuid4().hex[:12]}"
        self.root = Path(tempfile.mkdtemp(prefix="nhs-faults-"))
        self.error = None
        self.created = False
        self.thread = threading.Thread(target=self._prepare, name="faults-db", daemon=True)
        self.thread.start()

    def url(self, port=PG_PORT):
        return f"postgres://postgres@{PG_HOST}:{port}/{self.name}"

    def env(self, port=PG_PORT, **overrides):
        return site_env(self.root, DATABASE_URL=self.url(port), **overrides)

    def _prepare(self):
        try:
            _admin_execute(f'CREATE DATABASE "{self.name}"')
            self.created = True
            env = self.env()
            manage(env, "migrate", "--no-input", "--verbosity", "0")
            manage(env, "setup_site")
            manage(env, "collectstatic", "--no-input", "--verbosity", "0")
        except Exception as error:  # re-raised in the test process by wait()
            self.error = error

    @property
    def done(self):
        return not self.thread.is_alive()

    def wait(self):
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self

    def drop(self):
        import shutil

        self.thread.join()
        if self.created:
            _admin_execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        shutil.rmtree(self.root, ignore_errors=True)


_database = None
_problem = None


def pytest_collection_finish(session):
    global _database, _problem
    if session.config.option.collectonly:
        return
    wanted = any(str(item.path).startswith(str(Path(__file__).parent)) for item in session.items)
    if wanted and _database is None:
        _problem = postgres_problem()
        if _problem is None:
            _database = FaultDatabase()


def pytest_sessionfinish(session, exitstatus):
    # Interrupted: leave a preparation still running to finish on its own.
    if _database is not None and (exitstatus != pytest.ExitCode.INTERRUPTED or _database.done):
        _database.drop()


def pytest_terminal_summary(terminalreporter):
    if _problem is not None:
        terminalreporter.write_sep("!", NO_POSTGRES, red=True, bold=True)


@pytest.fixture(scope="session")
def fault_database():
    global _database, _problem
    if _database is None:
        _problem = _problem or postgres_problem()
        if _problem is not None:
            if in_ci():
                pytest.fail(f"CI=true and PostgreSQL is not reachable: {_problem}")
            pytest.skip(f"{NO_POSTGRES} ({_problem})")
        _database = FaultDatabase()
    return _database.wait()
