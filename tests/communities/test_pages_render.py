"""Every community page renders for the people who may see it."""

import pytest

from .factories import start_topic

pytestmark = pytest.mark.django_db


def test_pages_render(client, open_cast, site_tree):
    community = open_cast.community
    topic = start_topic(community, open_cast.member)
    client.force_login(open_cast.facilitator)
    urls = [
        "/communities/",
        community.get_absolute_url(),
        topic.get_absolute_url(),
        f"/communities/{community.slug}/topics/new/",
        f"/communities/{community.slug}/topics/{topic.pk}/reply/",
        f"/communities/{community.slug}/moderation/",
        f"/communities/{community.slug}/members/",
        f"/communities/{community.slug}/invite/",
        "/communities/moderation/",
        "/notifications/",
        "/notifications/settings/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.content.decode()[:3000])
