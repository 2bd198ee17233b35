"""The engine index's lifecycle: the alias, its concrete indices, rebuilds and their markers.

Index layout: the alias `<prefix>knowledge` points at one concrete `<prefix>knowledge-<UTC
timestamp>`. A rebuild creates a new concrete index, marks it with the alias
`<prefix>knowledge_next` while it loads (writes wait as pending changes meanwhile), swaps the
alias in one `update_aliases` call and deletes the old index. The caller applies the changes
that waited (search.indexing.rebuild_engine).
"""

import logging
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from itertools import islice

from elastic_transport import TransportError
from elasticsearch import ApiError, helpers

from ..base import MAX_PER_PAGE, MAX_RESULT_WINDOW
from .client import IndexMissing, RebuildInProgress, engine_errors
from .compiler import SORTS
from .mapping import FACET_FIELDS, HIT_SOURCE, MATCH_FIELDS, entry_source, mapping

logger = logging.getLogger(__name__)

# A rebuild marker older than this is a crashed rebuild, not a running one.
STALE_REBUILD_SECONDS = 3600
# While a rebuild loads its new index nobody reads it and a crash only means loading again:
# no refresh (one segment merge-up at the end instead of one per second), no replica to copy
# every document to, and the translog synced in the background rather than at every bulk
# request. The live settings are put back before the alias swap.
LOADING_SETTINGS = {
    "number_of_replicas": 0,
    "refresh_interval": "-1",
    "translog.durability": "async",
}
# Bulk requests during a rebuild: two in flight (the engine indexes on one thread per core),
# while our process reads and builds the next chunk.
BULK_THREADS = 2


