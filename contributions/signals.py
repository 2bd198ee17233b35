"""E-mail the author of a submission at each editorial decision; give contributors their uploads.

Publishing or unpublishing a contribution's page makes its attachments public or private again
(contributions.uploads).

Wagtail's own workflow e-mails point at the editing admin, where an author without admin access
cannot go; for pages that came from "Share your practice" the author gets ours instead, which
link to their submission on the site. Everything else keeps Wagtail's e-mails.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db.models.signals import m2m_changed
from django.template.loader import render_to_string
from wagtail.admin import signal_handlers as wagtail_handlers
from wagtail.admin.mail import (
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.models import WorkflowState
from wagtail.signals import (
    page_published,
    page_unpublished,
    workflow_approved,
    workflow_rejected,
)

CONTRIBUTORS = "Contributors"
logger = logging.getLogger(__name__)


def _submission_for(workflow_state):
    from .models import Submission

    return (
        Submission.objects.filter(page_id=_int(workflow_state.object_id))
        .select_related("author")
        .first()
    )


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class _SkipSubmissions:
    """Wagtail's notifier, minus the author of a front-end submission (they get ours)."""

    def get_recipient_users(self, workflow_state, **kwargs):
        recipients = super().get_recipient_users(workflow_state, **kwargs)
        submission = _submission_for(workflow_state)
        if submission is not None:
            recipients.discard(submission.author)
        return recipients


class ApprovalNotifier(_SkipSubmissions, WorkflowStateApprovalEmailNotifier):
    pass


class RejectionNotifier(_SkipSubmissions, WorkflowStateRejectionEmailNotifier):
    pass


def send_decision(workflow_state, decision, user=None, **kwargs):
    submission = _submission_for(workflow_state)
    if submission is None or not submission.author.email:
        return
    task_state = workflow_state.current_task_state
    comment = task_state.specific.get_comment() if task_state else ""
    page = workflow_state.content_object
    context = {
        "submission": submission,
        "author": submission.author,
        "decision": decision,
        "comment": comment,
        "page_url": page.full_url if decision == "approved" else "",
        "submission_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + submission.get_absolute_url(),
    }
    subject = (
        f"Published: {page.title}" if decision == "approved" else f"Changes requested: {page.title}"
    )
    body = render_to_string("contributions/email/decision.txt", context)
    try:
        send_mail(
            f"[Shared Learning] {subject}",
            body,
            settings.DEFAULT_FROM_EMAIL,
            [submission.author.email],
        )
    except Exception:  # the decision stands even if the mail server is down
        logger.exception(
            "Could not e-mail %s about submission %s", submission.author.email, submission.pk
        )


def on_approved(sender, instance, user=None, **kwargs):
    send_decision(instance, "approved", user=user)


def on_rejected(sender, instance, user=None, **kwargs):
    send_decision(instance, "rejected", user=user)


def on_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """Whoever joins Contributors gets a collection of their own for documents and images."""
    if action != "post_add" or not pk_set:
        return
    contributors = Group.objects.filter(name=CONTRIBUTORS).values_list("pk", flat=True).first()
    if contributors is None:
        return
    from .uploads import personal_collection

    if not reverse:
        if contributors in pk_set:
            personal_collection(instance)
    elif instance.pk == contributors:
        for user in get_user_model().objects.filter(pk__in=pk_set):
            personal_collection(user)


def _submission_of_page(page):
    from .models import Submission

    return Submission.objects.filter(page_id=page.pk).select_related("author", "page").first()


def on_published(sender, instance, **kwargs):
    """A contribution went live: its attachments leave the author's private collection."""
    submission = _submission_of_page(instance)
    if submission is not None:
        from .uploads import publish_attachments

        publish_attachments(submission)


def on_unpublished(sender, instance, **kwargs):
    """A contribution was taken down: its attachments are private again."""
    submission = _submission_of_page(instance)
    if submission is not None:
        from .uploads import withdraw_attachments

        withdraw_attachments(submission)


def connect():
    for signal, old, new, uid in (
        (
            workflow_approved,
            wagtail_handlers.workflow_approval_email_notifier,
            ApprovalNotifier(),
            "workflow_state_approved_email_notification",
        ),
        (
            workflow_rejected,
            wagtail_handlers.workflow_rejection_email_notifier,
            RejectionNotifier(),
            "workflow_state_rejected_email_notification",
        ),
    ):
        signal.disconnect(old, sender=WorkflowState, dispatch_uid=uid)
        signal.connect(new, sender=WorkflowState, dispatch_uid=uid, weak=False)
    workflow_approved.connect(
        on_approved, sender=WorkflowState, dispatch_uid="contributions-approved"
    )
    workflow_rejected.connect(
        on_rejected, sender=WorkflowState, dispatch_uid="contributions-rejected"
    )
    page_published.connect(on_published, dispatch_uid="contributions-attachments-published")
    page_unpublished.connect(on_unpublished, dispatch_uid="contributions-attachments-unpublished")
    m2m_changed.connect(
        on_groups_changed,
        sender=get_user_model().groups.through,
        dispatch_uid="contributions-personal-collection",
    )
