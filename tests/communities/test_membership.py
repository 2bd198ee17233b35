"""Joining open communities, asking to join private ones, decisions, leaving and invitations."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from communities import services
from communities.models import (
    Invitation,
    JoinRequest,
    Membership,
    Notification,
    NotificationKind,
)
from communities.permissions import CommunityAccess
from tests.factories import UserFactory

from .factories import start_topic

pytestmark = pytest.mark.django_db


def test_signed_in_people_join_an_open_community_to_post(client, open_cast):
    client.force_login(open_cast.non_member)
    page = client.get(open_cast.community.get_absolute_url()).content.decode()
    assert "Join this community" in page and "Start a topic" not in page
    client.post(f"/communities/{open_cast.community.slug}/join/")
    assert CommunityAccess.for_user(open_cast.non_member).can_post(open_cast.community)
    assert "Start a topic" in client.get(open_cast.community.get_absolute_url()).content.decode()


def test_joining_from_a_refusal_returns_to_what_you_were_doing(client, open_cast, site_tree):
    client.force_login(open_cast.non_member)
    new_topic = f"/communities/{open_cast.community.slug}/topics/new/?about={site_tree.pk}"
    refusal = client.get(new_topic)
    assert refusal.status_code == 403
    assert "Join this community to start topics and reply." in refusal.content.decode()
    response = client.post(f"/communities/{open_cast.community.slug}/join/", {"next": new_topic})
    assert response["Location"] == new_topic
    assert client.get(new_topic).status_code == 200
    # Only addresses in the community are followed.
    client.post(f"/communities/{open_cast.community.slug}/leave/")
    response = client.post(
        f"/communities/{open_cast.community.slug}/join/", {"next": "https://evil.example/"}
    )
    assert response["Location"] == open_cast.community.get_absolute_url()


def test_a_private_community_shows_what_it_is_but_not_its_topics(client, private_cast):
    start_topic(private_cast.community, private_cast.member, title="Unpublished findings")
    client.force_login(private_cast.non_member)
    html = client.get(private_cast.community.get_absolute_url()).content.decode()
    assert private_cast.community.summary in html and "Ask to join" in html
    assert "Unpublished findings" not in html
    index = client.get("/communities/").content.decode()
    assert private_cast.community.name in index and "Only members can read this community" in index
    assert "1 topic" not in index


def test_asking_to_join_then_approval_tells_the_requester(
    client, private_cast, django_capture_on_commit_callbacks
):
    community = private_cast.community
    asker = private_cast.non_member
    client.force_login(asker)
    assert client.post(f"/communities/{community.slug}/join/")["Location"].endswith("/ask-to-join/")
    assert (
        client.post(f"/communities/{community.slug}/ask-to-join/", {"reason": ""}).status_code
        == 200
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/communities/{community.slug}/ask-to-join/",
            {"reason": "I lead the evaluation of our care home work."},
        )
    join_request = JoinRequest.objects.get()
    assert join_request.is_pending
    assert Notification.objects.filter(
        recipient=private_cast.facilitator, kind=NotificationKind.JOIN_REQUESTED
    ).exists()
    assert "You have asked to join." in client.get(community.get_absolute_url()).content.decode()

    facilitator = Client()
    facilitator.force_login(private_cast.facilitator)
    url = f"/communities/{community.slug}/requests/{join_request.pk}/"
    assert "I lead the evaluation of our care home work." in facilitator.get(url).content.decode()
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        facilitator.post(url, {"decision": "approve", "reason": "Welcome aboard"})
    assert Membership.objects.filter(community=community, user=asker).exists()
    notification = Notification.objects.get(recipient=asker)
    assert notification.kind == NotificationKind.JOIN_APPROVED
    assert [m.to for m in mail.outbox] == [[asker.email]]
    assert f"Your request to join {community.name} was approved" in mail.outbox[0].body
    assert "Welcome aboard" in mail.outbox[0].body


def test_declining_needs_a_reason_and_tells_the_requester_by_email(
    client, private_cast, django_capture_on_commit_callbacks
):
    community = private_cast.community
    asker = private_cast.non_member
    services.set_email_frequency(asker, "never")  # decisions are e-mailed whatever the choice
    join_request = services.request_to_join(community, asker, "Please")
    client.force_login(private_cast.facilitator)
    url = f"/communities/{community.slug}/requests/{join_request.pk}/"
    response = client.post(url, {"decision": "decline", "reason": ""})
    assert "Give a reason for declining" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"decision": "decline", "reason": "This network is for evaluation leads"})
    join_request.refresh_from_db()
    assert join_request.status == "declined"
    assert join_request.decided_by == private_cast.facilitator
    assert join_request.decision_reason == "This network is for evaluation leads"
    assert not Membership.objects.filter(community=community, user=asker).exists()
    notification = Notification.objects.get(recipient=asker)
    assert notification.kind == NotificationKind.JOIN_DECLINED
    assert len(mail.outbox) == 1 and "This network is for evaluation leads" in mail.outbox[0].body
    # The requester sees the decision and reason in their notification centre.
    requester = Client()
    requester.force_login(asker)
    html = requester.get("/notifications/").content.decode()
    assert f"Your request to join {community.name} was declined" in html
    assert "This network is for evaluation leads" in html
    # A second decision is refused.
    with pytest.raises(services.ServiceError):
        services.decide_join_request(join_request, approve=True, by=private_cast.facilitator)


def test_leaving_a_private_community_takes_away_reading(client, private_cast):
    client.force_login(private_cast.member)
    topic = start_topic(private_cast.community, private_cast.facilitator)
    assert client.get(topic.get_absolute_url()).status_code == 200
    client.post(f"/communities/{private_cast.community.slug}/leave/")
    assert client.get(topic.get_absolute_url()).status_code == 403


def test_facilitators_invite_by_email_and_the_link_lets_that_person_join(
    client, private_cast, django_capture_on_commit_callbacks
):
    community = private_cast.community
    invitee = UserFactory(email="invited.person@trust.nhs.uk")
    client.force_login(private_cast.facilitator)
    assert (
        client.post(
            f"/communities/{community.slug}/invite/", {"emails": "not an address"}
        ).status_code
        == 200
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/communities/{community.slug}/invite/",
            {
                "emails": "invited.person@trust.nhs.uk, new.person@trust.nhs.uk\n"
                + private_cast.member.email,
                "message": "We would value your view.",
            },
        )
    assert Invitation.objects.count() == 2
    assert sorted(m.to[0] for m in mail.outbox) == [
        "invited.person@trust.nhs.uk",
        "new.person@trust.nhs.uk",
    ]
    message = next(m for m in mail.outbox if m.to == ["invited.person@trust.nhs.uk"])
    assert "We would value your view." in message.body
    path = re.search(r"Accept the invitation: http://testserver(\S+)", message.body).group(1)
    assert Notification.objects.filter(recipient=invitee, kind=NotificationKind.INVITED).exists()

    # Signed out: asked to sign in. Someone else signed in: refused. The invitee: joins.
    assert "Sign in to accept" in Client().get(path).content.decode()
    stranger = Client()
    stranger.force_login(private_cast.non_member)
    assert "sent to a different e-mail address" in stranger.post(path).content.decode()
    guest = Client()
    guest.force_login(invitee)
    assert guest.post(path).status_code == 302
    assert CommunityAccess.for_user(invitee).can_read(community)
    # Used once only.
    assert "has been used or has expired" in Client().get(path).content.decode()


def test_an_expired_invitation_cannot_be_used(client, private_cast):
    invitee = UserFactory()
    invitation = Invitation.objects.create(
        community=private_cast.community,
        email=invitee.email,
        invited_by_name="Someone",
        created_at=timezone.now() - timedelta(days=31),
    )
    client.force_login(invitee)
    response = client.post(invitation.get_absolute_url())
    assert response.status_code == 400
    assert not Membership.objects.filter(user=invitee).exists()


def test_facilitators_manage_members(client, open_cast):
    community = open_cast.community
    client.force_login(open_cast.facilitator)
    html = client.get(f"/communities/{community.slug}/members/").content.decode()
    assert open_cast.member.display_name in html
    membership = Membership.objects.get(community=community, user=open_cast.member)
    client.post(
        f"/communities/{community.slug}/members/{membership.pk}/", {"action": "make_facilitator"}
    )
    assert CommunityAccess.for_user(open_cast.member).can_moderate(community)
    client.post(f"/communities/{community.slug}/members/{membership.pk}/", {"action": "remove"})
    assert not Membership.objects.filter(pk=membership.pk).exists()
    client.force_login(open_cast.non_member)
    assert client.get(f"/communities/{community.slug}/members/").status_code == 403
