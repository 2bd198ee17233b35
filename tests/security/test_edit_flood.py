"""Editing a post 12 times in a second, adding and removing an @mention each time, used to send
the mentioned person 6 notifications and 6 e-mails. Edits now count against the posting limit,
and a person is told of a mention in a post once, however often it is edited."""

import pytest
from django.core import mail
from django.urls import reverse

from communities import services
from communities.models import Notification, NotificationKind
from tests.communities.factories import CommunityFactory, member_of, start_topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(db, django_capture_on_commit_callbacks):
    community = CommunityFactory(name="Falls prevention network")
    flooder = member_of(community, display_name="Fred Flooder")
    target = member_of(community, display_name="Tara Target")
    handle = services.profile_for(target).handle
    with django_capture_on_commit_callbacks(execute=True):
        topic = start_topic(community, flooder, title="Falls huddles")
        reply = services.reply(topic, flooder, body="First version.")
    mail.outbox = []
    return {
        "community": community,
        "flooder": flooder,
        "target": target,
        "handle": handle,
        "reply": reply,
        "capture": django_capture_on_commit_callbacks,
    }


def edit_url(thread):
    return reverse(
        "communities:edit_post",
        kwargs={"slug": thread["community"].slug, "post_id": thread["reply"].pk},
    )


def flood(client, thread, times=12):
    client.force_login(thread["flooder"])
    statuses = []
    with thread["capture"](execute=True):
        for n in range(times):
            body = f"@{thread['handle']} version {n}" if n % 2 == 0 else f"version {n}"
            statuses.append(client.post(edit_url(thread), {"body": body}).status_code)
    return statuses


def mentions_of(thread):
    return Notification.objects.filter(
        recipient=thread["target"], kind=NotificationKind.MENTION, post=thread["reply"]
    )


def test_an_edit_flood_is_stopped_by_the_posting_limit(client, thread, settings):
    settings.COMMUNITY_POST_RATE = (5, 60)
    statuses = flood(client, thread)
    assert statuses[:5] == [302] * 5
    assert statuses[5:] == [429] * 7
    assert "posting too quickly" in client.post(edit_url(thread), {"body": "x"}).content.decode()
    # What the person typed is still in the form they get back.
    response = client.post(edit_url(thread), {"body": "keep this text"})
    assert "keep this text" in response.content.decode()


def test_a_mention_is_notified_once_however_often_it_is_edited_in_and_out(client, thread, settings):
    settings.COMMUNITY_POST_RATE = (100, 60)
    assert set(flood(client, thread)) == {302}
    assert mentions_of(thread).count() == 1
    assert len([m for m in mail.outbox if m.to == [thread["target"].email]]) == 1


def test_the_same_holds_through_the_service_directly(thread):
    reply, handle = thread["reply"], thread["handle"]
    with thread["capture"](execute=True):
        for n in range(6):
            body = f"@{handle} again {n}" if n % 2 == 0 else "no mention"
            services.edit_post(reply, body=body, by=thread["flooder"])
    assert mentions_of(thread).count() == 1
    assert len(mail.outbox) == 1


def test_accepting_an_answer_again_does_not_notify_again(thread):
    community = thread["community"]
    topic = thread["reply"].topic
    asker = member_of(community)
    topic.author = asker
    topic.save(update_fields=["author"])
    with thread["capture"](execute=True):
        for _ in range(3):
            services.accept_answer(topic, thread["reply"], by=asker)
            services.clear_accepted_answer(topic, by=asker)
    accepted = Notification.objects.filter(
        recipient=thread["flooder"], kind=NotificationKind.ACCEPTED
    )
    assert accepted.count() == 1
