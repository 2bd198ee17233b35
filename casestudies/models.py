from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core import structure
from core.blocks import RICH_TEXT_FEATURES, story_blocks
from core.fragments import page_body
from core.labels import TaxonomyLabels
from core.models import SitePage, VanguardIndexPage
from core.ordering import ListOrderable
from core.review import ReviewDates
from search.listing import render_listing
from taxonomy.models import CareModel, Region, SupportArea, Vanguard
from taxonomy.snapshot import get_taxonomy

from .evidence import EVIDENCE_HELP, EvidenceLevel
from .feeds import CaseStudyFeed


class CaseStudyPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "casestudies.CaseStudyPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class CaseStudyPage(TaxonomyLabels, ReviewDates, SitePage):
    """Practice a vanguard did, with structured outcomes others can compare and filter."""

    summary = models.TextField(
        max_length=300, help_text="Two or three sentences, shown in listings and search results."
    )
    lead_vanguard = models.ForeignKey(
        Vanguard, on_delete=models.PROTECT, related_name="led_case_studies"
    )
    care_models = ParentalManyToManyField(CareModel, related_name="case_studies")
    support_areas = ParentalManyToManyField(SupportArea, related_name="case_studies")
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="case_studies",
        help_text="Leave blank to use the lead vanguard's region.",
    )
    tags = ClusterTaggableManager(through=CaseStudyPageTag, blank=True)

    problem = RichTextField(features=RICH_TEXT_FEATURES, verbose_name="the problem and aims")
    what_was_done = StreamField(story_blocks(), verbose_name="what was done")
    evaluation_method = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, help_text="How the outcomes were measured."
    )
    evidence_level = models.CharField(
        max_length=20,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.REPORTED,
        help_text="How strong the evidence for the outcomes is.",
    )
    costs = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, verbose_name="costs and resources"
    )
    advice = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, verbose_name="advice for adopters"
    )
    contact_name = models.CharField(max_length=120, blank=True)
    contact_role = models.CharField(max_length=160, blank=True)
    contact_email = models.EmailField(
        blank=True, help_text="Shown only to readers who have signed in."
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("lead_vanguard"),
                InlinePanel("partners", label="Other partner organisation"),
                FieldPanel("care_models", widget=forms.CheckboxSelectMultiple),
                FieldPanel("support_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("region"),
                FieldPanel("tags"),
            ],
            heading="Who and where",
        ),
        FieldPanel("problem"),
        FieldPanel("what_was_done"),
        InlinePanel("outcomes", label="Outcome", heading="Outcomes: what changed"),
        MultiFieldPanel(
            [FieldPanel("evaluation_method"), FieldPanel("evidence_level")], heading="Evaluation"
        ),
        FieldPanel("costs"),
        FieldPanel("advice"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldPanel("contact_email"),
            ],
            heading="Contact",
        ),
        InlinePanel("adoptions", label="Adoption", heading="Spread: where else it is used"),
        InlinePanel("documents", label="Document", heading="Downloads"),
        MultiFieldPanel(
            [FieldPanel("first_published"), FieldPanel("last_reviewed"), FieldPanel("next_review")],
            heading="Dates",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("problem"),
        index.SearchField("advice"),
    ]

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []
    template = "pages/case_study_page.html"

    class Meta:
        verbose_name = "case study"
        verbose_name_plural = "case studies"

    def save(self, *args, **kwargs):
        if self.region_id is None and self.lead_vanguard_id is not None:
            self.region_id = self.lead_vanguard.region_id
        super().save(*args, **kwargs)

    @property
    def evidence_help(self):
        return EVIDENCE_HELP.get(self.evidence_level, "")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The rendered body, when cached for this revision, needs none of what follows.
        context["body"] = page_body(self, request)
        if context["body"].hit:
            return context
        taxonomy = get_taxonomy()
        vanguards = {v.pk: v for v in taxonomy.vanguards}
        hubs = structure.hub_urls()
        care_models, support_areas, tags = self.labels(request)
        context.update(
            lead_vanguard=vanguards.get(self.lead_vanguard_id),
            region=next((r for r in taxonomy.regions if r.pk == self.region_id), None),
            care_models=[(c, hubs.get(c.pk)) for c in care_models],
            support_areas=support_areas,
            tags=tags,
            outcomes=list(self.outcomes.all()),
            adoptions=[(a, vanguards.get(a.vanguard_id)) for a in self.adoptions.all()],
            partners=list(self.partners.all()),
            documents=list(self.documents.select_related("document")),
            listing_url=structure.page_url(CaseStudyIndexPage),
            directory_url=structure.page_url(VanguardIndexPage),
        )
        context["charted_outcomes"] = [o for o in context["outcomes"] if o.has_comparison]
        return context


