"""Watching, the notification centre, e-mail (immediate and digest) and one-click unsubscribe."""

import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from communities import services
from communities.models import (
    EmailFrequency,
    EmailState,
    Notification,
    NotificationKind,
    Watch,
    WatchLevel,
)

from .factories import member_of, start_topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(open_community, django_capture_on_commit_callbacks):
    starter = member_of(open_community, display_name="Sam Patel")
    watcher = member_of(open_community, display_name="Grace Okafor", email="grace@trust.nhs.uk")
    replier = member_of(open_community, display_name="Tom Ellis")
    with django_capture_on_commit_callbacks(execute=True):
        topic = start_topic(open_community, starter, title="Red bag audit results")
    mail.outbox = []
    return {"topic": topic, "starter": starter, "watcher": watcher, "replier": replier}


def reply_as(user, topic, body, capture):
    with capture(execute=True):
        return services.reply(topic, user, body=body)


def unsubscribe_link(message):
    return re.search(
        r"Stop these e-mails \(no need to sign in\): http://testserver(\S+)", message.body
    )


def test_a_watcher_gets_one_notification_and_one_email_and_can_unsubscribe_signed_out(
    client, thread, django_capture_on_commit_callbacks
):
    topic, watcher = thread["topic"], thread["watcher"]
    client.force_login(watcher)
    response = client.post(
        f"/communities/{topic.community.slug}/topics/{topic.pk}/watch/", {"level": "watching"}
    )
    assert response.status_code == 302

    reply_as(
        thread["replier"],
        topic,
        "We audit every bag on return.",
        django_capture_on_commit_callbacks,
    )

    notification = Notification.objects.get(recipient=watcher)
    assert notification.kind == NotificationKind.REPLY
    assert notification.email_state == EmailState.SENT
    to_watcher = [m for m in mail.outbox if m.to == [watcher.email]]
    assert len(to_watcher) == 1
    message = to_watcher[0]
    assert message.subject == "Re: Red bag audit results"
    assert "Tom Ellis replied to “Red bag audit results”" in message.body
    assert "We audit every bag on return." in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # The header counts it, and the centre lists it.
    html = client.get("/notifications/").content.decode()
    assert "Tom Ellis replied to “Red bag audit results”" in html
    assert "Notifications (1 unread)" in html

    # The unsubscribe link works without signing in.
    path = unsubscribe_link(message).group(1)
    anonymous = Client()
    confirm = anonymous.get(path)
    assert confirm.status_code == 200
    assert "Stop e-mails about the topic “Red bag audit results”?" in confirm.content.decode()
    done = anonymous.post(path)
    assert done.status_code == 200
    assert Watch.objects.get(user=watcher, topic=topic).level == WatchLevel.NORMAL

    mail.outbox = []
    reply_as(thread["replier"], topic, "And again.", django_capture_on_commit_callbacks)
    assert [m for m in mail.outbox if m.to == [watcher.email]] == []


