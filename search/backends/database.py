"""The embedded search backend: the index lives in the site's own database.

SQLite uses an FTS5 table (porter stemming, bm25 with title weighted above summary above body);
PostgreSQL a table of weighted tsvectors with a GIN index and ts_rank. Both rank exact phrases and
recent content a little higher, and both take the same expanded query, so the contract tests
hold for each. Totals and facet counts come from in-memory bitmaps (search.bitmaps); each
facet's counts honour the other facets' selections (its own selection does not narrow them).
"""

import heapq
import math
import time
from dataclasses import fields

from django.core.cache import cache
from django.db import connection, transaction

from .. import bitmaps as facet_bitmaps
from ..documents import OUTCOME, OUTCOME_RESULT, RESULT, KnowledgeDocument
from ..models import IndexedDocument, IndexedFacet, IndexedVector
from .base import (
    RawHit,
    RawResults,
    improvement_category,
    matched_filters,
    pairs_for,
    partner_selection,
)

DOC = IndexedDocument._meta.db_table
FACET = IndexedFacet._meta.db_table
VECTORS = IndexedVector._meta.db_table
FTS = "search_fts"
PHRASE_IN_TITLE = 2.0
PHRASE_IN_BODY = 1.3
# Ten-year-old content scores half as much as today's on equal relevance: a mild boost.
RECENCY_DAYS = 3650.0


