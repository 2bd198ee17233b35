"""What community members may find in the search beyond public documents: the documents of the
communities they may read. Registered with search.registry in CommunitiesConfig.ready(), so
the search never imports communities."""

from search.documents import community_visibility
from search.registry import VisibilityProvider

from .permissions import CommunityAccess


class CommunityVisibility(VisibilityProvider):
    def for_request(self, request):
        ids = CommunityAccess.for_request(request).readable_community_ids()
        return [community_visibility(pk) for pk in sorted(ids)]

    def for_user(self, user):
        ids = CommunityAccess.for_user(user).readable_community_ids()
        return [community_visibility(pk) for pk in sorted(ids)]

    def for_users(self, users):
        return {
            pk: [community_visibility(i) for i in sorted(ids)]
            for pk, ids in CommunityAccess.readable_community_ids_for(users).items()
        }
