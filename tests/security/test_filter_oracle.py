"""Filter validation is not an oracle: a value found only in content the reader cannot see
answers exactly as a value nobody ever used, for every filter, in the search page, the listings
and the JSON API.
"""

import re

import pytest

from communities.models import Visibility
from search.facets import FACETS, FACETS_BY_NAME
from taxonomy.models import CareModel
from tests.communities.factories import CommunityFactory, member_of, start_topic

pytestmark = pytest.mark.django_db

PRIVATE_CARE_MODEL = "integrated-primary-acute-care-systems"
UNUSED_CARE_MODEL = "urgent-and-emergency-care"


@pytest.fixture
def private_topic(site_tree, django_capture_on_commit_callbacks):
    community = CommunityFactory(
        name="Evaluation leads",
        visibility=Visibility.PRIVATE,
        care_model=CareModel.objects.get(slug=PRIVATE_CARE_MODEL),
    )
    author = member_of(community)
    with django_capture_on_commit_callbacks(execute=True):
        topic = start_topic(
            community, author, title="Board paper draft", tags=["mergerplans", "redundancies"]
        )
    return {"topic": topic, "member": author}


# Taxonomy values are public reference data (the admin, the directory and the hubs list them all),
# and since vanguard profiles and care-model hubs are documents of their own (issue 14) every value
# has public content: no answer about them can reveal anything private.
REFERENCE_DATA = {"care_model", "support_area", "region", "vanguard"}


def pairs(private_topic):
    """(filter, value only private content has, value no content has) for every filter."""
    year = str(private_topic["topic"].created_at.year)
    chosen = {
        "tag": ("mergerplans", "nosuchtagever"),
        "type": ("topic", "learning_guide"),
        "year": (year, "1999"),
    }
    rows = []
    for facet in FACETS:
        if facet.name in REFERENCE_DATA:
            continue
        if facet.name in chosen:
            rows.append((facet.name, *chosen[facet.name]))
        else:
            # Filters private topics never carry: any two of their values, both unseen.
            values = [value for value, _ in facet.options()][:2]
            rows.append((facet.name, *values))
    return rows


def without(text, *values):
    for value in values:
        text = text.replace(f'"{value}"', '"VALUE"').replace(value, "VALUE")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", text)


def test_every_filter_is_covered():
    assert {f.name for f in FACETS} >= {"tag", "care_model", "vanguard", "type", "year"}


def test_the_api_answers_an_unseen_value_as_an_unknown_one(client, private_topic):
    for name, unseen, unknown in pairs(private_topic):
        a = client.get("/api/search/", {name: unseen})
        b = client.get("/api/search/", {name: unknown})
        assert a.status_code == b.status_code, (name, a.status_code, b.status_code)
        labels = FACETS_BY_NAME[name].label_for
        assert without(a.content.decode(), labels(unseen), unseen) == without(
            b.content.decode(), labels(unknown), unknown
        ), name
    # The tag attacked: a private-only tag is "not a known value", like any made-up tag.
    assert client.get("/api/search/", {"tag": "mergerplans"}).status_code == 400


@pytest.mark.parametrize("url", ["/search/", "/case-studies/", "/guides/"])
def test_pages_answer_an_unseen_value_as_an_unknown_one(client, private_topic, url):
    for name, unseen, unknown in pairs(private_topic):
        a = client.get(url, {name: unseen, "q": "board"})
        b = client.get(url, {name: unknown, "q": "board"})
        assert a.status_code == b.status_code == 200, (url, name)
        a_results, b_results = a.context["results"], b.context["results"]
        assert a_results.total == b_results.total == 0, (url, name)
        a_ignored = [(label, v.replace(unseen, "VALUE")) for label, v in a_ignored_of(a)]
        b_ignored = [(label, v.replace(unknown, "VALUE")) for label, v in a_ignored_of(b)]
        assert a_ignored == b_ignored, (url, name)
        a_html = without(a.content.decode(), unseen)
        b_html = without(b.content.decode(), unknown)
        assert ("VALUE" in a_html) == ("VALUE" in b_html), (url, name)


def a_ignored_of(response):
    return response.context["search_request"].ignored


def test_members_may_filter_by_their_communitys_tags(client, private_topic):
    client.force_login(private_topic["member"])
    response = client.get("/api/search/", {"tag": "mergerplans"})
    assert response.status_code == 200
    assert response.json()["total"] == 1


def test_marking_notifications_read_for_an_unreadable_community_answers_as_unknown(
    client, private_topic
):
    from tests.factories import UserFactory

    outsider = UserFactory()
    client.force_login(outsider)
    slug = private_topic["topic"].community.slug
    a = client.post("/notifications/read/", {"all": "1", "community": slug})
    b = client.post("/notifications/read/", {"all": "1", "community": "no-such-community"})
    assert a.status_code == b.status_code == 302
    assert a["Location"] == b["Location"]
