from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.ui.tables import UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.wagtail_hooks import EditorsMenuItem

from .admin_report import SearchTermsReportView
from .models import GlossaryTerm


@hooks.register("register_admin_urls")
def search_report_urls():
    view = SearchTermsReportView
    return [
        path("reports/search-terms/", view.as_view(), name="search_terms_report"),
        path(
            "reports/search-terms/results/",
            view.as_view(results_only=True),
            name="search_terms_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def search_report_menu_item():
    return EditorsMenuItem(
        "Searches",
        reverse("search_terms_report"),
        name="site-searches",
        icon_name="search",
        order=710,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms_report(request, menu_items):
    # Wagtail's own "Search terms" report counts promoted queries only; ours (above) is the
    # site's query log with searches that found nothing, so keep one report of that name.
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    menu_label = "Search glossary"
    menu_order = 350
    add_to_admin_menu = True
    list_display = ["term", "abbreviation", "category", UpdatedAtColumn()]
    list_filter = ["category"]
    search_fields = ["term", "abbreviation", "synonyms"]
    search_backend_name = None  # plain database filtering; the glossary is small
    ordering = ["term"]


register_snippet(GlossaryTermViewSet)
