"""Prepared queries (core.prepared): compiled once, they must read exactly what the queryset
they were built from reads, for whatever values they are given, in one query; and they must
refuse a query whose values do not reach the SQL as plain parameters."""

import pytest
from django.db.models import Count, IntegerField, Q
from django.http import QueryDict

from communities import services
from communities.models import Post, Topic
from core.pagination import paginate
from core.prepared import PreparationError, PreparedList, PreparedQuery
from tests.communities.factories import CommunityFactory, member_of, start_topic

pytestmark = pytest.mark.django_db


def _posts(topic_id, user_id):
    """A topic's posts with their authors and two per-row values, one of them the reader's."""
    return (
        Post.objects.filter(Q(topic_id=topic_id), Q(is_approved=True) | Q(author_id=user_id))
        .select_related("author", "topic__community")
        .annotate(
            marks=Count("helpful", distinct=True),
            mine=Count("helpful", filter=Q(helpful__user_id=user_id)),
        )
        .order_by("number")
    )


def _fields(post):
    return (
        [(f.attname, getattr(post, f.attname)) for f in Post._meta.concrete_fields],
        post.author.display_name,
        post.author.email,
        post.topic.title,
        post.topic.community.slug,
        post.marks,
        post.mine,
    )


@pytest.fixture
def setting():
    community = CommunityFactory()
    ada = member_of(community, display_name="Ada Author")
    bea = member_of(community, display_name="Bea Reader")
    first = start_topic(community, ada, title="Red bags at night")
    services.reply(first, bea, body="The night sister packs it.")
    services.reply(first, ada, body="Thank you.")
    second = start_topic(community, bea, title="Falls on the ward")
    services.toggle_helpful(first.posts.get(number=1), bea)
    return first, second, ada, bea


def test_it_reads_what_the_queryset_reads_for_every_value_in_one_query(
    setting, django_assert_num_queries
):
    first, second, ada, bea = setting
    query = PreparedQuery(
        lambda shape, topic_id, user_id: _posts(topic_id, user_id), topic_id=int, user_id=int
    )
    for topic, user in [(first, ada), (first, bea), (second, ada), (second, bea), (first, ada)]:
        expected = [_fields(post) for post in _posts(topic.pk, user.pk)]
        with django_assert_num_queries(1):
            posts = query.fetch(topic_id=topic.pk, user_id=user.pk)
            found = [_fields(post) for post in posts]  # related objects came with the rows
        assert found == expected
    # The reader's own value is theirs: Bea's mark is not Ada's.
    mine = {
        u.display_name: query.fetch(topic_id=first.pk, user_id=u.pk)[0].mine for u in (ada, bea)
    }
    assert mine == {"Ada Author": 0, "Bea Reader": 1}


def test_it_builds_and_compiles_once_per_shape():
    built = []

    def build(shape, topic_id):
        built.append(shape)
        topics = Topic.objects.filter(pk=topic_id)
        return topics.select_related("community") if shape == "with community" else topics

    query = PreparedQuery(build, topic_id=int)
    for _ in range(3):
        query.fetch(topic_id=1)
        query.fetch("with community", topic_id=2)
    assert built == [None, "with community"]


def test_each_slice_reads_its_own_rows_and_a_list_pages_like_the_queryset(
    setting, django_assert_num_queries
):
    first, _, ada, _ = setting
    for number in range(3):
        services.reply(first, ada, body=f"More {number}.")
    query = PreparedQuery(lambda shape, topic_id: _posts(topic_id, None), topic_id=int)
    numbers = [p.number for p in _posts(first.pk, None)]
    assert [p.number for p in query.fetch(topic_id=first.pk, rows=slice(0, 2))] == numbers[:2]
    assert [p.number for p in query.fetch(topic_id=first.pk, rows=slice(2, 4))] == numbers[2:4]

    def listing():
        return PreparedList(query, None, {"topic_id": first.pk}, count=lambda: len(numbers))

    pages = [paginate(listing(), QueryDict(f"page={n}"), 4) for n in (1, 2)]
    assert [p.number for page in pages for p in page.items] == numbers
    assert pages[1].num_pages == 2
    with django_assert_num_queries(1):  # a short list is its first page: no count asked
        short = paginate(listing(), QueryDict(""), 10)
    assert short.count == len(numbers)


