"""Care model hubs list their guides through learning_guides.queries, in one query."""

import datetime

import pytest

from learning_guides.queries import GuideSummary, guides_for_care_model
from taxonomy.models import CareModel

from .factories import make_guide, words

pytestmark = pytest.mark.django_db

EHCH = "enhanced-health-in-care-homes"


def test_lists_live_guides_of_the_care_model_newest_first(index, django_assert_max_num_queries):
    older = make_guide(index, title="Older", first_published=datetime.date(2016, 1, 1))
    newer = make_guide(
        index,
        title="Newer",
        summary="The newer one.",
        first_published=datetime.date(2018, 1, 1),
        chapters=[{"title": "Long", "body": [("text", words(700))]}],
    )
    make_guide(index, title="Draft", publish=False)
    make_guide(index, title="Other care model", care_models=["urgent-and-emergency-care"])
    care_model = CareModel.objects.get(slug=EHCH)
    guides_for_care_model(care_model)  # warm the site's root paths, as a running server has
    with django_assert_max_num_queries(1):
        guides = guides_for_care_model(care_model)
    assert guides == [
        GuideSummary("Newer", newer.url, "The newer one.", 4),
        GuideSummary("Older", older.url, older.summary, 2),  # two one-minute chapters
    ]


def test_takes_a_care_model_id_and_a_limit(index):
    for n in range(3):
        make_guide(index, title=f"Guide {n}")
    care_model = CareModel.objects.get(slug=EHCH)
    assert len(guides_for_care_model(care_model.pk, limit=2)) == 2