class IndexLifecycle:
    """The alias and concrete indices of one prefix, through a client allowed to wait long."""

    def __init__(self, admin, alias, *, replicas=0):
        self.admin = admin
        self.alias = alias
        self.next_alias = f"{alias}_next"
        self.replicas = replicas

    def aliases(self):
        """{alias name: [concrete index]} for the live and the rebuilding alias."""
        with engine_errors("aliases"):
            found = self.admin.options(ignore_status=404).indices.get_alias(
                name=f"{self.alias},{self.next_alias}"
            )
        result = {}
        for index, info in found.body.items():
            if not isinstance(info, dict):
                continue  # "error"/"status" of a partly missing answer
            for alias in info.get("aliases", {}):
                result.setdefault(alias, []).append(index)
        return result

    def check_writable(self):
        """Raise IndexMissing without a live index, RebuildInProgress while one loads."""
        aliases = self.aliases()
        if self.alias not in aliases:
            raise IndexMissing(f"No index behind the alias {self.alias}: run a rebuild")
        running = self._running(aliases)
        if running:
            raise RebuildInProgress(f"Rebuild of {running[0]} in progress")

    def _running(self, aliases):
        """The rebuilds loading now (not crashed ones): [(index, started)]."""
        found = []
        for index in aliases.get(self.next_alias, []):
            started = self.started(index)
            if started and time.time() - started.timestamp() < STALE_REBUILD_SECONDS:
                found.append((index, started))
        return found

    def started(self, index):
        """When a rebuild began, from the concrete index name (None if not ours)."""
        stamp = index.removeprefix(f"{self.alias}-")
        try:
            return datetime.strptime(stamp, "%Y%m%d%H%M%S%f").replace(tzinfo=UTC)
        except ValueError:
            return None

    def create(self, name, *, loading=False):
        body = {
            "mappings": mapping(),
            "settings": {
                # One shard answers the whole corpus (100,000 documents is a few hundred MB); a
                # replica on a single node could never be assigned (yellow health).
                "number_of_shards": 1,
                "max_result_window": MAX_RESULT_WINDOW + MAX_PER_PAGE,
                **(LOADING_SETTINGS if loading else self.live_settings()),
            },
        }
        if loading:
            body["aliases"] = {self.next_alias: {}}
        with engine_errors("create index"):
            self.admin.indices.create(index=name, **body)

    def live_settings(self):
        """What a live index runs with (a loading one runs with LOADING_SETTINGS)."""
        return {
            "number_of_replicas": self.replicas,
            "refresh_interval": "1s",
            "translog.durability": "request",
        }

    def rebuild(self, documents, total, progress=None, chunk_size=1000):
        """Load a new concrete index from `documents` (KnowledgeDocument.to_dict() forms, an
        iterable of `total`), swap the alias to it and delete the old one.

        `progress(done, total)` is called after each bulk chunk. Returns a summary dict."""
        started = datetime.now(UTC)
        name = f"{self.alias}-{started:%Y%m%d%H%M%S%f}"
        self.remove_abandoned()
        self.create(name, loading=True)
        try:
            with engine_errors("bulk load"):
                done = self._load(name, documents, total, progress, chunk_size)
                self.admin.indices.put_settings(index=name, settings=self.live_settings())
                self.admin.indices.refresh(index=name)
                self.warm(name)
                old = self.aliases().get(self.alias, [])
                self.admin.indices.update_aliases(
                    actions=[{"remove": {"index": i, "alias": self.alias}} for i in old]
                    + [
                        {"add": {"index": name, "alias": self.alias}},
                        {"remove": {"index": name, "alias": self.next_alias}},
                    ]
                )
        except Exception:
            self.delete_index(name)
            raise
        for index in old:
            self.delete_index(index)
        return {
            "index": name,
            "documents": done,
            "seconds": (datetime.now(UTC) - started).total_seconds(),
        }

    def _load(self, name, documents, total, progress, chunk_size):
        """Bulk-load `documents` into the index `name`; returns how many were loaded.

        This thread reads the documents (from the database: its connection belongs to this
        thread) and builds each chunk while up to BULK_THREADS earlier chunks are sent and
        indexed, so our process and the engine work at the same time."""
        done = 0
        if progress:
            progress(0, total)
        documents = iter(documents)
        with ThreadPoolExecutor(BULK_THREADS, thread_name_prefix="search-bulk") as pool:
            sending = deque()
            while chunk := list(islice(documents, chunk_size)):
                operations = []
                for data in chunk:
                    operations += [{"index": {"_id": data["doc_id"]}}, entry_source(data)]
                sending.append((len(chunk), pool.submit(self._send, name, operations)))
                while len(sending) > BULK_THREADS or (sending and sending[0][1].done()):
                    count, future = sending.popleft()
                    future.result()
                    done += count
                    if progress:
                        progress(done, total)
            while sending:
                count, future = sending.popleft()
                future.result()
                done += count
                if progress:
                    progress(done, total)
        return done

    def _send(self, name, operations):
        """One bulk request; raises BulkIndexError if the engine refused any document."""
        response = self.admin.bulk(index=name, operations=operations)
        if response.get("errors"):
            failed = [
                item
                for item in response["items"]
                if next(iter(item.values())).get("status", 500) >= 300
            ]
            raise helpers.BulkIndexError(f"{len(failed)} document(s) failed to index", failed)

    def warm(self, index):
        """One search of every kind before the swap, so that readers' first searches on the
        new index do not pay for loading it (and time out on a busy machine)."""
        try:
            self.admin.search(
                index=index,
                size=10,
                track_total_hits=True,
                query={"multi_match": {"query": "care", "type": "phrase", "fields": MATCH_FIELDS}},
                aggs={name: {"terms": {"field": name}} for name in FACET_FIELDS.values()},
                sort=SORTS["relevance"],
                source=list(HIT_SOURCE),
            )
            self.admin.search(
                index=index,
                size=8,
                query={"match_bool_prefix": {"title.suggest": "car"}},
                sort=[{"title_length": "asc"}],
            )
        except (ApiError, TransportError) as error:
            logger.warning("Warming search index %s failed: %s", index, error)

    def remove_abandoned(self):
        """Delete concrete indices left by crashed rebuilds; refuse to race a running one."""
        aliases = self.aliases()
        for index, started in self._running(aliases):
            raise RebuildInProgress(
                f"Another rebuild has been loading {index} since {started:%H:%M:%S} UTC"
            )
        live = set(aliases.get(self.alias, []))
        for index in self.concrete():
            if index not in live:
                self.delete_index(index)

    def concrete(self):
        """Every concrete index of this prefix (named by a rebuild's timestamp)."""
        with engine_errors("list indices"):
            found = self.admin.options(ignore_status=404).indices.get(
                index=f"{self.alias}-*", expand_wildcards="open"
            )
        return [index for index in found.body if self.started(index)]

    def delete_index(self, name):
        try:
            self.admin.options(ignore_status=404).indices.delete(index=name)
        except (ApiError, TransportError) as error:
            logger.warning("Could not delete search index %s: %s", name, error)

    def delete_all(self):
        """Remove the alias and every concrete index of this prefix."""
        for index in self.concrete():
            self.delete_index(index)

    def report(self):
        """{"indices": [live], "rebuilding": None or {"index", "started"}}; raises
        BackendUnavailable when the engine does not answer."""
        aliases = self.aliases()
        rebuilding = None
        if aliases.get(self.next_alias):
            index = aliases[self.next_alias][0]
            started = self.started(index)
            rebuilding = {"index": index, "started": started.isoformat() if started else None}
        return {"indices": aliases.get(self.alias, []), "rebuilding": rebuilding}
