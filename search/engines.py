"""Which backend answers: Elasticsearch when configured and answering, else the database.

When Elasticsearch fails, it is marked unavailable for a short while (in the shared cache), so
the following requests go straight to the database instead of each waiting on a timeout.
"""

from functools import lru_cache

from django.conf import settings
from django.core.cache import cache

from .backends.database import database_backend

UNAVAILABLE_KEY = "search:elasticsearch-unavailable"
RETRY_AFTER_SECONDS = 30
FALLBACK_NOTICE = (
    "Search is working in a simpler mode for a few minutes, so results may be ordered a "
    "little differently."
)


def elasticsearch_configured():
    return bool(settings.ELASTICSEARCH_URL)


@lru_cache(maxsize=1)
def database():
    return database_backend()


@lru_cache(maxsize=4)
def _elasticsearch(url, prefix, compat):
    from .backends.elasticsearch import ElasticsearchBackend

    return ElasticsearchBackend(url, prefix, compat=compat)


def elasticsearch():
    """The Elasticsearch backend for the current settings, or None when none is configured."""
    if not elasticsearch_configured():
        return None
    return _elasticsearch(
        settings.ELASTICSEARCH_URL, settings.SEARCH_INDEX_PREFIX, settings.ELASTICSEARCH_COMPAT
    )


def is_marked_unavailable():
    return bool(cache.get(UNAVAILABLE_KEY))


def mark_unavailable():
    cache.set(UNAVAILABLE_KEY, True, RETRY_AFTER_SECONDS)


def mark_available():
    cache.delete(UNAVAILABLE_KEY)


def current():
    """(backend, notice for readers)."""
    engine = elasticsearch()
    if engine is None:
        return database(), ""
    if is_marked_unavailable():
        return database(), FALLBACK_NOTICE
    return engine, ""
