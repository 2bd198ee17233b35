"""What /healthz reports. Each check returns (ok, details) and never raises."""

from django.db import connections
from django.db.utils import DatabaseError


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


CHECKS = {"database": check_database}
