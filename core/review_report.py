"""Editors' report: case studies and guides whose review is overdue or due within 30 days."""

import datetime

from django.apps import apps
from django.template.response import TemplateResponse
from django.utils import timezone

from .permissions import editors_only
from .review import ReviewDates

DUE_SOON_DAYS = 30


def reviewable_models():
    return [m for m in apps.get_models() if issubclass(m, ReviewDates)]


def due_pages(today=None):
    """Live pages with a next review date on or before today + 30 days, earliest first."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=DUE_SOON_DAYS)
    pages = []
    for model in reviewable_models():
        queryset = model.objects.live().filter(next_review__lte=horizon).select_related("owner")
        pages.extend(queryset.only("title", "next_review", "last_reviewed", "owner", "url_path"))
    for page in pages:
        page.overdue = page.next_review <= today
        page.kind = page._meta.verbose_name
    return sorted(pages, key=lambda page: (page.next_review, page.title))


@editors_only
def review_report(request):
    pages = due_pages()
    return TemplateResponse(
        request,
        "wagtailadmin_reports/content_due_for_review.html",
        {
            "page_title": "Content due for review",
            "header_icon": "date",
            "pages": pages,
            "overdue": sum(page.overdue for page in pages),
            "due_soon_days": DUE_SOON_DAYS,
        },
    )
