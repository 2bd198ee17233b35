"""Limits and bad input: a clear message and the text kept, never a 500."""

import pytest

from communities.models import POST_MAX_LENGTH, Post, Topic

from .factories import start_topic

pytestmark = pytest.mark.django_db


def reply_url(topic):
    return f"/communities/{topic.community.slug}/topics/{topic.pk}/reply/"


def test_a_post_of_exactly_the_limit_is_accepted(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member)
    client.force_login(open_cast.member)
    response = client.post(reply_url(topic), {"body": "a" * POST_MAX_LENGTH})
    assert response.status_code == 302
    assert len(Post.objects.get(number=2).body_markdown) == POST_MAX_LENGTH


def test_a_post_over_20000_characters_is_refused_and_the_text_stays(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member)
    client.force_login(open_cast.member)
    text = "Our audit found " + "x" * POST_MAX_LENGTH
    response = client.post(reply_url(topic), {"body": text})
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert (
        f"Your post is {len(text):,} characters long. Posts can be up to 20,000 characters" in html
    )
    assert text in html  # still in the form
    assert 'data-module="nhsuk-character-count"' in html and 'data-maxlength="20000"' in html
    assert not Post.objects.filter(number=2).exists()


def test_windows_line_endings_count_once_like_the_character_count(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member)
    client.force_login(open_cast.member)
    body = ("a" * 99 + "\r\n") * 200  # 20,000 characters as the browser counts them
    assert client.post(reply_url(topic), {"body": body}).status_code == 302


def test_a_new_topic_over_the_limit_keeps_title_and_text(client, open_cast):
    client.force_login(open_cast.member)
    response = client.post(
        f"/communities/{open_cast.community.slug}/topics/new/",
        {"title": "Long one", "body": "y" * (POST_MAX_LENGTH + 1), "tags": "audit"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Long one"' in html and "y" * (POST_MAX_LENGTH + 1) in html
    assert not Topic.objects.exists()


def test_an_oversized_title_is_a_form_error(client, open_cast):
    client.force_login(open_cast.member)
    response = client.post(
        f"/communities/{open_cast.community.slug}/topics/new/",
        {"title": "t" * 151, "body": "Fine"},
    )
    assert response.status_code == 200
    assert "Title must be 150 characters or fewer" in response.content.decode()
    assert not Topic.objects.exists()


def test_blank_posts_and_too_many_tags_are_form_errors(client, open_cast):
    client.force_login(open_cast.member)
    response = client.post(
        f"/communities/{open_cast.community.slug}/topics/new/",
        {"title": "Tags", "body": "   ", "tags": "a, b, c, d, e, f"},
    )
    html = response.content.decode()
    assert "Write your post" in html and "Use up to 5 tags. You have 6." in html


def test_posting_too_quickly_is_refused_with_a_clear_message(client, open_cast, settings):
    settings.COMMUNITY_POST_RATE = (2, 60)
    topic = start_topic(open_cast.community, open_cast.member)
    client.force_login(open_cast.member)
    assert client.post(reply_url(topic), {"body": "One"}).status_code == 302
    assert client.post(reply_url(topic), {"body": "Two"}).status_code == 302
    response = client.post(reply_url(topic), {"body": "Three, typed with care"})
    html = response.content.decode()
    assert response.status_code == 429
    assert "You are posting too quickly. You can post 2 posts a minute." in html
    assert "Three, typed with care" in html
    assert Post.objects.filter(topic=topic).count() == 3
    # Someone else is not held back.
    client.force_login(open_cast.facilitator)
    assert client.post(reply_url(topic), {"body": "Me too"}).status_code == 302


def test_unknown_communities_topics_and_posts_are_404(client, open_cast, private_cast):
    topic = start_topic(open_cast.community, open_cast.member)
    post = topic.posts.get()
    client.force_login(open_cast.member)
    for url in [
        "/communities/no-such-community/",
        "/communities/no-such-community/topics/new/",
        f"/communities/{open_cast.community.slug}/topics/999999-anything/",
        f"/communities/{open_cast.community.slug}/topics/999999/",
        f"/communities/{private_cast.community.slug}/topics/{topic.pk}-{topic.slug}/",
        f"/communities/{open_cast.community.slug}/posts/999999/",
        f"/communities/{private_cast.community.slug}/posts/{post.pk}/",
        f"/communities/{open_cast.community.slug}/posts/999999/edit/",
        "/communities/invitations/not-a-token/",
        f"/communities/{open_cast.community.slug}/topics/99999999999999999999999-x/",
    ]:
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize(
    ("page", "status"),
    [("abc", 400), ("0", 400), ("-1", 400), ("1.5", 400), ("9" * 30, 400), ("2", 404), ("99", 404)],
)
def test_odd_page_numbers_are_400_or_404(client, open_cast, page, status):
    topic = start_topic(open_cast.community, open_cast.member)
    for url in (
        topic.get_absolute_url(),
        open_cast.community.get_absolute_url(),
        "/notifications/",
    ):
        client.force_login(open_cast.member)
        response = client.get(url, {"page": page})
        assert response.status_code == status, (url, page)
        assert "Go to the last page" in response.content.decode()


def test_get_is_refused_where_only_post_changes_state(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member)
    post = topic.posts.get()
    client.force_login(open_cast.facilitator)
    slug = open_cast.community.slug
    for url in [
        f"/communities/{slug}/join/",
        f"/communities/{slug}/watch/",
        f"/communities/{slug}/topics/{topic.pk}/pin/",
        f"/communities/{slug}/topics/{topic.pk}/accept/",
        f"/communities/{slug}/posts/{post.pk}/helpful/",
        f"/communities/{slug}/posts/{post.pk}/approve/",
        "/notifications/read/",
    ]:
        assert client.get(url).status_code == 405, url


def test_forms_carry_a_csrf_token(client, open_cast):
    from django.test import Client

    topic = start_topic(open_cast.community, open_cast.member)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(open_cast.member)
    assert strict.post(reply_url(topic), {"body": "No token"}).status_code == 403
    assert 'name="csrfmiddlewaretoken"' in strict.get(topic.get_absolute_url()).content.decode()


def test_odd_ids_in_forms_and_query_strings_are_ignored(client, open_cast):
    topic = start_topic(open_cast.community, open_cast.member)
    client.force_login(open_cast.member)
    for value in ("²", "9" * 40, "1e3", " 12 "):
        assert client.get(reply_url(topic), {"quote": value}).status_code == 200
        new = f"/communities/{open_cast.community.slug}/topics/new/"
        assert client.get(new, {"about": value}).status_code == 200
    response = client.post("/notifications/read/", {"id": ["²", "9" * 40]})
    assert response.status_code == 302


def test_a_community_form_shows_the_nhs_error_summary_linking_to_each_field(client, open_cast):
    client.force_login(open_cast.member)
    response = client.post(
        f"/communities/{open_cast.community.slug}/topics/new/", {"title": "", "body": ""}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-module="nhsuk-error-summary"' in html
    assert '<a href="#id_title">' in html and '<a href="#id_body">' in html
