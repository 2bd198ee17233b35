"""Readers see public documents and those of their own communities, and nothing else: not in
hits, totals, facet counts, snippets, autocomplete or spelling suggestions."""

import pytest

from .corpus import C1, C2, EHCH, expected, facet_counts

READERS = [
    pytest.param(("public",), id="anonymous"),
    pytest.param(("public", C1), id="member-of-1"),
]


@pytest.mark.parametrize("visibility", READERS)
def test_hits_and_totals_hold_only_what_the_reader_may_see(contract, visibility):
    results = contract.search(visibility=visibility, per_page=50)
    assert set(contract.ids(results)) == {d.doc_id for d in contract.visible(visibility)}
    assert results.total == len(contract.visible(visibility))


@pytest.mark.parametrize("visibility", READERS)
def test_facet_counts_leave_out_other_communities(contract, visibility):
    results = contract.search(visibility=visibility, q="frailty", per_page=50)
    # The glossary makes "frailty" find "frail" too.
    matching = {d.doc_id for d in contract.corpus if "frail" in (d.title + d.body).lower()}
    ids, total, counts = expected(contract.corpus, visibility, {}, matching)
    assert set(contract.ids(results)) == ids
    assert results.total == total
    assert facet_counts(results) == counts
    assert "zebracorn" not in facet_counts(results)["tag"]


def test_community_members_see_their_community(contract):
    public = contract.search(q="frailty huddles")
    member = contract.search(q="frailty huddles", visibility=("public", C1))
    # Best match finds public documents about frailty, but never the community's topic.
    assert "topic-c1" not in contract.ids(public)
    assert not public.complete
    assert contract.ids(member)[0] == "topic-c1"
    assert member.complete


@pytest.mark.parametrize("visibility", READERS)
def test_nothing_of_another_community_leaks(contract, visibility):
    for query in ["zebracorn", "zebracorn frailty", "care home staffing", "secrets"]:
        results = contract.search(q=query, visibility=visibility, per_page=50)
        assert not {"topic-c2", "guide-c2"} & set(contract.ids(results))
        for hit in results.hits:
            assert "zebracorn" not in (hit.snippet_html + hit.title_html).lower()
    assert contract.search(q="zebracorn", visibility=visibility).total == 0
    counts = facet_counts(contract.search(visibility=visibility, care_model=EHCH))
    assert counts["care_model"][EHCH] == len(
        [d for d in contract.visible(visibility) if EHCH in d.care_models]
    )
    assert contract.autocomplete("zebrac", visibility) == []
    assert contract.autocomplete("zebracorn guide", visibility) == []


def test_spelling_corrections_come_only_from_what_the_reader_may_see(contract):
    # "zebracorm" is one letter from a word only community 2's titles contain.
    results = contract.search(q="zebracorm", visibility=("public", C1))
    assert results.total == 0
    assert results.suggestions == []
    assert results.corrected_from == ""
    # A public word corrects the query (on an engine, fuzzy matching finds it at once).
    corrected = contract.search(q="prescibing")
    assert set(contract.ids(corrected)) == {"recent-new", "recent-old"}
    if contract.name == "database":
        assert corrected.corrected_from == "prescibing"
        assert corrected.request.query == "prescribing"


def test_the_hidden_community_is_there_for_its_members(contract):
    # The same documents, for a member of community 2: proves the tests above test something.
    results = contract.search(q="zebracorn", visibility=("public", C2))
    assert set(contract.ids(results)) == {"topic-c2", "guide-c2"}
    titles = [title for title, _, _ in contract.autocomplete("zebrac", ("public", C2))]
    assert sorted(titles) == ["Zebracorn frailty secrets", "Zebracorn guide to care home staffing"]
