"""Changes reach every backend through the real indexing path: the database index in the same
transaction, a PendingChange row, then sync_pending for Elasticsearch."""

from dataclasses import replace

from search import indexing
from search.models import PendingChange

from .corpus import C2


def _apply(contract, documents=(), remove=()):
    indexing._apply(list(documents), list(remove))
    if contract.name != "database":
        assert PendingChange.objects.count() == len(documents) + len(remove)
        assert indexing.sync_pending() == (len(documents) + len(remove), 0)
    contract.settle()


def _by_id(contract, doc_id):
    return next(d for d in contract.corpus if d.doc_id == doc_id)


def test_a_deleted_document_leaves_the_index(contract):
    assert contract.ids(contract.search(q="sensors")) == ["cs-falls"]
    _apply(contract, remove=["cs-falls"])
    results = contract.search(q="sensors")
    assert results.total == 0
    assert contract.search(per_page=50).total == 13
    assert contract.autocomplete("falls prev") == []
    evidence = next(f for f in contract.search().facets if f.name == "evidence")
    assert "monitored" not in [o.value for o in evidence.options]  # it was the only one


def test_a_hidden_document_leaves_public_results(contract):
    hidden = replace(_by_id(contract, "cs-scale"), visibility=C2, community="2")
    _apply(contract, documents=[hidden])
    assert contract.search(q="general practice").total == 0
    assert "cs-scale" not in contract.ids(contract.search(per_page=50))
    assert contract.autocomplete("primary care") == []
    assert contract.ids(contract.search(q="general practice", visibility=("public", C2))) == [
        "cs-scale"
    ]


def test_an_unpublished_document_leaves_and_comes_back(contract):
    _apply(contract, remove=["recent-new"])
    assert contract.ids(contract.search(q="social prescribing")) == ["recent-old"]
    _apply(contract, documents=[_by_id(contract, "recent-new")])
    assert contract.ids(contract.search(q="social prescribing")) == ["recent-new", "recent-old"]


def test_an_edit_replaces_the_document(contract):
    edited = replace(_by_id(contract, "cs-streaming"), title="Streaming by a senior nurse")
    _apply(contract, documents=[edited])
    # The only document with both words (best match and an engine's fuzziness may add more).
    assert contract.ids(contract.search(q="senior nurse"))[0] == "cs-streaming"
    assert contract.search(q="front door").total == 0
    assert contract.search(per_page=50).total == 14


def test_removing_a_document_twice_is_harmless(contract):
    _apply(contract, remove=["xss"])
    _apply(contract, remove=["xss"])
    _apply(contract, remove=["never-indexed"])
    assert contract.search(per_page=50).total == 13
