from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .permissions import can_see_editors_reports
from .review_report import review_report


class EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_editors_reports(request.user)


@hooks.register("register_admin_urls")
def review_report_urls():
    return [path("reports/due-for-review/", review_report, name="content_due_for_review")]


@hooks.register("register_reports_menu_item")
def review_report_menu_item():
    return EditorsMenuItem(
        "Content due for review", reverse("content_due_for_review"), icon_name="date", order=700
    )
