"""The Elasticsearch backend: the same contract as the database backend, on an engine.

Index layout: the alias `<prefix>knowledge` points at one concrete `<prefix>knowledge-<UTC
timestamp>`. A rebuild creates a new concrete index, marks it with the alias
`<prefix>knowledge_next` while it loads (writes wait as pending changes meanwhile), swaps the
alias in one `update_aliases` call, deletes the old index and then applies pending changes.

Queries are built from search.query's plain groups only (AND across groups, OR across a group's
alternatives, each a phrase over title^4, summary^2 and body), so nothing a reader types reaches
Elasticsearch's query syntax and synonyms behave exactly as in the database backend. Facet
selections go in `post_filter`; each facet is counted inside a filter aggregation of the *other*
selections, which gives the same counts as the database backend.
"""

import logging
import time
from contextlib import contextmanager
from datetime import UTC, datetime

from django.conf import settings
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, NotFoundError, SerializationError, helpers
from elasticsearch.dsl import (
    A,
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    MetaField,
    Object,
    Q,
    Search,
    SearchAsYouType,
    Text,
)

from ..documents import OUTCOME, OUTCOME_RESULT, RESULT, improvements, outcome_facets
from ..highlight import START, STOP
from ..service import MAX_PER_PAGE, MAX_RESULT_WINDOW
from .base import (
    BackendUnavailable,
    RawHit,
    RawResults,
    improvement_category,
    matched_filters,
    pairs_for,
    partner_selection,
)

logger = logging.getLogger(__name__)

# facet name (search.facets) -> document field
FACET_FIELDS = {
    "type": "type",
    "care_model": "care_models",
    "support_area": "support_areas",
    "vanguard": "vanguards",
    "region": "regions",
    "evidence": "evidence_level",
    "tag": "tags",
    "year": "year",
    "community": "community",
    # outcomes (issue 15)
    "outcome": "outcome_categories",
    "result": "outcome_results",
    "outcome_result": "outcome_pairs",
}
MATCH_FIELDS = ["title^4", "summary^2", "body"]
PHRASE_IN_TITLE = 4.0
PHRASE_IN_BODY = 2.0
# Ten-year-old content scores half as much as today's on equal relevance (as in the database).
RECENCY_SCALE = "3650d"
SNIPPET_FRAGMENT = 160
SNIPPET_SEPARATOR = " … "
# The unified highlighter refuses text longer than index.highlight.max_analyzed_offset (1M);
# the per-request option has a different name on OpenSearch-like engines, so cap the body.
MAX_BODY_CHARS = 900_000
MAX_FACET_VALUE = 160  # as the database backend stores facet values
# A rebuild marker older than this is a crashed rebuild, not a running one.
STALE_REBUILD_SECONDS = 3600
BULK_CHUNK = 500


class IndexMissing(BackendUnavailable):
    """The engine answers but has no index behind the alias (new or emptied engine): rebuild."""


class RebuildInProgress(BackendUnavailable):
    """A rebuild is loading a new index. The engine is healthy: changes wait as pending rows,
    and the rebuild applies them once its index is live."""

    engine_healthy = True


