"""The topic page keeps each rendered post as a fragment (communities/views/topics.py,
PostRow.fragment_key) and its head reads the discussed page from the structure cache. What it
must never do: show one reader's controls or a moderator's view to another, keep a reader's
CSRF token for someone else, or show a post as it was before an edit, hide, delete, approval,
helpful mark or accepted answer."""

import re

import pytest
from django.test import Client

from communities import services
from communities.models import Post
from core.fragments import csrf_stand_in

from .factories import member_of, start_topic

pytestmark = pytest.mark.django_db


def page(client, topic):
    response = client.get(topic.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert csrf_stand_in() not in html
    return html


def posts_of(html):
    """The posts part of the page (not the header, side panel or reply form)."""
    return html.split('<h2 class="nhsuk-u-visually-hidden">Posts</h2>', 1)[1].split('id="reply"')[0]


@pytest.fixture
def topic(open_cast):
    author = member_of(open_cast.community, display_name="Ada Author", job_title="Ward manager")
    topic = start_topic(open_cast.community, author, title="Red bags at night")
    services.reply(topic, author, body="The night sister packs it.")
    return topic


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_members_controls_never_reach_an_anonymous_reader(topic, open_cast):
    member = page(signed_in(open_cast.member), topic)
    assert "Mark as helpful" in posts_of(member) and "Quote" in posts_of(member)
    anonymous = posts_of(page(Client(), topic))
    assert "The night sister packs it." in anonymous
    for control in ("Mark as helpful", "Quote", "Report", "csrfmiddlewaretoken", "Edit"):
        assert control not in anonymous


def test_an_authors_edit_and_delete_links_are_theirs_alone(topic, open_cast):
    author = topic.posts.get(number=2).author
    assert "Edit<span" in posts_of(page(signed_in(author), topic))
    other = posts_of(page(signed_in(open_cast.member), topic))
    assert "Edit<span" not in other and "Delete<span" not in other


def test_a_moderators_view_never_reaches_a_reader(topic, open_cast):
    reply = topic.posts.get(number=2)
    services.hide_post(reply, by=open_cast.facilitator, reason="Names a patient")
    moderator = posts_of(page(signed_in(open_cast.facilitator), topic))
    assert "Names a patient" in moderator and "The night sister packs it." in moderator
    assert "Restore<span" in moderator and "Hide<span" in moderator
    for reader in (signed_in(open_cast.member), Client()):
        html = posts_of(page(reader, topic))
        assert "This post was hidden by a moderator." in html
        for moderators_only in ("Names a patient", "The night sister packs it.", "Restore", "Hide"):
            assert moderators_only not in html


def test_an_edit_hide_delete_or_approval_shows_at_once(topic, open_cast):
    reader = Client()
    reply = topic.posts.get(number=2)
    assert "The night sister packs it." in posts_of(page(reader, topic))

    services.edit_post(reply, body="The day sister packs it.", by=reply.author)
    html = posts_of(page(reader, topic))
    assert "The day sister packs it." in html and "The night sister" not in html
    assert ", edited <time" in html

    services.hide_post(Post.objects.get(pk=reply.pk), by=open_cast.facilitator, reason="Off topic")
    html = posts_of(page(reader, topic))
    assert "The day sister" not in html and "hidden by a moderator" in html

    services.restore_post(Post.objects.get(pk=reply.pk), by=open_cast.facilitator, reason="Fine")
    assert "The day sister packs it." in posts_of(page(reader, topic))

    services.delete_post(Post.objects.get(pk=reply.pk), by=reply.author)
    html = posts_of(page(reader, topic))
    assert "The day sister" not in html and "deleted by its author" in html

    held = services.reply(topic, reply.author, body="Held back for now.")
    Post.objects.filter(pk=held.pk).update(is_approved=False)
    assert "Held back for now." not in page(reader, topic)
    services.approve_post(Post.objects.get(pk=held.pk), by=open_cast.facilitator)
    assert "Held back for now." in posts_of(page(reader, topic))


def test_a_helpful_mark_shows_at_once_and_only_its_giver_sees_it_as_theirs(topic, open_cast):
    other = member_of(open_cast.community)
    reply = topic.posts.get(number=2)
    page(signed_in(other), topic)  # both readers' fragments as they were
    page(signed_in(open_cast.member), topic)
    services.toggle_helpful(reply, open_cast.member)
    mine = posts_of(page(signed_in(open_cast.member), topic))
    theirs = posts_of(page(signed_in(other), topic))
    assert "1 person found this helpful" in mine and "1 person found this helpful" in theirs
    assert "Remove your helpful mark" in mine
    assert "Remove your helpful mark" not in theirs


def test_each_reader_gets_a_working_csrf_token_of_their_own_in_cached_posts(topic, open_cast):
    first, second = member_of(open_cast.community), member_of(open_cast.community)
    reply = topic.posts.get(number=2)
    helpful = f"/communities/{open_cast.community.slug}/posts/{reply.pk}/helpful/"
    form = re.compile(
        rf'action="{re.escape(helpful)}"><input type="hidden" name="csrfmiddlewaretoken" '
        r'value="([^"]+)"'
    )
    clients = {}
    tokens = {}
    for user in (first, second):  # the second reads the posts the first one's render stored
        clients[user] = Client(enforce_csrf_checks=True)
        clients[user].force_login(user)
        tokens[user] = form.search(page(clients[user], topic)).group(1)
    # The first reader's token does not work for the second: each page carried its own.
    refused = clients[second].post(helpful, {"csrfmiddlewaretoken": tokens[first]})
    assert refused.status_code == 403
    accepted = clients[second].post(helpful, {"csrfmiddlewaretoken": tokens[second]})
    assert accepted.status_code == 302
    assert reply.helpful.filter(user=second).exists()


def test_the_accepted_answer_link_follows_the_answer(topic, open_cast):
    reader = Client()
    reply = topic.posts.get(number=2)
    assert "Go to the accepted answer" not in page(reader, topic)
    services.accept_answer(topic, reply, by=topic.author)
    assert "Go to the accepted answer</a> by Ada Author" in page(reader, topic)
    services.hide_post(Post.objects.get(pk=reply.pk), by=open_cast.facilitator, reason="Wrong")
    assert "Go to the accepted answer" not in page(reader, topic)


def test_the_discussed_page_link_goes_when_the_page_is_unpublished(open_cast, site_tree):
    about = site_tree.get_children().live().first().specific
    topic = start_topic(open_cast.community, open_cast.member, title="This hub", page=about)
    reader = Client()
    assert f'This topic discusses <a href="{about.url}">{about.title}</a>' in page(reader, topic)
    about.unpublish()
    assert "This topic discusses" not in page(reader, topic)


def test_the_header_account_links_are_each_readers_own_and_follow_their_changes(topic, open_cast):
    logout = re.compile(
        r'action="/accounts/logout/">\s*<input type="hidden" name="csrfmiddlewaretoken" '
        r'value="([^"]+)"'
    )
    readers = {}
    for user in (open_cast.member, open_cast.non_member):
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        html = page(client, topic)
        header = html.split("</header>")[0]
        assert user.display_name in header
        readers[user] = (client, logout.search(header).group(1))
    assert open_cast.member.display_name not in page(readers[open_cast.non_member][0], topic)
    # A new name and a new unread notification show at once (on a page other than the topic:
    # reading the topic marks its notifications read).
    member_client = readers[open_cast.member][0]
    elsewhere = open_cast.community.get_absolute_url()
    assert "unread)" not in member_client.get(elsewhere).content.decode().split("</header>")[0]
    services.set_watch(open_cast.member, topic=topic, level="watching")
    services.reply(topic, open_cast.facilitator, body="One more thing.")
    open_cast.member.display_name = "Grace Renamed"
    open_cast.member.save()
    header = member_client.get(elsewhere).content.decode().split("</header>")[0]
    assert "Grace Renamed" in header and "(1 unread)" in header
    # Each sign-out form carries a token that works for its reader only.
    member, others = readers[open_cast.member][0], readers[open_cast.non_member][1]
    assert member.post("/accounts/logout/", {"csrfmiddlewaretoken": others}).status_code == 403
    own = readers[open_cast.member][1]
    assert member.post("/accounts/logout/", {"csrfmiddlewaretoken": own}).status_code == 302


def test_the_watch_form_shows_each_readers_own_choice_and_token(topic, open_cast):
    watcher, first, second = (member_of(open_cast.community) for _ in range(3))
    services.set_watch(watcher, topic=topic, level="watching")
    watch = f"/communities/{open_cast.community.slug}/topics/{topic.pk}/watch/"
    form = re.compile(
        rf'action="{re.escape(watch)}" class="app-watch-form">\s*'
        r'<input type="hidden" name="csrfmiddlewaretoken" value="([^"]+)"'
    )

    def current(html):
        return re.search(r'id="watch-topic-(\w+)"[^>]*checked', html).group(1)

    clients = {}
    for user in (watcher, first, second):
        clients[user] = Client(enforce_csrf_checks=True)
        clients[user].force_login(user)
    html = {user: page(client, topic) for user, client in clients.items()}
    assert [current(html[user]) for user in (watcher, first, second)] == [
        "watching",
        "normal",
        "normal",
    ]
    # The second reader is served the form stored by the first one's render, with a token
    # of their own; a change shows at once, to them only.
    tokens = {user: form.search(html[user]).group(1) for user in clients}
    refused = clients[second].post(watch, {"level": "muted", "csrfmiddlewaretoken": tokens[first]})
    assert refused.status_code == 403
    accepted = clients[second].post(
        watch, {"level": "muted", "csrfmiddlewaretoken": tokens[second]}
    )
    assert accepted.status_code == 302
    assert current(page(clients[second], topic)) == "muted"
    assert current(page(clients[first], topic)) == "normal"
    assert current(page(clients[watcher], topic)) == "watching"
    assert "app-watch-form" not in page(Client(), topic)
