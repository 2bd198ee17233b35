"""“Discuss this”: a case study or guide shows its discussion and starts topics about it."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from communities import services
from communities.models import Community
from taxonomy.models import CareModel
from tests.factories import UserFactory

from .factories import CommunityFactory, member_of, start_topic

pytestmark = pytest.mark.django_db


class StandIn:
    """A minimal case study: a real page row, with the `care_models` a case study has."""

    def __init__(self, page, care_models):
        self.pk = page.pk
        self.title = page.title
        self._care_models = care_models

    @property
    def care_models(self):
        care_models = self._care_models

        class Manager:
            def all(self):
                return care_models

        return Manager()


def render_panel(subject, user=None):
    request = RequestFactory().get("/case-studies/example/")
    request.user = user or UserFactory.build()
    if user is None:
        from django.contrib.auth.models import AnonymousUser

        request.user = AnonymousUser()
    template = Template("{% load communities_tags %}{% discussion_panel subject %}")
    return template.render(Context({"request": request, "subject": subject}))


@pytest.fixture
def ehch():
    return CareModel.objects.get(short_name="EHCH")


@pytest.fixture
def care_home_community(ehch):
    return CommunityFactory(name="Care homes community of practice", care_model=ehch)


def test_the_panel_counts_visible_topics_and_replies_and_links_them(
    site_tree, ehch, care_home_community
):
    author = member_of(care_home_community)
    page = StandIn(site_tree, [ehch])
    topic = start_topic(
        care_home_community, author, title="Using this at our trust", page=site_tree
    )
    services.reply(topic, author, body="One")
    services.reply(topic, author, body="Two")
    hidden = start_topic(care_home_community, author, title="Hidden one", page=site_tree)
    services.hide_post(hidden.posts.get(), by=author, reason="Test")
    start_topic(care_home_community, author, title="About something else")

    html = render_panel(page)
    assert "1 topic and 2 replies about this" in html
    assert f'href="{topic.get_absolute_url()}"' in html
    assert "Hidden one" not in html and "About something else" not in html
    start = f"/communities/{care_home_community.slug}/topics/new/?about={site_tree.pk}"
    assert f'href="{start}"' in html and "Discuss this" in html


def test_private_discussions_are_not_shown_or_counted_for_non_members(
    site_tree, ehch, care_home_community
):
    private = CommunityFactory(name="Private one", visibility="private")
    insider = member_of(private)
    start_topic(private, insider, title="Private talk about the page", page=site_tree)
    page = StandIn(site_tree, [ehch])
    outsider_html = render_panel(page, UserFactory())
    assert "Private talk about the page" not in outsider_html
    assert "Nobody has discussed this yet" in outsider_html
    assert "Private talk about the page" in render_panel(page, insider)


def test_no_care_model_community_means_no_panel(site_tree, ehch):
    assert render_panel(StandIn(site_tree, [ehch])).strip() == ""
    assert render_panel(StandIn(site_tree, [])).strip() == ""


def test_given_a_care_model_the_panel_links_its_community(ehch, care_home_community):
    html = render_panel(ehch)
    assert care_home_community.name in html
    assert f'href="/communities/{care_home_community.slug}/topics/new/"' in html


def test_discuss_this_starts_a_topic_linked_to_the_page(
    client, site_tree, ehch, care_home_community
):
    member = member_of(care_home_community)
    client.force_login(member)
    start = f"/communities/{care_home_community.slug}/topics/new/?about={site_tree.pk}"
    form = client.get(start).content.decode()
    assert f'value="{site_tree.pk}"' in form and site_tree.title in form
    client.post(start, {"title": "Discussing it", "body": "Here goes", "about": site_tree.pk})
    assert care_home_community.topics.get().page_id == site_tree.pk


def test_the_care_model_hub_links_its_community(client, site_tree, ehch, care_home_community):
    start_topic(care_home_community, member_of(care_home_community))
    html = client.get("/care-models/enhanced-health-in-care-homes/").content.decode()
    assert "Community of practice" in html
    assert f'href="{care_home_community.get_absolute_url()}"' in html
    assert "1 topic" in html


def test_community_for_care_model_accepts_a_care_model_or_id(ehch, care_home_community):
    from communities.queries import community_for_care_model

    assert community_for_care_model(ehch) == care_home_community
    assert community_for_care_model(ehch.pk) == care_home_community
    assert community_for_care_model(None) is None
    assert Community.objects.count() == 1
