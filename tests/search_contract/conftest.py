"""One contract, every backend: the same tests run against the database backend (SQLite or
PostgreSQL, whichever DATABASE_URL names), the bundled OpenSearch node (always: started once per
run, see tests/search_engine.py) and a real Elasticsearch or OpenSearch cluster (only when
ELASTICSEARCH_URL is set for the run, with ELASTICSEARCH_COMPAT if it is OpenSearch).

Each test gets a small corpus of KnowledgeDocuments written straight into the database index
and, for the engines, loaded with a real `rebuild()` into a unique index prefix. Searches go
through search.service.run with the settings pointing at the backend under test, and every
answer is checked to come from that backend (a silent fallback to the database would otherwise
let an engine pass).
"""

import os
import uuid
from dataclasses import dataclass

import pytest
from django.http import QueryDict

from search import engines, indexing, service
from search.backends.database import database_backend

from .corpus import build_corpus

# -- the backends ------------------------------------------------------------------------


ENGINES = [pytest.param("opensearch", id="opensearch")]
# An outside cluster only when one is named for the run (not a skip on every other run).
if os.environ.get("ELASTICSEARCH_URL"):
    ENGINES.append(pytest.param("elasticsearch", id="elasticsearch"))
BACKENDS = [pytest.param("database", id="database"), *ENGINES]


@dataclass
class Contract:
    """The backend under test and the corpus it holds."""

    name: str
    engine: object
    corpus: list

    def search(self, visibility=("public",), fixed_type="", **params):
        """service.run for a query string built from params (lists repeat a parameter)."""
        querydict = QueryDict(mutable=True)
        for key, value in params.items():
            querydict.setlist(key, value if isinstance(value, list | tuple) else [str(value)])
        request = service.read_request(querydict, fixed_type=fixed_type)
        results = service.run(request, visibility)
        assert results.backend == self.engine.name, results.notice
        return results

    def autocomplete(self, text, visibility=("public",)):
        backend, _ = engines.current()
        assert backend.name == self.engine.name
        return backend.autocomplete(text.split(), visibility, 8)

    def settle(self):
        """Make engine writes searchable (Elasticsearch refreshes each second by itself)."""
        if hasattr(self.engine, "refresh"):
            self.engine.refresh()

    def add(self, *documents):
        """Index more documents on the backend under test (and the database, its source)."""
        database_backend().index(documents)
        self.corpus = [*self.corpus, *documents]
        if self.name != "database":
            self.engine.index(documents)
            self.settle()

    def ids(self, results):
        return [hit.doc_id for hit in results.hits]

    def visible(self, visibility):
        return [d for d in self.corpus if d.visibility in visibility]


@pytest.fixture(params=BACKENDS)
def contract(request, db, settings):
    """The corpus on each backend in turn: what every backend must do alike."""
    yield from _contract(request, settings)


@pytest.fixture(params=ENGINES)
def engine_contract(request, db, settings):
    """The corpus on each engine only: behaviour the database backend has no counterpart for
    (the index layout, rebuild and alias swap, an engine that lost its index)."""
    yield from _contract(request, settings)


def _contract(request, settings):
    from taggit.models import Tag

    corpus = build_corpus()
    for name in sorted({t for d in corpus for t in d.tags}):
        Tag.objects.get_or_create(name=name, slug=name)
    database_backend().index(corpus)

    backend = request.param
    if backend == "database":
        settings.ELASTICSEARCH_URL = ""
        yield Contract("database", engines.database(), corpus)
        return
    if backend == "opensearch":
        url, compat = request.getfixturevalue("search_engine").url, "opensearch"
    else:
        url, compat = os.environ["ELASTICSEARCH_URL"], os.environ.get("ELASTICSEARCH_COMPAT", "")
    settings.ELASTICSEARCH_URL = url
    settings.ELASTICSEARCH_COMPAT = compat
    settings.SEARCH_INDEX_PREFIX = f"contract-{uuid.uuid4().hex[:12]}-"
    engine = engines.elasticsearch()
    summary = indexing.rebuild_engine()
    assert summary["documents"] == len(corpus)
    engine.refresh()
    try:
        yield Contract(backend, engine, corpus)
    finally:
        engine.clear()