class DatabaseBackend:
    name = "database"

    # -- writing -------------------------------------------------------------------------

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
            rows = []
            for doc in documents:
                row = IndexedDocument(
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
                rows.append(row)
            updates = [r for r in rows if r.pk]
            creates = [r for r in rows if not r.pk]
            if updates:
                IndexedDocument.objects.bulk_update(
                    updates,
                    [
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
                    ],
                )
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
            _insert_facets(
                (row.pk, facet, value)
                for row, doc in zip(rows, documents, strict=True)
                for facet, values in doc.facet_values().items()
                for value in dict.fromkeys(v[:160] for v in values)
            )
            self._write_text(rows)
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
            if connection.vendor == "sqlite":
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"DELETE FROM {FTS} WHERE rowid IN ({_marks(pks)})",
                        pks,
                    )
            IndexedDocument.objects.filter(pk__in=pks).delete()

    def clear(self):
        with transaction.atomic():
            facet_bitmaps.log_write(*facet_bitmaps.begin_write(), None)
            if connection.vendor == "sqlite":
                with connection.cursor() as cursor:
                    cursor.execute(f"DELETE FROM {FTS}")
            IndexedFacet.objects.all().delete()
            IndexedDocument.objects.all().delete()

    def _write_text(self, rows):
        pks = [r.pk for r in rows]
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute(f"DELETE FROM {FTS} WHERE rowid IN ({_marks(pks)})", pks)
                cursor.executemany(
                    f"INSERT INTO {FTS} (rowid, title, summary, body) VALUES (%s, %s, %s, %s)",
                    [(r.pk, r.title, r.summary, r.body) for r in rows],
                )
            else:
                cursor.execute(
                    f"INSERT INTO {VECTORS} (document_id, vector) SELECT id, "
                    "setweight(to_tsvector('english', title), 'A') || "
                    "setweight(to_tsvector('english', summary), 'B') || "
                    "setweight(to_tsvector('english', body), 'D') "
                    f"FROM {DOC} WHERE id IN ({_marks(pks)}) "
                    "ON CONFLICT (document_id) DO UPDATE SET vector = excluded.vector",
                    pks,
                )

    # -- reading -------------------------------------------------------------------------

    def search(self, query):
        """Facet counts and the total come from the in-memory bitmaps (search.bitmaps); the
        matching and ranking from SQL (FTS5 / tsvector), then the page's rows and snippets."""
        parsed = query.parsed
        bitmaps = facet_bitmaps.current()
        base = bitmaps.visible(query.visibility)
        matches = None
        if parsed:
            matches = self._matches(query)
            base &= facet_bitmaps.bitmap_of(pk for pk, _, _ in matches)
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
            # Each facet counts within every OTHER facet's selection, so its own options stay.
            own = {facet, OUTCOME_RESULT} if facet in (OUTCOME, RESULT) else {facet}
            within = base
            for other, bits in selections.items():
                if other not in own:
                    within &= bits
            partner = partner_selection(facet, query.filters)
            if partner:
                facets[facet] = bitmaps.counts_of(
                    {
                        value: bitmaps.union(OUTCOME_RESULT, pairs_for(facet, value, partner))
                        for value in bitmaps.values.get(facet, {})
                    },
                    within,
                    query.facet_size,
                )
            else:
                facets[facet] = bitmaps.counts(facet, within, query.facet_size)

        with connection.cursor() as cursor:
            if matches is not None:
                page = self._ranked_page(query, bitmaps, matches, chosen, cursor)
            else:
                page = self._sorted_page(query, cursor)
        complete = bool(chosen)
        if parsed and matches:
            every = len(parsed.groups)
            complete = bool(
                chosen & facet_bitmaps.bitmap_of(pk for pk, _, n in matches if n >= every)
            )
        # Snippets are whole sentences chosen from each hit's text (search.snippets).
        return RawResults(
            hits=self._hits(page, {}),
            total=chosen.bit_count(),
            facets=facets,
            complete=complete,
        )

    def _matches(self, query):
        """[(id, relevance, groups matched)] of every document matching the words (best match:
        search.query), whoever may see it.

        Relevance: the text score (bm25 on SQLite, ts_rank on PostgreSQL; title weighted above
        summary above body), boosted where the reader's words appear as a phrase in the title
        or the body. Visibility and filters are applied to these by the caller."""
        parsed = query.parsed
        groups = parsed.groups
        need = parsed.minimum_should_match
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                every = need >= len(groups)
                cursor.execute(
                    f"SELECT rowid, -bm25({FTS}, 10.0, 4.0, 1.0) FROM {FTS} WHERE {FTS} MATCH %s",
                    [_fts_match(parsed, every=every)],
                )
                scored = cursor.fetchall()
                if every:
                    coverage = None
                else:
                    # Which groups each candidate has: one id scan per group (at most 12).
                    found = [self._fts_ids(cursor, _fts_group(g)) for g in groups]
                    required = [ids for g, ids in zip(groups, found, strict=True) if g.exact]
                    coverage = {}
                    for pk, _ in scored:
                        if all(pk in ids for ids in required):
                            coverage[pk] = sum(pk in ids for ids in found)
                phrase = _fts_phrase(parsed.phrase)
                titled = phrase
                if len(groups) == 1:
                    # One term: any of its names as the title's phrase ("EHCH" and the hub
                    # called "Enhanced health in care homes").
                    titled = "(" + " OR ".join(_fts_phrase(a) for a in groups[0].alternatives)
                    titled += f" OR {phrase})"
                in_title = self._fts_ids(cursor, f"title : {titled}")
                in_body = self._fts_ids(cursor, f"body : {phrase}")
                matched = len(groups)
                result = []
                for pk, score in scored:
                    if coverage is not None:
                        matched = coverage.get(pk, 0)
                        if matched < need:
                            continue
                    boost = (PHRASE_IN_TITLE if pk in in_title else 1.0) * (
                        PHRASE_IN_BODY if pk in in_body else 1.0
                    )
                    result.append((pk, score * boost, matched))
                return result
            every = need >= len(groups)
            rank_q, rank_params = _pg_tsquery(parsed, every=every)
            if every:
                counted, count_params = str(len(groups)), []
            else:
                counted = " + ".join(f"(v.vector @@ {_pg_group(g)})::int" for g in groups)
                count_params = [alt for g in groups for alt in g.alternatives]
            required = [g for g in groups if g.exact and not every]
            where = f"v.vector @@ {rank_q}" + "".join(
                f" AND v.vector @@ {_pg_group(g)}" for g in required
            )
            cursor.execute(
                "SELECT document_id, score, matched FROM (SELECT v.document_id, "
                f"ts_rank(v.vector, {rank_q}, 1) "
                f"* (CASE WHEN v.vector @@ {_pg_weighted('A')} "
                f"THEN {PHRASE_IN_TITLE} ELSE 1.0 END) "
                f"* (CASE WHEN v.vector @@ {_pg_weighted('D')} "
                f"THEN {PHRASE_IN_BODY} ELSE 1.0 END) AS score, "
                f"{counted} AS matched "
                f"FROM {VECTORS} v WHERE {where}) m WHERE matched >= %s",
                [
                    *rank_params,
                    parsed.phrase,
                    parsed.phrase,
                    *count_params,
                    *rank_params,
                    *(alt for g in required for alt in g.alternatives),
                    need,
                ],
            )
            return cursor.fetchall()

    def matching_ids(self, queries, ids):
        """{query: ids among `ids` (database ids) that match its words}, whoever may see them,
        for many parsed queries at once: e-mail alerts test a few new documents against many
        saved searches this way, with the same matching as a search.

        On SQLite the few documents are copied into a temporary FTS5 table with the index's own
        tokenizer, so each query reads those documents rather than the whole index."""
        ids = list(ids)
        queries = [q for q in dict.fromkeys(queries) if q]
        if not ids or not queries:
            return {q: set() for q in queries}
        found = {}
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [FTS])
                definition = cursor.fetchone()[0]
                columns = definition[definition.index("(") :]
                cursor.execute("DROP TABLE IF EXISTS temp.alert_candidates")
                cursor.execute(f"CREATE VIRTUAL TABLE temp.alert_candidates USING fts5{columns}")
                try:
                    cursor.execute(
                        "INSERT INTO temp.alert_candidates (rowid, title, summary, body) "
                        f"SELECT rowid, title, summary, body FROM {FTS} "
                        f"WHERE rowid IN ({_marks(ids)})",
                        ids,
                    )
                    for parsed in queries:
                        cursor.execute(
                            "SELECT rowid FROM temp.alert_candidates "
                            "WHERE alert_candidates MATCH %s",
                            [_fts_match(parsed)],
                        )
                        found[parsed] = {pk for (pk,) in cursor.fetchall()}
                finally:
                    cursor.execute("DROP TABLE IF EXISTS temp.alert_candidates")
            else:
                for parsed in queries:
                    tsquery, ts_params = _pg_tsquery(parsed)
                    cursor.execute(
                        f"SELECT v.document_id FROM {VECTORS} v "
                        f"WHERE v.document_id IN ({_marks(ids)}) AND v.vector @@ {tsquery}",
                        [*ids, *ts_params],
                    )
                    found[parsed] = {pk for (pk,) in cursor.fetchall()}
        return found

    @staticmethod
    def _fts_ids(cursor, match):
        cursor.execute(f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s", [match])
        return {pk for (pk,) in cursor.fetchall()}

    def _ranked_page(self, query, bitmaps, matches, chosen, cursor):
        """The page of the matches the reader may see and chose: by relevance (documents with
        more of the words first; within that the score, weighted by type and mildly boosted
        for recent content), newest first, or A to Z: [(id, data, score)]."""
        allowed = facet_bitmaps.Membership(chosen)
        published = bitmaps.published_at
        wanted = query.offset + query.limit
        if query.sort == "newest":
            keyed = ((published(pk), pk, score) for pk, score, _ in matches if pk in allowed)
            ranked = [(pk, score) for _, pk, score in heapq.nlargest(wanted, keyed)]
        elif query.sort == "title":
            ranked = self._titled(cursor, [pk for pk, _, _ in matches if pk in allowed], wanted)
        elif query.sort == "improvement":
            ranked = self._by_improvement(
                cursor, query, bitmaps, [pk for pk, _, _ in matches if pk in allowed], wanted
            )
        else:
            weight = _weigher(bitmaps)
            now, scale = time.time(), 86400.0 * RECENCY_DAYS
            keyed = (
                (
                    matched,
                    weight(pk) * score / (1.0 + (now - published(pk)) / scale),
                    published(pk),
                    pk,
                )
                for pk, score, matched in matches
                if pk in allowed
            )
            ranked = [(pk, score) for _, score, _, pk in heapq.nlargest(wanted, keyed)]
        ranked = ranked[query.offset :]
        if not ranked:
            return []
        pks = [pk for pk, _ in ranked]
        cursor.execute(f"SELECT id, data FROM {DOC} WHERE id IN ({_marks(pks)})", pks)
        data = dict(cursor.fetchall())
        return [(pk, data[pk], score) for pk, score in ranked if pk in data]

    @staticmethod
    def _titled(cursor, pks, wanted):
        """The first `wanted` of `pks` A to Z: [(id, 0.0)]."""
        keyed = []
        for start in range(0, len(pks), 5000):
            chunk = pks[start : start + 5000]
            cursor.execute(f"SELECT title_sort, id FROM {DOC} WHERE id IN ({_marks(chunk)})", chunk)
            keyed = heapq.nsmallest(wanted, [*keyed, *cursor.fetchall()])
        return [(pk, 0.0) for _, pk in keyed]

    @staticmethod
    def _by_improvement(cursor, query, bitmaps, pks, wanted):
        """The first `wanted` of `pks` by their best improvement in the chosen outcome
        category (none last), then newest: [(id, improvement or 0.0)]."""
        keyed = []
        for start in range(0, len(pks), 5000):
            chunk = pks[start : start + 5000]
            cursor.execute(
                f"SELECT d.id, {_improvement_sql()} FROM {DOC} d WHERE d.id IN ({_marks(chunk)})",
                [improvement_category(query), *chunk],
            )
            keyed += [
                (value is not None, value or 0.0, bitmaps.published_at(pk), pk)
                for pk, value in cursor.fetchall()
            ]
        return [(pk, value) for _, value, _, pk in heapq.nlargest(wanted, keyed)]

    def _sorted_page(self, query, cursor):
        """The page in title or date order, filtered in SQL: [(id, data, score)]."""
        base_from, where, params = self._base(query)
        for facet, values in matched_filters(query.filters).items():
            where += (
                f" AND d.id IN (SELECT document_id FROM {FACET} "
                f"WHERE facet = %s AND value IN ({_marks(values)}))"
            )
            params += [facet, *values]
        score, score_params = "0.0", []
        if query.sort == "title":
            order = "d.title_sort ASC, d.id ASC"
        elif query.sort == "improvement":
            # The best improvement any row of the chosen category reports; none sorts last.
            score, score_params = _improvement_sql(), [improvement_category(query)]
            order = "score DESC NULLS LAST, d.published_at DESC, d.id DESC"
        else:
            order = "d.published_at DESC, d.id DESC"
        cursor.execute(
            f"SELECT d.id, d.data, {score} AS score FROM {base_from} WHERE {where} "
            f"ORDER BY {order} LIMIT %s OFFSET %s",
            [*score_params, *params, query.limit, query.offset],
        )
        return cursor.fetchall()

    @staticmethod
    def _hits(page, snippets):
        return [
            RawHit(data=_json(data), score=float(score or 0), snippet=snippets.get(pk, ""))
            for pk, data, score in page
        ]

    def autocomplete(self, prefix_words, visibility, limit=8):
        """Visible titles containing every word, the last one as a prefix."""
        if not prefix_words:
            return []
        vis = list(visibility)
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                terms = [f'"{w}"' for w in prefix_words[:-1]] + [f'"{prefix_words[-1]}" *']
                match = " AND ".join(f"title : {t}" for t in terms)
                cursor.execute(
                    f"SELECT d.title, d.url, d.type FROM {FTS} CROSS JOIN {DOC} d "
                    f"ON d.id = {FTS}.rowid "
                    f"WHERE {FTS} MATCH %s AND d.visibility IN ({_marks(vis)}) "
                    "ORDER BY length(d.title), d.published_at DESC LIMIT %s",
                    [match, *vis, limit],
                )
            else:
                tsquery = " & ".join([*prefix_words[:-1], f"{prefix_words[-1]}:*"])
                cursor.execute(
                    f"SELECT d.title, d.url, d.type FROM {DOC} d "
                    "WHERE to_tsvector('simple', d.title) @@ to_tsquery('simple', %s) "
                    f"AND d.visibility IN ({_marks(vis)}) "
                    "ORDER BY length(d.title), d.published_at DESC LIMIT %s",
                    [tsquery, *vis, limit],
                )
            return cursor.fetchall()

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
        found = related_documents(doc_id, tuple(visibility), limit, bitmaps)
        if bitmaps.revision > 0:
            cache.set(key, found, RELATED_CACHE_SECONDS)
        return found

    def count(self):
        return IndexedDocument.objects.count()

    def counts_by_type(self):
        from django.db.models import Count

        return dict(IndexedDocument.objects.values_list("type").annotate(n=Count("id")))

    # -- SQL pieces ----------------------------------------------------------------------

    def _base(self, query):
        """(FROM, WHERE, params) for the documents the reader may see (no words: those are
        matched by `_matches` and paged by `_ranked_page`)."""
        vis = list(query.visibility)
        return f"{DOC} d", f"d.visibility IN ({_marks(vis)})", vis


def _weigher(bitmaps):
    """pk -> the editors' weight for its type (and for an answered discussion)."""
    from ..ranking import ANSWERED, current_weights

    weights = current_weights()
    members = [
        (facet_bitmaps.Membership(mask), weights.get(value, 1.0))
        for value, mask in bitmaps.values.get("type", {}).items()
        if weights.get(value, 1.0) != 1.0
    ]
    answered = bitmaps.values.get("standing", {}).get(ANSWERED, 0)
    if answered and weights.get(ANSWERED, 1.0) != 1.0:
        members.append((facet_bitmaps.Membership(answered), weights[ANSWERED]))

    def weight(pk):
        result = 1.0
        for membership, factor in members:
            if pk in membership:
                result *= factor
        return result

    return weight


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


_FIELDS = [f.name for f in fields(KnowledgeDocument)]


def _insert_facets(rows):
    """(document id, facet, value) rows, with COPY on PostgreSQL (several times executemany)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {FACET} (document_id, facet, value) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            cursor.executemany(
                f"INSERT INTO {FACET} (document_id, facet, value) VALUES (%s, %s, %s)", list(rows)
            )


def _improvement_sql():
    """SQL for the largest `improvement` among a document's outcome rows of one category (%s)."""
    if connection.vendor == "sqlite":
        return (
            "(SELECT MAX(json_extract(o.value, '$.improvement')) "
            "FROM json_each(d.data, '$.outcomes') o "
            "WHERE json_extract(o.value, '$.category') = %s)"
        )
    return (
        "(SELECT MAX((o->>'improvement')::float8) "
        "FROM jsonb_array_elements(d.data->'outcomes') o WHERE o->>'category' = %s)"
    )


def _marks(values):
    return ", ".join(["%s"] * len(values)) or "NULL"


def _fts_match(parsed, every=True):
    """The FTS5 query: every group (or, for best match, any), each as any of its
    alternatives, as phrases."""
    return (" AND " if every else " OR ").join(_fts_group(group) for group in parsed.groups)


def _fts_group(group):
    """Any alternative as a phrase; what the reader typed (the first) as words anywhere, unless
    quoted: typing a glossary term must not demand it as a phrase."""
    alternatives = [_fts_phrase(alt) for alt in group.alternatives]
    first = group.alternatives[0].split()
    if not group.exact and len(first) > 1:
        alternatives[0] = "(" + " AND ".join(_fts_phrase(w) for w in first) + ")"
    return "(" + " OR ".join(alternatives) + ")"


def _pg_weighted(weight):
    """The reader's phrase (one %s) as a tsquery whose every lexeme must carry `weight`
    (A: title, D: body), by labelling each quoted lexeme of phraseto_tsquery's text form."""
    return (
        "regexp_replace(phraseto_tsquery('english', %s)::text, "
        r"'(''(?:[^'']|'''')*'')', '\1:" + weight + "', 'g')::tsquery"
    )


def _fts_phrase(text):
    # Alternatives hold only word characters, '&' and spaces (search.synonyms.normalise).
    return '"' + text.replace('"', " ") + '"'


def _pg_group(group):
    """A group as a tsquery (one %s per alternative): phrases, but what the reader typed (the
    first) as words anywhere unless quoted."""
    first = "phraseto_tsquery" if group.exact else "plainto_tsquery"
    others = ["phraseto_tsquery('english', %s)"] * (len(group.alternatives) - 1)
    return "(" + " || ".join([f"{first}('english', %s)", *others]) + ")"


def _pg_tsquery(parsed, every=True):
    groups, params = [], []
    for group in parsed.groups:
        groups.append(_pg_group(group))
        params += list(group.alternatives)
    return "(" + (" && " if every else " || ").join(groups) + ")", params


def _json(data):
    if isinstance(data, str):
        import json

        return json.loads(data)
    return data


def documents_from_rows(rows):
    return [KnowledgeDocument.from_dict(row.data) for row in rows]


# -- "More like this" ----------------------------------------------------------------------

# What one shared value is worth when finding related documents.
RELATED_WEIGHTS = {"care_model": 2.0, "support_area": 1.0, "tag": 2.0, "vanguard": 1.5}
RELATED_TEXT_WEIGHT = 6.0  # for the best key-term match; others in proportion
RELATED_KEY_TERMS = 8
RELATED_CACHE_SECONDS = 3600


def _pg_related_sql(cursor, words):
    """(sql, params) scoring documents by the key terms as SQLite's bm25 does above: title (A)
    and summary (B) only, and each term weighted by its rarity (ts_rank has no IDF, so without
    it "care" and "home" would count as much as "red" and "bag")."""
    cursor.execute(f"SELECT count(*) FROM {VECTORS}")
    total = cursor.fetchone()[0] or 1
    parts, params = [], []
    for word in words:
        cursor.execute(
            f"SELECT count(*) FROM {VECTORS} WHERE vector @@ to_tsquery('english', %s)",
            [f"{word}:AB"],
        )
        frequency = cursor.fetchone()[0]
        if not frequency:
            continue
        rarity = math.log(1 + (total - frequency + 0.5) / (frequency + 0.5))
        parts.append(
            "CASE WHEN vector @@ to_tsquery('english', %s) "
            "THEN %s * ts_rank('{0, 0, 0.4, 1.0}', vector, to_tsquery('english', %s)) ELSE 0 END"
        )
        params += [f"{word}:AB", rarity, f"{word}:AB"]
    if not parts:
        return "SELECT NULL, 0 WHERE false", []
    union = " | ".join(f"{w}:AB" for w in words)
    sql = (
        f"SELECT document_id, ({' + '.join(parts)}) AS score FROM {VECTORS} "
        "WHERE vector @@ to_tsquery('english', %s) ORDER BY score DESC LIMIT 200"
    )
    return sql, [*params, union]


def related_documents(doc_id, visibility, limit, bitmaps=None):
    """[data] of the documents most like `doc_id` that the reader may see: shared care
    models, support areas, tags and vanguards, and the key terms of its title and tags."""
    from ..query import STOP_WORDS
    from ..synonyms import normalise

    source = IndexedDocument.objects.filter(doc_id=doc_id).values_list("pk", "data").first()
    if source is None:
        return []
    pk, data = source[0], _json(source[1])
    shared = [
        (facet, value)
        for facet, field_name in (
            ("care_model", "care_models"),
            ("support_area", "support_areas"),
            ("tag", "tags"),
            ("vanguard", "vanguards"),
        )
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
        words = [
            w
            for w in dict.fromkeys(
                normalise(" ".join([data["title"], *data.get("tags", [])])).split()
            )
            if len(w) > 2 and w not in STOP_WORDS and w.isalpha()
        ][:RELATED_KEY_TERMS]
        if words:
            match = " OR ".join(_fts_phrase(w) for w in words)
            if connection.vendor == "sqlite":
                cursor.execute(
                    f"SELECT rowid, -bm25({FTS}, 10.0, 4.0, 1.0) FROM {FTS} "
                    f"WHERE {FTS} MATCH %s ORDER BY rank LIMIT 200",
                    [f"{{title summary}} : ({match})"],
                )
            else:
                cursor.execute(*_pg_related_sql(cursor, words))
            text = [(document, float(score)) for document, score in cursor.fetchall()]
            best = max((score for _, score in text), default=0) or 1.0
            for other, score in text:
                scores[other] = scores.get(other, 0.0) + RELATED_TEXT_WEIGHT * score / best
    scores.pop(pk, None)
    if not scores:
        return []
    bitmaps = bitmaps or facet_bitmaps.current()
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
