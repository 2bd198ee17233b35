"""/healthz reports search: the engine, whether it answers, and how far behind it is.
Search trouble is "degraded", never a 503: the database index still answers."""

import socket
from datetime import timedelta

import pytest
from django.utils import timezone

from search import engines, indexing
from search.models import PendingChange

pytestmark = pytest.mark.django_db


def test_without_elasticsearch_the_database_answers(client, settings):
    settings.ELASTICSEARCH_URL = ""
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["search"] == {
        "engine": "database",
        "status": "ok",
        "pending_changes": 0,
        "oldest_pending_seconds": None,
    }


def test_elasticsearch_with_its_index_is_ok(client, opensearch):
    indexing.rebuild_engine()
    response = client.get("/healthz")
    assert response.status_code == 200
    search = response.json()["search"]
    assert (search["engine"], search["status"], search["pending_changes"]) == (
        "elasticsearch",
        "ok",
        0,
    )
    # It names the server behind the URL: the bundled node is OpenSearch.
    assert search["server"] == {"product": "OpenSearch", "version": opensearch.version}
    assert opensearch.version.startswith("2.19.")


def test_elasticsearch_without_an_index_is_degraded(client, opensearch):
    search = client.get("/healthz").json()["search"]
    assert search["status"] == "degraded"
    assert search["answering"] == "database"
    assert "rebuild" in search["error"]


def test_elasticsearch_down_is_degraded_not_503(client, opensearch, settings):
    indexing.rebuild_engine()
    PendingChange.objects.create(doc_id="case_study:1")
    PendingChange.objects.update(created_at=timezone.now() - timedelta(minutes=5))
    # The engine goes away (tests/search/test_engine_outage.py stops the real node; here
    # nothing listening at the address is the same to the site).
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port()}"
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["status"] == "ok"
    search = body["search"]
    assert (search["engine"], search["status"], search["answering"]) == (
        "elasticsearch",
        "degraded",
        "database",
    )
    assert search["pending_changes"] == 1
    assert 295 <= search["oldest_pending_seconds"] <= 330
    assert "ConnectionError" in search["error"]


def test_a_tripped_circuit_breaker_is_reported(client, opensearch):
    indexing.rebuild_engine()
    engines.mark_unavailable()
    search = client.get("/healthz").json()["search"]
    assert search["status"] == "degraded"
    engines.mark_available()
    assert client.get("/healthz").json()["search"]["status"] == "ok"


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
