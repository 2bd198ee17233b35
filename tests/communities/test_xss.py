"""Script and HTML payloads in titles, posts, quotes, mentions and names render inert."""

import re

import pytest
from django.core import mail

from communities import markup, services
from communities.models import Watch, WatchLevel

from .factories import member_of, start_topic

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "<svg onload=alert(1)>",
    '"><iframe src=javascript:alert(1)>',
    '<a href="javascript:alert(1)">click</a>',
    "[click](JaVaScRiPt:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](javascript&colon;alert(1))",
    "<javascript:alert(1)>",
    "![x](javascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<details open ontoggle=alert(1)>",
    "[x](vbscript:msgbox(1))",
    "<style>body{display:none}</style>",
    "`<script>alert(1)</script>`",
    "<<script>script>alert(1)<</script>/script>",
]

DANGEROUS = [
    re.compile(r"<script>alert", re.I),
    re.compile(r"<(img|svg|details|iframe|a|body)\b[^>]*\son\w+\s*=", re.I),
    re.compile(r"<iframe", re.I),
    re.compile(r"<[a-z][^<>]*\s(href|src)\s*=\s*[\"']?\s*(javascript|vbscript|data):", re.I),
    re.compile(r"<style>body", re.I),
]


def assert_inert(html):
    for pattern in DANGEROUS:
        match = pattern.search(html)
        assert match is None, (
            f"{pattern.pattern} matched: {html[max(0, match.start() - 80) : match.end() + 80]}"
        )


@pytest.fixture
def people(open_community):
    return {
        "starter": member_of(open_community, display_name="Sam Patel"),
        "replier": member_of(open_community, display_name="<img src=x onerror=alert(1)>"),
        "reader": member_of(open_community, display_name="Grace Okafor"),
    }


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_titles_posts_quotes_and_mentions_render_inert(
    client, open_community, people, payload, django_capture_on_commit_callbacks
):
    reader_handle = services.profile_for(people["reader"]).handle
    with django_capture_on_commit_callbacks(execute=True):
        topic = start_topic(open_community, people["starter"], title=payload[:150], body=payload)
        services.set_watch(people["reader"], topic=topic, level=WatchLevel.WATCHING)
        post = services.reply(
            topic, people["replier"], body=f"{payload}\n\n@{reader_handle} {payload}"
        )
    client.force_login(people["reader"])
    pages = [
        client.get(topic.get_absolute_url()),
        client.get(open_community.get_absolute_url()),
        client.get("/notifications/"),
        client.get(f"/communities/{open_community.slug}/topics/{topic.pk}/reply/?quote={post.pk}"),
        client.get("/communities/"),
    ]
    for response in pages:
        assert response.status_code == 200
        assert_inert(response.content.decode())
    # The quoted payload goes into the reply form as text, not markup.
    quoted = pages[3].content.decode()
    assert "&gt; " in quoted or "&gt;" in quoted
    # And posting the quote keeps it inert.
    client.force_login(people["starter"])
    response = client.post(
        f"/communities/{open_community.slug}/topics/{topic.pk}/reply/",
        {"body": markup.quote(post.author_name, post.body_markdown, "/x/")},
    )
    assert response.status_code == 302
    assert_inert(client.get(topic.get_absolute_url()).content.decode())
    # E-mail is plain text: no HTML part at all.
    for message in mail.outbox:
        assert not getattr(message, "alternatives", None)


def test_the_title_is_shown_as_text(client, open_community, people):
    topic = start_topic(open_community, people["starter"], title="<script>alert(1)</script> & more")
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert_inert(html)


def test_mentioning_a_person_with_a_hostile_name_is_inert(client, open_community, people):
    hostile = people["replier"]
    handle = services.profile_for(hostile).handle
    assert re.fullmatch(r"[a-z0-9-]+", handle)
    topic = start_topic(open_community, people["starter"], body=f"Over to you @{handle}")
    html = client.get(topic.get_absolute_url()).content.decode()
    assert f'<span class="app-mention">@{handle}</span>' in html
    assert_inert(html)


def test_hostile_display_names_in_notifications_and_lists_are_escaped(
    client, open_community, people
):
    topic = start_topic(open_community, people["starter"])
    Watch.objects.filter(topic=topic).delete()
    services.set_watch(people["starter"], topic=topic, level=WatchLevel.WATCHING)
    services.reply(topic, people["replier"], body="Hello")
    client.force_login(people["starter"])
    html = client.get("/notifications/").content.decode()
    assert "&lt;img src=x onerror=alert(1)&gt; replied" in html
    assert_inert(html)


def test_a_user_cannot_smuggle_markup_through_tags(client, open_community, people):
    client.force_login(people["starter"])
    response = client.post(
        f"/communities/{open_community.slug}/topics/new/",
        {
            "title": "Tags",
            "body": "Body",
            "tags": '<script>alert(1)</script>, "><svg onload=alert(1)>',
        },
    )
    assert response.status_code == 302
    topic_html = client.get(response["Location"]).content.decode()
    assert_inert(topic_html)
    assert_inert(client.get(open_community.get_absolute_url()).content.decode())
