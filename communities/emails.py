"""Composing and sending community e-mail: one per notification, daily digests, invitations.

Plain text only. Every notification e-mail carries a one-click unsubscribe link (a secret token,
no sign-in) in the body and in the List-Unsubscribe headers. Whether the reader may still see
what an e-mail is about is checked again when it is sent, not only when it was queued.
"""

import logging
from collections import OrderedDict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .models import (
    CommunityProfile,
    EmailState,
    Invitation,
    Notification,
    NotificationKind,
    Watch,
)
from .permissions import CommunityAccess
from .services import profile_for

logger = logging.getLogger(__name__)

EXCERPT_LENGTH = 1500
DIGEST_EXCERPT_LENGTH = 300
DIGEST_MAX_ITEMS = 200
ABOUT_POSTS = {NotificationKind.NEW_TOPIC, NotificationKind.REPLY, NotificationKind.MENTION}


def absolute(path):
    """A full address for links in e-mail (settings.WAGTAILADMIN_BASE_URL is the site's base)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_notification(notification_id):
    """Send one notification's e-mail once (claimed first, so a retry cannot send it twice)."""
    claimed = Notification.objects.filter(
        pk=notification_id, email_state=EmailState.PENDING
    ).update(email_state=EmailState.SENT, emailed_at=timezone.now())
    if not claimed:
        return "not pending"
    notification = (
        Notification.objects.select_related(
            "recipient", "community", "topic", "topic__community", "post"
        )
        .filter(pk=notification_id)
        .first()
    )
    if notification is None or not _still_relevant(notification):
        Notification.objects.filter(pk=notification_id).update(email_state=EmailState.SKIPPED)
        return "skipped"
    recipient = notification.recipient
    profile = profile_for(recipient)
    unsubscribe_url = _unsubscribe_url(notification, profile)
    context = {
        "notification": notification,
        "recipient": recipient,
        "summary": notification.summary(),
        "excerpt": _excerpt(notification, EXCERPT_LENGTH),
        "link": absolute(notification.get_absolute_url()),
        "unsubscribe_url": unsubscribe_url,
        "unsubscribe_all_url": absolute(_unsubscribe_path(profile.email_token)),
        "settings_url": absolute(reverse("notifications:settings")),
        "why": _why(notification),
        "transactional": notification.is_about_membership,
    }
    message = EmailMessage(
        subject=_subject(notification),
        body=render_to_string("communities/email/notification.txt", context),
        to=[recipient.email],
        headers=_unsubscribe_headers(unsubscribe_url),
    )
    try:
        message.send()
    except Exception:
        Notification.objects.filter(pk=notification_id).update(
            email_state=EmailState.PENDING, emailed_at=None
        )
        logger.exception("Could not e-mail notification %s", notification_id)
        raise
    return "sent"


