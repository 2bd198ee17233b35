"""What both database vendors share: the tables, the write path, the in-memory facet bitmaps,
paging and sorting, and "more like this" by shared taxonomy.

A vendor (search.backends.database.sqlite / .postgresql) adds its full-text part: how the text
of a document is stored, how the reader's words are matched and ranked, autocomplete, the
alerts' matching and the SQL for the "largest improvement" sort.
"""

import heapq
import json
import time
from abc import abstractmethod
from dataclasses import fields

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count

from ... import bitmaps as facet_bitmaps
from ...documents import KnowledgeDocument
from ...models import IndexedDocument, IndexedFacet, IndexedVector
from ...query import STOP_WORDS
from ...synonyms import normalise
from ..base import (
    ANSWERED,
    RawHit,
    RawResults,
    SearchBackend,
    improvement_category,
    matched_filters,
    own_selections,
    pairs_for,
    partner_selection,
)

DOC = IndexedDocument._meta.db_table
FACET = IndexedFacet._meta.db_table
VECTORS = IndexedVector._meta.db_table
# Relevance weights of the text: title above summary above body (bm25 on SQLite; PostgreSQL's
# tsvector weights A, B and D).
FTS_BM25_WEIGHTS = {"title": 10.0, "summary": 4.0, "body": 1.0}
PHRASE_IN_TITLE = 2.0
PHRASE_IN_BODY = 1.3
# Ten-year-old content scores half as much as today's on equal relevance: a mild boost.
RECENCY_DAYS = 3650.0
MAX_FACET_VALUE = 160
# The most documents of one tier of a best-match query scored for one page: scoring (bm25,
# ts_rank) costs microseconds per document, and a broad word matches a third of 100,000.
SCORE_LIMIT = 2000
# Rows read per statement when sorting matches by a column.
SORT_CHUNK = 5000

# What one shared value is worth when finding related documents.
RELATED_WEIGHTS = {"care_model": 2.0, "support_area": 1.0, "tag": 2.0, "vanguard": 1.5}
RELATED_TEXT_WEIGHT = 6.0  # for the best key-term match; others in proportion
RELATED_KEY_TERMS = 8
RELATED_CACHE_SECONDS = 3600
_RELATED_FIELDS = (
    ("care_model", "care_models"),
    ("support_area", "support_areas"),
    ("tag", "tags"),
    ("vanguard", "vanguards"),
)
_UPDATED_FIELDS = [
    "type",
    "title",
    "title_sort",
    "summary",
    "body",
    "url",
    "visibility",
    "published_at",
    "updated_at",
    "data",
]


