"""Search benchmark: `make bench` (or `python bench/search_bench.py --sizes 10000`).

Generates synthetic KnowledgeDocuments with NHS-like text and facets across the real taxonomy,
loads them into the database index (bulk docs/s) and into the bundled OpenSearch node (docs/s
through a real `rebuild()`; the node started by platform/scripts/start-search-engine.sh with
its full JIT and the heap SEARCH_ENGINE_HEAP, default 512m), then measures through the whole
Django stack (django.test.Client: middleware, view, service, backend, JSON or HTML rendering)
the p50/p95 of a plain query, a query with two filters, filters only and autocomplete, for both
backends; and "publish to searchable"
(a case study published through Wagtail, then /search/ polled until it is found).

It runs against its own SQLite file under var/bench/ (DATABASE_URL is set by `make bench`), never
the development database, and writes var/bench/search-results.json and the "## Search" section
of docs/benchmarks.md. On PostgreSQL (`make bench-search BENCH_DATABASE_URL=postgres://…/nhs_bench`,
a database whose name holds "bench", dropped and created afresh) it writes
var/bench/search-results-postgresql.json and leaves docs/benchmarks.md alone.
"""

import argparse
import gc
import json
import os
import platform
import random
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

# -- vocabulary ----------------------------------------------------------------------------

PLACES = [
    "Sutton", "Wirral", "Morecambe Bay", "Dudley", "Salford",
    "Tower Hamlets", "Gateshead", "Stockport", "Wakefield", "Northumberland",
    "Erewash", "Isle of Wight", "Fylde Coast", "South Somerset", "Airedale",
    "Harrogate", "Dorset", "Hampshire", "Nottingham", "Sunderland",
    "Calderdale", "Solihull", "Torbay", "Whitstable",
]  # fmt: skip
INTERVENTIONS = [
    "enhanced health in care homes",
    "a multidisciplinary team for frailty",
    "integrated discharge",
    "a single point of access",
    "care navigators",
    "virtual wards",
    "community paramedics",
    "social prescribing",
    "a red bag hospital transfer pathway",
    "extended GP access",
    "an urgent treatment centre",
    "population health management",
    "shared care records",
    "telehealth monitoring",
    "a falls response service",
    "clinical pharmacists in general practice",
    "a frailty assessment unit",
    "health coaching",
    "an acute care collaboration",
    "integrated community teams",
    "rapid response nursing",
    "a mental health liaison service",
    "workforce redesign",
    "patient activation",
]
OUTCOMES = [
    "fewer emergency admissions",
    "shorter length of stay",
    "fewer A&E attendances",
    "fewer delayed transfers of care",
    "better patient experience",
    "lower ambulance conveyance",
    "improved staff retention",
    "fewer falls",
    "more people dying in their preferred place",
    "reduced outpatient follow-ups",
    "lower prescribing costs",
    "faster diagnosis",
]
POPULATIONS = [
    "care home residents",
    "older people living with frailty",
    "people with long-term conditions",
    "people with COPD",
    "people with diabetes",
    "children and young people",
    "people at the end of life",
    "frequent attenders at the emergency department",
    "people with dementia",
    "people with complex needs",
]
FILLER = [
    "The team worked with local partners to agree one way of working.",
    "Staff from the hospital, community services and general practice met weekly.",
    "Data from the shared record helped them find the people most at risk.",
    "Training and new roles supported the change.",
    "Commissioners agreed a contract that rewarded outcomes rather than activity.",
    "Patients and carers helped design the service and test the leaflets.",
    "The board reviewed progress each quarter against a small set of measures.",
    "Some things did not work at first: the referral form was too long.",
    "The phone line was busy at lunchtime, so a second nurse joined the rota.",
]
TAGS = [
    "falls", "frailty", "dementia", "diabetes", "copd", "end of life", "discharge", "digital",
    "telehealth", "pharmacy", "workforce", "volunteers", "carers", "mental health", "children",
    "maternity", "ambulance", "primary care", "housing", "evaluation", "co-production",
    "self-care", "prevention", "nursing", "therapy", "social care", "commissioning", "estates",
    "transport", "outpatients",
]  # fmt: skip
EVIDENCE = ["reported", "monitored", "before_after", "controlled", "independent"]
PLAIN_QUERIES = [
    "care home", "frailty", "A&E", "GP access", "discharge", "virtual wards",
    "workforce redesign", "MDT", "falls response", "social prescribing", "length of stay",
    "community paramedics", "EHCH", "telehealth monitoring", "\"shared care records\"",
    "dementia", "end of life", "health coaching", "pharmacists general practice", "ambulance",
]  # fmt: skip
# The engine's warm-up (warm_engine): other words, other prefixes and another pair of filters
# than the measured workload's, so no measured request is answered from the engine's request
# cache because of it.
WARM_QUERIES = [
    "hospital discharge planning", "care coordination", "mental health", "urgent care",
    "patient transport", "digital records", "community nursing", "respiratory", "diabetes",
    "carers support", "primary care networks", "home care", "rehabilitation", "self care",
    "population health", "out of hours", "care navigators", "integrated care", "readmissions",
    "hospital avoidance", "step down beds", "bed days", "staff wellbeing", "recruitment",
    "nurse practitioners", "clinical pharmacists", "stroke", "outpatients", "volunteers",
    "housing",
    # Words of the generated documents too (most of those above match none of them): the JIT
    # compiles what broad matches, phrases and facet counting run only when searches match.
    "emergency admissions", "patient experience", "older people", "long-term conditions",
    "COPD", "urgent treatment centre", "rapid response nursing", "staff retention",
    "prescribing costs", "faster diagnosis", "acute care collaboration",
    "integrated community teams", "single point of access", "patient activation",
    "delayed transfers of care", "mental health liaison",
]  # fmt: skip
WARM_PREFIXES = ["hos", "men", "pat", "dia", "nur", "reh", "pop", "car n", "str", "hou"]
PREFIXES = [
    "car", "fra", "disch", "integrated ca", "virt", "soc", "comm", "falls re", "tele", "wor",
    "red b", "health co", "ment", "acute", "shared",
]  # fmt: skip


