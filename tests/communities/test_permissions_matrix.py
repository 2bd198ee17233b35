"""The permission matrix: five kinds of people × open and private communities × read, post and
moderate. Every cell is asserted twice: by the permissions module and through the site."""

import pytest
from django.test import Client

from communities.models import Post
from communities.permissions import CommunityAccess

from .factories import start_topic

pytestmark = pytest.mark.django_db

KINDS = ["anonymous", "non_member", "member", "facilitator", "site_moderator"]

# (read, post, moderate) for each kind of person, in an open and in a private community.
EXPECTED = {
    "open": {
        "anonymous": (True, False, False),
        "non_member": (True, False, False),
        "member": (True, True, False),
        "facilitator": (True, True, True),
        "site_moderator": (True, True, True),
    },
    "private": {
        "anonymous": (False, False, False),
        "non_member": (False, False, False),
        "member": (True, True, False),
        "facilitator": (True, True, True),
        "site_moderator": (True, True, True),
    },
}

CELLS = [
    (visibility, kind, action)
    for visibility in ("open", "private")
    for kind in KINDS
    for action in ("read", "post", "moderate")
]


def expected(visibility, kind, action):
    return EXPECTED[visibility][kind][("read", "post", "moderate").index(action)]


@pytest.fixture
def casts(open_cast, private_cast):
    return {"open": open_cast, "private": private_cast}


def client_for(user):
    client = Client()
    if user.is_authenticated:
        client.force_login(user)
    return client


@pytest.mark.parametrize(("visibility", "kind", "action"), CELLS)
def test_permissions_module_answers_every_cell(casts, visibility, kind, action):
    cast = casts[visibility]
    access = CommunityAccess.for_user(cast[kind])
    answer = getattr(access, f"can_{action}")(cast.community)
    assert answer is expected(visibility, kind, action)


@pytest.mark.parametrize(
    ("visibility", "kind"), [(v, k) for v in ("open", "private") for k in KINDS]
)
def test_readable_community_ids_match_can_read(casts, visibility, kind):
    cast = casts[visibility]
    access = CommunityAccess.for_user(cast[kind])
    assert (cast.community.pk in access.readable_community_ids()) is expected(
        visibility, kind, "read"
    )


@pytest.mark.parametrize(
    ("visibility", "kind"), [(v, k) for v in ("open", "private") for k in KINDS]
)
def test_reading_through_the_site(casts, visibility, kind):
    cast = casts[visibility]
    topic = start_topic(cast.community, cast.member, title="Weekly huddles with care homes")
    client = client_for(cast[kind])
    response = client.get(topic.get_absolute_url())
    listing = client.get(cast.community.get_absolute_url()).content.decode()
    if expected(visibility, kind, "read"):
        assert response.status_code == 200
        assert "Weekly huddles with care homes" in response.content.decode()
        assert "Weekly huddles with care homes" in listing
    else:
        assert response.status_code == (302 if kind == "anonymous" else 403)
        if kind == "anonymous":
            assert response["Location"].startswith("/accounts/login/")
        assert "Weekly huddles with care homes" not in response.content.decode()
        assert "Weekly huddles with care homes" not in listing


@pytest.mark.parametrize(
    ("visibility", "kind"), [(v, k) for v in ("open", "private") for k in KINDS]
)
def test_posting_through_the_site(casts, visibility, kind):
    cast = casts[visibility]
    topic = start_topic(cast.community, cast.member)
    client = client_for(cast[kind])
    reply_url = f"/communities/{cast.community.slug}/topics/{topic.pk}/reply/"
    response = client.post(reply_url, {"body": f"A reply from the {kind}"})
    new_topic = client.post(
        f"/communities/{cast.community.slug}/topics/new/",
        {"title": f"A topic from the {kind}", "body": "Opening words"},
    )
    posted = Post.objects.filter(body_markdown=f"A reply from the {kind}").exists()
    started = Post.objects.filter(topic__title=f"A topic from the {kind}").exists()
    if expected(visibility, kind, "post"):
        assert response.status_code == 302 and posted
        assert new_topic.status_code == 302 and started
    else:
        assert not posted and not started
        denied = 302 if kind == "anonymous" else 403
        assert response.status_code == denied and new_topic.status_code == denied


@pytest.mark.parametrize(
    ("visibility", "kind"), [(v, k) for v in ("open", "private") for k in KINDS]
)
def test_moderating_through_the_site(casts, visibility, kind):
    cast = casts[visibility]
    topic = start_topic(cast.community, cast.member)
    client = client_for(cast[kind])
    queue = client.get(f"/communities/{cast.community.slug}/moderation/")
    pin = client.post(f"/communities/{cast.community.slug}/topics/{topic.pk}/pin/")
    topic.refresh_from_db()
    if expected(visibility, kind, "moderate"):
        assert queue.status_code == 200
        assert pin.status_code == 302 and topic.is_pinned
    else:
        denied = 302 if kind == "anonymous" else 403
        assert queue.status_code == denied and pin.status_code == denied
        assert not topic.is_pinned


def test_access_is_computed_once_per_request(rf, open_cast, django_assert_num_queries):
    request = rf.get("/")
    request.user = open_cast.member
    access = CommunityAccess.for_request(request)
    with django_assert_num_queries(1):
        for _ in range(3):
            CommunityAccess.for_request(request).can_post(open_cast.community)
    assert CommunityAccess.for_request(request) is access


def test_a_facilitator_of_one_community_is_a_non_member_of_another(open_cast, private_cast):
    access = CommunityAccess.for_user(open_cast.facilitator)
    assert access.can_moderate(open_cast.community)
    assert not access.can_read(private_cast.community)
    assert not access.can_moderate(private_cast.community)


def test_superusers_are_site_moderators(private_community):
    from tests.factories import UserFactory

    admin = UserFactory(is_superuser=True, is_staff=True)
    access = CommunityAccess.for_user(admin)
    assert access.can_read(private_community) and access.can_moderate(private_community)
