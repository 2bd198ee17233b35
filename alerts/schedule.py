"""When each frequency's window ends: immediately (now), daily at ALERTS_SEND_HOUR, weekly on
Mondays at that hour (local time). Windows end a little in the past (ALERTS_SETTLE_SECONDS) so
a publication still committing as a run starts falls into the next window, not between two."""

import datetime

from django.conf import settings
from django.utils import timezone

from .models import Frequency


def settle_seconds():
    return int(getattr(settings, "ALERTS_SETTLE_SECONDS", 60))


def window_end(frequency, now=None):
    """The end of the latest complete window of `frequency` at `now` (aware datetime)."""
    latest = (now or timezone.now()) - datetime.timedelta(seconds=settle_seconds())
    if frequency == Frequency.IMMEDIATELY:
        return latest
    local = timezone.localtime(latest)
    hour = int(getattr(settings, "ALERTS_SEND_HOUR", 7))
    boundary = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if boundary > local:
        boundary -= datetime.timedelta(days=1)
    if frequency == Frequency.WEEKLY:
        boundary -= datetime.timedelta(days=boundary.weekday())
    # Rebuilt from the date so a clock change between boundary and now keeps the local hour.
    naive = datetime.datetime.combine(boundary.date(), datetime.time(hour))
    return timezone.make_aware(naive, timezone.get_current_timezone())
