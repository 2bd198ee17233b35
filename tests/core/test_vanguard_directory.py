"""The vanguard directory: filters combine (OR within, AND across) and bad input is explained."""

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client()


def shown(html):
    return int(re.search(r"<strong>(\d+)</strong> of 50 vanguards", html).group(1))


def option_count(html, name, value):
    match = re.search(rf'for="{name}-{value}">[^<]*<span class="app-count">\((\d+)\)</span>', html)
    return int(match.group(1))


def test_lists_all_fifty_without_filters(client, site_tree):
    html = client.get("/vanguards/").content.decode()
    assert shown(html) == 50
    assert html.count('class="app-result"') == 50


def test_filter_by_care_model(client, site_tree):
    html = client.get("/vanguards/?care_model=acute-care-collaborations").content.decode()
    assert shown(html) == 13
    assert "Moorfields" in html
    assert "Sutton Homes of Care" not in html


def test_values_within_a_filter_are_or_ed(client, site_tree):
    html = client.get(
        "/vanguards/?care_model=enhanced-health-in-care-homes&care_model=urgent-and-emergency-care"
    ).content.decode()
    assert shown(html) == 6 + 8


def test_filters_are_and_ed_and_counts_honour_the_other_filter(client, site_tree):
    html = client.get(
        "/vanguards/?care_model=enhanced-health-in-care-homes&region=london"
    ).content.decode()
    assert shown(html) == 1
    assert "Sutton Homes of Care" in html
    # Region counts are within EHCH; care model counts are within London.
    assert option_count(html, "region", "london") == 1
    assert option_count(html, "care_model", "enhanced-health-in-care-homes") == 1
    assert option_count(html, "care_model", "acute-care-collaborations") >= 2


def test_selected_filters_can_be_removed_one_at_a_time(client, site_tree):
    html = client.get(
        "/vanguards/?care_model=enhanced-health-in-care-homes&region=london"
    ).content.decode()
    assert 'href="/vanguards/?care_model=enhanced-health-in-care-homes"' in html
    assert 'href="/vanguards/?region=london"' in html
    assert ">Clear filters</a>" in html


def test_name_search_narrows_the_list(client, site_tree):
    html = client.get("/vanguards/?q=wight").content.decode()
    assert shown(html) == 1
    assert "My Life a Full Life" in html


def test_unknown_filter_values_are_ignored_with_a_visible_note(client, site_tree):
    response = client.get("/vanguards/?care_model=martian-care&region=london")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Some filters were ignored" in html
    assert "“martian-care” as a care model" in html
    assert shown(html) == 11 or shown(html) > 0  # London's vanguards, unfiltered by care model
    assert 'value="martian-care"' not in html


def test_no_match_explains_and_offers_a_way_back(client, site_tree):
    html = client.get("/vanguards/?q=atlantis").content.decode()
    assert "No vanguards match these filters" in html
    assert 'href="/vanguards/">see all vanguards</a>' in html


@pytest.mark.parametrize(
    "query",
    [
        "care_model=" + "x" * 5000,
        "region=%00%ff",
        "q=%3Cscript%3Ealert(1)%3C/script%3E",
        "care_model[]=pacs&region=",
        "q=" + "a" * 20000,
        "&".join(["care_model=acute-care-collaborations"] * 500),
    ],
)
def test_odd_query_strings_never_fail(client, site_tree, query):
    response = client.get("/vanguards/?" + query)
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
