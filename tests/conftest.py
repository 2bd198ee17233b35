import contextlib
import io
import uuid

import pytest
from django.core.management.base import OutputWrapper

from tests import site_snapshot
from tests.factories import UserFactory
from tests.livesite import in_ci
from tests.search_engine import COMPAT, EngineUnavailable, SearchEngineNode

NO_ENGINE = (
    "SEARCH ENGINE TESTS SKIPPED: the bundled OpenSearch node could not start "
    "(needs a JDK 17+ and Maven; CI=true fails instead)"
)
_engine_problem = None
_engine = SearchEngineNode()


def pytest_collection_finish(session):
    """Boot the node in the background as soon as a collected test will need it: it starts
    while the tests before the search ones run."""
    if session.config.option.collectonly:
        return
    if any("search_engine" in getattr(item, "fixturenames", ()) for item in session.items):
        _engine.begin()


class QuietCommand:
    """Stands in for the load_demo command: demo loaders only report through it."""

    reset_passwords = False

    def __init__(self):
        self.stdout = OutputWrapper(io.StringIO())

    def created(self, what):
        self.stdout.write(what)


def _load_site_tree():
    from home import site_tree

    site_tree.load(QuietCommand())


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, plus one build of the site tree kept aside (tests/site_snapshot.py)."""
    with django_db_blocker.unblock():
        site_snapshot.build(_load_site_tree)


@pytest.fixture
def site_tree(db):
    """The demo page tree: home page, care model hubs and the vanguard directory (built once
    per run, put back for each test that asks for it)."""
    from home.models import HomePage

    site_snapshot.restore(_load_site_tree)
    return HomePage.objects.get()


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def editor(db):
    return UserFactory(groups=["Editors"])


@pytest.fixture(autouse=True)
def clear_cache():
    """Each test starts with an empty cache, as the database is rolled back between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def search_engine():
    """The bundled OpenSearch node, started once for the whole run (SearchEngineNode)."""
    global _engine_problem
    node = _engine
    try:
        node.start()
    except EngineUnavailable as error:
        node.close()
        _engine_problem = str(error)
        if in_ci():
            pytest.fail(f"CI=true and the bundled search engine cannot start: {error}")
        pytest.skip(f"{NO_ENGINE}: {error}")
    yield node
    node.close()


@pytest.fixture
def opensearch(search_engine, settings):
    """The site configured to search on the bundled node, under an index prefix of its own."""
    settings.ELASTICSEARCH_URL = search_engine.url
    settings.ELASTICSEARCH_COMPAT = COMPAT
    settings.SEARCH_INDEX_PREFIX = f"t-{uuid.uuid4().hex[:12]}-"
    from search import engines
    from search.backends.base import BackendUnavailable

    yield search_engine
    if search_engine.running:
        # Clean-up only: a test that left the engine unreachable keeps its own result.
        with contextlib.suppress(BackendUnavailable):
            engines.elasticsearch().clear()


def pytest_sessionfinish(session, exitstatus):
    # A node begun for tests that never ran (-x, Ctrl+C) stops too.
    _engine.close()
    # CI=true: a skipped test is a failed run, whatever made it skip (a missing browser,
    # database or engine, or a skip added later), so CI cannot pass with part of it unrun.
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if in_ci() and skipped and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        reporter.write_sep("!", f"CI=true and {len(skipped)} test(s) skipped: failing the run")


def pytest_terminal_summary(terminalreporter):
    if _engine_problem is not None:
        terminalreporter.write_sep("!", NO_ENGINE, red=True, bold=True)
        terminalreporter.write_line(_engine_problem)
