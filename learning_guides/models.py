from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.forms import BaseChildFormSet
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from casestudies.models import CaseStudyPage
from core import structure
from core.blocks import CaptionedImageBlock, KeyActionsBlock, QuoteBlock, TextBlock
from core.fragments import page_body
from core.labels import TaxonomyLabels
from core.models import SitePage
from core.ordering import ListOrderable
from core.review import ReviewDates, ReviewDatesForm
from search.listing import render_listing
from taxonomy.models import CareModel, SupportArea
from taxonomy.snapshot import get_taxonomy

from . import chapters as chapter_text
from .queries import public

RELATED_CASE_STUDIES = 4
# Chapter slugs share the guide's URL space with its other routes, and its page with the
# layout's own element ids.
RESERVED_CHAPTER_SLUGS = {"all", "contents", "maincontent", "search", "search-field"}


def chapter_blocks():
    """The blocks a chapter is built from."""
    return [
        ("text", TextBlock()),
        ("key_actions", KeyActionsBlock()),
        ("quote", QuoteBlock()),
        ("image", CaptionedImageBlock()),
    ]


class LearningGuidePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "learning_guides.LearningGuidePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ChapterFormSet(BaseChildFormSet):
    """Chapters of one guide need different slugs: each is a URL and an anchor."""

    def clean(self):
        super().clean()
        used = set()
        for form in self.forms:
            if self.can_delete and self._should_delete_form(form):
                continue
            slug = form.instance.slug
            if form.errors or not slug:
                continue
            if slug in used:
                form.add_error(
                    "slug",
                    f"Another chapter already uses the slug “{slug}”. "
                    "Give this chapter a different slug or title.",
                )
            used.add(slug)


class ChaptersPanel(InlinePanel):
    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = ChapterFormSet
        return options


@dataclass(frozen=True)
class ContentsItem:
    """One line of the guide's contents list and a stop for previous and next links."""

    label: str
    url: str
    current: bool = False
    reading_minutes: int = 0