class DatabaseBackend(SearchBackend):
    """The embedded index in the site's own database; one subclass per vendor."""

    name = "database"
    vendor = ""

    # -- the index -----------------------------------------------------------------------

    def index(self, documents):
        """Add or replace documents (KnowledgeDocument), in the caller's transaction."""
        documents = list(documents)
        if not documents:
            return
        with transaction.atomic():
            revision = facet_bitmaps.begin_write()
            existing = dict(
                IndexedDocument.objects.filter(
                    doc_id__in=[d.doc_id for d in documents]
                ).values_list("doc_id", "pk")
            )
            rows = [
                IndexedDocument(
                    pk=existing.get(doc.doc_id),
                    doc_id=doc.doc_id,
                    type=doc.type,
                    title=doc.title,
                    title_sort=doc.title.lower()[:255],
                    summary=doc.summary,
                    body=doc.body,
                    url=doc.url,
                    visibility=doc.visibility,
                    published_at=doc.published_at,
                    updated_at=doc.updated_at,
                    data=_as_dict(doc),
                )
                for doc in documents
            ]
            updates = [r for r in rows if r.pk]
            creates = [r for r in rows if not r.pk]
            if updates:
                IndexedDocument.objects.bulk_update(updates, _UPDATED_FIELDS)
            if creates:
                IndexedDocument.objects.bulk_create(creates)
                if not all(r.pk for r in creates):
                    # Not every database returns primary keys from bulk_create.
                    ids = dict(
                        IndexedDocument.objects.filter(
                            doc_id__in=[r.doc_id for r in creates]
                        ).values_list("doc_id", "pk")
                    )
                    for row in creates:
                        row.pk = ids[row.doc_id]
            if updates:
                IndexedFacet.objects.filter(document_id__in=[r.pk for r in updates]).delete()
            # Plain rows, not model instances: facet rows are ~10 per document, and building
            # Django objects for them was most of the time a bulk load took.
            with connection.cursor() as cursor:
                self.insert_facets(
                    cursor,
                    (
                        (row.pk, facet, value)
                        for row, doc in zip(rows, documents, strict=True)
                        for facet, values in doc.facet_values().items()
                        for value in dict.fromkeys(v[:MAX_FACET_VALUE] for v in values)
                    ),
                )
                self.write_text(cursor, rows)
            facet_bitmaps.log_write(*revision, [r.pk for r in rows])

    def delete(self, doc_ids):
        doc_ids = list(doc_ids)
        if not doc_ids:
            return
        with transaction.atomic():
            pks = list(
                IndexedDocument.objects.filter(doc_id__in=doc_ids).values_list("pk", flat=True)
            )
            if not pks:
                return
            facet_bitmaps.log_write(*facet_bitmaps.begin_write(), pks)
            with connection.cursor() as cursor:
                self.delete_text(cursor, pks)
            IndexedDocument.objects.filter(pk__in=pks).delete()

    def clear(self):
        with transaction.atomic():
            facet_bitmaps.log_write(*facet_bitmaps.begin_write(), None)
            with connection.cursor() as cursor:
                self.delete_text(cursor, None)
            IndexedFacet.objects.all().delete()
            IndexedDocument.objects.all().delete()

    def status(self):
        types = self.counts_by_type()
        return {
            "available": True,
            "vendor": self.vendor,
            "documents": sum(types.values()),
            "types": types,
            "error": "",
        }

    def counts_by_type(self):
        return dict(IndexedDocument.objects.values_list("type").annotate(n=Count("id")))

    def count(self):
        return IndexedDocument.objects.count()

    # -- what each vendor provides ---------------------------------------------------------

    @abstractmethod
    def write_text(self, cursor, rows):
        """Store the searchable text of these IndexedDocument rows (replacing any)."""

    @abstractmethod
    def delete_text(self, cursor, pks):
        """Forget the text of these documents (None: of every document), where the rows'
        own deletion does not take it with them."""

    def insert_facets(self, cursor, rows):
        """(document id, facet, value) rows."""
        cursor.executemany(
            f"INSERT INTO {FACET} (document_id, facet, value) VALUES (%s, %s, %s)", list(rows)
        )

    @abstractmethod
    def group_bitmaps(self, cursor, parsed, bitmaps):
        """[bitmap of the documents matching each group of the words], whoever may see them:
        ids only, no scores (search.bitmaps); scans may be kept with the snapshot `bitmaps`
        (`Bitmaps.scanned`)."""

    @abstractmethod
    def title_bitmap(self, cursor, parsed, bitmaps):
        """Bitmap of the documents with every group of the words in the title."""

    @abstractmethod
    def scores(self, cursor, parsed, pks, bitmaps, every=False):
        """[(id, relevance)] of these documents (each matching at least one group; with
        `every`, each matching every group): the text score (title weighted above summary
        above body), boosted where the reader's words appear as a phrase in the title or the
        body. Only these documents are scored."""

    def matching_ids(self, queries, ids):
        """{parsed query: ids among `ids` (database ids) that match its words}, whoever may see
        them, for many parsed queries at once: e-mail alerts test a few new documents against
        many saved searches this way, with the same matching as a search."""
        ids = list(ids)
        queries = [q for q in dict.fromkeys(queries) if q]
        if not ids or not queries:
            return {q: set() for q in queries}
        with connection.cursor() as cursor:
            return self.match_candidates(cursor, queries, ids)

    @abstractmethod
    def match_candidates(self, cursor, queries, ids):
        """matching_ids for non-empty, distinct `queries` and `ids`."""

    @abstractmethod
    def improvement_sql(self):
        """SQL for the largest `improvement` among the outcome rows of document `d` in one
        category (one %s)."""

    @abstractmethod
    def related_text(self, cursor, words):
        """[(id, score)] of up to 200 documents whose title or summary has these key terms."""

    # -- reading -------------------------------------------------------------------------

    def search(self, query):
        """Which documents match, the facet counts and the total come from id scans and the
        in-memory bitmaps (search.bitmaps); only the documents that can reach the page are
        scored, tier by tier (see `_ranked_page`), then the page's rows are read."""
        parsed = query.parsed
        bitmaps = facet_bitmaps.current()
        base = bitmaps.visible(query.visibility)
        levels = None
        with connection.cursor() as cursor:
            if parsed:
                # levels[k]: the visible documents with at least k of the groups; quoted
                # phrases are required as well.
                groups = self.group_bitmaps(cursor, parsed, bitmaps)
                levels = facet_bitmaps.at_least(groups, base)
                for group, bits in zip(parsed.groups, groups, strict=True):
                    if group.exact:
                        levels = [level & bits for level in levels]
                base = levels[parsed.minimum_should_match]
            # Both outcome facets chosen: one selection of per-row pairs (base.matched_filters).
            selections = {
                facet: bitmaps.union(facet, values)
                for facet, values in matched_filters(query.filters).items()
            }
            chosen = base
            for bits in selections.values():
                chosen &= bits
            facets = {}
            for facet in query.facets:
                # Each facet counts within every OTHER facet's selection, so its own options
                # stay.
                own = own_selections(facet)
                within = base
                for other, bits in selections.items():
                    if other not in own:
                        within &= bits
                partner = partner_selection(facet, query.filters)
                if partner:
                    facets[facet] = bitmaps.counts_of(
                        {
                            value: bitmaps.union("outcome_result", pairs_for(facet, value, partner))
                            for value in bitmaps.values.get(facet, {})
                        },
                        within,
                        query.facet_size,
                    )
                else:
                    facets[facet] = bitmaps.counts(facet, within, query.facet_size)

            if levels is not None or query.sort == "newest":
                # Newest first needs no SQL but the page's rows: the chosen documents are in
                # memory, and so are their dates (an ORDER BY over the filters' IN subqueries
                # joined thousands of facet rows per search on PostgreSQL).
                page = self._ranked_page(query, bitmaps, levels, chosen, cursor)
            else:
                page = self._sorted_page(query, cursor)
        complete = bool(chosen)
        if levels is not None:
            complete = bool(chosen & levels[-1])
        return RawResults(
            hits=[RawHit(data=_json(data), score=float(score or 0)) for _, data, score in page],
            total=chosen.bit_count(),
            facets=facets,
            complete=complete,
        )

    def _ranked_page(self, query, bitmaps, levels, chosen, cursor):
        """The page of the matches the reader may see and chose (`chosen`): by relevance,
        newest first, or A to Z: [(id, data, score)].

        By relevance, documents with more of the groups come first: the tiers are walked from
        "every group" down, and only a tier's documents are scored, in SQL, until the page is
        full; within a tier the score is weighted by type and mildly boosted for recent
        content. A tier larger than SCORE_LIMIT is shortlisted first (`_shortlist`)."""
        wanted = query.offset + query.limit
        if query.sort == "newest":
            # Newest first, ties by higher id first, as ORDER BY published_at DESC, id DESC.
            ranked = [(pk, 0.0) for pk in bitmaps.newest(chosen, wanted)]
        elif query.sort == "title":
            ranked = self._titled(cursor, facet_bitmaps.ids_of(chosen), wanted)
        elif query.sort == "improvement":
            ranked = self._by_improvement(
                cursor, query, bitmaps, facet_bitmaps.ids_of(chosen), wanted
            )
        else:
            ranked = []
            factor = bitmaps.factors(query.weights, ANSWERED)
            published, known = bitmaps.published, len(bitmaps.published)
            now, scale = time.time(), 86400.0 * RECENCY_DAYS
            title = None
            groups = len(levels) - 1
            for k in range(groups, query.parsed.minimum_should_match - 1, -1):
                tier = chosen & levels[k] & ~(levels[k + 1] if k + 1 < len(levels) else 0)
                if not tier:
                    continue
                if tier.bit_count() > SCORE_LIMIT:
                    if title is None:
                        title = self.title_bitmap(cursor, query.parsed, bitmaps)
                    pks = _shortlist(bitmaps, tier, title)
                else:
                    pks = facet_bitmaps.ids_of(tier)
                # The top tier is scored with the every-group query: the same scores, from a
                # smaller full-text scan.
                scored = self.scores(cursor, query.parsed, pks, bitmaps, every=k == groups)
                # The editors' type weight, times the score, mildly boosted for recent content
                # (list form: a step per document, ~2,000 per tier).
                keyed = [
                    (
                        factor[pk] * score / (1.0 + (now - published[pk]) / scale),
                        published[pk],
                        pk,
                    )
                    if pk < known
                    else (score / (1.0 + now / scale), 0.0, pk)
                    for pk, score in scored
                ]
                ranked += [
                    (pk, score) for score, _, pk in heapq.nlargest(wanted - len(ranked), keyed)
                ]
                if len(ranked) >= wanted:
                    break
        ranked = ranked[query.offset :]
        if not ranked:
            return []
        pks = [pk for pk, _ in ranked]
        cursor.execute(f"SELECT id, data FROM {DOC} WHERE id IN ({marks(pks)})", pks)
        data = dict(cursor.fetchall())
        return [(pk, data[pk], score) for pk, score in ranked if pk in data]

    @staticmethod
    def _titled(cursor, pks, wanted):
        """The first `wanted` of `pks` A to Z: [(id, 0.0)]."""
        keyed = []
        for start in range(0, len(pks), SORT_CHUNK):
            chunk = pks[start : start + SORT_CHUNK]
            cursor.execute(f"SELECT title_sort, id FROM {DOC} WHERE id IN ({marks(chunk)})", chunk)
            keyed = heapq.nsmallest(wanted, [*keyed, *cursor.fetchall()])
        return [(pk, 0.0) for _, pk in keyed]

    def _by_improvement(self, cursor, query, bitmaps, pks, wanted):
        """The first `wanted` of `pks` by their best improvement in the chosen outcome
        category (none last), then newest: [(id, improvement or 0.0)]."""
        keyed = []
        for start in range(0, len(pks), SORT_CHUNK):
            chunk = pks[start : start + SORT_CHUNK]
            cursor.execute(
                f"SELECT d.id, {self.improvement_sql()} FROM {DOC} d "
                f"WHERE d.id IN ({marks(chunk)})",
                [improvement_category(query), *chunk],
            )
            keyed += [
                (value is not None, value or 0.0, bitmaps.published_at(pk), pk)
                for pk, value in cursor.fetchall()
            ]
        return [(pk, value) for _, value, _, pk in heapq.nlargest(wanted, keyed)]

    def _sorted_page(self, query, cursor):
        """The page in title or date order (no words), filtered in SQL: [(id, data, score)]."""
        vis = list(query.visibility)
        where, params = f"d.visibility IN ({marks(vis)})", vis
        for facet, values in matched_filters(query.filters).items():
            where += (
                f" AND d.id IN (SELECT document_id FROM {FACET} "
                f"WHERE facet = %s AND value IN ({marks(values)}))"
            )
            params += [facet, *values]
        score, score_params = "0.0", []
        if query.sort == "title":
            order = "d.title_sort ASC, d.id ASC"
        elif query.sort == "improvement":
            # The best improvement any row of the chosen category reports; none sorts last.
            score, score_params = self.improvement_sql(), [improvement_category(query)]
            order = "score DESC NULLS LAST, d.published_at DESC, d.id DESC"
        else:
            order = "d.published_at DESC, d.id DESC"
        cursor.execute(
            f"SELECT d.id, d.data, {score} AS score FROM {DOC} d WHERE {where} "
            f"ORDER BY {order} LIMIT %s OFFSET %s",
            [*score_params, *params, query.limit, query.offset],
        )
        return cursor.fetchall()

    # -- "More like this" ----------------------------------------------------------------

    def related(self, doc_id, visibility, limit=4):
        """The data of up to `limit` documents most like `doc_id` that the reader may see.

        Cached per document, reader's visibility and index revision: any change to the index
        (a document made private, unpublished or edited) retires every cached answer."""
        bitmaps = facet_bitmaps.current()
        key = "search:related:{}:{}:{}:{}:{}".format(
            doc_id, ",".join(sorted(visibility)), bitmaps.revision, bitmaps.token, limit
        )
        if bitmaps.revision > 0:
            found = cache.get(key)
            if found is not None:
                return found
        found = self._related(doc_id, tuple(visibility), limit, bitmaps)
        if bitmaps.revision > 0:
            cache.set(key, found, RELATED_CACHE_SECONDS)
        return found

    def _related(self, doc_id, visibility, limit, bitmaps):
        """[data] of the documents most like `doc_id` that the reader may see: shared care
        models, support areas, tags and vanguards, and the key terms of its title and tags."""
        source = IndexedDocument.objects.filter(doc_id=doc_id).values_list("pk", "data").first()
        if source is None:
            return []
        pk, data = source[0], _json(source[1])
        shared = [
            (facet, value)
            for facet, field_name in _RELATED_FIELDS
            for value in data.get(field_name) or []
        ]
        scores = {}
        with connection.cursor() as cursor:
            if shared:
                cases = " ".join(f"WHEN '{facet}' THEN {w}" for facet, w in RELATED_WEIGHTS.items())
                where = " OR ".join(["(facet = %s AND value = %s)"] * len(shared))
                cursor.execute(
                    f"SELECT document_id, SUM(CASE facet {cases} ELSE 0 END) FROM {FACET} "
                    f"WHERE {where} GROUP BY document_id",
                    [item for pair in shared for item in pair],
                )
                # PostgreSQL sums the weights as numeric (Decimal): scores are floats everywhere.
                scores = {document: float(score) for document, score in cursor.fetchall()}
            words = related_key_terms(data)
            if words:
                text = [(doc, float(score)) for doc, score in self.related_text(cursor, words)]
                best = max((score for _, score in text), default=0) or 1.0
                for other, score in text:
                    scores[other] = scores.get(other, 0.0) + RELATED_TEXT_WEIGHT * score / best
        scores.pop(pk, None)
        if not scores:
            return []
        visible = facet_bitmaps.Membership(bitmaps.visible(visibility))
        ranked = heapq.nlargest(
            limit, ((score, other) for other, score in scores.items() if other in visible)
        )
        pks = [other for _, other in ranked]
        if not pks:
            return []
        rows = dict(
            IndexedDocument.objects.filter(pk__in=pks, visibility__in=list(visibility)).values_list(
                "pk", "data"
            )
        )
        return [_json(rows[other]) for other in pks if other in rows]


