"""Load test: `make bench-load` (part of `make bench`), or `python bench/load_test.py`.

Builds a throwaway demo site (as the browser tests do: tests/livesite.py) in its own temporary
directory, adds load-test accounts that belong to the open communities, serves it with gunicorn
(platform/gunicorn.conf.py, 2 workers) on 127.0.0.1, finds its pages by crawling it, then runs
locust headless (bench/load/locustfile.py):

1. the mixed workload, 20 users for 60 s: 70% page reads, 25% searches with filters, 5% replies;
2. for context, one cached case study read by 20 users with no pause, for 15 s.

Zero failures are required (exit status 1 otherwise). Writes the figures between the
`<!-- load:start -->` and `<!-- load:end -->` markers under "## Load" in docs/benchmarks.md,
leaving every other section alone. Everything stops by itself; nothing but loopback is used.

The load server allows COMMUNITY_POSTS_PER_MINUTE=1000: the per-person post limit (5 a minute)
would otherwise refuse most of the replies, since each simulated person replies several times a
minute.
"""

import argparse
import csv
import http.cookiejar
import json
import os
import platform
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.livesite import Gunicorn, build_demo_site, site_env  # noqa: E402

LOCUSTFILE = ROOT / "bench" / "load" / "locustfile.py"
DOCS = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- load:start -->", "<!-- load:end -->"
ACCOUNTS = 20
# Communities whose new members' first posts wait for a facilitator: replies there are held.
HELD_COMMUNITIES = ("workforce-redesign-network",)
REQUEST_TYPES = ["read a page", "search with filters", "post a reply"]
CRAWL_LIMIT = 400
SKIP_PREFIXES = ("/admin/", "/accounts/", "/search/", "/api/", "/notifications/", "/documents/")

SETUP_ACCOUNTS = """
import os
from allauth.account.models import EmailAddress
from accounts.models import User
from communities import services
from communities.models import Community, Visibility

password = os.environ["LOAD_PASSWORD"]
open_communities = list(
    Community.objects.filter(visibility=Visibility.OPEN, first_post_moderation=False)
)
for number in range(1, int(os.environ["LOAD_ACCOUNTS"]) + 1):
    email = f"load{number:02d}@loadtest.nhs.uk"
    user = User.objects.create_user(
        email=email, password=password, display_name=f"Load tester {number}"
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    for community in open_communities:
        services.add_member(community, user)
"""


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.extend(value for name, value in attrs if name == "href" and value)


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback only)
        return response.read().decode("utf-8", "replace")


def crawl(base):
    """Every page reachable from the home page that an anonymous reader can open."""
    seen, queue, pages = {"/"}, ["/"], {}
    while queue and len(pages) < CRAWL_LIMIT:
        path = queue.pop(0)
        try:
            html = fetch(base + path)
        except urllib.error.HTTPError:
            continue
        pages[path] = html
        parser = Links()
        parser.feed(html)
        for href in parser.hrefs:
            href, _ = urldefrag(href)
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or parts.query or not parts.path.startswith("/"):
                continue
            if parts.path.startswith(SKIP_PREFIXES) or "/feed/" in parts.path:
                continue
            if parts.path.endswith("/") and parts.path not in seen:
                seen.add(parts.path)
                queue.append(parts.path)
    return pages