class LearningGuidePage(TaxonomyLabels, ReviewDates, RoutablePageMixin, SitePage):
    """Vanguard practice turned into steps others can follow, in chapters that each have a URL.

    Chapters are an inline of the guide, so they are revised, reviewed and published with it.
    """

    summary = models.TextField(
        max_length=300, help_text="Two or three sentences, shown in listings and search results."
    )
    audience = models.CharField(
        max_length=255,
        help_text="Who the guide is for, for example ‘Care home managers and commissioners’.",
    )
    care_models = ParentalManyToManyField(CareModel, related_name="learning_guides")
    support_areas = ParentalManyToManyField(SupportArea, related_name="learning_guides")
    tags = ClusterTaggableManager(through=LearningGuidePageTag, blank=True)
    # Kept up to date on save for listings that show it without loading chapters.
    reading_minutes = models.PositiveSmallIntegerField(default=1, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("care_models", widget=forms.CheckboxSelectMultiple),
                FieldPanel("support_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading="Who it is for",
        ),
        ChaptersPanel("chapters", label="Chapter", heading="Chapters", min_num=1),
        InlinePanel(
            "related_case_study_links",
            label="Related case study",
            heading="Related case studies",
            help_text="Shown first. Case studies sharing a care model and a support area with "
            "this guide are added after them, up to four in all.",
        ),
        InlinePanel("resources", label="Resource", heading="Downloadable resources"),
        MultiFieldPanel(
            [FieldPanel("first_published"), FieldPanel("last_reviewed"), FieldPanel("next_review")],
            heading="Dates",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.RelatedFields("chapters", [index.SearchField("title"), index.SearchField("body")]),
    ]

    parent_page_types = ["learning_guides.LearningGuideIndexPage"]
    subpage_types = []
    template = "pages/learning_guide_page.html"
    base_form_class = ReviewDatesForm
    preview_modes = [("", "Overview"), ("all", "Whole guide")]

    class Meta:
        verbose_name = "learning guide"

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is None:
            self.reading_minutes = sum(c.reading_minutes for c in self.chapters.all()) or 1
        super().save(*args, **kwargs)

    # Reading ----------------------------------------------------------------------------------

    @path("")
    def overview(self, request):
        return self.render(request, context_overrides=self._navigation(request, None))

    @path("all/")
    def whole_guide(self, request):
        contents = [
            ContentsItem(c.title, f"#{c.slug}", reading_minutes=c.reading_minutes)
            for c in self.reading_chapters(request)
        ]
        return self.render(
            request,
            template="pages/learning_guide_all.html",
            context_overrides={"contents": contents, "breadcrumb_current": True},
        )

    @path("<slug:chapter_slug>/")
    def chapter(self, request, chapter_slug):
        chapter = next((c for c in self.reading_chapters(request) if c.slug == chapter_slug), None)
        if chapter is None:
            raise Http404("No such chapter in this guide")
        return self.render(
            request,
            template="pages/learning_guide_chapter.html",
            context_overrides=self._navigation(request, chapter),
        )

    def serve_preview(self, request, mode_name):
        view, args, kwargs = self.resolve_subpage("/all/" if mode_name == "all" else "/")
        return view(request, *args, **kwargs)

    def reading_chapters(self, request=None):
        """The chapters in order, each with its `number` and `url`; loaded once per instance."""
        if not hasattr(self, "_reading_chapters"):
            base = self.get_url(request) or ""
            listed = [c for c in self.chapters.all() if c.slug]
            for number, chapter in enumerate(listed, 1):
                chapter.number = number
                chapter.url = base + self.reverse_subpage("chapter", args=[chapter.slug])
            self._reading_chapters = listed
        return self._reading_chapters

    def _navigation(self, request, current):
        """Contents list, previous and next links for the overview (current None) or a chapter."""
        chapters = self.reading_chapters(request)
        stops = [ContentsItem("Overview", self.get_url(request) or "", current is None)] + [
            ContentsItem(c.title, c.url, c is current, c.reading_minutes) for c in chapters
        ]
        position = next(i for i, stop in enumerate(stops) if stop.current)
        return {
            "chapter": current,
            "contents": stops,
            "previous_stop": stops[position - 1] if position > 0 else None,
            "next_stop": stops[position + 1] if position + 1 < len(stops) else None,
            "breadcrumb_current": current is not None,
        }

    # Context ----------------------------------------------------------------------------------

    def related_case_studies(self, care_models, support_areas, limit=RELATED_CASE_STUDIES):
        """Live, public case studies: the editor's picks in their order, then those sharing a
        care model and a support area with the guide, newest first. One query."""
        picked = list(
            dict.fromkeys(
                link.case_study_id
                for link in self.related_case_study_links.all()
                if link.case_study_id
            )
        )
        through = CaseStudyPage.care_models.through, CaseStudyPage.support_areas.through
        automatic = Q(
            pk__in=through[0]
            .objects.filter(caremodel_id__in=[c.pk for c in care_models])
            .values("casestudypage_id")
        ) & Q(
            pk__in=through[1]
            .objects.filter(supportarea_id__in=[s.pk for s in support_areas])
            .values("casestudypage_id")
        )
        chosen = public(CaseStudyPage.objects.live().filter(Q(pk__in=picked) | automatic))
        ranked = chosen.annotate(
            pick_rank=Case(
                *[When(pk=pk, then=Value(rank)) for rank, pk in enumerate(picked)],
                default=Value(len(picked)),
                output_field=models.IntegerField(),
            )
        ).order_by("pick_rank", F("first_published").desc(nulls_last=True), "title")
        return list(
            ranked.only("title", "url_path", "summary", "lead_vanguard", "first_published")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The rendered body, when cached for this revision and route, needs none of what follows.
        context["body"] = page_body(self, request)
        if context["body"].hit:
            return context
        hubs = structure.hub_urls()
        care_models, support_areas, tags = self.labels(request)
        chapters = self.reading_chapters(request)
        vanguards = {v.pk: v for v in get_taxonomy().vanguards}
        related = self.related_case_studies(care_models, support_areas)
        context.update(
            chapters=chapters,
            guide_reading_minutes=sum(c.reading_minutes for c in chapters) or 1,
            care_models=[(c, hubs.get(c.pk)) for c in care_models],
            support_areas=support_areas,
            tags=tags,
            related_case_studies=[(cs, vanguards.get(cs.lead_vanguard_id)) for cs in related],
            resources=list(self.resources.select_related("document")),
            listing_url=structure.page_url(LearningGuideIndexPage),
            all_url=(self.get_url(request) or "") + self.reverse_subpage("whole_guide"),
        )
        return context


class LearningGuideChapter(ListOrderable):
    """One chapter: its own URL under the guide, and an anchor on the whole-guide page."""

    page = ParentalKey(LearningGuidePage, on_delete=models.CASCADE, related_name="chapters")
    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=80,
        blank=True,
        help_text="The last part of the chapter's web address. Leave blank to make it from the "
        "title; change it only before publishing, as links to the chapter use it.",
    )
    body = StreamField(chapter_blocks())

    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("body")]

    class Meta(Orderable.Meta):
        verbose_name = "chapter"

    def __str__(self):
        return self.title

    def clean(self):
        # Normalised, so a slug never contains a double hyphen (heading anchors use one).
        self.slug = slugify(self.slug or self.title)[:80].strip("-")
        if self.slug in RESERVED_CHAPTER_SLUGS:
            raise ValidationError(
                {"slug": f"“{self.slug}” is used by the guide itself. Choose another slug."}
            )

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:80].strip("-")
        super().save(*args, **kwargs)

    @cached_property
    def word_count(self):
        return chapter_text.word_count(self.body)

    @property
    def reading_minutes(self):
        return chapter_text.reading_minutes(self.word_count)

    def body_html(self, demote=0):
        """The chapter's blocks, rendered, with an anchor on every heading."""
        html = "".join(str(child.render()) for child in self.body)
        return mark_safe(chapter_text.anchor_headings(html, self.slug, demote))  # noqa: S308

    @cached_property
    def html(self):
        return self.body_html()

    @cached_property
    def html_in_guide(self):
        """For the whole-guide page, where the chapter title is a level-2 heading."""
        return self.body_html(demote=1)


