"""Every page type renders for anonymous readers, in the NHS.UK layout, within the query budget."""

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 12


@pytest.fixture
def client():
    return Client()


def assert_nhs_layout(html):
    assert 'class="nhsuk-skip-link"' in html
    assert 'class="nhsuk-header"' in html
    assert 'id="search-field"' in html and 'action="/search/"' in html
    assert 'class="nhsuk-footer"' in html
    assert 'id="maincontent"' in html


def test_home_page_shows_the_platform_search_and_five_care_models(client, site_tree):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert_nhs_layout(html)
    assert site_tree.lead in html
    assert 'id="home-search"' in html
    for name in [
        "Integrated primary and acute care systems",
        "Multispecialty community providers",
        "Enhanced health in care homes",
        "Urgent and emergency care",
        "Acute care collaborations",
    ]:
        assert name in html
    assert 'href="/care-models/enhanced-health-in-care-homes/"' in html
    assert "50 vanguards" in html


def test_home_page_has_no_placeholder_sections(client, site_tree):
    text = re.sub(r"<[^>]+>", " ", client.get("/").content.decode()).lower()
    for placeholder in ["coming soon", "lorem ipsum", "todo", "placeholder", "under construction"]:
        assert placeholder not in text


def test_care_model_index_links_every_hub(client, site_tree):
    html = client.get("/care-models/").content.decode()
    assert html.count('class="nhsuk-card__link"') == 5
    assert_nhs_layout(html)


def test_care_model_hub_describes_it_and_lists_its_vanguards(client, site_tree):
    response = client.get("/care-models/enhanced-health-in-care-homes/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "EHCH" in html
    assert "Vanguards (6)" in html
    assert 'href="/vanguards/sutton-homes-of-care/"' in html
    assert "Wirral Partners" not in html
    assert '<a class="nhsuk-breadcrumb__link" href="/">Home</a>' in html
    assert '<a class="nhsuk-breadcrumb__link" href="/care-models/">Care models</a>' in html


def test_vanguard_profile_shows_partners_population_and_care_model(client, site_tree):
    response = client.get("/vanguards/wirral-partners/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Wirral Partners</h1>" in html
    assert "About 330,000 people" in html
    assert "Wirral Council" in html
    assert 'href="/care-models/integrated-primary-acute-care-systems/"' in html
    # Breadcrumb leads back to the directory.
    assert '<a class="nhsuk-breadcrumb__link" href="/vanguards/">Vanguards</a>' in html


def test_unknown_vanguard_is_a_404_in_the_site_style(client, site_tree):
    response = client.get("/vanguards/not-a-vanguard/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert_nhs_layout(html)


def test_404_page_for_any_unknown_address(client, site_tree):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_500_page_renders_without_a_database_or_request(client):
    from core.views import server_error

    response = server_error(None)
    html = response.content.decode()
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in html
    assert 'class="nhsuk-header"' in html


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/care-models/",
        "/care-models/multispecialty-community-providers/",
        "/vanguards/",
        "/vanguards/?care_model=urgent-and-emergency-care&region=london",
        "/vanguards/dudley-multispecialty-community-provider/",
    ],
)
def test_pages_render_within_the_query_budget(
    client, site_tree, url, django_assert_max_num_queries
):
    client.get(url)  # warm Wagtail's site-root cache, as a running server has
    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get(url)
    assert response.status_code == 200


def test_signed_in_header_offers_profile_and_sign_out(client, site_tree, user):
    client.force_login(user)
    html = client.get("/").content.decode()
    assert 'href="/accounts/profile/"' in html
    assert "Sign out" in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_anonymous_header_offers_sign_in(client, site_tree):
    html = client.get("/vanguards/").content.decode()
    assert 'href="/accounts/login/?next=/vanguards/"' in html
