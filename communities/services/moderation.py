"""What facilitators and site moderators do: hide, restore and approve posts, pin and lock
topics, and act on reports. Each action is kept in the moderation record (base.log_action)."""

from django.db import transaction
from django.utils import timezone

from core.structure import retire_visible_content

from .. import signals
from ..models import ModerationAction, Post, Report
from .base import ServiceError, display_name, log_action
from .posting import clear_accepted, refresh_counters, render_body

Action = ModerationAction.Action


@transaction.atomic
def hide_post(post, *, by, reason):
    """Hide a post from readers, keeping who hid it and why (announced: its author is told)."""
    if post.hidden_at is not None:
        raise ServiceError("This post is already hidden.")
    now = timezone.now()
    post.hidden_at = now
    post.hidden_by = by
    post.hidden_by_name = display_name(by)
    post.hide_reason = reason.strip()
    post.save(update_fields=["hidden_at", "hidden_by", "hidden_by_name", "hide_reason"])
    retire_visible_content()
    topic = post.topic
    if post.is_opening:
        topic.hidden_at = now
        topic.save(update_fields=["hidden_at"])
    if topic.accepted_post_id == post.pk:
        clear_accepted(topic)
    _resolve_reports(post, by, Report.Outcome.HIDDEN)
    log_action(topic.community, Action.HIDE, by, topic=topic, post=post, reason=post.hide_reason)
    refresh_counters(topic)
    signals.post_hidden.send(sender=Post, post=post, by=by)
    return post


@transaction.atomic
def restore_post(post, *, by, reason):
    """Show a hidden post again; the record keeps who hid and restored it, and why."""
    if post.hidden_at is None:
        raise ServiceError("This post is not hidden.")
    post.hidden_at = None
    post.hidden_by = None
    post.hidden_by_name = ""
    post.hide_reason = ""
    post.save(update_fields=["hidden_at", "hidden_by", "hidden_by_name", "hide_reason"])
    topic = post.topic
    if post.is_opening:
        topic.hidden_at = None
        topic.save(update_fields=["hidden_at"])
    log_action(topic.community, Action.RESTORE, by, topic=topic, post=post, reason=reason.strip())
    refresh_counters(topic)
    return post


@transaction.atomic
def approve_post(post, *, by):
    """Publish a held post (announced: its author and the topic's watchers are told)."""
    if post.is_approved:
        raise ServiceError("This post has already been approved.")
    post.is_approved = True
    post.approved_by = by
    post.approved_at = timezone.now()
    post.save(update_fields=["is_approved", "approved_by", "approved_at"])
    topic = post.topic
    if post.is_opening:
        topic.is_approved = True
        topic.save(update_fields=["is_approved"])
    log_action(topic.community, Action.APPROVE, by, topic=topic, post=post)
    refresh_counters(topic)
    signals.post_approved.send(sender=Post, post=post, by=by)
    if post.is_visible:
        signals.post_published.send(
            sender=Post, post=post, mentions=render_body(post.body_markdown).mentions
        )
    return post


@transaction.atomic
def pin_topic(topic, *, by, pinned=True):
    topic.is_pinned = pinned
    topic.pinned_by = by if pinned else None
    topic.pinned_at = timezone.now() if pinned else None
    topic.save(update_fields=["is_pinned", "pinned_by", "pinned_at"])
    log_action(topic.community, Action.PIN if pinned else Action.UNPIN, by, topic=topic)
    return topic


@transaction.atomic
def lock_topic(topic, *, by, reason):
    topic.is_locked = True
    topic.locked_by = by
    topic.locked_by_name = display_name(by)
    topic.locked_at = timezone.now()
    topic.lock_reason = reason.strip()
    topic.save(
        update_fields=["is_locked", "locked_by", "locked_by_name", "locked_at", "lock_reason"]
    )
    log_action(topic.community, Action.LOCK, by, topic=topic, reason=topic.lock_reason)
    return topic


@transaction.atomic
def unlock_topic(topic, *, by, reason=""):
    topic.is_locked = False
    topic.locked_by = None
    topic.locked_by_name = ""
    topic.locked_at = None
    topic.lock_reason = ""
    topic.save(
        update_fields=["is_locked", "locked_by", "locked_by_name", "locked_at", "lock_reason"]
    )
    log_action(topic.community, Action.UNLOCK, by, topic=topic, reason=reason.strip())
    return topic


@transaction.atomic
def report_post(post, *, reporter, reason, details=""):
    """Report a post to the facilitators (once per person: a second report updates the first).
    A new report is announced: the community's moderators are told."""
    community = post.topic.community
    existing = Report.objects.filter(post=post, reporter=reporter, resolved_at__isnull=True).first()
    if existing is not None:
        existing.reason = reason
        existing.details = details.strip()
        existing.save(update_fields=["reason", "details"])
        return existing
    report = Report.objects.create(
        post=post,
        community=community,
        reporter=reporter,
        reporter_name=display_name(reporter),
        reason=reason,
        details=details.strip(),
    )
    signals.post_reported.send(sender=Report, report=report)
    return report


@transaction.atomic
def dismiss_reports(post, *, by, reason=""):
    resolved = _resolve_reports(post, by, Report.Outcome.DISMISSED)
    if resolved:
        log_action(
            post.topic.community, Action.DISMISS, by, topic=post.topic, post=post, reason=reason
        )
    return resolved


def _resolve_reports(post, by, outcome):
    return Report.objects.filter(post=post, resolved_at__isnull=True).update(
        resolved_at=timezone.now(),
        resolved_by=by,
        resolved_by_name=display_name(by),
        outcome=outcome,
    )
