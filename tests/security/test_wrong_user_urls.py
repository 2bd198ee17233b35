"""Every community and notification address that changes membership, moderates or acts on
someone else's content, requested by each kind of person who lacks the right, in an open and a
private community: anonymous people are sent to sign in, signed-in people get 403 or 404 (or a
refusal by redirect where the view explains itself), and NOTHING changes in the database.

tests/communities/test_permissions_matrix.py already drives reading a topic, posting, the
moderation queue and pinning through the site; the table below says so for those addresses, and
a test fails when an address is added to communities/urls.py or notification_urls.py without a
row here.
"""

from dataclasses import dataclass, field

import pytest
from django.test import Client
from django.urls import URLPattern

from communities import notification_urls, services
from communities import urls as community_urls
from communities.models import (
    Community,
    Invitation,
    JoinRequest,
    Membership,
    Notification,
    NotificationKind,
    Post,
    Report,
    Topic,
    Visibility,
    Watch,
    WatchLevel,
)
from tests.communities.factories import CommunityFactory, facilitator_of, member_of, start_topic
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ANONYMOUS, NON_MEMBER, MEMBER = "anonymous", "non_member", "member"
EVERYONE = (ANONYMOUS, NON_MEMBER, MEMBER)


@dataclass
class Scene:
    """One community with a topic, a reply, a held post, a report, a request to join, an
    invitation, a watch and a notification, and the people who must not touch them."""

    community: Community
    people: dict
    topic: Topic
    reply: Post
    held: Post
    join_request: JoinRequest
    invitation: Invitation
    watch: Watch
    notification: Notification
    slug: str = field(init=False)

    def __post_init__(self):
        self.slug = self.community.slug


def build_scene(visibility):
    community = CommunityFactory(visibility=visibility)
    facilitator = facilitator_of(community)
    author = member_of(community, display_name="Ada Author")
    people = {
        ANONYMOUS: None,
        NON_MEMBER: UserFactory(display_name="Nadia Outsider"),
        MEMBER: member_of(community, display_name="Grace Member"),
    }
    topic = start_topic(community, author, title="Red bag audits")
    reply = services.reply(topic, author, body="We audit every bag.")
    held = services.reply(topic, author, body="Waiting for a facilitator.")
    Post.objects.filter(pk=held.pk).update(is_approved=False)
    services.report_post(reply, reporter=facilitator, reason=Report.Reason.OTHER)
    asker = UserFactory(display_name="Quentin Asker")
    join_request = JoinRequest.objects.create(community=community, user=asker, reason="Please")
    invitation = Invitation.objects.create(
        community=community,
        email="invited@trust.nhs.uk",
        invited_by=facilitator,
        invited_by_name="Femi",
    )
    watch = services.set_watch(author, topic=topic, level=WatchLevel.WATCHING)
    notification = Notification.objects.create(
        recipient=author, kind=NotificationKind.REPLY, community=community, topic=topic, post=reply
    )
    return Scene(
        community, people, topic, reply, held, join_request, invitation, watch, notification
    )


def snapshot(scene):
    """Everything a wrong request could change."""
    community = scene.community
    return {
        "community": Community.objects.filter(pk=community.pk).values().get(),
        "memberships": sorted(
            Membership.objects.filter(community=community).values_list("user_id", "role")
        ),
        "topics": list(Topic.objects.filter(community=community).order_by("pk").values()),
        "posts": list(Post.objects.filter(topic__community=community).order_by("pk").values()),
        "reports": list(Report.objects.filter(community=community).order_by("pk").values()),
        "requests": list(JoinRequest.objects.filter(community=community).order_by("pk").values()),
        "invitations": list(Invitation.objects.filter(community=community).order_by("pk").values()),
        "watches": sorted(
            Watch.objects.values_list("user_id", "topic_id", "community_id", "level")
        ),
        "notifications": list(Notification.objects.order_by("pk").values("pk", "read_at")),
    }


@dataclass
class Case:
    """A request that only some people may make; `wrong` says who lacks the right, per
    visibility. `also` lists statuses (besides 403/404) that refuse by explaining."""

    name: str
    method: str
    path: str
    wrong: dict
    data: dict = field(default_factory=dict)
    also: dict = field(default_factory=dict)


def both(*kinds):
    return {"open": kinds, "private": kinds}


