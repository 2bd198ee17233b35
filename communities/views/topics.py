"""Topics and posts: start, read, reply, quote, edit, delete, mark helpful, accept, report."""

from dataclasses import dataclass

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import urlencode
from django.views.decorators.http import require_POST, require_safe
from wagtail.models import Page

from core.pagination import PageNumberError, paginate

from .. import markup, queries, ratelimit, services
from ..forms import EditPostForm, ReplyForm, ReportForm, TopicForm, WatchForm
from ..models import Post, ReadState
from ..permissions import CommunityAccess
from .base import (
    about_page,
    get_community,
    get_post,
    get_topic,
    handles_denial,
    page_error,
    posts_per_page,
    read_id,
    require,
)
from .communities import _watch_context, _watch_message


def _post_permission_message(access, community):
    if not access.is_signed_in:
        return "Sign in to take part in this community."
    if community.is_private:
        return "Only members of this private community can post in it."
    return "Join this community to start topics and reply."


def _about_page(value):
    """The live, public page a new topic discusses (a case study or guide), or None."""
    page_id = read_id(str(value)) if value not in (None, "") else None
    if page_id is None:
        return None
    return Page.objects.live().public().filter(pk=page_id).first()


@handles_denial
def new_topic(request, slug):
    community = get_community(slug)
    access = CommunityAccess.for_request(request)
    require(access.can_post(community), _post_permission_message(access, community), community)
    about = _about_page(request.POST.get("about") or request.GET.get("about"))
    form = TopicForm(request.POST or None, initial={"about": about.pk if about else None})
    status = 200
    if request.method == "POST" and form.is_valid():
        if not ratelimit.allow_post(request.user):
            form.add_error(None, ratelimit.limit_message())
            status = 429
        else:
            topic = services.create_topic(
                community,
                request.user,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                tags=form.cleaned_data["tags"],
                page=about,
            )
            if topic.is_approved:
                messages.success(request, "Your topic has been posted.")
            else:
                messages.info(request, _held_message(community))
            return redirect(topic)
    context = {"community": community, "form": form, "about": about}
    return render(request, "communities/new_topic.html", context, status=status)


def _held_message(community):
    return (
        f"Thank you. {community.name} checks new members' first posts: yours will appear when a "
        "facilitator approves it, and we will tell you."
    )


@handles_denial
@require_safe
def topic_redirect(request, slug, topic_id):
    topic = get_topic(slug, topic_id)
    # The address it redirects to carries the title: only for people who may see the topic.
    access = CommunityAccess.for_request(request)
    require(access.can_see_topic(topic), "This topic is not available.", topic.community)
    return redirect(topic, permanent=True)


@dataclass
class PostRow:
    """A post with what this reader may see and do with it."""

    post: Post
    show_content: bool
    can_edit: bool
    can_delete: bool
    can_mark_helpful: bool
    marked_helpful: bool
    can_report: bool
    can_quote: bool
    can_accept: bool
    is_accepted: bool
    can_moderate: bool = False

    @property
    def fragment_key(self):
        """Everything communities/includes/post.html shows, for {% fragment %}: the post as
        it is now (an edit, hide, delete, approval or helpful mark is a new key), its author's
        name and job, and what this reader may see and do with it. Two readers share a
        rendered post only when all of that is the same; the forms' CSRF token is filled in
        per request (core/templatetags/fragment_tags.py)."""
        post = self.post
        author = post.author
        return (
            post.topic.community.slug,
            post.topic_id,
            post.pk,
            post.number,
            post.author_name,
            author.job_title if author else None,
            author.organisation if author else None,
            post.created_at,
            post.edited_at,
            post.deleted_at,
            post.hidden_at,
            post.hidden_by_name,
            post.hide_reason,
            post.is_approved,
            post.helpful_count,
            getattr(post, "open_reports", None),
            post.body_html,
            self.show_content,
            self.can_edit,
            self.can_delete,
            self.can_mark_helpful,
            self.marked_helpful,
            self.can_report,
            self.can_quote,
            self.can_accept,
            self.is_accepted,
            self.can_moderate,
        )


