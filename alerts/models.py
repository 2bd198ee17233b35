"""E-mail alerts on a search or listing: what to match, how often, and what was already sent."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


def new_token():
    """A secret for links in e-mail (confirm, unsubscribe): 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


class Frequency(models.TextChoices):
    IMMEDIATELY = "immediately", "Immediately"
    DAILY = "daily", "Once a day"
    WEEKLY = "weekly", "Once a week"


FREQUENCY_HELP = {
    Frequency.IMMEDIATELY: "Within a few minutes of something new being published.",
    Frequency.DAILY: "One e-mail a day, in the morning, when there is something new.",
    Frequency.WEEKLY: "One e-mail on Monday mornings, when there is something new.",
}


class Alert(models.Model):
    """One person's alert on one search: the query and filters, kept as a query string.

    Signed-in people's alerts start at once; anyone else's wait until the address is confirmed
    by the link we e-mail (double opt-in). `checked_until` is the end of the last window
    looked at: the next e-mail lists what was published or updated after it.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="search_alerts",
    )
    # Only for people without an account; signed-in people's alerts go to their address.
    email = models.EmailField(blank=True)
    name = models.CharField(max_length=120)
    scope = models.CharField(max_length=30)  # alerts.scopes: "search", "case_study", ...
    query_string = models.CharField(max_length=2000, blank=True)
    frequency = models.CharField(max_length=12, choices=Frequency.choices, default=Frequency.DAILY)
    is_paused = models.BooleanField(default=False)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirm_token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    # Signs the one-click unsubscribe link of this alert, and only this one.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    checked_until = models.DateTimeField(default=timezone.now)
    last_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(user__isnull=False) | ~Q(email=""), name="alerts_alert_has_recipient"
            )
        ]
        indexes = [models.Index(fields=["frequency", "checked_until"])]

    def __str__(self):
        return self.name

    @property
    def recipient_email(self):
        return self.user.email if self.user_id else self.email

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    @property
    def is_active(self):
        return self.is_confirmed and not self.is_paused


class Delivery(models.Model):
    """One alert e-mail: the window it covered. One per alert and window end, so running the
    same window twice finds it already claimed."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    window_start = models.DateTimeField()
    window_end = models.DateTimeField()
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["alert", "window_end"], name="alerts_one_per_window")
        ]

    def __str__(self):
        return f"{self.alert} to {self.window_end:%Y-%m-%d %H:%M}"


class SentItem(models.Model):
    """An item an alert has told its reader about: never told twice."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="sent_items")
    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="items")
    doc_id = models.CharField(max_length=80)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["alert", "doc_id"], name="alerts_item_sent_once")
        ]

    def __str__(self):
        return self.doc_id
