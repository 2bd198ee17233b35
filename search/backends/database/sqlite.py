"""SQLite: an FTS5 table (porter stemming) beside the documents, ranked by bm25 with the title
weighted above the summary above the body.

The FTS5 query strings are compiled by the module's functions (`fts_match`, `fts_group`,
`fts_phrase`) from search.query's groups only: nothing the reader types reaches FTS5's syntax.
"""

import json

from django.db import connection

from ...bitmaps import bitmap_of, ids_of
from .base import DOC, FTS_BM25_WEIGHTS, PHRASE_IN_BODY, PHRASE_IN_TITLE, DatabaseBackend, marks

FTS = "search_fts"
BM25 = "bm25({fts}, {title}, {summary}, {body})".format(fts=FTS, **FTS_BM25_WEIGHTS)


class SQLiteBackend(DatabaseBackend):
    vendor = "sqlite"

    def write_text(self, cursor, rows):
        pks = [r.pk for r in rows]
        cursor.execute(f"DELETE FROM {FTS} WHERE rowid IN ({marks(pks)})", pks)
        cursor.executemany(
            f"INSERT INTO {FTS} (rowid, title, summary, body) VALUES (%s, %s, %s, %s)",
            [(r.pk, r.title, r.summary, r.body) for r in rows],
        )

    def delete_text(self, cursor, pks):
        if pks is None:
            cursor.execute(f"DELETE FROM {FTS}")
        else:
            cursor.execute(f"DELETE FROM {FTS} WHERE rowid IN ({marks(pks)})", pks)

    def group_bitmaps(self, cursor, parsed, bitmaps):
        return [self._bitmap(cursor, fts_group(group), bitmaps) for group in parsed.groups]

    def title_bitmap(self, cursor, parsed, bitmaps):
        return self._bitmap(cursor, f"title : {fts_group_of(fts_match(parsed), parsed)}", bitmaps)

    @staticmethod
    def _bitmap(cursor, match, bitmaps):
        """The documents matching `match`, kept with the snapshot (`Bitmaps.scanned`)."""

        def scan():
            # The ids as one string: no Python object per matching row.
            cursor.execute(f"SELECT group_concat(rowid) FROM {FTS} WHERE {FTS} MATCH %s", [match])
            ids = cursor.fetchone()[0]
            return bitmap_of(map(int, ids.split(","))) if ids else 0

        return bitmaps.scanned(("sqlite", match), scan)

    def scores(self, cursor, parsed, pks, bitmaps, every=False):
        """bm25 (the every-group query for the top tier, else the any-group one: a document's
        bm25 is the same under both, the every-group scan is smaller), computed only for
        `pks`: the unary + keeps SQLite from driving the FTS5 scan by the id list (one
        full-text lookup per id), so the list only filters the scan. The phrase boosts come
        from two id scans kept with the snapshot (for a one-word query the title's is the
        shortlist's title scan), not from subqueries run for every search."""
        if not pks:
            return []
        cursor.execute(
            f"SELECT rowid, -{BM25} FROM {FTS} WHERE {FTS} MATCH %s "
            "AND +rowid IN (SELECT value FROM json_each(%s))",
            [fts_match(parsed, every=every), json.dumps(pks)],
        )
        rows = cursor.fetchall()
        # Which of these few documents have the phrase: a set look-up per row.
        among = bitmap_of(pk for pk, _ in rows)
        title_bits = self._bitmap(cursor, f"title : {title_phrase(parsed)}", bitmaps)
        body_bits = self._bitmap(cursor, f"body : {fts_phrase(parsed.phrase)}", bitmaps)
        in_title, in_body = set(ids_of(among & title_bits)), set(ids_of(among & body_bits))
        return [
            (
                pk,
                score
                * (PHRASE_IN_TITLE if pk in in_title else 1.0)
                * (PHRASE_IN_BODY if pk in in_body else 1.0),
            )
            for pk, score in rows
        ]

    def match_candidates(self, cursor, queries, ids):
        """The few documents are copied into a temporary FTS5 table with the index's own
        tokenizer, so each query reads those documents rather than the whole index."""
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [FTS])
        definition = cursor.fetchone()[0]
        columns = definition[definition.index("(") :]
        cursor.execute("DROP TABLE IF EXISTS temp.alert_candidates")
        cursor.execute(f"CREATE VIRTUAL TABLE temp.alert_candidates USING fts5{columns}")
        found = {}
        try:
            cursor.execute(
                "INSERT INTO temp.alert_candidates (rowid, title, summary, body) "
                f"SELECT rowid, title, summary, body FROM {FTS} WHERE rowid IN ({marks(ids)})",
                ids,
            )
            for parsed in queries:
                cursor.execute(
                    "SELECT rowid FROM temp.alert_candidates WHERE alert_candidates MATCH %s",
                    [fts_match(parsed)],
                )
                found[parsed] = {pk for (pk,) in cursor.fetchall()}
        finally:
            cursor.execute("DROP TABLE IF EXISTS temp.alert_candidates")
        return found

    def autocomplete(self, prefix_words, visibility, limit=8):
        if not prefix_words:
            return []
        vis = list(visibility)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT d.title, d.url, d.type FROM {FTS} CROSS JOIN {DOC} d "
                f"ON d.id = {FTS}.rowid "
                f"WHERE {FTS} MATCH %s AND d.visibility IN ({marks(vis)}) "
                "ORDER BY length(d.title), d.published_at DESC LIMIT %s",
                [title_prefix_match(prefix_words), *vis, limit],
            )
            return cursor.fetchall()

    def related_text(self, cursor, words):
        match = " OR ".join(fts_phrase(w) for w in words)
        cursor.execute(
            f"SELECT rowid, -{BM25} FROM {FTS} WHERE {FTS} MATCH %s ORDER BY rank LIMIT 200",
            [f"{{title summary}} : ({match})"],
        )
        return cursor.fetchall()

    def improvement_sql(self):
        return (
            "(SELECT MAX(json_extract(o.value, '$.improvement')) "
            "FROM json_each(d.data, '$.outcomes') o "
            "WHERE json_extract(o.value, '$.category') = %s)"
        )


