"""Which documents a reader may see: public ones, and those of communities they belong to.

The answer comes from the communities permission module for the signed-in user, never from
request parameters, and is computed once per request.
"""

from django.apps import apps

from .documents import PUBLIC, community_visibility


def visibility_for(request):
    """Tuple of visibility values for `request.user` (always includes public)."""
    cached = getattr(request, "_search_visibility", None)
    if cached is not None:
        return cached
    values = [PUBLIC]
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and apps.is_installed("communities"):
        from communities.permissions import CommunityAccess

        ids = CommunityAccess.for_request(request).readable_community_ids()
        values += [community_visibility(pk) for pk in sorted(ids)]
    request._search_visibility = tuple(values)
    return request._search_visibility


def visibility_for_user(user):
    """The same answer for someone outside a request (e-mail alerts, background tasks), asked
    again at the moment of sending: anyone else (None, inactive) sees public documents only."""
    values = [PUBLIC]
    if (
        user is not None
        and user.is_authenticated
        and user.is_active
        and apps.is_installed("communities")
    ):
        from communities.permissions import CommunityAccess

        ids = CommunityAccess.for_user(user).readable_community_ids()
        values += [community_visibility(pk) for pk in sorted(ids)]
    return tuple(values)


def visibility_for_users(users):
    """{user id: visibility_for_user(user)} for many people, in a constant number of queries."""
    values = {u.pk: (PUBLIC,) for u in users if u is not None}
    if apps.is_installed("communities"):
        from communities.permissions import CommunityAccess

        for pk, ids in CommunityAccess.readable_community_ids_for(users).items():
            values[pk] = (PUBLIC, *(community_visibility(i) for i in sorted(ids)))
    return values
