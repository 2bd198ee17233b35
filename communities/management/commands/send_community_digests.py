"""Send the daily digest e-mails: `python manage.py send_community_digests`.

Production runs this once a day from cron (see docs/communities.md). Each person who chose a
daily digest and has notifications waiting gets one e-mail, sent by a background task.
"""

from django.core.management.base import BaseCommand

from communities.models import CommunityProfile, EmailFrequency, EmailState, Notification
from communities.tasks import send_digest


class Command(BaseCommand):
    help = "Queue one digest e-mail for each person who chose daily e-mails and has some waiting."

    def handle(self, *args, **options):
        waiting = Notification.objects.filter(email_state=EmailState.PENDING).values("recipient_id")
        user_ids = list(
            CommunityProfile.objects.filter(
                email_frequency=EmailFrequency.DAILY,
                user_id__in=waiting,
                user__is_active=True,
            ).values_list("user_id", flat=True)
        )
        for user_id in user_ids:
            send_digest.enqueue(user_id)
        if options["verbosity"]:
            self.stdout.write(
                f"Queued {len(user_ids)} digest e-mail{'s' if len(user_ids) != 1 else ''}."
            )
