"""What a query matches (synonyms included) and in which order, on every backend."""

import pytest


@pytest.mark.parametrize(
    "query, found",
    [
        ("A&E", "cs-streaming"),  # says only "emergency department"
        ("accident and emergency", "cs-streaming"),
        ("GP", "cs-scale"),  # says only "general practice"
        ("general practitioner", "cs-scale"),
        ("multidisciplinary team", "cs-mdt"),  # says only "MDT"
        ("MDT", "cs-sutton"),  # says only "multidisciplinary team"
        ("EHCH", "cs-sutton"),  # "Enhanced health in care homes"
    ],
)
def test_synonyms_find_documents_that_use_the_other_term(contract, query, found):
    results = contract.search(q=query, per_page=50)
    assert found in contract.ids(results)


def test_a_synonym_group_is_one_term_among_others(contract):
    # "GP" OR its synonyms, and "staff": only the general practice document has both.
    assert contract.ids(contract.search(q="GP staff"))[0] == "cs-scale"
    # Best match: one of two groups is enough, but no document has both.
    results = contract.search(q="GP zebrafish")
    assert set(contract.ids(results)) == {"cs-scale", "xss"}
    assert not results.complete


def test_documents_with_every_word_come_first(contract):
    assert contract.ids(contract.search(q="falls sensors"))[0] == "cs-falls"
    results = contract.search(q="falls nonexistentword", verbatim=1)
    assert contract.ids(results)[0] == "cs-falls"
    assert not results.complete


def test_quoted_phrases_must_match_exactly(contract):
    assert contract.ids(contract.search(q='"virtual ward"')) == ["phrase-exact"]
    assert set(contract.ids(contract.search(q="virtual ward"))) == {"phrase-exact", "phrase-apart"}


def test_stemming_matches_other_forms_of_a_word(contract):
    assert "cs-falls" in contract.ids(contract.search(q="sensor injury"))


def test_a_title_match_ranks_above_a_body_match(contract):
    ids = contract.ids(contract.search(q="hospital discharge"))
    assert ids[:2] == ["rank-title", "rank-body"]


def test_the_exact_phrase_ranks_above_the_same_words_apart(contract):
    ids = contract.ids(contract.search(q="virtual ward"))
    assert ids == ["phrase-exact", "phrase-apart"]


def test_newer_ranks_above_older_when_otherwise_equal(contract):
    ids = contract.ids(contract.search(q="social prescribing"))
    assert ids == ["recent-new", "recent-old"]


def test_scores_are_reported_and_ordered(contract):
    hits = contract.search(q="care home", per_page=50).hits
    scores = [hit.score for hit in hits]
    assert all(score > 0 for score in scores)
    assert scores == sorted(scores, reverse=True)


def test_snippets_mark_the_matching_words(contract):
    hit = contract.search(q="sensors").hits[0]
    assert hit.doc_id == "cs-falls"
    assert "<mark>Sensors</mark>" in hit.snippet_html


def test_titles_mark_the_words_searched_for(contract):
    hit = contract.search(q="falls prevention").hits[0]
    assert hit.title_html == "<mark>Falls</mark> <mark>prevention</mark> for care home residents"


def test_markup_in_content_comes_back_escaped_with_mark_only(contract):
    results = contract.search(q="zebrafish audit")
    assert contract.ids(results) == ["xss"]
    hit = results.hits[0]
    snippet = str(hit.snippet_html)
    # Escaped text, except that PostgreSQL's ts_headline drops tags from snippets itself.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in snippet or (
        contract.name == "database" and "Beware  alert(1)  in the" in snippet
    )
    assert "<mark>zebrafish</mark>" in snippet
    assert "<script" not in snippet
    assert snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0
    assert str(hit.title_html) == (
        "<mark>Audit</mark> &lt;b&gt;<mark>zebrafish</mark>&lt;/b&gt; &amp; friends"
    )


def test_markup_is_escaped_on_the_search_page_and_in_the_api(contract, client):
    page = client.get("/search/", {"q": "zebrafish"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "alert(1)" in html
    api = client.get("/api/search/", {"q": "zebrafish"}).json()
    assert api["backend"] == contract.engine.name
    assert "<script>" not in api["results"][0]["snippet_html"]


def test_a_stop_word_in_the_query_does_not_empty_the_results(contract):
    assert contract.ids(contract.search(q="sensors and falls")) == ["cs-falls"]
