"""Page benchmark: `make bench-pages` (part of `make bench`), or `python bench/page_bench.py`.

How fast the main page types render when the whole-page cache cannot help: signed-in readers,
and every anonymous cache miss. It builds a throwaway demo site (tests/livesite.py, as the load
test does) in a directory of its own, then:

1. in one process with the production settings (`config.settings.production`, SQLite, the
   file-based cache, `PAGE_CACHE_SECONDS=0`), renders each page through the whole Django stack
   with `django.test.Client`, anonymous and signed in as the demo community member: the median
   of 21 warm requests (wall-clock, the thread's CPU time, and the time off the CPU split into
   waiting for a CPU and the rest), and the SQL queries of one request. The loop is
   bench/render_timing.py, which bakerydemo's measurement runs too;
2. serves the site with gunicorn (platform/gunicorn.conf.py, 2 sync workers, page cache off) on
   127.0.0.1 and measures requests per second for each page with `wrk` (8 connections, a few
   seconds each; installed with apt-get when missing and possible), or with a bounded Python
   load loop when wrk is not to be had.

3. beside it, in the same run and with the same method, Wagtail's bakerydemo: its blog post, blog
   index and search page ("bread"), rendered in a process of its own (bench/bakerydemo_measure.py
   with bakerydemo's own Python and production settings, SQLite) and, with the load step, served
   by gunicorn with the same configuration and loaded with wrk. bench/bakerydemo_setup.py
   prepares it in var/bench/bakerydemo from BAKERYDEMO_DIR (a checkout or git repository) or
   its public repository; when neither can be had, or with `--no-bakerydemo`, the comparison
   uses the issue's fixed bakerydemo figures and says so.

Writes the figures between `<!-- pages:start -->` and `<!-- pages:end -->` in
docs/benchmarks.md (`--no-write` only prints). `--site DIR` reuses (or builds once) a demo site
in DIR; `--profile PAGE` prints a cProfile of that page's renders instead, and
`--profile-bakerydemo PAGE` one of bakerydemo's ("blog post", "blog index", "search").
Nothing leaves the machine; everything stops by itself.
"""

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DOCS = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- pages:start -->", "<!-- pages:end -->"
MEMBER = "member@demo.nhs.uk"
PAGES = [
    "home",
    "case study",
    "guide chapter",
    "topic",
    "listing",
    "search",
    "vanguard profile",
    "notification centre",
]
# The bar, bakerydemo as its author measured it (issue 16): used only when bakerydemo
# cannot be measured in the same run.
BAKERY = {"blog post": 21.0, "blog index": 26.1, "search": 35.6}
BAKERY_PAGES = list(BAKERY)
TARGETS = {
    "case study": ("blog post", 3),
    "guide chapter": ("blog post", 3),
    "topic": ("blog post", 3),
    "listing": ("blog index", 2),
    "search": ("search", 3),
}
QUERY_BUDGET = 12


# ---------------------------------------------------------------------------------------------
# Inside the site's own process (`--measure`): Django is set up with the site's settings.


def find_urls():
    from django.db.models import Count

    from casestudies.models import CaseStudyIndexPage, CaseStudyPage
    from communities.models import Topic, Visibility
    from home.models import VanguardIndexPage
    from learning_guides.models import LearningGuidePage
    from taxonomy.models import Vanguard

    case_study = (
        CaseStudyPage.objects.live().filter(slug__startswith="red-bag").first()
        or CaseStudyPage.objects.live().first()
    )
    guide = LearningGuidePage.objects.live().order_by("path").first()
    chapter = guide.reading_chapters(None)[0] if guide else None
    topic = (
        Topic.objects.filter(community__visibility=Visibility.OPEN)
        .annotate(n=Count("posts"))
        .order_by("-n", "pk")
        .first()
    )
    return {
        "home": "/",
        "case study": case_study.url,
        "guide chapter": chapter.url if chapter else None,
        "topic": topic.get_absolute_url(),
        "listing": CaseStudyIndexPage.objects.live().first().url,
        "search": "/search/?q=red+bag",
        "vanguard profile": VanguardIndexPage.objects.live().first().url
        + (
            Vanguard.objects.filter(name__icontains="Sutton").first() or Vanguard.objects.first()
        ).slug
        + "/",
        "notification centre": "/notifications/",
    }


