"""The list of communities, a community's page, and getting in and out of one."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST, require_safe

from core.pagination import PageNumberError, paginate

from .. import queries, ratelimit, services
from ..forms import DecisionForm, InviteForm, JoinRequestForm, WatchForm
from ..models import (
    WATCH_LEVEL_HELP,
    Community,
    Invitation,
    JoinRequest,
    Membership,
    Role,
    Watch,
    WatchLevel,
)
from ..permissions import CommunityAccess
from .base import (
    get_community,
    handles_denial,
    moderated_community,
    page_error,
    require,
    topics_per_page,
)

MEMBERS_PER_PAGE = 50


@require_safe
def index(request):
    """Every community: care model communities first, then topic communities. Private ones are
    listed (so people can ask to join) without counts or topics for non-members."""
    access = CommunityAccess.for_request(request)
    communities = list(
        Community.objects.select_related("care_model").order_by("care_model__sort_order", "name")
    )
    for community in communities:
        community.readable = access.can_read(community)
        community.my_role = access.role(community)
    context = {
        "care_model_communities": [c for c in communities if c.care_model_id],
        "topic_communities": [c for c in communities if not c.care_model_id],
        "mine": [c for c in communities if c.my_role],
        "can_moderate_any": bool(access.moderated_community_ids()) or access.is_site_moderator,
    }
    return render(request, "communities/index.html", context)


@handles_denial
@require_safe
def community(request, slug):
    """A community's page: what it is, who facilitates it, and its topics for those who may
    read them (filter: unread only, tag)."""
    community = get_community(slug)
    access = CommunityAccess.for_request(request)
    facilitators = list(
        Membership.objects.filter(community=community, role=Role.FACILITATOR)
        .select_related("user")
        .order_by("user__display_name")
    )
    context = {
        "community": community,
        "access": access,
        "facilitators": facilitators,
        "can_read": access.can_read(community),
        "can_post": access.can_post(community),
        "can_moderate": access.can_moderate(community),
        "can_join": access.can_join(community),
        "can_request_to_join": access.can_request_to_join(community),
        "is_member": access.is_member(community),
    }
    status = 200
    if context["can_read"]:
        unread_only = request.GET.get("unread") == "1" and access.is_signed_in
        tag = request.GET.get("tag", "").strip()[:100]
        topics = queries.topic_list(community, access, unread_only=unread_only, tag=tag)
        try:
            page = paginate(topics, request.GET, topics_per_page())
        except PageNumberError as error:
            return page_error(request, error, community.get_absolute_url())
        queries.mark_unread(page.items)
        context.update(
            results=page, unread_only=unread_only, tag=tag, watch=_watch_context(access, community)
        )
    if context["can_request_to_join"]:
        context["pending_request"] = JoinRequest.objects.filter(
            community=community, user=access.user, status=JoinRequest.Status.PENDING
        ).exists()
    return render(request, "communities/community.html", context, status=status)


_UNKNOWN = object()


def _watch_context(access, community=None, topic=None, level=_UNKNOWN):
    """The watch form's context; `level` when already loaded (None: not watching)."""
    if not access.is_signed_in:
        return None
    kind = "topic" if topic is not None else "community"
    if level is _UNKNOWN:
        watch = Watch.objects.filter(
            user=access.user,
            **({"topic": topic} if topic is not None else {"community": community}),
        ).first()
        level = watch.level if watch else None
    return {
        "kind": kind,
        "level": level if level is not None else WatchLevel.NORMAL,
        "choices": [
            (value, label, WATCH_LEVEL_HELP[kind][value]) for value, label in WatchLevel.choices
        ],
    }


@handles_denial
@require_POST
def join(request, slug):
    community = get_community(slug)
    access = CommunityAccess.for_request(request)
    require(access.is_signed_in, "Sign in to join this community.", community)
    if access.is_member(community):
        messages.info(request, f"You are already a member of {community.name}.")
        return redirect(community)
    if community.is_private:
        return redirect("communities:request_to_join", slug=community.slug)
    services.join(community, request.user)
    access.forget()
    messages.success(
        request, f"You have joined {community.name}. You can now start topics and reply."
    )
    next_url = request.POST.get("next", "")
    if next_url.startswith(f"/communities/{community.slug}/") and "//" not in next_url:
        return redirect(next_url)
    return redirect(community)


@handles_denial
def request_to_join(request, slug):
    community = get_community(slug)
    access = CommunityAccess.for_request(request)
    require(access.is_signed_in, "Sign in to ask to join this community.", community)
    if access.is_member(community):
        messages.info(request, f"You are already a member of {community.name}.")
        return redirect(community)
    if community.is_open:
        return redirect(community)
    pending = JoinRequest.objects.filter(
        community=community, user=request.user, status=JoinRequest.Status.PENDING
    ).first()
    form = JoinRequestForm(request.POST or None)
    if request.method == "POST" and pending is None and form.is_valid():
        services.request_to_join(community, request.user, form.cleaned_data["reason"])
        messages.success(
            request,
            f"You have asked to join {community.name}. We will tell you when a facilitator "
            "decides.",
        )
        return redirect(community)
    context = {"community": community, "form": form, "pending": pending}
    return render(request, "communities/request_to_join.html", context)


