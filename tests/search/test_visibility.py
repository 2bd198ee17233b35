"""Private community discussions reach only members: never results, counts, snippets,
autocomplete or the API for anyone else. The filter comes from the user, not parameters."""

import pytest

from communities import services
from communities.models import Visibility
from tests.communities.factories import CommunityFactory, facilitator_of, member_of, start_topic
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SECRET = "Zanzibar evaluation baseline"


@pytest.fixture
def private_topic(site_tree):
    community = CommunityFactory(name="Evaluation leads", visibility=Visibility.PRIVATE)
    facilitator = facilitator_of(community)
    return start_topic(community, facilitator, title=SECRET, body="Our zanzibar metrics so far.")


@pytest.fixture
def open_topic(site_tree):
    community = CommunityFactory(name="Care homes open group", visibility=Visibility.OPEN)
    author = member_of(community)
    return start_topic(community, author, title="Zanzibar open question", body="Zanzibar notes.")


def visible_titles(client, query="zanzibar"):
    data = client.get(f"/api/search/?q={query}").json()
    return {r["title"] for r in data["results"]}, data


@pytest.mark.parametrize("who", ["anonymous", "signed-in non-member"])
def test_outsiders_never_see_private_discussions(client, private_topic, open_topic, who):
    if who != "anonymous":
        client.force_login(UserFactory())
    titles, data = visible_titles(client)
    assert titles == {"Zanzibar open question"}
    assert data["total"] == 1
    assert sum(o["count"] for o in data["facets"]["type"]) == 1
    html = client.get("/search/?q=zanzibar").content.decode()
    assert SECRET not in html and "zanzibar metrics" not in html.lower()
    suggestions = client.get("/search/autocomplete/?q=zanz").json()["results"]
    assert [s["title"] for s in suggestions] == ["Zanzibar open question"]


def test_request_parameters_cannot_widen_visibility(client, private_topic, open_topic):
    for extra in [
        "visibility=community:1",
        "community=evaluation-leads",
        "type=topic&visibility=all",
    ]:
        response = client.get(f"/search/?q=zanzibar&{extra}")
        assert SECRET not in response.content.decode()
    assert client.get("/api/search/?q=zanzibar&visibility=all").status_code == 400


def test_members_and_site_moderators_find_private_discussions(client, private_topic, open_topic):
    member = member_of(private_topic.community)
    client.force_login(member)
    titles, _ = visible_titles(client)
    assert titles == {SECRET, "Zanzibar open question"}
    assert SECRET in [
        s["title"] for s in client.get("/search/autocomplete/?q=zanz").json()["results"]
    ]
    client.force_login(UserFactory(groups=["Editors"]))  # Editors moderate everywhere
    assert SECRET in visible_titles(client)[0]


def test_leaving_the_community_takes_the_topic_out_of_their_results(client, private_topic):
    member = member_of(private_topic.community)
    client.force_login(member)
    assert SECRET in visible_titles(client)[0]
    services.leave(private_topic.community, member)
    assert SECRET not in visible_titles(client)[0]


def test_making_an_open_community_private_hides_its_topics_from_the_public(client, open_topic):
    assert "Zanzibar open question" in visible_titles(client)[0]
    services.set_visibility(open_topic.community, Visibility.PRIVATE)
    assert visible_titles(client)[0] == set()


def test_hidden_and_deleted_posts_leave_the_index(client, open_topic):
    author = open_topic.author
    reply = services.reply(open_topic, author, body="A quokka census is planned.")
    assert "Zanzibar open question" in visible_titles(client, "quokka")[0]
    moderator = facilitator_of(open_topic.community)
    services.hide_post(reply, by=moderator, reason="Off topic")
    assert visible_titles(client, "quokka")[0] == set()
    services.restore_post(reply, by=moderator, reason="On reflection, fine")
    assert "Zanzibar open question" in visible_titles(client, "quokka")[0]
    services.delete_post(reply, by=author)
    assert visible_titles(client, "quokka")[0] == set()
