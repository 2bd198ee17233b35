"""Outcome facets and the "largest improvement" sort, the same on every backend.

A case study reports several outcomes, so choosing "Emergency admissions" and "Improved" must
find case studies whose emergency-admissions outcome improved, not any case study that reports
emergency admissions and improved something else; and each outcome facet's counts follow the
other one's choice row by row.
"""

import pytest
from django.http import QueryDict

from search import indexing, service

from .corpus import C2, EHCH, PACS, doc, facet_counts

EA, BEDS, STAFF = "emergency-admissions", "bed-days", "staff-experience"


def row(category, measured_result, improvement=None, **fields):
    return {
        "category": category,
        "measure": f"{category} measure",
        "change": -1.0 if measured_result != "not_measured" else None,
        "unit": "%",
        "measured_result": measured_result,
        "improvement": improvement,
        "summary": f"{category} summary",
        **fields,
    }


def outcome_documents():
    return [
        doc(
            "out-a",
            "Admissions down, bed days up",
            care_models=[PACS],
            outcomes=[row(EA, "improved", 8.1), row(BEDS, "worse", -1.5)],
            year=2017,
        ),
        doc(
            "out-b",
            "Admissions up",
            care_models=[PACS],
            outcomes=[row(EA, "worse", -2.0)],
            year=2018,
        ),
        doc(
            "out-c",
            "Admissions down, staff asked",
            care_models=[EHCH],
            outcomes=[row(EA, "improved", 4.4), row(STAFF, "not_measured")],
            year=2016,
        ),
        doc(
            "out-d",
            "Bed days down",
            care_models=[EHCH],
            outcomes=[row(BEDS, "improved", 3.0)],
            year=2019,
        ),
        # Improved, but in a unit no percentage can be worked out from: ranked after the rest.
        doc(
            "out-e",
            "Admissions down by a few",
            care_models=[PACS],
            outcomes=[row(EA, "improved", None, unit="admissions")],
            year=2020,
        ),
        # A private community's case study: never counted, never ranked for outsiders.
        doc(
            "out-private",
            "Zebracorn admissions",
            care_models=[PACS],
            outcomes=[row(EA, "improved", 99.0)],
            visibility=C2,
            year=2021,
        ),
    ]


@pytest.fixture
def outcomes(contract):
    indexing._apply(outcome_documents(), [])
    if contract.name != "database":
        indexing.sync_pending()
    contract.settle()
    return contract


def outcome_counts(results):
    counts = facet_counts(results)
    return counts["outcome"], counts["result"]


def test_each_outcome_facet_counts_case_studies(outcomes):
    results = outcomes.search(per_page=50)
    by_outcome, by_result = outcome_counts(results)
    assert by_outcome == {EA: 4, BEDS: 2, STAFF: 1}
    assert by_result == {"improved": 4, "worse": 2, "not_measured": 1}
    labels = {f.name: f.label for f in results.facets}
    assert labels["outcome"] == "Outcome measured" and labels["result"] == "Measured result"


def test_result_counts_follow_the_chosen_outcome_row_by_row(outcomes):
    results = outcomes.search(outcome=EA, per_page=50)
    assert sorted(outcomes.ids(results)) == ["out-a", "out-b", "out-c", "out-e"]
    by_outcome, by_result = outcome_counts(results)
    assert by_outcome == {EA: 4, BEDS: 2, STAFF: 1}  # its own choice does not narrow it
    # out-a's worse outcome is its bed days, so it is not "worse" for emergency admissions.
    assert by_result == {"improved": 3, "worse": 1}


def test_both_outcome_facets_match_the_same_row(outcomes):
    results = outcomes.search(outcome=EA, result="improved", per_page=50)
    assert sorted(outcomes.ids(results)) == ["out-a", "out-c", "out-e"]
    by_outcome, by_result = outcome_counts(results)
    assert by_outcome == {EA: 3, BEDS: 1}  # improved bed days: out-d only
    assert by_result == {"improved": 3, "worse": 1}

    worse_beds = outcomes.search(outcome=BEDS, result="worse", per_page=50)
    assert outcomes.ids(worse_beds) == ["out-a"]


def test_a_result_alone_counts_outcomes_that_had_it(outcomes):
    results = outcomes.search(result="worse", per_page=50)
    assert sorted(outcomes.ids(results)) == ["out-a", "out-b"]
    by_outcome, _ = outcome_counts(results)
    assert by_outcome == {EA: 1, BEDS: 1}


def test_outcome_facets_combine_with_other_filters(outcomes):
    results = outcomes.search(outcome=EA, result="improved", care_model=EHCH)
    assert outcomes.ids(results) == ["out-c"]
    care_models = facet_counts(results)["care_model"]
    assert care_models == {EHCH: 1, PACS: 2}


def test_private_outcomes_count_only_for_members(outcomes):
    members = outcomes.search(outcome=EA, result="improved", visibility=("public", C2))
    assert "out-private" in outcomes.ids(members)
    by_outcome, _ = outcome_counts(members)
    assert by_outcome[EA] == 4


def test_largest_improvement_ranks_within_the_chosen_outcome(outcomes):
    results = outcomes.search(outcome=EA, sort="improvement")
    assert results.request.sort == "improvement"
    assert outcomes.ids(results) == ["out-a", "out-c", "out-b", "out-e"]
    beds = outcomes.search(outcome=BEDS, sort="improvement")
    assert outcomes.ids(beds) == ["out-d", "out-a"]


def test_largest_improvement_with_words_and_paging(outcomes):
    results = outcomes.search(q="admissions", outcome=EA, sort="improvement")
    assert outcomes.ids(results) == ["out-a", "out-c", "out-b", "out-e"]
    second = outcomes.search(outcome=EA, sort="improvement", per_page=2, page=2)
    assert outcomes.ids(second) == ["out-b", "out-e"]


def test_largest_improvement_needs_one_outcome(outcomes):
    results = outcomes.search(sort="improvement")
    assert results.request.sort == "newest"
    assert any("choose one ‘Outcome measured’" in n for n in results.request.notices)
    with pytest.raises(service.BadSearchRequest) as error:
        service.read_request(
            QueryDict("sort=improvement&outcome=bed-days&outcome=costs"), strict=True
        )
    assert error.value.param == "sort"
