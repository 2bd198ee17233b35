"""Starting topics, replying, quoting, editing, deleting, helpful marks and accepted answers."""

import pytest
from django.core import mail

from communities import services
from communities.models import HelpfulMark, Notification, NotificationKind, Post, Topic
from communities.permissions import CommunityAccess

from .factories import member_of, start_topic

pytestmark = pytest.mark.django_db


def test_a_member_starts_a_topic_with_markdown_and_tags(client, open_cast):
    client.force_login(open_cast.member)
    response = client.post(
        f"/communities/{open_cast.community.slug}/topics/new/",
        {
            "title": "  Red bag audit:   what do you count? ",
            "body": "We count **returned bags**.\n\n- lost items\n- late summaries",
            "tags": "Red Bag, audit, red bag",
        },
    )
    topic = Topic.objects.get()
    assert response["Location"] == topic.get_absolute_url()
    assert topic.title == "Red bag audit: what do you count?"
    assert topic.slug == "red-bag-audit-what-do-you-count"
    assert sorted(topic.tags.names()) == ["audit", "red bag"]
    post = topic.posts.get()
    assert post.body_markdown.startswith("We count **returned bags**.")
    assert "<strong>returned bags</strong>" in post.body_html
    assert "<li>lost items</li>" in post.body_html
    assert post.body_text == "We count returned bags.\n\nlost items\nlate summaries"
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "<strong>returned bags</strong>" in html
    assert f'href="{open_cast.community.get_absolute_url()}?tag=red-bag"' in html


def test_replying_adds_a_numbered_post_and_updates_the_counters(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member)
    client.force_login(open_cast.facilitator)
    response = client.post(
        f"/communities/{open_cast.community.slug}/topics/{topic.pk}/reply/",
        {"body": "We do the same, monthly."},
    )
    post = Post.objects.get(number=2)
    assert response["Location"] == f"/communities/{open_cast.community.slug}/posts/{post.pk}/"
    assert client.get(response["Location"])["Location"] == f"{topic.get_absolute_url()}#post-2"
    topic.refresh_from_db()
    open_cast.community.refresh_from_db()
    assert (topic.posts_count, topic.reply_count, topic.last_post_number) == (2, 1, 2)
    assert topic.last_post_author_name == open_cast.facilitator.display_name
    assert (open_cast.community.topics_count, open_cast.community.posts_count) == (1, 2)


def test_quote_prefills_the_reply_with_an_attributed_blockquote(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member, body="Bags come back *empty*.")
    first = topic.posts.get()
    client.force_login(open_cast.facilitator)
    html = client.get(
        f"/communities/{open_cast.community.slug}/topics/{topic.pk}/reply/?quote={first.pk}"
    ).content.decode()
    author = open_cast.member.display_name
    assert (
        f"&gt; **{author}** [wrote](/communities/{open_cast.community.slug}/posts/{first.pk}/):"
        in html
    )
    assert "&gt; Bags come back *empty*." in html


def test_quoting_an_unknown_or_deleted_post_just_opens_an_empty_reply(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member)
    first = topic.posts.get()
    services.delete_post(first, by=open_cast.member)
    client.force_login(open_cast.facilitator)
    for value in (first.pk, 99999, "abc", "-1"):
        response = client.get(
            f"/communities/{open_cast.community.slug}/topics/{topic.pk}/reply/?quote={value}"
        )
        assert response.status_code == 200
        assert "wrote" not in response.content.decode()


def test_editing_your_own_post_shows_it_as_edited_with_when(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member, title="Old title")
    post = topic.posts.get()
    client.force_login(open_cast.member)
    response = client.post(
        f"/communities/{open_cast.community.slug}/posts/{post.pk}/edit/",
        {"title": "New title", "body": "Changed words", "tags": "falls"},
    )
    assert response.status_code == 302
    post.refresh_from_db()
    topic.refresh_from_db()
    assert post.body_html == "<p>Changed words</p>\n" and post.edited_at is not None
    assert topic.title == "New title" and list(topic.tags.names()) == ["falls"]
    html = client.get(topic.get_absolute_url()).content.decode()
    assert f'edited <time datetime="{post.edited_at.isoformat()}' in html


def test_nobody_edits_or_deletes_someone_elses_post(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member)
    post = topic.posts.get()
    for person in (open_cast.facilitator, open_cast.site_moderator, open_cast.non_member):
        client.force_login(person)
        base = f"/communities/{open_cast.community.slug}/posts/{post.pk}"
        assert client.post(f"{base}/edit/", {"body": "Hijacked"}).status_code == 403
        assert client.post(f"{base}/delete/").status_code == 403
    post.refresh_from_db()
    assert post.body_markdown != "Hijacked" and post.deleted_at is None


def test_deleting_your_post_is_soft_and_the_thread_stays_readable(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member, body="The opening words")
    reply = services.reply(topic, open_cast.facilitator, body="A reply that stays")
    client.force_login(open_cast.member)
    opening = topic.posts.get(number=1)
    assert (
        client.post(
            f"/communities/{open_cast.community.slug}/posts/{opening.pk}/delete/"
        ).status_code
        == 302
    )
    opening.refresh_from_db()
    assert opening.deleted_at is not None and opening.body_markdown == "The opening words"
    client.logout()
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "This post was deleted by its author." in html
    assert "The opening words" not in html
    assert "A reply that stays" in html
    assert reply.topic_id == topic.pk
    topic.refresh_from_db()
    assert topic.posts_count == 1


