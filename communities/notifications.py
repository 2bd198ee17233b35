"""Who is told about what: in-app notifications, and which of them go out by e-mail.

Downstream of the services: they announce what happened (communities.signals) and the
receivers at the end of this module, connected when the app is ready, decide who is told,
inside the service's transaction. E-mails are queued as background tasks (communities.tasks)
after the transaction commits. Only people who may read the community are ever notified of
its content. What a notification says and where it leads is the model's
(Notification.summary, Notification.get_absolute_url).
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.dispatch import receiver

from . import signals
from .models import (
    ABOUT_MEMBERSHIP,
    ALWAYS_EMAILED,
    NEVER_EMAILED,
    CommunityProfile,
    EmailFrequency,
    EmailState,
    Notification,
    NotificationKind,
    Watch,
    WatchLevel,
)
from .permissions import facilitator_ids, readers_among, site_moderator_ids
from .services import display_name
from .tasks import send_invitation_email, send_notification_email

# Said at most once per post and person, however often the post is edited, approved again or
# its answer accepted, cleared and accepted again: a repeat would only be a flood.
ONCE_PER_POST = {
    NotificationKind.MENTION,
    NotificationKind.NEW_TOPIC,
    NotificationKind.REPLY,
    NotificationKind.ACCEPTED,
    NotificationKind.POST_APPROVED,
    NotificationKind.POST_HELD,
}


def notify(recipient_ids, kind, *, community=None, topic=None, post=None, actor_name="", detail=""):
    """Create one notification of `kind` for each recipient and queue their e-mails.

    Content notifications go only to people who may read the community.
    """
    recipient_ids = set(recipient_ids)
    if community is not None and kind not in ABOUT_MEMBERSHIP:
        recipient_ids = readers_among(community, recipient_ids)
    if not recipient_ids:
        return []
    notifications = [
        Notification(
            recipient_id=recipient_id,
            kind=kind,
            community=community,
            topic=topic,
            post=post,
            actor_name=actor_name[:100],
            detail=detail,
        )
        for recipient_id in sorted(recipient_ids)
    ]
    return _save_and_queue(notifications)


def post_published(post, mentions):
    """A post has become visible: tell the people it mentions and the topic's (or, for a new
    topic, the community's) watchers, once each; a mention wins over a reply."""
    topic = post.topic
    community = topic.community
    author_id = post.author_id

    topic_levels = dict(Watch.objects.filter(topic=topic).values_list("user_id", "level"))
    community_levels = dict(
        Watch.objects.filter(community=community).values_list("user_id", "level")
    )

    def level_of(user_id):
        return topic_levels.get(user_id) or community_levels.get(user_id) or WatchLevel.NORMAL

    mentioned = set()
    if mentions:
        mentioned = {
            user_id
            for user_id in CommunityProfile.objects.filter(handle__in=mentions).values_list(
                "user_id", flat=True
            )
            if level_of(user_id) != WatchLevel.MUTED
        }
    watchers = {user_id for user_id in topic_levels if level_of(user_id) == WatchLevel.WATCHING}
    watchers |= {
        user_id
        for user_id, level in community_levels.items()
        if level == WatchLevel.WATCHING and user_id not in topic_levels
    }
    mentioned.discard(author_id)
    watchers -= mentioned | {author_id}

    readers = readers_among(community, mentioned | watchers)
    kind = NotificationKind.NEW_TOPIC if post.number == 1 else NotificationKind.REPLY
    notifications = [
        Notification(
            recipient_id=user_id,
            kind=NotificationKind.MENTION if user_id in mentioned else kind,
            community=community,
            topic=topic,
            post=post,
            actor_name=post.author_name,
        )
        for user_id in sorted(readers)
    ]
    return _save_and_queue(notifications)


def mentioned_in_edit(post, new_mentions):
    """People newly mentioned when a visible post is edited."""
    if not new_mentions:
        return []
    topic = post.topic
    muted = set(
        Watch.objects.filter(
            Q(topic=topic) | Q(community=topic.community), level=WatchLevel.MUTED
        ).values_list("user_id", flat=True)
    )
    user_ids = (
        set(
            CommunityProfile.objects.filter(handle__in=new_mentions).values_list(
                "user_id", flat=True
            )
        )
        - muted
        - {post.author_id}
    )
    return notify(
        user_ids,
        NotificationKind.MENTION,
        community=topic.community,
        topic=topic,
        post=post,
        actor_name=post.author_name,
    )


def moderators_of(community):
    """Who hears about reports, held posts and join requests: the community's facilitators, or
    the site moderators when it has none."""
    return facilitator_ids(community) or site_moderator_ids()


