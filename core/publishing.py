"""Pages under a review workflow are published by approving them, never by a plain "Publish".

Wagtail offers "Publish" to anyone with publish permission even when a workflow applies, so an
editor could skip the "Editorial review" step that everyone else goes through. Here only
administrators (superusers, for emergencies) may publish a page under a workflow directly;
editors publish by approving it in the workflow ("Approve and Publish"), which Wagtail
performs with its own permission checks. The menu item is removed; a hand-made request for it
saves a draft instead (editing, creating), and the bulk action is refused.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

PUBLISH_ACTION = "action-publish"
MUST_SUBMIT_MESSAGE = (
    "Pages under the “{workflow}” workflow are published when a reviewer approves them. "
    "Submit it for review instead."
)


def workflow_requiring_review(user, page):
    """The workflow `user` must send `page` through, or None if they may publish it directly.

    `page` may be the parent of a page being created: a new page takes its parent's workflow.
    """
    if page is None or user.is_superuser:
        return None
    return page.get_workflow()


def remove_publish_item(menu_items, request, context):
    page = context.get("page") or context.get("parent_page")
    if workflow_requiring_review(request.user, page) is not None:
        menu_items[:] = [item for item in menu_items if item.name != PUBLISH_ACTION]


def refuse_direct_publish(request, page):
    """A hand-made "Publish" on a page under review is saved as a draft instead, as Wagtail does
    for people without publish permission: nothing typed is lost, and the editor is told."""
    if request.method == "POST" and PUBLISH_ACTION in request.POST:
        workflow = workflow_requiring_review(request.user, page)
        if workflow is not None:
            post = request.POST.copy()
            del post[PUBLISH_ACTION]
            request.POST = post
            messages.warning(request, MUST_SUBMIT_MESSAGE.format(workflow=workflow.name))


def refuse_bulk_publish(request, action_type, objects, action):
    if action_type != "publish":
        return None
    for page in objects:
        workflow = workflow_requiring_review(request.user, page)
        if workflow is not None:
            messages.error(request, MUST_SUBMIT_MESSAGE.format(workflow=workflow.name))
            back = request.GET.get("next", "")
            if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
                back = "wagtailadmin_explore_root"
            return redirect(back)
    return None
