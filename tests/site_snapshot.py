"""The demo page tree built once per test run, and put back for each test that asks for it.

Building the tree (home page, hubs, listings, directory, footer pages, their revisions and
search documents) runs hundreds of queries through Wagtail's page API; dozens of test files need
it. So the session builds it once, through the same code (`site_tree.load`), and keeps a copy of
every table the build changed, inside the test database itself (`CREATE TABLE … AS SELECT`, so
every column keeps its exact type: JSON, tsvector, dates). The tables are then put back as they
were before the build, so a test that does not ask for the tree never sees it.

`restore()` (the `site_tree` fixture) replaces the changed tables' rows with the copy: two
statements a table (sent as one batch on PostgreSQL, one round trip), inside the test's
transaction, rolled back with it. If the tables are not as
the build found them (a test made pages first) or the search engine is configured (the build
would also queue the documents for it), it builds the tree the slow way instead, so every test
sees exactly what a fresh build would give it.

Identifiers (primary keys) are the build's own: PostgreSQL's sequences and SQLite's AUTOINCREMENT
counters stay past them, so rows a test creates never collide with the copy.
"""

from django.db import connection, transaction

PREFIX = "zz_snap_"
_tables = None  # changed table -> (columns for INSERT, columns for SELECT, rows before the build)


def _quote(name):
    return connection.ops.quote_name(name)


def _virtual_tables(cursor):
    if connection.vendor != "sqlite":
        return set()
    cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
    )
    return {row[0] for row in cursor.fetchall()}


def _fts_shadow(name, virtual):
    return any(name.startswith(f"{v}_") for v in virtual)


def _copyable_tables(cursor):
    virtual = _virtual_tables(cursor)
    tables = []
    for name in connection.introspection.table_names(cursor):
        if name.startswith(PREFIX) or name == "django_migrations" or _fts_shadow(name, virtual):
            continue
        tables.append((name, name in virtual))
    return tables


def _columns(cursor, table, virtual):
    """(insert columns, select expressions): a virtual (FTS5) table's rowid is copied too."""
    if not virtual:
        return "*", "*"
    cursor.execute(f"PRAGMA table_info({_quote(table)})")
    names = ", ".join(_quote(row[1]) for row in cursor.fetchall())
    return f"(rowid, {names})", f"rowid, {names}"


def _copy(cursor, table, to, select):
    cursor.execute(f"DROP TABLE IF EXISTS {_quote(to)}")
    cursor.execute(f"CREATE TABLE {_quote(to)} AS SELECT {select} FROM {_quote(table)}")


def _differs(cursor, table, copy, select):
    """Whether `table` and its copy hold different rows (either way round)."""
    t, c = _quote(table), _quote(copy)
    cursor.execute(
        f"SELECT 1 WHERE EXISTS (SELECT {select} FROM {t} EXCEPT SELECT * FROM {c}) "
        f"OR EXISTS (SELECT * FROM {c} EXCEPT SELECT {select} FROM {t})"
    )
    return cursor.fetchone() is not None


def _put_sql(table, insert, source):
    into = "" if insert == "*" else f" {insert}"
    return (
        f"DELETE FROM {_quote(table)}; "
        f"INSERT INTO {_quote(table)}{into} SELECT * FROM {_quote(source)}"
    )


def _put(cursor, table, insert, source):
    for statement in _put_sql(table, insert, source).split("; "):
        cursor.execute(statement)


def build(load):
    """Run `load()` once, keep a copy of what it changed, and undo it (committed, once a run)."""
    global _tables
    with connection.cursor() as cursor:
        before = {}
        for table, virtual in _copyable_tables(cursor):
            insert, select = _columns(cursor, table, virtual)
            _copy(cursor, table, f"{PREFIX}pre_{table}", select)
            before[table] = (insert, select)
    load()
    tables = {}
    with transaction.atomic(), connection.cursor() as cursor:
        for table, (insert, select) in before.items():
            pre = f"{PREFIX}pre_{table}"
            if _differs(cursor, table, pre, select):
                _copy(cursor, table, f"{PREFIX}{table}", select)
                _put(cursor, table, insert, pre)
                cursor.execute(f"SELECT COUNT(*) FROM {_quote(table)}")
                tables[table] = (insert, select, cursor.fetchone()[0])
            cursor.execute(f"DROP TABLE {_quote(pre)}")
    _tables = tables


def restore(load):
    """Put the built tree into the database for the current test (or build it, see above)."""
    from search import engines

    if _tables is None or engines.elasticsearch_configured() or not _pristine():
        load()
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and _tables:
            # One round trip for every table (psycopg runs a parameterless batch of statements
            # at once): ~350 tests restore the tree in each PostgreSQL pass.
            cursor.execute(
                "; ".join(
                    _put_sql(table, insert, f"{PREFIX}{table}")
                    for table, (insert, _select, _count) in _tables.items()
                )
            )
            return
        for table, (insert, _select, _count) in _tables.items():
            _put(cursor, table, insert, f"{PREFIX}{table}")


def _pristine():
    """Whether every changed table holds the rows it held before the build (one query)."""
    if not _tables:
        return True
    counts = ", ".join(f"(SELECT COUNT(*) FROM {_quote(table)})" for table in _tables)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {counts}")
        row = cursor.fetchone()
    return list(row) == [count for _insert, _select, count in _tables.values()]
