"""Fast page routing: where a URL path leads, remembered until the page tree changes.

Wagtail finds a page by walking the tree one level at a time (two queries a level). We remember,
per site and path, which page answers and how many path segments it consumes; then serving costs
one query for that page. The memory is retired with the rest of the site structure whenever a
page is published, unpublished, moved or deleted (core.structure).
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page, Site

from . import structure


def route(request, path):
    """Wagtail's RouteResult for `path`, or None when Wagtail's own routing should decide."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    target = structure.cached(
        f"route:{site.pk}:{'/'.join(components)}", lambda: _find(site, components)
    )
    if not target:
        return None
    page_id, content_type_id, consumed = target
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=page_id).first()
    if page is None:
        return None
    # Routable pages resolve the rest of the path themselves; other pages 404 on a remainder.
    return page.route(request, components[consumed:])


def _find(site, components):
    root = site.root_page
    prefixes = {
        root.url_path + "".join(f"{c}/" for c in components[:n]): n
        for n in range(len(components) + 1)
    }
    rows = Page.objects.filter(url_path__in=list(prefixes), live=True).values_list(
        "pk", "content_type_id", "url_path"
    )
    best = max(rows, key=lambda row: prefixes[row[2]], default=None)
    if best is None:
        return ()
    return (best[0], best[1], prefixes[best[2]])


def serve_route(request, path):
    """Set Wagtail's per-request route from our memory, so its serve view skips the tree walk."""
    try:
        result = route(request, path)
    except Http404:
        result = None
    if result is not None:
        request._wagtail_route_for_request = result