def measure(requests):
    import django

    django.setup()
    from django.test import Client

    from accounts.models import User
    from bench.render_timing import measure_page

    urls = find_urls()
    anonymous = Client()
    member = Client()
    member.force_login(User.objects.get(email=MEMBER))
    results = {}
    for name in PAGES:
        url = urls[name]
        row = {"url": url}
        for who, client in (("anonymous", anonymous), ("signed in", member)):
            row[who] = measure_page(client, url, requests)
        results[name] = row
    session = member.cookies["sessionid"].value
    return {"pages": results, "session": session}


def profile(name, requests, signed_in):
    import django

    django.setup()
    from django.test import Client

    from accounts.models import User
    from bench.render_timing import profile as profile_page

    url = find_urls()[name]
    client = Client()
    if signed_in:
        client.force_login(User.objects.get(email=MEMBER))
    profile_page(client, url, requests, f"{name}, {'signed in' if signed_in else 'anonymous'}")


# ---------------------------------------------------------------------------------------------
# The driver: builds the site, runs the measuring process, then gunicorn and wrk.


def bench_env(root):
    from tests.livesite import site_env

    return site_env(
        root,
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="page-bench-only-" + "x" * 40,
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="testserver,127.0.0.1,localhost",
        PAGE_CACHE_SECONDS="0",
        TASKS_BACKEND="immediate",
        GUNICORN_ACCESSLOG="/dev/null",
    )


def ensure_site(root):
    from tests.livesite import build_demo_site, site_env

    if (root / "site.sqlite3").exists():
        return
    print(f"Building the demo site in {root} ...", flush=True)
    # Built with the development settings (as `make run`), served with the production ones.
    build_demo_site(site_env(root))


def run_self(env, *args):
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"page_bench {' '.join(args)} failed:\n{result.stderr[-5000:]}")
    return result.stdout


def find_wrk():
    wrk = shutil.which("wrk")
    if wrk or not shutil.which("apt-get"):
        return wrk
    command = ["apt-get", "install", "-y", "-q", "wrk"]
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            return None
        command = ["sudo", "-n", *command]
    print("Installing wrk with apt-get ...", flush=True)
    subprocess.run(
        command,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        capture_output=True,
        timeout=300,
        check=False,
    )
    return shutil.which("wrk")


def run_wrk(wrk, url, cookie, seconds, connections):
    command = [wrk, "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, timeout=seconds + 60, check=False
    ).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": round(float(rate.group(1)), 1) if rate else 0.0,
        "bad": int(bad.group(1)) if bad else 0,
        "errors": errors.group(1).strip() if errors else "",
    }


def run_loop(url, cookie, seconds, connections):
    """What wrk does, in Python threads: each keeps requesting until the time is up."""
    deadline = time.monotonic() + seconds
    counts = {"ok": 0, "bad": 0}
    lock = threading.Lock()

    def worker():
        headers = {"Cookie": cookie} if cookie else {}
        request = urllib.request.Request(url, headers=headers)  # noqa: S310 (loopback)
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                    response.read()
                    kind = "ok" if response.status == 200 else "bad"
            except OSError:
                kind = "bad"
            with lock:
                counts[kind] += 1

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "rps": round(counts["ok"] / (time.monotonic() - started), 1),
        "bad": counts["bad"],
        "errors": "",
    }


