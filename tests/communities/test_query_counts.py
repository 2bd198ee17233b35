"""Pages cost the same number of queries however much they show."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from communities import services
from communities.models import HelpfulMark, Post, Topic, WatchLevel

from .factories import member_of, start_topic

pytestmark = pytest.mark.django_db

TOPIC_PAGE_BUDGET = 12


def add_posts(topic, author, count):
    now = timezone.now()
    Post.objects.bulk_create(
        Post(
            topic=topic,
            number=n,
            author=author,
            author_name=author.display_name,
            body_markdown=f"Post {n}",
            body_html=f"<p>Post {n}</p>",
            body_text=f"Post {n}",
            created_at=now,
        )
        for n in range(2, count + 1)
    )
    Topic.objects.filter(pk=topic.pk).update(post_number_seq=count)
    services.refresh_counters(topic)


def queries_for(client, url):
    client.get(url)  # warm caches a running server would have warm
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("kind", ["anonymous", "member", "facilitator"])
def test_a_1000_post_topic_page_costs_the_same_as_a_10_post_one(
    client, open_cast, site_tree, kind, django_assert_max_num_queries
):
    other = member_of(open_cast.community)
    small = start_topic(open_cast.community, other, title="Small")
    large = start_topic(open_cast.community, other, title="Large")
    add_posts(small, other, 10)
    add_posts(large, other, 1000)
    for topic in (small, large):
        for post in topic.posts.filter(number__lte=20):
            HelpfulMark.objects.create(post=post, user=open_cast.facilitator)
    if kind != "anonymous":
        client.force_login(open_cast[kind])
        services.set_watch(open_cast[kind], topic=large, level=WatchLevel.WATCHING)
    small_count = queries_for(client, small.get_absolute_url())
    large_count = queries_for(client, large.get_absolute_url())
    last_page = queries_for(client, large.get_absolute_url() + "?page=50")
    # A topic that fits on one page needs no COUNT; beyond that, size changes nothing.
    assert small_count == large_count - 1
    assert large_count == last_page
    with django_assert_max_num_queries(TOPIC_PAGE_BUDGET):
        client.get(large.get_absolute_url() + "?page=25")


def test_the_community_page_costs_the_same_for_5_or_50_topics(client, open_cast, site_tree):
    client.force_login(open_cast.member)
    for n in range(5):
        start_topic(open_cast.community, open_cast.facilitator, title=f"Topic {n}", tags=["audit"])
    few = queries_for(client, open_cast.community.get_absolute_url())
    for n in range(5, 50):
        start_topic(open_cast.community, open_cast.facilitator, title=f"Topic {n}", tags=["falls"])
    # Five topics fit on one page and need no COUNT; fifty cost one more query, not 45.
    many = queries_for(client, open_cast.community.get_absolute_url())
    assert many == few + 1
    assert queries_for(client, open_cast.community.get_absolute_url() + "?unread=1") == many


def test_index_notifications_and_queue_are_flat(client, open_cast, private_cast, site_tree):
    client.force_login(open_cast.facilitator)
    topic = start_topic(open_cast.community, open_cast.member)
    services.set_watch(open_cast.facilitator, topic=topic, level=WatchLevel.WATCHING)
    services.reply(topic, open_cast.member, body="One")
    counts = {
        url: queries_for(client, url)
        for url in (
            "/communities/",
            "/notifications/",
            f"/communities/{open_cast.community.slug}/moderation/",
        )
    }
    for n in range(10):
        services.reply(topic, open_cast.member, body=f"More {n}")
        services.report_post(
            topic.posts.get(number=n + 2), reporter=open_cast.non_member, reason="spam"
        )
    for url, count in counts.items():
        assert queries_for(client, url) == count, url
