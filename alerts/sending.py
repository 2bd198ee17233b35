"""Sending alert e-mails: claim the window, record what is sent, send, in batches.

Idempotent by construction: an alert's window is claimed by moving `checked_until` forward only
if it is still where this run read it (one UPDATE), a Delivery is unique per alert and window
end, and a SentItem is unique per alert and document, so a repeated or concurrent run of the
same window sends nothing twice, and no document is ever listed twice by one alert. If sending
fails, the claim is undone and the next run tries again.
"""

import logging
import time
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from search.documents import PUBLIC
from search.visibility import visibility_for_users

from . import scopes
from .matching import Matcher, candidates
from .models import Alert, Delivery, SentItem

logger = logging.getLogger(__name__)

MAX_ITEMS_PER_EMAIL = 50


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def unsubscribe_url(alert):
    return absolute(reverse("alerts:unsubscribe", args=[alert.token]))


def unsubscribe_headers(url):
    # RFC 8058: mail programs may POST to the link to unsubscribe in one click.
    return {
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
    }


def due_alert_ids(frequency, window_end):
    return list(
        Alert.objects.filter(
            frequency=frequency,
            confirmed_at__isnull=False,
            is_paused=False,
            checked_until__lt=window_end,
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )


@dataclass
class BatchReport:
    alerts: int = 0
    sent: int = 0
    items: int = 0
    matching_seconds: float = 0.0
    rendering_seconds: float = 0.0
    sending_seconds: float = 0.0


@dataclass
class Prepared:
    alert: Alert
    window_start: object
    items: list
    search: object = None


def send_batch(alert_ids, window_end, *, connection=None):
    """Match and send the alerts `alert_ids` for windows ending at `window_end`."""
    report = BatchReport()
    started = time.perf_counter()
    prepared = prepare_batch(alert_ids, window_end)
    report.alerts = len(prepared)
    report.matching_seconds = time.perf_counter() - started
    connection = connection or mail.get_connection()
    # One transaction claims the whole batch (one commit, not one per alert).
    with transaction.atomic():
        claims = [(job, _claim(job, window_end)) for job in prepared]
    delivered = []
    for job, claimed in claims:
        if claimed is None or not job.items:
            continue
        started = time.perf_counter()
        message = render(
            job.alert, job.window_start, job.items, connection=connection, search=job.search
        )
        report.rendering_seconds += time.perf_counter() - started
        started = time.perf_counter()
        try:
            message.send()
        except Exception:
            _unclaim(job, window_end, claimed)
            logger.exception("Could not send alert %s; the next run tries again", job.alert.pk)
            continue
        finally:
            report.sending_seconds += time.perf_counter() - started
        delivered.append((claimed, job.alert.pk))
        report.sent += 1
        report.items += len(job.items)
    if delivered:
        sent_at = timezone.now()
        with transaction.atomic():
            Delivery.objects.filter(pk__in=[d for d, _ in delivered]).update(sent_at=sent_at)
            Alert.objects.filter(pk__in=[a for _, a in delivered]).update(last_sent_at=sent_at)
    return report


def prepare_batch(alert_ids, window_end):
    """[Prepared] for each due alert: the candidates it matches that it has not yet sent."""
    alerts = list(
        Alert.objects.filter(
            pk__in=alert_ids,
            confirmed_at__isnull=False,
            is_paused=False,
            checked_until__lt=window_end,
        ).select_related("user")
    )
    if not alerts:
        return []
    since = min(alert.checked_until for alert in alerts)
    found = candidates(since, window_end)
    matcher = Matcher(found)
    everything = {c.document.visibility for c in found}
    sent = set()
    if found:
        sent = set(
            SentItem.objects.filter(
                alert__in=alerts, doc_id__in=[c.document.doc_id for c in found]
            ).values_list("alert_id", "doc_id")
        )
    private = []  # (alert, its items) where something private matched
    searches = {}
    prepared = []
    for alert in alerts:
        scope = scopes.SCOPES.get(alert.scope)
        key = (alert.scope, alert.query_string)
        if key not in searches and scope is not None:
            searches[key] = Search(scope, scopes.read_stored(scope, alert.query_string))
    if found:
        matcher.prime(s.request.parsed for s in searches.values())
    for alert in alerts:
        items = []
        search = searches.get((alert.scope, alert.query_string))
        recipient_ok = alert.user is None or (alert.user.is_active and alert.user.email)
        if found and recipient_ok and search is not None:
            items = matcher.matches(search.request, alert.checked_until, window_end, everything)
            items = [c for c in items if (alert.pk, c.document.doc_id) not in sent]
            if any(c.document.visibility != PUBLIC for c in items):
                private.append((alert, items))
        prepared.append(Prepared(alert, alert.checked_until, items, search))
    if private:
        # Who may see what is asked now, at sending, never earlier: for everyone at once.
        visibilities = visibility_for_users([a.user for a, _ in private if a.user_id])
        for alert, items in private:
            allowed = set(visibilities.get(alert.user_id, (PUBLIC,)))
            items[:] = [c for c in items if c.document.visibility in allowed]
    for job in prepared:
        job.items = job.items[-MAX_ITEMS_PER_EMAIL:]
    return prepared


class Search:
    """One distinct search of a batch (alerts with the same words and filters share it)."""

    def __init__(self, scope, request):
        self.scope = scope
        self.request = request

    @cached_property
    def description(self):
        return scopes.describe(self.scope, self.request)

    @cached_property
    def query(self):
        return scopes.canonical_query(self.request)


def _claim(job, window_end):
    """Move the alert's window forward and record what it will send; the Delivery's id, or
    None when another run got there first."""
    alert = job.alert
    with transaction.atomic():  # a savepoint inside the batch's transaction
        moved = Alert.objects.filter(pk=alert.pk, checked_until=job.window_start).update(
            checked_until=window_end
        )
        if not moved:
            return None
        if not job.items:
            return 0
        delivery = Delivery.objects.create(
            alert=alert, window_start=job.window_start, window_end=window_end
        )
        SentItem.objects.bulk_create(
            SentItem(alert=alert, delivery=delivery, doc_id=c.document.doc_id) for c in job.items
        )
    return delivery.pk


def _unclaim(job, window_end, delivery_id):
    with transaction.atomic():
        Delivery.objects.filter(pk=delivery_id).delete()
        Alert.objects.filter(pk=job.alert.pk, checked_until=window_end).update(
            checked_until=job.window_start
        )


def render(alert, window_start, items, *, connection=None, search=None):
    """The e-mail for `items` (Candidates), newest first, plain text."""
    scope = scopes.SCOPES[alert.scope]
    if search is None:
        search = Search(scope, scopes.read_stored(scope, alert.query_string))
    results_path = scope.path()
    query = search.query
    url = unsubscribe_url(alert)
    rows = [
        {
            "title": c.document.title,
            "type": c.document.type_label,
            "summary": c.document.summary,
            "link": absolute(c.document.url),
            "is_new": c.is_new_since(window_start),
        }
        for c in reversed(items)
    ]
    count = len(rows)
    context = {
        "alert": alert,
        "items": rows,
        "count": count,
        "description": search.description,
        "results_url": absolute(results_path + (f"?{query}" if query else "")),
        "manage_url": absolute(reverse("alerts:index")) if alert.user_id else "",
        "unsubscribe_url": url,
    }
    noun = "item" if count == 1 else "items"
    subject = " ".join(f"{count} new {noun}: {alert.name}".split())[:200]
    return mail.EmailMessage(
        subject=subject,
        body=render_to_string("alerts/email/alert.txt", context),
        to=[alert.recipient_email],
        headers=unsubscribe_headers(url),
        connection=connection,
    )


def send_confirmation(alert):
    """The double opt-in e-mail: nothing else is sent until its link is followed."""
    scope = scopes.SCOPES[alert.scope]
    context = {
        "alert": alert,
        "description": scopes.describe(scope, scopes.read(scope, alert.query_string)),
        "confirm_url": absolute(reverse("alerts:confirm", args=[alert.confirm_token])),
        "days": confirm_days(),
    }
    mail.EmailMessage(
        subject="Confirm your e-mail alert from NHS Shared Learning",
        body=render_to_string("alerts/email/confirm.txt", context),
        to=[alert.email],
        headers={"Auto-Submitted": "auto-generated"},
    ).send()


def confirm_days():
    return int(getattr(settings, "ALERTS_CONFIRM_DAYS", 7))
