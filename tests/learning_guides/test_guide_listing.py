"""What is particular to the guide listing. How it filters, counts, sorts and pages is tested
once for every listing, in tests/listings/test_listing_behaviour.py."""

import pytest
from django.test import Client

from casestudies.models import CaseStudyIndexPage
from learning_guides.models import LearningGuideIndexPage
from tests.casestudies.factories import make_case_study

from .factories import make_guide

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client()


def test_guide_listing_is_in_the_menu_with_its_lead(client, site_tree):
    index = LearningGuideIndexPage.objects.get()
    assert index.url == "/guides/"
    html = client.get("/").content.decode()
    assert '<a class="nhsuk-header__navigation-link" href="/guides/">Learning guides</a>' in html
    assert index.lead in client.get("/guides/").content.decode()


def test_guide_listing_counts_guides_and_links_each_to_its_overview(client, index):
    guide = make_guide(index, title="Adopting the Red Bag")
    html = client.get("/guides/").content.decode()
    assert "<strong>1</strong> guide" in html
    assert f'<a href="{guide.url}">Adopting the Red Bag</a>' in html
    assert "Learning guide ·" in html
    make_guide(index)
    assert "<strong>2</strong> guides" in client.get("/guides/").content.decode()


def test_each_listing_shows_only_its_own_type(client, index):
    make_guide(index, title="A guide to care homes")
    make_case_study(CaseStudyIndexPage.objects.get(), title="A case study of care homes")
    guides = client.get("/guides/").content.decode()
    case_studies = client.get("/case-studies/").content.decode()
    assert "A guide to care homes" in guides and "A case study of care homes" not in guides
    assert (
        "A case study of care homes" in case_studies and "A guide to care homes" not in case_studies
    )
    assert 'name="type"' not in guides  # the type is fixed, so it is not offered as a filter
