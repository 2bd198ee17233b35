"""Demo learning guides (learning_guides/demo_content.py), published through Wagtail's own
publish path so they reach the search index like any editor's work."""

import datetime

from accounts.models import User
from casestudies.models import CaseStudyPage
from taxonomy.models import CareModel, SupportArea

from .demo_content import GUIDES
from .models import (
    LearningGuideChapter,
    LearningGuideIndexPage,
    LearningGuidePage,
    LearningGuideRelatedCaseStudy,
)


def load(command):
    index = LearningGuideIndexPage.objects.first()
    if index is None:
        return
    # Written by the demo contributor, published by the demo editor, as the workflow intends.
    owner = User.objects.filter(email="contributor@demo.nhs.uk").first()
    editor = User.objects.filter(email="editor@demo.nhs.uk").first()
    existing = set(LearningGuidePage.objects.values_list("slug", flat=True))
    case_studies = dict(CaseStudyPage.objects.values_list("slug", "pk"))
    for spec in GUIDES:
        if spec["slug"] in existing:
            continue
        page = build(spec, case_studies, owner)
        index.add_child(instance=page)
        page.save_revision(user=owner).publish(user=editor)
        command.created(f"learning guide “{spec['title']}”")


def build(spec, case_studies, owner=None):
    """An unsaved guide from a demo spec; related case studies not loaded yet are left out."""
    page = LearningGuidePage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        audience=spec["audience"],
        first_published=_date(spec.get("first_published")),
        last_reviewed=_date(spec.get("last_reviewed")),
        next_review=_date(spec.get("next_review")),
        owner=owner,
    )
    page.care_models = list(CareModel.objects.filter(slug__in=spec["care_models"]))
    page.support_areas = list(SupportArea.objects.filter(slug__in=spec["support_areas"]))
    page.tags.add(*spec.get("tags", []))
    page.chapters = [
        LearningGuideChapter(title=chapter["title"], slug=chapter["slug"], body=chapter["body"])
        for chapter in spec["chapters"]
    ]
    page.related_case_study_links = [
        LearningGuideRelatedCaseStudy(case_study_id=case_studies[slug])
        for slug in spec.get("related_case_studies", [])
        if slug in case_studies
    ]
    return page


def _date(value):
    return datetime.date.fromisoformat(value) if value else None
