"""Keeping the index up to date without losing anything.

Every change is written to the database index inside the same transaction as the change itself,
so the embedded search is never behind. When Elasticsearch is configured, a PendingChange row is
written in that transaction too; after commit a background task sends pending changes to
Elasticsearch, and rows stay until it has them. If Elasticsearch is down, the reader's action
still succeeds and `manage.py search_index sync` (or the next successful attempt) catches up.
"""

import json
import logging

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from . import engines, registry
from .backends.base import BackendUnavailable
from .models import IndexedDocument, PendingChange

logger = logging.getLogger(__name__)
SYNC_BATCH = 500


def index_objects(instances):
    """Bring the documents of `instances` up to date (adding, replacing or removing them)."""
    documents, remove = [], []
    for instance in instances:
        adapter = registry.adapter_for_instance(instance)
        if adapter is None:
            continue
        docs = adapter.documents(instance)
        if docs:
            documents.extend(docs)
        else:
            remove.append(adapter.doc_id(instance))
    _apply(documents, remove)


def remove_objects(instances):
    remove = []
    for instance in instances:
        adapter = registry.adapter_for_instance(instance)
        if adapter is not None:
            remove.append(adapter.doc_id(instance))
    _apply([], remove)


def _apply(documents, remove_ids):
    if not documents and not remove_ids:
        return
    with transaction.atomic():
        backend = engines.database()
        backend.index(documents)
        backend.delete(remove_ids)
        if engines.elasticsearch_configured():
            PendingChange.objects.bulk_create(
                PendingChange(doc_id=doc_id)
                for doc_id in [d.doc_id for d in documents] + list(remove_ids)
            )
            transaction.on_commit(schedule_sync)


def schedule_sync():
    try:
        sync_pending_task.enqueue()
    except Exception:  # the queue itself being down must not fail the reader's action
        logger.exception("Could not queue search index sync; `search_index sync` will catch up")


@task()
def sync_pending_task():
    sync_pending()


def sync_pending(batch=SYNC_BATCH, max_batches=None):
    """Send pending changes to Elasticsearch. Returns (applied, still pending)."""
    engine = engines.elasticsearch()
    if engine is None:
        return 0, PendingChange.objects.count()
    applied = batches = 0
    while max_batches is None or batches < max_batches:
        changes = list(PendingChange.objects.order_by("id")[:batch])
        if not changes:
            break
        doc_ids = list(dict.fromkeys(c.doc_id for c in changes))
        rows = {
            row.doc_id: row.data
            for row in IndexedDocument.objects.filter(doc_id__in=doc_ids).only("doc_id", "data")
        }
        try:
            engine.index([_data(rows[d]) for d in doc_ids if d in rows])
            engine.delete([d for d in doc_ids if d not in rows])
        except BackendUnavailable as error:
            if getattr(error, "engine_healthy", False):
                # A rebuild is loading: it applies these rows once its index is live. Sending
                # them to the old index now and deleting them would lose them.
                break
            engines.mark_unavailable()
            PendingChange.objects.filter(pk__in=[c.pk for c in changes]).update(
                attempts=F("attempts") + 1, last_error=str(error)[:500]
            )
            logger.warning("Elasticsearch unavailable; %s changes wait", len(changes))
            break
        engines.mark_available()
        PendingChange.objects.filter(pk__in=[c.pk for c in changes]).delete()
        applied += len(changes)
        batches += 1
    return applied, PendingChange.objects.count()


def rebuild_engine(progress=None, chunk_size=1000):
    """Load a new engine index from the database index (the source of truth), swap it in, then
    send the changes that waited while it loaded. Returns the engine's summary with
    "applied" and "pending" added; raises BackendUnavailable as the engine does."""
    engine = engines.elasticsearch()
    rows = IndexedDocument.objects.order_by("pk").values_list("data", flat=True)
    summary = engine.rebuild(
        (_data(data) for data in rows.iterator(chunk_size=chunk_size)),
        IndexedDocument.objects.count(),
        progress=progress,
        chunk_size=chunk_size,
    )
    summary["applied"], summary["pending"] = sync_pending()
    return summary


def _data(data):
    """A stored document's to_dict() form (JSON text on databases without a JSON type)."""
    return json.loads(data) if isinstance(data, str) else data


def oldest_pending_age():
    oldest = PendingChange.objects.order_by("id").values_list("created_at", flat=True).first()
    return (timezone.now() - oldest) if oldest else None