class CaseStudyPartner(ListOrderable):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(max_length=200, verbose_name="organisation")

    panels = [FieldPanel("name")]

    def __str__(self):
        return self.name


class CaseStudyOutcome(ListOrderable):
    """One measured change: ‘Length of stay for care home residents, 8 days → 4 days’."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="outcomes")
    # Blank at the database level so the row's clean() can say what is missing in plain words.
    measure = models.CharField(
        max_length=200,
        blank=True,
        help_text="What was measured, for example ‘Average hospital stay for care home residents’.",
    )
    baseline = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    result = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    unit = models.CharField(max_length=40, blank=True, help_text="For example ‘days’ or ‘%’.")
    period = models.CharField(max_length=60, blank=True, help_text="For example ‘2016/17’.")
    context = models.CharField(max_length=300, blank=True, verbose_name="context or comparison")
    source = models.CharField(max_length=300, blank=True)

    panels = [
        FieldPanel("measure"),
        FieldRowPanel([FieldPanel("baseline"), FieldPanel("result"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("period"), FieldPanel("source")]),
        FieldPanel("context"),
    ]

    def __str__(self):
        return self.measure

    def clean(self):
        if not self.measure.strip():
            raise ValidationError(
                {"measure": "Say what was measured before giving a baseline or result."}
            )

    @property
    def has_comparison(self):
        return self.baseline is not None and self.result is not None

    @property
    def change(self):
        return self.result - self.baseline if self.has_comparison else None

    @property
    def bar_widths(self):
        """Widths of the baseline and result bars for the small chart, in steps of 5%."""
        if not self.has_comparison:
            return None
        largest = max(abs(self.baseline), abs(self.result)) or 1

        def width(value):
            return max(5, int(round(abs(value) / largest * 20)) * 5)

        return (width(self.baseline), width(self.result))


class CaseStudyAdoption(ListOrderable):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="adoptions")
    vanguard = models.ForeignKey(
        Vanguard, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    organisation = models.CharField(
        max_length=200, blank=True, help_text="If it was not a vanguard, who adopted it."
    )
    when = models.CharField(max_length=40, blank=True, help_text="For example ‘2017’.")
    notes = models.CharField(max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("vanguard"), FieldPanel("organisation"), FieldPanel("when")]),
        FieldPanel("notes"),
    ]

    def clean(self):
        if not self.vanguard_id and not self.organisation:
            raise ValidationError(
                {"organisation": "Choose the vanguard or name the organisation that adopted it."}
            )

    @property
    def adopter_name(self):
        return self.vanguard.name if self.vanguard_id else self.organisation


class CaseStudyDocument(ListOrderable):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(max_length=200, blank=True, help_text="Defaults to the document's.")

    panels = [FieldPanel("document"), FieldPanel("title")]

    @property
    def display_title(self):
        return self.title or self.document.title


class CaseStudyIndexPage(RoutablePageMixin, SitePage):
    """The case study library: the knowledge search with its type fixed to case studies."""

    lead = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("lead")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    max_count = 1
    template = "pages/case_study_index_page.html"

    listing_type = "case_study"

    @path("")
    def listing(self, request):
        return render_listing(self, request)

    @path("feed/rss/")
    def rss_feed(self, request):
        return CaseStudyFeed(self, "rss")(request)

    @path("feed/atom/")
    def atom_feed(self, request):
        return CaseStudyFeed(self, "atom")(request)
