"""Pages, page limits, sort orders and title autocomplete, on every backend."""

import pytest
from django.http import QueryDict

from core.pagination import PageNumberError
from search import service

from .corpus import C1


def test_pages_cover_every_result_once(contract):
    seen = []
    first = contract.search(per_page=4)
    for number in range(1, first.num_pages + 1):
        page = contract.search(per_page=4, page=number)
        assert len(page.hits) == (4 if number < first.num_pages else first.total - len(seen))
        seen += contract.ids(page)
    assert sorted(seen) == sorted(d.doc_id for d in contract.visible(("public",)))
    assert first.total == 14
    assert first.num_pages == 4
    last = contract.search(per_page=4, page=4)
    assert (last.start_index, last.end_index, last.has_next) == (13, 14, False)


def test_a_page_beyond_the_end_is_a_404(contract):
    with pytest.raises(PageNumberError) as error:
        contract.search(per_page=4, page=5)
    assert error.value.status == 404
    assert str(error.value) == "There is no page 5. These results have 4 pages."
    with pytest.raises(PageNumberError) as error:
        contract.search(q="zebrafish", page=2)
    assert str(error.value) == "There is no page 2. These results have 1 page."


def test_a_huge_page_number_is_a_404_not_a_deep_query(contract):
    with pytest.raises(PageNumberError) as error:
        contract.search(page=999_999_999)
    assert error.value.status == 404
    assert "There is no page 999999999" in str(error.value)
    with pytest.raises(PageNumberError) as error:
        contract.search(page=10**9)
    assert error.value.status == 404
    assert str(error.value) == "There is no page 1000000000. These results have 1 page."


def test_pages_beyond_the_result_window_say_so(contract, monkeypatch):
    monkeypatch.setattr(service, "MAX_RESULT_WINDOW", 4)
    with pytest.raises(PageNumberError) as error:
        contract.search(per_page=2, page=3)
    assert error.value.status == 404
    assert str(error.value).startswith("Only the first 2 pages of results can be shown.")


@pytest.mark.parametrize("per_page, used", [("1", 1), ("50", 50), ("0", 20), ("51", 20), ("x", 20)])
def test_per_page_is_bounded(contract, per_page, used):
    results = contract.search(per_page=per_page)
    assert results.request.per_page == used
    assert len(results.hits) == min(used, 14)


def test_the_api_refuses_out_of_bounds_per_page(contract, client):
    for per_page in ["0", "51", "-1", "1e3"]:
        response = client.get("/api/search/", {"per_page": per_page})
        assert response.status_code == 400
        assert response.json()["error"]["parameter"] == "per_page"
    assert client.get("/api/search/", {"page": "99"}).status_code == 404
    assert client.get("/search/", {"page": "99"}).status_code == 404


def test_sort_newest(contract):
    visible = contract.visible(("public", C1))
    results = contract.search(visibility=("public", C1), sort="newest", per_page=50)
    expected = [d.doc_id for d in sorted(visible, key=lambda d: d.published_at, reverse=True)]
    assert contract.ids(results) == expected
    # Browsing without words is newest first too.
    assert contract.ids(contract.search(visibility=("public", C1), per_page=50)) == expected


def test_sort_newest_with_a_query(contract):
    results = contract.search(q="care", sort="newest", per_page=50)
    dates = [hit.published_at for hit in results.hits]
    assert dates == sorted(dates, reverse=True)
    assert results.total >= 5


def test_sort_title(contract):
    results = contract.search(sort="title", per_page=50)
    titles = [hit.title.lower() for hit in results.hits]
    assert titles == sorted(titles)
    assert titles[0] == "admissions avoided"


def test_sort_title_with_filters_and_pages(contract):
    first = contract.search(sort="title", per_page=3, care_model="urgent-and-emergency-care")
    second = contract.search(
        sort="title", per_page=3, page=2, care_model="urgent-and-emergency-care"
    )
    titles = [h.title for h in first.hits + second.hits]
    assert titles == [
        "Hospital discharge",
        "Planning for winter",
        "Redesigning the workforce",
        "Streaming at the front door",
    ]


def test_autocomplete_matches_a_prefix_of_the_last_word(contract):
    titles = [t for t, _, _ in contract.autocomplete("enh")]
    assert titles == ["Enhanced health in care homes in Sutton"]
    rows = contract.autocomplete("care ho")
    assert [t for t, _, _ in rows] == [
        "Enhanced health in care homes in Sutton",
        "Falls prevention for care home residents",
    ]
    title, url, kind = rows[0]
    assert (url, kind) == ("/case_study/cs-sutton/", "case_study")


def test_autocomplete_needs_every_word(contract):
    assert contract.autocomplete("falls zzz") == []
    assert [t for t, _, _ in contract.autocomplete("prevention fal")] == [
        "Falls prevention for care home residents"
    ]


def test_autocomplete_prefers_short_titles_and_respects_visibility(contract):
    public = [t for t, _, _ in contract.autocomplete("frail")]
    member = [t for t, _, _ in contract.autocomplete("frail", ("public", C1))]
    assert public == []  # "frail residents" is in a body, not a title
    assert member == ["Frailty huddles in care homes"]
    shortest_first = [t for t, _, _ in contract.autocomplete("care")]
    assert shortest_first == sorted(shortest_first, key=len)
    assert len(shortest_first) == 4


def test_autocomplete_through_the_view(contract, client):
    response = client.get("/search/autocomplete/", {"q": "Social presc"})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["title"] for r in results] == ["Social prescribing link workers"] * 2
    assert results[0]["type"] == "Case study"
    assert client.get("/search/autocomplete/", {"q": "zebrac"}).json() == {"results": []}


def test_read_request_is_the_same_for_every_backend(contract):
    request = service.read_request(QueryDict("q=care&sort=title&page=2&per_page=3"))
    assert (request.sort, request.page, request.per_page) == ("title", 2, 3)
