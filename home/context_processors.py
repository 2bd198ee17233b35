from django.apps import apps
from django.urls import reverse
from wagtail.models import Site

from core import structure
from core.structure import nav_items

from .models import footer_links


def site_navigation(request):
    """The header's menu: the home page's live children marked "show in menus"."""
    site = Site.find_for_request(request)
    if site is None:
        return {"nav_items": [], "footer_links": []}
    path = request.path
    layout_key = f"{site.pk}:{structure.version()}"
    links = list(nav_items(site))
    if apps.is_installed("communities"):
        # Communities are not Wagtail pages, so the page tree does not list them.
        links.append(("Communities", reverse("communities:index")))
    return {
        # What the cached header and footer show besides the reader: this site's menu and
        # links as they stand (core.structure's version changes whenever they do), and for the
        # header the address (the current menu item). Addresses with a query string (searches,
        # filters, pages of a list) are not worth a cached header each: rendered afresh.
        "layout_key": layout_key,
        "header_key": None if request.GET else f"{layout_key}:{path}",
        "footer_links": footer_links(),
        "nav_items": [
            {"title": title, "url": url, "current": bool(url) and path.startswith(url)}
            for title, url in links
        ],
    }
