"""A signed-in reader's own state on a topic (helpful marks, watch, read position, notifications
marked read) rides on the topic's own queries: signing in adds 3 queries, and what the reader
sees and what is recorded stay right."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from communities import services
from communities.models import HelpfulMark, Notification, ReadState, WatchLevel

from .factories import member_of, start_topic

pytestmark = pytest.mark.django_db

BUDGET = 12
SIGNED_IN_EXTRA = 3  # the user, their unread count, their memberships


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response.content.decode()


def test_signing_in_adds_three_queries_on_a_topic_read_again(client, open_cast, site_tree):
    author = member_of(open_cast.community)
    topic = start_topic(open_cast.community, author, title="Bags that never came back")
    for n in range(5):
        services.reply(topic, author, body=f"Reply {n}")
    url = topic.get_absolute_url()
    client.get(url)
    anonymous, _ = queries_for(client, url)
    client.force_login(open_cast.member)
    services.set_watch(open_cast.member, topic=topic, level=WatchLevel.WATCHING)
    HelpfulMark.objects.create(post=topic.posts.get(number=2), user=open_cast.member)
    client.get(url)  # the first read records the position
    signed_in, html = queries_for(client, url)
    assert signed_in <= BUDGET
    assert signed_in <= anonymous + SIGNED_IN_EXTRA, (signed_in, anonymous)
    # What no longer costs a query of its own is still shown: the reader's own mark and watch.
    assert html.count("Remove your helpful mark") == 1
    assert html.count("Mark as helpful") == 5
    assert f'value="{WatchLevel.WATCHING}" checked' in html


def test_the_read_position_and_notifications_still_move(client, open_cast, site_tree):
    author = member_of(open_cast.community)
    topic = start_topic(open_cast.community, author, title="Who packs the bag at night?")
    client.force_login(open_cast.member)
    url = topic.get_absolute_url()
    client.get(url)
    assert ReadState.objects.get(user=open_cast.member, topic=topic).last_read_number == 1
    services.set_watch(open_cast.member, topic=topic, level=WatchLevel.WATCHING)
    services.reply(topic, author, body="The night sister does.")
    assert Notification.objects.filter(
        recipient=open_cast.member, topic=topic, read_at__isnull=True
    ).exists()
    _, html = queries_for(client, url)
    assert ReadState.objects.get(user=open_cast.member, topic=topic).last_read_number == 2
    assert not Notification.objects.filter(
        recipient=open_cast.member, topic=topic, read_at__isnull=True
    ).exists()
    assert "unread)" not in html.split("</header>")[0]
    # Read again with nothing new: nothing is written.
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    writes = [q["sql"] for q in context.captured_queries if not q["sql"].startswith("SELECT")]
    assert writes == []
