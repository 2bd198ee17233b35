"""The demo guides load once, published and searchable; loading again changes nothing."""

import pytest
from django.test import Client

from casestudies.models import CaseStudyIndexPage
from home import demo as demo_steps
from home.demo import guides as demo
from learning_guides.models import LearningGuidePage
from taxonomy.models import CareModel, SupportArea
from tests.casestudies.factories import make_case_study
from tests.conftest import QuietCommand

pytestmark = pytest.mark.django_db

GUIDES = [
    {**guide.meta, "chapters": [{"slug": slug} for slug, _title, _ in demo.chapters(guide)]}
    for guide in demo.specs()
]


def snapshot():
    return sorted(
        LearningGuidePage.objects.values_list("url_path", "latest_revision_id", "reading_minutes")
    )


def test_demo_content_names_known_care_models_and_support_areas_and_distinct_chapters(db):
    care_models = set(CareModel.objects.values_list("slug", flat=True))
    support_areas = set(SupportArea.objects.values_list("slug", flat=True))
    assert len(GUIDES) >= 6
    assert len({spec["slug"] for spec in GUIDES}) == len(GUIDES)
    for spec in GUIDES:
        assert spec["care_models"] and set(spec["care_models"]) <= care_models, spec["slug"]
        assert spec["support_areas"] and set(spec["support_areas"]) <= support_areas, spec["slug"]
        slugs = [chapter["slug"] for chapter in spec["chapters"]]
        assert len(slugs) >= 3 and len(set(slugs)) == len(slugs), spec["slug"]


def test_loader_publishes_every_demo_guide_with_its_chapters(site_tree):
    demo.load(QuietCommand())
    guides = LearningGuidePage.objects.live()
    assert guides.count() == len(GUIDES)
    for guide in guides:
        assert guide.chapters.count() >= 3
        assert guide.reading_minutes >= 3
        assert not guide.has_unpublished_changes
    client = Client()
    assert f"<strong>{len(GUIDES)}</strong> guides" in client.get("/guides/").content.decode()
    for spec in GUIDES:
        url = f"/guides/{spec['slug']}/"
        assert client.get(url).status_code == 200
        assert client.get(url + spec["chapters"][-1]["slug"] + "/").status_code == 200
        html = client.get(url + "all/").content.decode()
        for chapter in spec["chapters"]:
            assert f'id="{chapter["slug"]}"' in html


def test_running_the_loader_twice_changes_nothing(site_tree):
    command = QuietCommand()
    demo.load(command)
    first = snapshot()
    again = QuietCommand()
    demo.load(again)
    assert snapshot() == first
    assert again.stdout._out.getvalue() == ""


def test_related_case_studies_are_linked_by_slug_when_loaded_and_skipped_when_not(site_tree):
    red_bag = make_case_study(CaseStudyIndexPage.objects.get(), title="The Red Bag")
    type(red_bag).objects.filter(pk=red_bag.pk).update(slug="red-bag-hospital-transfer-pathway")
    demo.load(QuietCommand())
    guide = LearningGuidePage.objects.get(slug="adopting-the-red-bag-pathway")
    assert [link.case_study_id for link in guide.related_case_study_links.all()] == [red_bag.pk]


def test_demo_guides_load_after_the_case_studies_they_link_to():
    steps = demo_steps.STEPS
    assert steps.index(demo.load) > steps.index(demo_steps.users.load)
    assert steps.index(demo.load) > steps.index(demo_steps.casestudies.load)