class LearningGuideRelatedCaseStudy(ListOrderable):
    page = ParentalKey(
        LearningGuidePage, on_delete=models.CASCADE, related_name="related_case_study_links"
    )
    case_study = models.ForeignKey(CaseStudyPage, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("case_study")]

    class Meta(Orderable.Meta):
        verbose_name = "related case study"


class LearningGuideResource(ListOrderable):
    page = ParentalKey(LearningGuidePage, on_delete=models.CASCADE, related_name="resources")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(max_length=200, blank=True, help_text="Defaults to the document's.")

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = "resource"

    @property
    def display_title(self):
        return self.title or self.document.title


class LearningGuideIndexPage(RoutablePageMixin, SitePage):
    """The guide library: the knowledge search with its type fixed to learning guides."""

    lead = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("lead")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["learning_guides.LearningGuidePage"]
    max_count = 1
    template = "pages/learning_guide_index_page.html"

    listing_type = "learning_guide"

    @path("")
    def listing(self, request):
        return render_listing(self, request)

    @path("feed/rss/")
    def rss_feed(self, request):
        from .feeds import LearningGuideFeed

        return LearningGuideFeed(self, "rss")(request)

    @path("feed/atom/")
    def atom_feed(self, request):
        from .feeds import LearningGuideFeed

        return LearningGuideFeed(self, "atom")(request)