def sign_in(base, email, password):
    """Sign in through the allauth form, as a person would; returns the session's cookies."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(f"{base}/accounts/login/", timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = urlencode({"login": email, "password": password, "csrfmiddlewaretoken": token})
    opener.open(f"{base}/accounts/login/", data.encode(), timeout=30).read()
    cookies = {cookie.name: cookie.value for cookie in jar}
    if "sessionid" not in cookies:
        raise RuntimeError(f"{email} could not sign in")
    return cookies


def plan(base, accounts, password):
    pages = crawl(base)
    topics = []
    for path, html in pages.items():
        match = re.fullmatch(r"(/communities/([\w-]+)/topics/(\d+))-[\w-]*/", path)
        if match and match.group(2) not in HELD_COMMUNITIES and "nobody can reply" not in html:
            topics.append(match.group(1) + "/")
    reads = [p for p in pages if "/topics/new/" not in p and not p.endswith(("/join/", "/leave/"))]
    search = fetch(f"{base}/search/?q=care")
    facets = {
        name: sorted(set(re.findall(rf'name="{name}" type="checkbox" value="([\w-]+)"', search)))
        for name in ("care_model", "support_area")
    }
    return {
        "reads": sorted(reads),
        "topics": sorted(topics),
        "care_models": facets["care_model"],
        "support_areas": facets["support_area"],
        "cached_page": "/case-studies/red-bag-hospital-transfer-pathway/",
        # Signed in before the clock starts: password hashing is not what is being measured.
        "members": [
            sign_in(base, f"load{n:02d}@loadtest.nhs.uk", password) for n in range(1, accounts + 1)
        ],
    }


def locust(env, host, user_class, users, seconds, csv_prefix):
    command = [
        str(Path(sys.executable).with_name("locust")),
        "-f",
        str(LOCUSTFILE),
        "--headless",
        "--host",
        host,
        "--users",
        str(users),
        "--spawn-rate",
        "5",
        "--run-time",
        f"{seconds}s",
        "--stop-timeout",
        "10",
        "--csv",
        str(csv_prefix),
        "--only-summary",
        "--loglevel",
        "WARNING",
        user_class,
    ]
    subprocess.run(command, cwd=ROOT, env=env, check=False, timeout=seconds + 180)
    with open(f"{csv_prefix}_stats.csv", encoding="utf-8") as stats:
        rows = {row["Name"]: row for row in csv.DictReader(stats)}
    failures = []
    for kind in ("failures", "exceptions"):
        # Failed requests, and errors in the workload itself (which send no request at all).
        with open(f"{csv_prefix}_{kind}.csv", encoding="utf-8") as problems:
            failures += [{"kind": kind, **row} for row in csv.DictReader(problems)]
    return rows, failures


def figures(row):
    return {
        "requests": int(row["Request Count"]),
        "failures": int(row["Failure Count"]),
        "rps": round(float(row["Requests/s"]), 1),
        "p50_ms": int(float(row["50%"])),
        "p95_ms": int(float(row["95%"])),
    }


def machine():
    model = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    kb = int(Path("/proc/meminfo").read_text().split()[1])
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "memory_gib": round(kb / 1024 / 1024, 1),
        "python": platform.python_version(),
    }


def section(results):
    m = results["machine"]
    mixed, cached = results["mixed"], results["cached"]
    total = mixed["Aggregated"]
    lines = [
        f"Measured {results['date']} on {m['cpus']} CPUs ({m['cpu_model']}), "
        f"{m['memory_gib']} GiB memory, Python {m['python']}, by `make bench-load` "
        "(`bench/load_test.py`, workload in `bench/load/locustfile.py`).",
        "",
        f"Settings: gunicorn with {results['workers']} sync workers on 127.0.0.1 "
        "(`platform/gunicorn.conf.py`), development settings with `DEBUG=false`, SQLite (WAL), "
        "file-based cache, anonymous page cache on (300 s), database search backend, "
        "`COMMUNITY_POSTS_PER_MINUTE=1000` for the load accounts. locust runs on the same machine "
        "and takes CPU from the server: the figures are a floor.",
        "",
        f"**Mixed workload**: {results['users']} users for {results['seconds']} s, each pausing "
        "0-0.5 s between requests: 70% page reads (anonymous: home, hubs, case studies, guides "
        "and chapters, vanguards, communities and topics, found by crawling the site), 25% "
        "searches with filters, 5% replies to open-community topics (one load-test account per "
        "user, signed in through the sign-in form before the run). "
        f"**{total['requests']:,} requests, {total['rps']} requests/s, "
        f"{total['failures']} failures.**",
        "",
        "| Request type | Requests | Failures | Requests/s | p50 | p95 |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in [*REQUEST_TYPES, "Aggregated"]:
        if name in mixed:
            f = mixed[name]
            label = "all requests" if name == "Aggregated" else name
            lines.append(
                f"| {label} | {f['requests']:,} | {f['failures']} | {f['rps']} | "
                f"{f['p50_ms']} ms | {f['p95_ms']} ms |"
            )
    c = cached["Aggregated"]
    lines += [
        "",
        f"**For context**: one cached case study page, {results['users']} users with no pause "
        f"for {results['cached_seconds']} s: **{c['rps']} requests/s**, p50 {c['p50_ms']} ms, "
        f"p95 {c['p95_ms']} ms, {c['failures']} failures. For comparison, the developers' guide "
        "gives roughly 100 requests/s for Wagtail's bakerydemo.",
    ]
    return "\n".join(lines)


def write_section(text):
    """Replace what lies between the markers under "## Load"; add the section if missing."""
    if DOCS.exists():
        current = DOCS.read_text(encoding="utf-8")
    else:
        try:
            from bench.report import HEADER
        except ImportError:
            HEADER = "# Benchmarks\n\nFigures from `make bench`, newest run per section.\n"
        current = HEADER
    block = f"{START}\n{text}\n{END}"
    if START in current and END in current:
        before, rest = current.split(START, 1)
        _, after = rest.split(END, 1)
        updated = before + block + after
    else:
        updated = current.rstrip() + f"\n\n## Load\n\n{block}\n"
    DOCS.write_text(updated.rstrip() + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--cached-seconds", type=int, default=15)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-write", action="store_true", help="print, do not touch docs/")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="nhs-load-"))
    password = secrets.token_urlsafe(16)
    env = site_env(root, COMMUNITY_POSTS_PER_MINUTE=1000)
    server = None
    try:
        started = time.monotonic()
        print(f"Building the demo site in {root} ...", flush=True)
        build_demo_site(
            {**env, "LOAD_PASSWORD": password, "LOAD_ACCOUNTS": str(ACCOUNTS)}, SETUP_ACCOUNTS
        )
        server = Gunicorn(
            {**env, "GUNICORN_ACCESSLOG": str(root / "access.log")},
            root / "gunicorn.log",
            workers=args.workers,
        ).start()
        print(f"Serving on {server.url}; crawling ...", flush=True)
        plan_file = root / "plan.json"
        plan_file.write_text(json.dumps(plan(server.url, ACCOUNTS, password)), encoding="utf-8")
        load_env = {**os.environ, "LOAD_PLAN": str(plan_file)}
        print(f"Mixed workload: {args.users} users for {args.seconds} s ...", flush=True)
        mixed, mixed_failures = locust(
            load_env, server.url, "MixedWorkload", args.users, args.seconds, root / "mixed"
        )
        print(f"Cached page: {args.users} users for {args.cached_seconds} s ...", flush=True)
        cached, cached_failures = locust(
            load_env, server.url, "CachedPage", args.users, args.cached_seconds, root / "cached"
        )
    finally:
        if server is not None:
            server.stop()
    results = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "machine": machine(),
        "workers": args.workers,
        "users": args.users,
        "seconds": args.seconds,
        "cached_seconds": args.cached_seconds,
        "mixed": {name: figures(row) for name, row in mixed.items()},
        "cached": {name: figures(row) for name, row in cached.items()},
    }
    text = section(results)
    print(text)
    failures = mixed_failures + cached_failures
    for failure in failures[:20]:
        print(f"FAILURE ({failure.pop('kind')}): {failure}")
    if not args.no_write:
        write_section(text)
        print(f"Wrote the load figures to {DOCS.relative_to(ROOT)}")
    print(f"Load test took {time.monotonic() - started:.0f} s.")
    failed = sum(results[run]["Aggregated"]["failures"] for run in ("mixed", "cached"))
    if failed or failures:
        print(
            f"FAILED: {failed} failed requests, {len(failures)} kinds of problem (zero are "
            f"required); logs in {root}",
            file=sys.stderr,
        )
        return 1
    shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
