"""Publishing a guide puts it in the knowledge search and the guide listing; unpublishing,
deleting or a draft keeps it out."""

import datetime

import pytest
from django.test import Client

from learning_guides.documents import LearningGuideAdapter
from search.registry import adapter_for_instance

from .factories import make_guide, words

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client()


CHAPTERS = [
    {"title": "Agreeing the form", "body": [("text", "<p>The zephyr transfer form.</p>")]},
    {"title": "Training staff", "body": [("key_actions", ["Train every night shift"])]},
]


def found(client, url):
    return "Red Bag guide</a>" in client.get(url).content.decode().replace("<mark>", "").replace(
        "</mark>", ""
    )


def test_a_published_guide_is_found_by_its_chapter_text_and_listed(client, index):
    make_guide(index, title="Red Bag guide", chapters=CHAPTERS)
    assert found(client, "/search/?q=zephyr")
    assert found(client, "/search/?q=night+shift&type=learning_guide")
    assert found(client, "/guides/")
    assert found(client, "/guides/?q=zephyr")


def test_unpublishing_or_deleting_a_guide_takes_it_out_of_search_and_the_listing(client, index):
    guide = make_guide(index, title="Red Bag guide", chapters=CHAPTERS)
    guide.unpublish()
    assert not found(client, "/search/?q=zephyr")
    assert not found(client, "/guides/")
    guide.save_revision().publish()
    assert found(client, "/guides/")
    guide.delete()
    assert not found(client, "/search/?q=zephyr")


def test_a_draft_guide_is_not_indexed(client, index):
    make_guide(index, title="Red Bag guide", chapters=CHAPTERS, publish=False)
    assert not found(client, "/search/?q=zephyr")
    assert not found(client, "/guides/")


def test_unpublished_changes_are_not_searchable_until_published(client, index):
    guide = make_guide(index, title="Red Bag guide", chapters=CHAPTERS)
    guide.chapters.first().body = [("text", "<p>A quokka appears.</p>")]
    guide.save_revision()
    assert not found(client, "/search/?q=quokka")
    assert found(client, "/search/?q=zephyr")


def test_guide_document_carries_every_chapter_and_the_reading_time(index):
    guide = make_guide(
        index,
        title="Red Bag guide",
        chapters=[*CHAPTERS, {"title": "Long", "body": [("text", words(500))]}],
        care_models=["enhanced-health-in-care-homes", "multispecialty-community-providers"],
        support_areas=["workforce-redesign"],
        tags=["Care Homes"],
        first_published=datetime.date(2018, 3, 1),
    )
    adapter = adapter_for_instance(guide)
    assert isinstance(adapter, LearningGuideAdapter)
    [document] = adapter.documents(guide)
    assert document.doc_id == f"learning_guide:{guide.pk}"
    assert document.type == "learning_guide"
    assert document.type_label == "Learning guide"
    assert document.url == guide.url
    assert "zephyr transfer form" in document.body
    assert "Train every night shift" in document.body
    assert "Training staff" in document.body
    assert sorted(document.care_models) == [
        "enhanced-health-in-care-homes",
        "multispecialty-community-providers",
    ]
    assert document.support_areas == ["workforce-redesign"]
    assert document.tags == ["care homes"]
    assert document.vanguards == [] and document.regions == [] and document.evidence_level == ""
    assert document.year == "2018"
    assert document.extra == {"chapters": 3, "reading_minutes": 5}


def test_every_live_guide_is_in_the_adapters_queryset_for_rebuilds(index):
    live = make_guide(index)
    make_guide(index, publish=False)
    assert list(LearningGuideAdapter().queryset()) == [live]
