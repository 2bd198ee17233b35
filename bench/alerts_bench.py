"""Alerts benchmark: `make bench-alerts` (part of `make bench`).

How long matching and rendering take for 10,000 alerts: 10,000 synthetic documents in the
database index (bench/search_bench.py's generator), a few hundred of them published or updated
in the last day, and 10,000 alerts on the whole search and the two listings (words only, words
with a filter, filters only), half for accounts and half for e-mail addresses. Times, for every
alert in batches as the task queue runs them: matching (candidates, filters, one text query per
distinct set of words, visibility), rendering the e-mails, and a whole run (claim, record, send
to Django's in-memory mail backend), then that a second run sends nothing.

Runs on its own SQLite file under var/bench/ (DATABASE_URL is set by the Makefile); writes the
"## Alerts" section of docs/benchmarks.md.
"""

import argparse
import os
import random
import re
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--new", type=int, default=300, help="documents new in the window")
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--write-docs", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)
    if "bench" not in os.environ.get("DATABASE_URL", ""):
        sys.exit("Set DATABASE_URL to a database under var/bench/ (make bench does).")

    import django

    django.setup()
    from django.core import mail
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone
    from taggit.models import Tag

    from accounts.models import User
    from alerts.models import Alert, Frequency
    from alerts.sending import prepare_batch, render, send_batch
    from bench.search_bench import PLAIN_QUERIES, TAGS, generate_documents, machine
    from home import site_tree
    from search import engines
    from taxonomy.snapshot import get_taxonomy
    from tests.conftest import QuietCommand

    def log(line):
        print(line, flush=True)

    call_command("migrate", verbosity=0)
    site_tree.load(QuietCommand())
    for name in TAGS:
        Tag.objects.get_or_create(name=name, defaults={"slug": name.replace(" ", "-")})
    taxonomy = get_taxonomy()
    rng = random.Random(7)

    now = timezone.now()
    window_start = now - timedelta(days=1)
    documents = generate_documents(args.documents, taxonomy)
    for document in rng.sample(documents, args.new):
        document.updated_at = now - timedelta(seconds=rng.random() * 86000)
        if rng.random() < 0.7:
            document.published_at = document.updated_at
    backend = engines.database()
    backend.clear()
    started = time.perf_counter()
    for start in range(0, len(documents), 1000):
        backend.index(documents[start : start + 1000])
    log(f"Indexed {len(documents):,} documents in {time.perf_counter() - started:.1f} s")

    Alert.objects.all().delete()
    User.objects.filter(email__endswith="@bench.nhs.uk").delete()
    users = User.objects.bulk_create(
        User(email=f"reader{n}@bench.nhs.uk", display_name=f"Reader {n}")
        for n in range(args.alerts // 10)
    )
    care_models = [c.slug for c in taxonomy.care_models]
    support_areas = [s.slug for s in taxonomy.support_areas]
    alerts = []
    for n in range(args.alerts):
        scope = rng.choices(["search", "case_study", "learning_guide"], [50, 35, 15])[0]
        shape = rng.random()
        params = []
        if shape < 0.7:
            params.append(("q", rng.choice(PLAIN_QUERIES)))
        if shape >= 0.4:
            name, values = rng.choice(
                [("care_model", care_models), ("support_area", support_areas), ("tag", TAGS)]
            )
            params.append((name, rng.choice(values)))
        from django.http import QueryDict

        query = QueryDict(mutable=True)
        for key, value in params:
            query.appendlist(key, value)
        user = users[n % len(users)] if n % 2 == 0 else None
        alerts.append(
            Alert(
                user=user,
                email="" if user else f"someone{n}@example.org",
                name=f"Alert {n}",
                scope=scope,
                query_string=query.urlencode(),
                frequency=Frequency.DAILY,
                confirmed_at=window_start,
                checked_until=window_start,
            )
        )
    Alert.objects.bulk_create(alerts, batch_size=1000)
    ids = list(Alert.objects.order_by("pk").values_list("pk", flat=True))
    batches = [ids[i : i + args.batch] for i in range(0, len(ids), args.batch)]
    end = now + timedelta(seconds=1)

    # Matching alone, every batch, as the tasks do it.
    started = time.perf_counter()
    prepared = [job for batch in batches for job in prepare_batch(batch, end)]
    matching = time.perf_counter() - started
    with_items = [job for job in prepared if job.items]
    items = sum(len(job.items) for job in with_items)

    # Rendering alone: the e-mail of every alert that has something to send.
    connection_ = mail.get_connection("django.core.mail.backends.locmem.EmailBackend")
    started = time.perf_counter()
    for job in with_items:
        render(job.alert, job.window_start, job.items, connection=connection_, search=job.search)
    rendering = time.perf_counter() - started

    # A whole run: matching, claiming, recording, rendering and sending (to memory).
    mail.outbox = []
    started = time.perf_counter()
    sent = 0
    for batch in batches:
        sent += send_batch(batch, end, connection=connection_).sent
    whole = time.perf_counter() - started
    started = time.perf_counter()
    again = sum(send_batch(batch, end, connection=connection_).sent for batch in batches)
    repeat = time.perf_counter() - started

    results = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "database": connection.vendor,
        "alerts": len(ids),
        "documents": len(documents),
        "new": args.new,
        "batch": args.batch,
        "with_items": len(with_items),
        "items": items,
        "matching": matching,
        "rendering": rendering,
        "whole": whole,
        "sent": sent,
        "again": again,
        "repeat": repeat,
    }
    for key in ("matching", "rendering", "whole", "repeat"):
        log(f"{key}: {results[key]:.2f} s")
    log(f"{len(with_items):,} alerts had something new ({items:,} items); sent {sent:,}")
    if args.write_docs:
        write_section(ROOT / "docs" / "benchmarks.md", section(results))
        log("Updated the Alerts section of docs/benchmarks.md")


