"""What people watch, and what they are told."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from .community import Community
from .discussion import Post, Topic
from .tokens import new_token


class WatchLevel(models.TextChoices):
    WATCHING = "watching", "Watching"
    NORMAL = "normal", "Normal"
    MUTED = "muted", "Muted"


WATCH_LEVEL_HELP = {
    "topic": {
        WatchLevel.WATCHING: "Tell me about every new reply, in the notification centre and by "
        "e-mail.",
        WatchLevel.NORMAL: "Tell me only when someone mentions me, or about my own posts.",
        WatchLevel.MUTED: "Never tell me anything about this topic.",
    },
    "community": {
        WatchLevel.WATCHING: "Tell me about every new topic and reply, in the notification "
        "centre and by e-mail.",
        WatchLevel.NORMAL: "Tell me only about topics I watch and when someone mentions me.",
        WatchLevel.MUTED: "Never tell me anything from this community, even mentions.",
    },
}


class Watch(models.Model):
    """A person's level for one topic or one whole community (a topic's level wins)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_watches"
    )
    community = models.ForeignKey(
        Community, null=True, blank=True, on_delete=models.CASCADE, related_name="watches"
    )
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.CASCADE, related_name="watches"
    )
    level = models.CharField(max_length=10, choices=WatchLevel.choices)
    # Signs the unsubscribe link in e-mails about this topic or community.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(Q(community__isnull=False) & Q(topic__isnull=True))
                | (Q(community__isnull=True) & Q(topic__isnull=False)),
                name="communities_watch_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "community"],
                condition=Q(community__isnull=False),
                name="communities_one_watch_per_community",
            ),
            models.UniqueConstraint(
                fields=["user", "topic"],
                condition=Q(topic__isnull=False),
                name="communities_one_watch_per_topic",
            ),
        ]

    def __str__(self):
        return f"{self.user} {self.level} {self.topic or self.community}"

    @property
    def target(self):
        return self.topic or self.community


class NotificationKind(models.TextChoices):
    NEW_TOPIC = "new_topic", "New topic"
    REPLY = "reply", "Reply"
    MENTION = "mention", "Mention"
    ACCEPTED = "accepted", "Accepted answer"
    POST_APPROVED = "post_approved", "Post approved"
    POST_HIDDEN = "post_hidden", "Post hidden"
    POST_HELD = "post_held", "Post waiting for approval"
    REPORT = "report", "Post reported"
    JOIN_REQUESTED = "join_requested", "Request to join"
    JOIN_APPROVED = "join_approved", "Request approved"
    JOIN_DECLINED = "join_declined", "Request declined"
    INVITED = "invited", "Invitation"


# Sent whatever the person's e-mail frequency: answers they are waiting for.
ALWAYS_EMAILED = frozenset({NotificationKind.JOIN_APPROVED, NotificationKind.JOIN_DECLINED})
# An invitation has its own e-mail, sent to the address invited.
NEVER_EMAILED = frozenset({NotificationKind.INVITED})
# Notifications about a community that need no right to read it (its name only).
ABOUT_MEMBERSHIP = ALWAYS_EMAILED | NEVER_EMAILED | {NotificationKind.JOIN_REQUESTED}


class EmailState(models.TextChoices):
    NONE = "none", "Not for e-mail"
    PENDING = "pending", "Waiting to be e-mailed"
    SENT = "sent", "E-mailed"
    SKIPPED = "skipped", "Not e-mailed"


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_notifications"
    )
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    community = models.ForeignKey(
        Community, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    actor_name = models.CharField(max_length=100, blank=True)
    # A reason given with a decision (join request declined, post hidden).
    detail = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    email_state = models.CharField(max_length=10, choices=EmailState.choices, default="none")
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "read_at"]),
            models.Index(fields=["recipient", "-created_at"]),
            models.Index(fields=["email_state", "recipient"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.recipient}"

    def get_absolute_url(self):
        """Where the notification leads (a path on this site)."""
        kind = self.kind
        if kind == NotificationKind.INVITED and self.detail:
            return reverse("communities:invitation", args=[self.detail])
        if kind in (
            NotificationKind.POST_HELD,
            NotificationKind.REPORT,
            NotificationKind.JOIN_REQUESTED,
        ):
            return reverse("communities:moderation", args=[self.community.slug])
        if self.post_id:
            return reverse(
                "communities:post",
                kwargs={"slug": self.community.slug, "post_id": self.post_id},
            )
        if self.topic_id:
            return self.topic.get_absolute_url()
        if self.community_id:
            return self.community.get_absolute_url()
        return reverse("notifications:index")

    @property
    def is_unread(self):
        return self.read_at is None

    @property
    def is_about_membership(self):
        """About joining a community (its name only): no right to read it is needed to see."""
        return self.kind in ABOUT_MEMBERSHIP

    def summary(self):
        """What happened, in one plain sentence (the notification centre and e-mail subjects)."""
        actor = self.actor_name or "Someone"
        topic = f"“{self.topic.title}”" if self.topic_id else ""
        community = self.community.name if self.community_id else "a community"
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
        return sentences.get(self.kind, "Something happened in a community you follow")
