"""RSS and Atom feeds of the knowledge search: the words and every filter of the page they are
linked from, newest first. Feed readers fetch them anonymously, so they carry public documents
only, whoever asks: never a private community's."""

from django.contrib.syndication.views import Feed
from django.http import QueryDict
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from core.pagination import PageNumberError

from . import service
from .documents import PUBLIC

FEED_LENGTH = 30
NOT_KEPT = ("sort", "page", "per_page")
# What is published as practice. Vanguard profiles and care-model hubs are searchable reference
# pages (issue 14), not news: a feed of "new practice" leaves them out.
PRACTICE_TYPES = ("case_study", "learning_guide", "topic")


class SearchFeed(Feed):
    fixed_type = ""
    noun = "case studies, guides and discussions"
    description_text = "New and updated practice from NHS Shared Learning, newest first."

    def __init__(self, kind, link_path):
        super().__init__()
        self.link_path = link_path
        self.feed_type = Atom1Feed if kind == "atom" else Rss201rev2Feed

    def get_object(self, request, *args, **kwargs):
        params = QueryDict(mutable=True)
        for key, values in request.GET.lists():
            if key not in NOT_KEPT:
                params.setlist(key, values)
        try:
            search_request = service.read_request(params, fixed_type=self.fixed_type)
        except PageNumberError:  # never raised without a page, but a feed must not 500
            search_request = service.read_request(QueryDict(""), fixed_type=self.fixed_type)
        search_request.sort = "newest"
        search_request.page = 1
        search_request.per_page = FEED_LENGTH
        self.params = params
        return service.run(search_request, (PUBLIC,), facets=True, picks=False)

    def title(self, results):
        words = results.request.query
        chosen = [o.label for f in results.facets for o in f.selected_options]
        matching = f" matching “{words}”" if words else ""
        suffix = f": {', '.join(chosen)}" if chosen else ""
        return f"New {self.noun}{matching}{suffix} – NHS Shared Learning"

    def link(self, results):
        query = self.params.urlencode()
        return self.link_path + (f"?{query}" if query else "")

    def description(self, results):
        return self.description_text

    def items(self, results):
        return [hit for hit in results.hits if hit.type in PRACTICE_TYPES]

    def item_title(self, hit):
        return f"{hit.title} ({hit.type_label})" if not self.fixed_type else hit.title

    def item_description(self, hit):
        return hit.summary

    def item_link(self, hit):
        return hit.url

    def item_guid(self, hit):
        return hit.doc_id

    item_guid_is_permalink = False

    def item_pubdate(self, hit):
        return hit.published_at

    def item_updateddate(self, hit):
        return hit.updated_at

    def item_categories(self, hit):
        return hit.tags
