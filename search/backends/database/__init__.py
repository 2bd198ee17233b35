"""The embedded search backend: the index lives in the site's own database, split by vendor as
Wagtail's database search backend is.

- `base`: what both share (the tables, the write path, facet counts from the in-memory bitmaps
  of search.bitmaps, paging and sorting, "more like this" by shared taxonomy);
- `sqlite`: an FTS5 table and bm25;
- `postgresql`: weighted tsvectors with a GIN index and ts_rank.

Both take the same expanded query, so the contract tests (tests/search_contract) hold for each.
"""

from django.db import connection

from .base import DatabaseBackend
from .postgresql import PostgreSQLBackend
from .sqlite import SQLiteBackend

__all__ = ["DatabaseBackend", "PostgreSQLBackend", "SQLiteBackend", "database_backend"]

VENDORS = {"sqlite": SQLiteBackend, "postgresql": PostgreSQLBackend}


def database_backend(vendor=None):
    """The backend for `vendor` (default: the site's database)."""
    vendor = vendor or connection.vendor
    try:
        return VENDORS[vendor]()
    except KeyError:
        raise ValueError(
            f"The database search backend supports SQLite and PostgreSQL, not {vendor}"
        ) from None
