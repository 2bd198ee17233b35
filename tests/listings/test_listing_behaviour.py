"""Every listing (case studies, learning guides) filters, counts, sorts and pages the same way,
because each is the knowledge search with its type fixed. One set of tests, run for each."""

import datetime
import importlib
import re

import pytest

pytestmark = pytest.mark.django_db


class Listing:
    def __init__(self, url, make):
        self.url = url
        self._make = make

    def make(self, site_tree, **kwargs):
        return self._make(site_tree, **kwargs)


def _case_study(site_tree, **kwargs):
    from casestudies.models import CaseStudyIndexPage
    from tests.casestudies.factories import make_case_study

    return make_case_study(CaseStudyIndexPage.objects.get(), **kwargs)


def _guide(site_tree, **kwargs):
    from learning_guides.models import LearningGuideIndexPage

    factories = importlib.import_module("tests.learning_guides.factories")
    kwargs.pop("lead", None)
    kwargs.pop("evidence_level", None)
    return factories.make_guide(LearningGuideIndexPage.objects.get(), **kwargs)


LISTINGS = {
    "case studies": Listing("/case-studies/", _case_study),
    "learning guides": Listing("/guides/", _guide),
}


@pytest.fixture(params=list(LISTINGS))
def listing(request):
    return LISTINGS[request.param]


def count(html):
    match = re.search(r'id="result-count">\s*<strong>(\d+)</strong>', html)
    assert match, "no result count on the page"
    return int(match.group(1))


def facet_count(html, facet, label):
    match = re.search(
        rf'name="{facet}"[^>]*>\s*<label[^>]*>{re.escape(label)} <span class="app-count">\((\d+)\)',
        html,
    )
    return int(match.group(1)) if match else 0


@pytest.fixture
def corpus(site_tree, listing):
    """Five items across two care models and three support areas."""
    made = [
        listing.make(
            site_tree,
            title="Care home transfers",
            care_models=["enhanced-health-in-care-homes"],
            support_areas=["workforce-redesign"],
            tags=["care homes"],
            first_published=datetime.date(2016, 3, 1),
        ),
        listing.make(
            site_tree,
            title="Ward rounds in care homes",
            care_models=["enhanced-health-in-care-homes"],
            support_areas=["harnessing-technology"],
            first_published=datetime.date(2017, 3, 1),
        ),
        listing.make(
            site_tree,
            title="Practice teams in Dudley",
            care_models=["multispecialty-community-providers"],
            support_areas=["workforce-redesign"],
            tags=["general practice"],
            first_published=datetime.date(2018, 3, 1),
        ),
        listing.make(
            site_tree,
            title="Alphabetically first: apprenticeships",
            care_models=["multispecialty-community-providers", "enhanced-health-in-care-homes"],
            support_areas=["evaluation-and-metrics"],
            first_published=datetime.date(2015, 3, 1),
        ),
        listing.make(
            site_tree,
            title="Draft about teams",
            care_models=["multispecialty-community-providers"],
            support_areas=["workforce-redesign"],
            publish=False,
        ),
    ]
    return made


def test_lists_published_items_only_newest_first(client, listing, corpus):
    html = client.get(listing.url).content.decode()
    assert count(html) == 4
    assert "Draft about teams" not in html
    assert client.get(f"{listing.url}{corpus[4].slug}/").status_code == 404
    titles = re.findall(
        r'<h2 class="nhsuk-heading-s nhsuk-u-margin-bottom-1"><a href="[^"]+">([^<]+)</a>', html
    )
    assert titles[0] == "Practice teams in Dudley"
    assert titles[-1] == "Alphabetically first: apprenticeships"


def test_values_within_a_filter_are_or_ed(client, listing, corpus):
    html = client.get(
        listing.url + "?support_area=workforce-redesign&support_area=harnessing-technology"
    ).content.decode()
    assert count(html) == 3