class KnowledgeEntry(Document):
    """The mapping of a KnowledgeDocument in the index (written with bulk, not through DSL)."""

    doc_id = Keyword()
    # Facet and visibility fields are counted or filtered on every search: their global
    # ordinals are built at refresh, not by the first search after it.
    type = Keyword(eager_global_ordinals=True)
    title = Text(analyzer="english", fields={"suggest": SearchAsYouType(analyzer="standard")})
    title_sort = Keyword()
    title_length = Integer()
    summary = Text(analyzer="english")
    body = Text(analyzer="english")
    url = Keyword(index=False, doc_values=False)
    care_models = Keyword(eager_global_ordinals=True)
    support_areas = Keyword(eager_global_ordinals=True)
    vanguards = Keyword(eager_global_ordinals=True)
    regions = Keyword(eager_global_ordinals=True)
    tags = Keyword(eager_global_ordinals=True)
    evidence_level = Keyword(eager_global_ordinals=True)
    year = Keyword(eager_global_ordinals=True)
    community = Keyword(eager_global_ordinals=True)
    visibility = Keyword(eager_global_ordinals=True)
    published_at = Date()
    updated_at = Date()
    # KnowledgeDocument.to_dict(), returned with hits; stored, never indexed.
    data = Object(enabled=False)

    # -- outcomes: their facets, and {category: largest improvement} for that sort ----------
    outcome_categories = Keyword()
    outcome_results = Keyword()
    outcome_pairs = Keyword()
    outcome_improvement = Object(dynamic=True)

    class Meta:
        dynamic_templates = MetaField(
            [
                {
                    "outcome_improvement": {
                        "path_match": "outcome_improvement.*",
                        "mapping": {"type": "float"},
                    }
                }
            ]
        )


def entry_source(data):
    """The indexed form of a KnowledgeDocument.to_dict() (no parsing: rebuilds stream these)."""
    title = data["title"]

    def values(name):
        return list(dict.fromkeys(v[:MAX_FACET_VALUE] for v in data.get(name) or []))

    return {
        "doc_id": data["doc_id"],
        "type": data["type"],
        "title": title,
        "title_sort": title.lower()[:255],
        "title_length": len(title),
        "summary": data.get("summary", ""),
        "body": (data.get("body") or "")[:MAX_BODY_CHARS],
        "url": data["url"],
        "care_models": values("care_models"),
        "support_areas": values("support_areas"),
        "vanguards": values("vanguards"),
        "regions": values("regions"),
        "tags": values("tags"),
        "evidence_level": (data.get("evidence_level") or "")[:MAX_FACET_VALUE] or None,
        "year": data["published_at"][:4],
        "community": (data.get("community") or "")[:MAX_FACET_VALUE] or None,
        "visibility": data["visibility"],
        "published_at": data["published_at"],
        "updated_at": data["updated_at"],
        "data": data,
        **outcome_source(data.get("outcomes") or []),
    }


def outcome_source(rows):
    """The indexed outcome fields of a document's outcome rows."""
    facets = outcome_facets(rows)
    return {
        "outcome_categories": facets[OUTCOME],
        "outcome_results": facets[RESULT],
        "outcome_pairs": facets[OUTCOME_RESULT],
        "outcome_improvement": improvements(rows),
    }


@contextmanager
def engine_errors(what):
    """Turn every client, transport and timeout error into BackendUnavailable."""
    try:
        yield
    except BackendUnavailable:
        raise
    except NotFoundError as error:
        raise IndexMissing(f"{what}: no search index ({error.message})") from error
    except (ApiError, TransportError, SerializationError, helpers.BulkIndexError) as error:
        raise BackendUnavailable(f"{what}: {error.__class__.__name__}: {error}"[:500]) from error


