"""What each person follows and has read: watches, read state, notifications read, and the
unsubscribe links in e-mail."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ..models import (
    CommunityProfile,
    EmailFrequency,
    EmailState,
    Notification,
    NotificationKind,
    ReadState,
    Watch,
    WatchLevel,
)
from .profiles import set_email_frequency

_UNKNOWN = object()


@transaction.atomic
def set_watch(user, *, level, topic=None, community=None, only_if_new=False):
    """Set how much `user` hears about a topic or a community."""
    target = {"topic": topic} if topic is not None else {"community": community}
    if only_if_new:
        watch, _ = Watch.objects.get_or_create(user=user, **target, defaults={"level": level})
        return watch
    watch, created = Watch.objects.get_or_create(user=user, **target, defaults={"level": level})
    if not created and watch.level != level:
        watch.level = level
        watch.updated_at = timezone.now()
        watch.save(update_fields=["level", "updated_at"])
    return watch


def mark_read(user, topic, number, *, last_read=_UNKNOWN, has_unread=True):
    """Remember that `user` has seen `topic` up to post `number` (never moves backwards), and
    mark their notifications about those posts read.

    A caller that already loaded the reader's state (queries.with_reader_state) passes
    `last_read` (None: never read) and `has_unread`, and only what moved is written: a re-read
    costs no query at all."""
    now = timezone.now()
    if last_read is _UNKNOWN:
        # One query on a re-read (the common case); the conditional UPDATE keeps it from
        # moving backwards when two requests race.
        state, created = ReadState.objects.get_or_create(
            user=user, topic=topic, defaults={"last_read_number": number, "read_at": now}
        )
        if not created and state.last_read_number < number:
            ReadState.objects.filter(pk=state.pk, last_read_number__lt=number).update(
                last_read_number=number, read_at=now
            )
    elif last_read is None:
        ReadState.objects.get_or_create(
            user=user, topic=topic, defaults={"last_read_number": number, "read_at": now}
        )
    elif last_read < number:
        ReadState.objects.filter(user=user, topic=topic, last_read_number__lt=number).update(
            last_read_number=number, read_at=now
        )
    if not has_unread:
        return
    Notification.objects.filter(
        Q(post__isnull=True) | Q(post__number__lte=number),
        recipient=user,
        topic=topic,
        read_at__isnull=True,
    ).update(read_at=now)


def mark_notifications_read(user, *, ids=None, community=None):
    notifications = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if ids is not None:
        notifications = notifications.filter(pk__in=ids)
    if community is not None:
        notifications = notifications.filter(community=community)
    return notifications.update(read_at=timezone.now())


@transaction.atomic
def unsubscribe(token):
    """Follow an e-mail's unsubscribe link: a watch's token stops e-mail about that topic or
    community; a profile's token stops all community e-mail. Returns what stopped, or None."""
    watch = Watch.objects.select_related("topic", "community").filter(token=token).first()
    if watch is not None:
        if watch.level == WatchLevel.WATCHING:
            watch.level = WatchLevel.NORMAL
            watch.updated_at = timezone.now()
            watch.save(update_fields=["level", "updated_at"])
        query = Q(topic=watch.topic) if watch.topic_id else Q(community=watch.community)
        Notification.objects.filter(
            query,
            recipient_id=watch.user_id,
            email_state=EmailState.PENDING,
            kind__in=[NotificationKind.REPLY, NotificationKind.NEW_TOPIC],
        ).update(email_state=EmailState.SKIPPED)
        return watch
    profile = CommunityProfile.objects.filter(email_token=token).select_related("user").first()
    if profile is not None:
        set_email_frequency(profile.user, EmailFrequency.NEVER)
        return profile
    return None
