"""The services announce what happened (communities.signals) and notifications listen: another
part of the site can follow the same changes without the services knowing about it."""

import pytest
from django.db import transaction

from communities import services, signals
from communities.models import Notification, NotificationKind, Post, Report

from .factories import member_of, start_topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def heard():
    """Every announcement made during the test, as (signal name, arguments)."""
    names = {
        getattr(signals, name): name
        for name in dir(signals)
        if isinstance(getattr(signals, name), type(signals.post_published))
    }
    heard = []

    def listen(signal, sender, **kwargs):
        heard.append((names[signal], sender, kwargs))

    for signal in names:
        signal.connect(listen, weak=False, dispatch_uid="test-heard")
    yield heard
    for signal in names:
        signal.disconnect(dispatch_uid="test-heard")


def test_a_reply_is_announced_with_the_people_it_mentions(open_cast, heard):
    topic = start_topic(open_cast.community, open_cast.facilitator)
    handle = services.profile_for(open_cast.facilitator).handle
    heard.clear()

    post = services.reply(topic, open_cast.member, body=f"Thanks @{handle}, we do the same.")

    assert [(name, sender) for name, sender, _ in heard] == [("post_published", Post)]
    assert heard[0][2]["post"] == post
    assert heard[0][2]["mentions"] == [handle]


def test_a_held_first_post_is_announced_as_held_not_published(open_cast, heard):
    community = open_cast.community
    community.first_post_moderation = True
    community.save()
    newcomer = member_of(community, display_name="New Person")
    topic = start_topic(community, open_cast.facilitator)
    heard.clear()

    services.reply(topic, newcomer, body="My first words here.")

    assert [name for name, _, _ in heard] == ["post_held"]
    # The facilitator hears about it through the notifications that listen.
    assert Notification.objects.filter(
        recipient=open_cast.facilitator, kind=NotificationKind.POST_HELD
    ).exists()


def test_approving_a_held_post_announces_the_approval_then_the_publication(open_cast, heard):
    community = open_cast.community
    community.first_post_moderation = True
    community.save()
    newcomer = member_of(community, display_name="New Person")
    topic = start_topic(community, open_cast.facilitator)
    held = services.reply(topic, newcomer, body="My first words here.")
    heard.clear()

    services.approve_post(held, by=open_cast.facilitator)

    assert [name for name, _, _ in heard] == ["post_approved", "post_published"]
    assert heard[0][2]["by"] == open_cast.facilitator


def test_a_listener_that_fails_undoes_the_change_it_heard_about(open_cast):
    topic = start_topic(open_cast.community, open_cast.facilitator)
    post = topic.posts.get()

    def broken(sender, report, **kwargs):
        raise RuntimeError("listener failed")

    signals.post_reported.connect(broken, weak=False, dispatch_uid="test-broken")
    try:
        with pytest.raises(RuntimeError), transaction.atomic():
            services.report_post(post, reporter=open_cast.member, reason=Report.Reason.OTHER)
    finally:
        signals.post_reported.disconnect(dispatch_uid="test-broken")

    assert not Report.objects.exists()
    assert not Notification.objects.filter(kind=NotificationKind.REPORT).exists()


def test_invitations_are_announced_once_for_everyone_invited(open_cast, heard):
    services.invite(
        open_cast.community,
        ["one@example.org", "two@example.org", open_cast.member.email],
        by=open_cast.facilitator,
    )

    assert [name for name, _, _ in heard] == ["members_invited"]
    invited = sorted(i.email for i in heard[0][2]["invitations"])
    assert invited == ["one@example.org", "two@example.org"]
