"""How often one person (or, signed out, one address on the network) may write: alerts, the
confirmation e-mails they cause, and the reading list. Counted in the shared cache, in fixed
windows: cheap, and enough to stop a flood or someone mailing a stranger again and again."""

from django.core.cache import cache
from django.utils import timezone

LIMITS = {
    # name: (actions, seconds)
    "alert-create": (10, 3600),
    "alert-confirm-email": (3, 86400),  # per e-mail address
    "alert-change": (60, 600),
    "saved": (60, 600),
}


def who(request):
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"ip:{request.META.get('REMOTE_ADDR', '')}"


def allow(name, key):
    """Count one action; False once `key` has used up its allowance of `name` this window."""
    limit, seconds = LIMITS[name]
    window = int(timezone.now().timestamp()) // seconds
    cache_key = f"alerts:throttle:{name}:{key}:{window}"
    if cache.add(cache_key, 1, seconds + 5):
        return True
    try:
        return cache.incr(cache_key) <= limit
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, seconds + 5)
        return True


def message(name):
    limit, seconds = LIMITS[name]
    period = {3600: "an hour", 86400: "a day", 600: "ten minutes"}.get(seconds, f"{seconds} s")
    if name == "alert-confirm-email":
        return (
            "We have already sent several confirmation e-mails to this address today. "
            "Check your inbox (and junk folder) for them, or try again tomorrow."
        )
    return f"You have done this {limit} times in {period}, which is our limit. Try again later."
