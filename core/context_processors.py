from wagtail.models import Site


def site_navigation(request):
    """The header's menu: the home page's live children marked "show in menus"."""
    site = Site.find_for_request(request)
    if site is None:
        return {"nav_items": []}
    items = []
    for page in site.root_page.get_children().live().in_menu():
        url = page.get_url(request)
        items.append(
            {"title": page.title, "url": url, "current": bool(url) and request.path.startswith(url)}
        )
    return {"nav_items": items}