def related_key_terms(data):
    """The key terms of a document's title and tags "more like this" looks for."""
    text = normalise(" ".join([data["title"], *data.get("tags", [])]))
    return [
        w for w in dict.fromkeys(text.split()) if len(w) > 2 and w not in STOP_WORDS and w.isalpha()
    ][:RELATED_KEY_TERMS]


def _shortlist(bitmaps, tier, title):
    """The SCORE_LIMIT documents of a large tier worth scoring: those with every group in the
    title first (the title weighs ten times the body), newest first within each part (recency
    is the other part of the score)."""
    pks = bitmaps.newest(tier & title, SCORE_LIMIT)
    if len(pks) < SCORE_LIMIT:
        pks += bitmaps.newest(tier & ~title, SCORE_LIMIT - len(pks))
    return pks


_FIELDS = [f.name for f in fields(KnowledgeDocument)]


def _as_dict(document):
    """KnowledgeDocument.to_dict() without dataclasses.asdict's deep copies (same result)."""
    data = {}
    for name in _FIELDS:
        value = getattr(document, name)
        if isinstance(value, list | dict):
            value = type(value)(value)
        data[name] = value
    data["published_at"] = document.published_at.isoformat()
    data["updated_at"] = document.updated_at.isoformat()
    return data


def marks(values):
    return ", ".join(["%s"] * len(values)) or "NULL"


def _json(data):
    return json.loads(data) if isinstance(data, str) else data
