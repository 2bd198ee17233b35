"""Guides for other parts of the site, each answer in one query."""

from dataclasses import dataclass

from django.db.models import F
from wagtail.models import PageViewRestriction

from core import structure


def public(pages):
    """`pages` without those behind privacy settings; free while no page has any (the usual
    case), as Wagtail's own `.public()` costs a query every time."""
    if structure.cached("any-view-restrictions", PageViewRestriction.objects.exists):
        return pages.public()
    return pages


@dataclass(frozen=True)
class GuideSummary:
    title: str
    url: str
    summary: str
    reading_minutes: int


def guides_for_care_model(care_model, limit=6):
    """Live, public guides for a care model (instance or id), newest first, as GuideSummary."""
    from .models import LearningGuidePage

    care_model_id = getattr(care_model, "pk", care_model)
    guides = public(LearningGuidePage.objects.live().filter(care_models__id=care_model_id))
    guides = guides.order_by(F("first_published").desc(nulls_last=True), "title").only(
        "title", "url_path", "summary", "reading_minutes", "first_published"
    )
    return [
        GuideSummary(guide.title, guide.get_url() or "", guide.summary, guide.reading_minutes)
        for guide in guides[:limit]
    ]
