"""The engine's client: fail fast on the request path, every failure as BackendUnavailable."""

from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, NotFoundError, SerializationError, helpers

from ..base import BackendUnavailable


class IndexMissing(BackendUnavailable):
    """The engine answers but has no index behind the alias (new or emptied engine): rebuild."""


class RebuildInProgress(BackendUnavailable):
    """A rebuild is loading a new index. The engine is healthy: changes wait as pending rows,
    and the rebuild applies them once its index is live."""

    engine_healthy = True


@contextmanager
def engine_errors(what):
    """Turn every client, transport and timeout error into BackendUnavailable."""
    try:
        yield
    except BackendUnavailable:
        raise
    except NotFoundError as error:
        raise IndexMissing(f"{what}: no search index ({error.message})") from error
    except (ApiError, TransportError, SerializationError, helpers.BulkIndexError) as error:
        raise BackendUnavailable(f"{what}: {error.__class__.__name__}: {error}"[:500]) from error


def make_client(url, *, timeout, compat=""):
    """A client that fails fast: no retries, a short timeout (requests wait on it)."""
    options = {"request_timeout": timeout, "max_retries": 0, "retry_on_timeout": False}
    if compat == "opensearch":
        from .transport import OpenSearchHttpNode

        options["node_class"] = OpenSearchHttpNode
    elif compat:
        raise ValueError(f"ELASTICSEARCH_COMPAT must be '' or 'opensearch', not {compat!r}")
    return Elasticsearch(url, **options)


def safe_url(url):
    """The URL without credentials, for reports."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))
