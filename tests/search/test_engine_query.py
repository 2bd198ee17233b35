"""The engine query compiler, without a server or a database: best match, bounded fuzziness
(typed words of five letters or more only), type weights, and what a long hostile query
compiles to."""

import json

import pytest

from search.backends.base import Query
from search.backends.elasticsearch.compiler import (
    EVERY_WORD_WEIGHT,
    FUZZY_MAX_EXPANSIONS,
    compile_search,
)
from search.query import MAX_GROUPS, parse_query
from search.ranking import DEFAULTS

# Parsing reads the glossary from the database; compiling must not touch it.
pytestmark = pytest.mark.django_db
BLOCKER = []


@pytest.fixture(autouse=True)
def blocker(django_db_blocker):
    BLOCKER.append(django_db_blocker)
    yield
    BLOCKER.clear()


def compiled(text, weights=DEFAULTS, **fields):
    """The body for `text`, compiled with the database blocked (any query fails the test)."""
    query = Query(
        **{
            "parsed": parse_query(text),
            "filters": {},
            "visibility": ("public",),
            "sort": "relevance",
            "offset": 0,
            "limit": 20,
            "facets": (),
            "weights": weights,
            **fields,
        }
    )
    with BLOCKER[0].block():
        return compile_search(query)


def clauses(body, kind):
    """Every `kind` clause anywhere in the query body."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == kind:
                    found.append(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(body["query"])
    return found


def main_match(body):
    return body["query"]["function_score"]["query"]["bool"]["must"][0]["bool"]


def test_best_match_needs_two_of_three_and_three_of_four_groups():
    assert main_match(compiled("radiology network reporting"))["minimum_should_match"] == 2
    assert main_match(compiled("reduce hospital admissions frailty"))["minimum_should_match"] == 3
    assert main_match(compiled("radiology network"))["minimum_should_match"] == 1


def test_fuzziness_only_on_typed_words_of_five_letters_or_more():
    body = compiled('sensors rota frailty "virtual ward" mdt')
    fuzzy = [c for c in clauses(body, "multi_match") if "fuzziness" in c]
    # Not "rota" (four letters), "frailty" (a glossary term), the phrase or the synonym.
    assert sorted({c["query"] for c in fuzzy}) == ["sensors"]
    assert fuzzy[0]["prefix_length"] == 1
    # One edit: two would let "access" match "assess" (and half the corpus with it).
    assert fuzzy[0]["fuzziness"] == 1
    assert fuzzy[0]["max_expansions"] == FUZZY_MAX_EXPANSIONS
    phrases = [c["query"] for c in clauses(body, "multi_match") if c.get("type") == "phrase"]
    assert "virtual ward" in phrases
    assert "multidisciplinary team" in phrases


def test_quoted_phrases_are_required():
    match = main_match(compiled('"virtual ward" admissions reduced'))
    assert len(match["must"]) == 1
    assert match["minimum_should_match"] == 1


def test_a_long_query_is_bounded():
    body = compiled(" ".join(f"wordnumber{i}" for i in range(100)))
    fuzzy = [c for c in clauses(body, "multi_match") if "fuzziness" in c]
    # At most MAX_GROUPS groups, each at most FUZZY_MAX_EXPANSIONS variants; the every-word
    # weight repeats them once more.
    assert len(fuzzy) <= 2 * MAX_GROUPS
    assert len(json.dumps(body)) < 20_000


def test_type_weights_and_every_word_weight_are_functions():
    functions = compiled("weekend pharmacist cover")["query"]["function_score"]["functions"]
    weights = {json.dumps(f.get("filter"), sort_keys=True): f.get("weight") for f in functions}
    assert weights[json.dumps({"term": {"type": "case_study"}})] == 1.3
    assert weights[json.dumps({"term": {"standing": "answered"}})] == 1.2
    assert EVERY_WORD_WEIGHT in weights.values()
