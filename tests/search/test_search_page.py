"""The search page, JSON API, autocomplete, editors' picks and the query log, end to end."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from casestudies.models import CaseStudyIndexPage
from search.models import SearchTermStat
from tests.casestudies.factories import make_case_study
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def studies(site_tree):
    index = CaseStudyIndexPage.objects.get()
    return {
        "red_bag": make_case_study(
            index,
            title="Red bag hospital transfers",
            body="<p>Residents go to the emergency department with a red bag.</p>",
            tags=["care homes"],
        ),
        "mdt": make_case_study(
            index,
            title="Practice teams in Dudley",
            lead="dudley-multispecialty-community-provider",
            care_models=["multispecialty-community-providers"],
            body="<p>A multidisciplinary team meets in each general practice.</p>",
        ),
        "draft": make_case_study(index, title="Red bag draft notes", publish=False),
    }


def test_search_page_finds_published_content_only_and_is_noindex(client, studies):
    response = client.get("/search/?q=red+bag")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in html
    assert "<mark>Red</mark> <mark>bag</mark> hospital transfers" in html
    assert "draft notes" not in html


def test_synonyms_a_and_e_finds_emergency_department(client, studies):
    html = client.get("/search/?q=A%26E").content.decode()
    assert "hospital transfers" in html


def test_synonyms_gp_and_mdt(client, studies):
    # Titles come back highlighted (<mark>Practice</mark>), so look for the rest of the title.
    assert " in Dudley</a>" in client.get("/search/?q=GP").content.decode()
    assert " in Dudley</a>" in client.get("/search/?q=MDT").content.decode()


def test_filters_and_counts_on_the_search_page(client, studies):
    html = client.get(
        "/search/?type=case_study&care_model=multispecialty-community-providers"
    ).content.decode()
    assert "Practice teams in Dudley" in html
    assert "Red bag hospital transfers" not in html


def test_a_misspelt_search_shows_the_corrected_results(client, studies):
    html = client.get("/search/?q=hospitel").content.decode()
    assert "Showing results for" in html
    assert "hospital</strong></a>" in html
    assert "Red bag <mark>hospital</mark> transfers" in html
    # Searching for exactly what was typed finds nothing, and offers the correction.
    html = client.get("/search/?q=hospitel&verbatim=1").content.decode()
    assert "No results match" in html
    assert ">hospital</a> instead" in html


def test_a_search_with_no_word_to_correct_does_not_read_the_vocabulary(client, studies):
    """Nothing is found for a code, a number or short words, and none of them could be
    corrected: the vocabulary of every visible title and summary (a scan of the whole index
    when it is not cached) is not built for them."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        data = client.get("/api/search/?q=zq7f31+ab+2024").json()
    assert data["total"] == 0 and data["corrected"] is None
    assert not [
        q for q in queries if "search_indexeddocument" in q["sql"] and "summary" in q["sql"]
    ]
    # A word that can be corrected still is.
    assert client.get("/api/search/?q=hospitel").json()["corrected"]["to"] == "hospital"


def test_api_returns_results_and_facets(client, studies):
    data = client.get(
        "/api/search/?q=red+bag&care_model=enhanced-health-in-care-homes&type=case_study"
    ).json()
    assert data["total"] == 1
    assert data["results"][0]["title"] == "Red bag hospital transfers"
    assert data["results"][0]["care_models"] == [
        {"slug": "enhanced-health-in-care-homes", "name": "Enhanced health in care homes"}
    ]
    care_models = {o["value"]: o for o in data["facets"]["care_model"]}
    assert care_models["enhanced-health-in-care-homes"]["selected"] is True


@pytest.mark.parametrize(
    "query, parameter, words",
    [
        ("care_model=martian", "care_model", "not a known value"),
        ("colour=blue", "colour", "Unknown parameter"),
        ("sort=sideways", "sort", "must be one of"),
        ("page=abc", "page", "not a page number"),
        ("per_page=500", "per_page", "from 1 to 50"),
    ],
)
def test_api_says_which_parameter_is_wrong(client, studies, query, parameter, words):
    response = client.get("/api/search/?" + query)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["parameter"] == parameter
    assert words in error["message"]


def test_api_page_beyond_the_end_is_404_json(client, studies):
    response = client.get("/api/search/?page=1000000000")
    assert response.status_code == 404
    assert response.json()["error"]["parameter"] == "page"


def test_openapi_description_lists_every_parameter(client):
    spec = client.get("/api/search/openapi.json").json()
    names = {p["name"] for p in spec["paths"]["/api/search/"]["get"]["parameters"]}
    assert {
        "q",
        "sort",
        "page",
        "per_page",
        "type",
        "care_model",
        "support_area",
        "vanguard",
        "region",
        "evidence",
        "tag",
        "year",
    } <= names
    assert spec["openapi"].startswith("3.")


def test_autocomplete_suggests_published_titles(client, studies):
    data = client.get("/search/autocomplete/?q=red+ba").json()
    assert [r["title"] for r in data["results"]] == ["Red bag hospital transfers"]
    assert client.get("/search/autocomplete/?q=r").json() == {"results": []}


def test_editors_picks_come_first_for_their_query(client, studies):
    query = Query.get("transfers")
    SearchPromotion.objects.create(
        query=query, page=studies["mdt"], sort_order=0, description="Start here"
    )
    html = client.get("/search/?q=transfers").content.decode()
    assert "Recommended" in html
    assert html.index("Practice teams in Dudley") < html.index("Red bag hospital")


def test_query_log_counts_searches_and_zero_results_for_editors(client, studies):
    client.get("/search/?q=Red+Bag")
    client.get("/search/?q=red   bag")
    client.get("/search/?q=unicorns")
    client.get("/search/?q=red+bag&page=2")  # later pages are not new searches
    assert SearchTermStat.objects.get(query="red bag").searches == 2
    assert SearchTermStat.objects.get(query="unicorns").zero_results == 1
    client.force_login(UserFactory(groups=["Editors"]))
    html = client.get("/admin/reports/search-terms/").content.decode()
    assert "unicorns" in html and "red bag" in html


def test_editors_manage_editors_picks_and_see_one_search_report(client, site_tree):
    client.force_login(UserFactory(groups=["Editors"]))
    assert client.get("/admin/searchpicks/").status_code == 200
    assert client.get("/admin/searchpicks/add/").status_code == 200
    html = client.get("/admin/reports/search-terms/").content.decode()
    assert "Searches that found nothing" in html
