"""Learning guides as knowledge documents for the search index: one per guide, all chapters."""

from casestudies.documents import as_datetime
from search.documents import KnowledgeDocument
from search.registry import Adapter

from . import chapters as chapter_text
from .models import LearningGuidePage


class LearningGuideAdapter(Adapter):
    type = "learning_guide"
    model = LearningGuidePage

    def queryset(self):
        return (
            LearningGuidePage.objects.live()
            .public()
            .prefetch_related("care_models", "support_areas", "tagged_items__tag", "chapters")
        )

    def documents(self, page):
        if not page.live or page.get_view_restrictions().exists():
            return []
        chapters = list(page.chapters.all())
        body = "\n".join(
            [page.audience]
            + [f"{chapter.title}\n{chapter_text.plain_text(chapter.body)}" for chapter in chapters]
        )
        minutes = sum(chapter.reading_minutes for chapter in chapters) or 1
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
                vanguards=[],
                regions=[],
                tags=[t.tag.name for t in page.tagged_items.all()],
                evidence_level="",
                extra={"chapters": len(chapters), "reading_minutes": minutes},
            )
        ]
