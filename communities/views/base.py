"""What every community view shares: loading by address, refusing politely, paging errors."""

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from core import requestparams

from .. import queries
from ..models import Community, Post, Topic
from ..permissions import CommunityAccess

TOPICS_PER_PAGE = 20
POSTS_PER_PAGE = 20


def posts_per_page():
    return int(getattr(settings, "COMMUNITY_POSTS_PER_PAGE", POSTS_PER_PAGE))


def topics_per_page():
    return int(getattr(settings, "COMMUNITY_TOPICS_PER_PAGE", TOPICS_PER_PAGE))


class Denied(Exception):
    """The person may not do this; `message` says why and what they can do instead."""

    def __init__(self, message, community=None, next_url=None):
        super().__init__(message)
        self.message = message
        self.community = community
        self.next_url = next_url


def require(allowed, message, community=None, next_url=None):
    if not allowed:
        raise Denied(message, community, next_url)


def handles_denial(view):
    """Anonymous people are sent to sign in; signed-in people get a 403 page saying why."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Denied as denied:
            if not request.user.is_authenticated:
                next_url = denied.next_url
                if next_url is None:
                    next_url = (
                        request.get_full_path()
                        if request.method in ("GET", "HEAD")
                        else (denied.community.get_absolute_url() if denied.community else "/")
                    )
                return redirect_to_login(next_url)
            access = CommunityAccess.for_request(request)
            community = denied.community
            context = {
                "message": denied.message,
                "community": community,
                "can_join": community is not None and access.can_join(community),
                "can_request_to_join": community is not None
                and access.can_request_to_join(community),
            }
            return render(request, "communities/forbidden.html", context, status=403)

    return wrapper


def get_community(slug):
    return get_object_or_404(Community, slug=slug)


def moderated_community(request, slug, message):
    """The community `slug`, if the request's user may moderate it; otherwise Denied(message)."""
    community = get_community(slug)
    require(CommunityAccess.for_request(request).can_moderate(community), message, community)
    return community


def get_topic(slug, topic_id, reader=None, reading=False):
    """The topic `topic_id` in community `slug`, with its community loaded, or 404; with
    `reader` (a signed-in user), that reader's own state annotated (queries.with_reader_state).

    `reading` (the topic page): instead of joining the page it discusses and the accepted post
    (two wide tables: most of the cost of building the query), only the accepted answer's
    author is annotated (`accepted_author`, None unless it is visible); the page comes from
    `about_page`; its SQL is compiled once (queries.topic_to_read)."""
    if reading:
        topic = queries.topic_to_read(topic_id, slug, reader)
    else:
        topics = queries.with_reader_state(
            Topic.objects.select_related("community", "page", "accepted_post"), reader
        )
        # One row by primary key: no ORDER BY to build (the model's ordering has three columns).
        topic = next(iter(topics.filter(pk=topic_id, community__slug=slug).order_by()[:1]), None)
    if topic is None:
        raise Http404("No such topic")
    return topic


def get_post(slug, post_id):
    """The post `post_id` in community `slug`, with its topic and community, or 404."""
    post = (
        Post.objects.select_related("topic", "topic__community")
        .filter(pk=post_id, topic__community__slug=slug)
        .first()
    )
    if post is None:
        raise Http404("No such post")
    return post


def page_error(request, error, base_url, title="There is no such page"):
    return render(
        request,
        "communities/page_error.html",
        {"error": error, "base_url": base_url, "title": title},
        status=error.status,
    )


def read_ids(values, limit=100):
    """Whole numbers from a list of strings; anything else is ignored (core.requestparams)."""
    return requestparams.read_ids(values, limit)


def read_id(value):
    ids = read_ids([value or ""])
    return ids[0] if ids else None


def about_page(topic):
    """(title, url) of the live page `topic` discusses, or None: kept with the site structure
    (core.structure.cached), which publishing, unpublishing, moving or deleting a page retires."""
    from wagtail.models import Page

    from core import structure

    if not topic.page_id:
        return None

    def build():
        page = Page.objects.live().filter(pk=topic.page_id).first()
        return (page.title, page.url) if page is not None else None

    return structure.cached(f"about-page:{topic.page_id}", build)
