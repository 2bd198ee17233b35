"""What the demo files become once loaded: rich text as Wagtail stores it, the demo's own images
and documents on the pages that use them, each stored once."""

import pytest
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from casestudies.models import CaseStudyPage
from home.demo import casestudies, guides, media
from tests.conftest import QuietCommand

pytestmark = pytest.mark.django_db


def test_case_studies_and_guides_carry_their_text_images_and_downloads(site_tree):
    casestudies.load(QuietCommand())
    guides.load(QuietCommand())
    red_bag = CaseStudyPage.objects.get(slug="red-bag-hospital-transfer-pathway")
    # Markdown wrapped in the file is one paragraph on the page, as the editor would store it.
    assert red_bag.problem.startswith("<p>When a care home resident has to go to hospital in an ")
    assert "\n" not in red_bag.problem
    assert [block.block_type for block in red_bag.what_was_done] == [
        "text",
        "image",
        "key_facts",
        "quote",
        "text",
    ]
    client = Client()
    html = client.get(red_bag.url).content.decode()
    assert "four stops: packed at the care home, with the ambulance crew" in html
    assert "Where the bag goes, and what it carries at each step." in html
    assert "Red Bag: a checklist for care homes" in html
    document = get_document_model().objects.get(title="Red Bag: a checklist for care homes")
    assert document.url in html
    assert client.get(document.url).status_code == 200

    guide = client.get("/guides/adopting-the-red-bag-pathway/").content.decode()
    assert document.url in guide
    # The checklist serves both pages: one document, one image per picture.
    assert get_document_model().objects.count() == 2
    assert get_image_model().objects.count() == 2


def test_a_demo_image_is_stored_once_however_often_it_is_asked_for(db):
    first = media.image("red-bag-journey.png")
    again = media.image("red-bag-journey.png")
    assert first.pk == again.pk
    assert (first.width, first.height) == (1240, 420)
    assert first.file_size > 0 and first.file_hash


def test_a_missing_demo_file_is_named(db):
    with pytest.raises(media.DemoFileError, match=r"images/no-such\.png: no such demo file"):
        media.image("no-such.png")
