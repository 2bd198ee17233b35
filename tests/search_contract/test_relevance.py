"""Search that understands how NHS readers ask, on every backend: best match, typo correction
(page and API), the glossary (including an edit made in the admin), type ranking, vanguards,
and "More like this" that never shows what the reader cannot see."""

import pytest
from django.urls import reverse

from search import service
from search.models import GlossaryTerm, SearchSettings
from search.ranking import forget_weights
from tests.factories import UserFactory

from .corpus import C1, EHCH, MCP, doc


def test_best_match_ranks_every_word_first_then_most_of_them(contract):
    contract.add(
        doc("bm-all", "Radiology network reporting", body="Trusts share reporting rotas."),
        doc("bm-two", "Radiology reporting", body="One trust reports its own scans."),
        doc("bm-one", "Radiology in the community", body="A van visits each town."),
    )
    three = contract.ids(contract.search(q="radiology network reporting"))
    # Two of three words at least: the document with only one is left out.
    assert three[:2] == ["bm-all", "bm-two"]
    assert "bm-one" not in three
    # Two words: both first, then either (a network of nothing is not lost).
    two = contract.search(q="radiology network")
    assert contract.ids(two)[0] == "bm-all"
    assert {"bm-two", "bm-one"} <= set(contract.ids(two))
    assert two.complete


def test_a_question_finds_what_its_key_words_find(contract):
    question = contract.ids(contract.search(q="how do we prevent falls among care home residents"))
    keywords = contract.ids(contract.search(q="prevent falls care home residents"))
    assert question[:2] == keywords[:2]
    assert question[0] == "cs-falls"


def test_quoted_phrases_stay_exact_in_best_match(contract):
    ids = contract.ids(contract.search(q='"virtual ward" admissions reduced'))
    assert ids == ["phrase-exact"]


def test_a_typo_shows_the_corrected_results_at_once(contract):
    # "fals": four letters, too short for the engine's fuzzy matching; only "prevention"
    # matches, so no result has every word, and the correction has.
    results = contract.search(q="fals prevention")
    assert results.corrected_from == "fals prevention"
    assert results.request.query == "falls prevention"
    assert contract.ids(results)[0] == "cs-falls"
    # Verbatim: what was typed, with the correction only offered.
    verbatim = contract.search(q="fals prevention", verbatim=1)
    assert verbatim.corrected_from == ""
    assert verbatim.suggestions == ["falls prevention"]


def test_the_correction_on_the_page_and_in_the_api(contract, client):
    html = client.get("/search/", {"q": "fals prevention"}).content.decode()
    assert "Showing results for" in html
    assert "falls prevention</strong></a>" in html
    assert "Search instead for" in html
    assert "verbatim=1" in html
    assert ">fals prevention</a>" in html
    assert "Falls</mark> <mark>prevention</mark> for care home residents" in html
    api = client.get("/api/search/", {"q": "fals prevention"}).json()
    assert api["backend"] == contract.engine.name
    assert api["corrected"] == {"from": "fals prevention", "to": "falls prevention"}
    assert api["query"] == "falls prevention"
    assert api["results"][0]["id"] == "cs-falls"
    exact = client.get("/api/search/", {"q": "fals prevention", "verbatim": "1"}).json()
    assert exact["corrected"] is None
    assert exact["suggestions"] == ["falls prevention"]
    assert client.get("/api/search/", {"q": "x", "verbatim": "2"}).status_code == 400


def test_an_abbreviation_is_explained_on_the_results_page(contract, client):
    html = client.get("/search/", {"q": "MDT"}).content.decode()
    assert '<abbr title="Multidisciplinary team">MDT</abbr>' in html
    api = client.get("/api/search/", {"q": "mdt"}).json()
    assert api["explanations"] == [{"abbreviation": "MDT", "term": "Multidisciplinary team"}]