def generate_documents(count, taxonomy, seed=42):
    from search.documents import KnowledgeDocument

    rng = random.Random(seed)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    span = (datetime(2025, 12, 31, tzinfo=UTC) - start).total_seconds()
    care_models = [c.slug for c in taxonomy.care_models]
    support_areas = [s.slug for s in taxonomy.support_areas]
    vanguards = taxonomy.vanguards
    documents = []
    for n in range(count):
        kind = rng.choices(["case_study", "learning_guide", "topic"], [60, 25, 15])[0]
        community = rng.randint(1, 20) if kind == "topic" or rng.random() < 0.04 else 0
        vanguard = rng.choice(vanguards)
        intervention = rng.choice(INTERVENTIONS)
        population = rng.choice(POPULATIONS)
        title = f"{rng.choice(PLACES)}: {intervention} for {population}"
        sentences = [
            f"{rng.choice(PLACES)} introduced {intervention} for {population}.",
            *rng.sample(FILLER, 4),
            f"After a year they reported {rng.choice(OUTCOMES)} and {rng.choice(OUTCOMES)}.",
            f"They also tried {rng.choice(INTERVENTIONS)} with {rng.choice(POPULATIONS)}.",
        ]
        published = start + timedelta(seconds=rng.random() * span)
        documents.append(
            KnowledgeDocument(
                doc_id=f"bench:{n}",
                type=kind,
                title=title[0].upper() + title[1:],
                url=f"/bench/{n}/",
                published_at=published,
                updated_at=published,
                summary=f"How {intervention} led to {rng.choice(OUTCOMES)}.",
                body=" ".join(sentences),
                care_models=[vanguard.care_model.slug]
                + ([rng.choice(care_models)] if rng.random() < 0.2 else []),
                support_areas=rng.sample(support_areas, rng.randint(1, 3)),
                vanguards=[vanguard.slug],
                regions=[vanguard.region.slug] if vanguard.region_id else [],
                tags=rng.sample(TAGS, rng.randint(0, 4)),
                evidence_level=rng.choice(EVIDENCE) if kind == "case_study" else "",
                community=str(community) if community else "",
                visibility=f"community:{community}" if community else "public",
            )
        )
    return documents