def make_client(url, *, timeout=None, compat=None):
    """A client that fails fast: no retries, a short timeout (requests wait on it)."""
    compat = settings.ELASTICSEARCH_COMPAT if compat is None else compat
    options = {
        "request_timeout": settings.ELASTICSEARCH_TIMEOUT if timeout is None else timeout,
        "max_retries": 0,
        "retry_on_timeout": False,
    }
    if compat == "opensearch":
        from .opensearch_transport import OpenSearchHttpNode

        options["node_class"] = OpenSearchHttpNode
    elif compat:
        raise ValueError(f"ELASTICSEARCH_COMPAT must be '' or 'opensearch', not {compat!r}")
    return Elasticsearch(url, **options)


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self, url, prefix="", *, compat=None):
        self.url = url
        self.prefix = prefix
        self.alias = f"{prefix}knowledge"
        self.next_alias = f"{prefix}knowledge_next"
        self.client = make_client(url, compat=compat)
        # Bulk loads and admin calls may take longer than a reader should wait.
        self.admin = self.client.options(request_timeout=settings.ELASTICSEARCH_BULK_TIMEOUT)
        self._server = None  # what server() found

    def __repr__(self):
        return f"<ElasticsearchBackend {self.alias} at {self.url}>"

    # -- reading -------------------------------------------------------------------------

    def search(self, query):
        search = self._search(query)
        with engine_errors("search"):
            response = search.execute().to_dict()
        hits = []
        for hit in response["hits"]["hits"]:
            fragments = [_balanced(f) for f in hit.get("highlight", {}).get("body", [])]
            snippet = SNIPPET_SEPARATOR.join(fragments)
            hits.append(
                RawHit(
                    data=hit["_source"]["data"],
                    score=float(hit.get("_score") or 0),
                    snippet=snippet if START in snippet else "",
                )
            )
        aggregations = response.get("aggregations", {})
        facets = {}
        for facet in query.facets:
            agg = aggregations.get(f"facet_{facet}", {})
            buckets = agg.get("values", agg).get("buckets", [])
            if isinstance(buckets, dict):  # a `filters` aggregation (paired outcome facets)
                buckets = [{"key": k, **b} for k, b in buckets.items() if b["doc_count"]]
                buckets.sort(key=lambda b: (-b["doc_count"], b["key"]))
            facets[facet] = {b["key"]: b["doc_count"] for b in buckets}
        return RawResults(hits=hits, total=response["hits"]["total"]["value"], facets=facets)

    def _search(self, query):
        """The Search for `query` (public for tests and for reading in a shell)."""
        parsed = query.parsed
        counted = set(query.facets)
        main_filters = [Q("terms", visibility=list(query.visibility))]
        selections = {}
        # Both outcome facets chosen: one selection of per-row pairs (base.matched_filters).
        for facet, values in matched_filters(query.filters).items():
            clause = Q("terms", **{FACET_FIELDS[facet]: list(values)})
            # A selection on a facet nobody counts (the listing's fixed type) narrows
            # everything, so it belongs in the main query; counted ones in post_filter.
            if facet in counted or (facet == OUTCOME_RESULT and counted & {OUTCOME, RESULT}):
                selections[facet] = clause
            else:
                main_filters.append(clause)

        search = Search(using=self.client, index=self.alias).extra(track_total_hits=True)
        if parsed:
            match = self._match(parsed)
            phrase = parsed.phrase
            relevance = Q(
                "bool",
                must=[match],
                should=[
                    Q("match_phrase", title={"query": phrase, "boost": PHRASE_IN_TITLE}),
                    Q("match_phrase", body={"query": phrase, "boost": PHRASE_IN_BODY}),
                ],
                filter=main_filters,
            )
            search = search.query(
                "function_score",
                query=relevance,
                functions=[
                    {
                        "exp": {
                            "published_at": {"origin": "now", "scale": RECENCY_SCALE, "decay": 0.5}
                        }
                    }
                ],
                boost_mode="multiply",
            )
            search = search.highlight(
                "body",
                type="unified",
                pre_tags=[START],
                post_tags=[STOP],
                number_of_fragments=2,
                fragment_size=SNIPPET_FRAGMENT,
                highlight_query=match.to_dict(),
            )
        else:
            search = search.query(Q("bool", filter=main_filters))

        if selections:
            search = search.post_filter(Q("bool", filter=list(selections.values())))
        for facet in query.facets:
            own = {facet, OUTCOME_RESULT} if facet in (OUTCOME, RESULT) else {facet}
            others = [clause for name, clause in selections.items() if name not in own]
            terms = A("terms", field=FACET_FIELDS[facet], size=query.facet_size)
            partner = partner_selection(facet, query.filters)
            if partner:
                # Counted per outcome row: one bucket per option, through the pairs.
                terms = A(
                    "filters",
                    filters={
                        value: Q(
                            "terms",
                            **{FACET_FIELDS[OUTCOME_RESULT]: pairs_for(facet, value, partner)},
                        )
                        for value in _facet_options(facet)
                    },
                )
            if others:
                # Counted within the OTHER facets' selections (post_filter does not narrow aggs).
                terms = A("filter", filter=Q("bool", filter=others), aggs={"values": terms})
            search.aggs.bucket(f"facet_{facet}", terms)

        sort = query.sort if (parsed or query.sort != "relevance") else "newest"
        search = search.sort(
            *{
                "newest": [{"published_at": "desc"}, {"doc_id": "desc"}],
                "title": [{"title_sort": "asc"}, {"doc_id": "asc"}],
                "improvement": [
                    {
                        f"outcome_improvement.{improvement_category(query)}": {
                            "order": "desc",
                            "missing": "_last",
                            "unmapped_type": "float",
                        }
                    },
                    {"published_at": "desc"},
                    {"doc_id": "desc"},
                ],
            }.get(sort, ["_score", {"published_at": "desc"}, {"doc_id": "desc"}])
        )
        return search.source(["data"])[query.offset : query.offset + query.limit]

    @staticmethod
    def _match(parsed):
        """AND across groups, OR across each group's alternatives, each alternative a phrase."""
        return Q(
            "bool",
            must=[
                Q(
                    "bool",
                    should=[
                        Q(
                            "multi_match",
                            query=alternative,
                            type="phrase",
                            fields=MATCH_FIELDS,
                            # A group of stop words only ("and") must not empty the results.
                            zero_terms_query="all",
                        )
                        for alternative in group.alternatives
                    ],
                    minimum_should_match=1,
                )
                for group in parsed.groups
            ],
        )

    def autocomplete(self, prefix_words, visibility, limit=8):
        """Visible titles containing every word, the last one as a prefix: [(title, url, type)]."""
        if not prefix_words:
            return []
        search = (
            Search(using=self.client, index=self.alias)
            .query(
                "bool",
                must=[
                    Q(
                        "match_bool_prefix",
                        **{"title.suggest": {"query": " ".join(prefix_words), "operator": "and"}},
                    )
                ],
                filter=[Q("terms", visibility=list(visibility))],
            )
            .sort({"title_length": "asc"}, {"published_at": "desc"}, {"doc_id": "asc"})
            .source(["title", "url", "type"])
            .extra(track_total_hits=False)[:limit]
        )
        with engine_errors("autocomplete"):
            response = search.execute().to_dict()
        return [
            (hit["_source"]["title"], hit["_source"]["url"], hit["_source"]["type"])
            for hit in response["hits"]["hits"]
        ]

    def count(self):
        with engine_errors("count"):
            return self.client.count(index=self.alias)["count"]

    def counts_by_type(self):
        search = Search(using=self.client, index=self.alias).extra(size=0, track_total_hits=True)
        search.aggs.bucket("types", "terms", field="type", size=100)
        with engine_errors("count by type"):
            response = search.execute().to_dict()
        return {b["key"]: b["doc_count"] for b in response["aggregations"]["types"]["buckets"]}

    def refresh(self):
        """Make every write searchable now (tests; Elasticsearch refreshes each second)."""
        with engine_errors("refresh"):
            self.admin.indices.refresh(index=self.alias)

    # -- writing -------------------------------------------------------------------------

    def write(self, documents, delete_ids=()):
        """Bulk-add or replace `documents` (KnowledgeDocument.to_dict()) and delete ids.

        Raises BackendUnavailable (the changes stay pending) when the engine does not answer,
        has no index (IndexMissing) or is loading a rebuild (RebuildInProgress).
        """
        documents, delete_ids = list(documents), list(delete_ids)
        if not documents and not delete_ids:
            return
        self._check_writable()
        actions = [
            {
                "_op_type": "index",
                "_index": self.alias,
                "_id": d["doc_id"],
                "_source": entry_source(d),
            }
            for d in documents
        ] + [{"_op_type": "delete", "_index": self.alias, "_id": doc_id} for doc_id in delete_ids]
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

    def _aliases(self):
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

    def _check_writable(self):
        aliases = self._aliases()
        if self.alias not in aliases:
            raise IndexMissing(f"No index behind the alias {self.alias}: run a rebuild")
        for index in aliases.get(self.next_alias, []):
            started = self._started(index)
            if started and time.time() - started.timestamp() < STALE_REBUILD_SECONDS:
                raise RebuildInProgress(f"Rebuild of {index} in progress")

    def _started(self, index):
        """When a rebuild began, from the concrete index name (None if not ours)."""
        stamp = index.removeprefix(f"{self.alias}-")
        try:
            return datetime.strptime(stamp, "%Y%m%d%H%M%S%f").replace(tzinfo=UTC)
        except ValueError:
            return None

    def create_index(self, name, *, loading=False):
        index = Index(name)
        index.mapping(KnowledgeEntry._doc_type.mapping)
        index.settings(
            # One shard answers the whole corpus (100,000 documents is a few hundred MB); a
            # replica on a single node could never be assigned (yellow health).
            number_of_shards=1,
            number_of_replicas=settings.SEARCH_INDEX_REPLICAS,
            max_result_window=MAX_RESULT_WINDOW + MAX_PER_PAGE,
            refresh_interval="-1" if loading else "1s",
        )
        if loading:
            index.aliases(**{self.next_alias: {}})
        with engine_errors("create index"):
            index.create(using=self.admin)

    def rebuild(self, progress=None, chunk_size=1000):
        """Load a new concrete index from the database index, swap the alias, delete the old.

        `progress(done, total)` is called after each bulk chunk. Returns a summary dict.
        Changes that arrive during the load wait as PendingChange rows and are applied after
        the swap (search.indexing.sync_pending), so nothing is lost.
        """
        from ..indexing import sync_pending
        from ..models import IndexedDocument

        started = datetime.now(UTC)
        name = f"{self.alias}-{started:%Y%m%d%H%M%S%f}"
        self._remove_abandoned()
        self.create_index(name, loading=True)
        total = IndexedDocument.objects.count()
        done = 0
        try:
            rows = IndexedDocument.objects.order_by("pk").values_list("data", flat=True)
            actions = (
                {"_index": name, "_id": data["doc_id"], "_source": entry_source(_json(data))}
                for data in rows.iterator(chunk_size=chunk_size)
            )
            if progress:
                progress(0, total)
            with engine_errors("bulk load"):
                for _ok, _item in helpers.streaming_bulk(
                    self.admin, actions, chunk_size=chunk_size, max_retries=2, yield_ok=True
                ):
                    done += 1
                    if progress and (done % chunk_size == 0 or done == total):
                        progress(done, total)
                self.admin.indices.put_settings(index=name, settings={"refresh_interval": "1s"})
                self.admin.indices.refresh(index=name)
                self._warm(name)
                old = self._aliases().get(self.alias, [])
                self.admin.indices.update_aliases(
                    actions=[{"remove": {"index": i, "alias": self.alias}} for i in old]
                    + [
                        {"add": {"index": name, "alias": self.alias}},
                        {"remove": {"index": name, "alias": self.next_alias}},
                    ]
                )
        except Exception:
            self._delete_index(name)
            raise
        for index in old:
            self._delete_index(index)
        applied, pending = sync_pending()
        return {
            "index": name,
            "documents": done,
            "seconds": (datetime.now(UTC) - started).total_seconds(),
            "applied": applied,
            "pending": pending,
        }

    def _warm(self, index):
        """One search of every kind before the swap, so that readers' first searches on the
        new index do not pay for loading it (and time out on a busy machine)."""
        body = {
            "size": 10,
            "track_total_hits": True,
            "query": {"multi_match": {"query": "care", "type": "phrase", "fields": MATCH_FIELDS}},
            "aggs": {field: {"terms": {"field": field}} for field in FACET_FIELDS.values()},
            "highlight": {"fields": {"body": {"type": "unified"}}},
            "sort": ["_score", {"published_at": "desc"}, {"title_sort": "asc"}],
            "_source": ["data"],
        }
        try:
            self.admin.search(index=index, **body)
            self.admin.search(
                index=index,
                size=8,
                query={"match_bool_prefix": {"title.suggest": "car"}},
                sort=[{"title_length": "asc"}],
            )
        except (ApiError, TransportError) as error:
            logger.warning("Warming search index %s failed: %s", index, error)

    def _remove_abandoned(self):
        """Delete concrete indices left by crashed rebuilds; refuse to race a running one."""
        aliases = self._aliases()
        for index in aliases.get(self.next_alias, []):
            started = self._started(index)
            if started and time.time() - started.timestamp() < STALE_REBUILD_SECONDS:
                raise RebuildInProgress(
                    f"Another rebuild has been loading {index} since {started:%H:%M:%S} UTC"
                )
        live = set(aliases.get(self.alias, []))
        with engine_errors("list indices"):
            found = self.admin.options(ignore_status=404).indices.get(
                index=f"{self.alias}-*", expand_wildcards="open"
            )
        for index in found.body:
            if index not in live and self._started(index):
                self._delete_index(index)

    def _delete_index(self, name):
        try:
            self.admin.options(ignore_status=404).indices.delete(index=name)
        except (ApiError, TransportError) as error:
            logger.warning("Could not delete search index %s: %s", name, error)

    def delete_all(self):
        """Remove the alias and every concrete index of this prefix (tests, teardown)."""
        with engine_errors("delete indices"):
            found = self.admin.options(ignore_status=404).indices.get(
                index=f"{self.alias}-*", expand_wildcards="open"
            )
        for index in found.body:
            if self._started(index):
                self._delete_index(index)

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
            "url": _safe_url(self.url),
            "server": {},
            "alias": self.alias,
            "indices": [],
            "rebuilding": None,
            "documents": None,
            "types": {},
            "error": "",
        }
        try:
            aliases = self._aliases()
            report["available"] = True
            report["server"] = self.server()
            report["indices"] = aliases.get(self.alias, [])
            if aliases.get(self.next_alias):
                index = aliases[self.next_alias][0]
                started = self._started(index)
                report["rebuilding"] = {
                    "index": index,
                    "started": started.isoformat() if started else None,
                }
            if report["indices"]:
                report["types"] = self.counts_by_type()
                report["documents"] = sum(report["types"].values())
            else:
                report["error"] = "no index: run `manage.py search_index rebuild`"
        except BackendUnavailable as error:
            report["error"] = str(error)[:300]
        return report


def _facet_options(facet):
    """Every value an outcome facet offers (its own choices from the taxonomy)."""
    from ..facets import FACETS_BY_NAME

    return [value for value, _ in FACETS_BY_NAME[facet].options() or ()]


def _balanced(fragment):
    """Restore a START or STOP mark trimmed from either end of a fragment.

    A guard: an engine that trims control characters from the ends of highlight fragments would
    eat the START of a match that opens the fragment (an in-memory stand-in we used to test on
    did). Content never holds these marks (documents.clean_text), so a STOP before any START can
    only mean that; on Elasticsearch and OpenSearch it never fires.
    """
    first_stop, first_start = fragment.find(STOP), fragment.find(START)
    if first_stop != -1 and (first_start == -1 or first_stop < first_start):
        fragment = START + fragment
    if fragment.rfind(START) > fragment.rfind(STOP):
        fragment += STOP
    return fragment


def _safe_url(url):
    """The URL without credentials, for reports."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _json(data):
    if isinstance(data, str):
        import json

        return json.loads(data)
    return data