@handles_denial
@require_safe
def topic(request, slug, topic_id, topic_slug):
    """A topic's posts, a page at a time: the same number of queries for 10 posts or 1,000."""
    access = CommunityAccess.for_request(request)
    # The reader's watch, read position and unread notifications come with the topic.
    topic = get_topic(slug, topic_id, reader=access.user, reading=True)
    community = topic.community
    require(
        access.can_see_topic(topic),
        "This topic is in a private community. Only its members can read it."
        if community.is_private
        else "This topic is not available.",
        community,
    )
    if topic_slug != topic.slug:
        query = f"?{request.GET.urlencode()}" if request.GET else ""
        return redirect(topic.get_absolute_url() + query, permanent=True)
    try:
        page = paginate(queries.topic_posts_to_read(topic, access), request.GET, posts_per_page())
    except PageNumberError as error:
        return page_error(request, error, topic.get_absolute_url())
    can_moderate = access.can_moderate(community)
    can_reply = access.can_reply(topic)
    can_accept = access.can_accept_answer(topic)
    marked = {post.pk for post in page.items if getattr(post, "marked_helpful", False)}
    rows = []
    for post in page.items:
        post.topic = topic  # already loaded: no query per post
        show = access.can_see_post_content(post)
        rows.append(
            PostRow(
                post=post,
                show_content=show,
                can_edit=access.can_edit_post(post),
                can_delete=access.can_delete_post(post),
                can_mark_helpful=access.can_mark_helpful(post),
                marked_helpful=post.pk in marked,
                can_report=access.can_report(post),
                can_quote=can_reply and post.is_visible,
                can_accept=can_accept and post.is_visible and not post.is_opening,
                is_accepted=topic.accepted_post_id == post.pk,
                can_moderate=can_moderate,
            )
        )
    if access.user is not None and page.items:
        # Writes only what moved: a re-read of a page already read costs no query.
        services.mark_read(
            access.user,
            topic,
            max(post.number for post in page.items),
            last_read=topic.reader_last_read,
            has_unread=topic.reader_has_unread,
        )
    context = {
        "community": community,
        "topic": topic,
        "tags": queries.topic_tags(topic),
        "results": page,
        "rows": rows,
        "can_reply": can_reply,
        "can_moderate": can_moderate,
        "can_accept": can_accept,
        "can_post": access.can_post(community),
        "can_join": access.can_join(community),
        "watch": _watch_context(
            access, topic=topic, level=getattr(topic, "reader_watch_level", None)
        ),
        "reply_form": ReplyForm() if can_reply else None,
        "about": about_page(topic),
        "is_last_page": page.number == page.num_pages,
    }
    return render(request, "communities/topic.html", context)


@handles_denial
@require_safe
def post_link(request, slug, post_id):
    """A lasting address for a post: goes to the page of the topic it is on."""
    post = get_post(slug, post_id)
    topic = post.topic
    access = CommunityAccess.for_request(request)
    require(access.can_see_topic(topic), "This post is in a private community.", topic.community)
    posts = queries.topic_posts(topic, access)
    if not posts.filter(pk=post.pk).exists():
        raise Http404("No such post")
    return redirect(_post_url(topic, post.number, queries.position_of(posts, post.number)))


@handles_denial
@require_safe
def first_unread(request, slug, topic_id):
    """Go to the first post this person has not read yet (or the last page)."""
    topic = get_topic(slug, topic_id)
    access = CommunityAccess.for_request(request)
    require(access.can_see_topic(topic), "This topic is not available.", topic.community)
    posts = queries.topic_posts(topic, access)
    read = 0
    if access.user is not None:
        state = ReadState.objects.filter(user=access.user, topic=topic).first()
        read = state.last_read_number if state else 0
    number = posts.filter(number__gt=read).values_list("number", flat=True).first()
    if number is None:
        number = posts.values_list("number", flat=True).last() or 1
    return redirect(_post_url(topic, number, queries.position_of(posts, number)))


def _post_url(topic, number, position):
    page = position // posts_per_page() + 1
    query = f"?{urlencode({'page': page})}" if page > 1 else ""
    return f"{topic.get_absolute_url()}{query}#post-{number}"


@handles_denial
def reply(request, slug, topic_id):
    """Reply to a topic; `?quote=<post id>` starts the reply with that post quoted."""
    topic = get_topic(slug, topic_id)
    community = topic.community
    access = CommunityAccess.for_request(request)
    require(access.can_see_topic(topic), "This topic is not available.", community)
    if topic.is_locked and not access.can_moderate(community):
        require(False, "This topic is locked: no new replies can be added.", community)
    require(access.can_reply(topic), _post_permission_message(access, community), community)
    initial = {}
    quoted = _quoted_post(topic, access, request.GET.get("quote"))
    if quoted is not None:
        initial["body"] = markup.quote(
            quoted.author_name, quoted.body_markdown, quoted.get_absolute_url()
        )
    form = ReplyForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST" and form.is_valid():
        if not ratelimit.allow_post(request.user):
            form.add_error(None, ratelimit.limit_message())
            status = 429
        else:
            try:
                post = services.reply(topic, request.user, body=form.cleaned_data["body"])
            except services.ServiceError as error:
                form.add_error(None, str(error))
            else:
                if post.is_approved:
                    messages.success(request, "Your reply has been posted.")
                else:
                    messages.info(request, _held_message(community))
                return redirect("communities:post", slug=community.slug, post_id=post.pk)
    context = {"community": community, "topic": topic, "form": form, "quoted": quoted}
    return render(request, "communities/reply.html", context, status=status)


