"""The database goes away under a running site and comes back: /healthz says 503 while it is
gone, error pages give nothing away, and the site recovers by itself, without a restart.

gunicorn talks to PostgreSQL through a small TCP proxy started by the test. Stopping the proxy
(listener closed, every connection cut) is the outage; starting it again on the same port is
the recovery. Two things make it: Django drops a connection once a request has failed on it,
and the settings' conn_health_checks=True (with persistent connections, DATABASE_CONN_MAX_AGE)
checks each worker's connection before a request uses it, so even the first request after a brief
cut succeeds (the second test fails with conn_health_checks=False).

The search half of the fault tests (the engine stopped mid-run: pages and publishing carry on,
search falls back to the database, nothing is lost when it returns) is
tests/search/test_engine_outage.py.
"""

import asyncio
import json
import threading
import time
import urllib.error
import urllib.request

import pytest

from tests.livesite import Gunicorn, free_port

LEAKS = ("Traceback", "psycopg", "OperationalError", "connection", "faults_", "5432", "postgres")


class TcpProxy:
    """Forwards 127.0.0.1:<port> to the database; stop() cuts it off completely."""

    def __init__(self, target_host, target_port, port=None):
        self.target = (target_host, target_port)
        self.port = port or free_port()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="db-proxy", daemon=True)
        self.thread.start()
        self.server = None
        self.transports = set()

    def _call(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=10)

    def start(self):
        self._call(self._listen())
        return self

    def stop(self):
        self._call(self._cut())

    def close(self):
        self.stop()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)

    async def _listen(self):
        self.server = await asyncio.start_server(
            self._serve, "127.0.0.1", self.port, reuse_address=True
        )

    async def _cut(self):
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()
            self.server = None
        for transport in list(self.transports):
            transport.abort()
        self.transports.clear()

    async def _serve(self, client_reader, client_writer):
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
        except OSError:
            client_writer.transport.abort()
            return
        self.transports |= {client_writer.transport, upstream_writer.transport}
        await asyncio.gather(
            self._pipe(client_reader, upstream_writer),
            self._pipe(upstream_reader, client_writer),
        )

    async def _pipe(self, reader, writer):
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            self.transports.discard(writer.transport)
            writer.transport.abort()


def get(url, timeout=10):
    """(status, body) of a GET, whatever the status."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (loopback)
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def wait_for(url, status, seconds):
    deadline = time.monotonic() + seconds
    answer = None
    while time.monotonic() < deadline:
        answer = get(url)
        if answer[0] == status:
            return answer
        time.sleep(0.2)
    pytest.fail(f"{url} did not answer {status} within {seconds} s; last: {answer}")


@pytest.fixture
def proxy(fault_database):
    from .conftest import PG_HOST, PG_PORT

    proxy = TcpProxy(PG_HOST, PG_PORT).start()
    yield proxy
    proxy.close()


@pytest.fixture
def site(fault_database, proxy):
    env = fault_database.env(port=proxy.port, DATABASE_CONN_MAX_AGE="60")
    server = Gunicorn(env, fault_database.root / "gunicorn.log", workers=2).start()
    yield server
    server.stop()


def test_healthz_says_503_while_the_database_is_away_and_the_site_recovers_by_itself(site, proxy):
    health = f"{site.url}/healthz"
    cached_page = f"{site.url}/"
    database_page = f"{site.url}/search/?q=care+homes"

    # Up: everything answers, and the home page is now in the anonymous page cache.
    status, body = get(health)
    assert status == 200 and json.loads(body)["database"]["status"] == "ok"
    assert get(cached_page)[0] == 200
    assert get(f"{site.url}/care-models/")[0] == 200
    assert get(database_page)[0] == 200
    master = site.process.pid

    # The database goes away.
    proxy.stop()
    status, body = wait_for(health, 503, seconds=5)
    report = json.loads(body)
    assert report["status"] == "unavailable"
    assert report["database"] == {"status": "unavailable", "error": "OperationalError"}
    # A page that needs the database fails with the site's own error page, saying nothing about
    # what broke; a page already in the page cache is still served.
    status, body = get(database_page)
    assert status == 500
    assert "Sorry, there is a problem with the service" in body
    assert not [leak for leak in LEAKS if leak.lower() in body.lower()], body
    assert get(cached_page)[0] == 200

    # It comes back on the same address: the same gunicorn recovers without a restart.
    proxy.start()
    status, body = wait_for(health, 200, seconds=10)
    assert json.loads(body)["database"]["status"] == "ok"
    for url in (database_page, f"{site.url}/care-models/", cached_page):
        assert get(url)[0] == 200, url
    # Both workers reconnected, not just the one that answered first.
    assert all(get(health)[0] == 200 for _ in range(10))
    assert site.process.pid == master and site.process.poll() is None


def test_after_a_brief_cut_the_very_first_requests_succeed(site, proxy):
    """Every worker holds a connection that the cut breaks; none errs in between, so only the
    per-request health check (conn_health_checks) stands between the reader and a 500."""
    pages = [f"{site.url}/healthz", f"{site.url}/search/?q=care+homes", f"{site.url}/care-models/"]
    for _ in range(4):  # both workers open their persistent connection
        for url in pages:
            assert get(url)[0] == 200, url
    proxy.stop()
    proxy.start()
    answers = [(url, get(url)[0]) for _ in range(4) for url in pages]
    assert all(status == 200 for _, status in answers), answers