def warm(url, cookie, workers=2):
    """A few requests at once before the load, so that every worker has rendered the page once
    (its templates compiled, its caches filled) and the short load window measures warm work."""

    def get():
        request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
                response.read()
        except OSError:
            pass

    for _ in range(2):
        threads = [threading.Thread(target=get) for _ in range(workers * 2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


def load_tool():
    wrk = find_wrk()
    return wrk, ("wrk" if wrk else "a Python load loop (wrk not available)")


def throughput(env, root, urls, session, seconds, connections):
    from tests.livesite import Gunicorn

    wrk, tool = load_tool()
    server = Gunicorn(env, root / "gunicorn.log", workers=2).start()
    results = {}
    try:
        for name in PAGES:
            row = {}
            for who, cookie in (("anonymous", ""), ("signed in", f"sessionid={session}")):
                url = server.url + urls[name]
                request = urllib.request.Request(url, headers={"Cookie": cookie})  # noqa: S310
                try:
                    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                        ok = response.status == 200 and response.url == url
                except OSError:
                    ok = False
                if not ok:  # the notification centre sends anonymous readers to sign in
                    continue
                warm(url, cookie)
                if wrk:
                    row[who] = run_wrk(wrk, url, cookie, seconds, connections)
                else:
                    row[who] = run_loop(url, cookie, seconds, connections)
                print(f"  {name}, {who}: {row[who]['rps']} requests/s", flush=True)
            results[name] = row
    finally:
        server.stop()
    return tool, results


# ---------------------------------------------------------------------------------------------
# bakerydemo beside us: its own venv, settings and processes (bench/bakerydemo_setup.py).


def _bakerydemo_measure(bakery, *args):
    """The standard output of bench/bakerydemo_measure.py run with `args` in bakerydemo's own
    Python, checkout and environment."""
    result = subprocess.run(
        [str(bakery.python), str(ROOT / "bench" / "bakerydemo_measure.py"), *args],
        cwd=bakery.checkout,
        env=bakery.env(),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"bakerydemo_measure.py {' '.join(args)} failed:\n{result.stderr[-5000:]}"
        )
    return result.stdout


def measure_bakerydemo(bakery, requests):
    output = _bakerydemo_measure(bakery, "--requests", str(requests))
    return json.loads(output.strip().splitlines()[-1])


def profile_bakerydemo(bakery, name, requests):
    return _bakerydemo_measure(bakery, "--profile", name, "--requests", str(requests))


def bakerydemo_throughput(bakery, root, urls, seconds, connections):
    wrk, _ = load_tool()
    from tests.livesite import Gunicorn

    # bakerydemo's WSGI app under our platform/gunicorn.conf.py: same workers and settings, so
    # the two servers differ only in the application. Up when a measured page answers: its
    # home page waits on outside services (embeds) that a closed network never answers.
    server = Gunicorn(
        bakery.env(GUNICORN_ACCESSLOG="/dev/null"),
        root / "bakerydemo-gunicorn.log",
        app="bakerydemo.wsgi",
        cwd=bakery.checkout,
        gunicorn=bakery.gunicorn,
        ready_path=urls["blog index"],
    )
    server.start(timeout=90)
    results = {}
    try:
        for name in BAKERY_PAGES:
            url = server.url + urls[name]
            warm(url, "")
            if wrk:
                results[name] = run_wrk(wrk, url, "", seconds, connections)
            else:
                results[name] = run_loop(url, "", seconds, connections)
            print(f"  bakerydemo {name}: {results[name]['rps']} requests/s", flush=True)
    finally:
        server.stop()
    return results


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


def fmt_ms(cell):
    if not cell or cell.get("status") != 200:
        return "—"
    if "cpu_ms" not in cell:
        return f"{cell['median_ms']} ms"
    return f"{cell['median_ms']} ms ({cell['cpu_ms']} CPU)"


def fmt_off_cpu(cell):
    """Median time off the CPU: waiting for a CPU / other (I/O, sleeps, steal)."""
    if not cell or cell.get("status") != 200 or "cpu_wait_ms" not in cell:
        return "—"
    return f"{cell['cpu_wait_ms']} / {cell['other_off_cpu_ms']} ms"


def off_cpu_summary(cells):
    """One sentence on where the wall-clock time that is not CPU time went, over `cells`."""
    cells = [c for c in cells if c and c.get("status") == 200 and "cpu_wait_ms" in c]
    if not cells:
        return []
    waited = max(c["cpu_wait_ms"] for c in cells)
    other = max(c["other_off_cpu_ms"] for c in cells)
    return [
        "",
        "Off the CPU (medians, from the kernel's scheduler statistics): our renders waited for "
        f"a CPU at most {waited} ms and spent at most {other} ms otherwise off it (I/O, sleeps, "
        "the hypervisor's steal). Waiting for a CPU is other work on the machine, not the page.",
    ]


def fmt_queries(cell):
    if not cell or cell.get("status") != 200:
        return "—"
    return str(cell["queries"])


def section(results):
    m = results["machine"]
    pages, load = results["pages"], results.get("load") or {}
    lines = [
        f"Measured {results['date']} on {m['cpus']} CPUs ({m['cpu_model']}), "
        f"{m['memory_gib']} GiB memory, Python {m['python']}, by `make bench-pages` "
        "(`bench/page_bench.py`) on the demo site: production settings "
        "(`config.settings.production`), SQLite, file-based cache, whole-page cache off "
        "(`PAGE_CACHE_SECONDS=0`), database search backend. Render: median of "
        f"{results['requests']} warm requests in one process through the whole Django stack "
        "(`django.test.Client`); signed in as the demo community member. Queries: one request. "
        "Throughput: gunicorn with 2 sync workers on 127.0.0.1, "
        f"{results.get('tool', 'not measured')}, {results['connections']} connections, "
        f"{results['seconds']} s per page; the load generator shares the 2 CPUs with the server.",
        "",
        "Render times are wall-clock medians with the median CPU time of the rendering thread in "
        "brackets: the CPU time is what to compare when the machine is busy with other work. "
        "Both sides are timed by the same loop (`bench/render_timing.py`).",
        "",
        "| Page | Render, anonymous | Render, signed in | Queries, anonymous / signed in "
        "| Requests/s, anonymous | Requests/s, signed in |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in PAGES:
        row = pages[name]
        anon, signed = row.get("anonymous"), row.get("signed in")
        rps = load.get(name, {})

        def rate(who, rps=rps):
            cell = rps.get(who)
            if not cell:
                return "—"
            bad = f" ({cell['bad']} failed)" if cell["bad"] else ""
            return f"{cell['rps']:,}{bad}"

        lines.append(
            f"| {name} (`{row['url']}`) | {fmt_ms(anon)} | {fmt_ms(signed)} | "
            f"{fmt_queries(anon)} / {fmt_queries(signed)} | {rate('anonymous')} | "
            f"{rate('signed in')} |"
        )
    lines += off_cpu_summary(
        cell for row in pages.values() for cell in (row.get("anonymous"), row.get("signed in"))
    )
    lines += comparison(results)
    worst = max(
        c["queries"]
        for row in pages.values()
        for c in (row.get("anonymous"), row.get("signed in"))
        if c and c.get("status") == 200
    )
    lines += [
        "",
        f"Query budget ≤ {QUERY_BUDGET} on every page: "
        f"{'met' if worst <= QUERY_BUDGET else '**missed**'} (most: {worst}).",
    ]
    return "\n".join(lines)


def slowest(cells):
    """The slower of our anonymous and signed-in renders: (wall ms, CPU ms or None)."""
    cells = [c for c in cells if c and c.get("status") == 200]
    if not cells:
        return None, None
    wall = max(c["median_ms"] for c in cells)
    cpu = [c["cpu_ms"] for c in cells if "cpu_ms" in c]
    return wall, (max(cpu) if len(cpu) == len(cells) else None)


def comparison(results):
    """The issue's targets against bakerydemo measured in this run, or its fixed figures."""
    pages, bakery = results["pages"], results.get("bakerydemo")
    load, theirs_load = results.get("load") or {}, (bakery or {}).get("load") or {}
    if not bakery:
        lines = [
            "",
            "bakerydemo was **not measured in this run** "
            f"({results.get('bakerydemo_missing', 'not available')}); the comparison uses the "
            "issue's fixed bakerydemo figures (its author's measurements, median of 21 warm "
            "requests, page cache off, SQLite, production settings).",
            "",
            "| Page | Ours, anonymous / signed in | bakerydemo (issue's figure) | Target | Met |",
            "| --- | ---: | ---: | ---: | --- |",
        ]
        for name, (theirs, factor) in TARGETS.items():
            bar = BAKERY[theirs]
            cells = [pages[name].get(w) for w in ("anonymous", "signed in")]
            wall, cpu = slowest(cells)
            if wall is not None and wall <= bar / factor:
                met = "met"
            elif cpu is not None and cpu <= bar / factor:
                met = "met on CPU time; wall-clock **missed** on the busy machine"
            else:
                met = "**missed**"
            lines.append(
                f"| {name} | {fmt_ms(cells[0])} / {fmt_ms(cells[1])} | {theirs} {bar} ms | "
                f"≤ {bar / factor:.1f} ms ({factor}×) | {met} |"
            )
        return lines

    v = bakery["versions"]
    lines = [
        "",
        f"bakerydemo **measured in this run** (commit {bakery['commit']}, Wagtail {v['wagtail']}, "
        f"Django {v['django']}, Python {v['python']}; `bench/bakerydemo_setup.py`): its own "
        "production settings (`bakerydemo.settings.production`: DEBUG off, cached template "
        "loader, local-memory cache, database search backend), SQLite, its `load_initial_data` "
        "content; rendered in a process of its own right after ours with the same method "
        "(`bench/bakerydemo_measure.py`), served by gunicorn with the same "
        "`platform/gunicorn.conf.py` and loaded the same way. Anonymous only: bakerydemo has "
        "no signed-in reader pages. Its SQLite connection is configured as ours (write-ahead "
        "log, `synchronous=NORMAL`), given through its `DATABASE_URL`.",
        "",
        "| bakerydemo page | Render | Off CPU: waiting for a CPU / other | Queries | Requests/s |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name in BAKERY_PAGES:
        row = bakery["pages"][name]
        cell = row.get("anonymous")
        rps = theirs_load.get(name)
        lines.append(
            f"| {name} (`{row['url']}`) | {fmt_ms(cell)} | {fmt_off_cpu(cell)} | "
            f"{fmt_queries(cell)} | {format(rps['rps'], ',') if rps else '—'} |"
        )
    lines += [
        "",
        "Ratio: bakerydemo's render time over ours (the slower of our anonymous and signed-in "
        "renders), wall-clock and, in brackets, CPU time.",
        "",
        "| Page | Ours, anonymous / signed in | bakerydemo | Ratio | Target | Met "
        "| Requests/s, ours / bakerydemo |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: |",
    ]
    for name, (theirs, factor) in TARGETS.items():
        cells = [pages[name].get(w) for w in ("anonymous", "signed in")]
        their = bakery["pages"][theirs].get("anonymous")
        wall, cpu = slowest(cells)
        ok = their and their.get("status") == 200 and wall
        ratio = their["median_ms"] / wall if ok else None
        cpu_ratio = their["cpu_ms"] / cpu if ok and cpu and their.get("cpu_ms") else None
        if ratio is None:
            met, shown = "not measured", "—"
        else:
            shown = f"{ratio:.1f}×" + (f" ({cpu_ratio:.1f}× CPU)" if cpu_ratio else "")
            if ratio >= factor:
                met = "met"
            elif cpu_ratio and cpu_ratio >= factor:
                met = "met on CPU time; wall-clock **missed** on the busy machine"
            else:
                met = "**missed**"
        ours_rps = (load.get(name) or {}).get("anonymous")
        their_rps = theirs_load.get(theirs)
        rps = f"{ours_rps['rps']:,} / {their_rps['rps']:,}" if ours_rps and their_rps else "—"
        lines.append(
            f"| {name} | {fmt_ms(cells[0])} / {fmt_ms(cells[1])} | {theirs} {fmt_ms(their)} | "
            f"{shown} | ≥ {factor}× | {met} | {rps} |"
        )
    return lines


def write_section(text):
    """Replace what lies between the markers; add a "## Pages" section if they are missing."""
    current = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n"
    block = f"{START}\n{text}\n{END}"
    if START in current and END in current:
        before, rest = current.split(START, 1)
        _, after = rest.split(END, 1)
        updated = before + block + after
    else:
        updated = current.rstrip() + f"\n\n## Pages\n\n{block}\n"
    DOCS.write_text(updated.rstrip() + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="reuse (or build once) the demo site here")
    parser.add_argument("--requests", type=int, default=21, help="timed renders per page")
    parser.add_argument("--seconds", type=int, default=5, help="load seconds per page")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--no-load", action="store_true", help="skip the gunicorn throughput")
    parser.add_argument("--no-write", action="store_true", help="print, do not touch docs/")
    parser.add_argument("--json", type=Path, help="also save the raw figures here")
    parser.add_argument(
        "--no-bakerydemo",
        action="store_true",
        help="compare with the issue's fixed bakerydemo figures instead of measuring it",
    )
    parser.add_argument("--profile", choices=PAGES, help="cProfile one page and stop")
    parser.add_argument("--signed-in", action="store_true", help="profile signed in")
    parser.add_argument(
        "--profile-bakerydemo", choices=BAKERY_PAGES, help="cProfile one bakerydemo page and stop"
    )
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.measure:
        print(json.dumps(measure(args.requests)))
        return 0
    if os.environ.get("PAGE_BENCH_PROFILE"):
        profile(os.environ["PAGE_BENCH_PROFILE"], args.requests, args.signed_in)
        return 0

    if args.profile_bakerydemo:
        from bench.bakerydemo_setup import prepare

        bakery = prepare()
        if bakery is None:
            return 1
        print(profile_bakerydemo(bakery, args.profile_bakerydemo, args.requests))
        return 0

    started = time.monotonic()
    root = args.site or Path(tempfile.mkdtemp(prefix="nhs-pages-"))
    root = root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    ensure_site(root)
    env = bench_env(root)
    if not args.profile and not args.no_bakerydemo:
        from bench.bakerydemo_setup import prepare

        bakery = prepare()  # before any timing: a first setup takes a few minutes
    else:
        bakery = None
    if args.profile:
        extra = ["--signed-in"] if args.signed_in else []
        env = {**env, "PAGE_BENCH_PROFILE": args.profile}
        print(run_self(env, "--requests", str(args.requests), *extra))
        return 0

    print("Rendering in one process ...", flush=True)
    measured = json.loads(run_self(env, "--measure", "--requests", str(args.requests)))
    results = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "requests": args.requests,
        "seconds": args.seconds,
        "connections": args.connections,
        "pages": measured["pages"],
    }
    if bakery:
        print("Rendering bakerydemo's pages in its own process ...", flush=True)
        try:
            results["bakerydemo"] = {
                "commit": bakery.commit,
                **measure_bakerydemo(bakery, args.requests),
            }
        except (RuntimeError, subprocess.TimeoutExpired, ValueError) as error:
            print(f"bakerydemo could not be measured: {error}", flush=True)
            results["bakerydemo_missing"] = "it failed to render; see the bench output"
    elif args.no_bakerydemo:
        results["bakerydemo_missing"] = "`--no-bakerydemo`"
    else:
        results["bakerydemo_missing"] = (
            "no checkout: set BAKERYDEMO_DIR, see `bench/bakerydemo_setup.py`"
        )
    if not args.no_load:
        print("Throughput under gunicorn ...", flush=True)
        urls = {name: row["url"] for name, row in measured["pages"].items()}
        results["tool"], results["load"] = throughput(
            env, root, urls, measured["session"], args.seconds, args.connections
        )
        if "bakerydemo" in results:
            theirs = {name: row["url"] for name, row in results["bakerydemo"]["pages"].items()}
            try:
                results["bakerydemo"]["load"] = bakerydemo_throughput(
                    bakery, root, theirs, args.seconds, args.connections
                )
            except RuntimeError as error:  # its renders still stand; say why no load figures
                print(f"bakerydemo throughput not measured: {error}", flush=True)
    text = section(results)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if not args.no_write:
        write_section(text)
        print(f"Wrote the page figures to {DOCS.relative_to(ROOT)}")
    if not args.site:
        shutil.rmtree(root, ignore_errors=True)
    print(f"Page benchmark took {time.monotonic() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
