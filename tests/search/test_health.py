"""/healthz reports search: the engine, whether it answers, and how far behind it is.
Search trouble is "degraded", never a 503: the database index still answers."""

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from search import engines
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


@pytest.fixture
def osmem(settings):
    osmem_server = pytest.importorskip("osmem_server")
    server = osmem_server.OsmemServer.start(japanese=False)
    settings.ELASTICSEARCH_URL = server.url
    settings.ELASTICSEARCH_COMPAT = "osmem"
    settings.SEARCH_INDEX_PREFIX = f"health-{uuid.uuid4().hex[:10]}-"
    yield server
    server.close()


def test_elasticsearch_with_its_index_is_ok(client, osmem):
    engines.elasticsearch().rebuild()
    response = client.get("/healthz")
    assert response.status_code == 200
    search = response.json()["search"]
    assert (search["engine"], search["status"], search["pending_changes"]) == (
        "elasticsearch",
        "ok",
        0,
    )


def test_elasticsearch_without_an_index_is_degraded(client, osmem):
    search = client.get("/healthz").json()["search"]
    assert search["status"] == "degraded"
    assert search["answering"] == "database"
    assert "rebuild" in search["error"]


def test_elasticsearch_down_is_degraded_not_503(client, osmem):
    engines.elasticsearch().rebuild()
    PendingChange.objects.create(doc_id="case_study:1")
    PendingChange.objects.update(created_at=timezone.now() - timedelta(minutes=5))
    osmem.close()
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


def test_a_tripped_circuit_breaker_is_reported(client, osmem):
    engines.elasticsearch().rebuild()
    engines.mark_unavailable()
    search = client.get("/healthz").json()["search"]
    assert search["status"] == "degraded"
    engines.mark_available()
    assert client.get("/healthz").json()["search"]["status"] == "ok"
