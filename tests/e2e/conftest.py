"""Browser tests: Debian's chromium, driven by Playwright, against the demo site under gunicorn.

One throwaway demo site per run (tests/livesite.py): its own SQLite file in a temporary
directory, ALWAYS SQLite and independent of the test database, even in CI's PostgreSQL pass,
because it is built by `manage.py` subprocesses and served by gunicorn, never by the test
process. Building it takes most of a minute, so it starts in the background as soon as
collection finds browser tests and is ready by the time they run. The anonymous page cache stays
on, as in production: publishing retires cached pages, which the publishing journey relies on.

One browser per run, a new context (cookies, storage) per page a test opens. When a test fails,
each of its pages leaves a screenshot and its HTML in test-artefacts/<test name>/, with the tail
of the gunicorn log.

Without /usr/bin/chromium these tests skip with a loud message (`make test` installs it when it
can: platform/scripts/ensure-chromium.sh); with CI=true they fail instead.
"""

import os
import re
import shutil
import tempfile
import threading
from pathlib import Path

import pytest

from tests.livesite import ROOT, Gunicorn, build_demo_site, in_ci, site_env

CHROMIUM = Path(os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium"))
# The machine's network is closed: without the background-networking flags Chromium stalls
# on start-up trying to reach Google's services.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTEFACTS = ROOT / "test-artefacts"
TIMEOUT_MS = 15_000
MISSING_CHROMIUM = (
    f"!!! BROWSER TESTS NOT RUN: {CHROMIUM} is missing. Install Debian's chromium "
    "(`sudo apt-get install chromium`, or run `make test` as root) to run them. !!!"
)
PAGES = pytest.StashKey[list]()


class SiteBuild:
    """Builds the demo site in a thread, so the rest of the suite runs meanwhile."""

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="nhs-e2e-"))
        self.env = site_env(self.root)
        self.credentials = None
        self.error = None
        self.thread = threading.Thread(target=self._build, name="e2e-site-build", daemon=True)
        self.thread.start()

    def _build(self):
        try:
            self.credentials = build_demo_site(self.env)
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

    def remove(self):
        self.thread.join()
        shutil.rmtree(self.root, ignore_errors=True)


_build = None


def pytest_collection_finish(session):
    global _build
    if session.config.option.collectonly:
        return
    wanted = any(item.get_closest_marker("e2e") for item in session.items)
    if wanted and _build is None and CHROMIUM.exists():
        _build = SiteBuild()


def pytest_sessionfinish(session, exitstatus):
    # Interrupted: leave a build that is still running to finish on its own in its temp dir.
    if _build is not None and (exitstatus != pytest.ExitCode.INTERRUPTED or _build.done):
        _build.remove()


def pytest_terminal_summary(terminalreporter):
    if not CHROMIUM.exists() and terminalreporter.stats.get("skipped"):
        terminalreporter.write_sep("!", MISSING_CHROMIUM, red=True, bold=True)


class LiveSite:
    def __init__(self, build, server):
        self.url = server.url
        self.credentials = build.credentials
        self.server = server
        self.env = build.env
        self.mail_dir = build.root / "mail"
        self.outbox = self.mail_dir

    def mail_to(self, address):
        """Bodies of the e-mails sent to `address` so far, oldest first."""
        if not self.mail_dir.exists():
            return []
        messages = []
        for path in sorted(self.mail_dir.iterdir(), key=lambda p: p.stat().st_mtime):
            for message in path.read_text(encoding="utf-8").split("-" * 79):
                if f"To: {address}" in message:
                    messages.append(message)
        return messages

    def password(self, email):
        return self.credentials[email]


@pytest.fixture(scope="session")
def live_site():
    """The demo site under gunicorn (2 workers) on a free loopback port."""
    if not CHROMIUM.exists():
        if in_ci():
            pytest.fail(f"CI=true and {CHROMIUM} is missing: the browser tests must run in CI.")
        pytest.skip(MISSING_CHROMIUM)
    global _build
    _build = _build or SiteBuild()
    build = _build.wait()
    server = Gunicorn(build.env, build.root / "gunicorn.log", workers=2).start()
    yield LiveSite(build, server)
    server.stop()


@pytest.fixture(scope="session")
def browser(live_site):
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def open_page(request, browser, live_site):
    """open_page(label="reader") -> a Page in a fresh browser context (its own cookies)."""
    request.node.stash[PAGES] = []
    contexts = []

    def open_page(label="page"):
        context = browser.new_context(
            base_url=live_site.url, viewport={"width": 1280, "height": 900}
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        request.node.stash[PAGES].append((label, page))
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_page):
    return open_page("page")


@pytest.fixture
def sign_in(live_site):
    """sign_in(page, email): through the site's sign-in form, as a person would."""

    def sign_in(page, email, next_url="/"):
        page.goto(f"/accounts/login/?next={next_url}")
        page.get_by_label(re.compile("e-?mail", re.I)).fill(email)
        page.get_by_label("Password", exact=True).fill(live_site.password(email))
        page.get_by_role("button", name=re.compile("sign in", re.I)).click()
        page.wait_for_url(lambda url: "/accounts/login/" not in url)
        return page

    return sign_in


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed and report.when == "call" and item.stash.get(PAGES, None):
        _save_artefacts(item)
    return report


def _save_artefacts(item):
    folder = ARTEFACTS / re.sub(r"[^\w.-]+", "_", item.name)[:120]
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for number, (label, page) in enumerate(item.stash[PAGES], start=1):
        stem = folder / f"{number}-{label}"
        try:
            page.screenshot(path=f"{stem}.png", full_page=True)
            Path(f"{stem}.html").write_text(page.content(), encoding="utf-8")
            Path(f"{stem}.url").write_text(page.url + "\n", encoding="utf-8")
        except Exception as error:  # a closed page must not hide the failure
            Path(f"{stem}.error").write_text(repr(error), encoding="utf-8")
    site = item.funcargs.get("live_site")
    if site is not None:
        (folder / "gunicorn.log").write_text(site.server.log_tail(20_000), encoding="utf-8")
