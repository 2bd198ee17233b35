"""Every backend's query compiler, without a server and without a database: what a reader's
words, filters, sorts and pages become for FTS5, for PostgreSQL and for the engine, and that
nothing the reader typed reaches a query language except as a quoted phrase or a parameter."""

from types import SimpleNamespace

import pytest

from search.backends.base import ANSWERED, Query, RawResults, SearchBackend
from search.backends.database import (
    PostgreSQLBackend,
    SQLiteBackend,
    database_backend,
    postgresql,
    sqlite,
)
from search.backends.elasticsearch import ElasticsearchBackend, compiler, mapping, results
from search.query import Group, ParsedQuery


@pytest.fixture(autouse=True)
def no_database(django_db_blocker):
    """Nothing here may touch the database: any query fails the test."""
    with django_db_blocker.block():
        yield


def parsed(*groups, typed=""):
    """A ParsedQuery of groups: a string is a typed word, a tuple a word and its synonyms, and
    a string in quotes an exact phrase."""
    built = []
    for group in groups:
        if isinstance(group, tuple):
            built.append(Group(group))
        elif group.startswith('"'):
            built.append(Group((group.strip('"'),), exact=True))
        else:
            built.append(Group((group,)))
    return ParsedQuery(text=" ".join(map(str, groups)), groups=built, typed=typed)


def query(words=None, **fields):
    return Query(
        **{
            "parsed": words or ParsedQuery(),
            "filters": {},
            "visibility": ("public",),
            "sort": "relevance" if words else "newest",
            "offset": 0,
            "limit": 20,
            "facets": (),
            **fields,
        }
    )


# -- one interface -------------------------------------------------------------------------


def test_every_backend_implements_the_one_interface(settings):
    settings.ELASTICSEARCH_COMPAT = ""
    engine = ElasticsearchBackend("http://127.0.0.1:9", "compile-")
    for backend in (SQLiteBackend(), PostgreSQLBackend(), engine):
        assert isinstance(backend, SearchBackend)
        for verb in ("index", "delete", "clear", "search", "status"):
            assert callable(getattr(backend, verb))
    assert isinstance(database_backend("sqlite"), SQLiteBackend)
    assert isinstance(database_backend("postgresql"), PostgreSQLBackend)
    with pytest.raises(ValueError, match="SQLite and PostgreSQL, not mysql"):
        database_backend("mysql")


def test_an_incomplete_backend_cannot_be_made():
    class Partial(SearchBackend):
        def search(self, query):
            return RawResults(hits=[], total=0)

    with pytest.raises(TypeError, match="abstract"):
        Partial()


# -- SQLite FTS5 -----------------------------------------------------------------------------


def test_fts5_every_group_and_best_match():
    words = parsed("falls", ("mdt", "multidisciplinary team"))
    assert sqlite.fts_match(words) == '("falls") AND ("mdt" OR "multidisciplinary team")'
    assert sqlite.fts_match(words, every=False) == (
        '("falls") OR ("mdt" OR "multidisciplinary team")'
    )


def test_fts5_typed_words_match_anywhere_but_quoted_ones_as_a_phrase():
    assert sqlite.fts_group(Group(("care homes", "ehch"))) == '(("care" AND "homes") OR "ehch")'
    assert sqlite.fts_group(Group(("care homes",), exact=True)) == '("care homes")'


def test_fts5_cannot_be_escaped_by_a_double_quote():
    # Parsing never lets one through; the compiler would not either.
    assert sqlite.fts_phrase('a" OR body : "b') == '"a  OR body :  b"'


def test_fts5_one_term_boosts_any_of_its_names_in_the_title():
    one = parsed(("ehch", "enhanced health in care homes"), typed="ehch")
    # The typed term is the first name already: the same text as the group's own match (so
    # the title scan for the boost is the shortlist's title scan).
    assert sqlite.title_phrase(one) == '("ehch" OR "enhanced health in care homes")'
    assert sqlite.title_phrase(one) == sqlite.fts_group(one.groups[0])
    typed_words = parsed(("care home", "nursing home"), typed="care home")
    assert sqlite.title_phrase(typed_words) == '("care home" OR "nursing home" OR "care home")'
    assert sqlite.title_phrase(parsed("red", "bag", typed="red bag")) == '"red bag"'


def test_fts5_autocomplete_takes_the_last_word_as_a_prefix():
    assert sqlite.title_prefix_match(["care", "ho"]) == 'title : "care" AND title : "ho" *'


