"""Write benchmark figures into docs/benchmarks.md, one "## " section per benchmark."""

import re

TARGETS = {
    "elasticsearch_p95_ms": 50,
    "database_p95_ms": 150,
    "index_docs_per_s": 2000,
    "engine_index_docs_per_s": 5000,
    "publish_seconds": 2,
    "engine_publish_seconds": 1.5,
}
QUERY_TYPES = ["plain query", "query + 2 filters", "filters only", "autocomplete"]
HEADER = (
    "# Benchmarks\n\nFigures from `make bench`, newest run per section. Each section says the "
    "machine and date it was measured on.\n"
)


def _met(ok):
    return "met" if ok else "**missed**"


def search_section(results):
    m = results["machine"]
    engine = results.get("engine") or {}
    engine_name = (
        f"{engine['product']} {engine['version']}" if engine.get("version") else "the engine"
    )
    load = " / ".join(str(value) for value in results.get("load_average") or ()) or "not recorded"
    lines = [
        "## Search",
        "",
        f"Measured {results['date']} on {m['cpus']} CPUs ({m['cpu_model']}), "
        f"{m['memory_gib']} GiB memory, Python {m['python']}; database backend on "
        f"{results['database']}; Elasticsearch path on the bundled {engine_name} node "
        f"(heap {engine.get('heap', '?')}, one shard, no replica) on the same machine, "
        "through the `elasticsearch` 8 client with `ELASTICSEARCH_COMPAT=opensearch`. "
        "`bench/search_bench.py` generates the documents (about 90% public, facets across "
        "the real taxonomy), then times requests through the whole Django stack with "
        f"`django.test.Client`: up to {results['requests_per_type']} requests per query type "
        "and backend (n, fewer when a slow engine used up the time budget) against the JSON "
        "API (`/api/search/`), `/search/autocomplete/`, and the HTML search page for reference.",
        "",
    ]
    for size in results["sizes"]:
        n = size["documents"]
        lines += [f"### {n:,} documents", ""]
        db_rate = size["database_index_docs_per_s"]
        lines += [
            "| Indexing | documents/s | target ≥ 2,000/s |",
            "| --- | ---: | --- |",
            f"| Database index (bulk, 1,000 per transaction) | {db_rate:,} "
            f"| {_met(db_rate >= TARGETS['index_docs_per_s'])} |",
        ]
        if size.get("engine_index_docs_per_s"):
            rate = size["engine_index_docs_per_s"]
            lines.append(
                f"| {engine_name} (`rebuild()`: streamed from the database index, bulk 1,000; "
                f"target ≥ 5,000/s) | {rate:,} | "
                f"{_met(rate >= TARGETS['engine_index_docs_per_s'])} |"
            )
            client = size.get("engine_index_client_docs_per_cpu_s")
            if client:
                lines.append(
                    f"| our side of that rebuild alone (documents per CPU-second of the Django "
                    f"process: reading, building and sending) | {client:,} | "
                    f"{_met(client >= TARGETS['index_docs_per_s'])} |"
                )
        warm = size.get("engine_warm_up")
        if warm:
            first, last = warm["node_cpu_ms_per_request"]
            lines += [
                "",
                f"The engine was timed after a warm-up of {warm['requests']:,} requests "
                f"({warm['seconds']} s) outside the measured ones, until its CPU per request "
                f"settled ({first} ms in the first 100, {last} ms in the last): a newly "
                "started JVM runs the search code slowly until its JIT has compiled it.",
            ]
        lines += ["", f"| Request | Database p50 / p95 | {engine_name} p50 / p95 |"]
        lines += ["| --- | ---: | ---: |"]
        for label in [*QUERY_TYPES, "search page (HTML)"]:
            db = size["database"][label]
            es = size.get("elasticsearch", {}).get(label)
            es_text = f"{es['p50_ms']} / {es['p95_ms']} ms (n={es['requests']})" if es else "-"
            db_text = f"{db['p50_ms']} / {db['p95_ms']} ms (n={db['requests']})"
            lines.append(f"| {label} | {db_text} | {es_text} |")
        db_pub = size["database"]["publish to searchable"]["seconds"]
        es_pub = size.get("elasticsearch", {}).get("publish to searchable", {}).get("seconds")
        lines.append(f"| publish to searchable | {db_pub} s | {es_pub} s |")
        db_worst = max(size["database"][q]["p95_ms"] for q in QUERY_TYPES)
        lines += [
            "",
            f"Targets: database p95 ≤ 150 ms: {_met(db_worst <= TARGETS['database_p95_ms'])} "
            f"(worst p95 {db_worst} ms)",
        ]
        if "elasticsearch" in size:
            es_worst = max(size["elasticsearch"][q]["p95_ms"] for q in QUERY_TYPES)
            note = "" if n >= 100_000 else " (the target is set at 100,000 documents)"
            lines[-1] += (
                f"; {engine_name} p95 ≤ 50 ms: "
                f"{_met(es_worst <= TARGETS['elasticsearch_p95_ms'])} (worst p95 {es_worst} ms)"
                f"{note}"
            )
        lines[-1] += (
            f"; publish to searchable ≤ 2 s on the database: "
            f"{_met(db_pub <= TARGETS['publish_seconds'])}"
        )
        if es_pub is not None:
            lines[-1] += (
                f", ≤ 1.5 s on {engine_name}: {_met(es_pub <= TARGETS['engine_publish_seconds'])}"
            )
        lines[-1] += f". Whole size took {size.get('seconds', '?')} s."
        lines.append("")
    lines += [
        "### Reading these figures",
        "",
        f"- The engine column is a real {engine_name} node (Lucene, BM25, the English "
        "analyser) embedded in a small Java main (platform/search-engine), on the same 2 "
        "cores as the Django process, the database and the benchmark itself: every request "
        "pays for both sides. A cluster on its own machines answers faster.",
        "- The database backend counts facets and totals from bitmaps each process keeps in "
        "memory, finds matches with id-only full-text scans kept per index snapshot, and scores "
        'only the tier of documents that can reach the page (docs/search.md, "Database '
        'backend: how it stays fast"). `make bench-search BENCH_DATABASE_URL=postgres://…` runs '
        "the same on PostgreSQL.",
        "- Publish to searchable includes Wagtail's whole publish; the engine adds its "
        "refresh interval (writes become searchable within 1 s).",
        "- The workload repeats 20 distinct queries, so the engine's shard request cache "
        "answers some repeats; the p95 falls on the uncached ones. Where an uncached engine "
        'search spends its time is in docs/search.md ("Engine backend: how it stays fast").',
        f"- Load average (1 minute, 2 cores) when the run started and ended: {load}. Anything "
        "else running on the machine shows in these figures.",
        "",
    ]
    return "\n".join(lines).rstrip() + "\n"


def write_search_section(path, results, notes=""):
    """Replace the "## Search" section (up to the next "## ") or add it; keep the others."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    section = search_section(results)
    if notes:
        section += "\n" + notes.strip() + "\n"
    pattern = re.compile(r"^## Search\n.*?(?=^## (?!#)|\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1)
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text.rstrip() + "\n", encoding="utf-8")
