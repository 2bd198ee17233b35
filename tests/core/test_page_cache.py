"""Anonymous readers get cached pages; publishing clears them; signed-in readers never do."""

import pytest

from casestudies.models import CaseStudyIndexPage
from home.models import CareModelPage
from taxonomy.models import Vanguard
from tests.casestudies.factories import make_case_study

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def test_second_anonymous_view_is_served_from_the_cache_without_queries(
    client, site_tree, django_assert_num_queries
):
    first = client.get("/care-models/")
    assert first["X-Page-Cache"] == "miss"
    # Only this cache keeps pages: no proxy may (tests/security/test_visibility_caches.py).
    assert first["Cache-Control"] == "private, no-cache"
    with django_assert_num_queries(0):
        second = client.get("/care-models/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_publishing_clears_cached_pages(client, site_tree):
    client.get("/case-studies/")
    make_case_study(CaseStudyIndexPage.objects.get(), title="Freshly published study")
    response = client.get("/case-studies/")
    assert response["X-Page-Cache"] == "miss"
    assert "Freshly published study" in response.content.decode()


def test_editing_a_hub_and_publishing_shows_at_once(client, site_tree):
    hub = CareModelPage.objects.get(care_model__short_name="MCP")
    client.get(hub.url)
    hub.body = "<p>New words about community providers.</p>"
    hub.save_revision().publish()
    assert "New words about community providers." in client.get(hub.url).content.decode()


def test_taxonomy_edits_clear_cached_profiles(client, site_tree):
    client.get("/vanguards/fylde-coast-local-health-economy/")
    vanguard = Vanguard.objects.get(slug="fylde-coast-local-health-economy")
    vanguard.summary = "Updated summary for the Fylde coast."
    vanguard.save()
    html = client.get("/vanguards/fylde-coast-local-health-economy/").content.decode()
    assert "Updated summary for the Fylde coast." in html


def test_signed_in_readers_are_never_served_cached_pages(client, site_tree, user):
    client.get("/care-models/")
    client.force_login(user)
    response = client.get("/care-models/")
    assert "X-Page-Cache" not in response
    assert user.display_name in response.content.decode()


@pytest.mark.parametrize("url", ["/search/?q=care", "/accounts/login/", "/healthz", "/nope/"])
def test_search_accounts_health_and_errors_are_not_cached(client, site_tree, url):
    client.get(url)
    assert "X-Page-Cache" not in client.get(url)