# -- PostgreSQL tsquery ----------------------------------------------------------------------


def test_postgresql_words_are_parameters_only():
    words = parsed("falls", '"virtual ward"', ("mdt", "multidisciplinary team"), "sensors")
    sql, params = postgresql.compile_scores(words, [3, 5])
    assert sql.count("%s") == len(params)
    for typed in ("falls", "virtual ward", "mdt", "multidisciplinary team", "sensors"):
        assert typed not in sql
        assert typed in params
    # Only the given documents are scored, and the quoted phrase is matched as a phrase.
    assert params[-1] == [3, 5]
    assert "phraseto_tsquery('english', %s)" in sql
    # Best match (three of four groups): scored on any group.
    assert " || " in sql and " && " not in sql


def test_postgresql_a_single_group_is_scored_as_every_group():
    sql, _ = postgresql.compile_scores(parsed("falls", "sensors"), [1])
    assert " || " in sql  # two groups: best match needs one
    sql, params = postgresql.compile_scores(parsed("falls"), [1])
    assert params[0] == "falls"


def test_postgresql_autocomplete_prefix():
    assert postgresql.prefix_tsquery(["care", "ho"]) == "care & ho:*"


# -- the engine ------------------------------------------------------------------------------


def test_no_words_sorts_newest_and_filters_visibility_only():
    body = compiler.compile_search(query(visibility=("public", "community:4")))
    assert body["query"] == {
        "bool": {"filter": [{"terms": {"visibility": ["public", "community:4"]}}]}
    }
    assert body["sort"] == [{"published_at": "desc"}, {"doc_id": "desc"}]
    assert (body["from"], body["size"], body["_source"]) == (0, 20, ["data", "body"])
    assert "aggs" not in body and "post_filter" not in body


SELECTIONS = {"care_model": ("ehch",), "region": ("london", "north")}


def test_a_counted_selection_is_a_post_filter_and_narrows_only_other_facets():
    body = compiler.compile_search(
        query(filters=SELECTIONS, facets=("care_model", "region", "type"), offset=40),
        combined_facets=False,
    )
    assert body["from"] == 40
    assert body["post_filter"]["bool"]["filter"] == [
        {"terms": {"care_models": ["ehch"]}},
        {"terms": {"regions": ["london", "north"]}},
    ]
    # Each facet is counted within the other facets' selections; facets that share the same
    # others share one filter.
    assert body["aggs"] == {
        "within_care_model": {
            "filter": {"bool": {"filter": [{"terms": {"care_models": ["ehch"]}}]}},
            "aggs": {"facet_region": {"terms": {"field": "regions", "size": 200}}},
        },
        "within_region": {
            "filter": {"bool": {"filter": [{"terms": {"regions": ["london", "north"]}}]}},
            "aggs": {"facet_care_model": {"terms": {"field": "care_models", "size": 200}}},
        },
        "within_care_model_region": {
            "filter": {
                "bool": {
                    "filter": [
                        {"terms": {"care_models": ["ehch"]}},
                        {"terms": {"regions": ["london", "north"]}},
                    ]
                }
            },
            "aggs": {"facet_type": {"terms": {"field": "type", "size": 200}}},
        },
    }


def test_facets_within_the_same_selections_are_counted_by_one_aggregation():
    body = compiler.compile_search(
        query(filters=SELECTIONS, facets=("care_model", "region", "type", "tag", "year"))
    )

    counted = {"terms": {"field": "facet_values", "size": 10_000}}

    assert {name: agg["aggs"] for name, agg in body["aggs"].items()} == {
        # One or two facets are cheaper to count from their own fields.
        "within_care_model": {"facet_region": {"terms": {"field": "regions", "size": 200}}},
        "within_region": {"facet_care_model": {"terms": {"field": "care_models", "size": 200}}},
        "within_care_model_region": {"facets-tag-type-year": counted},
    }
    # With no selection, one aggregation counts every facet.
    plain = compiler.compile_search(query(facets=("type", "care_model", "tag")))
    assert plain["aggs"] == {"facets-care_model-tag-type": counted}


