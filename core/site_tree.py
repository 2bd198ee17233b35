"""The site's page tree: home page, care models index with a hub per care model, vanguard directory.

Creates only what is missing, so it is safe on a live site (`manage.py setup_site`) and is the first
step of `load_demo`.
"""

from wagtail.models import Page, Site

from taxonomy.models import CareModel

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
