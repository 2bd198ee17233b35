"""PostgreSQL: a table of weighted tsvectors (title A, summary B, body D) with a GIN index,
ranked by ts_rank; facet rows loaded with COPY.

The tsquery SQL is compiled by the module's functions (`pg_tsquery`, `pg_group`,
`pg_weighted`) with every word of the reader as a bound parameter: nothing the reader types
reaches SQL or tsquery syntax.
"""

import math

from django.db import connection

from ...bitmaps import bitmap_of
from .base import DOC, FACET, PHRASE_IN_BODY, PHRASE_IN_TITLE, VECTORS, DatabaseBackend, marks


class PostgreSQLBackend(DatabaseBackend):
    vendor = "postgresql"

    def write_text(self, cursor, rows):
        pks = [r.pk for r in rows]
        cursor.execute(
            f"INSERT INTO {VECTORS} (document_id, vector) SELECT id, "
            "setweight(to_tsvector('english', title), 'A') || "
            "setweight(to_tsvector('english', summary), 'B') || "
            "setweight(to_tsvector('english', body), 'D') "
            f"FROM {DOC} WHERE id IN ({marks(pks)}) "
            "ON CONFLICT (document_id) DO UPDATE SET vector = excluded.vector",
            pks,
        )

    def delete_text(self, cursor, pks):
        """Nothing: a document's vector row goes with it (its foreign key)."""

    def insert_facets(self, cursor, rows):
        """With COPY: several times faster than executemany."""
        with cursor.copy(f"COPY {FACET} (document_id, facet, value) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def group_bitmaps(self, cursor, parsed, bitmaps):
        """Every group's documents and the title's (`title_bitmap`) from one pass over the
        documents with any of the groups: on PostgreSQL an id scan's cost is visiting the
        matching rows (a broad word's are on every page of the table), so one visit with a few
        tsquery tests per row beats a visit per group and another for the title."""
        keys = [_key(pg_group(group), list(group.alternatives)) for group in parsed.groups]
        title_key = _key(*_title_tsquery(parsed))
        found = [bitmaps.kept(key) for key in keys]
        if all(bits is not None for bits in found):
            return found
        tests, params = [], []
        for group in parsed.groups:
            tests.append(pg_group(group))
            params += list(group.alternatives)
        title_sql, title_params = _title_tsquery(parsed)
        tests.append(title_sql)
        params += title_params
        any_sql, any_params = pg_tsquery(parsed, every=False)
        columns = ", ".join(
            f"string_agg(document_id::text, ',') FILTER (WHERE v.vector @@ {test})"
            for test in tests
        )
        cursor.execute(
            f"SELECT {columns} FROM {VECTORS} v WHERE v.vector @@ {any_sql}",
            [*params, *any_params],
        )
        row = cursor.fetchone()
        found = [bitmap_of(map(int, ids.split(","))) if ids else 0 for ids in row]
        for key, bits in zip([*keys, title_key], found, strict=True):
            bitmaps.keep(key, bits)
        return found[:-1]

    def title_bitmap(self, cursor, parsed, bitmaps):
        title_sql, title_params = _title_tsquery(parsed)
        return self._bitmap(cursor, title_sql, title_params, bitmaps)

    @staticmethod
    def _bitmap(cursor, tsquery, params, bitmaps):
        """The documents matching `tsquery`, kept with the snapshot (`Bitmaps.scanned`)."""

        def scan():
            # The ids as one string: no Python object per matching row.
            cursor.execute(
                f"SELECT string_agg(document_id::text, ',') FROM {VECTORS} v "
                f"WHERE v.vector @@ {tsquery}",
                params,
            )
            ids = cursor.fetchone()[0]
            return bitmap_of(map(int, ids.split(","))) if ids else 0

        return bitmaps.scanned(_key(tsquery, params), scan)

    def scores(self, cursor, parsed, pks, bitmaps, every=False):
        """ts_rank of the any-group query for best match (ts_rank, unlike bm25, differs between
        the every-group and any-group queries, so `every` does not change the query), read
        for `pks` by id: no full-text scan."""
        if not pks:
            return []
        cursor.execute(*compile_scores(parsed, pks))
        return cursor.fetchall()

    def match_candidates(self, cursor, queries, ids):
        found = {}
        for parsed in queries:
            tsquery, ts_params = pg_tsquery(parsed)
            cursor.execute(
                f"SELECT v.document_id FROM {VECTORS} v "
                f"WHERE v.document_id IN ({marks(ids)}) AND v.vector @@ {tsquery}",
                [*ids, *ts_params],
            )
            found[parsed] = {pk for (pk,) in cursor.fetchall()}
        return found

    def autocomplete(self, prefix_words, visibility, limit=8):
        if not prefix_words:
            return []
        vis = list(visibility)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT d.title, d.url, d.type FROM {DOC} d "
                "WHERE to_tsvector('simple', d.title) @@ to_tsquery('simple', %s) "
                f"AND d.visibility IN ({marks(vis)}) "
                "ORDER BY length(d.title), d.published_at DESC LIMIT %s",
                [prefix_tsquery(prefix_words), *vis, limit],
            )
            return cursor.fetchall()

    def related_text(self, cursor, words):
        """Title (A) and summary (B) only, each key term weighted by its rarity as SQLite's
        bm25 does (ts_rank has no IDF: without it "care" and "home" would count as much as
        "red" and "bag"), so both vendors find the same neighbours."""
        cursor.execute(*related_sql(cursor, words))
        return cursor.fetchall()

    def improvement_sql(self):
        return (
            "(SELECT MAX((o->>'improvement')::float8) "
            "FROM jsonb_array_elements(d.data->'outcomes') o WHERE o->>'category' = %s)"
        )