def section(r):
    m = r["machine"]
    per_alert = r["matching"] / r["alerts"] * 1000
    per_email = r["rendering"] / max(r["with_items"], 1) * 1000
    return "\n".join(
        [
            "## Alerts",
            "",
            f"Measured {r['date']} on {m['cpus']} CPUs ({m['cpu_model']}), {m['memory_gib']} GiB "
            f"memory, Python {m['python']}, {r['database']}. `bench/alerts_bench.py`: "
            f"{r['alerts']:,} daily alerts (half for accounts, half for e-mail addresses; words, "
            f"words and a filter, or filters only, on the search and the two listings) against "
            f"{r['documents']:,} documents of which {r['new']:,} were published or updated in "
            f"the window, in batches of {r['batch']} as the task worker runs them.",
            "",
            "| Step, for every alert | Time | Per unit |",
            "| --- | ---: | ---: |",
            f"| Matching (candidates, filters, words, visibility) | {r['matching']:.2f} s "
            f"| {per_alert:.1f} ms per alert |",
            f"| Rendering the {r['with_items']:,} e-mails with something new "
            f"({r['items']:,} items) | {r['rendering']:.2f} s | {per_email:.2f} ms per e-mail |",
            f"| Whole run: match, claim, record, render, send to memory ({r['sent']:,} sent) "
            f"| {r['whole']:.2f} s | |",
            f"| The same window again ({r['again']} sent) | {r['repeat']:.2f} s | |",
            "",
            "- Matching loads the window's documents once per batch and runs one full-text query "
            "per distinct set of words over just those documents, so its cost grows with the "
            "number of alerts and of new documents, not with the size of the index.",
            "- Sending to a real mail server adds its own time per e-mail; the worker sends a "
            "batch over one connection. Most of the whole run beyond matching and rendering is "
            "building the MIME messages and SQLite's commits of the claims.",
            "- The machine is shared with other work while the benchmark runs (load average "
            "around 10 on 2 CPUs when these were measured): figures vary a lot between runs.",
            "",
        ]
    )


def write_section(path, section_text):
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(r"^## Alerts\n.*?(?=^## (?!#)|\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section_text + "\n", text, count=1)
    else:
        text = text.rstrip() + "\n\n" + section_text
    path.write_text(text.rstrip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
