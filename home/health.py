"""What /healthz reports. Each check returns (ok, details) and never raises."""

from django.db import connections
from django.db.utils import DatabaseError

from search import engines, indexing
from search.models import PendingChange


def check_database():
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        # Django drops the broken connection when the request ends (close_old_connections), so
        # the next request reconnects by itself once the database is back.
        return False, {"status": "unavailable", "error": error.__class__.__name__}
    return True, {"status": "ok", "vendor": connections["default"].vendor}


def check_search():
    """Which engine answers searches and how far behind Elasticsearch is.

    Always "healthy" for the 503 decision: with Elasticsearch configured but unavailable the
    site still searches (from the database index), so that is "degraded", not down.
    """
    details = {"engine": "database", "status": "ok"}
    try:
        age = indexing.oldest_pending_age()
        details["pending_changes"] = PendingChange.objects.count()
        details["oldest_pending_seconds"] = round(age.total_seconds(), 1) if age else None
    except DatabaseError:
        details["pending_changes"] = details["oldest_pending_seconds"] = None
    engine = engines.elasticsearch()
    if engine is not None:
        details["engine"] = "elasticsearch"
        problem = engine.ping()
        # Which server that is: {"product": "OpenSearch", "version": "2.19.6"}.
        details["server"] = engine.server()
        if problem or engines.is_marked_unavailable():
            details["status"] = "degraded"
            details["answering"] = "database"
            details["error"] = problem or "recent searches failed; retrying shortly"
    return True, details


CHECKS = {"database": check_database, "search": check_search}