def test_combined_counts_are_split_per_facet_in_the_engines_order():
    response = {
        "hits": {"total": {"value": 9}, "hits": []},
        "aggregations": {
            "facets-region-tag-type": {
                "sum_other_doc_count": 0,
                "buckets": [
                    {"key": "type:topic", "doc_count": 5},
                    {"key": "community:c2", "doc_count": 5},  # counted, not asked for
                    {"key": "tag:falls", "doc_count": 4},
                    {"key": "tag:a:b", "doc_count": 2},  # a value may hold the separator
                    {"key": "tag:c", "doc_count": 2},
                ],
            }
        },
    }
    raw = results.search_results(response, ("type", "tag", "region"), facet_size=2)
    # The largest counts first, ties by value, at most facet_size per facet, as a terms
    # aggregation per facet gives them.
    assert raw.facets == {"type": {"topic": 5}, "tag": {"falls": 4, "a:b": 2}, "region": {}}
    assert list(raw.facets["tag"]) == ["falls", "a:b"]
    assert not results.facets_left_out(response)
    response["aggregations"] = {
        "within_tag": {
            "doc_count": 9,
            "facets-region-type-year": {"sum_other_doc_count": 3, "buckets": []},
        }
    }
    assert results.facets_left_out(response)


def test_every_facet_value_is_indexed_once_more_with_its_facet():
    source = mapping.entry_source(
        {
            "doc_id": "a",
            "type": "case_study",
            "title": "Falls",
            "url": "/a/",
            "published_at": "2024-01-01T00:00:00+00:00",
            "updated_at": "2024-01-01T00:00:00+00:00",
            "visibility": "public",
            "care_models": ["ehch"],
            "tags": ["falls", "frailty"],
            "evidence_level": "evaluated",
        }
    )
    assert source["facet_values"] == [
        "type:case_study",
        "care_model:ehch",
        "evidence:evaluated",
        "tag:falls",
        "tag:frailty",
        "year:2024",
    ]


def test_a_fixed_type_nobody_counts_narrows_the_main_query():
    body = compiler.compile_search(query(filters={"type": ("case_study",)}, facets=("tag",)))
    assert {"terms": {"type": ["case_study"]}} in body["query"]["bool"]["filter"]
    assert "post_filter" not in body


def test_both_outcome_facets_count_row_by_row_through_the_given_options():
    body = compiler.compile_search(
        query(
            filters={"outcome": ("admissions",), "result": ("improved",)},
            facets=("outcome", "result"),
            options={"outcome": ("admissions", "falls"), "result": ("improved", "no_change")},
        )
    )
    assert body["post_filter"]["bool"]["filter"] == [
        {"terms": {"outcome_pairs": ["admissions:improved"]}}
    ]
    buckets = body["aggs"]["facet_outcome"]["filters"]["filters"]
    assert buckets == {
        "admissions": {"terms": {"outcome_pairs": ["admissions:improved"]}},
        "falls": {"terms": {"outcome_pairs": ["falls:improved"]}},
    }


def test_largest_improvement_sorts_by_the_chosen_category():
    body = compiler.compile_search(
        query(filters={"outcome": ("falls",)}, sort="improvement", facets=())
    )
    first = body["sort"][0]["outcome_improvement.falls"]
    assert first == {"order": "desc", "missing": "_last", "unmapped_type": "float"}


def test_weights_of_one_add_no_function():
    words = parsed("weekend", "pharmacist")
    functions = compiler.weight_functions(words, {"case_study": 1.0, ANSWERED: 1.5})
    filters = [f.get("filter") for f in functions]
    assert {"term": {"standing": ANSWERED}} in filters
    assert {"term": {"type": "case_study"}} not in filters
    assert functions[0]["exp"]["published_at"]["scale"] == compiler.RECENCY_SCALE


def test_autocomplete_and_related_bodies():
    body = compiler.compile_autocomplete(["care", "ho"], ("public",), 8)
    assert body["query"]["bool"]["must"][0]["match_bool_prefix"]["title.suggest"] == {
        "query": "care ho",
        "operator": "and",
    }
    assert body["size"] == 8 and body["_source"] == ["title", "url", "type"]
    related = compiler.compile_related(
        "knowledge", "cs-1", {"tags": ["falls"], "care_models": []}, ("public",), 4
    )
    should = related["query"]["bool"]["should"]
    assert should[0]["more_like_this"]["like"] == [{"_index": "knowledge", "_id": "cs-1"}]
    assert should[1:] == [{"terms": {"tags": ["falls"], "boost": 2.0}}]
    assert related["query"]["bool"]["must_not"] == [{"ids": {"values": ["cs-1"]}}]


