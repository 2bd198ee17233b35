"""Topics and posts: starting, replying, editing, deleting, helpful marks and accepted answers,
and the counters and search documents that follow every change to what readers see."""

from django.db import transaction
from django.db.models import Count, F, Max, Sum
from django.utils import timezone

from core import fragments
from core.structure import retire_visible_content

from .. import markup, signals
from ..documents import index_topics
from ..models import Community, CommunityProfile, HelpfulMark, Post, Topic, WatchLevel
from ..permissions import CommunityAccess
from .base import ServiceError, display_name
from .profiles import profile_for
from .tracking import mark_read, set_watch


def render_body(markdown):
    """Render a post's Markdown, resolving @handles against the people who have them."""
    candidates = markup.mention_candidates(markdown)
    known = (
        set(CommunityProfile.objects.filter(handle__in=candidates).values_list("handle", flat=True))
        if candidates
        else set()
    )
    return markup.render(markdown, known)


@transaction.atomic
def create_topic(community, author, *, title, body, tags=(), page=None):
    """Start a topic with its opening post. Held for approval when the community holds a new
    member's first post; otherwise announced as published (watchers of the community and
    people mentioned are told)."""
    profile_for(author)
    held = _must_hold(community, author)
    topic = Topic.objects.create(
        community=community,
        title=" ".join(title.split()),
        author=author,
        author_name=display_name(author),
        page=page,
        is_approved=not held,
    )
    if tags:
        topic.tags.set(list(tags))
    post, rendered = _add_post(topic, author, body, approved=not held)
    refresh_counters(topic)
    set_watch(author, topic=topic, level=WatchLevel.WATCHING, only_if_new=True)
    mark_read(author, topic, post.number)
    _announce_new_post(post, rendered, held=held)
    return topic


@transaction.atomic
def reply(topic, author, *, body):
    """Add a reply; held, or announced as published (watchers and people mentioned are told)."""
    topic = Topic.objects.select_related("community").get(pk=topic.pk)
    community = topic.community
    if topic.is_locked and not CommunityAccess.for_user(author).can_moderate(community):
        raise ServiceError("This topic is locked: no new replies can be added.")
    profile_for(author)
    held = _must_hold(community, author)
    post, rendered = _add_post(topic, author, body, approved=not held)
    refresh_counters(topic)
    _announce_new_post(post, rendered, held=held)
    if not held:
        mark_read(author, topic, post.number)
    return post


@transaction.atomic
def edit_post(post, *, body, by, title=None, tags=None):
    """Change a post (and, for an opening post, the topic's title and tags); shown as edited.
    Announced with the @handles it mentions for the first time."""
    old_mentions = set(render_body(post.body_markdown).mentions)
    rendered = render_body(body)
    post.body_markdown = body
    post.body_html = rendered.html
    post.body_text = rendered.text
    post.edited_at = timezone.now()
    post.save(update_fields=["body_markdown", "body_html", "body_text", "edited_at"])
    topic = post.topic
    if post.is_opening and title is not None:
        topic.title = " ".join(title.split())
        topic.slug = ""
        topic.save()
    if post.is_opening and tags is not None:
        topic.tags.set(list(tags))
    signals.post_edited.send(
        sender=Post,
        post=post,
        by=by,
        new_mentions=[h for h in rendered.mentions if h not in old_mentions],
    )
    index_topics([topic])
    # An edit may take words (or a title) away that cached pages and suggestions still show.
    retire_visible_content()
    return post


@transaction.atomic
def delete_post(post, *, by):
    """Soft delete: the post shows as deleted and the thread stays readable."""
    post.deleted_at = timezone.now()
    post.save(update_fields=["deleted_at"])
    retire_visible_content()
    topic = post.topic
    if topic.accepted_post_id == post.pk:
        clear_accepted(topic)
    refresh_counters(topic)
    return post


@transaction.atomic
def toggle_helpful(post, user):
    """Mark the post helpful, or take the mark back; True if it is now marked."""
    deleted, _ = HelpfulMark.objects.filter(post=post, user=user).delete()
    if not deleted:
        HelpfulMark.objects.get_or_create(post=post, user=user)
    if not post.is_opening:
        # A helpful answer ranks the topic higher in search (search.ranking).
        index_topics([post.topic])
    return not deleted


@transaction.atomic
def accept_answer(topic, post, *, by):
    """Make a visible reply the topic's answer (announced: its author is told)."""
    if post.topic_id != topic.pk or post.is_opening or not post.is_visible:
        raise ServiceError("Only a visible reply in this topic can be the accepted answer.")
    topic.accepted_post = post
    topic.accepted_by = by
    topic.accepted_at = timezone.now()
    topic.save(update_fields=["accepted_post", "accepted_by", "accepted_at"])
    index_topics([topic])  # an answered topic ranks higher in search (search.ranking)
    signals.answer_accepted.send(sender=Topic, topic=topic, post=post, by=by)
    return topic


@transaction.atomic
def clear_accepted_answer(topic, *, by):
    clear_accepted(topic)
    return topic


def clear_accepted(topic):
    """The topic has no accepted answer any more (its answer was cleared, deleted or hidden)."""
    topic.accepted_post = None
    topic.accepted_by = None
    topic.accepted_at = None
    topic.save(update_fields=["accepted_post", "accepted_by", "accepted_at"])
    index_topics([topic])


def refresh_counters(topic):
    """Recount a topic's and its community's visible posts and topics (a few queries)."""
    visible = Post.objects.filter(
        topic_id=topic.pk, is_approved=True, hidden_at__isnull=True, deleted_at__isnull=True
    )
    last = visible.order_by("-number").values("number", "created_at", "author_name").first()
    Topic.objects.filter(pk=topic.pk).update(
        posts_count=visible.count(),
        last_post_number=last["number"] if last else 0,
        last_post_at=last["created_at"] if last else topic.created_at,
        last_post_author_name=last["author_name"] if last else "",
    )
    community_id = topic.community_id
    totals = Topic.objects.filter(
        community_id=community_id, is_approved=True, hidden_at__isnull=True
    ).aggregate(topics=Count("pk"), posts=Sum("posts_count"), last=Max("last_post_at"))
    Community.objects.filter(pk=community_id).update(
        topics_count=totals["topics"] or 0,
        posts_count=totals["posts"] or 0,
        last_post_at=totals["last"],
    )
    fragments.bump("discussions")  # counts shown in discussion panels (communities_tags)
    topic.refresh_from_db(
        fields=["posts_count", "last_post_number", "last_post_at", "last_post_author_name"]
    )
    # Every change to a topic's visible posts passes through here: keep its search document
    # current in the same transaction (search.indexing).
    index_topics([topic])


def _add_post(topic, author, body, *, approved):
    Topic.objects.filter(pk=topic.pk).update(post_number_seq=F("post_number_seq") + 1)
    number = Topic.objects.filter(pk=topic.pk).values_list("post_number_seq", flat=True).get()
    rendered = render_body(body)
    post = Post.objects.create(
        topic=topic,
        number=number,
        author=author,
        author_name=display_name(author),
        body_markdown=body,
        body_html=rendered.html,
        body_text=rendered.text,
        is_approved=approved,
    )
    return post, rendered


def _must_hold(community, author):
    if not community.first_post_moderation:
        return False
    if CommunityAccess.for_user(author).can_moderate(community):
        return False
    return not Post.objects.filter(
        topic__community=community, author=author, is_approved=True
    ).exists()


def _announce_new_post(post, rendered, *, held):
    if held:
        signals.post_held.send(sender=Post, post=post)
    else:
        signals.post_published.send(sender=Post, post=post, mentions=rendered.mentions)