def _save_and_queue(notifications):
    """Save notifications and queue their e-mails; every notification is made here, so this is
    where a person is told about a post at most once per kind (ONCE_PER_POST)."""
    notifications = _without_repeats(notifications)
    if not notifications:
        return []
    frequencies = dict(
        CommunityProfile.objects.filter(
            user_id__in={n.recipient_id for n in notifications}
        ).values_list("user_id", "email_frequency")
    )
    immediate = []
    for notification in notifications:
        frequency = frequencies.get(notification.recipient_id, EmailFrequency.IMMEDIATELY)
        if notification.kind in ALWAYS_EMAILED:
            frequency = EmailFrequency.IMMEDIATELY
        if frequency == EmailFrequency.NEVER or notification.kind in NEVER_EMAILED:
            notification.email_state = EmailState.NONE
        else:
            notification.email_state = EmailState.PENDING
            if frequency == EmailFrequency.IMMEDIATELY:
                immediate.append(notification)
    Notification.objects.bulk_create(notifications)
    if immediate:
        ids = [n.pk for n in immediate]
        transaction.on_commit(lambda: _queue_emails(ids))
    return notifications


def _without_repeats(notifications):
    once = [n for n in notifications if n.kind in ONCE_PER_POST and n.post_id is not None]
    if not once:
        return notifications
    already = set(
        Notification.objects.filter(
            post_id__in={n.post_id for n in once}, kind__in={n.kind for n in once}
        ).values_list("recipient_id", "post_id", "kind")
    )
    kept = []
    for notification in notifications:
        key = (notification.recipient_id, notification.post_id, notification.kind)
        if notification.kind in ONCE_PER_POST and notification.post_id is not None:
            if key in already:
                continue
            already.add(key)
        kept.append(notification)
    return kept


def _queue_emails(notification_ids):
    for notification_id in notification_ids:
        send_notification_email.enqueue(notification_id)


# What the services announce (communities.signals), and who is told.


@receiver(signals.post_published, dispatch_uid="communities-notify-post-published")
def _post_published(sender, post, mentions, **kwargs):
    post_published(post, mentions)


@receiver(signals.post_held, dispatch_uid="communities-notify-post-held")
def _post_held(sender, post, **kwargs):
    topic = post.topic
    notify(
        moderators_of(topic.community) - {post.author_id},
        NotificationKind.POST_HELD,
        community=topic.community,
        topic=topic,
        post=post,
        actor_name=post.author_name,
    )


@receiver(signals.post_approved, dispatch_uid="communities-notify-post-approved")
def _post_approved(sender, post, by, **kwargs):
    if post.author_id:
        notify(
            [post.author_id],
            NotificationKind.POST_APPROVED,
            community=post.topic.community,
            topic=post.topic,
            post=post,
            actor_name=display_name(by),
        )


@receiver(signals.post_hidden, dispatch_uid="communities-notify-post-hidden")
def _post_hidden(sender, post, by, **kwargs):
    if post.author_id and post.author_id != by.pk:
        notify(
            [post.author_id],
            NotificationKind.POST_HIDDEN,
            community=post.topic.community,
            topic=post.topic,
            post=post,
            detail=post.hide_reason,
        )


@receiver(signals.post_edited, dispatch_uid="communities-notify-post-edited")
def _post_edited(sender, post, new_mentions, **kwargs):
    if post.is_visible:
        mentioned_in_edit(post, new_mentions)


@receiver(signals.answer_accepted, dispatch_uid="communities-notify-answer-accepted")
def _answer_accepted(sender, topic, post, by, **kwargs):
    if post.author_id and post.author_id != by.pk:
        notify(
            [post.author_id],
            NotificationKind.ACCEPTED,
            community=topic.community,
            topic=topic,
            post=post,
            actor_name=display_name(by),
        )


@receiver(signals.post_reported, dispatch_uid="communities-notify-post-reported")
def _post_reported(sender, report, **kwargs):
    post = report.post
    notify(
        moderators_of(report.community),
        NotificationKind.REPORT,
        community=report.community,
        topic=post.topic,
        post=post,
        actor_name=report.reporter_name,
        detail=report.get_reason_display(),
    )


@receiver(signals.join_requested, dispatch_uid="communities-notify-join-requested")
def _join_requested(sender, join_request, **kwargs):
    notify(
        moderators_of(join_request.community),
        NotificationKind.JOIN_REQUESTED,
        community=join_request.community,
        actor_name=display_name(join_request.user),
        detail=join_request.reason,
    )


@receiver(signals.join_request_decided, dispatch_uid="communities-notify-join-decided")
def _join_request_decided(sender, join_request, by, **kwargs):
    approved = join_request.status == join_request.Status.APPROVED
    notify(
        [join_request.user_id],
        NotificationKind.JOIN_APPROVED if approved else NotificationKind.JOIN_DECLINED,
        community=join_request.community,
        actor_name=join_request.decided_by_name,
        detail=join_request.decision_reason,
    )


@receiver(signals.members_invited, dispatch_uid="communities-notify-members-invited")
def _members_invited(sender, invitations, by, **kwargs):
    """Everyone invited gets the invitation by e-mail; those who already have an account are
    also told in the notification centre."""
    users = {
        user.email: user
        for user in get_user_model().objects.filter(
            email__in=[i.email for i in invitations], is_active=True
        )
    }
    for invitation in invitations:
        if invitation.email in users:
            notify(
                [users[invitation.email].pk],
                NotificationKind.INVITED,
                community=invitation.community,
                actor_name=invitation.invited_by_name,
                # The notification links to the invitation, which only its recipient sees.
                detail=invitation.token,
            )
        transaction.on_commit(lambda pk=invitation.pk: send_invitation_email.enqueue(pk))
