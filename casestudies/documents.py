"""Case studies as knowledge documents for the search index."""

import datetime

from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.rich_text import get_text_for_indexing

from search.documents import KnowledgeDocument
from search.registry import Adapter

from . import outcomes
from .models import CaseStudyPage


def rich_text(value):
    return get_text_for_indexing(value or "")


def as_datetime(day, fallback):
    if day is None:
        return fallback or timezone.now()
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))


class CaseStudyAdapter(Adapter):
    type = "case_study"
    model = CaseStudyPage

    def queryset(self):
        return (
            CaseStudyPage.objects.live()
            .public()
            .select_related("lead_vanguard", "region")
            .prefetch_related(
                "care_models",
                "support_areas",
                "tagged_items__tag",
                "outcomes__category",
                "partners",
                "adoptions__vanguard",
            )
        )

    def documents(self, page):
        if not page.live or page.get_view_restrictions().exists():
            return []
        story = page.what_was_done.stream_block.get_searchable_content(page.what_was_done)
        rows = list(page.outcomes.all())
        outcome_text = [
            " ".join(
                filter(
                    None,
                    [
                        o.category.name if o.category_id else "",
                        o.measure,
                        o.population,
                        o.comparison_group,
                        o.context,
                        o.period,
                        o.source,
                    ],
                )
            )
            for o in rows
        ]
        adoptions = [a.adopter_name for a in page.adoptions.all()]
        body = "\n".join(
            filter(
                None,
                [
                    rich_text(page.problem),
                    strip_tags(" ".join(story)),
                    *outcome_text,
                    rich_text(page.evaluation_method),
                    rich_text(page.costs),
                    rich_text(page.advice),
                    " ".join(p.name for p in page.partners.all()),
                    " ".join(adoptions),
                ],
            )
        )
        published = as_datetime(page.first_published, page.first_published_at)
        return [
            KnowledgeDocument(
                doc_id=self.doc_id(page),
                type=self.type,
                title=page.title,
                url=page.get_url() or page.url_path,
                published_at=published,
                updated_at=page.last_published_at or published,
                summary=page.summary,
                body=body,
                care_models=[c.slug for c in page.care_models.all()],
                support_areas=[s.slug for s in page.support_areas.all()],
                vanguards=[page.lead_vanguard.slug] if page.lead_vanguard_id else [],
                regions=[page.region.slug] if page.region_id else [],
                tags=[t.tag.name for t in page.tagged_items.all()],
                evidence_level=page.evidence_level,
                outcomes=[outcomes.index_row(o) for o in rows],
                extra={
                    "lead_vanguard": page.lead_vanguard.name
                    if page.lead_vanguard_id
                    else next((p.name for p in page.partners.all()), ""),
                    "adopted_by": adoptions,
                    "due_for_review": page.due_for_review,
                },
            )
        ]
