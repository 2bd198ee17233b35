"""`manage.py search_index rebuild|sync|status`: keep the knowledge indexes in order.

rebuild  Rebuild the database index from the content (the source of truth for Elasticsearch),
         then, when Elasticsearch is configured, load a new Elasticsearch index from it and
         swap the alias. `--database-only` / `--elasticsearch-only` do one half.
sync     Send pending changes to Elasticsearch (rebuilds it when its index is missing, as after
         a restart of an in-memory engine). Exits non-zero when changes are still waiting.
status   Which engine answers, the alias target, documents per type in each index, pending
         changes and the age of the oldest one.
"""

import json
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from search import engines, indexing, registry
from search.backends.base import BackendUnavailable
from search.models import PendingChange

BATCH = 500


class Progress:
    """A one-line text progress bar: documents done/total and the rate."""

    def __init__(self, stdout, label, width=30):
        self.stdout = stdout
        self.label = label
        self.width = width
        self.started = time.monotonic()
        self.tty = hasattr(stdout, "isatty") and stdout.isatty()
        self.last_tenth = -1

    def __call__(self, done, total):
        elapsed = max(time.monotonic() - self.started, 1e-6)
        fraction = done / total if total else 1.0
        filled = int(self.width * fraction)
        line = (
            f"{self.label} [{'#' * filled}{'.' * (self.width - filled)}] "
            f"{done:,}/{total:,} documents  {done / elapsed:,.0f}/s"
        )
        if self.tty:
            self.stdout.write("\r" + line, ending="\n" if done >= total else "")
            self.stdout.flush()
        elif int(fraction * 10) > self.last_tenth or done >= total:
            # Logs get a line per tenth, not a line per chunk.
            self.last_tenth = int(fraction * 10)
            self.stdout.write(line)


def rebuild_database(progress=None):
    """Replace the database index with the documents of every adapter's queryset.

    One transaction: readers keep the old index until the new one is complete.
    Returns the number of documents written.
    """
    backend = engines.database()
    adapters = registry.adapters()
    total = sum(adapter.queryset().count() for adapter in adapters)
    done = written = 0
    if progress:
        progress(0, total)
    with transaction.atomic():
        backend.clear()
        for adapter in adapters:
            batch = []
            for instance in adapter.queryset().iterator(chunk_size=200):
                batch.extend(adapter.documents(instance))
                done += 1
                if len(batch) >= BATCH:
                    backend.index(batch)
                    written += len(batch)
                    batch = []
                if progress and done % 100 == 0:
                    progress(done, total)
            backend.index(batch)
            written += len(batch)
    if progress:
        progress(total, total)
    return written


def age_text(seconds):
    if seconds is None:
        return "none"
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m {seconds % 60}s"
    return f"{seconds // 3600}h {seconds % 3600 // 60}m"