def _quoted_post(topic, access, value):
    post_id = read_id(value)
    if post_id is None:
        return None
    post = Post.objects.filter(pk=post_id, topic=topic).first()
    if post is None or not post.is_visible:
        return None
    post.topic = topic
    return post


@handles_denial
def edit_post(request, slug, post_id):
    post = get_post(slug, post_id)
    topic = post.topic
    access = CommunityAccess.for_request(request)
    require(access.can_edit_post(post), "You can only edit your own posts.", topic.community)
    opening = post.is_opening
    initial = {"body": post.body_markdown}
    if opening:
        initial.update(title=topic.title, tags=", ".join(t.name for t in topic.tags.all()))
    form = EditPostForm(request.POST or None, initial=initial, opening=opening)
    status = 200
    if request.method == "POST" and form.is_valid():
        # An edit counts against the posting limit: it re-renders and re-indexes the post and may
        # mention people, so unlimited edits would be unlimited posts.
        if not ratelimit.allow_post(request.user):
            form.add_error(None, ratelimit.limit_message())
            status = 429
        else:
            services.edit_post(
                post,
                body=form.cleaned_data["body"],
                by=request.user,
                title=form.cleaned_data.get("title") if opening else None,
                tags=form.cleaned_data.get("tags") if opening else None,
            )
            messages.success(request, "Your post has been changed.")
            return redirect("communities:post", slug=slug, post_id=post.pk)
    context = {"community": topic.community, "topic": topic, "post": post, "form": form}
    return render(request, "communities/edit_post.html", context, status=status)


@handles_denial
def delete_post(request, slug, post_id):
    post = get_post(slug, post_id)
    topic = post.topic
    access = CommunityAccess.for_request(request)
    require(access.can_delete_post(post), "You can only delete your own posts.", topic.community)
    if request.method == "POST":
        services.delete_post(post, by=request.user)
        messages.success(request, "Your post has been deleted. The rest of the topic stays.")
        return redirect("communities:post", slug=slug, post_id=post.pk)
    context = {"community": topic.community, "topic": topic, "post": post}
    return render(request, "communities/delete_post.html", context)


@handles_denial
@require_POST
def helpful(request, slug, post_id):
    post = get_post(slug, post_id)
    access = CommunityAccess.for_request(request)
    require(
        access.can_mark_helpful(post),
        "Members can mark other people's posts as helpful.",
        post.topic.community,
    )
    marked = services.toggle_helpful(post, request.user)
    messages.success(
        request, "You marked the post as helpful." if marked else "You took back your helpful mark."
    )
    return redirect("communities:post", slug=slug, post_id=post.pk)


@handles_denial
@require_POST
def accept(request, slug, topic_id):
    topic = get_topic(slug, topic_id)
    access = CommunityAccess.for_request(request)
    require(
        access.can_accept_answer(topic),
        "Only the person who started the topic, or a facilitator, can accept an answer.",
        topic.community,
    )
    if request.POST.get("action") == "clear":
        services.clear_accepted_answer(topic, by=request.user)
        messages.success(request, "The topic no longer has an accepted answer.")
        return redirect(topic)
    post = Post.objects.filter(pk=read_id(request.POST.get("post")), topic=topic).first()
    if post is None:
        raise Http404("No such post")
    try:
        services.accept_answer(topic, post, by=request.user)
    except services.ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"You accepted {post.author_name}'s reply as the answer.")
    return redirect("communities:post", slug=slug, post_id=post.pk)


@handles_denial
def report(request, slug, post_id):
    post = get_post(slug, post_id)
    topic = post.topic
    access = CommunityAccess.for_request(request)
    require(access.can_report(post), "You cannot report this post.", topic.community)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.report_post(
            post,
            reporter=request.user,
            reason=form.cleaned_data["reason"],
            details=form.cleaned_data["details"],
        )
        messages.success(
            request, "Thank you. The community's facilitators will look at the post you reported."
        )
        return redirect("communities:post", slug=slug, post_id=post.pk)
    context = {"community": topic.community, "topic": topic, "post": post, "form": form}
    return render(request, "communities/report.html", context)


@handles_denial
@require_POST
def watch_topic(request, slug, topic_id):
    topic = get_topic(slug, topic_id)
    access = CommunityAccess.for_request(request)
    require(
        access.is_signed_in and access.can_see_topic(topic),
        "You cannot follow this topic.",
        topic.community,
    )
    form = WatchForm(request.POST)
    if form.is_valid():
        level = form.cleaned_data["level"]
        services.set_watch(request.user, topic=topic, level=level)
        messages.success(request, _watch_message(level, f"“{topic.title}”"))
    else:
        messages.error(request, "Choose watching, normal or muted.")
    return redirect(topic)
