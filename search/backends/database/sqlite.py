"""SQLite: an FTS5 table (porter stemming) beside the documents, ranked by bm25 with the title
weighted above the summary above the body.

The FTS5 query strings are compiled by the module's functions (`fts_match`, `fts_group`,
`fts_phrase`) from search.query's groups only: nothing the reader types reaches FTS5's syntax.
"""

from django.db import connection

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

    def matches(self, parsed):
        groups = parsed.groups
        need = parsed.minimum_should_match
        every = need >= len(groups)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, -{BM25} FROM {FTS} WHERE {FTS} MATCH %s",
                [fts_match(parsed, every=every)],
            )
            scored = cursor.fetchall()
            coverage = None
            if not every:
                # Which groups each candidate has: one id scan per group (at most 12).
                found = [self._ids(cursor, fts_group(g)) for g in groups]
                required = [ids for g, ids in zip(groups, found, strict=True) if g.exact]
                coverage = {
                    pk: sum(pk in ids for ids in found)
                    for pk, _ in scored
                    if all(pk in ids for ids in required)
                }
            in_title = self._ids(cursor, f"title : {title_phrase(parsed)}")
            in_body = self._ids(cursor, f"body : {fts_phrase(parsed.phrase)}")
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

    @staticmethod
    def _ids(cursor, match):
        cursor.execute(f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s", [match])
        return {pk for (pk,) in cursor.fetchall()}

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
    names = " OR ".join(fts_phrase(a) for a in parsed.groups[0].alternatives)
    return f"({names} OR {phrase})"


def title_prefix_match(prefix_words):
    """Every word in the title, the last one as a prefix."""
    terms = [fts_phrase(w) for w in prefix_words[:-1]] + [fts_phrase(prefix_words[-1]) + " *"]
    return " AND ".join(f"title : {t}" for t in terms)
