"""The embedded search backend: the index lives in the site's own database.

SQLite uses an FTS5 table (porter stemming, bm25 with title weighted above summary above body);
PostgreSQL a weighted tsvector column with a GIN index and ts_rank_cd. Both rank exact phrases
and recent content a little higher, and both take the same expanded query, so the contract
tests hold for each. Facet counts come back in one query; each facet's counts honour the other
facets' selections (a facet's own selection does not narrow its counts).
"""

from dataclasses import fields

from django.db import connection, transaction

from ..documents import KnowledgeDocument
from ..highlight import START, STOP
from ..models import IndexedDocument, IndexedFacet
from .base import RawHit, RawResults

DOC = IndexedDocument._meta.db_table
FACET = IndexedFacet._meta.db_table
FTS = "search_fts"
SNIPPET_WORDS = 32
PHRASE_IN_TITLE = 2.0
PHRASE_IN_BODY = 1.3
# Ten-year-old content scores half as much as today's on equal relevance: a mild boost.
RECENCY_DAYS = 3650.0
# Above this many documents, counting facets walks the facet index rather than the documents.
LARGE_SET = 20_000


class DatabaseBackend:
    name = "database"

    # -- writing -------------------------------------------------------------------------

    def index(self, documents):
        """Add or replace documents (KnowledgeDocument), in the caller's transaction."""
        documents = list(documents)
        if not documents:
            return
        with transaction.atomic():
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
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {FACET} (document_id, facet, value) VALUES (%s, %s, %s)",
                    [
                        (row.pk, facet, value)
                        for row, doc in zip(rows, documents, strict=True)
                        for facet, values in doc.facet_values().items()
                        for value in dict.fromkeys(v[:160] for v in values)
                    ],
                )
            self._write_text(rows)

    def delete(self, doc_ids):
        doc_ids = list(doc_ids)
        if not doc_ids:
            return
        with transaction.atomic():
            pks = list(
                IndexedDocument.objects.filter(doc_id__in=doc_ids).values_list("pk", flat=True)
            )
            if connection.vendor == "sqlite" and pks:
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"DELETE FROM {FTS} WHERE rowid IN ({_marks(pks)})",
                        pks,
                    )
            IndexedDocument.objects.filter(pk__in=pks).delete()

    def clear(self):
        with transaction.atomic():
            if connection.vendor == "sqlite":
                with connection.cursor() as cursor:
                    cursor.execute(f"DELETE FROM {FTS}")
            IndexedFacet.objects.all().delete()
            IndexedDocument.objects.all().delete()

    def _write_text(self, rows):
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                pks = [r.pk for r in rows]
                cursor.execute(f"DELETE FROM {FTS} WHERE rowid IN ({_marks(pks)})", pks)
                cursor.executemany(
                    f"INSERT INTO {FTS} (rowid, title, summary, body) VALUES (%s, %s, %s, %s)",
                    [(r.pk, r.title, r.summary, r.body) for r in rows],
                )
            else:
                pks = [r.pk for r in rows]
                cursor.execute(
                    f"UPDATE {DOC} SET search_vector = "
                    "setweight(to_tsvector('english', title), 'A') || "
                    "setweight(to_tsvector('english', summary), 'B') || "
                    "setweight(to_tsvector('english', body), 'D') "
                    f"WHERE id IN ({_marks(pks)})",
                    pks,
                )

    # -- reading -------------------------------------------------------------------------

    def search(self, query):
        parsed = query.parsed
        base_from, base_where, base_params, score_sql, score_params = self._base(query)

        def filters_sql(skip=None, column="d.id"):
            clauses, params = [], []
            for facet, values in query.filters.items():
                if facet == skip or not values:
                    continue
                clauses.append(
                    f"{column} IN (SELECT document_id FROM {FACET} "
                    f"WHERE facet = %s AND value IN ({_marks(values)}))"
                )
                params += [facet, *values]
            return clauses, params

        clauses, filter_params = filters_sql()
        where = " AND ".join([base_where, *clauses])
        order = {
            "newest": "d.published_at DESC, d.id DESC",
            "title": "d.title_sort ASC, d.id ASC",
        }.get(query.sort, "score DESC, d.published_at DESC, d.id DESC")
        if not parsed and query.sort == "relevance":
            order = "d.published_at DESC, d.id DESC"

        with connection.cursor() as cursor:
            # The total is counted separately, not with COUNT(*) OVER (): a window makes the
            # database carry every matching row (with its data) through the sort before LIMIT,
            # seconds on a large index (and SQLite's bm25() refuses window functions).
            cursor.execute(
                f"SELECT d.id, d.data, {score_sql} AS score FROM {base_from} "
                f"WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s",
                [*score_params, *base_params, *filter_params, query.limit, query.offset],
            )
            page = cursor.fetchall()
            window_total = None

            # Totals and every facet's counts in one round trip. A facet counts the documents
            # that match the query and every OTHER facet's selection: facets without a
            # selection share one document set and are counted in one pass over it; each
            # selected facet gets its own set. Counting from the (small) document sets through
            # the (document, facet, value) index is what keeps this fast on large indexes.
            if parsed:
                facets, total = self._matched_facet_counts(cursor, query, filters_sql)
                snippets = self._snippets(cursor, query, [row[0] for row in page])
                return RawResults(hits=self._hits(page, snippets), total=total, facets=facets)
            join = _forced_join()
            parts, params = [], []
            if window_total is None:
                # Without words the set may be most of the index: its size picks the plan below.
                cursor.execute(
                    f"SELECT COUNT(*) FROM {base_from} WHERE {where}",
                    [*base_params, *filter_params],
                )
                window_total = cursor.fetchone()[0]
            large = window_total > LARGE_SET
            shared = [f for f in query.facets if not query.filters.get(f)]
            groups = [(shared, where, filter_params, clauses)] if shared else []
            for facet in query.facets:
                if query.filters.get(facet):
                    other_clauses, other_params = filters_sql(skip=facet)
                    groups.append(
                        (
                            [facet],
                            " AND ".join([base_where, *other_clauses]),
                            other_params,
                            other_clauses,
                        )
                    )
            for facets_here, group_where, group_params, group_clauses in groups:
                documents = f"SELECT d.id FROM {base_from} WHERE {group_where}"
                if group_clauses and not large:
                    # A narrowed set: walk its documents' facet rows.
                    counted_rows = (
                        f"FROM ({documents}) s {join} {FACET} f ON f.document_id = s.id "
                        f"WHERE f.facet IN ({_marks(facets_here)})"
                    )
                    counted_params = [*base_params, *group_params, *facets_here]
                else:
                    # Most of the index: walk the facet index, checking each row's document.
                    counted_rows = (
                        f"FROM {FACET} f WHERE f.facet IN ({_marks(facets_here)}) "
                        f"AND f.document_id IN ({documents})"
                    )
                    counted_params = [*facets_here, *base_params, *group_params]
                parts.append(
                    "SELECT * FROM (SELECT f.facet, f.value, COUNT(*) AS n "
                    f"{counted_rows} GROUP BY f.facet, f.value) AS facet_{len(parts)}"
                )
                params += counted_params
            total, facets = window_total, {facet: {} for facet in query.facets}
            if parts:
                cursor.execute(" UNION ALL ".join(parts), params)
                counted = {}
                for facet, value, count in cursor.fetchall():
                    counted.setdefault(facet, []).append((value, count))
                for facet, pairs in counted.items():
                    pairs.sort(key=lambda pair: (-pair[1], pair[0]))
                    facets[facet] = dict(pairs[: query.facet_size])

        return RawResults(hits=self._hits(page, {}), total=total, facets=facets)

    def _matched_facet_counts(self, cursor, query, filters_sql):
        """(facet counts, total) for a query with words: the full-text match is evaluated once
        (a materialised CTE) and every count reuses it."""
        base_from, base_where, base_params, _, _ = self._base(query)
        join = _forced_join()
        matched = f"SELECT d.id AS id FROM {base_from} WHERE {base_where}"
        clauses, params = filters_sql(column="m.id")
        parts = [f"SELECT '', '', COUNT(*) FROM m WHERE {' AND '.join(['1 = 1', *clauses])}"]
        params = [*base_params, *params]
        shared = [f for f in query.facets if not query.filters.get(f)]
        groups = [(shared, clauses, params[len(base_params) :])] if shared else []
        for facet in query.facets:
            if query.filters.get(facet):
                groups.append(([facet], *filters_sql(skip=facet, column="m.id")))
        for facets_here, group_clauses, group_params in groups:
            parts.append(
                "SELECT * FROM (SELECT f.facet, f.value, COUNT(*) AS n "
                f"FROM m {join} {FACET} f ON f.document_id = m.id "
                f"WHERE {' AND '.join([*group_clauses, f'f.facet IN ({_marks(facets_here)})'])} "
                f"GROUP BY f.facet, f.value) AS facet_{len(parts)}"
            )
            params += [*group_params, *facets_here]
        cursor.execute(f"WITH m AS MATERIALIZED ({matched}) " + " UNION ALL ".join(parts), params)
        total, counted = 0, {}
        for facet, value, count in cursor.fetchall():
            if facet == "":
                total = count
            else:
                counted.setdefault(facet, []).append((value, count))
        facets = {facet: {} for facet in query.facets}
        for facet, pairs in counted.items():
            pairs.sort(key=lambda pair: (-pair[1], pair[0]))
            facets[facet] = dict(pairs[: query.facet_size])
        return facets, total

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

    def count(self):
        return IndexedDocument.objects.count()

    def counts_by_type(self):
        from django.db.models import Count

        return dict(IndexedDocument.objects.values_list("type").annotate(n=Count("id")))

    # -- SQL pieces ----------------------------------------------------------------------

    def _base(self, query):
        """(FROM, WHERE, params, score SQL, score params) for the match and visibility."""
        vis = list(query.visibility)
        parsed = query.parsed
        visibility_sql = f"d.visibility IN ({_marks(vis)})"
        if not parsed:
            return f"{DOC} d", visibility_sql, vis, "0.0", []
        phrase = parsed.phrase
        if connection.vendor == "sqlite":
            match = " AND ".join(
                "(" + " OR ".join(_fts_phrase(alt) for alt in group.alternatives) + ")"
                for group in parsed.groups
            )
            score = (
                f"(-bm25({FTS}, 10.0, 4.0, 1.0)) "
                "* (CASE WHEN instr(lower(d.title), %s) > 0 THEN {t} ELSE 1.0 END) "
                "* (CASE WHEN instr(lower(d.body), %s) > 0 THEN {b} ELSE 1.0 END) "
                "/ (1.0 + (julianday('now') - julianday(d.published_at)) / {r})"
            ).format(t=PHRASE_IN_TITLE, b=PHRASE_IN_BODY, r=RECENCY_DAYS)
            # CROSS JOIN makes SQLite drive from the full-text match (one MATCH evaluation)
            # rather than from the visibility index with a MATCH per row: 100x on big indexes.
            return (
                f"{FTS} CROSS JOIN {DOC} d ON d.id = {FTS}.rowid",
                f"{FTS} MATCH %s AND {visibility_sql}",
                [match, *vis],
                score,
                [phrase, phrase],
            )
        tsquery, ts_params = _pg_tsquery(parsed)
        score = (
            f"ts_rank_cd(d.search_vector, {tsquery}, 1) "
            f"* (CASE WHEN strpos(lower(d.title), %s) > 0 THEN {PHRASE_IN_TITLE} ELSE 1.0 END) "
            f"* (CASE WHEN strpos(lower(d.body), %s) > 0 THEN {PHRASE_IN_BODY} ELSE 1.0 END) "
            f"/ (1.0 + EXTRACT(EPOCH FROM (now() - d.published_at)) / 86400.0 / {RECENCY_DAYS})"
        )
        return (
            f"{DOC} d",
            f"d.search_vector @@ {tsquery} AND {visibility_sql}",
            [*ts_params, *vis],
            score,
            [*ts_params, phrase, phrase],
        )

    def _snippets(self, cursor, query, pks):
        if not pks:
            return {}
        parsed = query.parsed
        if connection.vendor == "sqlite":
            match = " AND ".join(
                "(" + " OR ".join(_fts_phrase(alt) for alt in group.alternatives) + ")"
                for group in parsed.groups
            )
            cursor.execute(
                f"SELECT rowid, snippet({FTS}, 2, char(2), char(3), '…', {SNIPPET_WORDS}) "
                f"FROM {FTS} WHERE {FTS} MATCH %s AND rowid IN ({_marks(pks)})",
                [match, *pks],
            )
        else:
            tsquery, ts_params = _pg_tsquery(parsed)
            options = (
                f"StartSel={START}, StopSel={STOP}, MaxWords={SNIPPET_WORDS}, MinWords=12, "
                'MaxFragments=2, FragmentDelimiter=" … "'
            )
            cursor.execute(
                f"SELECT d.id, ts_headline('english', d.body, {tsquery}, %s) FROM {DOC} d "
                f"WHERE d.id IN ({_marks(pks)})",
                [*ts_params, options, *pks],
            )
        return {pk: text if (START in (text or "")) else "" for pk, text in cursor.fetchall()}


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


def _forced_join():
    """A join that keeps the written table order (SQLite's CROSS JOIN; PostgreSQL plans well)."""
    return "CROSS JOIN" if connection.vendor == "sqlite" else "JOIN"


def _marks(values):
    return ", ".join(["%s"] * len(values)) or "NULL"


def _fts_phrase(text):
    # Alternatives hold only word characters, '&' and spaces (search.synonyms.normalise).
    return '"' + text.replace('"', " ") + '"'


def _pg_tsquery(parsed):
    groups, params = [], []
    for group in parsed.groups:
        groups.append(
            "(" + " || ".join(["phraseto_tsquery('english', %s)"] * len(group.alternatives)) + ")"
        )
        params += list(group.alternatives)
    return "(" + " && ".join(groups) + ")", params


def _json(data):
    if isinstance(data, str):
        import json

        return json.loads(data)
    return data


def documents_from_rows(rows):
    return [KnowledgeDocument.from_dict(row.data) for row in rows]
