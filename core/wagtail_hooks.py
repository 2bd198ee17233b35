from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import publishing
from .permissions import can_see_editors_reports
from .review_report import ContentDueForReviewView


class EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_editors_reports(request.user)


@hooks.register("register_admin_urls")
def review_report_urls():
    view = ContentDueForReviewView
    return [
        path("reports/due-for-review/", view.as_view(), name="content_due_for_review"),
        path(
            "reports/due-for-review/results/",
            view.as_view(results_only=True),
            name="content_due_for_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def review_report_menu_item():
    return EditorsMenuItem(
        "Content due for review", reverse("content_due_for_review"), icon_name="date", order=700
    )


@hooks.register("construct_page_action_menu")
def no_plain_publish_under_review(menu_items, request, context):
    publishing.remove_publish_item(menu_items, request, context)


@hooks.register("before_edit_page")
def refuse_publish_on_edit(request, page):
    publishing.refuse_direct_publish(request, page)


@hooks.register("before_create_page")
def refuse_publish_on_create(request, parent_page, page_class):
    publishing.refuse_direct_publish(request, parent_page)


@hooks.register("before_bulk_action")
def refuse_bulk_publish_under_review(request, action_type, objects, action_class_instance):
    return publishing.refuse_bulk_publish(request, action_type, objects, action_class_instance)