def test_mail_programs_can_unsubscribe_with_one_post(thread, django_capture_on_commit_callbacks):
    topic, watcher = thread["topic"], thread["watcher"]
    watch = services.set_watch(watcher, topic=topic, level=WatchLevel.WATCHING)
    response = Client(enforce_csrf_checks=True).post(
        f"/notifications/unsubscribe/{watch.token}/", {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    watch.refresh_from_db()
    assert watch.level == WatchLevel.NORMAL


def test_an_unknown_unsubscribe_token_is_a_404(client):
    assert client.get("/notifications/unsubscribe/not-a-token/").status_code == 404


def test_the_author_is_not_told_about_their_own_reply(thread, django_capture_on_commit_callbacks):
    starter = thread["starter"]  # watches the topic they started
    reply_as(starter, thread["topic"], "Adding a detail", django_capture_on_commit_callbacks)
    assert not Notification.objects.filter(recipient=starter).exists()
    assert mail.outbox == []


def test_the_topic_starter_watches_their_topic(thread, django_capture_on_commit_callbacks):
    reply_as(thread["replier"], thread["topic"], "An answer", django_capture_on_commit_callbacks)
    assert Notification.objects.filter(recipient=thread["starter"], kind="reply").count() == 1
    assert len(mail.outbox) == 1


def test_a_mention_notifies_once_even_when_watching(thread, django_capture_on_commit_callbacks):
    topic, watcher = thread["topic"], thread["watcher"]
    services.set_watch(watcher, topic=topic, level=WatchLevel.WATCHING)
    handle = services.profile_for(watcher).handle
    reply_as(
        thread["replier"],
        topic,
        f"@{handle} what do you think?",
        django_capture_on_commit_callbacks,
    )
    notifications = Notification.objects.filter(recipient=watcher)
    assert [n.kind for n in notifications] == [NotificationKind.MENTION]
    assert len([m for m in mail.outbox if m.to == [watcher.email]]) == 1


def test_muting_a_topic_silences_even_mentions(thread, django_capture_on_commit_callbacks):
    topic, watcher = thread["topic"], thread["watcher"]
    services.set_watch(watcher, topic=topic, level=WatchLevel.MUTED)
    handle = services.profile_for(watcher).handle
    reply_as(thread["replier"], topic, f"@{handle} hello", django_capture_on_commit_callbacks)
    assert not Notification.objects.filter(recipient=watcher).exists()


def test_watching_a_community_tells_about_new_topics_and_replies(
    open_community, thread, django_capture_on_commit_callbacks
):
    watcher = thread["watcher"]
    services.set_watch(watcher, community=open_community, level=WatchLevel.WATCHING)
    with django_capture_on_commit_callbacks(execute=True):
        topic = start_topic(open_community, thread["replier"], title="Falls in care homes")
    reply_as(
        thread["starter"], topic, "Our falls team visits weekly", django_capture_on_commit_callbacks
    )
    kinds = list(Notification.objects.filter(recipient=watcher).values_list("kind", flat=True))
    assert sorted(kinds) == [NotificationKind.NEW_TOPIC, NotificationKind.REPLY]
    # A topic-level choice wins over the community's.
    services.set_watch(watcher, topic=topic, level=WatchLevel.NORMAL)
    reply_as(thread["starter"], topic, "One more", django_capture_on_commit_callbacks)
    assert Notification.objects.filter(recipient=watcher).count() == 2


def test_daily_digest_collects_notifications_into_one_email(
    thread, django_capture_on_commit_callbacks
):
    topic, watcher = thread["topic"], thread["watcher"]
    services.set_email_frequency(watcher, EmailFrequency.DAILY)
    services.set_watch(watcher, topic=topic, level=WatchLevel.WATCHING)
    reply_as(thread["replier"], topic, "First reply", django_capture_on_commit_callbacks)
    reply_as(thread["starter"], topic, "Second reply", django_capture_on_commit_callbacks)
    assert [m for m in mail.outbox if m.to == [watcher.email]] == []

    call_command("send_community_digests", verbosity=0)
    digests = [m for m in mail.outbox if m.to == [watcher.email]]
    assert len(digests) == 1
    body = digests[0].body
    assert digests[0].subject == "Your daily community digest: 2 updates"
    assert "First reply" in body and "Second reply" in body
    assert (
        "Stop all community e-mails (no need to sign in): http://testserver/notifications/unsubscribe/"
        in body
    )
    assert not Notification.objects.filter(
        recipient=watcher, email_state=EmailState.PENDING
    ).exists()

    call_command("send_community_digests", verbosity=0)
    assert len([m for m in mail.outbox if m.to == [watcher.email]]) == 1


def test_choosing_never_stops_email_but_not_notifications(
    thread, django_capture_on_commit_callbacks
):
    topic, watcher = thread["topic"], thread["watcher"]
    client = Client()
    client.force_login(watcher)
    response = client.post("/notifications/settings/", {"email_frequency": "never"})
    assert response.status_code == 302
    services.set_watch(watcher, topic=topic, level=WatchLevel.WATCHING)
    reply_as(thread["replier"], topic, "Reply", django_capture_on_commit_callbacks)
    assert Notification.objects.filter(recipient=watcher).count() == 1
    assert [m for m in mail.outbox if m.to == [watcher.email]] == []


def test_stop_all_link_in_an_email_sets_never(thread, django_capture_on_commit_callbacks):
    watcher = thread["watcher"]
    handle = services.profile_for(watcher).handle
    reply_as(
        thread["replier"], thread["topic"], f"@{handle} hi", django_capture_on_commit_callbacks
    )
    path = unsubscribe_link(mail.outbox[-1]).group(1)
    assert Client().post(path).status_code == 200
    assert services.profile_for(watcher).email_frequency == EmailFrequency.NEVER


def test_mark_read_one_and_all_and_filter_by_community(
    client, thread, private_community, django_capture_on_commit_callbacks
):
    watcher = thread["watcher"]
    member_of(private_community, watcher)
    other = member_of(private_community)
    private_topic = start_topic(private_community, watcher, title="Comparing evaluation metrics")
    reply_as(other, private_topic, "Bed days", django_capture_on_commit_callbacks)
    services.set_watch(watcher, topic=thread["topic"], level=WatchLevel.WATCHING)
    reply_as(thread["replier"], thread["topic"], "Reply", django_capture_on_commit_callbacks)
    client.force_login(watcher)

    filtered = client.get(f"/notifications/?community={private_community.slug}").content.decode()
    assert "Comparing evaluation metrics" in filtered and "Red bag audit results" not in filtered

    first = Notification.objects.filter(recipient=watcher, community=private_community).get()
    client.post("/notifications/read/", {"id": [str(first.pk)]})
    first.refresh_from_db()
    assert first.read_at is not None
    assert Notification.objects.filter(recipient=watcher, read_at__isnull=True).count() == 1
    unread = client.get("/notifications/?unread=1").content.decode()
    assert "Red bag audit results" in unread and "Comparing evaluation metrics" not in unread

    client.post("/notifications/read/", {"all": "1"})
    assert not Notification.objects.filter(recipient=watcher, read_at__isnull=True).exists()


def test_reading_a_topic_marks_its_notifications_read(
    client, thread, django_capture_on_commit_callbacks
):
    services.set_watch(thread["watcher"], topic=thread["topic"], level=WatchLevel.WATCHING)
    reply_as(thread["replier"], thread["topic"], "Reply", django_capture_on_commit_callbacks)
    client.force_login(thread["watcher"])
    client.get(thread["topic"].get_absolute_url())
    assert not Notification.objects.filter(
        recipient=thread["watcher"], read_at__isnull=True
    ).exists()


def test_private_notifications_are_not_shown_or_emailed_after_leaving(
    client, private_community, django_capture_on_commit_callbacks
):
    leaver = member_of(private_community, display_name="Leaving Member")
    author = member_of(private_community)
    with django_capture_on_commit_callbacks(execute=True):
        topic = start_topic(private_community, author, title="Confidential cost comparison")
    services.set_email_frequency(leaver, EmailFrequency.DAILY)
    services.set_watch(leaver, topic=topic, level=WatchLevel.WATCHING)
    reply_as(author, topic, "Secret figures", django_capture_on_commit_callbacks)
    assert Notification.objects.filter(recipient=leaver).count() == 1

    client.force_login(leaver)
    client.post(f"/communities/{private_community.slug}/leave/")
    html = client.get("/notifications/").content.decode()
    assert "Confidential cost comparison" not in html
    assert "Secret figures" not in html
    assert "a private community you are no longer a member of" in html
    assert "notifications_unread" not in html
    assert not Watch.objects.filter(user=leaver).exists()

    mail.outbox = []
    call_command("send_community_digests", verbosity=0)
    assert mail.outbox == []

    reply_as(author, topic, "More secrets", django_capture_on_commit_callbacks)
    assert Notification.objects.filter(recipient=leaver).count() == 1


def test_mentions_of_people_who_cannot_read_the_community_notify_nobody(
    private_community, django_capture_on_commit_callbacks
):
    from tests.factories import UserFactory

    outsider = UserFactory(display_name="Outside Person")
    handle = services.profile_for(outsider).handle
    author = member_of(private_community)
    with django_capture_on_commit_callbacks(execute=True):
        start_topic(private_community, author, body=f"Should we ask @{handle}?")
    assert not Notification.objects.filter(recipient=outsider).exists()
    assert mail.outbox == []


def test_a_notification_email_is_checked_again_when_sent(
    thread, django_capture_on_commit_callbacks
):
    """Queued, then the post is hidden before the worker sends it: no e-mail."""
    services.set_watch(thread["watcher"], topic=thread["topic"], level=WatchLevel.WATCHING)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post = services.reply(thread["topic"], thread["replier"], body="Spam spam")
        moderator = member_of(thread["topic"].community, role="facilitator")
        services.hide_post(post, by=moderator, reason="Advertising")
    for callback in callbacks:
        callback()
    assert [m for m in mail.outbox if m.to == [thread["watcher"].email]] == []
    assert Notification.objects.get(recipient=thread["watcher"]).email_state == EmailState.SKIPPED


def test_the_header_shows_the_unread_count_to_signed_in_people_only(client, open_cast, site_tree):
    topic = start_topic(open_cast.community, open_cast.member)
    services.set_watch(open_cast.facilitator, topic=topic, level=WatchLevel.WATCHING)
    services.reply(topic, open_cast.member, body="One")
    services.reply(topic, open_cast.member, body="Two")
    assert "/notifications/" not in client.get("/").content.decode()
    client.force_login(open_cast.facilitator)
    html = client.get("/").content.decode()
    unread = "(2 unread)"
    assert f'href="/notifications/">Notifications {unread}</a>' in html
    client.force_login(open_cast.non_member)
    assert 'href="/notifications/">Notifications</a>' in client.get("/").content.decode()
