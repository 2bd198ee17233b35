"""Filters: OR within a filter, AND across filters, and facet counts that honour the other
filters but not their own (GOV.UK finder behaviour), identical on every backend."""

import pytest

from .corpus import EHCH, MCP, METRICS, PACS, TECH, UEC, WIRRAL, WORKFORCE, expected, facet_counts

FILTER_CASES = [
    {},
    {"care_model": [EHCH]},
    {"care_model": [EHCH, UEC]},
    {"type": ["learning_guide"]},
    {"support_area": [WORKFORCE]},
    {"region": ["london"]},
    {"vanguard": [WIRRAL]},
    {"evidence": ["reported", "controlled"]},
    {"tag": ["frailty"]},
    {"year": ["2019"]},
    {"care_model": [EHCH], "support_area": [WORKFORCE]},
    {"care_model": [EHCH, PACS], "support_area": [TECH, METRICS], "region": ["north-west"]},
    {"type": ["case_study"], "tag": ["falls", "frailty"], "year": ["2018", "2020"]},
    {"care_model": [UEC], "type": ["learning_guide"], "evidence": ["reported"]},  # nothing
]


@pytest.mark.parametrize("filters", FILTER_CASES, ids=lambda f: "&".join(f) or "none")
@pytest.mark.parametrize("visibility", [("public",), ("public", "community:1")], ids=["pub", "c1"])
def test_filters_and_facet_counts_follow_the_contract(contract, filters, visibility):
    results = contract.search(visibility=visibility, per_page=50, **filters)
    ids, total, counts = expected(contract.corpus, visibility, filters)
    assert set(contract.ids(results)) == ids
    assert results.total == total
    assert facet_counts(results) == counts


def test_one_care_model_counts(contract):
    results = contract.search(care_model=EHCH)
    # Public documents in EHCH: Sutton, falls prevention, the workforce guide.
    assert results.total == 3
    counts = facet_counts(results)
    # Care model counts ignore the care model selection itself...
    assert counts["care_model"] == {EHCH: 3, UEC: 4, PACS: 2, MCP: 2}
    # ...while every other facet counts only EHCH documents.
    assert counts["type"] == {"case_study": 2, "learning_guide": 1}
    assert counts["support_area"] == {WORKFORCE: 2, TECH: 1}
    selected = [o.value for f in results.facets for o in f.options if o.selected]
    assert selected == [EHCH]


def test_or_within_and_across(contract):
    either = contract.search(care_model=[EHCH, UEC])
    assert either.total == 6  # 3 EHCH + 4 UEC, less the guide that is in both
    both = contract.search(care_model=[EHCH, UEC], support_area=WORKFORCE)
    assert sorted(contract.ids(both)) == ["cs-streaming", "cs-sutton", "lg-workforce"]
    counts = facet_counts(both)
    # support_area counts ignore their own selection but keep the care model one.
    assert counts["support_area"] == {WORKFORCE: 3, TECH: 1}
    assert counts["care_model"] == {EHCH: 2, UEC: 2, PACS: 1}


def test_filters_with_a_query(contract):
    results = contract.search(q="care home", care_model=EHCH, per_page=50)
    assert sorted(contract.ids(results)) == ["cs-falls", "cs-sutton"]
    counts = facet_counts(results)
    assert counts["type"] == {"case_study": 2}
    assert counts["region"] == {"london": 1, "north-west": 1}


def test_a_listing_fixes_the_type(contract):
    results = contract.search(fixed_type="learning_guide", care_model=PACS)
    assert contract.ids(results) == ["lg-evaluate"]
    assert "type" not in facet_counts(results)
    assert facet_counts(results)["care_model"] == {
        PACS: 1,
        MCP: 1,
        EHCH: 1,
        UEC: 1,
    }


def test_a_selected_value_with_no_results_still_shows(contract):
    results = contract.search(care_model=UEC, type="learning_guide", evidence="reported")
    assert results.total == 0
    care = next(f for f in results.facets if f.name == "care_model")
    assert [(o.value, o.selected) for o in care.selected_options] == [(UEC, True)]