CASES = [
    # Membership.
    Case(
        "join",
        "POST",
        "/communities/{slug}/join/",
        {"open": (ANONYMOUS,), "private": (ANONYMOUS, NON_MEMBER)},
        # A private community sends a non-member to ask instead.
        also={NON_MEMBER: (302,)},
    ),
    Case(
        "request_to_join",
        "POST",
        "/communities/{slug}/ask-to-join/",
        {"open": (ANONYMOUS,), "private": (ANONYMOUS,)},
        data={"reason": "Let me in"},
    ),
    Case("leave", "POST", "/communities/{slug}/leave/", both(ANONYMOUS, NON_MEMBER)),
    Case("members", "GET", "/communities/{slug}/members/", both(*EVERYONE)),
    Case(
        "member_action",
        "POST",
        "/communities/{slug}/members/{member_id}/",
        both(*EVERYONE),
        data={"action": "make_facilitator"},
    ),
    Case(
        "invite",
        "POST",
        "/communities/{slug}/invite/",
        both(*EVERYONE),
        data={"emails": "friend@trust.nhs.uk", "message": ""},
    ),
    Case(
        "decide_request",
        "POST",
        "/communities/{slug}/requests/{request_id}/",
        both(*EVERYONE),
        data={"decision": "approve", "reason": ""},
    ),
    Case(
        "invitation",
        "POST",
        "/communities/invitations/{invitation_token}/",
        both(ANONYMOUS, NON_MEMBER),
        # Someone else's invitation: the page says it was sent to another address.
        also={NON_MEMBER: (400,)},
    ),
    # Moderation.
    Case("moderation_overview", "GET", "/communities/moderation/", both(*EVERYONE)),
    Case(
        "lock",
        "POST",
        "/communities/{slug}/topics/{topic_id}/lock/",
        both(*EVERYONE),
        data={"reason": "Closed"},
    ),
    Case(
        "hide",
        "POST",
        "/communities/{slug}/posts/{reply_id}/hide/",
        both(*EVERYONE),
        data={"reason": "Rude"},
    ),
    Case(
        "restore",
        "POST",
        "/communities/{slug}/posts/{reply_id}/restore/",
        both(*EVERYONE),
        data={"reason": "Fine after all"},
    ),
    Case("approve", "POST", "/communities/{slug}/posts/{held_id}/approve/", both(*EVERYONE)),
    Case("dismiss", "POST", "/communities/{slug}/posts/{reply_id}/dismiss/", both(*EVERYONE)),
    # Someone else's content.
    Case(
        "edit_post",
        "POST",
        "/communities/{slug}/posts/{reply_id}/edit/",
        both(*EVERYONE),
        data={"body": "Changed by someone else"},
    ),
    Case("delete_post", "POST", "/communities/{slug}/posts/{reply_id}/delete/", both(*EVERYONE)),
    Case(
        "accept",
        "POST",
        "/communities/{slug}/topics/{topic_id}/accept/",
        both(*EVERYONE),
        data={"post": "{reply_id}"},
    ),
    Case(
        "helpful",
        "POST",
        "/communities/{slug}/posts/{reply_id}/helpful/",
        both(ANONYMOUS, NON_MEMBER),
    ),
    Case(
        "report",
        "POST",
        "/communities/{slug}/posts/{reply_id}/report/",
        {"open": (ANONYMOUS,), "private": (ANONYMOUS, NON_MEMBER)},
        data={"reason": "spam", "details": ""},
    ),
    Case(
        "watch",
        "POST",
        "/communities/{slug}/watch/",
        {"open": (ANONYMOUS,), "private": (ANONYMOUS, NON_MEMBER)},
        data={"level": "watching"},
    ),
    Case(
        "watch_topic",
        "POST",
        "/communities/{slug}/topics/{topic_id}/watch/",
        {"open": (ANONYMOUS,), "private": (ANONYMOUS, NON_MEMBER)},
        data={"level": "muted"},
    ),
    # A private topic by any of its other addresses.
    Case(
        "topic_redirect",
        "GET",
        "/communities/{slug}/topics/{topic_id}/",
        {"open": (), "private": (ANONYMOUS, NON_MEMBER)},
    ),
    Case(
        "first_unread",
        "GET",
        "/communities/{slug}/topics/{topic_id}/unread/",
        {"open": (), "private": (ANONYMOUS, NON_MEMBER)},
    ),
    Case(
        "post",
        "GET",
        "/communities/{slug}/posts/{reply_id}/",
        {"open": (), "private": (ANONYMOUS, NON_MEMBER)},
    ),
    # Notifications: only your own.
    Case("notifications:index", "GET", "/notifications/", both(ANONYMOUS)),
    Case("notifications:settings", "GET", "/notifications/settings/", both(ANONYMOUS)),
    Case(
        "notifications:mark_read",
        "POST",
        "/notifications/read/",
        both(*EVERYONE),
        data={"id": "{notification_id}"},
        # Marks none of someone else's, then shows your own list.
        also={NON_MEMBER: (302,), MEMBER: (302,)},
    ),
    Case(
        "notifications:change_watch",
        "POST",
        "/notifications/watches/{watch_id}/",
        both(*EVERYONE),
        data={"level": "muted"},
    ),
]

