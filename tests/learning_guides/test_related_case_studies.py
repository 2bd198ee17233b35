"""A guide links the editor's chosen case studies, then ones sharing its care model and
support area; never a draft, an unpublished or a private case study."""

import datetime

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from tests.casestudies.factories import make_case_study

from .factories import make_guide

pytestmark = pytest.mark.django_db

EHCH = "enhanced-health-in-care-homes"
PACS = "integrated-primary-acute-care-systems"
WORKFORCE = "workforce-redesign"
EVALUATION = "evaluation-and-metrics"


@pytest.fixture
def case_studies(site_tree):
    from casestudies.models import CaseStudyIndexPage

    return CaseStudyIndexPage.objects.get()


def case_study(index, title, care_models=(EHCH,), support_areas=(WORKFORCE,), year=2017, **kw):
    return make_case_study(
        index,
        title=title,
        care_models=care_models,
        support_areas=support_areas,
        first_published=datetime.date(year, 1, 1),
        **kw,
    )


def related_titles(guide):
    care_models, support_areas, _ = guide.labels()
    return [cs.title for cs in guide.related_case_studies(care_models, support_areas)]


def test_editors_picks_come_first_in_their_order_then_matching_ones_newest_first(
    index, case_studies
):
    older = case_study(case_studies, "Matching, older", year=2016)
    newer = case_study(case_studies, "Matching, newer", year=2018)
    pick_a = case_study(case_studies, "Pick A", care_models=(PACS,), support_areas=(EVALUATION,))
    pick_b = case_study(case_studies, "Pick B", care_models=(PACS,), support_areas=(EVALUATION,))
    guide = make_guide(index, related=[pick_b, pick_a])
    assert related_titles(guide) == ["Pick B", "Pick A", newer.title, older.title]


def test_automatic_ones_share_a_care_model_and_a_support_area(index, case_studies):
    case_study(case_studies, "Both", care_models=(EHCH, PACS), support_areas=(WORKFORCE,))
    case_study(case_studies, "Care model only", support_areas=(EVALUATION,))
    case_study(case_studies, "Support area only", care_models=(PACS,))
    guide = make_guide(index, care_models=[EHCH], support_areas=[WORKFORCE])
    assert related_titles(guide) == ["Both"]


def test_at_most_four_and_a_pick_that_also_matches_appears_once(index, case_studies):
    matching = [case_study(case_studies, f"Matching {n}", year=2010 + n) for n in range(6)]
    guide = make_guide(index, related=[matching[0]])
    titles = related_titles(guide)
    assert titles == ["Matching 0", "Matching 5", "Matching 4", "Matching 3"]


def test_drafts_unpublished_and_private_case_studies_never_appear(index, case_studies):
    # Created and saved as a draft, never published: only a draft revision exists.
    draft = case_study(case_studies, "Draft only", publish=False, live=False)
    withdrawn = case_study(case_studies, "Withdrawn")
    withdrawn.unpublish()
    private = case_study(case_studies, "Private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    shown = case_study(case_studies, "Published")
    guide = make_guide(index, related=[draft, withdrawn, private])
    assert related_titles(guide) == ["Published"]
    html = Client().get(guide.url).content.decode()
    assert "Published" in html
    for title in ["Draft only", "Withdrawn", "Private"]:
        assert title not in html
    assert shown.url in html


def test_unpublished_changes_to_a_case_study_are_not_shown(index, case_studies):
    live = case_study(case_studies, "Live title")
    live.title = "Draft title"
    live.save_revision()
    guide = make_guide(index, related=[live])
    html = Client().get(guide.url).content.decode()
    assert "Live title" in html
    assert "Draft title" not in html


def test_related_case_studies_appear_on_the_overview_and_single_page_view(index, case_studies):
    pick = case_study(
        case_studies, "The Red Bag pathway", lead="sutton-homes-of-care", summary="Bags travel."
    )
    guide = make_guide(index, related=[pick])
    client = Client()
    for url in [guide.url, guide.url + "all/"]:
        html = client.get(url).content.decode()
        assert "Related case studies" in html
        assert f'<a href="{pick.url}">The Red Bag pathway</a>' in html
        assert "Sutton Homes of Care" in html
        assert "Bags travel." in html


def test_finding_related_case_studies_costs_two_queries_however_many(
    index, case_studies, django_assert_num_queries
):
    picks = [case_study(case_studies, f"Pick {n}", care_models=(PACS,)) for n in range(3)]
    for n in range(5):
        case_study(case_studies, f"Matching {n}")
    guide = make_guide(index, related=picks)
    care_models, support_areas, _ = guide.labels()
    with django_assert_num_queries(2):  # the guide's picks, then the case studies
        related = guide.related_case_studies(care_models, support_areas)
    with django_assert_num_queries(0):
        assert [cs.url for cs in related]
