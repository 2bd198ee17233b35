"""Background work: alert e-mails, through Django's task framework (immediate in dev and tests,
the database worker in production), as communities' e-mail is."""

import datetime

from django_tasks import task


@task()
def send_alert_batch(alert_ids, window_end):
    """Match and e-mail one batch of alerts for the window ending at `window_end` (ISO 8601)."""
    from .sending import send_batch

    report = send_batch(alert_ids, datetime.datetime.fromisoformat(window_end))
    return {"alerts": report.alerts, "sent": report.sent, "items": report.items}


@task()
def send_confirmation_email(alert_id):
    from .models import Alert
    from .sending import send_confirmation

    alert = Alert.objects.filter(pk=alert_id, confirmed_at__isnull=True).first()
    if alert is not None:
        send_confirmation(alert)
