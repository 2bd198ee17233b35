"""Who may do what in communities: the ONE place that answers, for views, feeds, e-mail and search.

`CommunityAccess.for_request(request)` is computed once per request (memberships in one query,
the site-moderator check only when asked); `CommunityAccess.for_user(user)` serves background
tasks. The rules:

| who                        | open community            | private community          |
|----------------------------|---------------------------|----------------------------|
| anonymous                  | read                      | nothing                    |
| signed in, not a member    | read (join to post)       | nothing (ask to join)      |
| member                     | read, post                | read, post                 |
| facilitator (of that one)  | read, post, moderate      | read, post, moderate       |
| site moderator             | read, post, moderate      | read, post, moderate       |

A site moderator is a superuser or someone with the `communities.moderate_everywhere`
permission (given to the Editors group by migration).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

from core import fragments
from core.prepared import PreparedQuery

from .models import Community, Membership, Role, Visibility

MODERATE_EVERYWHERE = "communities.moderate_everywhere"


# Asked on every signed-in page: its SQL compiled once (core.prepared), unordered (a dict needs
# no order; the model's ordering joins the communities to sort by name).
_ROLES = PreparedQuery(
    lambda shape, user_id: (
        Membership.objects.filter(user_id=user_id).order_by().values_list("community_id", "role")
    ),
    user_id=int,
)


class CommunityAccess:
    """One person's permissions across every community."""

    def __init__(self, user):
        self.user = user if user is not None and user.is_authenticated else None
        self._roles = None
        self._site_moderator = None

    @classmethod
    def for_request(cls, request):
        """The access of the request's user, computed once and kept on the request."""
        access = getattr(request, "_community_access", None)
        if access is None or access.user != (
            request.user if request.user.is_authenticated else None
        ):
            access = cls(request.user)
            request._community_access = access
        return access

    @classmethod
    def for_user(cls, user):
        """The access of `user` outside a request (background tasks, e-mail)."""
        return cls(user)

    def forget(self):
        """Drop what was loaded, after this person's memberships change."""
        self._roles = None

    # Who this is.

    @property
    def is_signed_in(self):
        return self.user is not None

    @property
    def is_site_moderator(self):
        """A superuser, or someone with the moderate-everywhere permission."""
        if self._site_moderator is None:
            user = self.user
            self._site_moderator = bool(
                user is not None
                and user.is_active
                and (user.is_superuser or user.has_perm(MODERATE_EVERYWHERE))
            )
        return self._site_moderator

    @property
    def roles(self):
        """{community id: role} of every community this person belongs to."""
        if self._roles is None:
            if self.user is None:
                self._roles = {}
            else:
                self._roles = dict(_ROLES.fetch(user_id=self.user.pk))
        return self._roles

    def visibility_key(self):
        """A string naming what this person may read: equal strings, equal readable sets
        (for caches of what readers see; open communities are keyed separately)."""
        if self.is_site_moderator:
            return "all"
        return ",".join(f"{pk}:{role}" for pk, role in sorted(self.roles.items())) or "-"

    def role(self, community):
        """ "member", "facilitator" or None."""
        return self.roles.get(_pk(community))

    def is_member(self, community):
        """Belongs to the community (as a member or a facilitator)."""
        return _pk(community) in self.roles

    def is_facilitator(self, community):
        return self.roles.get(_pk(community)) == Role.FACILITATOR

    # The three questions.

    def can_read(self, community):
        """May see the community's topics and posts."""
        if community.visibility == Visibility.OPEN:
            return True
        return self.is_member(community) or self.is_site_moderator

    def can_post(self, community):
        """May start topics and reply (locks and holds aside)."""
        return self.is_signed_in and (self.is_member(community) or self.is_site_moderator)

    def can_moderate(self, community):
        """May see the moderation queue, hide and restore posts, pin and lock topics."""
        return self.is_facilitator(community) or self.is_site_moderator

    # Membership.

    def can_join(self, community):
        """May join straight away: signed in, not yet a member, and the community is open."""
        return (
            self.is_signed_in
            and community.visibility == Visibility.OPEN
            and not self.is_member(community)
        )

    def can_request_to_join(self, community):
        """May ask to join: signed in, not a member, and the community is private."""
        return (
            self.is_signed_in
            and community.visibility == Visibility.PRIVATE
            and not self.is_member(community)
        )

    def can_leave(self, community):
        return self.is_member(community)

    def can_invite(self, community):
        return self.can_moderate(community)

    def can_watch(self, community):
        return self.is_signed_in and self.can_read(community)

    # Topics and posts. Each expects the topic's or post's community to be loaded.

    def can_see_topic(self, topic):
        """May open the topic: readable, and approved and not hidden unless it is theirs or
        they moderate."""
        if not self.can_read(topic.community):
            return False
        if topic.is_approved and topic.hidden_at is None:
            return True
        return self.can_moderate(topic.community) or self._owns(topic)

    def can_reply(self, topic):
        community = topic.community
        if not (self.can_post(community) and self.can_see_topic(topic)):
            return False
        if not topic.is_approved or topic.hidden_at is not None:
            return False
        return not topic.is_locked or self.can_moderate(community)

    def can_see_post_content(self, post):
        """May read what the post says (hidden and deleted posts show a notice to others)."""
        community = post.topic.community
        if post.is_visible:
            return True
        if self.can_moderate(community):
            return True
        return not post.is_approved and post.hidden_at is None and self._owns(post)

    def can_edit_post(self, post):
        topic = post.topic
        return (
            self._owns(post)
            and post.deleted_at is None
            and post.hidden_at is None
            and self.can_post(topic.community)
            and (not topic.is_locked or self.can_moderate(topic.community))
        )

    def can_delete_post(self, post):
        return self._owns(post) and post.deleted_at is None and self.can_read(post.topic.community)

    def can_mark_helpful(self, post):
        return post.is_visible and not self._owns(post) and self.can_post(post.topic.community)

    def can_accept_answer(self, topic):
        """The topic's starter (while they may post) or a moderator."""
        community = topic.community
        if self.can_moderate(community):
            return True
        return self._owns(topic) and self.can_post(community)

    def can_report(self, post):
        return (
            self.is_signed_in
            and post.is_visible
            and not self._owns(post)
            and self.can_read(post.topic.community)
        )

    # Notifications.

    def can_see_notification(self, notification):
        """May this notification's content (topic title, who did what) be shown to its
        recipient now? Not once they have lost access to a private community."""
        if notification.community_id is None or notification.is_about_membership:
            return True
        if not self.can_read(notification.community):
            return False
        return not notification.topic_id or self.can_see_topic(notification.topic)

    # Filters for listings, feeds and search.

    def readable_community_ids(self):
        """Ids of every community this person may read: the search visibility filter."""
        if self.is_site_moderator:
            return set(Community.objects.values_list("pk", flat=True))
        return open_community_ids() | set(self.roles)

    @classmethod
    def readable_community_ids_for(cls, users):
        """{user id: ids of every community they may read}, for many people at once (e-mail
        alerts): the same rules as readable_community_ids, in three queries whatever the
        number of people."""
        users = [u for u in users if u is not None and u.is_authenticated and u.is_active]
        if not users:
            return {}
        ids = [u.pk for u in users]
        app_label, codename = MODERATE_EVERYWHERE.split(".")
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        moderators = set(
            get_user_model()
            .objects.filter(pk__in=ids)
            .filter(
                Q(is_superuser=True)
                | Q(user_permissions__in=permission)
                | Q(groups__permissions__in=permission)
            )
            .values_list("pk", flat=True)
        )
        everything = open_ids = None
        if moderators:
            everything = set(Community.objects.values_list("pk", flat=True))
        open_ids = set(
            Community.objects.filter(visibility=Visibility.OPEN).values_list("pk", flat=True)
        )
        readable = {pk: set(open_ids) for pk in ids}
        for user_id, community_id in Membership.objects.filter(user_id__in=ids).values_list(
            "user_id", "community_id"
        ):
            readable[user_id].add(community_id)
        for pk in moderators:
            readable[pk] = set(everything)
        return readable

    def readable_q(self, prefix=""):
        """A Q for rows whose community (at `prefix`, e.g. "topic__community") is readable."""
        if self.is_site_moderator:
            return Q()
        field = f"{prefix}__" if prefix else ""
        return Q(**{f"{field}visibility": Visibility.OPEN}) | Q(
            **{f"{field}pk__in": list(self.roles)}
        )

    def moderated_community_ids(self):
        """Ids of communities this person facilitates (site moderators: use can_moderate)."""
        return {pk for pk, role in self.roles.items() if role == Role.FACILITATOR}

    def visible_topics_q(self):
        """A Q for topics this person may see listed."""
        if self.is_site_moderator:
            return Q()
        shown = Q(is_approved=True, hidden_at__isnull=True)
        if self.user is not None:
            shown |= Q(community_id__in=self.moderated_community_ids()) | Q(author=self.user)
        return self.readable_q("community") & shown

    def _owns(self, obj):
        return self.user is not None and obj.author_id == self.user.pk