def test_dates_and_times_come_back_as_the_orm_gives_them(setting):
    first, *_ = setting
    query = PreparedQuery(
        lambda shape, topic_id: Post.objects.filter(topic_id=topic_id), topic_id=int
    )
    post = query.fetch(topic_id=first.pk)[0]
    assert post.created_at == Post.objects.get(pk=post.pk).created_at
    assert post.created_at.tzinfo is not None
    post.body_markdown = "Saved from a prepared row."
    post.save(update_fields=["body_markdown"])  # a row read this way is a row like any other
    assert Post.objects.get(pk=post.pk).body_markdown == "Saved from a prepared row."


@pytest.mark.parametrize(
    "build, problem",
    [
        (lambda shape, title: Topic.objects.filter(title__icontains=title), "changed"),
        (lambda shape, title: Topic.objects.all(), "does not reach"),
        (
            lambda shape, title: Topic.objects.filter(title=title).prefetch_related("tags"),
            "prefetch",
        ),
        (lambda shape, title: Topic.objects.filter(title=title).values("pk"), "model instances"),
    ],
)
def test_it_refuses_a_query_whose_values_are_not_plain_parameters(build, problem):
    with pytest.raises(PreparationError, match=problem):
        PreparedQuery(build, title=str).fetch(title="falls")


def test_values_must_be_of_their_declared_kind():
    query = PreparedQuery(lambda shape, topic_id: Topic.objects.filter(pk=topic_id), topic_id=int)
    with pytest.raises(TypeError):
        query.fetch(topic_id="1 OR 1=1")
    with pytest.raises(TypeError):
        query.fetch(topic=1)


def test_an_annotation_of_raw_sql_keeps_its_parameters_in_place(setting):
    from django.db.models.expressions import RawSQL

    first, _, ada, _ = setting
    query = PreparedQuery(
        lambda shape, topic_id, user_id: (
            Post.objects.filter(topic_id=topic_id)
            .annotate(me=RawSQL("%s", (user_id,), IntegerField()))  # noqa: S611 (a test value)
            .order_by("number")
        ),
        topic_id=int,
        user_id=int,
    )
    assert {p.me for p in query.fetch(topic_id=first.pk, user_id=ada.pk)} == {ada.pk}


def test_counts_and_value_rows_follow_their_values(setting, django_assert_num_queries):
    first, second, ada, bea = setting
    posts = PreparedQuery(
        lambda shape, topic_id: Post.objects.filter(topic_id=topic_id), topic_id=int
    )
    numbers = PreparedQuery(
        lambda shape, topic_id: (
            Post.objects.filter(topic_id=topic_id)
            .order_by("number")
            .values_list("number", "author_name")
        ),
        topic_id=int,
    )
    for topic in (first, second, first):
        expected = (
            topic.posts.count(),
            list(topic.posts.order_by("number").values_list("number", "author_name")),
        )
        with django_assert_num_queries(2):
            found = (posts.count(topic_id=topic.pk), numbers.fetch(topic_id=topic.pk))
        assert found == expected
    services.reply(second, ada, body="A third voice.")
    assert posts.count(topic_id=second.pk) == 2


def test_a_long_topic_pages_through_every_post_once(setting, settings, client):
    """The topic page reads its posts and their count through prepared queries: the pages
    show every post once, and a page beyond the end is not found."""
    first, _, ada, bea = setting
    settings.COMMUNITY_POSTS_PER_PAGE = 2
    first.community.require_approval = (
        True if hasattr(first.community, "require_approval") else None
    )
    for number in range(2):
        services.reply(first, bea, body=f"Reply {number} from Bea.")
    client.force_login(ada)
    pages = [client.get(first.get_absolute_url(), {"page": n}) for n in (1, 2, 3)]
    assert [p.status_code for p in pages] == [200, 200, 200]
    html = "".join(p.content.decode() for p in pages)
    for body in (
        "The night sister packs it.",
        "Thank you.",
        "Reply 0 from Bea.",
        "Reply 1 from Bea.",
    ):
        assert html.count(body) == 1
    assert client.get(first.get_absolute_url(), {"page": 4}).status_code == 404
