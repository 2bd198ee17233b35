"""The notification centre: everything in one place, with one page to choose what you hear."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from core.pagination import PageNumberError, paginate

from .. import queries, services
from ..forms import EmailFrequencyForm, WatchForm
from ..models import (
    WATCH_LEVEL_HELP,
    Community,
    CommunityProfile,
    Notification,
    Watch,
    WatchLevel,
)
from ..permissions import CommunityAccess
from .base import page_error, read_ids

NOTIFICATIONS_PER_PAGE = 30
WATCHES_PER_PAGE = 50


@dataclass
class NotificationRow:
    notification: Notification
    visible: bool
    summary: str
    url: str


@login_required
@require_safe
def index(request):
    """Every notification, newest first; filter by community and to unread ones."""
    user = request.user
    access = CommunityAccess.for_request(request)
    options = [
        community
        for community in Community.objects.filter(
            pk__in=Notification.objects.filter(recipient=user).values("community_id")
        ).order_by("name")
        if access.can_read(community)
    ]
    slug = request.GET.get("community", "").strip()[:80]
    selected = next((c for c in options if c.slug == slug), None)
    notice = None
    if slug and selected is None:
        notice = "You have no notifications from that community, so all are shown."
    unread_only = request.GET.get("unread") == "1"
    notifications = queries.notifications_for(user, community=selected, unread_only=unread_only)
    try:
        page = paginate(notifications, request.GET, NOTIFICATIONS_PER_PAGE)
    except PageNumberError as error:
        return page_error(request, error, reverse("notifications:index"))
    rows = []
    for notification in page.items:
        visible = access.can_see_notification(notification)
        rows.append(
            NotificationRow(
                notification=notification,
                visible=visible,
                summary=notification.summary() if visible else "",
                url=notification.get_absolute_url() if visible else "",
            )
        )
    context = {
        "results": page,
        "rows": rows,
        "options": options,
        "selected": selected,
        "unread_only": unread_only,
        "notice": notice,
        "filter_query": _filter_query(selected, unread_only),
    }
    return render(request, "communities/notifications.html", context)


def _filter_query(community, unread_only):
    params = {}
    if community is not None:
        params["community"] = community.slug
    if unread_only:
        params["unread"] = "1"
    return urlencode(params)


@login_required
@require_POST
def mark_read(request):
    """Mark some notifications read (`id`, repeated) or all of them (optionally one
    community's)."""
    community = None
    slug = request.POST.get("community", "").strip()[:80]
    if slug:
        community = Community.objects.filter(slug=slug).first()
        # A community the person cannot read answers as one that does not exist.
        if community is not None and not CommunityAccess.for_request(request).can_read(community):
            community = None
    if request.POST.get("all") == "1":
        count = services.mark_notifications_read(request.user, community=community)
    else:
        ids = read_ids(request.POST.getlist("id"))
        count = services.mark_notifications_read(request.user, ids=ids) if ids else 0
    messages.success(request, f"Marked {count} notification{'s' if count != 1 else ''} as read.")
    query = _filter_query(community, request.POST.get("unread") == "1")
    return redirect(reverse("notifications:index") + (f"?{query}" if query else ""))


@login_required
def notification_settings(request):
    """How often to e-mail, and every topic and community this person watches or has muted."""
    user = request.user
    profile = services.profile_for(user)
    form = EmailFrequencyForm(
        request.POST or None, initial={"email_frequency": profile.email_frequency}
    )
    if request.method == "POST" and form.is_valid():
        services.set_email_frequency(user, form.cleaned_data["email_frequency"])
        messages.success(request, "Your e-mail choice is saved.")
        return redirect("notifications:settings")
    access = CommunityAccess.for_request(request)
    watches = (
        Watch.objects.filter(user=user)
        .exclude(level=WatchLevel.NORMAL)
        .select_related("community", "topic", "topic__community")
        .order_by("community__name", "-updated_at")
    )
    try:
        page = paginate(watches, request.GET, WATCHES_PER_PAGE)
    except PageNumberError as error:
        return page_error(request, error, reverse("notifications:settings"))
    rows = []
    for watch in page.items:
        community = watch.community or watch.topic.community
        if not access.can_read(community):
            continue
        kind = "topic" if watch.topic_id else "community"
        rows.append(
            {
                "watch": watch,
                "community": community,
                "kind": kind,
                "choices": [
                    (value, label, WATCH_LEVEL_HELP[kind][value])
                    for value, label in WatchLevel.choices
                ],
            }
        )
    context = {"form": form, "profile": profile, "results": page, "rows": rows}
    return render(request, "communities/notification_settings.html", context)


@login_required
@require_POST
def change_watch(request, watch_id):
    watch = get_object_or_404(Watch, pk=watch_id, user=request.user)
    form = WatchForm(request.POST)
    if form.is_valid():
        level = form.cleaned_data["level"]
        if watch.topic_id:
            services.set_watch(request.user, topic=watch.topic, level=level)
        else:
            services.set_watch(request.user, community=watch.community, level=level)
        messages.success(request, "Saved.")
    else:
        messages.error(request, "Choose watching, normal or muted.")
    return redirect("notifications:settings")


@csrf_exempt  # the secret token is the credential; mail programs POST here (RFC 8058)
def unsubscribe(request, token):
    """The link in every e-mail: works without signing in. GET asks to confirm (so link
    scanners cannot unsubscribe anyone); POST stops the e-mails."""
    token = token[:64]
    watch = Watch.objects.select_related("topic", "community").filter(token=token).first()
    profile = None if watch else CommunityProfile.objects.filter(email_token=token).first()
    if watch is None and profile is None:
        raise Http404("This unsubscribe link is not valid.")
    what = _unsubscribe_subject(watch)
    if request.method == "POST":
        services.unsubscribe(token)
        return render(request, "communities/unsubscribed.html", {"what": what, "watch": watch})
    if request.method not in ("GET", "HEAD"):
        raise Http404
    return render(
        request,
        "communities/unsubscribe.html",
        {"what": what, "watch": watch, "token": token},
    )


def _unsubscribe_subject(watch):
    if watch is None:
        return "any community e-mails"
    if watch.topic_id:
        return f"e-mails about the topic “{watch.topic.title}”"
    return f"e-mails about new posts in {watch.community.name}"
