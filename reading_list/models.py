"""What people saved to read later: case studies, learning guides and community topics."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class SavedItem(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_items"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    topic = models.ForeignKey(
        "communities.Topic", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    saved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-saved_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(page__isnull=False) & Q(topic__isnull=True))
                | (Q(page__isnull=True) & Q(topic__isnull=False)),
                name="reading_list_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "page"],
                condition=Q(page__isnull=False),
                name="reading_list_page_once",
            ),
            models.UniqueConstraint(
                fields=["user", "topic"],
                condition=Q(topic__isnull=False),
                name="reading_list_topic_once",
            ),
        ]
        indexes = [models.Index(fields=["page"]), models.Index(fields=["topic"])]

    def __str__(self):
        return f"{self.user} saved {self.page or self.topic}"
