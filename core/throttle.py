"""A small fixed-window limit on writes, counted in the shared cache.

`allow("contributions:upload", user.pk, limit=20, seconds=3600)` counts one attempt and says
whether it is within the limit. Used where a form writes something and a flood would hurt
(contributions, access requests); allauth's own limits cover sign-in and sign-up.
"""

from django.core.cache import cache
from django.utils import timezone


def allow(scope, who, *, limit, seconds):
    window = int(timezone.now().timestamp()) // seconds
    key = f"throttle:{scope}:{who}:{window}"
    if cache.add(key, 1, seconds + 5):
        return limit >= 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, seconds + 5)
        return True
    return count <= limit


def client_ip(request):
    """The client's address as gunicorn passes it (it honours FORWARDED_ALLOW_IPS)."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"