COVERED_ELSEWHERE = {
    "moderation": "tests/communities/test_permissions_matrix.py::test_moderating_through_the_site",
    "pin": "tests/communities/test_permissions_matrix.py::test_moderating_through_the_site",
    "reply": "tests/communities/test_permissions_matrix.py::test_posting_through_the_site",
    "new_topic": "tests/communities/test_permissions_matrix.py::test_posting_through_the_site",
    "topic": "tests/communities/test_permissions_matrix.py::test_reading_through_the_site",
    "community": "tests/communities/test_permissions_matrix.py::test_reading_through_the_site",
    "index": "lists every community to everyone; private ones without their topics "
    "(tests/communities/test_membership.py)",
    "notifications:unsubscribe": "the token is the credential; an unknown one is a 404 "
    "(tests/communities/test_notifications.py)",
    "feed_rss": "public feeds; a private community has none: 404 for everyone "
    "(tests/search/test_feeds.py)",
    "feed_atom": "public feeds; a private community has none: 404 for everyone "
    "(tests/search/test_feeds.py)",
}


def fill(template, scene):
    return template.format(
        slug=scene.slug,
        topic_id=scene.topic.pk,
        reply_id=scene.reply.pk,
        held_id=scene.held.pk,
        member_id=Membership.objects.get(community=scene.community, user=scene.people[MEMBER]).pk,
        request_id=scene.join_request.pk,
        invitation_token=scene.invitation.token,
        watch_id=scene.watch.pk,
        notification_id=scene.notification.pk,
    )


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


PARAMS = [
    pytest.param(case, visibility, id=f"{case.name}-{visibility}")
    for case in CASES
    for visibility in ("open", "private")
    if case.wrong[visibility]
]


@pytest.mark.parametrize(("case", "visibility"), PARAMS)
def test_people_without_the_right_are_refused_and_nothing_changes(case, visibility):
    scene = build_scene(Visibility.OPEN if visibility == "open" else Visibility.PRIVATE)
    path = fill(case.path, scene)
    data = {key: fill(value, scene) for key, value in case.data.items()}
    for kind in case.wrong[visibility]:
        before = snapshot(scene)
        client = client_for(scene.people[kind])
        response = client.post(path, data) if case.method == "POST" else client.get(path)
        where = f"{case.method} {path} as {kind} ({visibility})"
        if kind == ANONYMOUS:
            assert response.status_code == 302, where
            assert response["Location"].startswith("/accounts/login/"), where
        else:
            assert response.status_code in (403, 404, *case.also.get(kind, ())), where
            if response.status_code == 302:
                assert not response["Location"].startswith("/accounts/login/"), where
        assert snapshot(scene) == before, f"{where} changed something"


def _names(patterns, namespace=""):
    return {
        f"{namespace}{p.name}" for p in patterns if isinstance(p, URLPattern) and p.name is not None
    }


def test_every_community_and_notification_address_is_checked_somewhere():
    names = _names(community_urls.urlpatterns) | _names(
        notification_urls.urlpatterns, "notifications:"
    )
    checked = {case.name for case in CASES} | set(COVERED_ELSEWHERE)
    assert names - checked == set(), "add these to CASES or COVERED_ELSEWHERE"
    assert checked - names == set(), "these are no longer addresses"


@pytest.mark.parametrize("name", ["hide", "member_action", "edit_post"])
def test_the_same_request_by_someone_with_the_right_does_change_things(name):
    """The control: the snapshot notices a change, so "nothing changed" above means something."""
    case = next(case for case in CASES if case.name == name)
    scene = build_scene(Visibility.PRIVATE)
    facilitator = Membership.objects.get(community=scene.community, role="facilitator").user
    author = scene.reply.author
    before = snapshot(scene)
    client = client_for(author if name == "edit_post" else facilitator)
    data = {key: fill(value, scene) for key, value in case.data.items()}
    response = client.post(fill(case.path, scene), data)
    assert response.status_code == 302
    assert snapshot(scene) != before
