"""Every way in is throttled: the editing admin's password reset goes through allauth's limits,
invitations (each an e-mail) have an hourly limit, and every other write has a floor limit per
person or address (core.throttle), including ones nobody remembered to limit."""

import pytest
from django.core import mail
from django.urls import reverse

from tests.communities.factories import CommunityFactory, facilitator_of, member_of, start_topic
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_outbox():
    mail.outbox = []


def test_the_admin_password_reset_form_is_allauths_throttled_one(client):
    for url in [
        "/admin/password_reset/",
        "/admin/password_reset/done/",
        "/admin/password_reset/confirm/MQ/set-password/",
        "/admin/password_reset/complete/",
    ]:
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 302, url
            assert response["Location"] == reverse("account_reset_password"), url


def test_eight_admin_password_resets_in_a_second_send_at_most_five(client):
    UserFactory(email="editor@trust.nhs.uk", is_staff=True)
    statuses = []
    for _ in range(8):
        response = client.post(
            "/admin/password_reset/", {"email": "editor@trust.nhs.uk"}, follow=True
        )
        statuses.append(response.status_code)
        # What Wagtail's form would have done is gone; the throttled form is where it lands.
        response = client.post(reverse("account_reset_password"), {"email": "editor@trust.nhs.uk"})
        statuses.append(response.status_code)
    assert len([m for m in mail.outbox if "editor@trust.nhs.uk" in m.to]) <= 5
    assert 429 in statuses


def test_wagtail_no_longer_offers_its_own_reset_link(client):
    from django.conf import settings

    assert settings.WAGTAIL_PASSWORD_RESET_ENABLED is False


def test_invitations_are_limited_per_hour(client, settings):
    settings.COMMUNITY_INVITE_RATE = (3, 3600)
    community = CommunityFactory(name="Invite network")
    facilitator = facilitator_of(community)
    client.force_login(facilitator)
    url = reverse("communities:invite", args=[community.slug])
    first = client.post(url, {"emails": "a@trust.nhs.uk\nb@trust.nhs.uk", "message": ""})
    assert first.status_code == 302
    second = client.post(url, {"emails": "c@trust.nhs.uk\nd@trust.nhs.uk", "message": ""})
    assert second.status_code == 429
    assert "invite 3 people an hour" in second.content.decode()
    assert "c@trust.nhs.uk" in second.content.decode()  # what they typed is kept
    assert community.invitations.count() == 2


@pytest.fixture
def low_write_limit(settings):
    settings.WRITE_RATE = (3, 60)


def test_any_write_by_a_signed_in_person_has_a_floor_limit(client, low_write_limit):
    person = UserFactory()
    client.force_login(person)
    statuses = [client.post("/notifications/read/", {"all": "1"}).status_code for _ in range(5)]
    assert statuses == [302, 302, 302, 429, 429]
    response = client.post("/notifications/read/", {"all": "1"})
    assert response["Retry-After"] == "60"
    assert "Too many" in response.content.decode()


def test_the_floor_limit_covers_every_kind_of_write(client, low_write_limit):
    community = CommunityFactory(name="Throttle network")
    author = member_of(community)
    topic = start_topic(community, author, title="Limits")
    post = topic.posts.get(number=1)
    person = UserFactory()
    client.force_login(person)
    writes = [
        (reverse("communities:join", args=[community.slug]), {}),
        (reverse("communities:helpful", args=[community.slug, post.pk]), {}),
        (reverse("communities:watch", args=[community.slug]), {"level": "watching"}),
        ("/accounts/profile/", {"display_name": "New name"}),
    ]
    statuses = [client.post(url, data).status_code for url, data in writes]
    assert 429 not in statuses[:3]
    assert statuses[3] == 429


def test_signed_out_writes_are_limited_per_address(client, low_write_limit):
    statuses = [
        client.post("/notifications/unsubscribe/not-a-token/").status_code for _ in range(4)
    ]
    assert statuses[-1] == 429 and 429 not in statuses[:3]


def test_the_editing_admin_is_not_counted(client, low_write_limit):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    statuses = [client.post("/admin/").status_code for _ in range(5)]
    assert 429 not in statuses


def test_searches_create_log_rows_only_up_to_a_limit(client, site_tree, settings):
    from search.models import SearchTermStat

    settings.SEARCH_LOG_RATE = (3, 60)
    for n in range(5):
        assert client.get("/search/", {"q": f"distinctword{n}"}).status_code == 200
    assert SearchTermStat.objects.count() == 3
