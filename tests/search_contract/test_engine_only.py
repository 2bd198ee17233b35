"""What only a real engine does, held to on the bundled OpenSearch node (and on an outside
cluster when ELASTICSEARCH_URL names one). The database backend has its own stemmers and
snippets; these are the engine's: its English analyser, the edge n-grams behind autocomplete,
BM25 over boosted fields. (Snippets are whole sentences chosen by search.snippets, the same on
every backend, so the engine's highlighter is no longer asked.)"""

import pytest


@pytest.fixture
def engine(engine_contract):
    return engine_contract.engine


def test_the_english_analyser_stems_as_lucene_does(engine):
    tokens = engine.admin.indices.analyze(
        index=engine.alias, analyzer="english", text="Evaluating the evaluations"
    )["tokens"]
    # Porter stemming (and "the" dropped as a stop word): both forms are one term.
    assert [t["token"] for t in tokens] == ["evalu", "evalu"]


def test_the_index_maps_text_for_the_engine_features_it_uses(engine):
    [index] = engine.indices.aliases()[engine.alias]
    mapping = engine.admin.indices.get_mapping(index=index).body[index]["mappings"]
    fields = mapping["properties"]
    for name in ("title", "summary", "body"):
        assert fields[name]["analyzer"] == "english"
    # Autocomplete's field indexes edge n-grams of the title's words (…._index_prefix).
    suggest = fields["title"]["fields"]["suggest"]
    assert suggest["index_prefixes"] == {"min_chars": 1, "max_chars": 10}
    settings = engine.admin.indices.get_settings(index=index).body[index]["settings"]["index"]
    assert (settings["number_of_shards"], settings["number_of_replicas"]) == ("1", "0")


def test_autocomplete_completes_the_last_word_from_its_first_letters(engine_contract):
    titles = [t for t, _url, _type in engine_contract.autocomplete("falls prev")]
    assert titles == ["Falls prevention for care home residents"]
    assert engine_contract.autocomplete("falls zzz") == []


def test_bm25_weighs_a_title_match_above_the_same_word_in_the_body(engine, engine_contract):
    hits = engine_contract.search(q="hospital discharge").hits
    by_id = {hit.doc_id: hit.score for hit in hits}
    # Same words, title (x4) against body (x1): the engine's BM25 scores differ by far more
    # than the recency factor could.
    assert by_id["rank-title"] > 2 * by_id["rank-body"]


def test_the_engine_finds_other_forms_and_the_snippet_marks_them(engine_contract):
    hit = engine_contract.search(q="sensor").hits[0]
    assert hit.doc_id == "cs-falls"
    # The engine's analyser matched "Sensors" for "sensor"; the snippet marks that form.
    assert "<mark>Sensors</mark>" in str(hit.snippet_html)


def facet_counts(results):
    return {f.name: {o.value: o.count for o in f.options} for f in results.facets}


def count_requests(engine, monkeypatch):
    sent = []
    search = engine._search
    monkeypatch.setattr(engine, "_search", lambda body: sent.append(body) or search(body))
    return sent


SELECTED = {"q": "care", "care_model": "enhanced-health-in-care-homes"}


def test_facets_counted_together_and_one_by_one_agree(engine, engine_contract, monkeypatch):
    from search.backends.elasticsearch import compiler

    sent = count_requests(engine, monkeypatch)
    together = facet_counts(engine_contract.search(**SELECTED))
    assert len(sent) == 1 and "facets" in str(sent[0]["aggs"])
    # More values than one aggregation may return: the engine is asked again, one facet at a
    # time, and the counts are the same.
    monkeypatch.setattr(compiler, "FACET_BUCKETS", 2)
    sent.clear()
    one_by_one = facet_counts(engine_contract.search(**SELECTED))
    assert len(sent) == 2 and "facet_values" not in str(sent[1]["aggs"])
    assert one_by_one == together
    assert sum(len(counts) for counts in together.values()) > 2


def test_an_index_built_before_facet_values_still_counts_its_facets(
    engine, engine_contract, monkeypatch
):
    from search import indexing
    from search.backends.elasticsearch import index as lifecycle
    from search.backends.elasticsearch import mapping

    expected = facet_counts(engine_contract.search(**SELECTED))
    # The mapping and documents as they were before the field existed.
    old_mapping = mapping.mapping()
    del old_mapping["properties"]["facet_values"]
    monkeypatch.setattr(lifecycle, "mapping", lambda: old_mapping)
    monkeypatch.setattr(
        lifecycle,
        "entry_source",
        lambda data: {k: v for k, v in mapping.entry_source(data).items() if k != "facet_values"},
    )
    indexing.rebuild_engine()
    engine.refresh()
    sent = count_requests(engine, monkeypatch)
    assert facet_counts(engine_contract.search(**SELECTED)) == expected
    assert len(sent) == 2  # the first answer showed an index without the field
    sent.clear()
    assert facet_counts(engine_contract.search(**SELECTED)) == expected
    assert len(sent) == 1 and "facet_values" not in str(sent[0]["aggs"])
    # Rebuilt with today's mapping: counted together again.
    monkeypatch.undo()
    indexing.rebuild_engine()
    engine.refresh()
    sent = count_requests(engine, monkeypatch)
    engine_contract.search(**SELECTED)  # answered by the new index: it is checked
    assert facet_counts(engine_contract.search(**SELECTED)) == expected
    assert "facet_values" in str(sent[-1]["aggs"])
