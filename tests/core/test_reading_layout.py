"""What a reader gets from the page itself, before any JavaScript: the finder layout (count,
sort, selected filters and Clear filters above the results, Skip to results, the filter toggle,
Show all on long facets), NHS.UK components as the library renders them, care models spelt out,
tags only where they inform, and the vanguard directory's A to Z."""

import re

import pytest

from casestudies.models import CaseStudyIndexPage
from tests.casestudies.factories import make_case_study

pytestmark = pytest.mark.django_db

EHCH = "enhanced-health-in-care-homes"


@pytest.fixture
def case_studies(site_tree):
    """Ten case studies led by ten vanguards: more vanguards than a facet shows at first."""
    from taxonomy.models import Vanguard

    index = CaseStudyIndexPage.objects.get()
    ehch = Vanguard.objects.filter(care_model__slug=EHCH).order_by("name")
    leads = [v.slug for v in ehch] + [
        v.slug for v in Vanguard.objects.exclude(care_model__slug=EHCH)
    ]
    return [
        make_case_study(index, title=f"Care homes study {n}", lead=slug, tags=("care homes",))
        for n, slug in enumerate(leads[:10])
    ]


def position(html, needle):
    index = html.find(needle)
    assert index >= 0, f"{needle!r} is not on the page"
    return index


def test_count_sort_selected_filters_and_clear_come_before_the_results(client, case_studies):
    html = client.get(f"/case-studies/?care_model={EHCH}&tag=care+homes&sort=title").content
    html = html.decode()
    first_result = position(html, 'class="app-result"')
    for needle in (
        'id="result-count"',
        'id="finder-sort"',
        "app-selected-filters__tag",
        ">Clear filters<",
    ):
        assert position(html, needle) < first_result, needle
    # Filters come before the results in the page, and the skip link jumps past them.
    assert position(html, 'href="#results">Skip to results<') < position(
        html, 'class="app-filters"'
    )
    assert position(html, 'id="results"') < first_result
    # Each selected filter is a link that removes just that filter.
    assert f'href="/case-studies/?care_model={EHCH}&amp;sort=title"' in html
    assert re.search(r"Filter\s*<span[^>]*>\(2 selected\)</span>", html)


def test_the_filter_toggle_is_a_native_details_element_that_works_without_javascript(
    client, case_studies
):
    html = client.get(f"/case-studies/?care_model={EHCH}").content.decode()
    toggle = re.search(r'<details class="app-filter-toggle"[^>]*>\s*<summary', html)
    assert toggle, "the filters are not behind a details/summary toggle"
    assert re.search(r'<form method="get" action="/case-studies/" class="app-filters"', html)
    assert 'form="finder-filters"' in html  # the sort select belongs to the filter form
    # Without JavaScript the sort order has its own submit button.
    assert re.search(r'class="[^"]*app-no-js-only[^"]*"[^>]*type="submit"[^>]*>Sort<', html)


def test_long_facets_show_their_most_used_values_then_show_all(client, case_studies):
    html = client.get("/case-studies/").content.decode()
    facet = html[position(html, 'id="facet-vanguard"') :]
    facet = facet[: facet.find("</fieldset>")]
    top, _, rest = facet.partition('class="nhsuk-details app-facet__more"')
    assert rest, "no Show all for the vanguard facet"
    assert "Show all" in rest
    assert top.count('type="checkbox"') == 5
    assert rest.count('type="checkbox"') >= 1


def test_pagination_is_the_librarys_with_its_arrows(client, case_studies):
    html = client.get("/case-studies/?page=2&per_page=3").content.decode()
    assert 'class="nhsuk-pagination__link nhsuk-pagination__link--prev"' in html
    assert 'class="nhsuk-icon nhsuk-icon--arrow-left"' in html
    assert 'class="nhsuk-icon nhsuk-icon--arrow-right"' in html


def test_the_home_page_hero_has_the_librarys_wrapper(client, site_tree):
    html = client.get("/").content.decode()
    assert re.search(
        r'<section class="nhsuk-hero"[^>]*>\s*'
        r'<div class="nhsuk-width-container nhsuk-hero--border">'
        r'\s*<div class="nhsuk-grid-row">\s*<div class="nhsuk-grid-column-two-thirds">'
        r'\s*<div class="nhsuk-hero__wrapper">',
        html,
    )


def test_care_models_are_spelt_out_and_short_names_are_abbreviations(client, case_studies):
    home = client.get("/").content.decode()
    assert '<abbr title="Enhanced health in care homes">EHCH</abbr>' in home
    assert 'nhsuk-tag--blue">EHCH<' not in home
    listing = client.get("/case-studies/").content.decode()
    assert "Enhanced health in care homes</span>" in listing
    directory = client.get("/vanguards/").content.decode()
    assert ">EHCH<" not in directory
    assert "Enhanced health in care homes ·" in directory


def test_only_private_communities_carry_a_tag(client, site_tree):
    from tests.communities.factories import CommunityFactory, Visibility

    CommunityFactory(name="Open forum")
    CommunityFactory(name="Closed forum", visibility=Visibility.PRIVATE)
    html = client.get("/communities/").content.decode()
    assert ">Open<" not in html
    assert '<strong class="nhsuk-tag nhsuk-tag--purple">Private</strong>' in html


def test_the_vanguard_directory_groups_by_letter_with_a_jump_list(client, site_tree):
    html = client.get("/vanguards/").content.decode()
    nav = html[position(html, 'aria-label="Vanguards A to Z"') :]
    nav = nav[: nav.find("</nav>")]
    letters = re.findall(r'href="#letter-([A-Z])"', nav)
    assert letters == sorted(letters) and len(letters) > 5
    for letter in letters:
        assert f'id="letter-{letter}"' in html
    # Letters with no vanguard are not links.
    assert re.search(r'<span class="app-a-z__none">[A-Z]<', nav)
    # Filtered, only the matching groups remain.
    filtered = client.get("/vanguards/?q=Sutton").content.decode()
    assert re.findall(r'id="letter-([A-Z])"', filtered) == ["S"]
