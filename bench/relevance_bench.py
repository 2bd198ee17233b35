"""Search relevance benchmark: the judged query set (tests/search_judged/queries.py) against the
demo content, on the database backend this run's DATABASE_URL names (SQLite or PostgreSQL) and
on the bundled search engine. Reports top-3 accuracy, mean reciprocal rank and the zero-result
rate per backend, and writes the "## Search relevance" section of docs/benchmarks.md.

`make bench` runs it on its own SQLite file under var/bench/ (and once more on PostgreSQL when
RELEVANCE_DATABASE_URL names one). Each backend's figures are kept in
var/bench/relevance-<backend>.json, so the section lists every backend measured.
"""

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

TARGETS = {"engine": 0.95, "database": 0.90}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-engine", action="store_true", help="database backend only")
    args = parser.parse_args(argv)

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.http import QueryDict

    from search import engines, indexing, service
    from tests.search_judged.queries import JUDGED_QUERIES, evaluate

    out = ROOT / "var" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    settings.ELASTICSEARCH_URL = ""
    settings.DEMO_CREDENTIALS_FILE = out / "demo-credentials.txt"
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115

    def titles(query):
        querydict = QueryDict(mutable=True)
        querydict["q"] = query
        request = service.read_request(querydict)
        results = service.run(request, ("public",), facets=False, picks=False)
        return [hit.title for hit in results.hits]

    def measure(name, kind):
        started = time.perf_counter()
        summary = evaluate(titles)
        summary["seconds"] = round(time.perf_counter() - started, 2)
        summary["backend"] = name
        summary["kind"] = kind
        summary["failures"] = [
            {"query": q, "kind": k, "wanted": w, "top3": t} for q, k, w, t in summary["failures"]
        ]
        (out / f"relevance-{name}.json").write_text(json.dumps(summary, indent=2))
        print(
            f"{name}: top-3 {summary['top3']:.1%}, MRR {summary['mrr']:.3f}, "
            f"zero results {summary['zero_results']:.1%} ({summary['queries']} queries)"
        )
        return summary

    vendor = "PostgreSQL" if connection.vendor == "postgresql" else "SQLite"
    measure(f"database ({vendor})", "database")

    if not args.no_engine:
        from tests.search_engine import EngineUnavailable, SearchEngineNode

        node = SearchEngineNode(ROOT / "var" / "bench" / "relevance-engine")
        try:
            node.start()
        except EngineUnavailable as error:
            print(f"Engine not measured: {error}")
        else:
            try:
                settings.ELASTICSEARCH_URL = node.url
                settings.ELASTICSEARCH_COMPAT = "opensearch"
                settings.SEARCH_INDEX_PREFIX = "relevance-bench-"
                engines._elasticsearch.cache_clear()
                engine = engines.elasticsearch()
                indexing.rebuild_engine()
                engine.refresh()
                measure(f"engine (OpenSearch {node.version})", "engine")
                engine.clear()
            finally:
                node.close()
    write_section(ROOT / "docs" / "benchmarks.md", out, len(JUDGED_QUERIES))


def write_section(path, out, count):
    rows = []
    failures = []
    for file in sorted(out.glob("relevance-*.json")):
        data = json.loads(file.read_text())
        target = TARGETS[data["kind"]]
        met = "met" if data["top3"] >= target and data["zero_results"] == 0 else "NOT met"
        rows.append(
            f"| {data['backend']} | {data['top3']:.1%} | {data['mrr']:.3f} | "
            f"{data['zero_results']:.1%} | ≥ {target:.0%} top-3, no zero results: {met} |"
        )
        for failure in data["failures"]:
            failures.append(
                f"- {data['backend']}: “{failure['query']}” ({failure['kind']}) wanted "
                + "; ".join(failure["wanted"])
                + " — got "
                + "; ".join(failure["top3"] or ["nothing"])
            )
    lines = [
        "## Search relevance",
        "",
        f"The judged query set (`tests/search_judged/queries.py`, {count} realistic searches:"
        " typos, questions, abbreviations, outcomes, places and vanguard names) against the demo"
        " content, by `bench/relevance_bench.py`. A query passes when every document it lists is"
        " in the first three results; MRR is the mean reciprocal rank of the first listed one.",
        "",
        "| Backend | Top-3 | MRR | Zero results | Target |",
        "|---|---|---|---|---|",
        *rows,
        "",
        "Queries that missed:" if failures else "No query missed.",
        "",
        *failures,
        "",
    ]
    section = "\n".join(lines).rstrip() + "\n"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(r"^## Search relevance\n.*?(?=^## (?!#)|\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1)
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text.rstrip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
