"""The top of the site tree: the home page, the care-model index and hubs, the vanguard directory
(with a profile route per vanguard) and the information pages linked from the footer."""

from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from communities.queries import community_for_care_model
from core import structure
from core.models import SitePage
from core.site_root import SiteRootRouting
from search.service import latest
from search.visibility import visibility_for
from taxonomy.models import CareModel
from taxonomy.snapshot import get_taxonomy

from .directory import VanguardDirectory
from .listings import listing_url_for


class HomePage(SiteRootRouting, SitePage):
    """The front door: what the platform is, a search box and the care models."""

    lead = models.TextField(
        help_text="One or two sentences under the title saying what the platform is for."
    )
    body = RichTextField(blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    template = "pages/home_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["care_models"] = care_models_with_hubs()
        context["vanguard_count"] = len(get_taxonomy().vanguards)
        context["directory_url"] = structure.page_url(VanguardIndexPage)
        # Sections for content that exists; nothing is shown before there is something to show.
        context["case_studies"] = latest_of_type(request, "case_study", {}, limit=3)
        context["guides"] = latest_of_type(request, "learning_guide", {}, limit=3)
        listing = listing_url_for("case_study")
        context["outcomes_url"] = f"{listing}outcomes/" if listing else None
        return context


class CareModelIndexPage(SitePage):
    """Lists the five care models, each linking to its hub."""

    lead = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("lead")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.CareModelPage"]
    max_count = 1
    template = "pages/care_model_index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["care_models"] = care_models_with_hubs()
        return context


class CareModelPage(SitePage):
    """The hub for one care model: what it is, its vanguards and, as they arrive, its content."""

    care_model = models.OneToOneField(CareModel, on_delete=models.PROTECT, related_name="hub_page")
    body = RichTextField(
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text="Optional extra text after the care model's description.",
    )

    content_panels = Page.content_panels + [FieldPanel("care_model"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["home.CareModelIndexPage"]
    subpage_types = []
    template = "pages/care_model_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        taxonomy = get_taxonomy()
        care_model = next(c for c in taxonomy.care_models if c.pk == self.care_model_id)
        context["care_model"] = care_model
        context["vanguards"] = taxonomy.vanguards_of(care_model)
        context["directory_url"] = structure.page_url(VanguardIndexPage)
        context["case_studies"] = latest_of_type(
            request, "case_study", {"care_model": [care_model.slug]}
        )
        context["guides"] = latest_of_type(
            request, "learning_guide", {"care_model": [care_model.slug]}
        )
        context["community"] = community_for_care_model(care_model)
        return context


class VanguardIndexPage(RoutablePageMixin, SitePage):
    """The vanguard directory, filterable by care model and region, with a profile per vanguard.

    Profiles come from the Vanguard snippets, so all 50 exist wherever the reference data does.
    """

    lead = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("lead")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    template = "pages/vanguard_index_page.html"

    @path("")
    def directory(self, request):
        directory = VanguardDirectory(request.GET)
        return self.render(
            request,
            context_overrides={
                "directory": directory,
                "finder_selected": directory.selected_count,
                "query": directory.query,
            },
        )

    @path("<slug:slug>/")
    def profile(self, request, slug):
        vanguard = get_taxonomy().vanguard(slug)
        if vanguard is None:
            raise Http404("No such vanguard")
        context = self.get_context(request)
        context.update(
            vanguard=vanguard,
            hub_url=structure.hub_urls().get(vanguard.care_model_id),
            breadcrumb_current=True,
            case_studies=latest_of_type(request, "case_study", {"vanguard": [vanguard.slug]}),
        )
        return TemplateResponse(request, "pages/vanguard_profile_page.html", context)


def latest_of_type(request, doc_type, filters, limit=6):
    """The newest documents of a type for a hub or profile, with the listing URL to see all."""
    results = latest(doc_type, filters, limit, visibility_for(request))
    url = listing_url_for(doc_type)
    if url:
        query = "&".join(f"{name}={value}" for name, values in filters.items() for value in values)
        url = f"{url}?{query}"
    return {"hits": results.hits, "total": results.total, "url": url}


def care_models_with_hubs():
    """[(care model, URL of its live hub or None)] in order."""
    hubs = structure.hub_urls()
    return [(care_model, hubs.get(care_model.pk)) for care_model in get_taxonomy().care_models]


class InformationPage(SitePage):
    """A page every public-sector site must have (accessibility, privacy, cookies, contact,
    terms of use): plain editable text, linked from the footer."""

    body = RichTextField(features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])
    show_in_footer = models.BooleanField(default=True)
    footer_order = models.PositiveSmallIntegerField(default=0)

    content_panels = Page.content_panels + [FieldPanel("body")]
    promote_panels = Page.promote_panels + [
        FieldPanel("show_in_footer"),
        FieldPanel("footer_order"),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "pages/information_page.html"


def footer_links():
    """[(title, url)] of the live footer pages, cached until the site structure changes."""

    def build():
        pages = (
            InformationPage.objects.live()
            .filter(show_in_footer=True)
            .order_by("footer_order", "title")
        )
        return [(page.title, page.url) for page in pages]

    return structure.cached("footer-links", build)
