"""The database backend's in-memory facet bitmaps follow every change to the index.

A process keeps its bitmaps between searches, so these tests change the index between searches
the way other requests would (edits, deletions, bulk loads, transactions that roll back) and
check that the counts a reader sees are still exact.
"""

import pytest
from django.db import transaction
from django.http import QueryDict

from search import bitmaps, service
from search.backends import database
from tests.search_contract.corpus import EHCH, PACS, UEC, doc

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_backend(settings):
    settings.ELASTICSEARCH_URL = ""
    bitmaps.forget()
    yield database.database_backend()
    bitmaps.forget()


def search(**params):
    querydict = QueryDict(mutable=True)
    for key, value in params.items():
        querydict.setlist(key, value if isinstance(value, list) else [value])
    return service.run(service.read_request(querydict), ("public",))


def care_model_counts(**params):
    facet = next(f for f in search(**params).facets if f.name == "care_model")
    return {option.value: option.count for option in facet.options}


def case_study(doc_id, care_model, **fields):
    return doc(
        doc_id, f"Frailty at home {doc_id}", body="Frailty", care_models=[care_model], **fields
    )


def test_an_edit_moves_a_document_between_facet_values(database_backend, monkeypatch):
    database_backend.index([case_study("a", EHCH), case_study("b", EHCH)])
    assert care_model_counts(q="frailty") == {EHCH: 2}

    # From here on the process must follow by replaying the change log, not by reloading.
    monkeypatch.setattr(bitmaps, "_load", lambda *a: pytest.fail("reloaded everything"))
    database_backend.index([case_study("b", UEC)])
    assert care_model_counts(q="frailty") == {EHCH: 1, UEC: 1}
    assert care_model_counts() == {EHCH: 1, UEC: 1}
    assert search(care_model=UEC).total == 1


def test_a_deleted_document_leaves_counts_and_totals(database_backend):
    database_backend.index([case_study("a", EHCH), case_study("b", PACS)])
    assert search().total == 2
    database_backend.delete(["b"])
    assert care_model_counts() == {EHCH: 1}
    assert search(care_model=PACS).total == 0
    assert search(q="frailty").total == 1


def test_a_document_that_becomes_private_stops_being_counted(database_backend):
    database_backend.index([case_study("a", EHCH), case_study("b", EHCH)])
    assert care_model_counts() == {EHCH: 2}
    database_backend.index([case_study("b", EHCH, visibility="community:4")])
    assert care_model_counts() == {EHCH: 1}
    assert search(q="frailty").total == 1


def test_a_rolled_back_change_is_not_counted(database_backend):
    database_backend.index([case_study("a", EHCH)])
    assert search().total == 1
    with pytest.raises(RuntimeError), transaction.atomic():
        database_backend.index([case_study("b", PACS)])
        assert care_model_counts() == {EHCH: 1, PACS: 1}  # seen inside its own transaction
        raise RuntimeError
    assert care_model_counts() == {EHCH: 1}


def test_a_new_history_after_a_rollback_is_not_mistaken_for_the_old_one(database_backend):
    # Same revision numbers, different changes: the snapshot's token tells them apart.
    database_backend.index([case_study("a", EHCH)])
    with pytest.raises(RuntimeError), transaction.atomic():
        database_backend.index([case_study("b", PACS)])
        database_backend.index([case_study("c", PACS)])
        assert care_model_counts() == {EHCH: 1, PACS: 2}
        raise RuntimeError
    database_backend.index([case_study("d", UEC)])
    database_backend.index([case_study("e", UEC)])
    assert care_model_counts() == {EHCH: 1, UEC: 2}


def test_a_bulk_load_is_picked_up_whole(database_backend, monkeypatch):
    database_backend.index([case_study("a", EHCH)])
    assert search().total == 1
    monkeypatch.setattr(bitmaps, "BULK_WRITE", 2)
    database_backend.index([case_study(f"bulk{n}", UEC) for n in range(5)])
    assert care_model_counts() == {EHCH: 1, UEC: 5}


def test_a_process_far_behind_reloads_instead_of_replaying(database_backend, monkeypatch):
    database_backend.index([case_study("a", EHCH)])
    assert search().total == 1
    monkeypatch.setattr(bitmaps, "KEEP_REVISIONS", 2)
    for n in range(4):
        database_backend.index([case_study(f"later{n}", PACS)])
    assert care_model_counts() == {EHCH: 1, PACS: 4}


def test_clearing_the_index_empties_every_count(database_backend):
    database_backend.index([case_study("a", EHCH)])
    assert search().total == 1
    database_backend.clear()
    assert search().total == 0
    assert care_model_counts() == {}


def newest_ids(**params):
    return [hit.doc_id for hit in search(sort="newest", per_page="50", **params).hits]


def test_newest_first_follows_edits_without_sorting_everything_again(database_backend, monkeypatch):
    # Few documents per recency band, so edits move documents between bands.
    monkeypatch.setattr(bitmaps, "RECENCY_BANDS", 3)
    database_backend.index(
        [case_study(f"d{n}", EHCH, year=2015 + n) for n in range(9)]  # d8 newest
    )
    assert newest_ids() == [f"d{n}" for n in range(8, -1, -1)]
    assert newest_ids(q="frailty") == [f"d{n}" for n in range(8, -1, -1)]

    monkeypatch.setattr(bitmaps, "_load", lambda *a: pytest.fail("reloaded everything"))
    database_backend.index(
        [
            case_study("d1", EHCH, year=2030),  # oldest becomes newest
            case_study("d7", EHCH, year=2010),  # second newest becomes oldest
            case_study("new", EHCH, year=2019),  # between d4 (2019, earlier) and d5
        ]
    )
    database_backend.delete(["d4"])
    expected = ["d1", "d8", "d6", "d5", "new", "d3", "d2", "d0", "d7"]
    assert newest_ids() == expected
    assert newest_ids(q="frailty") == expected
    assert newest_ids(care_model=EHCH) == expected


def test_a_kept_full_text_scan_follows_changes_to_the_text(database_backend, monkeypatch):
    database_backend.index([case_study("a", EHCH), case_study("b", EHCH)])
    assert {hit.doc_id for hit in search(q="frailty").hits} == {"a", "b"}
    assert search(q="frailty").total == 2  # the scan kept with the snapshot answers

    monkeypatch.setattr(bitmaps, "_load", lambda *a: pytest.fail("reloaded everything"))
    database_backend.index(
        [
            doc("b", "Falls at home", body="Falls", care_models=[EHCH]),
            doc("c", "Frailty in Wirral", body="Frailty", care_models=[UEC]),
        ]
    )
    assert {hit.doc_id for hit in search(q="frailty").hits} == {"a", "c"}
    assert care_model_counts(q="frailty") == {EHCH: 1, UEC: 1}
    assert search(q="falls").total == 1
