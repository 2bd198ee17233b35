"""The measuring loop both sides of the page benchmark share: ours (bench/page_bench.py) and
Wagtail's bakerydemo (bench/bakerydemo_measure.py, which runs in bakerydemo's own Python).

It imports nothing of ours and nothing at module level beyond the standard library, so
bakerydemo's Python can load it by file path; Django is imported only inside `measure_page`,
once the caller has set up its own settings.

For one page: one request that must answer 200, 3 warm requests (template loaders, caches,
image renditions), the SQL queries of one request, then `requests` timed requests through the
caller's `django.test.Client`. Each timed request records:

- wall: `time.perf_counter()`;
- cpu: the rendering thread's CPU time (`time.thread_time()`);
- waiting for a CPU: the time the thread was runnable but another process had the core, from
  the kernel's scheduler statistics (`/proc/thread-self/schedstat`, Linux);
- other off-CPU: wall minus CPU minus waiting for a CPU: blocking I/O (an fsync, a socket),
  sleeps, and time the hypervisor gave the virtual CPU to another machine (steal).

The medians of each are reported. On a machine shared with other work the wall-clock time is
mostly "waiting for a CPU"; what remains off the CPU is what a page really waits on.
"""

import statistics
import time
from pathlib import Path

SCHEDSTAT = Path("/proc/thread-self/schedstat")


def run_queue_ms():
    """Milliseconds this thread has spent runnable but not running, or None off Linux."""
    try:
        return int(SCHEDSTAT.read_text().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return None


def time_request(get, url):
    """(wall ms, CPU ms, waiting-for-a-CPU ms or None) of one `get(url)`."""
    waited = run_queue_ms()
    started, started_cpu = time.perf_counter(), time.thread_time()
    get(url)
    wall = (time.perf_counter() - started) * 1000
    cpu = (time.thread_time() - started_cpu) * 1000
    after = run_queue_ms()
    return wall, cpu, (after - waited if waited is not None and after is not None else None)


def measure_page(client, url, requests):
    """The figures of one page for one client (anonymous or signed in): a dict with its
    status and, when it answers 200, median wall, CPU and off-CPU times, queries and size."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)
    if response.status_code != 200:
        return {"status": response.status_code}
    for _ in range(3):
        client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    count = len(queries)  # now: the next request clears the log it reads
    walls, cpus, waits, others = [], [], [], []
    for _ in range(requests):
        wall, cpu, waited = time_request(client.get, url)
        walls.append(wall)
        cpus.append(cpu)
        if waited is not None:
            waits.append(waited)
            others.append(max(wall - cpu - waited, 0.0))
    cell = {
        "status": 200,
        "median_ms": round(statistics.median(walls), 1),
        "cpu_ms": round(statistics.median(cpus), 1),
        "queries": count,
        "bytes": len(response.content),
    }
    if waits:
        cell["cpu_wait_ms"] = round(statistics.median(waits), 1)
        cell["other_off_cpu_ms"] = round(statistics.median(others), 1)
    return cell


# Where a render's CPU time goes, without a profiler's overhead: thread-CPU timers around a few
# Django and Wagtail entry points (the outermost call of each counts; they overlap: SQL runs
# inside template rendering, SQLite inside `execute_sql`).
PARTS = [
    ("django.db.models.query", "QuerySet", "_fetch_all", "ORM: querysets evaluated"),
    ("django.db.models.sql.compiler", "SQLCompiler", "execute_sql", "SQL: compile, run, fetch"),
    ("django.db.models.sql.compiler", "SQLCompiler", "as_sql", "SQL: compiling only"),
    ("django.db.backends.utils", "CursorWrapper", "execute", "SQL: in the database driver"),
    ("django.template.base", "Template", "render", "templates (SQL of lazy querysets included)"),
    ("wagtail.models", "Page", "route_for_request", "Wagtail: routing the URL to a page"),
]


def breakdown(client, url, requests):
    """Lines saying how many ms of CPU time per request each part takes, over `requests` warm
    requests; the timers are removed afterwards."""
    import functools
    import importlib

    spent, depth, originals = {}, {}, []

    def timed(function, label):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            if depth[label]:
                return function(*args, **kwargs)
            depth[label] += 1
            started = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] += time.thread_time() - started
                depth[label] -= 1

        return wrapper

    for module, owner, name, label in PARTS:
        try:
            found = getattr(importlib.import_module(module), owner)
        except (ImportError, AttributeError):  # another version: leave it out
            continue
        cls = next((c for c in found.__mro__ if name in c.__dict__), None)
        if cls is None:
            continue
        raw = cls.__dict__[name]
        originals.append((cls, name, raw))
        spent[label], depth[label] = 0.0, 0
        if isinstance(raw, staticmethod | classmethod):
            setattr(cls, name, type(raw)(timed(raw.__func__, label)))
        else:
            setattr(cls, name, timed(raw, label))
    try:
        for _ in range(3):
            client.get(url)
        for label in spent:
            spent[label] = 0.0
        started = time.thread_time()
        for _ in range(requests):
            client.get(url)
        total = (time.thread_time() - started) / requests * 1000
    finally:
        for cls, name, function in originals:
            setattr(cls, name, function)
    lines = [f"{url}: {total:.1f} ms of CPU time per request (mean of {requests})"]
    for label, seconds in spent.items():
        ms = seconds / requests * 1000
        lines.append(f"  {label:45s} {ms:6.1f} ms  {ms / total * 100:3.0f}%")
    return lines


def profile(client, url, requests, title):
    """Where one page's CPU time goes: the timers of `breakdown`, then a cProfile (in CPU time:
    the machine may be busy) of `requests` warm renders, printed with `title`."""
    import cProfile
    import pstats

    print(f"{title}, where the CPU time goes (bench/render_timing.py):")
    print("\n".join(breakdown(client, url, requests)), flush=True)
    for _ in range(3):
        client.get(url)
    profiler = cProfile.Profile(time.thread_time)
    profiler.enable()
    for _ in range(requests):
        client.get(url)
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    print(f"{title} ({url}), {requests} renders")
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(25)
