"""Background work: e-mail, through Django's task framework (immediate in dev and tests)."""

from django_tasks import task


@task()
def send_notification_email(notification_id):
    """E-mail one notification now, if it is still waiting and its reader may still see it."""
    from .emails import send_notification

    return send_notification(notification_id)


@task()
def send_digest(user_id):
    """E-mail one person their daily digest of waiting notifications."""
    from .emails import send_digest as send

    return send(user_id)


@task()
def send_invitation_email(invitation_id):
    from .emails import send_invitation

    return send_invitation(invitation_id)
