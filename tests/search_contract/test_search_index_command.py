"""`manage.py search_index rebuild|sync|status`."""

import io
import json
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count

from search import engines
from search.models import IndexedDocument, PendingChange
from tests.casestudies.factories import case_study_index, make_case_study


def run(*args):
    out = io.StringIO()
    call_command("search_index", *args, stdout=out)
    return out.getvalue()


def test_status_reports_both_indexes(contract):
    PendingChange.objects.create(doc_id="case_study:999")
    report = json.loads(run("status", "--json"))
    assert report["database"] == {
        "documents": 17,
        "types": {"case_study": 12, "learning_guide": 3, "topic": 2},
    }
    assert report["pending_changes"] == 1
    assert report["oldest_pending_seconds"] is not None
    text = run("status")
    assert "Pending changes: 1" in text
    if contract.name == "database":
        assert report["engine"] == "database"
        assert report["elasticsearch"] is None
        assert "Elasticsearch: not configured" in text
    else:
        assert report["engine"] == "elasticsearch"
        engine = report["elasticsearch"]
        assert engine["available"] is True
        assert engine["documents"] == 17
        assert engine["types"] == report["database"]["types"]
        assert f"alias {engine['alias']} -> {engine['indices'][0]}" in text
        assert re.search(r"case_study +12 +12\n", text)
        if contract.name == "opensearch":
            assert engine["server"]["product"] == "OpenSearch"
            assert f"(OpenSearch {engine['server']['version']}): answers" in text


def test_rebuild_repopulates_the_database_index_from_content(contract, site_tree):
    index = case_study_index(site_tree)
    make_case_study(index, title="Rebuilt from the pages")
    # The contract corpus is not content: a rebuild from the models leaves the page, and the
    # site tree's care-model hubs (5) and vanguard profiles (50, one per Vanguard snippet).
    output = run("rebuild")
    assert "Database index rebuilt: 56 documents" in output
    types = dict(IndexedDocument.objects.values_list("type").annotate(n=Count("id")))
    assert types == {"case_study": 1, "care_model": 5, "vanguard": 50}
    assert IndexedDocument.objects.get(type="case_study").title == "Rebuilt from the pages"
    if contract.name == "database":
        assert "Elasticsearch is not configured" in output
    else:
        assert f"Elasticsearch index {contract.engine.alias}-" in output
        assert contract.engine.count() == 56
    assert contract.ids(contract.search(q="rebuilt pages", type="case_study"))
    assert contract.search(q="rebuilt pages", type="case_study").total == 1


def test_rebuild_elasticsearch_only_needs_elasticsearch(contract):
    if contract.name == "database":
        with pytest.raises(CommandError, match="not configured"):
            run("rebuild", "--elasticsearch-only")
        return
    output = run("rebuild", "--elasticsearch-only")
    assert "17/17 documents" in output
    assert contract.engine.count() == 17


def test_sync_applies_pending_changes(contract):
    PendingChange.objects.create(doc_id="cs-falls")
    IndexedDocument.objects.filter(doc_id="cs-falls").delete()
    output = run("sync")
    if contract.name == "database":
        assert "the database index is updated with every change" in output
        return
    assert "Applied 1 pending changes; 0 still pending." in output
    contract.settle()
    assert contract.engine.count() == 16


def test_sync_rebuilds_an_engine_that_lost_its_index(engine_contract):
    contract = engine_contract
    contract.engine.clear()
    output = run("sync")
    assert "rebuilding it from the database index" in output
    assert contract.engine.count() == 17


def test_sync_fails_loudly_while_the_engine_is_down(engine_contract, settings):
    PendingChange.objects.create(doc_id="cs-falls")
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    with pytest.raises(CommandError, match="1 changes still wait"):
        run("sync")
    assert engines.is_marked_unavailable()
    assert PendingChange.objects.get().attempts == 1
