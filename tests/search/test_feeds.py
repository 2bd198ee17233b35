"""Feeds keep the words and every filter of the page they come from, and carry nothing private."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from casestudies.models import CaseStudyIndexPage
from communities.models import Visibility
from learning_guides.models import LearningGuideIndexPage
from tests.casestudies.factories import make_case_study
from tests.communities.factories import CommunityFactory, member_of, start_topic
from tests.learning_guides.factories import make_guide

pytestmark = pytest.mark.django_db
ATOM = {"a": "http://www.w3.org/2005/Atom"}


def rss_titles(response):
    assert response.status_code == 200, response.content[:300]
    return [item.findtext("title") for item in ET.fromstring(response.content).iter("item")]


@pytest.fixture
def studies(site_tree):
    index = CaseStudyIndexPage.objects.get()
    return {
        "radiology": make_case_study(
            index,
            title="Radiology reporting network",
            lead="sutton-homes-of-care",
            care_models=["urgent-and-emergency-care"],
            support_areas=["harnessing-technology"],
            tags=["imaging"],
            evidence_level="independent",
            first_published=datetime.date(2018, 2, 1),
        ),
        "other": make_case_study(
            index,
            title="Care home pharmacists",
            lead="sutton-homes-of-care",
            care_models=["enhanced-health-in-care-homes"],
            support_areas=["workforce-redesign"],
            tags=["medicines"],
            evidence_level="reported",
            first_published=datetime.date(2017, 2, 1),
        ),
    }


def test_the_case_study_feed_keeps_the_words(client, studies):
    titles = rss_titles(client.get("/case-studies/feed/rss/?q=radiology"))
    assert titles == ["Radiology reporting network"]


@pytest.mark.parametrize(
    "param",
    [
        "care_model=urgent-and-emergency-care",
        "support_area=harnessing-technology",
        "tag=imaging",
        "evidence=independent",
        "year=2018",
    ],
)
def test_the_case_study_feed_keeps_each_filter(client, studies, param):
    assert rss_titles(client.get(f"/case-studies/feed/rss/?{param}")) == [
        "Radiology reporting network"
    ]


def test_the_feed_keeps_region_and_vanguard_filters(client, studies):
    region = studies["radiology"].region.slug
    assert len(rss_titles(client.get(f"/case-studies/feed/rss/?region={region}"))) == 2
    assert rss_titles(client.get("/case-studies/feed/rss/?vanguard=airedale-and-partners")) == []


def test_the_atom_feed_names_the_words_and_filters(client, studies):
    response = client.get(
        "/case-studies/feed/atom/?q=radiology&care_model=urgent-and-emergency-care"
    )
    root = ET.fromstring(response.content)
    title = root.findtext("a:title", namespaces=ATOM)
    assert "matching “radiology”" in title and "Urgent and emergency care" in title


def test_the_whole_search_has_a_feed_with_its_words_and_type_filter(client, studies, site_tree):
    make_guide(LearningGuideIndexPage.objects.get(), title="Radiology guide")
    titles = rss_titles(client.get("/search/feed/rss/?q=radiology"))
    assert sorted(titles) == [
        "Radiology guide (Learning guide)",
        "Radiology reporting network (Case study)",
    ]
    titles = rss_titles(client.get("/search/feed/rss/?q=radiology&type=learning_guide"))
    assert titles == ["Radiology guide (Learning guide)"]
    assert client.get("/search/feed/json/").status_code == 404


def test_learning_guides_have_a_feed(client, site_tree):
    index = LearningGuideIndexPage.objects.get()
    make_guide(index, title="Setting up a discharge hub")
    make_guide(index, title="Running a frailty clinic")
    assert sorted(rss_titles(client.get("/guides/feed/rss/"))) == [
        "Running a frailty clinic",
        "Setting up a discharge hub",
    ]
    assert rss_titles(client.get("/guides/feed/rss/?q=frailty")) == ["Running a frailty clinic"]


def test_feeds_never_include_private_topics_even_for_members(client, db):
    private = CommunityFactory(name="Leads", visibility=Visibility.PRIVATE)
    member = member_of(private)
    start_topic(private, member, title="Private backlog figures")
    open_one = CommunityFactory(name="Open network")
    start_topic(open_one, member_of(open_one), title="Open backlog question")
    client.force_login(member)

    assert rss_titles(client.get("/search/feed/rss/?q=backlog")) == [
        "Open backlog question (Discussion)"
    ]
    assert client.get(f"/communities/{private.slug}/feed/rss/").status_code == 404


def test_each_open_community_has_a_feed_of_new_topics(client, db):
    community = CommunityFactory(name="Discharge network")
    author = member_of(community)
    start_topic(community, author, title="First topic")
    start_topic(community, author, title="Second topic")
    other = CommunityFactory(name="Other network")
    start_topic(other, member_of(other), title="Elsewhere")

    assert rss_titles(client.get(f"/communities/{community.slug}/feed/rss/")) == [
        "Second topic",
        "First topic",
    ]
    response = client.get(f"/communities/{community.slug}/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    html = client.get(f"/communities/{community.slug}/").content.decode()
    assert f'href="/communities/{community.slug}/feed/rss/"' in html
