from wagtail.models import Site

from .structure import nav_items


def site_navigation(request):
    """The header's menu: the home page's live children marked "show in menus"."""
    site = Site.find_for_request(request)
    if site is None:
        return {"nav_items": []}
    path = request.path
    return {
        "nav_items": [
            {"title": title, "url": url, "current": bool(url) and path.startswith(url)}
            for title, url in nav_items(site)
        ]
    }