def _key(tsquery, params):
    """What a kept scan is kept under (Bitmaps.scanned)."""
    return ("postgresql", tsquery, tuple(params))


def _title_tsquery(parsed):
    """(SQL, params): every group of the words, each lexeme in the title (weight A)."""
    tsquery, params = pg_tsquery(parsed)
    return pg_labelled(tsquery, "A"), params


# -- the tsquery compiler ------------------------------------------------------------------


def related_sql(cursor, words):
    """(sql, params) scoring documents by the key terms: each term's ts_rank on the title and
    summary, times its rarity in the index (one count per term)."""
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


def compile_scores(parsed, pks):
    """(SQL, params) for [(id, relevance)] of the documents `pks`: ts_rank of the words (every
    group, or for best match any), boosted for the reader's phrase in the title (A) or the
    body (D)."""
    every = parsed.minimum_should_match >= len(parsed.groups)
    rank_q, rank_params = pg_tsquery(parsed, every=every)
    sql = (
        f"SELECT v.document_id, ts_rank(v.vector, {rank_q}, 1) "
        f"* (CASE WHEN v.vector @@ {pg_weighted('A')} THEN {PHRASE_IN_TITLE} ELSE 1.0 END) "
        f"* (CASE WHEN v.vector @@ {pg_weighted('D')} THEN {PHRASE_IN_BODY} ELSE 1.0 END) "
        f"FROM {VECTORS} v WHERE v.document_id = ANY(%s)"
    )
    return sql, [*rank_params, parsed.phrase, parsed.phrase, list(pks)]


def pg_weighted(weight):
    """The reader's phrase (one %s) as a tsquery whose every lexeme must carry `weight`
    (A: title, D: body)."""
    return pg_labelled("phraseto_tsquery('english', %s)", weight)


def pg_labelled(tsquery, weight):
    """`tsquery` (SQL) with every lexeme required to carry `weight`, by labelling each quoted
    lexeme of its text form."""
    return (
        f"regexp_replace(({tsquery})::text, "
        r"'(''(?:[^'']|'''')*'')', '\1:" + weight + "', 'g')::tsquery"
    )


def pg_group(group):
    """A group as a tsquery (one %s per alternative): phrases, but what the reader typed (the
    first) as words anywhere unless quoted."""
    first = "phraseto_tsquery" if group.exact else "plainto_tsquery"
    others = ["phraseto_tsquery('english', %s)"] * (len(group.alternatives) - 1)
    return "(" + " || ".join([f"{first}('english', %s)", *others]) + ")"


def pg_tsquery(parsed, every=True):
    """(SQL, params): every group (or, for best match, any) as one tsquery."""
    groups, params = [], []
    for group in parsed.groups:
        groups.append(pg_group(group))
        params += list(group.alternatives)
    return "(" + (" && " if every else " || ").join(groups) + ")", params


def prefix_tsquery(prefix_words):
    """Every word in the title, the last as a prefix, for to_tsquery('simple', ...)."""
    return " & ".join([*prefix_words[:-1], f"{prefix_words[-1]}:*"])
