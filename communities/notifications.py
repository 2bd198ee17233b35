"""Who is told about what: in-app notifications, and which of them go out by e-mail.

Called by services inside their transaction; e-mails are queued as background tasks after the
transaction commits. Only people who may read the community are ever notified of its content.
"""

from django.db import transaction
from django.db.models import Q
from django.urls import reverse

from .models import (
    CommunityProfile,
    EmailFrequency,
    EmailState,
    Notification,
    NotificationKind,
    Watch,
    WatchLevel,
)
from .permissions import facilitator_ids, readers_among, site_moderator_ids

# Sent whatever the person's e-mail frequency: answers they are waiting for.
ALWAYS_EMAILED = {NotificationKind.JOIN_APPROVED, NotificationKind.JOIN_DECLINED}
# An invitation has its own e-mail, sent to the address invited.
NEVER_EMAILED = {NotificationKind.INVITED}
# Notifications about a community that need no right to read it (its name only).
ABOUT_MEMBERSHIP = ALWAYS_EMAILED | NEVER_EMAILED | {NotificationKind.JOIN_REQUESTED}
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
    from .tasks import send_notification_email

    for notification_id in notification_ids:
        send_notification_email.enqueue(notification_id)


def summary(notification):
    """What happened, in one plain sentence (the notification centre and e-mail subjects)."""
    actor = notification.actor_name or "Someone"
    topic = f"“{notification.topic.title}”" if notification.topic_id else ""
    community = notification.community.name if notification.community_id else "a community"
    kind = notification.kind
    sentences = {
        NotificationKind.NEW_TOPIC: f"{actor} started {topic} in {community}",
        NotificationKind.REPLY: f"{actor} replied to {topic}",
        NotificationKind.MENTION: f"{actor} mentioned you in {topic}",
        NotificationKind.ACCEPTED: f"{actor} accepted your reply as the answer to {topic}",
        NotificationKind.POST_APPROVED: f"{actor} approved your post in {topic}",
        NotificationKind.POST_HIDDEN: f"A moderator hid your post in {topic}",
        NotificationKind.POST_HELD: f"A post by {actor} in {topic} is waiting for approval",
        NotificationKind.REPORT: f"{actor} reported a post in {topic}",
        NotificationKind.JOIN_REQUESTED: f"{actor} asked to join {community}",
        NotificationKind.JOIN_APPROVED: f"Your request to join {community} was approved",
        NotificationKind.JOIN_DECLINED: f"Your request to join {community} was declined",
        NotificationKind.INVITED: f"{actor} invited you to join {community}",
    }
    return sentences.get(kind, "Something happened in a community you follow")


def target_url(notification):
    """Where a notification leads (a path on this site)."""
    kind = notification.kind
    if kind == NotificationKind.INVITED and notification.detail:
        return reverse("communities:invitation", args=[notification.detail])
    if kind in (
        NotificationKind.POST_HELD,
        NotificationKind.REPORT,
        NotificationKind.JOIN_REQUESTED,
    ):
        return reverse("communities:moderation", args=[notification.community.slug])
    if notification.post_id:
        return reverse(
            "communities:post",
            kwargs={"slug": notification.community.slug, "post_id": notification.post_id},
        )
    if notification.topic_id:
        return notification.topic.get_absolute_url()
    if notification.community_id:
        return notification.community.get_absolute_url()
    return reverse("notifications:index")


def can_show(notification, access):
    """May this notification's content (topic title, who did what) be shown to its recipient
    now? Not once they have lost access to a private community."""
    if notification.community_id is None or notification.kind in ABOUT_MEMBERSHIP:
        return True
    if not access.can_read(notification.community):
        return False
    return not notification.topic_id or access.can_see_topic(notification.topic)
