"""Communities, who belongs to them, and how people get in (join requests and invitations)."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from .tokens import new_token

# Addresses under /communities/ that are not communities.
RESERVED_SLUGS = {"moderation", "invitations"}


class Visibility(models.TextChoices):
    OPEN = "open", "Open: anyone can read; signed-in people join to post"
    PRIVATE = "private", "Private: only members can read; people ask to join"


class Community(models.Model):
    """A community of practice: one per care model, and others on a topic."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(
        max_length=80,
        unique=True,
        blank=True,
        help_text="Part of the community's address. Leave blank to make it from the name; "
        "changing it later breaks links people have saved.",
    )
    care_model = models.ForeignKey(
        "taxonomy.CareModel",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="communities",
        help_text="Only for the community of practice of a care model (one per care model).",
    )
    summary = models.CharField(max_length=255, help_text="One sentence, shown in lists.")
    description = models.TextField(
        help_text="Who the community is for and what it discusses. Blank lines separate paragraphs."
    )
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.OPEN
    )
    first_post_moderation = models.BooleanField(
        "hold new members' first posts",
        default=False,
        help_text="A new member's first post is shown only after a facilitator approves it.",
    )
    # Denormalised: counted over visible topics and posts by services.refresh_counters.
    topics_count = models.PositiveIntegerField(default=0, editable=False)
    posts_count = models.PositiveIntegerField(default=0, editable=False)
    last_post_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "communities"
        permissions = [
            ("moderate_everywhere", "Can moderate every community (site moderator)"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["care_model"],
                condition=Q(care_model__isnull=False),
                name="communities_one_community_per_care_model",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:80] or "community"
            if self.slug in RESERVED_SLUGS:
                self.slug = f"{self.slug}-community"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("communities:community", args=[self.slug])

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": f"“{self.slug}” is used by the site: choose another."})

    @property
    def is_open(self):
        return self.visibility == Visibility.OPEN

    @property
    def is_private(self):
        return self.visibility == Visibility.PRIVATE


class Role(models.TextChoices):
    MEMBER = "member", "Member"
    FACILITATOR = "facilitator", "Facilitator"


class Membership(models.Model):
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_memberships"
    )
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["community", "-role", "joined_at"]
        constraints = [
            models.UniqueConstraint(fields=["community", "user"], name="communities_one_membership")
        ]

    def __str__(self):
        return f"{self.user} in {self.community} ({self.get_role_display()})"

    @property
    def is_facilitator(self):
        return self.role == Role.FACILITATOR


class JoinRequest(models.Model):
    """Asking to join a private community; a facilitator approves or declines, with a reason."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for a decision"
        APPROVED = "approved", "Approved"
        DECLINED = "declined", "Declined"

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="join_requests")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_join_requests"
    )
    reason = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_by_name = models.CharField(max_length=100, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["community", "user"],
                condition=Q(status="pending"),
                name="communities_one_pending_join_request",
            )
        ]

    def __str__(self):
        return f"{self.user} asks to join {self.community}"

    @property
    def is_pending(self):
        return self.status == self.Status.PENDING


class Invitation(models.Model):
    """A facilitator invites someone by e-mail; the link in the e-mail lets them join."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    invited_by_name = models.CharField(max_length=100)
    message = models.TextField(blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    VALID_FOR = timedelta(days=30)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Invitation to {self.email} for {self.community}"

    def get_absolute_url(self):
        return reverse("communities:invitation", args=[self.token])

    @property
    def expires_at(self):
        return self.created_at + self.VALID_FOR

    @property
    def is_usable(self):
        return self.accepted_at is None and timezone.now() < self.expires_at


class EmailFrequency(models.TextChoices):
    IMMEDIATELY = "immediately", "Straight away: one e-mail for each notification"
    DAILY = "daily", "Once a day: one digest e-mail"
    NEVER = "never", "Never: only in the notification centre"


class CommunityProfile(models.Model):
    """What a person is called in communities (their @handle) and how they want e-mail."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_profile"
    )
    handle = models.SlugField(
        max_length=40,
        unique=True,
        help_text="Others mention this person by writing @ and this handle.",
    )
    email_frequency = models.CharField(
        max_length=12, choices=EmailFrequency.choices, default=EmailFrequency.IMMEDIATELY
    )
    # Signs the "stop all e-mails" link in every e-mail, so it works without signing in.
    email_token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    last_digest_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"@{self.handle}"