def test_helpful_marks_are_one_per_person_and_not_for_your_own_post(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member)
    reply = services.reply(topic, open_cast.facilitator, body="Try a checklist")
    url = f"/communities/{open_cast.community.slug}/posts/{reply.pk}/helpful/"
    client.force_login(open_cast.member)
    client.post(url)
    assert HelpfulMark.objects.filter(post=reply).count() == 1
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "1 person found this helpful" in html
    assert "Remove your helpful mark" in html
    client.post(url)  # a second press takes it back
    assert HelpfulMark.objects.filter(post=reply).count() == 0
    client.force_login(open_cast.facilitator)
    assert client.post(url).status_code == 403
    client.force_login(open_cast.non_member)
    assert client.post(url).status_code == 403


def test_the_starter_or_a_facilitator_accepts_an_answer(
    client, open_cast, django_capture_on_commit_callbacks
):
    topic = start_topic(open_cast.community, open_cast.member)
    other = member_of(open_cast.community)
    with django_capture_on_commit_callbacks(execute=True):
        answer = services.reply(topic, other, body="The answer")
    url = f"/communities/{open_cast.community.slug}/topics/{topic.pk}/accept/"

    client.force_login(other)  # a member who did not start the topic
    assert client.post(url, {"post": answer.pk}).status_code == 403

    client.force_login(open_cast.member)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"post": answer.pk}).status_code == 302
    topic.refresh_from_db()
    assert topic.accepted_post == answer
    assert Notification.objects.filter(recipient=other, kind=NotificationKind.ACCEPTED).exists()
    assert any(other.email in m.to for m in mail.outbox)
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "Accepted answer" in html and "Go to the accepted answer" in html

    client.force_login(open_cast.facilitator)
    client.post(url, {"action": "clear"})
    topic.refresh_from_db()
    assert topic.accepted_post is None
    # The opening post cannot be the answer.
    assert client.post(url, {"post": topic.posts.get(number=1).pk}).status_code == 302
    topic.refresh_from_db()
    assert topic.accepted_post is None


def test_mentions_notify_the_person_mentioned(open_cast, django_capture_on_commit_callbacks):
    handle = services.profile_for(open_cast.facilitator).handle
    with django_capture_on_commit_callbacks(execute=True):
        topic = start_topic(
            open_cast.community, open_cast.member, body=f"What do you think @{handle}?"
        )
    notification = Notification.objects.get(recipient=open_cast.facilitator)
    assert notification.kind == NotificationKind.MENTION and notification.topic == topic
    assert mail.outbox[0].to == [open_cast.facilitator.email]
    assert (
        mail.outbox[0].subject
        == f"{open_cast.member.display_name} mentioned you in “{topic.title}”"
    )


def test_editing_in_a_new_mention_notifies_only_the_new_person(open_cast):
    first = member_of(open_cast.community, display_name="First Person")
    second = member_of(open_cast.community, display_name="Second Person")
    topic = start_topic(open_cast.community, open_cast.member, body="Hello @first-person")
    post = topic.posts.get()
    services.edit_post(post, body="Hello @first-person and @second-person", by=open_cast.member)
    assert Notification.objects.filter(recipient=first).count() == 1
    assert Notification.objects.filter(recipient=second).count() == 1


def test_a_topic_can_discuss_a_page(client, open_cast, site_tree):
    client.force_login(open_cast.member)
    response = client.post(
        f"/communities/{open_cast.community.slug}/topics/new/?about={site_tree.pk}",
        {"title": "About the home page", "body": "Thoughts", "about": site_tree.pk},
    )
    topic = Topic.objects.get()
    assert response.status_code == 302 and topic.page_id == site_tree.pk
    html = client.get(topic.get_absolute_url()).content.decode()
    assert f'This topic discusses <a href="{site_tree.url}">{site_tree.title}</a>' in html


def test_the_topic_address_follows_its_title(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member, title="Falls prevention")
    response = client.get(
        f"/communities/{open_cast.community.slug}/topics/{topic.pk}-old-title/?page=1"
    )
    assert response.status_code == 301
    assert response["Location"] == f"{topic.get_absolute_url()}?page=1"
    short = client.get(f"/communities/{open_cast.community.slug}/topics/{topic.pk}/")
    assert short.status_code == 301 and short["Location"] == topic.get_absolute_url()


def test_members_can_leave_and_join_again(client, open_cast):
    client.force_login(open_cast.member)
    assert "Leave" in client.get(open_cast.community.get_absolute_url()).content.decode()
    client.post(f"/communities/{open_cast.community.slug}/leave/")
    assert not CommunityAccess.for_user(open_cast.member).is_member(open_cast.community)
    client.post(f"/communities/{open_cast.community.slug}/join/")
    assert CommunityAccess.for_user(open_cast.member).is_member(open_cast.community)
