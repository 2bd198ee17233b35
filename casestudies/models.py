from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
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
from core.models import SitePage
from core.ordering import ListOrderable
from core.review import ReviewDates, ReviewDatesForm
from search.listing import render_listing
from taxonomy.models import CareModel, OutcomeCategory, Region, SupportArea, Vanguard
from taxonomy.snapshot import get_taxonomy

from . import charts, outcomes, programme
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
        Vanguard,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="led_case_studies",
        help_text="Leave blank when no vanguard led it (for example, a care home's own "
        "practice); then name the organisation under partners.",
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
    base_form_class = ReviewDatesForm

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
        rows = list(self.outcomes.select_related("category"))
        context.update(
            lead_vanguard=vanguards.get(self.lead_vanguard_id),
            region=next((r for r in taxonomy.regions if r.pk == self.region_id), None),
            care_models=[(c, hubs.get(c.pk)) for c in care_models],
            support_areas=support_areas,
            tags=tags,
            outcomes=rows,
            headline_outcomes=[row for row in rows if row.has_figures][:4],
            adoptions=[(a, vanguards.get(a.vanguard_id)) for a in self.adoptions.all()],
            partners=list(self.partners.all()),
            documents=list(self.documents.select_related("document")),
            listing_url=structure.page_url(CaseStudyIndexPage),
            directory_url=structure.page_url("vanguard_directory"),
        )
        return context


class CaseStudyPartner(ListOrderable):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(max_length=200, verbose_name="organisation")

    panels = [FieldPanel("name")]

    def __str__(self):
        return self.name


class CaseStudyOutcome(ListOrderable):
    """One measured outcome: ‘Emergency admissions of care home residents −1.4% in the six care
    home vanguards (12 months to January 2018); rest of England +6.7%’.

    What makes a row valid and how it reads live in casestudies.outcomes, shared with the
    front-end form and the search index."""

    BETTER_CHOICES = [
        ("", "As usual for the category"),
        ("lower", "Lower is better"),
        ("higher", "Higher is better"),
    ]

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="outcomes")
    # Blank at the database level so that clean() can say what is missing in plain words, and
    # so that rows from before categories existed survive until an editor files them.
    category = models.ForeignKey(
        OutcomeCategory,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="case_study_outcomes",
        verbose_name="outcome category",
        help_text="What kind of outcome this is; readers filter and compare by it.",
    )
    measure = models.CharField(
        max_length=200,
        blank=True,
        verbose_name="what was measured",
        help_text="For example ‘Emergency admissions of care home residents’.",
    )
    population = models.CharField(
        max_length=200,
        blank=True,
        verbose_name="measured in",
        help_text="Where or for whom, read after ‘in’: for example ‘the six care home vanguards’.",
    )
    baseline = models.DecimalField(
        max_digits=14, decimal_places=2, null=True, blank=True, help_text="The figure before."
    )
    result = models.DecimalField(
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="The figure after; or the only figure, when there is nothing to compare with.",
    )
    change = models.DecimalField(
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Only when the source gives just a change, such as −1.4 (%). Negative for a "
        "fall. Leave blank when you give a baseline and a result.",
    )
    unit = models.CharField(max_length=40, blank=True, help_text="For example ‘%’ or ‘days’.")
    period = models.CharField(
        max_length=60, blank=True, help_text="For example ‘12 months to January 2018’."
    )
    better = models.CharField(
        max_length=6,
        choices=BETTER_CHOICES,
        blank=True,
        default="",
        verbose_name="which way is better",
    )
    comparison_group = models.CharField(
        max_length=200,
        blank=True,
        help_text="Who the figures are compared with, such as ‘rest of England’.",
    )
    comparison_figure = models.DecimalField(
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="The comparison group's figure in the same unit: its change over the same "
        "period (6.7 for ‘rest of England +6.7%’), or its own figure when this row has a single "
        "figure.",
    )
    source = models.CharField(
        max_length=300, blank=True, help_text="Where the figures come from: report, author, date."
    )
    source_url = models.URLField(blank=True, verbose_name="source link")
    context = models.CharField(
        max_length=300,
        blank=True,
        verbose_name="notes",
        help_text="What a reader needs to judge the figure, such as what it covers.",
    )

    panels = [
        FieldRowPanel([FieldPanel("category", widget=forms.Select), FieldPanel("better")]),
        FieldPanel("measure"),
        FieldPanel("population"),
        FieldRowPanel(
            [
                FieldPanel("baseline"),
                FieldPanel("result"),
                FieldPanel("change"),
                FieldPanel("unit"),
            ]
        ),
        FieldPanel("period"),
        FieldRowPanel([FieldPanel("comparison_group"), FieldPanel("comparison_figure")]),
        FieldRowPanel([FieldPanel("source"), FieldPanel("source_url")]),
        FieldPanel("context"),
    ]

    def __str__(self):
        return self.measure

    def clean(self):
        errors = outcomes.validation_errors(self)
        if errors:
            raise ValidationError(errors)

    @property
    def shape(self):
        return outcomes.shape(self)

    @property
    def has_figures(self):
        return self.shape != outcomes.NO_FIGURES

    @property
    def lower_is_better(self):
        return outcomes.lower_is_better(self)

    @property
    def measured_result(self):
        return outcomes.measured_result(self)

    @property
    def result_phrase(self):
        return outcomes.result_phrase(self)

    @property
    def summary(self):
        return outcomes.summary(self)

    @property
    def chart(self):
        return charts.outcome_chart(self)

    @property
    def baseline_text(self):
        return outcomes.quantity(self.baseline, self.unit)

    @property
    def result_text(self):
        return outcomes.quantity(self.result, self.unit)

    @property
    def change_text(self):
        figure = outcomes.headline_figure(self) if self.shape != outcomes.SINGLE_FIGURE else None
        return outcomes.signed(figure, self.unit)

    @property
    def comparison_text(self):
        if self.shape == outcomes.SINGLE_FIGURE:
            return outcomes.quantity(self.comparison_figure, self.unit)
        return outcomes.signed(self.comparison_figure, self.unit)


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
    parent_page_types = ["home.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    max_count = 1
    template = "pages/case_study_index_page.html"

    listing_type = "case_study"

    @path("")
    def listing(self, request):
        return render_listing(self, request)

    @path("outcomes/")
    def programme_outcomes(self, request):
        """Outcomes across the programme: every category's spread of reported changes."""
        context = self.get_context(request)
        context.update(
            spreads=programme.programme_outcomes(),
            breadcrumb_current=True,
            evaluated_levels=[
                label for value, label in EvidenceLevel.choices if value in programme.EVALUATED
            ],
        )
        return TemplateResponse(request, "pages/programme_outcomes.html", context)

    @path("feed/rss/")
    def rss_feed(self, request):
        return CaseStudyFeed(self, "rss")(request)

    @path("feed/atom/")
    def atom_feed(self, request):
        return CaseStudyFeed(self, "atom")(request)
