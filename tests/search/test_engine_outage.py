"""Stopping the engine: publishing still succeeds, search answers from the database, and once
the engine is back `search_index sync` brings its index up to date with nothing lost.

The first test stops the bundled OpenSearch node itself (by its pid, as `make run` does) and
starts it again on the same port with the same data directory; the others only point the site
at an address where nothing listens.
"""

import socket

import pytest
from django.core.management import call_command
from django.http import QueryDict

from search import engines, indexing, service
from search.backends.elasticsearch import ElasticsearchBackend
from search.models import PendingChange
from tests.casestudies.factories import case_study_index, make_case_study

pytestmark = pytest.mark.django_db


def _search(text):
    # Case studies only: the site tree's hubs and vanguard profiles are indexed too.
    querydict = QueryDict(f"q={text}&type=case_study")
    return service.run(service.read_request(querydict), ("public",))


def _case_studies(backend):
    return backend.counts_by_type().get("case_study", 0)


def _titles(results):
    return {hit.title for hit in results.hits}


def _publish(index, capture, **fields):
    # The test's transaction never commits, so run the after-commit sync the way a commit would.
    with capture(execute=True):
        return make_case_study(index, **fields)


@pytest.fixture
def engine(opensearch):
    """The bundled node with an empty index of this test's own, as the site's Elasticsearch."""
    indexing.rebuild_engine()
    yield opensearch
    if not opensearch.running:  # the test failed while the node was down
        opensearch.start()


def test_publishing_survives_an_engine_outage_and_rebuild_catches_up(
    engine, site_tree, client, django_capture_on_commit_callbacks
):
    index = case_study_index(site_tree)
    _publish(index, django_capture_on_commit_callbacks, title="Hospital at home for frailty")
    assert PendingChange.objects.count() == 0
    engines.elasticsearch().refresh()  # a real engine shows writes after its refresh (1 s)
    found = _search("hospital at home")
    assert found.backend == "elasticsearch"
    assert _titles(found) == {"Hospital at home for frailty"}

    backend = engines.elasticsearch()
    [live_index] = backend.indices.aliases()[backend.alias]

    # The engine stops: SIGTERM to the node's pid, and the process is gone.
    engine.stop()
    assert not engine.running
    second = _publish(index, django_capture_on_commit_callbacks, title="Virtual wards for frailty")
    assert second.live
    waiting = list(PendingChange.objects.values_list("doc_id", "attempts"))
    assert waiting == [(f"case_study:{second.pk}", 1)]

    # Readers get answers from the database, with the notice.
    page = client.get("/search/", {"q": "virtual wards"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "<mark>Virtual</mark> <mark>wards</mark> for frailty" in html
    assert engines.FALLBACK_NOTICE in html
    api = client.get("/api/search/", {"q": "frailty", "type": "case_study"}).json()
    assert (api["backend"], api["notice"]) == ("database", engines.FALLBACK_NOTICE)
    assert {r["title"] for r in api["results"]} == {
        "Hospital at home for frailty",
        "Virtual wards for frailty",
    }

    # The node comes back on the same address with the data it had: what it held before the
    # outage is still there (same index, nothing rebuilt) and `sync` replays only the change
    # it missed.
    engine.start()
    assert backend.indices.aliases()[backend.alias] == [live_index]
    assert _case_studies(backend) == 1
    output = open_null()
    call_command("search_index", "sync", stdout=output)
    assert "Applied 1 pending changes; 0 still pending." in output.getvalue()
    assert PendingChange.objects.count() == 0
    assert not engines.is_marked_unavailable()
    backend.refresh()
    results = _search("frailty")
    assert results.backend == "elasticsearch"
    assert results.notice == ""
    assert _titles(results) == {"Hospital at home for frailty", "Virtual wards for frailty"}
    assert backend.indices.aliases()[backend.alias] == [live_index]
    assert _case_studies(backend) == 2


def test_sync_replays_only_what_the_engine_missed(
    engine, site_tree, settings, django_capture_on_commit_callbacks
):
    index = case_study_index(site_tree)
    first = _publish(
        index, django_capture_on_commit_callbacks, title="Care navigators in general practice"
    )
    live_url = settings.ELASTICSEARCH_URL
    live = engines.elasticsearch()

    # The engine is unreachable (nothing listens there), but keeps its data.
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port()}"
    second = _publish(index, django_capture_on_commit_callbacks, title="Care navigators at A&E")
    with django_capture_on_commit_callbacks(execute=True):
        first.unpublish()
    assert PendingChange.objects.count() == 2

    settings.ELASTICSEARCH_URL = live_url
    live.refresh()
    before = _case_studies(live)
    call_command("search_index", "sync", stdout=open_null())
    assert PendingChange.objects.count() == 0
    live.refresh()
    assert before == 1 and _case_studies(live) == 1
    results = _search("care navigators")
    assert results.backend == "elasticsearch"
    assert _titles(results) == {second.title}


def test_a_search_does_not_wait_while_the_engine_is_marked_unavailable(engine, monkeypatch):
    calls = []

    def unreachable(self, query):
        calls.append(query)
        raise AssertionError("the circuit breaker should have kept this call from happening")

    monkeypatch.setattr(ElasticsearchBackend, "search", unreachable)
    monkeypatch.setattr(ElasticsearchBackend, "autocomplete", unreachable)
    engines.mark_unavailable()
    results = _search("anything")
    assert results.backend == "database"
    assert results.notice == engines.FALLBACK_NOTICE
    assert calls == []


def test_a_failing_engine_is_marked_unavailable_after_one_try(
    engine, settings, client, monkeypatch
):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port()}"
    tries = []
    search, autocomplete = ElasticsearchBackend.search, ElasticsearchBackend.autocomplete

    def counted(method):
        def call(self, *args, **kwargs):
            tries.append(method.__name__)
            return method(self, *args, **kwargs)

        return call

    monkeypatch.setattr(ElasticsearchBackend, "search", counted(search))
    monkeypatch.setattr(ElasticsearchBackend, "autocomplete", counted(autocomplete))
    assert _search("frailty").backend == "database"
    assert engines.is_marked_unavailable()
    response = client.get("/search/autocomplete/", {"q": "fra"})
    assert response.status_code == 200
    assert _search("frailty").backend == "database"
    # One try found the engine gone; the next search and the autocomplete did not wait for it.
    assert tries == ["search"]


def closed_port():
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def open_null():
    import io

    return io.StringIO()
