"""Review dates shared by case studies and learning guides."""

import datetime

from django.db import models
from django.utils import timezone

REVIEW_INTERVAL = datetime.timedelta(days=365)


class ReviewDates(models.Model):
    """First published, last reviewed and next review dates, shown to readers.

    A page whose next review date has passed tells readers it is due for review, and appears on
    the editors' report of content due or overdue for review.
    """

    first_published = models.DateField(
        null=True,
        blank=True,
        help_text="Leave blank to use the date it is first published here.",
    )
    last_reviewed = models.DateField(null=True, blank=True)
    next_review = models.DateField(
        null=True, blank=True, help_text="Leave blank for a year after it is published."
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.live:
            today = timezone.localdate()
            self.first_published = self.first_published or today
            self.last_reviewed = self.last_reviewed or today
            self.next_review = self.next_review or self.last_reviewed + REVIEW_INTERVAL
        super().save(*args, **kwargs)

    @property
    def due_for_review(self):
        return self.next_review is not None and self.next_review <= timezone.localdate()
