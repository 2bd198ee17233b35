"""Reports, the moderation queue, hiding and restoring with who and why, holds, pins and locks."""

import pytest
from django.test import Client

from communities import services
from communities.models import (
    ModerationAction,
    Notification,
    NotificationKind,
    Post,
    Report,
    Topic,
)

from .factories import member_of, start_topic

pytestmark = pytest.mark.django_db


def test_anyone_signed_in_who_can_read_may_report_a_post(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member, body="Call Mrs Smith's daughter")
    post = topic.posts.get()
    url = f"/communities/{open_cast.community.slug}/posts/{post.pk}/report/"
    assert Client().get(url).status_code == 302  # signed out: sign in first
    client.force_login(open_cast.non_member)
    assert client.post(url, {}).status_code == 200  # no reason chosen: form error
    response = client.post(url, {"reason": "personal", "details": "Names a resident"})
    assert response.status_code == 302
    report = Report.objects.get()
    assert report.reporter == open_cast.non_member and report.reason == "personal"
    # Reporting twice updates the report rather than adding another.
    client.post(url, {"reason": "other", "details": "Also off topic"})
    assert Report.objects.count() == 1
    assert (
        Notification.objects.filter(
            recipient=open_cast.facilitator, kind=NotificationKind.REPORT
        ).count()
        == 1
    )
    # Authors cannot report themselves.
    client.force_login(open_cast.member)
    assert client.get(url).status_code == 403


def test_the_queue_shows_reports_and_a_hide_keeps_who_and_why(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member, body="Buy cheap pills here")
    post = topic.posts.get()
    reply = services.reply(topic, member_of(open_cast.community), body="Welcome all")
    services.report_post(post, reporter=open_cast.non_member, reason="spam")
    client.force_login(open_cast.facilitator)
    queue = client.get(f"/communities/{open_cast.community.slug}/moderation/").content.decode()
    assert "Buy cheap pills here" in queue and "It is spam or advertising" in queue

    url = f"/communities/{open_cast.community.slug}/posts/{reply.pk}/hide/"
    assert client.post(url, {"reason": ""}).status_code == 200  # a reason is needed
    response = client.post(url, {"reason": "Duplicate of the welcome post"})
    assert response.status_code == 302
    reply.refresh_from_db()
    assert reply.hidden_by == open_cast.facilitator
    assert reply.hide_reason == "Duplicate of the welcome post"

    services.hide_post(post, by=open_cast.facilitator, reason="Advertising")
    assert Report.objects.get().outcome == "hidden"

    # Readers see that it was hidden, not what it said or who hid it and why.
    reader = Client()
    reader.force_login(open_cast.member)
    html = reader.get(topic.get_absolute_url()).content.decode()
    assert "This topic is hidden" in html or "This post was hidden by a moderator." in html
    for text in (
        "Welcome all",
        "Duplicate of the welcome post",
        open_cast.facilitator.display_name,
    ):
        assert text not in html.split('id="maincontent"')[1].split("Facilitators")[0]
    other = Client()
    other.force_login(member_of(open_cast.community))
    assert other.get(topic.get_absolute_url()).status_code == 403  # the topic is hidden

    # Moderators see who and why.
    moderator = Client()
    moderator.force_login(open_cast.site_moderator)
    html = moderator.get(topic.get_absolute_url()).content.decode()
    assert f"Hidden by <strong>{open_cast.facilitator.display_name}</strong>" in html
    assert "Reason: Duplicate of the welcome post" in html
    assert "Welcome all" in html


def test_hidden_reply_shows_a_notice_to_readers_and_who_why_to_moderators(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member, body="Opening")
    reply = services.reply(topic, member_of(open_cast.community), body="Rude words")
    services.hide_post(reply, by=open_cast.facilitator, reason="Not respectful")
    anonymous = Client().get(topic.get_absolute_url()).content.decode()
    assert "This post was hidden by a moderator." in anonymous
    assert "Rude words" not in anonymous and "Not respectful" not in anonymous
    client.force_login(open_cast.facilitator)
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "Reason: Not respectful" in html and "Rude words" in html
    # The author is told why, in the notification centre.
    notification = Notification.objects.get(kind=NotificationKind.POST_HIDDEN)
    assert notification.recipient == reply.author and notification.detail == "Not respectful"


def test_restoring_a_post_keeps_the_record(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member)
    reply = services.reply(topic, open_cast.facilitator, body="Visible again later")
    services.hide_post(reply, by=open_cast.facilitator, reason="Checking facts")
    client.force_login(open_cast.site_moderator)
    url = f"/communities/{open_cast.community.slug}/posts/{reply.pk}/restore/"
    assert client.post(url, {"reason": "Facts checked, all fine"}).status_code == 302
    reply.refresh_from_db()
    assert reply.hidden_at is None
    actions = list(ModerationAction.objects.values_list("action", "by_name", "reason"))
    assert ("hide", open_cast.facilitator.display_name, "Checking facts") in actions
    assert ("restore", open_cast.site_moderator.display_name, "Facts checked, all fine") in actions
    assert "Visible again later" in Client().get(topic.get_absolute_url()).content.decode()


