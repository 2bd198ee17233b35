"""Facilitators' and site moderators' tools: the queue, hiding and restoring, pins and locks."""

from django.contrib import messages
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from .. import services
from ..forms import ReasonForm
from ..models import Community, JoinRequest, ModerationAction, Post, Report
from ..permissions import CommunityAccess
from .base import get_post, get_topic, handles_denial, moderated_community, require

MODERATORS_ONLY = "Only the community's facilitators and site moderators can do this."


@handles_denial
@require_safe
def overview(request):
    """Every community this person moderates, with what is waiting in each queue."""
    access = CommunityAccess.for_request(request)
    require(
        access.is_site_moderator or bool(access.moderated_community_ids()),
        "Only facilitators and site moderators have moderation queues.",
    )
    communities = Community.objects.all()
    if not access.is_site_moderator:
        communities = communities.filter(pk__in=access.moderated_community_ids())

    def count(queryset):
        return Coalesce(
            Subquery(
                queryset.order_by().values("community").annotate(n=Count("pk")).values("n"),
                output_field=IntegerField(),
            ),
            Value(0),
        )

    communities = communities.annotate(
        open_reports=count(
            Report.objects.filter(community=OuterRef("pk"), resolved_at__isnull=True)
        ),
        held_posts=Coalesce(
            Subquery(
                Post.objects.filter(
                    topic__community=OuterRef("pk"), is_approved=False, hidden_at__isnull=True
                )
                .order_by()
                .values("topic__community")
                .annotate(n=Count("pk"))
                .values("n"),
                output_field=IntegerField(),
            ),
            Value(0),
        ),
        pending_requests=count(
            JoinRequest.objects.filter(community=OuterRef("pk"), status=JoinRequest.Status.PENDING)
        ),
    ).order_by("name")
    return render(request, "communities/moderation_overview.html", {"communities": communities})


@handles_denial
@require_safe
def queue(request, slug):
    """One community's queue: reported posts, held posts, requests to join, hidden posts and
    the record of recent moderation."""
    community = moderated_community(request, slug, MODERATORS_ONLY)
    reports = list(
        Report.objects.filter(community=community, resolved_at__isnull=True)
        .select_related("post", "post__topic")
        .order_by("created_at")
    )
    reported = {}
    for report in reports:
        reported.setdefault(report.post, []).append(report)
    held = (
        Post.objects.filter(topic__community=community, is_approved=False, hidden_at__isnull=True)
        .select_related("topic")
        .order_by("created_at")
    )
    hidden = (
        Post.objects.filter(topic__community=community, hidden_at__isnull=False)
        .select_related("topic")
        .order_by("-hidden_at")[:50]
    )
    context = {
        "community": community,
        "reported": [{"post": post, "reports": items} for post, items in reported.items()],
        "held": held,
        "hidden": hidden,
        "requests": JoinRequest.objects.filter(
            community=community, status=JoinRequest.Status.PENDING
        ).select_related("user"),
        "log": ModerationAction.objects.filter(community=community).select_related("topic", "post")[
            :30
        ],
    }
    return render(request, "communities/moderation.html", context)


def _moderated_post(request, slug, post_id):
    post = get_post(slug, post_id)
    access = CommunityAccess.for_request(request)
    require(access.can_moderate(post.topic.community), MODERATORS_ONLY, post.topic.community)
    return post


def _post_with_reason(request, slug, post_id, *, action, label, help_text, apply, done):
    """Ask for a reason, then apply a moderation action to one post (hide or restore)."""
    post = _moderated_post(request, slug, post_id)
    form = ReasonForm(request.POST or None, label=label, help_text=help_text)
    if request.method == "POST" and form.is_valid():
        try:
            apply(post, by=request.user, reason=form.cleaned_data["reason"])
        except services.ServiceError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, done)
        return redirect(_back(request, post))
    return render(
        request,
        "communities/moderate_post.html",
        {
            "post": post,
            "topic": post.topic,
            "community": post.topic.community,
            "form": form,
            "action": action,
        },
    )


@handles_denial
def hide(request, slug, post_id):
    return _post_with_reason(
        request,
        slug,
        post_id,
        action="hide",
        label="Why are you hiding this post?",
        help_text="Facilitators and site moderators see this; we also tell the post's author.",
        apply=services.hide_post,
        done="The post is hidden. Readers see that it was hidden.",
    )


@handles_denial
def restore(request, slug, post_id):
    return _post_with_reason(
        request,
        slug,
        post_id,
        action="restore",
        label="Why are you restoring this post?",
        help_text="Kept in the community's moderation record.",
        apply=services.restore_post,
        done="The post is visible again.",
    )


@handles_denial
@require_POST
def approve(request, slug, post_id):
    post = _moderated_post(request, slug, post_id)
    try:
        services.approve_post(post, by=request.user)
    except services.ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"You approved {post.author_name}'s post. We have told them.")
    return redirect("communities:moderation", slug=slug)


@handles_denial
@require_POST
def dismiss(request, slug, post_id):
    post = _moderated_post(request, slug, post_id)
    if services.dismiss_reports(
        post, by=request.user, reason=request.POST.get("reason", "")[:1000]
    ):
        messages.success(request, "The reports are closed. The post stays as it is.")
    return redirect("communities:moderation", slug=slug)


@handles_denial
@require_POST
def pin(request, slug, topic_id):
    topic = get_topic(slug, topic_id)
    access = CommunityAccess.for_request(request)
    require(access.can_moderate(topic.community), MODERATORS_ONLY, topic.community)
    pinned = request.POST.get("action") != "unpin"
    services.pin_topic(topic, by=request.user, pinned=pinned)
    messages.success(
        request,
        "The topic is pinned to the top of the community." if pinned else "The topic is unpinned.",
    )
    return redirect(topic)


@handles_denial
def lock(request, slug, topic_id):
    """Lock a topic (with a reason, shown to readers) or unlock it."""
    topic = get_topic(slug, topic_id)
    access = CommunityAccess.for_request(request)
    require(access.can_moderate(topic.community), MODERATORS_ONLY, topic.community)
    unlocking = topic.is_locked
    form = ReasonForm(
        request.POST or None,
        label="Why are you unlocking this topic? (optional)"
        if unlocking
        else "Why are you locking this topic?",
        help_text="" if unlocking else "Readers see this reason above the topic.",
        required=not unlocking,
    )
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        if unlocking:
            services.unlock_topic(topic, by=request.user, reason=reason)
            messages.success(request, "The topic is open for replies again.")
        else:
            services.lock_topic(topic, by=request.user, reason=reason)
            messages.success(request, "The topic is locked: nobody but moderators can reply.")
        return redirect(topic)
    context = {"topic": topic, "community": topic.community, "form": form, "unlocking": unlocking}
    return render(request, "communities/lock.html", context)


def _back(request, post):
    if request.POST.get("next") == "queue":
        return reverse("communities:moderation", args=[post.topic.community.slug])
    return post.get_absolute_url()
