from django.urls import path, reverse
from wagtail import hooks

from core.wagtail_hooks import EditorsMenuItem

from .admin_report import search_terms_report


@hooks.register("register_admin_urls")
def search_report_urls():
    return [path("reports/search-terms/", search_terms_report, name="search_terms_report")]


@hooks.register("register_reports_menu_item")
def search_report_menu_item():
    return EditorsMenuItem(
        "Search terms", reverse("search_terms_report"), icon_name="search", order=710
    )
