"""Reading communities: listings, a topic's posts, a page's discussion. Constant queries each."""

from django.db import connection
from django.db.models import (
    BooleanField,
    CharField,
    Count,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from core.prepared import PreparedList, PreparedQuery

from .models import (
    Community,
    HelpfulMark,
    Notification,
    Post,
    ReadState,
    Report,
    Topic,
    Watch,
)


def community_for_care_model(care_model):
    """The community of practice of a care model (a CareModel or its id), or None."""
    pk = care_model if isinstance(care_model, int) else getattr(care_model, "pk", None)
    if pk is None:
        return None
    return Community.objects.filter(care_model_id=pk).first()


def topic_list(community, access, *, unread_only=False, tag=None):
    """The community's topics this person may see: pinned first, then latest activity.

    For someone signed in each topic carries `read_number` (None if never opened) and
    `is_unread` (posts newer than they have read).
    """
    topics = (
        Topic.objects.filter(community=community)
        .filter(access.visible_topics_q())
        .select_related("community")
        .prefetch_related("tags")
    )
    if tag:
        topics = topics.filter(tags__slug=tag)
    if access.user is not None:
        topics = _with_read_state(topics, access.user)
        if unread_only:
            topics = topics.filter(last_post_number__gt=Coalesce(F("read_number"), Value(0)))
    return topics.order_by("-is_pinned", "-last_post_at", "-pk")


def _with_read_state(topics, user):
    read_number = ReadState.objects.filter(user=user, topic=OuterRef("pk")).values(
        "last_read_number"
    )[:1]
    return topics.annotate(read_number=Subquery(read_number, output_field=IntegerField()))


def mark_unread(topics):
    """Set `is_unread` on listed topics (after paging, so it is plain Python)."""
    for topic in topics:
        read = getattr(topic, "read_number", None)
        if not hasattr(topic, "read_number"):
            topic.is_unread = False
        else:
            topic.is_unread = topic.last_post_number > (read or 0)
    return topics


def topic_posts(topic, access):
    """The posts of a topic this person may see, in order, with `helpful_count` (for a
    signed-in reader `marked_helpful`, for moderators `open_reports`) annotated: one query per
    page whatever the topic's size."""
    user_id = access.user.pk if access.user is not None else None
    return _posts(topic.pk, user_id, access.can_moderate(topic.community))


def _posts(topic_id, user_id, moderator):
    posts = Post.objects.filter(topic_id=topic_id)
    if not moderator:
        shown = Q(is_approved=True)
        if user_id is not None:
            shown |= Q(author_id=user_id)
        posts = posts.filter(shown)
    post_id = _outer(Post, "id")
    helpful = _table(HelpfulMark)
    posts = posts.select_related("author").annotate(
        helpful_count=_row_value(
            f"SELECT COUNT(*) FROM {helpful} WHERE {_col(HelpfulMark, 'post')} = {post_id}",  # noqa: S608
            (),
            IntegerField(),
        )
    )
    if user_id is not None:
        # The reader's own marks ride along: no query of their own, however many posts.
        posts = posts.annotate(
            marked_helpful=_row_value(
                f"EXISTS (SELECT 1 FROM {helpful} WHERE {_col(HelpfulMark, 'post')} = {post_id}"  # noqa: S608
                f" AND {_col(HelpfulMark, 'user')} = %s)",
                (user_id,),
                BooleanField(),
            )
        )
    if moderator:
        posts = posts.annotate(
            open_reports=_row_value(
                f"SELECT COUNT(*) FROM {_table(Report)} WHERE {_col(Report, 'post')} = {post_id}"  # noqa: S608
                f" AND {_col(Report, 'resolved_at')} IS NULL",
                (),
                IntegerField(),
            )
        )
    return posts.order_by("number")


# The topic page's own queries, compiled once per process and database (core.prepared): Django
# building and compiling them took more CPU than the rest of the page's work with the database.
# Each reads the same rows as the queryset it is built from (`_posts`, `get_topic`'s).
_POSTS_READ = PreparedQuery(lambda shape, topic_id: _posts(topic_id, None, False), topic_id=int)
_POSTS_READ_SIGNED_IN = PreparedQuery(
    lambda moderator, topic_id, user_id: _posts(topic_id, user_id, moderator),
    topic_id=int,
    user_id=int,
)
_POSTS_ALL = PreparedQuery(
    lambda shape, topic_id: Post.objects.filter(topic_id=topic_id), topic_id=int
)
_TOPIC_TAGS = PreparedQuery(lambda shape, topic_id: Topic(pk=topic_id).tags.all(), topic_id=int)


def topic_posts_to_read(topic, access):
    """`topic_posts` for the topic page, as a list `core.pagination.paginate` pages: the same
    rows and values, from SQL compiled once (core.prepared)."""
    moderator = access.can_moderate(topic.community)
    if access.user is None:
        query, shape, values = _POSTS_READ, None, {"topic_id": topic.pk}
    else:
        query, shape = _POSTS_READ_SIGNED_IN, moderator
        values = {"topic_id": topic.pk, "user_id": access.user.pk}
    return PreparedList(
        query, shape, values, count=lambda: _count_posts(topic.pk, access, moderator)
    )


def _count_posts(topic_id, access, moderator):
    """How many posts `topic_posts` gives (asked when the first page is full, or for a later
    page)."""
    if moderator:
        return _POSTS_ALL.count(topic_id=topic_id)
    if access.user is None:
        return _POSTS_READ.count(topic_id=topic_id)
    return _POSTS_READ_SIGNED_IN.count(False, topic_id=topic_id, user_id=access.user.pk)


def topic_tags(topic):
    """The topic's tags, in the order they were given (as `topic.tags.all()`)."""
    return _TOPIC_TAGS.fetch(topic_id=topic.pk)


# The per-row values of the topic page's two queries (the reader's state, helpful counts) are
# written as SQL of their own (`RawSQL`): Django builds a `Subquery` or `Exists` by resolving
# and compiling a whole inner query each time, which took longer than everything else the
# topic page did with the database (about 4 ms of CPU for the topic's three, against 0.5 ms
# for the same SQL as text; measured in docs/benchmarks.md). Column and table names come from
# the models and are quoted for the database in use; values are parameters. Only for querysets
# read as they are (not nested in another query, which could rename the outer table).


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _col(model, field):
    return connection.ops.quote_name(model._meta.get_field(field).column)


def _outer(model, field):
    """`model`'s column `field` in the outer query (which names its table after itself)."""
    return f"{_table(model)}.{_col(model, field)}"


def _row_value(sql, params, output_field):
    return RawSQL(f"({sql})", params, output_field)  # noqa: S611


def with_reader_state(topics, user):
    """`topics` annotated with what `user` alone sees of each (`_with_reader_state_of`)."""
    if user is None:
        return topics
    return _with_reader_state_of(topics, user.pk)


def _with_reader_state_of(topics, user_id):
    """`topics` annotated with what `user` alone sees of each: `reader_watch_level` (None when
    not watching), `reader_last_read` (None before the first read) and `reader_has_unread`
    (unread notifications about it). Rides on the query that loads the topic, so a signed-in
    reader's own state costs no query of its own."""
    topic_id = _outer(Topic, "id")
    return topics.annotate(
        reader_watch_level=_row_value(
            f"SELECT {_col(Watch, 'level')} FROM {_table(Watch)}"  # noqa: S608
            f" WHERE {_col(Watch, 'user')} = %s AND {_col(Watch, 'topic')} = {topic_id}"
            " LIMIT 1",
            (user_id,),
            CharField(),
        ),
        reader_last_read=_row_value(
            f"SELECT {_col(ReadState, 'last_read_number')} FROM {_table(ReadState)}"  # noqa: S608
            f" WHERE {_col(ReadState, 'user')} = %s AND {_col(ReadState, 'topic')} = {topic_id}"
            " LIMIT 1",
            (user_id,),
            IntegerField(),
        ),
        reader_has_unread=_row_value(
            f"EXISTS (SELECT 1 FROM {_table(Notification)}"  # noqa: S608
            f" WHERE {_col(Notification, 'recipient')} = %s"
            f" AND {_col(Notification, 'topic')} = {topic_id}"
            f" AND {_col(Notification, 'read_at')} IS NULL)",
            (user_id,),
            BooleanField(),
        ),
    )


def with_accepted_author(topics):
    """`topics` annotated with `accepted_author`: the author's name of the accepted answer when
    that post is visible to everyone who can read the topic, else None."""
    post = _table(Post)
    return topics.annotate(
        accepted_author=_row_value(
            f"SELECT {_col(Post, 'author_name')} FROM {post}"  # noqa: S608
            f" WHERE {_col(Post, 'id')} = {_outer(Topic, 'accepted_post')}"
            f" AND {_col(Post, 'is_approved')} AND {_col(Post, 'hidden_at')} IS NULL"
            f" AND {_col(Post, 'deleted_at')} IS NULL",
            (),
            CharField(),
        )
    )


def _reading_topic(topic_id, slug, user_id):
    topics = with_accepted_author(Topic.objects.select_related("community"))
    if user_id is not None:
        topics = _with_reader_state_of(topics, user_id)
    # One row by primary key: no ORDER BY to build (the model's ordering has three columns).
    return topics.filter(pk=topic_id, community__slug=slug).order_by()[:1]


_TOPIC_READ = PreparedQuery(
    lambda shape, topic_id, slug: _reading_topic(topic_id, slug, None), topic_id=int, slug=str
)
_TOPIC_READ_SIGNED_IN = PreparedQuery(
    lambda shape, topic_id, slug, user_id: _reading_topic(topic_id, slug, user_id),
    topic_id=int,
    slug=str,
    user_id=int,
)


def topic_to_read(topic_id, slug, reader):
    """The topic page's topic (or None): its community loaded, `accepted_author` annotated and,
    for a signed-in `reader`, their own state (`with_reader_state`); SQL compiled once."""
    if reader is None:
        found = _TOPIC_READ.fetch(topic_id=topic_id, slug=slug)
    else:
        found = _TOPIC_READ_SIGNED_IN.fetch(topic_id=topic_id, slug=slug, user_id=reader.pk)
    return found[0] if found else None


def position_of(posts, number):
    """How many of `posts` come before post `number` (to find its page)."""
    return posts.filter(number__lt=number).count()


def helpful_marked_by(user, posts):
    if user is None or not posts:
        return set()
    return set(
        HelpfulMark.objects.filter(user=user, post__in=[p.pk for p in posts]).values_list(
            "post_id", flat=True
        )
    )


def page_discussion(page, access, limit=3):
    """Topics about a page (a case study or guide) that this person may read: (count, replies,
    the latest few)."""
    topics = Topic.objects.filter(page_id=page.pk, is_approved=True, hidden_at__isnull=True).filter(
        access.readable_q("community")
    )
    totals = topics.aggregate(topics=Count("pk"), posts=Sum("posts_count"))
    count = totals["topics"] or 0
    replies = max((totals["posts"] or 0) - count, 0)
    recent = (
        list(topics.select_related("community").order_by("-last_post_at")[:limit]) if count else []
    )
    return count, replies, recent


def notifications_for(user, *, community=None, unread_only=False):
    notifications = Notification.objects.filter(recipient=user).select_related(
        "community", "topic", "topic__community", "post"
    )
    if community is not None:
        notifications = notifications.filter(community=community)
    if unread_only:
        notifications = notifications.filter(read_at__isnull=True)
    return notifications.order_by("-created_at", "-pk")


_UNREAD = PreparedQuery(
    lambda shape, user_id: Notification.objects.filter(recipient_id=user_id, read_at__isnull=True),
    user_id=int,
)


def unread_notification_count(user):
    """The header's count on every signed-in page: its SQL compiled once (core.prepared)."""
    return _UNREAD.count(user_id=user.pk)
