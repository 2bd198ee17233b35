"""Editors' report: case studies and guides whose review is overdue or due within 30 days.

A Wagtail report view (wagtail.admin.views.reports.ReportView): the admin's own listing, with
pagination and CSV/XLSX export, and the editors' permission checked in the view itself.
"""

import datetime

from django.apps import apps
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from .permissions import EditorsReportMixin
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
        page.status = "Overdue" if page.overdue else "Due soon"
        page.kind = page._meta.verbose_name.capitalize()
    return sorted(pages, key=lambda page: (page.next_review, page.title))


def _day(field):
    def value(page):
        day = getattr(page, field)
        return date_format(day, "j M Y") if day else "–"

    return value


class ContentDueForReviewView(EditorsReportMixin, ReportView):
    page_title = "Content due for review"
    header_icon = "date"
    index_url_name = "content_due_for_review"
    index_results_url_name = "content_due_for_review_results"
    template_name = "wagtailadmin_reports/content_due_for_review.html"
    paginate_by = 50
    columns = [
        TitleColumn(
            "title",
            label="Title",
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("kind", label="Type"),
        Column("next_review", label="Next review", accessor=_day("next_review")),
        StatusTagColumn("status", label="Status", primary=lambda page: page.overdue),
        Column("last_reviewed", label="Last reviewed", accessor=_day("last_reviewed")),
        Column("owner", label="Owner", accessor=lambda page: page.owner or "–"),
    ]
    list_export = ["title", "kind", "next_review", "status", "last_reviewed", "owner"]
    export_headings = {
        "title": "Title",
        "kind": "Type",
        "next_review": "Next review",
        "status": "Status",
        "last_reviewed": "Last reviewed",
        "owner": "Owner",
    }

    def get_filename(self):
        return f"content-due-for-review-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        # Two page types, one list: sorted in Python (a few hundred pages at most).
        return due_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["overdue"] = sum(page.overdue for page in self.object_list)
        context["due_soon_days"] = DUE_SOON_DAYS
        return context