def send_digest(user_id):
    """One e-mail with everything waiting for this person, grouped by community and topic."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return 0
    pending = list(
        Notification.objects.filter(recipient=user, email_state=EmailState.PENDING)
        .select_related("community", "topic", "topic__community", "post")
        .order_by("created_at", "pk")[:DIGEST_MAX_ITEMS]
    )
    if not pending:
        return 0
    access = CommunityAccess.for_user(user)
    keep = [n for n in pending if _still_relevant(n, access)]
    dropped = [n.pk for n in pending if n not in keep]
    if dropped:
        Notification.objects.filter(pk__in=dropped).update(email_state=EmailState.SKIPPED)
    profile = profile_for(user)
    if keep:
        tokens = _watch_tokens(user, keep)
        groups = OrderedDict()
        for notification in keep:
            key = notification.topic or notification.community
            group = groups.setdefault(
                key,
                {
                    "title": notification.topic.title if notification.topic_id else "",
                    "community": notification.community,
                    "items": [],
                    "unsubscribe_url": tokens.get(key),
                },
            )
            group["items"].append(
                {
                    "summary": notification.summary(),
                    "excerpt": _excerpt(notification, DIGEST_EXCERPT_LENGTH),
                    "link": absolute(notification.get_absolute_url()),
                    "detail": notification.detail
                    if notification.kind != NotificationKind.INVITED
                    else "",
                }
            )
        unsubscribe_all_url = absolute(_unsubscribe_path(profile.email_token))
        context = {
            "recipient": user,
            "groups": list(groups.values()),
            "count": len(keep),
            "unsubscribe_all_url": unsubscribe_all_url,
            "settings_url": absolute(reverse("notifications:settings")),
        }
        updates = f"{len(keep)} update{'s' if len(keep) != 1 else ''}"
        message = EmailMessage(
            subject=f"Your daily community digest: {updates}",
            body=render_to_string("communities/email/digest.txt", context),
            to=[user.email],
            headers=_unsubscribe_headers(unsubscribe_all_url),
        )
        message.send()
        Notification.objects.filter(pk__in=[n.pk for n in keep]).update(
            email_state=EmailState.SENT, emailed_at=timezone.now()
        )
    CommunityProfile.objects.filter(pk=profile.pk).update(last_digest_at=timezone.now())
    return len(keep)


def send_invitation(invitation_id):
    invitation = Invitation.objects.select_related("community").filter(pk=invitation_id).first()
    if invitation is None or not invitation.is_usable:
        return "not usable"
    context = {
        "invitation": invitation,
        "community": invitation.community,
        "link": absolute(invitation.get_absolute_url()),
    }
    EmailMessage(
        subject=_one_line(
            f"{invitation.invited_by_name} invited you to join {invitation.community.name}"
        ),
        body=render_to_string("communities/email/invitation.txt", context),
        to=[invitation.email],
    ).send()
    return "sent"


def _still_relevant(notification, access=None):
    """May the recipient still see what this notification is about?"""
    recipient = notification.recipient
    if not recipient.is_active or not recipient.email:
        return False
    access = access or CommunityAccess.for_user(recipient)
    if not access.can_see_notification(notification):
        return False
    post = notification.post
    return not (notification.kind in ABOUT_POSTS and post is not None and not post.is_visible)


def _subject(notification):
    topic = notification.topic.title if notification.topic_id else ""
    community = notification.community.name if notification.community_id else ""
    subjects = {
        NotificationKind.REPLY: f"Re: {topic}",
        NotificationKind.NEW_TOPIC: f"New topic in {community}: {topic}",
    }
    return _one_line(subjects.get(notification.kind) or notification.summary())


def _one_line(text):
    return " ".join(text.split())[:200]


def _excerpt(notification, length):
    post = notification.post
    if post is None or notification.kind not in ABOUT_POSTS | {NotificationKind.ACCEPTED}:
        return ""
    text = post.body_text
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _why(notification):
    kind = notification.kind
    if kind == NotificationKind.REPLY:
        return "You get this because you are watching this topic or its community."
    if kind == NotificationKind.NEW_TOPIC:
        return "You get this because you are watching this community."
    if kind == NotificationKind.MENTION:
        return "You get this because someone mentioned you."
    if kind in (
        NotificationKind.POST_HELD,
        NotificationKind.REPORT,
        NotificationKind.JOIN_REQUESTED,
    ):
        return "You get this because you moderate this community."
    return "You get this because it is about something you did in a community."


def _unsubscribe_path(token):
    return reverse("notifications:unsubscribe", args=[token])


def _unsubscribe_url(notification, profile):
    """The watch's link for replies and new topics (stops that topic or community), otherwise
    the link that stops all community e-mail."""
    if notification.kind in (NotificationKind.REPLY, NotificationKind.NEW_TOPIC):
        watches = Watch.objects.filter(user_id=notification.recipient_id)
        watch = None
        if notification.topic_id:
            watch = watches.filter(topic_id=notification.topic_id).first()
        if watch is None and notification.community_id:
            watch = watches.filter(community_id=notification.community_id).first()
        if watch is not None:
            return absolute(_unsubscribe_path(watch.token))
    return absolute(_unsubscribe_path(profile.email_token))


def _watch_tokens(user, notifications):
    """{topic or community: unsubscribe URL} for the digest's groups."""
    topics = {n.topic for n in notifications if n.topic_id}
    communities = {n.community for n in notifications if n.community_id}
    watches = Watch.objects.filter(
        Q(topic__in=topics) | Q(community__in=communities), user=user
    ).select_related("topic", "community")
    by_topic = {w.topic_id: w for w in watches if w.topic_id}
    by_community = {w.community_id: w for w in watches if w.community_id}
    tokens = {}
    for topic in topics:
        watch = by_topic.get(topic.pk) or by_community.get(topic.community_id)
        if watch is not None:
            tokens[topic] = absolute(_unsubscribe_path(watch.token))
    for community in communities:
        watch = by_community.get(community.pk)
        if watch is not None:
            tokens[community] = absolute(_unsubscribe_path(watch.token))
    return tokens


def _unsubscribe_headers(url):
    # RFC 8058: mail programs may POST to the link to unsubscribe in one click.
    return {
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
    }
