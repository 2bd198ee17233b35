"""The site's page tree: home page, care models index with a hub per care model, vanguard directory.

Creates only what is missing, so it is safe on a live site (`manage.py setup_site`) and is the first
step of `load_demo`.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page, Site

from search.indexing import index_objects
from taxonomy.models import CareModel

from . import footer_pages
from .documents import CareModelHubAdapter, VanguardAdapter
from .models import CareModelIndexPage, CareModelPage, HomePage, VanguardIndexPage

HOME_LEAD = (
    "Find out what worked, where and how, from the 50 vanguards of the NHS new care models "
    "programme: case studies, learning guides and communities of practice in one place."
)


def load(command):
    home = _home_page(command)
    hubs = CareModelIndexPage.objects.first()
    if hubs is None:
        hubs = home.add_child(
            instance=CareModelIndexPage(
                title="Care models",
                slug="care-models",
                show_in_menus=True,
                lead="The five types of vanguard, each a different way of joining up care.",
            )
        )
        command.created("care models index")
    for care_model in CareModel.objects.all():
        if not CareModelPage.objects.filter(care_model=care_model).exists():
            hubs.add_child(
                instance=CareModelPage(
                    title=care_model.name, slug=care_model.slug, care_model=care_model
                )
            )
            command.created(f"hub for {care_model.short_name}")
    _listing(
        command,
        home,
        "casestudies.CaseStudyIndexPage",
        title="Case studies",
        slug="case-studies",
        lead="What vanguards did, what changed and how they know. Filter by care model, "
        "support area, region, vanguard and the strength of the evidence.",
    )
    _listing(
        command,
        home,
        "learning_guides.LearningGuideIndexPage",
        title="Learning guides",
        slug="guides",
        lead="Step-by-step guides that turn what vanguards learned into practice you can "
        "follow. Filter by care model, support area and tag.",
    )
    if not VanguardIndexPage.objects.exists():
        home.add_child(
            instance=VanguardIndexPage(
                title="Vanguards",
                slug="vanguards",
                show_in_menus=True,
                lead="All 50 vanguards of the new care models programme. Filter by care model "
                "or region, or find one by name.",
            )
        )
        command.created("vanguard directory")
    footer_pages.load(command, home)
    # Pages made here are live without a publish signal: put the hubs and the vanguard
    # profiles in the search index (only what is missing or changed is rewritten).
    index_objects([*CareModelHubAdapter().queryset(), *VanguardAdapter().queryset()])


def _listing(command, home, model_label, **fields):
    """Create a listing page under home if missing, and let Contributors add pages to it."""
    model = apps.get_model(model_label)
    page = model.objects.first()
    if page is None:
        page = home.add_child(instance=model(show_in_menus=True, **fields))
        command.created(fields["title"].lower())
    contributors = Group.objects.filter(name="Contributors").first()
    if contributors is not None:
        # "add" lets contributors create pages here and edit their own; publishing stays with
        # editors through the workflow.
        GroupPagePermission.objects.get_or_create(
            group=contributors,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename="add_page"
            ),
        )
    return page


def _home_page(command):
    home = HomePage.objects.first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    # Wagtail's installer leaves a plain "Welcome" page as the site root: replace it.
    for welcome in root.get_children().filter(content_type__model="page", slug="home"):
        welcome.delete()
    home = root.add_child(
        instance=HomePage(
            title="Shared learning from the new care models", slug="home", lead=HOME_LEAD
        )
    )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="NHS Shared Learning",
        )
    else:
        site.root_page = home
        site.site_name = "NHS Shared Learning"
        site.save()
    command.created("home page")
    return home