class Command(BaseCommand):
    help = "Rebuild, sync or report on the knowledge search indexes."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        rebuild = sub.add_parser("rebuild", help="Rebuild the database index, then Elasticsearch.")
        group = rebuild.add_mutually_exclusive_group()
        group.add_argument(
            "--elasticsearch-only",
            action="store_true",
            help="Keep the database index; load Elasticsearch from it.",
        )
        group.add_argument(
            "--database-only", action="store_true", help="Rebuild the database index only."
        )
        sub.add_parser("sync", help="Send pending changes to Elasticsearch.")
        status = sub.add_parser("status", help="Report on both indexes and pending changes.")
        status.add_argument(
            "--json", action="store_true", dest="as_json", help="Machine-readable output."
        )

    def handle(self, *args, action, **options):
        getattr(self, f"handle_{action}")(**options)

    # -- rebuild -------------------------------------------------------------------------

    def handle_rebuild(self, elasticsearch_only=False, database_only=False, **options):
        if not elasticsearch_only:
            started = time.monotonic()
            written = rebuild_database(Progress(self.stdout, "Database index     "))
            self.stdout.write(
                self.style.SUCCESS(
                    f"Database index rebuilt: {written:,} documents in "
                    f"{time.monotonic() - started:.1f}s."
                )
            )
        engine = engines.elasticsearch()
        if database_only:
            return
        if engine is None:
            if elasticsearch_only:
                raise CommandError("Elasticsearch is not configured (ELASTICSEARCH_URL).")
            self.stdout.write("Elasticsearch is not configured: the database index answers.")
            return
        self._rebuild_elasticsearch(engine)

    def _rebuild_elasticsearch(self, engine):
        try:
            summary = indexing.rebuild_engine(progress=Progress(self.stdout, "Elasticsearch index"))
        except BackendUnavailable as error:
            raise CommandError(
                f"Elasticsearch rebuild failed: {error}. The site searches the database index "
                "meanwhile; run `search_index rebuild --elasticsearch-only` when it answers."
            ) from None
        engines.mark_available()
        self.stdout.write(
            self.style.SUCCESS(
                f"Elasticsearch index {summary['index']} is live: {summary['documents']:,} "
                f"documents in {summary['seconds']:.1f}s; {summary['applied']} pending "
                f"changes applied, {summary['pending']} waiting."
            )
        )

    # -- sync ----------------------------------------------------------------------------

    def handle_sync(self, **options):
        engine = engines.elasticsearch()
        if engine is None:
            self.stdout.write(
                "Elasticsearch is not configured: the database index is updated with every "
                f"change. {PendingChange.objects.count()} pending changes."
            )
            return
        status = engine.status()
        if status["available"] and not status["indices"] and not status["rebuilding"]:
            self.stdout.write(
                "Elasticsearch has no index (a new or restarted engine): rebuilding it from "
                "the database index, which has every change."
            )
            self._rebuild_elasticsearch(engine)
            return
        applied, remaining = indexing.sync_pending()
        self.stdout.write(f"Applied {applied} pending changes; {remaining} still pending.")
        if remaining:
            status = engine.status()
            raise CommandError(
                f"{remaining} changes still wait for Elasticsearch: "
                f"{status['error'] or 'a rebuild is loading'}. Run sync again when it answers."
            )
        engines.mark_available()

    # -- status --------------------------------------------------------------------------

    def handle_status(self, as_json=False, **options):
        report = status_report()
        if as_json:
            self.stdout.write(_dumps(report))
            return
        engine = report["elasticsearch"]
        self.stdout.write(f"Engine answering searches: {report['engine']}")
        if engine is None:
            self.stdout.write("Elasticsearch: not configured (ELASTICSEARCH_URL is empty)")
        else:
            answers = "answers" if engine["available"] else "does NOT answer"
            server = engine.get("server") or {}
            named = f" ({server['product']} {server['version']})" if server else ""
            self.stdout.write(f"Elasticsearch at {engine['url']}{named}: {answers}")
            if engine["error"]:
                self.stdout.write(f"  problem: {engine['error']}")
            target = ", ".join(engine["indices"]) or "(none)"
            self.stdout.write(f"  alias {engine['alias']} -> {target}")
            if engine["rebuilding"]:
                self.stdout.write(
                    f"  rebuild loading {engine['rebuilding']['index']} since "
                    f"{engine['rebuilding']['started']}"
                )
        types = sorted(set(report["database"]["types"]) | set((engine or {}).get("types") or {}))
        self.stdout.write("")
        header = f"{'Documents':<20}{'Database':>12}"
        if engine is not None:
            header += f"{'Elasticsearch':>16}"
        self.stdout.write(header)
        for kind in [*types, "total"]:
            if kind == "total":
                db = report["database"]["documents"]
                es = (engine or {}).get("documents")
            else:
                db = report["database"]["types"].get(kind, 0)
                es = ((engine or {}).get("types") or {}).get(kind, 0)
            line = f"  {kind:<18}{db:>12,}"
            if engine is not None:
                line += f"{es:>16,}" if es is not None else f"{'-':>16}"
            self.stdout.write(line)
        self.stdout.write("")
        self.stdout.write(
            f"Pending changes: {report['pending_changes']} "
            f"(oldest: {age_text(report['oldest_pending_seconds'])})"
        )


def status_report():
    """Both indexes, the pending queue and which engine answers, as plain data."""
    database = engines.database()
    engine = engines.elasticsearch()
    age = indexing.oldest_pending_age()
    report = {
        "engine": "database",
        "database": {"documents": database.count(), "types": database.counts_by_type()},
        "elasticsearch": None,
        "pending_changes": PendingChange.objects.count(),
        "oldest_pending_seconds": round(age.total_seconds(), 1) if age else None,
    }
    if engine is not None:
        report["elasticsearch"] = engine.status()
        if report["elasticsearch"]["available"] and report["elasticsearch"]["indices"]:
            report["engine"] = "elasticsearch"
        else:
            report["engine"] = "database (Elasticsearch unavailable)"
    return report


def _dumps(data):
    return json.dumps(data, indent=2, default=str, sort_keys=True)