def test_first_post_moderation_holds_a_new_members_first_post(
    client, open_cast, django_capture_on_commit_callbacks
):
    community = open_cast.community
    community.first_post_moderation = True
    community.save()
    topic = start_topic(community, open_cast.facilitator, title="Introductions")
    newcomer = member_of(community, display_name="New Starter")
    client.force_login(newcomer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/communities/{community.slug}/topics/{topic.pk}/reply/", {"body": "Hello, new here"}
        )
    post = Post.objects.get(author=newcomer)
    assert not post.is_approved
    assert "checks new members" in client.get(response["Location"], follow=True).content.decode()
    # The author sees it waiting; others do not.
    assert "Waiting for approval" in client.get(topic.get_absolute_url()).content.decode()
    assert "Hello, new here" not in Client().get(topic.get_absolute_url()).content.decode()
    topic.refresh_from_db()
    assert topic.posts_count == 1
    assert Notification.objects.filter(
        recipient=open_cast.facilitator, kind=NotificationKind.POST_HELD
    ).exists()

    # The facilitator approves it from the queue: it shows and the author is told.
    moderator = Client()
    moderator.force_login(open_cast.facilitator)
    queue = moderator.get(f"/communities/{community.slug}/moderation/").content.decode()
    assert "Hello, new here" in queue
    with django_capture_on_commit_callbacks(execute=True):
        moderator.post(f"/communities/{community.slug}/posts/{post.pk}/approve/")
    post.refresh_from_db()
    assert post.is_approved and post.approved_by == open_cast.facilitator
    assert "Hello, new here" in Client().get(topic.get_absolute_url()).content.decode()
    assert Notification.objects.filter(
        recipient=newcomer, kind=NotificationKind.POST_APPROVED
    ).exists()
    # The facilitator watches the topic they started, so they hear of the reply now.
    assert Notification.objects.filter(
        recipient=open_cast.facilitator, kind=NotificationKind.REPLY, post=post
    ).exists()

    # Their next post is not held.
    client.post(f"/communities/{community.slug}/topics/{topic.pk}/reply/", {"body": "Second"})
    assert Post.objects.get(body_markdown="Second").is_approved


def test_a_held_first_topic_is_seen_only_by_its_author_and_moderators(client, open_cast):
    community = open_cast.community
    community.first_post_moderation = True
    community.save()
    topic = start_topic(community, open_cast.member, title="Held topic")
    assert not topic.is_approved
    assert "Held topic" not in Client().get(community.get_absolute_url()).content.decode()
    assert Client().get(topic.get_absolute_url()).status_code == 302
    client.force_login(open_cast.member)
    assert client.get(topic.get_absolute_url()).status_code == 200
    client.force_login(open_cast.facilitator)
    assert "Held topic" in client.get(community.get_absolute_url()).content.decode()
    community.refresh_from_db()
    assert community.topics_count == 0


def test_facilitators_and_site_moderators_need_no_approval(open_cast):
    community = open_cast.community
    community.first_post_moderation = True
    community.save()
    assert start_topic(community, open_cast.facilitator).is_approved
    assert start_topic(community, open_cast.site_moderator).is_approved


def test_pin_and_lock_carry_who_and_why(client, open_cast):
    community = open_cast.community
    older = start_topic(community, open_cast.member, title="Older topic")
    start_topic(community, open_cast.member, title="Newer topic")
    client.force_login(open_cast.facilitator)
    client.post(f"/communities/{community.slug}/topics/{older.pk}/pin/")
    html = Client().get(community.get_absolute_url()).content.decode()
    assert html.index("Older topic") < html.index("Newer topic")
    older.refresh_from_db()
    assert older.pinned_by == open_cast.facilitator

    lock_url = f"/communities/{community.slug}/topics/{older.pk}/lock/"
    assert client.post(lock_url, {"reason": ""}).status_code == 200  # reason needed
    client.post(lock_url, {"reason": "Answered: see the guide"})
    older.refresh_from_db()
    assert older.is_locked and older.locked_by == open_cast.facilitator
    assert older.lock_reason == "Answered: see the guide"

    member = Client()
    member.force_login(open_cast.member)
    page = member.get(older.get_absolute_url()).content.decode()
    assert "This topic is locked" in page and "Answered: see the guide" in page
    reply = member.post(f"/communities/{community.slug}/topics/{older.pk}/reply/", {"body": "x"})
    assert reply.status_code == 403
    # Moderators may still reply.
    assert (
        client.post(
            f"/communities/{community.slug}/topics/{older.pk}/reply/", {"body": "Note"}
        ).status_code
        == 302
    )
    client.post(lock_url, {"reason": ""})  # unlocking needs no reason
    older.refresh_from_db()
    assert not older.is_locked


def test_site_moderators_see_every_queue(client, open_cast, private_cast):
    client.force_login(open_cast.site_moderator)
    html = client.get("/communities/moderation/").content.decode()
    assert open_cast.community.name in html and private_cast.community.name in html
    client.force_login(open_cast.facilitator)
    html = client.get("/communities/moderation/").content.decode()
    assert open_cast.community.name in html and private_cast.community.name not in html
    client.force_login(open_cast.member)
    assert client.get("/communities/moderation/").status_code == 403


def test_dismissing_reports_leaves_the_post(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member)
    post = topic.posts.get()
    services.report_post(post, reporter=open_cast.non_member, reason="other", details="Hmm")
    client.force_login(open_cast.facilitator)
    client.post(f"/communities/{open_cast.community.slug}/posts/{post.pk}/dismiss/")
    report = Report.objects.get()
    assert report.outcome == "dismissed" and report.resolved_by == open_cast.facilitator
    assert Topic.objects.get().hidden_at is None
