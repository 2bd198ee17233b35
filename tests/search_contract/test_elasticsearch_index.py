"""The Elasticsearch index layout and its rebuild: alias -> one timestamped index, swapped in one
call, old index deleted, changes during a rebuild kept and applied. Engines only."""

import pytest
from django.http import QueryDict

from search import engines, indexing, service
from search.backends.base import BackendUnavailable
from search.backends.elasticsearch import IndexMissing, RebuildInProgress
from search.models import PendingChange

from .corpus import build_corpus


@pytest.fixture
def engine(engine_contract):
    return engine_contract.engine


@pytest.fixture
def contract(engine_contract):
    """Engines only in this module (the database index has no alias or rebuild to swap)."""
    return engine_contract


def _concrete(engine):
    found = engine.admin.indices.get(index=f"{engine.alias}-*")
    return sorted(found.body)


def test_the_alias_points_at_one_timestamped_index(engine, settings):
    assert engine.alias == f"{settings.SEARCH_INDEX_PREFIX}knowledge"
    aliases = engine.indices.aliases()
    assert list(aliases) == [engine.alias]
    [index] = aliases[engine.alias]
    assert index.startswith(f"{engine.alias}-20")
    assert _concrete(engine) == [index]
    mapping = engine.admin.indices.get_mapping(index=index).body[index]["mappings"]["properties"]
    assert mapping["data"] == {"type": "object", "enabled": False}
    assert mapping["title"]["fields"]["suggest"]["index_prefixes"]["min_chars"] == 1
    assert mapping["care_models"]["type"] == "keyword"


def test_a_rebuild_swaps_the_alias_and_deletes_the_old_index(engine, contract):
    [old] = _concrete(engine)
    seen = []
    summary = indexing.rebuild_engine(progress=lambda done, total: seen.append((done, total)))
    assert summary["documents"] == len(contract.corpus)
    assert seen[0] == (0, len(contract.corpus))
    assert seen[-1] == (len(contract.corpus), len(contract.corpus))
    assert _concrete(engine) == [summary["index"]] != [old]
    assert engine.indices.aliases() == {engine.alias: [summary["index"]]}
    assert engine.count() == len(contract.corpus)
    assert contract.search(q="sensors").total == 1


def test_changes_during_a_rebuild_wait_and_are_applied_after_the_swap(engine, contract):
    loaded = []

    def progress(done, total):
        # Mid-load, an editor publishes: the row must survive the sync that runs then.
        if done == total and not loaded:
            loaded.append(True)
            changed = build_corpus()[0]
            changed.title = "Enhanced health in care homes: the second year"
            indexing._apply([changed], ["cs-mdt"])
            assert indexing.sync_pending() == (0, 2)
            assert PendingChange.objects.count() == 2

    summary = indexing.rebuild_engine(progress=progress)
    assert summary["applied"] == 2
    assert PendingChange.objects.count() == 0
    contract.settle()
    assert contract.ids(contract.search(q="second year"))[0] == "cs-sutton"
    assert "cs-mdt" not in contract.ids(contract.search(q="MDT meetings", per_page=50))


def test_writes_wait_while_a_rebuild_is_loading(engine):
    engine.indices.create(f"{engine.alias}-29990101000000000000", loading=True)
    engine.indices.aliases()  # both aliases exist now
    # A marker dated in the future counts as running; writes refuse without failing the engine.
    with pytest.raises(RebuildInProgress) as error:
        engine.index([build_corpus()[0]])
    assert error.value.engine_healthy
    with pytest.raises(RebuildInProgress):
        indexing.rebuild_engine()


def test_a_crashed_rebuild_is_cleaned_up_by_the_next(engine):
    abandoned = f"{engine.alias}-20000101000000000000"
    engine.indices.create(abandoned, loading=True)
    engine.index([build_corpus()[0]])  # stale marker: writes go on
    summary = indexing.rebuild_engine()
    assert _concrete(engine) == [summary["index"]]
    assert abandoned not in _concrete(engine)


def test_an_engine_without_an_index_says_so(engine):
    engine.clear()
    assert engine.ping().startswith("no index")
    with pytest.raises(IndexMissing):
        engine.index([build_corpus()[0]])
    with pytest.raises(IndexMissing):
        engine.count()
    status = engine.status()
    assert status["available"] and status["indices"] == []


def test_a_search_on_a_missing_index_falls_back_to_the_database(engine):
    engine.clear()
    answer = service.run(service.read_request(QueryDict("q=sensors")), ("public",))
    assert answer.backend == "database"
    assert answer.notice == engines.FALLBACK_NOTICE
    assert [h.doc_id for h in answer.hits] == ["cs-falls"]
    assert engines.is_marked_unavailable()


def test_refused_documents_keep_their_changes_pending(engine, monkeypatch):
    from elasticsearch import helpers

    def refuse(*args, **kwargs):
        return 0, [{"index": {"_id": "x", "status": 400, "error": {"type": "mapper_parsing"}}}]

    monkeypatch.setattr(helpers, "bulk", refuse)
    with pytest.raises(BackendUnavailable, match="1 of 1 changes refused"):
        engine.index([build_corpus()[0]])
