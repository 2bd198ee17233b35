"""Queue the alert e-mails that are due: `python manage.py send_alerts`.

Run it from cron every five minutes (docs/alerts.md): each run queues immediate alerts, daily
ones once their morning has come and weekly ones on Monday mornings, in batches, as background
tasks; the worker sends them. Running it again for the same window sends nothing twice.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from alerts.models import Alert, Frequency
from alerts.schedule import window_end
from alerts.sending import due_alert_ids
from alerts.tasks import send_alert_batch


class Command(BaseCommand):
    help = "Queue e-mail alerts that are due, in batches, for the task worker to send."

    def add_arguments(self, parser):
        parser.add_argument(
            "--frequency",
            choices=[f.value for f in Frequency],
            action="append",
            help="Only this frequency (repeatable). Default: all of them.",
        )
        parser.add_argument(
            "--at",
            help="Treat this moment (ISO 8601) as now, to catch up after an outage. "
            "It may not be in the future.",
        )

    def handle(self, *args, **options):
        now = timezone.now()
        if options["at"]:
            at = parse_datetime(options["at"])
            if at is None:
                raise CommandError("--at must be a date and time, e.g. 2026-12-02T07:00")
            if timezone.is_naive(at):
                at = timezone.make_aware(at)
            if at > now:
                raise CommandError("--at may not be in the future.")
            now = at
        batch = int(getattr(settings, "ALERTS_BATCH_SIZE", 200))
        queued = 0
        for frequency in options["frequency"] or [f.value for f in Frequency]:
            end = window_end(frequency, now)
            ids = due_alert_ids(frequency, end)
            for start in range(0, len(ids), batch):
                send_alert_batch.enqueue(ids[start : start + batch], end.isoformat())
                queued += 1
            if options["verbosity"]:
                self.stdout.write(
                    f"{frequency}: {len(ids)} alert{'s' if len(ids) != 1 else ''} due "
                    f"for the window ending {timezone.localtime(end):%Y-%m-%d %H:%M}."
                )
        expired = self._forget_unconfirmed(now)
        if options["verbosity"]:
            self.stdout.write(
                f"Queued {queued} batch{'es' if queued != 1 else ''}; "
                f"removed {expired} unconfirmed alert{'s' if expired != 1 else ''}."
            )

    @staticmethod
    def _forget_unconfirmed(now):
        days = int(getattr(settings, "ALERTS_CONFIRM_DAYS", 7))
        cutoff = now - datetime.timedelta(days=days)
        deleted, _ = Alert.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff).delete()
        return deleted
