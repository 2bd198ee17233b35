"""What every community service shares: the error it raises, the name it records, the record
of who did what and why (ModerationAction)."""

from ..models import ModerationAction


class ServiceError(Exception):
    """The change breaks a rule; the message says so to the person who tried it."""


def display_name(user):
    return (user.display_name or user.email.split("@")[0])[:100]


def log_action(community, action, by, *, topic=None, post=None, subject="", reason=""):
    """Keep the record of a facilitator's or moderator's action (shown in the moderation log)."""
    ModerationAction.objects.create(
        community=community,
        topic=topic,
        post=post,
        action=action,
        by=by,
        by_name=display_name(by) if by is not None else "Site administration",
        subject=subject,
        reason=reason,
    )