def test_a_glossary_term_added_in_the_admin_applies_to_the_next_search(contract, client):
    assert contract.search(q="ZFA").total == 0
    editor = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_search_glossaryterm:add"),
        {
            "term": "Zebrafish audit",
            "abbreviation": "ZFA",
            "synonyms": "fish audit",
            "category": "measure",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    term = GlossaryTerm.objects.get(term="Zebrafish audit")
    assert term.revisions.count() == 1  # kept with history
    # No restart, no reindex: the next search knows it, with the explanation.
    results = contract.search(q="ZFA")
    assert contract.ids(results) == ["xss"]
    assert results.explanations == [("ZFA", "Zebrafish audit")]
    # An edit applies too.
    response = client.post(
        reverse("wagtailsnippets_search_glossaryterm:edit", args=[term.pk]),
        {"term": "Zebrafish audit", "abbreviation": "ZBA", "synonyms": "", "category": "measure"},
    )
    assert response.status_code == 302
    assert contract.search(q="ZFA").total == 0
    assert contract.ids(contract.search(q="ZBA")) == ["xss"]
    assert term.revisions.count() == 2


def test_autocomplete_applies_the_glossary(contract, client):
    contract.add(doc("mdt-title", "Multidisciplinary team huddles", body="Daily huddles."))
    titles = [
        r["title"] for r in client.get("/search/autocomplete/", {"q": "mdt"}).json()["results"]
    ]
    assert "Weekly MDT meetings" in titles
    assert "Multidisciplinary team huddles" in titles


@pytest.fixture
def same_text(contract):
    text = {"body": "Pharmacists covered weekend rotas for the ward and the care homes."}
    contract.add(
        doc("ty-case", "Weekend pharmacist cover", type="case_study", **text),
        doc(
            "ty-answered",
            "Weekend pharmacist cover",
            type="topic",
            extra={"answered": True},
            **text,
        ),
        doc("ty-topic", "Weekend pharmacist cover", type="topic", **text),
    )
    return contract


def test_case_studies_rank_above_answered_then_other_discussions(same_text):
    ids = same_text.ids(same_text.search(q="weekend pharmacist cover"))
    assert ids[:3] == ["ty-case", "ty-answered", "ty-topic"]


def test_type_weights_are_one_setting_editors_change(same_text):
    SearchSettings.objects.create(topic_weight=3.0, answered_topic_weight=1.0)
    forget_weights()
    ids = same_text.ids(same_text.search(q="weekend pharmacist cover"))
    assert ids[0] in {"ty-answered", "ty-topic"}
    assert ids[2] == "ty-case"


def test_vanguards_are_found_as_a_type_of_their_own(contract):
    contract.add(
        doc(
            "vg-fylde",
            "Fylde Coast Local Health Economy",
            type="vanguard",
            summary="Extensive care for older people with long-term conditions on the coast.",
            care_models=[MCP],
            vanguards=["fylde-coast-local-health-economy"],
            regions=["north-west"],
        )
    )
    results = contract.search(q="Fylde coast")
    assert contract.ids(results)[0] == "vg-fylde"
    assert results.hits[0].type_label == "Vanguard"
    assert contract.ids(contract.search(q="extensive care", type="vanguard")) == ["vg-fylde"]


def test_a_region_filter_says_which_types_it_leaves_out(contract, client):
    results = contract.search(region="north-west")
    labels = dict(results.filter_limits)
    assert labels["Region"] == ["Learning guide", "Discussion", "Care model"]
    html = client.get("/search/", {"region": "north-west"}).content.decode()
    assert "learning guides, discussions and care models are not shown" in html


def test_more_like_this_never_shows_what_the_reader_cannot_see(contract):
    anonymous = [d.doc_id for d in service.related("cs-sutton", ("public",), limit=10)]
    assert "cs-falls" in anonymous  # same care model and tag
    assert not {"topic-c1", "topic-c2", "guide-c2"} & set(anonymous)
    assert "cs-sutton" not in anonymous
    member = [d.doc_id for d in service.related("cs-sutton", ("public", C1), limit=10)]
    assert "topic-c1" in member
    assert not {"topic-c2", "guide-c2"} & set(member)


def test_more_like_this_forgets_a_document_made_private(contract):
    assert "lg-workforce" in [d.doc_id for d in service.related("cs-sutton", ("public",), 10)]
    moved = next(d for d in contract.corpus if d.doc_id == "lg-workforce")
    moved.visibility, moved.community = "community:2", "2"
    contract.add(moved)
    assert "lg-workforce" not in [d.doc_id for d in service.related("cs-sutton", ("public",), 10)]


def test_care_model_filter_and_related_across_types(contract):
    related = {d.type for d in service.related("cs-sutton", ("public", C1), limit=10)}
    assert {"case_study", "learning_guide", "topic"} <= related
    assert EHCH  # the corpus's care model slug is what the related search shares


def test_fuzzy_matching_forgives_one_slip_not_two(contract):
    contract.add(
        doc("fz-access", "Same-day access to a GP hub", body="Practices share the hub's rota."),
        doc("fz-assess", "How nurses assess frailty at home", body="A visit within a week."),
    )
    # "assess" is two letters from "access": a different word, never a typo of it.
    found = contract.ids(contract.search(q="access"))
    assert "fz-access" in found
    assert "fz-assess" not in found
    # One letter missing: the engine matches it fuzzily, the database corrects it.
    assert contract.ids(contract.search(q="acess"))[:1] == ["fz-access"]


def test_the_engine_matches_longer_words_fuzzily(contract):
    results = contract.search(q="prevension")
    assert contract.ids(results) == ["cs-falls"]
    if contract.name != "database":
        # Matched fuzzily by the engine itself; the database corrects the spelling instead.
        assert results.corrected_from == ""
