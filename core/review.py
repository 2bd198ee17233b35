"""Review dates shared by case studies and learning guides."""

import datetime

from django.db import models
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm

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


def date_errors(first_published, last_reviewed, next_review, published_at=None):
    """{field: message} for review dates out of order; empty when they are fine.

    A blank "first published" stands for the day the page went (or will go) live.
    """
    today = timezone.localdate()
    errors = {}
    if first_published and first_published > today:
        errors["first_published"] = "“First published” cannot be in the future."
    published = first_published or _date(published_at) or today
    if last_reviewed and last_reviewed < published:
        if first_published:
            errors["last_reviewed"] = (
                f"“Last reviewed” cannot be before it was first published ({_long(published)})."
            )
        else:
            errors["last_reviewed"] = (
                f"“Last reviewed” cannot be before it was first published, which is "
                f"{_long(published)} unless you give an earlier “First published” date."
            )
    if next_review and last_reviewed and next_review <= last_reviewed:
        errors["next_review"] = (
            f"“Next review” must be after “Last reviewed” ({_long(last_reviewed)})."
        )
    elif next_review and not last_reviewed and next_review <= published:
        errors["next_review"] = (
            f"“Next review” must be after it was first published ({_long(published)})."
        )
    return errors


class ReviewDatesForm(WagtailAdminPageForm):
    """The page editing form of case studies and guides: review dates are checked together."""

    def clean(self):
        cleaned = super().clean()
        errors = date_errors(
            cleaned.get("first_published"),
            cleaned.get("last_reviewed"),
            cleaned.get("next_review"),
            self.instance.first_published_at,
        )
        for field, message in errors.items():
            if field in self.fields and field not in self.errors:
                self.add_error(field, message)
        return cleaned


def _date(value):
    """A date from a date or an aware datetime (Wagtail's first_published_at), else None."""
    if isinstance(value, datetime.datetime):
        return timezone.localdate(value) if timezone.is_aware(value) else value.date()
    return value


def _long(day):
    return f"{day.day} {day:%B %Y}"
