"""Routing from the site's root page in one query, through Wagtail's public `Page.route`.

Wagtail routes a request by asking the site's root page to `route()` the path, which walks the
tree one level at a time (a query for each child and one for its specific page). The home page
overrides `route()` (Wagtail's documented extension point) with `SiteRootRouting`: it finds the
deepest live page whose address is a prefix of the path in one query, remembers the answer
until the page tree changes (core.structure), and hands the rest of the path to that page's own
`route()`, so routable pages (learning guides' chapters, the vanguard directory) and Wagtail's
checks (a page that is not live is a 404) work as they always do. No private attribute and no
URL of our own: Wagtail's serve view calls it.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from . import structure


class SiteRootRouting:
    """For the page at the root of a site: route any address below it in one query."""

    def route(self, request, path_components):
        components = [c for c in path_components if c]
        target = structure.cached(
            f"route:{self.pk}:{'/'.join(components)}", lambda: self._deepest_live(components)
        )
        if not target:
            return super().route(request, path_components)
        page_id, content_type_id, consumed = target
        if page_id == self.pk:
            return super().route(request, path_components)
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        # The live page itself, kept until the page tree next changes: publishing (an edit),
        # unpublishing, moving or deleting any page retires it (core.structure). Each request
        # gets its own copy (unpickled), so nothing one request sets on it reaches another.
        page = structure.cached(
            f"route-page:{page_id}", lambda: model.objects.filter(pk=page_id).first()
        )
        if page is None:  # gone since the answer was remembered: Wagtail's own walk decides
            return super().route(request, path_components)
        return page.route(request, components[consumed:])

    def _deepest_live(self, components):
        prefixes = {
            self.url_path + "".join(f"{c}/" for c in components[:n]): n
            for n in range(len(components) + 1)
        }
        rows = Page.objects.filter(url_path__in=list(prefixes), live=True).values_list(
            "pk", "content_type_id", "url_path"
        )
        best = max(rows, key=lambda row: prefixes[row[2]], default=None)
        return () if best is None else (best[0], best[1], prefixes[best[2]])
