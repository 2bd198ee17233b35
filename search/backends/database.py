"""The embedded search backend: the index lives in the site's own database.

SQLite uses an FTS5 table (porter stemming, bm25 with title weighted above summary above body);
PostgreSQL a weighted tsvector column with a GIN index and ts_rank_cd. Both rank exact phrases
and recent content a little higher, and both take the same expanded query, so the contract
tests hold for each. Facet counts come back in one query; each facet's counts honour the other
facets' selections (a facet's own selection does not narrow its counts).
"""

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
                    data=doc.to_dict(),
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
                # Not every database returns primary keys from bulk_create.
                ids = dict(
                    IndexedDocument.objects.filter(
                        doc_id__in=[r.doc_id for r in creates]
                    ).values_list("doc_id", "pk")
                )
                for row in creates:
                    row.pk = ids[row.doc_id]
            pks = [r.pk for r in rows]
            IndexedFacet.objects.filter(document_id__in=pks).delete()
            IndexedFacet.objects.bulk_create(
                IndexedFacet(document_id=row.pk, facet=facet, value=value[:160])
                for row, doc in zip(rows, documents, strict=True)
                for facet, values in doc.facet_values().items()
                for value in dict.fromkeys(values)
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

        def filters_sql(skip=None):
            clauses, params = [], []
            for facet, values in query.filters.items():
                if facet == skip or not values:
                    continue
                clauses.append(
                    f"d.id IN (SELECT document_id FROM {FACET} "
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
            # The total rides along as a window count, so a search without facets is one query
            # (SQLite cannot combine FTS5's bm25() with a window function: it counts separately).
            windowed = connection.vendor != "sqlite" or not parsed
            total_sql = ", COUNT(*) OVER ()" if windowed else ""
            cursor.execute(
                f"SELECT d.id, d.data, {score_sql} AS score{total_sql} FROM {base_from} "
                f"WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s",
                [*score_params, *base_params, *filter_params, query.limit, query.offset],
            )
            rows = cursor.fetchall()
            page = [row[:3] for row in rows]
            window_total = rows[0][3] if rows and windowed else None

            if not query.facets and window_total is not None:
                snippets = self._snippets(cursor, query, [row[0] for row in page]) if parsed else {}
                return RawResults(hits=self._hits(page, snippets), total=window_total, facets={})

            # Totals and every facet's counts in one round trip. A facet counts the documents
            # that match the query and every OTHER facet's selection: facets without a
            # selection share one document set and are counted in one pass over it; each
            # selected facet gets its own set. Counting from the (small) document sets through
            # the (document, facet, value) index is what keeps this fast on large indexes.
            join = _forced_join()
            parts, params = [], []
            if window_total is None:
                parts.append(f"SELECT '', '', COUNT(*) FROM {base_from} WHERE {where}")
                params += [*base_params, *filter_params]
            shared = [f for f in query.facets if not query.filters.get(f)]
            groups = [(shared, where, filter_params)] if shared else []
            for facet in query.facets:
                if query.filters.get(facet):
                    other_clauses, other_params = filters_sql(skip=facet)
                    groups.append(
                        ([facet], " AND ".join([base_where, *other_clauses]), other_params)
                    )
            for facets_here, group_where, group_params in groups:
                parts.append(
                    "SELECT * FROM (SELECT f.facet, f.value, COUNT(*) AS n "
                    f"FROM (SELECT d.id FROM {base_from} WHERE {group_where}) s "
                    f"{join} {FACET} f ON f.document_id = s.id "
                    f"WHERE f.facet IN ({_marks(facets_here)}) GROUP BY f.facet, f.value) "
                    f"AS facet_{len(parts)}"
                )
                params += [*base_params, *group_params, *facets_here]
            total, facets = window_total or 0, {facet: {} for facet in query.facets}
            if parts:
                cursor.execute(" UNION ALL ".join(parts), params)
                counted = {}
                for facet, value, count in cursor.fetchall():
                    if facet == "":
                        total = count
                    else:
                        counted.setdefault(facet, []).append((value, count))
                for facet, pairs in counted.items():
                    pairs.sort(key=lambda pair: (-pair[1], pair[0]))
                    facets[facet] = dict(pairs[: query.facet_size])

            snippets = self._snippets(cursor, query, [row[0] for row in page]) if parsed else {}

        return RawResults(hits=self._hits(page, snippets), total=total, facets=facets)

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
