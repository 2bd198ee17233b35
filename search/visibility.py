"""Which documents a reader may see: public ones, and whatever the registered visibility
providers grant them (their communities', from communities.visibility).

The answer comes from the providers for the signed-in user, never from request parameters, and
is computed once per request.
"""

from .documents import PUBLIC
from .registry import visibility_providers


def visibility_for(request):
    """Tuple of visibility values for `request.user` (always includes public)."""
    cached = getattr(request, "_search_visibility", None)
    if cached is not None:
        return cached
    values = [PUBLIC]
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        for provider in visibility_providers():
            values += provider.for_request(request)
    request._search_visibility = tuple(values)
    return request._search_visibility


def visibility_for_user(user):
    """The same answer for someone outside a request (e-mail alerts, background tasks), asked
    again at the moment of sending: anyone else (None, inactive) sees public documents only."""
    values = [PUBLIC]
    if user is not None and user.is_authenticated and user.is_active:
        for provider in visibility_providers():
            values += provider.for_user(user)
    return tuple(values)


def visibility_for_users(users):
    """{user id: visibility_for_user(user)} for many people, in a constant number of queries."""
    values = {u.pk: (PUBLIC,) for u in users if u is not None}
    for provider in visibility_providers():
        for pk, extra in provider.for_users(users).items():
            if pk in values:
                values[pk] = (*values[pk], *extra)
    return values