# -- measuring -----------------------------------------------------------------------------


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


class EngineMeter:
    """What the engine spent on the requests made while it is on: the `took` its answers report
    (summed per Django request) and, with the node's pid, the node's CPU time from /proc. On a
    shared machine wall-clock figures mostly measure the neighbours; these do not."""

    def __init__(self, node_pid=None):
        import elastic_transport

        self.node_pid = node_pid
        self.took = 0
        # The transport is patched once per process; each size's meter takes over the count.
        EngineMeter.current = self
        transport = elastic_transport.Transport
        if not hasattr(transport, "_bench_perform_request"):
            transport._bench_perform_request = transport.perform_request

            def perform_request(self, *args, **kwargs):
                response = transport._bench_perform_request(self, *args, **kwargs)
                if isinstance(response.body, dict):
                    EngineMeter.current.took += response.body.get("took") or 0
                return response

            transport.perform_request = perform_request

    def node_cpu_ms(self):
        if not self.node_pid:
            return 0.0
        try:
            with open(f"/proc/{self.node_pid}/stat", encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def timed_requests(client, paths, expect_backend=None, budget=None, meter=None):
    """{"p50_ms", "p95_ms", "requests", "cpu_p50_ms", "cpu_p95_ms"} of GETs (wall and this
    process's CPU time), stopping early after `budget` seconds (at least 10 requests); each
    answer is checked to be a 200 from the expected backend. With an EngineMeter, also the
    engine's `took` p50/p95 and the node's mean CPU time per request."""
    times, cpus, tooks = [], [], []
    node_cpu = meter.node_cpu_ms() if meter else 0.0
    started_all = time.perf_counter()
    for path, params in paths:
        if budget and len(times) >= 10 and time.perf_counter() - started_all > budget:
            break
        if meter:
            meter.took = 0
        started, cpu = time.perf_counter(), time.process_time()
        response = client.get(path, params)
        times.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
        if meter:
            tooks.append(meter.took)
        assert response.status_code == 200, (path, params, response.status_code)
        if expect_backend and path.startswith("/api/"):
            assert response.json()["backend"] == expect_backend, response.json()["notice"]
    figures = {
        "p50_ms": round(percentile(times, 0.5), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
        "requests": len(times),
        "cpu_p50_ms": round(percentile(cpus, 0.5), 1),
        "cpu_p95_ms": round(percentile(cpus, 0.95), 1),
    }
    if meter:
        figures["took_p50_ms"] = percentile(tooks, 0.5)
        figures["took_p95_ms"] = percentile(tooks, 0.95)
        if meter.node_pid:
            figures["node_cpu_ms_per_request"] = round(
                (meter.node_cpu_ms() - node_cpu) / len(times), 1
            )
    return figures


def workload(rng, taxonomy, count):
    care_models = [c.slug for c in taxonomy.care_models]
    support_areas = [s.slug for s in taxonomy.support_areas]
    regions = [r.slug for r in taxonomy.regions]
    return {
        "plain query": [("/api/search/", {"q": rng.choice(PLAIN_QUERIES)}) for _ in range(count)],
        "query + 2 filters": [
            (
                "/api/search/",
                {
                    "q": rng.choice(PLAIN_QUERIES),
                    "care_model": rng.choice(care_models),
                    "region": rng.choice(regions),
                },
            )
            for _ in range(count)
        ],
        "filters only": [
            (
                "/api/search/",
                {"care_model": rng.choice(care_models), "support_area": rng.choice(support_areas)},
            )
            for _ in range(count)
        ],
        "autocomplete": [
            ("/search/autocomplete/", {"q": rng.choice(PREFIXES)}) for _ in range(count)
        ],
        "search page (HTML)": [
            ("/search/", {"q": rng.choice(PLAIN_QUERIES)}) for _ in range(max(20, count // 4))
        ],
    }


def warm_engine(client, taxonomy, meter, log, rounds=(12, 25), per_round=100, rng_seed=11):
    """Bring the engine's JVM to the state a node that has served for a while is in, before
    anything is timed: the node is started with the bench, and its search code is compiled by
    the JIT (and runs its slowest) during its first thousand or so searches. Rounds of
    `per_round` requests outside the measured workload (WARM_QUERIES, WARM_PREFIXES, region and
    type filters: nothing the workload asks, so nothing it asks is cached by this) run until
    the node's CPU per request falls by less than a tenth from one round to the next (at least
    rounds[0] rounds, at most rounds[1]). Returns {"requests", "seconds",
    "node_cpu_ms_per_request": [first round, last round]}."""
    rng = random.Random(rng_seed)
    regions = [r.slug for r in taxonomy.regions]
    types = ["case_study", "learning_guide", "topic"]
    assert not set(WARM_QUERIES) & set(PLAIN_QUERIES)
    assert not set(WARM_PREFIXES) & set(PREFIXES)
    started = time.perf_counter()
    costs, requests = [], 0
    for number in range(rounds[1]):
        node_cpu = meter.node_cpu_ms()
        for _ in range(per_round):
            kind = rng.random()
            if kind < 0.5:
                params = {"q": rng.choice(WARM_QUERIES)}
            elif kind < 0.75:
                params = {"q": rng.choice(WARM_QUERIES), "region": rng.choice(regions)}
            elif kind < 0.9:
                params = {"region": rng.choice(regions), "type": rng.choice(types)}
            else:
                client.get("/search/autocomplete/", {"q": rng.choice(WARM_PREFIXES)})
                continue
            assert client.get("/api/search/", params).status_code == 200
        requests += per_round
        costs.append((meter.node_cpu_ms() - node_cpu) / per_round)
        settled = len(costs) >= 2 and costs[-1] > 0.9 * costs[-2]
        if number + 1 >= rounds[0] and settled:
            break
    seconds = round(time.perf_counter() - started, 1)
    log(
        f"engine warm-up: {requests} requests in {seconds}s; node CPU per request "
        f"{costs[0]:.1f} ms in the first round, {costs[-1]:.1f} ms in the last"
    )
    return {
        "requests": requests,
        "seconds": seconds,
        "node_cpu_ms_per_request": [round(costs[0], 1), round(costs[-1], 1)],
    }


def publish_to_searchable(index_page, timeout=10.0):
    """Seconds from starting a Wagtail publish to /search/ finding the page."""
    from django.test import Client

    from tests.casestudies.factories import make_case_study

    client = Client()
    word = "zq" + uuid.uuid4().hex[:10]
    started = time.perf_counter()
    make_case_study(index_page, title=f"Benchmark publish {word}", summary=f"Find {word}.")
    while time.perf_counter() - started < timeout:
        response = client.get("/api/search/", {"q": word})
        if response.json()["total"]:
            return round(time.perf_counter() - started, 3), response.json()["backend"]
        time.sleep(0.01)
    return None, ""


# -- the run -------------------------------------------------------------------------------

RESULTS_SUFFIX = {"sqlite": "", "postgresql": "-postgresql"}


def fresh_postgresql_database(connection):
    """Drop and create the PostgreSQL database DATABASE_URL names (it holds "bench", checked
    before): each run starts from an empty one, as make bench's SQLite file does."""
    name = connection.settings_dict["NAME"]
    assert "bench" in name, name
    connection.close()
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')


def machine():
    model = ""
    with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as meminfo:
        kb = int(meminfo.readline().split()[1])
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "memory_gib": round(kb / 1024 / 1024, 1),
        "python": platform.python_version(),
    }


def run_size(size, taxonomy, engine_url, index_page, requests, log, budget=None, engine_pid=None):
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    from search import indexing
    from search.backends.database import database_backend

    result = {"documents": size}
    log(f"\n== {size:,} documents ==")
    started = time.perf_counter()
    documents = generate_documents(size, taxonomy)
    log(f"generated in {time.perf_counter() - started:.1f}s")

    settings.ELASTICSEARCH_URL = ""
    database = database_backend()
    database.clear()
    started = time.perf_counter()
    for offset in range(0, size, 1000):
        database.index(documents[offset : offset + 1000])
    seconds = time.perf_counter() - started
    if connection.vendor == "postgresql":
        # What autovacuum does soon after a bulk load in production: without statistics and a
        # visibility map the planner's choices take seconds instead of milliseconds.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    result["database_index_docs_per_s"] = round(size / seconds)
    log(f"database index: {size / seconds:,.0f} docs/s ({seconds:.1f}s)")
    del documents

    result["engine_index_docs_per_s"] = None
    if engine_url:
        settings.ELASTICSEARCH_URL = engine_url
        settings.ELASTICSEARCH_COMPAT = "opensearch"
        # Measure the engine, however slow, rather than the database fallback after 2 s.
        settings.ELASTICSEARCH_TIMEOUT = 60
        settings.SEARCH_INDEX_PREFIX = f"bench{size}-"
        started, cpu = time.perf_counter(), time.process_time()
        summary = indexing.rebuild_engine()
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        assert summary["documents"] == size, summary
        result["engine_index_docs_per_s"] = round(summary["documents"] / seconds)
        # Our side of the load (reading the database index, building and sending the bulk
        # requests): what the rate would approach with an engine that keeps up.
        result["engine_index_client_docs_per_cpu_s"] = round(summary["documents"] / cpu)
        log(
            f"engine rebuild: {summary['documents'] / seconds:,.0f} docs/s ({seconds:.1f}s); "
            f"our process: {summary['documents'] / cpu:,.0f} docs per CPU-second"
        )

    client = Client()
    backends = [("database", "")] + ([("elasticsearch", engine_url)] if engine_url else [])
    for name, url in backends:
        settings.ELASTICSEARCH_URL = url
        cache.clear()
        rng = random.Random(7)
        work = workload(rng, taxonomy, requests)
        meter = EngineMeter(engine_pid) if url else None
        if meter and meter.node_pid:
            result["engine_warm_up"] = warm_engine(client, taxonomy, meter, log)
        # Warm up: connections, caches (taxonomy, tags, vocabulary), SQLite page cache.
        for path, params in [p for paths in work.values() for p in paths[:5]]:
            client.get(path, params)
        # What a gunicorn worker has (platform/gunicorn.conf.py): the preloaded application
        # out of the collector's reach, so a full collection is not a 100 ms pause.
        gc.freeze()
        figures = {}
        for label, paths in work.items():
            found = timed_requests(client, paths, name, budget, meter)
            figures[label] = found
            engine = ""
            if meter:
                engine = f"; engine took p50 {found['took_p50_ms']} p95 {found['took_p95_ms']} ms"
                if "node_cpu_ms_per_request" in found:
                    engine += f", node CPU {found['node_cpu_ms_per_request']} ms/request"
            log(
                f"{name:>13} {label:<20} p50 {found['p50_ms']:7.1f} ms   "
                f"p95 {found['p95_ms']:7.1f} ms   ({found['requests']} requests; "
                f"our CPU p50 {found['cpu_p50_ms']} p95 {found['cpu_p95_ms']} ms{engine})"
            )
        seconds, backend = publish_to_searchable(index_page)
        assert backend in ("", name), backend
        figures["publish to searchable"] = {"seconds": seconds}
        log(f"{name:>13} publish to searchable {seconds} s")
        result[name] = figures
    settings.ELASTICSEARCH_URL = ""
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--requests", type=int, default=60, help="per query type and backend")
    parser.add_argument(
        "--budget", type=float, default=20.0, help="seconds per query type and backend, at most"
    )
    parser.add_argument("--no-engine", action="store_true", help="database backend only")
    parser.add_argument(
        "--write-docs",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="update docs/benchmarks.md (default: on SQLite, the published figures' database)",
    )
    parser.add_argument("--results", default="")
    args = parser.parse_args(argv)

    database_url = os.environ.get("DATABASE_URL", "")
    if "bench" not in database_url:
        sys.exit(
            "Set DATABASE_URL to a database under var/bench/ (make bench does), or to a "
            "PostgreSQL database whose name holds 'bench' (make bench BENCH_DATABASE_URL=...)."
        )

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "postgresql":
        fresh_postgresql_database(connection)

    from home import site_tree
    from taxonomy.snapshot import get_taxonomy
    from tests.conftest import QuietCommand

    def log(line):
        print(line, flush=True)

    log(f"Database: {connection.vendor} ({database_url})")
    call_command("migrate", verbosity=0)
    site_tree.load(QuietCommand())
    from taggit.models import Tag

    from casestudies.models import CaseStudyIndexPage

    for name in TAGS:
        Tag.objects.get_or_create(name=name, defaults={"slug": name.replace(" ", "-")})
    taxonomy = get_taxonomy()
    index_page = CaseStudyIndexPage.objects.get()

    server = None
    engine_url = ""
    engine_pid = None
    engine = {}
    if not args.no_engine:
        from tests.search_engine import SearchEngineNode

        # Full JIT (the tests' quick-start option off): the figures are the engine's own.
        os.environ["SEARCH_ENGINE_JAVA_OPTS"] = os.environ.get("SEARCH_ENGINE_JAVA_OPTS", "")
        heap = os.environ.setdefault("SEARCH_ENGINE_HEAP", "512m")
        server = SearchEngineNode(ROOT / "var" / "bench" / "search-engine").start()
        engine_url = server.url
        engine_pid = int((server.home / "pid").read_text())
        engine = {"product": "OpenSearch", "version": server.version, "heap": heap}
        log(f"Engine: OpenSearch {server.version} (heap {heap}) at {engine_url}")

    results = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "database": connection.vendor,
        "engine": engine,
        "requests_per_type": args.requests,
        "sizes": [],
        "load_average": [round(os.getloadavg()[0], 2)],
    }
    try:
        for size in [int(s) for s in args.sizes.split(",") if s]:
            started = time.perf_counter()
            results["sizes"].append(
                run_size(
                    size,
                    taxonomy,
                    engine_url,
                    index_page,
                    args.requests,
                    log,
                    args.budget,
                    engine_pid,
                )
            )
            results["sizes"][-1]["seconds"] = round(time.perf_counter() - started, 1)
    finally:
        if server:
            server.close()

    suffix = RESULTS_SUFFIX[connection.vendor]
    results["load_average"].append(round(os.getloadavg()[0], 2))
    out = ROOT / (args.results or f"var/bench/search-results{suffix}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    log(f"\nWrote {out.relative_to(ROOT)}")
    if args.write_docs or (args.write_docs is None and connection.vendor == "sqlite"):
        from bench.report import write_search_section

        write_search_section(ROOT / "docs" / "benchmarks.md", results)
        log("Updated the Search section of docs/benchmarks.md")


if __name__ == "__main__":
    main()