def readers_among(community, user_ids):
    """The ids among `user_ids` of active people who may read `community` (a few queries),
    for deciding who to notify."""
    User = get_user_model()
    active = set(User.objects.filter(pk__in=user_ids, is_active=True).values_list("pk", flat=True))
    if community.visibility == Visibility.OPEN or not active:
        return active
    members = set(
        Membership.objects.filter(community=community, user_id__in=active).values_list(
            "user_id", flat=True
        )
    )
    return members | (active & site_moderator_ids())


def site_moderator_ids():
    """Ids of every site moderator (superusers and holders of the permission)."""
    User = get_user_model()
    permission = Permission.objects.filter(
        content_type__app_label="communities", codename="moderate_everywhere"
    ).first()
    query = Q(is_superuser=True)
    if permission is not None:
        query |= Q(user_permissions=permission) | Q(groups__permissions=permission)
    return set(User.objects.filter(query, is_active=True).values_list("pk", flat=True).distinct())


def facilitator_ids(community):
    return set(
        Membership.objects.filter(
            community=community, role=Role.FACILITATOR, user__is_active=True
        ).values_list("user_id", flat=True)
    )


def _pk(community):
    return community if isinstance(community, int) else community.pk


def open_community_ids():
    """Ids of the open communities, cached until any community is saved or deleted."""
    return fragments.fragment(
        ("open-communities", fragments.token("communities")),
        lambda: set(
            Community.objects.filter(visibility=Visibility.OPEN).values_list("pk", flat=True)
        ),
    )