@handles_denial
def leave(request, slug):
    community = get_community(slug)
    access = CommunityAccess.for_request(request)
    require(access.is_member(community), "You are not a member of this community.", community)
    if request.method == "POST":
        services.leave(community, request.user)
        access.forget()
        messages.success(request, f"You have left {community.name}.")
        return redirect(community if community.is_open else "communities:index")
    return render(request, "communities/leave.html", {"community": community})


@handles_denial
@require_POST
def watch_community(request, slug):
    community = get_community(slug)
    access = CommunityAccess.for_request(request)
    require(access.can_watch(community), "You cannot follow this community.", community)
    form = WatchForm(request.POST)
    if form.is_valid():
        level = form.cleaned_data["level"]
        services.set_watch(request.user, community=community, level=level)
        messages.success(request, _watch_message(level, community.name))
    else:
        messages.error(request, "Choose watching, normal or muted.")
    return redirect(community)


def _watch_message(level, name):
    return {
        WatchLevel.WATCHING: f"You are watching {name}.",
        WatchLevel.NORMAL: f"You will hear about {name} only when it concerns you.",
        WatchLevel.MUTED: f"You have muted {name}.",
    }[level]


@handles_denial
def members(request, slug):
    """For facilitators: the members, pending requests to join, and inviting people."""
    community = moderated_community(
        request, slug, "Only the community's facilitators can manage its members."
    )
    memberships = (
        Membership.objects.filter(community=community)
        .select_related("user")
        .order_by("-role", "user__display_name")
    )
    try:
        page = paginate(memberships, request.GET, MEMBERS_PER_PAGE)
    except PageNumberError as error:
        return page_error(request, error, request.path)
    context = {
        "community": community,
        "results": page,
        "requests": JoinRequest.objects.filter(
            community=community, status=JoinRequest.Status.PENDING
        ).select_related("user"),
        "invitations": Invitation.objects.filter(community=community, accepted_at__isnull=True)[
            :20
        ],
    }
    return render(request, "communities/members.html", context)


@handles_denial
@require_POST
def member_action(request, slug, membership_id):
    community = moderated_community(
        request, slug, "Only the community's facilitators can manage its members."
    )
    membership = get_object_or_404(
        Membership.objects.select_related("user", "community"),
        pk=membership_id,
        community=community,
    )
    action = request.POST.get("action")
    name = membership.user.display_name
    if action == "make_facilitator":
        services.set_role(membership, Role.FACILITATOR, by=request.user)
        messages.success(request, f"{name} is now a facilitator.")
    elif action == "make_member":
        services.set_role(membership, Role.MEMBER, by=request.user)
        messages.success(request, f"{name} is now a member, not a facilitator.")
    elif action == "remove":
        services.remove_member(membership, by=request.user)
        messages.success(request, f"{name} is no longer a member.")
    else:
        messages.error(request, "Choose what to do.")
    return redirect("communities:members", slug=community.slug)


@handles_denial
def invite(request, slug):
    community = get_community(slug)
    access = CommunityAccess.for_request(request)
    require(
        access.can_invite(community),
        "Only the community's facilitators can invite people.",
        community,
    )
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not ratelimit.allow_invites(request.user, len(form.cleaned_data["emails"])):
            limit, _ = ratelimit.invite_rate()
            form.add_error(
                None,
                f"You can invite {limit} people an hour. Try again later: your list is still here.",
            )
            return render(
                request,
                "communities/invite.html",
                {"community": community, "form": form},
                status=429,
            )
        sent, skipped = services.invite(
            community,
            form.cleaned_data["emails"],
            by=request.user,
            message=form.cleaned_data["message"],
        )
        if sent:
            messages.success(
                request,
                f"Invitation sent to {', '.join(i.email for i in sent)}.",
            )
        if skipped:
            messages.info(request, f"Already members, so not invited: {', '.join(skipped)}.")
        return redirect("communities:members", slug=community.slug)
    return render(request, "communities/invite.html", {"community": community, "form": form})


@handles_denial
def decide_request(request, slug, request_id):
    community = moderated_community(
        request, slug, "Only the community's facilitators can decide requests to join."
    )
    join_request = get_object_or_404(
        JoinRequest.objects.select_related("user"), pk=request_id, community=community
    )
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and join_request.is_pending and form.is_valid():
        approve = form.cleaned_data["decision"] == "approve"
        try:
            services.decide_join_request(
                join_request, approve=approve, by=request.user, reason=form.cleaned_data["reason"]
            )
        except services.ServiceError as error:
            messages.error(request, str(error))
        else:
            verb = "approved" if approve else "declined"
            messages.success(
                request,
                f"You {verb} {join_request.user.display_name}'s request. We have told them.",
            )
        return redirect("communities:moderation", slug=community.slug)
    context = {"community": community, "join_request": join_request, "form": form}
    return render(request, "communities/decide_request.html", context)


def invitation(request, token):
    """The page an invitation e-mail links to: accept (signed in) or sign in first."""
    invitation = Invitation.objects.select_related("community").filter(token=token[:64]).first()
    if invitation is None:
        raise Http404("No such invitation")
    community = invitation.community
    error = None
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.path)
        try:
            services.accept_invitation(invitation, request.user)
        except services.ServiceError as problem:
            error = str(problem)
        else:
            messages.success(request, f"Welcome to {community.name}. You are now a member.")
            return redirect(community)
    access = CommunityAccess.for_request(request)
    context = {
        "invitation": invitation,
        "community": community,
        "error": error,
        "is_member": access.is_member(community),
    }
    return render(request, "communities/invitation.html", context, status=400 if error else 200)
