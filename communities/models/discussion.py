"""Topics and their posts, with what readers add to them: helpful marks, reports, read state."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from .community import Community

TITLE_MAX_LENGTH = 150
POST_MAX_LENGTH = 20_000


class TopicTag(TaggedItemBase):
    content_object = models.ForeignKey(
        "communities.Topic", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Topic(models.Model):
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="topics")
    title = models.CharField(max_length=TITLE_MAX_LENGTH)
    slug = models.SlugField(max_length=80, allow_unicode=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="community_topics",
    )
    author_name = models.CharField(max_length=100)
    # The case study or learning guide this topic discusses, if any.
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="community_topics",
    )
    tags = TaggableManager(through=TopicTag, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # False while the opening post is held for a facilitator's approval.
    is_approved = models.BooleanField(default=True)
    # Mirrors the opening post: hiding it hides the topic from listings.
    hidden_at = models.DateTimeField(null=True, blank=True)

    is_pinned = models.BooleanField(default=False)
    pinned_at = models.DateTimeField(null=True, blank=True)
    pinned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    is_locked = models.BooleanField(default=False)
    locked_at = models.DateTimeField(null=True, blank=True)
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    locked_by_name = models.CharField(max_length=100, blank=True)
    lock_reason = models.TextField(blank=True)

    accepted_post = models.ForeignKey(
        "communities.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accepted_at = models.DateTimeField(null=True, blank=True)

    # Denormalised by services.refresh_counters, over visible posts (approved, not hidden or
    # deleted); `last_post_number` drives unread marking.
    posts_count = models.PositiveIntegerField(default=0)
    last_post_at = models.DateTimeField(null=True, blank=True)
    last_post_number = models.PositiveIntegerField(default=0)
    last_post_author_name = models.CharField(max_length=100, blank=True)
    # The number given to the latest post, whatever became of it.
    post_number_seq = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-is_pinned", "-last_post_at", "-pk"]
        indexes = [
            models.Index(fields=["community", "-is_pinned", "-last_post_at"]),
            models.Index(fields=["page"]),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:80].strip("-") or "topic"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse(
            "communities:topic",
            kwargs={"slug": self.community.slug, "topic_id": self.pk, "topic_slug": self.slug},
        )

    @property
    def reply_count(self):
        return max(self.posts_count - 1, 0)

    @property
    def is_hidden(self):
        return self.hidden_at is not None


class Post(models.Model):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="posts")
    # Position in the topic (1 is the opening post); never reused, so links stay stable.
    number = models.PositiveIntegerField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="community_posts",
    )
    author_name = models.CharField(max_length=100)
    body_markdown = models.TextField()
    body_html = models.TextField()
    body_text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hidden_by_name = models.CharField(max_length=100, blank=True)
    hide_reason = models.TextField(blank=True)
    # False while held for approval (a new member's first post, where the community asks).
    is_approved = models.BooleanField(default=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    helpful_marks = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="communities.HelpfulMark", related_name="+"
    )

    class Meta:
        ordering = ["topic", "number"]
        constraints = [
            models.UniqueConstraint(fields=["topic", "number"], name="communities_post_number")
        ]
        indexes = [models.Index(fields=["author", "topic"])]

    def __str__(self):
        return f"Post {self.number} in {self.topic}"

    def get_absolute_url(self):
        return reverse(
            "communities:post", kwargs={"slug": self.topic.community.slug, "post_id": self.pk}
        )

    @property
    def is_opening(self):
        return self.number == 1

    @property
    def is_deleted(self):
        return self.deleted_at is not None

    @property
    def is_hidden(self):
        return self.hidden_at is not None

    @property
    def is_visible(self):
        """Shown with its content to everyone who can read the community."""
        return self.is_approved and self.hidden_at is None and self.deleted_at is None


class HelpfulMark(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="helpful")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "user"], name="communities_one_helpful_mark")
        ]

    def __str__(self):
        return f"{self.user} found {self.post} helpful"


class Report(models.Model):
    """Someone signed in tells the facilitators that a post breaks the rules."""

    class Reason(models.TextChoices):
        PERSONAL = "personal", "It could identify a patient or shares someone's personal details"
        ABUSE = "abuse", "It is abusive, offensive or harassing"
        UNSAFE = "unsafe", "It gives misleading or unsafe clinical advice"
        SPAM = "spam", "It is spam or advertising"
        OTHER = "other", "Something else"

    class Outcome(models.TextChoices):
        HIDDEN = "hidden", "Post hidden"
        DISMISSED = "dismissed", "No action needed"

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reporter_name = models.CharField(max_length=100)
    reason = models.CharField(max_length=12, choices=Reason.choices)
    details = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_by_name = models.CharField(max_length=100, blank=True)
    outcome = models.CharField(max_length=12, choices=Outcome.choices, blank=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["community", "resolved_at"])]

    def __str__(self):
        return f"Report on {self.post}"

    @property
    def is_open(self):
        return self.resolved_at is None


class ReadState(models.Model):
    """How far a person has read a topic: the highest post number they have been shown."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="read_states")
    last_read_number = models.PositiveIntegerField(default=0)
    read_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="communities_one_read_state")
        ]

    def __str__(self):
        return f"{self.user} read {self.topic} to post {self.last_read_number}"


class ModerationAction(models.Model):
    """The record of what a facilitator or site moderator did, who did it and why."""

    class Action(models.TextChoices):
        HIDE = "hide", "Hid a post"
        RESTORE = "restore", "Restored a post"
        APPROVE = "approve", "Approved a held post"
        DISMISS = "dismiss", "Dismissed reports"
        PIN = "pin", "Pinned a topic"
        UNPIN = "unpin", "Unpinned a topic"
        LOCK = "lock", "Locked a topic"
        UNLOCK = "unlock", "Unlocked a topic"
        APPROVE_JOIN = "approve_join", "Approved a request to join"
        DECLINE_JOIN = "decline_join", "Declined a request to join"
        INVITE = "invite", "Invited someone"
        ROLE = "role", "Changed a member's role"
        REMOVE = "remove", "Removed a member"
        VISIBILITY = "visibility", "Changed the community's visibility"

    community = models.ForeignKey(
        Community, on_delete=models.CASCADE, related_name="moderation_actions"
    )
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    action = models.CharField(max_length=16, choices=Action.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    by_name = models.CharField(max_length=100)
    # What it was about, for actions on people: "Sam Patel" for a declined request.
    subject = models.CharField(max_length=200, blank=True)
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["community", "-created_at"])]

    def __str__(self):
        return f"{self.by_name}: {self.get_action_display()}"
