"""Every change to communities goes through these functions, each in one transaction.

Views check permissions (communities.permissions) before calling; these functions keep the
data consistent (counters, read state, watches, search documents) and keep the record of who
did what and why. One module per concern:

- profiles:   a person's community profile (@handle) and e-mail frequency
- membership: communities, visibility, facilitators, joining, requests and invitations
- posting:    topics, posts, helpful marks, accepted answers, counters
- moderation: hiding, restoring and approving posts, pinning and locking, reports
- tracking:   watches, read state, notifications read, unsubscribe links

A service never tells anyone itself: it announces what happened with a signal
(communities.signals) and communities.notifications, downstream, decides who hears about it
and queues the e-mail. So nothing here imports notifications, e-mails or tasks
(enforced by the import-linter contracts in .importlinter).

Callers import from this package (`from communities import services`); the names below are
its public interface.
"""

from ..models import Visibility
from .base import ServiceError, display_name, log_action
from .membership import (
    accept_invitation,
    add_member,
    decide_join_request,
    invite,
    join,
    leave,
    remove_member,
    request_to_join,
    save_community,
    set_facilitators,
    set_role,
    set_visibility,
)
from .moderation import (
    approve_post,
    dismiss_reports,
    hide_post,
    lock_topic,
    pin_topic,
    report_post,
    restore_post,
    unlock_topic,
)
from .posting import (
    accept_answer,
    clear_accepted_answer,
    create_topic,
    delete_post,
    edit_post,
    refresh_counters,
    render_body,
    reply,
    toggle_helpful,
)
from .profiles import profile_for, set_email_frequency
from .tracking import mark_notifications_read, mark_read, set_watch, unsubscribe

__all__ = [
    "ServiceError",
    "Visibility",
    "accept_answer",
    "accept_invitation",
    "add_member",
    "approve_post",
    "clear_accepted_answer",
    "create_topic",
    "decide_join_request",
    "delete_post",
    "dismiss_reports",
    "display_name",
    "edit_post",
    "hide_post",
    "invite",
    "join",
    "leave",
    "lock_topic",
    "log_action",
    "mark_notifications_read",
    "mark_read",
    "pin_topic",
    "profile_for",
    "refresh_counters",
    "remove_member",
    "render_body",
    "reply",
    "report_post",
    "request_to_join",
    "restore_post",
    "save_community",
    "set_email_frequency",
    "set_facilitators",
    "set_role",
    "set_visibility",
    "set_watch",
    "toggle_helpful",
    "unlock_topic",
    "unsubscribe",
]
