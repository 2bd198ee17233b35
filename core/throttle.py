"""Counting what one person (or, signed out, one address) does in a window, in the shared cache.

`allow` is the one counter every limit uses: the posting limit (communities.ratelimit), invitations
and the catch-all limit on writes below. allauth keeps its own limits for signing in, signing up
and password resets; docs/security.md lists every limit.

`WriteThrottleMiddleware` is the floor under every form and endpoint that changes something: any
POST, PUT, PATCH or DELETE outside the editing admin counts against `WRITE_RATE` per person (per
address when signed out), so a write endpoint nobody remembered to throttle is throttled anyway.
"""

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils import timezone

UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
DEFAULT_WRITE_RATE = (60, 60)
# The editing admin autosaves and pings its editing sessions; only staff reach it, signed in.
EXEMPT_PREFIXES = ("/admin/",)


def allow(name, who, limit, seconds, cost=1):
    """Count `cost` more of `name` by `who` in a fixed window of `seconds`; False once the
    window's count would pass `limit` (what was refused is counted too, so hammering on
    does not help)."""
    window = int(timezone.now().timestamp()) // seconds
    key = f"throttle:{name}:{who}:{window}"
    if cache.add(key, cost, seconds + 5):
        return cost <= limit
    try:
        count = cache.incr(key, cost)
    except ValueError:  # expired between add and incr
        cache.add(key, cost, seconds + 5)
        return cost <= limit
    return count <= limit


def client_address(request):
    """The caller's address as allauth's limits see it (so both agree behind a proxy)."""
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter(request).get_client_ip(request)
    except Exception:  # a malformed forwarding header must not break the request
        return request.META.get("REMOTE_ADDR", "")


def requester(request):
    """Who is asking, for counting: the signed-in person, or the address when signed out."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"ip:{client_address(request)}"


def write_rate():
    limit, seconds = getattr(settings, "WRITE_RATE", DEFAULT_WRITE_RATE)
    return int(limit), int(seconds)


class WriteThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in UNSAFE_METHODS and not request.path.startswith(EXEMPT_PREFIXES):
            limit, seconds = write_rate()
            if not allow("write", requester(request), limit, seconds):
                response = render(request, "429.html", status=429)
                response["Retry-After"] = str(seconds)
                return response
        return self.get_response(request)