def test_filters_are_and_ed_with_counts_from_the_other_filters(client, listing, corpus):
    html = client.get(
        listing.url + "?care_model=enhanced-health-in-care-homes&support_area=workforce-redesign"
    ).content.decode()
    assert count(html) == 1
    assert "Care home transfers" in html
    # Support area counts honour the care model filter; care model counts honour the area filter.
    assert facet_count(html, "support_area", "Harnessing technology") == 1
    assert facet_count(html, "support_area", "Workforce redesign") == 1
    assert facet_count(html, "care_model", "Multispecialty community providers") == 1
    assert facet_count(html, "care_model", "Enhanced health in care homes") == 1


def test_tag_filter(client, listing, corpus):
    html = client.get(listing.url + "?tag=general+practice").content.decode()
    assert count(html) == 1
    assert "Practice teams in Dudley" in html


def test_sort_a_to_z(client, listing, corpus):
    html = client.get(listing.url + "?sort=title").content.decode()
    first = re.search(
        r'<h2 class="nhsuk-heading-s nhsuk-u-margin-bottom-1"><a href="[^"]+">([^<]+)<', html
    )
    assert first.group(1) == "Alphabetically first: apprenticeships"


def test_query_narrows_and_relevance_sort_is_offered(client, listing, corpus):
    html = client.get(listing.url + "?q=dudley").content.decode()
    assert count(html) == 1
    assert 'value="relevance" selected' in html


def test_pagination_keeps_every_filter(client, listing, site_tree):
    for n in range(23):
        listing.make(
            site_tree,
            title=f"Item {n:02d}",
            care_models=["urgent-and-emergency-care"],
            support_areas=["workforce-redesign"],
        )
    html = client.get(
        listing.url + "?care_model=urgent-and-emergency-care&sort=title"
    ).content.decode()
    assert count(html) == 23
    next_link = re.search(
        r'class="nhsuk-pagination__link nhsuk-pagination__link--next" href="([^"]+)"', html
    )
    href = next_link.group(1).replace("&amp;", "&")
    assert (
        "care_model=urgent-and-emergency-care" in href and "sort=title" in href and "page=2" in href
    )
    page2 = client.get(listing.url + href).content.decode()
    assert "Item 20" in page2 and "Item 22" in page2


def test_page_beyond_the_end_is_a_clear_404(client, listing, corpus):
    response = client.get(listing.url + "?page=9")
    assert response.status_code == 404
    assert "There is no page 9" in response.content.decode()
    response = client.get(listing.url + "?page=1000000000")
    assert response.status_code == 404


def test_unknown_filter_values_are_ignored_with_a_note(client, listing, corpus):
    response = client.get(listing.url + "?care_model=moon-base&support_area=workforce-redesign")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Some filters were ignored" in html
    assert "“moon-base” as a care model" in html
    assert count(html) == 2


def test_clear_filters_and_remove_one_filter_links(client, listing, corpus):
    html = client.get(
        listing.url + "?care_model=enhanced-health-in-care-homes&support_area=workforce-redesign"
    ).content.decode()
    assert f'href="{listing.url}">Clear filters</a>' in html
    assert f'href="{listing.url}?care_model=enhanced-health-in-care-homes"' in html


def test_no_results_offers_ways_out(client, listing, corpus):
    html = client.get(
        listing.url + "?q=zebra&care_model=enhanced-health-in-care-homes"
    ).content.decode()
    assert "match “zebra”" in html
    assert "remove your search words and keep the filters" in html
    assert "remove the filter “Enhanced health in care homes”" in html


def test_listing_query_count_does_not_grow_with_items(
    client, listing, site_tree, django_assert_max_num_queries
):
    for n in range(3):
        listing.make(site_tree, title=f"Few {n}")
    client.get(listing.url)
    with django_assert_max_num_queries(12) as few:
        client.get(listing.url + "?care_model=enhanced-health-in-care-homes")
    few_queries = len(few.captured_queries)  # read now: the next request resets the log
    for n in range(25):
        listing.make(site_tree, title=f"Many {n}")
    client.get(listing.url)  # publishing retired the cached menu and routes: warm them again
    with django_assert_max_num_queries(few_queries):
        client.get(listing.url + "?care_model=enhanced-health-in-care-homes")