# -- the FTS5 query compiler ---------------------------------------------------------------


def fts_match(parsed, every=True):
    """The FTS5 query: every group (or, for best match, any), each as any of its
    alternatives, as phrases."""
    return (" AND " if every else " OR ").join(fts_group(group) for group in parsed.groups)


def fts_group(group):
    """Any alternative as a phrase; what the reader typed (the first) as words anywhere, unless
    quoted: typing a glossary term must not demand it as a phrase."""
    alternatives = [fts_phrase(alt) for alt in group.alternatives]
    first = group.alternatives[0].split()
    if not group.exact and len(first) > 1:
        alternatives[0] = "(" + " AND ".join(fts_phrase(w) for w in first) + ")"
    return "(" + " OR ".join(alternatives) + ")"


def fts_phrase(text):
    # Alternatives hold only word characters, '&' and spaces (search.synonyms.normalise); a
    # double quote would end the phrase, so none survives.
    return '"' + text.replace('"', " ") + '"'


def title_phrase(parsed):
    """The phrase whose presence in the title boosts a match: the reader's words, or for a
    one-term query any of its names ("EHCH" and the hub "Enhanced health in care homes")."""
    phrase = fts_phrase(parsed.phrase)
    if len(parsed.groups) != 1:
        return phrase
    group = parsed.groups[0]
    typed = group.alternatives[0]
    if typed == parsed.phrase and (group.exact or len(typed.split()) == 1):
        # Every name is a phrase already: the same text as the shortlist's title scan
        # (title_bitmap), so one scan serves both.
        return fts_group(group)
    names = " OR ".join(fts_phrase(a) for a in group.alternatives)
    return f"({names} OR {phrase})"


def fts_group_of(match, parsed):
    """`match` (fts_match) as one parenthesised expression for a column filter."""
    return match if len(parsed.groups) == 1 else f"({match})"


def title_prefix_match(prefix_words):
    """Every word in the title, the last one as a prefix."""
    terms = [fts_phrase(w) for w in prefix_words[:-1]] + [fts_phrase(prefix_words[-1]) + " *"]
    return " AND ".join(f"title : {t}" for t in terms)
