import pytest
from django.db import connections
from django.db.utils import OperationalError

pytestmark = pytest.mark.django_db


def test_healthz_reports_the_database_as_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["status"] == "ok"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_says_503_when_the_database_is_unreachable(client, monkeypatch):
    connection = connections["default"]

    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(connection, "cursor", unreachable)
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    body.pop("search")  # reported too; see tests/search/test_health.py
    assert body == {
        "database": {"status": "unavailable", "error": "OperationalError"},
        "status": "unavailable",
    }


def test_healthz_recovers_when_the_database_returns(client, monkeypatch):
    connection = connections["default"]
    with monkeypatch.context() as patched:
        patched.setattr(
            connection, "cursor", lambda *a, **k: (_ for _ in ()).throw(OperationalError("down"))
        )
        assert client.get("/healthz").status_code == 503
    assert client.get("/healthz").status_code == 200
