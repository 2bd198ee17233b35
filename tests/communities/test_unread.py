"""Topics with posts newer than a member last read are marked, and can be listed alone."""

import pytest

from communities import services

from .factories import member_of, start_topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(open_cast):
    author = member_of(open_cast.community)
    return {
        "read": start_topic(open_cast.community, author, title="Topic I have read"),
        "replied": start_topic(open_cast.community, author, title="Topic with a new reply"),
        "new": start_topic(open_cast.community, author, title="Topic I never opened"),
        "author": author,
    }


def test_unread_marks_and_the_unread_only_filter(client, open_cast, topics):
    client.force_login(open_cast.member)
    client.get(topics["read"].get_absolute_url())
    client.get(topics["replied"].get_absolute_url())
    services.reply(topics["replied"], topics["author"], body="Something new")

    listing = client.get(open_cast.community.get_absolute_url()).content.decode()
    read_row = listing.split("Topic I have read")[1].split("</li>")[0]
    assert "New" not in read_row
    replied_row = listing.split("Topic with a new reply")[1].split("</li>")[0]
    assert "New replies" in replied_row and "Go to the first new reply" in replied_row
    new_row = listing.split("Topic I never opened")[1].split("</li>")[0]
    assert ">New<" in new_row

    unread = client.get(open_cast.community.get_absolute_url(), {"unread": "1"}).content.decode()
    assert "Topic with a new reply" in unread and "Topic I never opened" in unread
    assert "Topic I have read" not in unread
    assert "2 topics with posts you have not read" in unread


def test_reading_the_last_page_clears_the_mark(client, open_cast, topics):
    client.force_login(open_cast.member)
    client.get(topics["replied"].get_absolute_url())
    services.reply(topics["replied"], topics["author"], body="New")
    response = client.get(
        f"/communities/{open_cast.community.slug}/topics/{topics['replied'].pk}/unread/"
    )
    assert response["Location"] == f"{topics['replied'].get_absolute_url()}#post-2"
    client.get(topics["replied"].get_absolute_url())
    unread = client.get(open_cast.community.get_absolute_url(), {"unread": "1"}).content.decode()
    assert "Topic with a new reply" not in unread


def test_read_position_never_moves_backwards(open_cast, topics, settings):
    settings.COMMUNITY_POSTS_PER_PAGE = 2
    topic = topics["read"]
    for n in range(4):
        services.reply(topic, topics["author"], body=f"Reply {n}")
    services.mark_read(open_cast.member, topic, 5)
    services.mark_read(open_cast.member, topic, 2)
    from communities.models import ReadState

    assert ReadState.objects.get(user=open_cast.member, topic=topic).last_read_number == 5


def test_your_own_reply_does_not_make_a_topic_unread(client, open_cast, topics):
    client.force_login(open_cast.member)
    client.get(topics["read"].get_absolute_url())
    services.reply(topics["read"], open_cast.member, body="My own words")
    unread = client.get(open_cast.community.get_absolute_url(), {"unread": "1"}).content.decode()
    assert "Topic I have read" not in unread


def test_anonymous_readers_see_no_unread_marks_or_filter(client, open_cast, topics):
    html = client.get(open_cast.community.get_absolute_url()).content.decode()
    assert "New replies" not in html and 'name="unread"' not in html
    assert "Topic I never opened" in html
