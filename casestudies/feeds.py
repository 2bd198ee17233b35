"""RSS and Atom feeds of new case studies, filtered by the same parameters as the listing."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from core.pagination import PageNumberError
from search import service
from search.documents import PUBLIC

FEED_LENGTH = 30


class CaseStudyFeed(Feed):
    # Feeds are read anonymously by feed readers: public documents only, whoever asks.
    def __init__(self, index_page, kind):
        super().__init__()
        self.index_page = index_page
        self.feed_type = Atom1Feed if kind == "atom" else Rss201rev2Feed

    def get_object(self, request, *args, **kwargs):
        params = request.GET.copy()
        for name in ("q", "sort", "page", "per_page"):
            params.pop(name, None)
        try:
            search_request = service.read_request(params, fixed_type="case_study")
        except PageNumberError:
            search_request = service.read_request({}, fixed_type="case_study")
        search_request.sort = "newest"
        search_request.per_page = FEED_LENGTH
        self.request = request
        return service.run(search_request, (PUBLIC,), facets=True, picks=False)

    def title(self, results):
        chosen = [o.label for f in results.facets for o in f.selected_options]
        suffix = f": {', '.join(chosen)}" if chosen else ""
        return f"New case studies{suffix} – NHS Shared Learning"

    def link(self, results):
        query = self.request.GET.urlencode()
        return self.index_page.url + (f"?{query}" if query else "")

    def description(self, results):
        return "Case studies from the NHS new care models vanguards, newest first."

    def items(self, results):
        return results.hits

    def item_title(self, hit):
        return hit.title

    def item_description(self, hit):
        return hit.summary

    def item_link(self, hit):
        return hit.url

    def item_pubdate(self, hit):
        return hit.published_at

    def item_updateddate(self, hit):
        return hit.updated_at

    def item_categories(self, hit):
        return hit.tags
