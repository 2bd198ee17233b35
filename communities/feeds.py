"""RSS and Atom feeds of an open community's new topics.

Feed readers fetch anonymously, so a private community has no feed at all (404, the same
answer as for a community that does not exist); the topics come from the search index's
public documents, which leave out topics held for approval or hidden."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from search.documents import PUBLIC, KnowledgeDocument
from search.models import IndexedDocument

from .models import Community, Visibility

FEED_LENGTH = 30


class CommunityTopicsFeed(Feed):
    def __init__(self, kind):
        super().__init__()
        self.feed_type = Atom1Feed if kind == "atom" else Rss201rev2Feed

    def get_object(self, request, slug):
        community = Community.objects.filter(slug=slug, visibility=Visibility.OPEN).first()
        if community is None:
            raise Http404("No open community has this address.")
        return community

    def title(self, community):
        return f"New topics in {community.name} – NHS Shared Learning"

    def link(self, community):
        return community.get_absolute_url()

    def description(self, community):
        return community.summary

    def items(self, community):
        rows = IndexedDocument.objects.filter(
            type="topic",
            visibility=PUBLIC,
            facet_values__facet="community",
            facet_values__value=community.slug,
        ).order_by("-published_at", "-pk")[:FEED_LENGTH]
        return [KnowledgeDocument.from_dict(row.data) for row in rows]

    def item_title(self, document):
        return document.title

    def item_description(self, document):
        return document.summary

    def item_link(self, document):
        return document.url

    def item_pubdate(self, document):
        return document.published_at

    def item_updateddate(self, document):
        return document.updated_at

    def item_categories(self, document):
        return document.tags


def community_feed(request, slug, kind="rss"):
    return CommunityTopicsFeed(kind)(request, slug=slug)
