"""The engine backend (Elasticsearch 8 or OpenSearch): the same contract as the database backend.

Split by concern, as Wagtail's own search backends are:

- `mapping`: the index mapping and a document's indexed form;
- `compiler`: Query -> request body, a pure function (tests compile without a server);
- `results`: response -> RawResults;
- `index`: the alias, rebuilds and their markers (the index lifecycle);
- `client` / `transport`: a fail-fast client, errors as BackendUnavailable, and the node that
  lets the `elasticsearch` client talk to OpenSearch.
"""

from django.conf import settings
from elastic_transport import TransportError
from elasticsearch import ApiError, helpers

from ..base import BackendUnavailable, SearchBackend
from .client import IndexMissing, RebuildInProgress, engine_errors, make_client, safe_url
from .compiler import (
    RELATED_TAXONOMY_BOOSTS,
    compile_autocomplete,
    compile_every_word_check,
    compile_related,
    compile_search,
)
from .index import IndexLifecycle
from .mapping import entry_source
from .results import (
    autocomplete_rows,
    every_word_in_hits,
    facets_left_out,
    search_results,
    source_data,
)

__all__ = ["ElasticsearchBackend", "IndexMissing", "RebuildInProgress"]

BULK_CHUNK = 500


class ElasticsearchBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, url, prefix="", *, compat=None, timeout=None, bulk_timeout=None):
        self.url = url
        self.alias = f"{prefix}knowledge"
        compat = settings.ELASTICSEARCH_COMPAT if compat is None else compat
        timeout = settings.ELASTICSEARCH_TIMEOUT if timeout is None else timeout
        self.client = make_client(url, timeout=timeout, compat=compat)
        # Bulk loads and admin calls may take longer than a reader should wait.
        self.admin = self.client.options(
            request_timeout=settings.ELASTICSEARCH_BULK_TIMEOUT
            if bulk_timeout is None
            else bulk_timeout
        )
        self.indices = IndexLifecycle(
            self.admin, self.alias, replicas=settings.SEARCH_INDEX_REPLICAS
        )
        self._server = None  # what server() found
        # {concrete index: whether its mapping has `facet_values`}, and the live index found
        # without it (built before it existed: its facets are counted one by one until a
        # rebuild replaces it).
        self._facet_values = {}
        self._index_without_facet_values = None

    def __repr__(self):
        return f"<ElasticsearchBackend {self.alias} at {self.url}>"

    # -- reading -------------------------------------------------------------------------

    # Searches ask for the engine's shard request cache (request_cache=True): a repeated
    # request (the same words, filters, page and visibility) is answered from it until the next
    # refresh that changed the index. The key is the whole request body, visibility included,
    # so one reader's answer is never another's.
    def search(self, query):
        with engine_errors("search"):
            combined = self._index_without_facet_values is None
            response = self._search(compile_search(query, combined))
            if query.facets and self._facets_one_by_one(response, combined):
                response = self._search(compile_search(query, combined_facets=False))
            complete = self._complete(query, response)
        return search_results(response, query.facets, complete, query.facet_size)

    def _search(self, body):
        return self.client.search(index=self.alias, body=body, request_cache=True).body

    def _facets_one_by_one(self, response, combined):
        """Whether the facets of `response` (counted together when `combined`) must be counted
        one aggregation per facet: the live index has no `facet_values` (the first hit says
        which index answered; without hits no facet has a count anyway), or the combined
        aggregation left values out. Remembers an index without the field, and forgets it
        once another index answers."""
        hits = response["hits"]["hits"]
        index = hits[0]["_index"] if hits else None
        if not combined:
            if index and index != self._index_without_facet_values:
                self._index_without_facet_values = None  # rebuilt since
            return False
        if index and not self._has_facet_values(index):
            self._index_without_facet_values = index
            return True
        return facets_left_out(response)

    def _has_facet_values(self, index):
        if index not in self._facet_values:
            mapping = self.client.indices.get_mapping(index=index).body
            properties = mapping.get(index, {}).get("mappings", {}).get("properties", {})
            self._facet_values[index] = "facet_values" in properties
        return self._facet_values[index]

    def _complete(self, query, response):
        """Whether some result has every group of the query's words (the service offers a
        spelling correction when none has). With one group every result has; otherwise a hit
        of the page says so, and only when none of them does is the engine asked once more,
        with a request that stops at the first such document."""
        parsed = query.parsed
        total = response["hits"]["total"]["value"]
        if not parsed or len(parsed.groups) < 2:
            return not parsed or total > 0
        if total == 0:
            return False
        if every_word_in_hits(response):
            return True
        if query.offset == 0 and total <= len(response["hits"]["hits"]):
            return False  # the page holds every result, and none has every word
        check = self.client.search(
            index=self.alias, body=compile_every_word_check(query), request_cache=True
        ).body
        return check["hits"]["total"]["value"] > 0

    def autocomplete(self, prefix_words, visibility, limit=8):
        if not prefix_words:
            return []
        with engine_errors("autocomplete"):
            response = self.client.search(
                index=self.alias,
                body=compile_autocomplete(prefix_words, visibility, limit),
                request_cache=True,
            ).body
        return autocomplete_rows(response)

    def related(self, doc_id, visibility, limit=4):
        """ "More like this": by its text and its taxonomy, read from the engine's own copy."""
        with engine_errors("related"):
            found = self.client.options(ignore_status=404).get(
                index=self.alias, id=doc_id, source_includes=list(RELATED_TAXONOMY_BOOSTS)
            )
            if not found.body.get("found"):
                if found.meta.status == 404 and "_index" not in found.body:
                    raise IndexMissing(f"related: no search index behind {self.alias}")
                return []
            body = compile_related(
                self.alias, doc_id, found.body.get("_source") or {}, visibility, limit
            )
            response = self.client.search(index=self.alias, body=body).body
        return source_data(response)

    def count(self):
        with engine_errors("count"):
            return self.client.count(index=self.alias)["count"]

    def counts_by_type(self):
        with engine_errors("count by type"):
            response = self.client.search(
                index=self.alias,
                size=0,
                track_total_hits=True,
                aggs={"types": {"terms": {"field": "type", "size": 100}}},
            ).body
        return {b["key"]: b["doc_count"] for b in response["aggregations"]["types"]["buckets"]}

    # -- the index -----------------------------------------------------------------------

    def index(self, documents):
        """Bulk-add or replace documents (KnowledgeDocument or its to_dict() form).

        Raises BackendUnavailable (the changes stay pending) when the engine does not answer,
        has no index (IndexMissing) or is loading a rebuild (RebuildInProgress)."""
        self._bulk(
            {
                "_op_type": "index",
                "_index": self.alias,
                "_id": data["doc_id"],
                "_source": entry_source(data),
            }
            for data in (d.to_dict() if hasattr(d, "to_dict") else d for d in documents)
        )

    def delete(self, doc_ids):
        self._bulk(
            {"_op_type": "delete", "_index": self.alias, "_id": doc_id} for doc_id in doc_ids
        )

    def _bulk(self, actions):
        actions = list(actions)
        if not actions:
            return
        self.indices.check_writable()
        with engine_errors("write"):
            _, errors = helpers.bulk(
                self.admin, actions, chunk_size=BULK_CHUNK, raise_on_error=False, max_retries=0
            )
        refused = [
            item
            for item in errors
            if not ("delete" in item and item["delete"].get("status") == 404)
        ]
        if refused:
            first = next(iter(refused[0].values()))
            raise BackendUnavailable(
                f"{len(refused)} of {len(actions)} changes refused: {first.get('error')}"[:500]
            )

    def clear(self):
        """Remove the alias and every concrete index of this prefix: searches and writes then
        find no index (IndexMissing) until the next rebuild."""
        self.indices.delete_all()

    def rebuild(self, documents, total, progress=None, chunk_size=1000):
        """A new concrete index loaded from `documents` (to_dict() forms), swapped in for the
        old (search.backends.elasticsearch.index). Returns {"index", "documents", "seconds"}."""
        return self.indices.rebuild(documents, total, progress, chunk_size)

    def refresh(self):
        """Make every write searchable now (tests; the engine refreshes each second)."""
        with engine_errors("refresh"):
            self.admin.indices.refresh(index=self.alias)

    # -- operations ----------------------------------------------------------------------

    def ping(self, timeout=1.0):
        """ "" when the engine answers and has our index, else what is wrong (never raises)."""
        try:
            found = self.client.options(
                request_timeout=timeout, ignore_status=404
            ).indices.get_alias(name=self.alias)
        except (ApiError, TransportError) as error:
            return f"{error.__class__.__name__}: {error}"[:300]
        if found.meta.status == 404:
            return "no index: run `manage.py search_index rebuild`"
        return ""

    def server(self):
        """{"product": "OpenSearch" or "Elasticsearch", "version": "2.19.6"} of the engine at
        the URL, or {} when it does not answer; asked once per process, never raises."""
        if self._server is None:
            try:
                info = self.client.options(request_timeout=1.0).info().body
            except (ApiError, TransportError):
                return {}
            version = info.get("version") or {}
            distribution = str(version.get("distribution") or "elasticsearch")
            self._server = {
                "product": "OpenSearch" if distribution == "opensearch" else "Elasticsearch",
                "version": str(version.get("number") or ""),
            }
        return dict(self._server)

    def status(self):
        """What the engine says about our index; never raises."""
        report = {
            "available": False,
            "url": safe_url(self.url),
            "server": {},
            "alias": self.alias,
            "indices": [],
            "rebuilding": None,
            "documents": None,
            "types": {},
            "error": "",
        }
        try:
            report.update(self.indices.report())
            report["available"] = True
            report["server"] = self.server()
            if report["indices"]:
                report["types"] = self.counts_by_type()
                report["documents"] = sum(report["types"].values())
            else:
                report["error"] = "no index: run `manage.py search_index rebuild`"
        except BackendUnavailable as error:
            report["error"] = str(error)[:300]
        return report
