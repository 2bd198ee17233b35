"""Background work: e-mail, through Django's task framework (immediate in dev and tests)."""

from django_tasks import task

from . import emails


@task()
def send_notification_email(notification_id):
    """E-mail one notification now, if it is still waiting and its reader may still see it."""
    return emails.send_notification(notification_id)


@task()
def send_digest(user_id):
    """E-mail one person their daily digest of waiting notifications."""
    return emails.send_digest(user_id)


@task()
def send_invitation_email(invitation_id):
    return emails.send_invitation(invitation_id)