def test_a_response_becomes_raw_results():
    response = {
        "hits": {
            "total": {"value": 3},
            "hits": [{"_score": 2.5, "_source": {"data": {"doc_id": "a"}, "body": "Text."}}],
        },
        "aggregations": {
            "facet_type": {"buckets": [{"key": "topic", "doc_count": 3}]},
            "within_region": {
                "doc_count": 3,
                "facet_outcome": {
                    "buckets": {"falls": {"doc_count": 1}, "admissions": {"doc_count": 2}}
                },
            },
        },
    }
    raw = results.search_results(response, ("type", "outcome", "tag"), complete=False)
    # The body is stored once, beside the document, and put back into it.
    assert [(h.data, h.score) for h in raw.hits] == [({"doc_id": "a", "body": "Text."}, 2.5)]
    assert raw.total == 3 and raw.complete is False
    assert raw.facets == {
        "type": {"topic": 3},
        "outcome": {"admissions": 2, "falls": 1},
        "tag": {},
    }


def test_the_body_is_stored_once():
    data = {
        "doc_id": "a",
        "type": "topic",
        "title": "Falls",
        "url": "/a/",
        "body": "Long text.",
        "published_at": "2024-01-01T00:00:00+00:00",
        "updated_at": "2024-01-01T00:00:00+00:00",
        "visibility": "public",
    }
    source = mapping.entry_source(data)
    assert source["body"] == "Long text." and "body" not in source["data"]
    assert mapping.document_of(source) == data


def test_every_word_is_a_named_filter_not_an_aggregation():
    body = compiler.compile_search(query(parsed("weekend", "pharmacist"), facets=("type",)))
    assert "complete" not in body["aggs"]
    named = [
        f["filter"]["bool"]["_name"]
        for f in body["query"]["function_score"]["functions"]
        if "_name" in f.get("filter", {}).get("bool", {})
    ]
    assert named == [compiler.EVERY_WORD]
    check = compiler.compile_every_word_check(
        query(parsed("weekend", "pharmacist"), filters={"region": ("london",)})
    )
    assert check["size"] == 0 and check["terminate_after"] == 1
    filters = check["query"]["bool"]["filter"]
    assert {"terms": {"regions": ["london"]}} in filters
    assert {"terms": {"visibility": ["public"]}} in filters


class FakeClient:
    """Answers the every-word check with `found` documents and counts the calls."""

    def __init__(self, found):
        self.found, self.calls = found, 0

    def search(self, index, body, **options):
        self.calls += 1
        return SimpleNamespace(body={"hits": {"total": {"value": self.found}, "hits": []}})


def page(total, *matched):
    return {"hits": {"total": {"value": total}, "hits": [{"matched_queries": m} for m in matched]}}


@pytest.mark.parametrize(
    ("words", "response", "found", "complete", "calls"),
    [
        (("weekend",), page(0), 0, False, 0),
        (("weekend",), page(5, []), 0, True, 0),
        (("weekend", "pharmacist"), page(0), 0, False, 0),
        (("weekend", "pharmacist"), page(30, [], [compiler.EVERY_WORD]), 0, True, 0),
        # The page holds every result and none has every word: no need to ask.
        (("weekend", "pharmacist"), page(2, [], []), 1, False, 0),
        # More results than the page: the engine is asked, once.
        (("weekend", "pharmacist"), page(30, [], []), 1, True, 1),
        (("weekend", "pharmacist"), page(30, [], []), 0, False, 1),
    ],
)
def test_whether_some_result_has_every_word(settings, words, response, found, complete, calls):
    settings.ELASTICSEARCH_COMPAT = ""
    backend = ElasticsearchBackend("http://127.0.0.1:9")
    backend.client = FakeClient(found)
    assert backend._complete(query(parsed(*words)), response) is complete
    assert backend.client.calls == calls


# -- one direction ---------------------------------------------------------------------------

CALLERS = {
    "search.service",
    "search.indexing",
    "search.engines",
    "search.views",
    "search.ranking",
    "search.facets",
    "search.signals",
}


def test_no_backend_imports_the_code_that_calls_it():
    """Any import, at module level or inside a function: the service, the indexing and the
    choice of backend sit above the backends, never below."""
    import ast
    from pathlib import Path

    import search.backends

    root = Path(search.backends.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        package = ["search", *path.relative_to(root.parent).parent.parts]
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                base = package[: len(package) - node.level + 1] if node.level else []
                module = ".".join([*base, *(node.module or "").split(".")]).strip(".")
                names = [f"{module}.{alias.name}" for alias in node.names] + [module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            found += [(path.name, name) for name in names if name in CALLERS]
    assert found == []
    assert len(list(root.rglob("*.py"))) >= 10  # the walk saw every module
