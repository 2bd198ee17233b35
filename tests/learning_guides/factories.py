"""Build learning guides for tests (through Wagtail's own publish, so indexing runs)."""

import datetime
import itertools

from learning_guides.models import (
    LearningGuideChapter,
    LearningGuideIndexPage,
    LearningGuidePage,
    LearningGuideRelatedCaseStudy,
)
from taxonomy.models import CareModel, SupportArea

_counter = itertools.count(1)

DEFAULT_CHAPTERS = (
    {"title": "Getting started", "body": [("text", "<p>Agree who leads the work.</p>")]},
    {"title": "Keeping it going", "body": [("text", "<p>Review it every quarter.</p>")]},
)


def guide_index(site_tree):
    return LearningGuideIndexPage.objects.get()


def words(n, word="care"):
    """A paragraph of `n` words."""
    return "<p>" + " ".join([word] * n) + "</p>"


def make_guide(
    index,
    *,
    chapters=DEFAULT_CHAPTERS,
    title=None,
    slug=None,
    summary="How to do it, step by step.",
    audience="Care home managers",
    care_models=("enhanced-health-in-care-homes",),
    support_areas=("workforce-redesign",),
    tags=(),
    related=(),
    first_published=datetime.date(2018, 3, 1),
    last_reviewed=None,
    next_review=None,
    publish=True,
    owner=None,
    **fields,
):
    """A guide under `index`. Each chapter is a dict with a title and optionally a slug and a
    body (a list of (block type, value)); `related` are case study pages the editor chose.
    With publish=False the guide is a draft that was never published."""
    n = next(_counter)
    page = LearningGuidePage(
        title=title or f"Guide {n}",
        slug=slug or f"guide-{n}",
        summary=summary,
        audience=audience,
        first_published=first_published,
        last_reviewed=last_reviewed,
        next_review=next_review,
        owner=owner,
        live=fields.pop("live", publish),
        **fields,
    )
    page.care_models = list(CareModel.objects.filter(slug__in=care_models))
    page.support_areas = list(SupportArea.objects.filter(slug__in=support_areas))
    for tag in tags:
        page.tags.add(tag)
    page.chapters = [
        LearningGuideChapter(
            title=chapter["title"],
            slug=chapter.get("slug", ""),
            body=chapter.get("body", [("text", "<p>Text.</p>")]),
        )
        for chapter in chapters
    ]
    page.related_case_study_links = [
        LearningGuideRelatedCaseStudy(case_study=case_study) for case_study in related
    ]
    index.add_child(instance=page)
    revision = page.save_revision(user=owner)
    if publish:
        revision.publish()
    return LearningGuidePage.objects.get(pk=page.pk)
