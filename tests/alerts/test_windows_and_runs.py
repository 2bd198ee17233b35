"""Frequency windows, the cron command, batches, and that a repeated run sends nothing twice."""

import datetime
import io
import zoneinfo

import pytest
from django.core.management import call_command
from django.utils import timezone

from alerts import schedule
from alerts.models import Delivery, Frequency, SentItem
from alerts.sending import _claim, due_alert_ids, prepare_batch
from casestudies.models import CaseStudyIndexPage
from tests.casestudies.factories import make_case_study

from .conftest import run

pytestmark = pytest.mark.django_db
LONDON = zoneinfo.ZoneInfo("Europe/London")


def at(*args):
    return datetime.datetime(*args, tzinfo=LONDON)


@pytest.fixture
def index(site_tree):
    return CaseStudyIndexPage.objects.get()


@pytest.mark.parametrize(
    ("frequency", "now", "end"),
    [
        # Immediately: now, less the settling time.
        (Frequency.IMMEDIATELY, at(2026, 12, 2, 15, 0, 0), at(2026, 12, 2, 14, 59, 0)),
        # Daily: the latest 07:00.
        (Frequency.DAILY, at(2026, 12, 2, 15, 0), at(2026, 12, 2, 7, 0)),
        (Frequency.DAILY, at(2026, 12, 2, 6, 30), at(2026, 12, 1, 7, 0)),
        # Weekly: the latest Monday 07:00 (30 November 2026 is a Monday).
        (Frequency.WEEKLY, at(2026, 12, 2, 15, 0), at(2026, 11, 30, 7, 0)),
        (Frequency.WEEKLY, at(2026, 11, 30, 6, 0), at(2026, 11, 23, 7, 0)),
        # Across the clocks going back (25 October 2026): still 07:00 local.
        (Frequency.DAILY, at(2026, 10, 25, 9, 0), at(2026, 10, 25, 7, 0)),
    ],
)
def test_window_ends(frequency, now, end, settings):
    settings.ALERTS_SETTLE_SECONDS = 60
    assert schedule.window_end(frequency, now) == end


def test_a_daily_alert_is_due_once_a_day(make_alert, settings):
    settings.ALERTS_SETTLE_SECONDS = 0
    alert = make_alert(frequency=Frequency.DAILY, checked_until=at(2026, 12, 1, 15, 0))
    assert due_alert_ids(Frequency.DAILY, schedule.window_end("daily", at(2026, 12, 2, 6, 0))) == []
    end = schedule.window_end("daily", at(2026, 12, 2, 7, 5))
    assert due_alert_ids(Frequency.DAILY, end) == [alert.pk]
    assert due_alert_ids(Frequency.WEEKLY, end) == []
    alert.checked_until = end
    alert.save()
    assert due_alert_ids(Frequency.DAILY, schedule.window_end("daily", at(2026, 12, 2, 20))) == []


def test_items_outside_the_window_are_left_for_the_next_one(index, make_alert, outbox):
    alert = make_alert(query_string="q=radiology")
    make_case_study(index, title="Radiology reporting")
    before_it = timezone.now() - datetime.timedelta(minutes=1)

    assert run(alert, end=before_it).sent == 0
    assert run(alert).sent == 1


def test_running_the_same_window_twice_sends_once(index, make_alert, outbox):
    alert = make_alert(query_string="q=radiology")
    make_case_study(index, title="Radiology reporting")
    end = timezone.now() + datetime.timedelta(seconds=1)

    assert run(alert, end=end).sent == 1
    assert run(alert, end=end).sent == 0
    assert run(alert).sent == 0  # a later window: the item was already sent
    assert len(outbox) == 1
    assert Delivery.objects.filter(alert=alert).count() == 1
    assert SentItem.objects.filter(alert=alert).count() == 1


def test_two_runs_racing_for_a_window_send_once(index, make_alert, outbox):
    alert = make_alert(query_string="q=radiology")
    make_case_study(index, title="Radiology reporting")
    end = timezone.now() + datetime.timedelta(seconds=1)
    first = prepare_batch([alert.pk], end)
    second = prepare_batch([alert.pk], end)  # read before the first claimed

    assert _claim(first[0], end)
    assert _claim(second[0], end) is None


def test_a_failed_send_is_tried_again_by_the_next_run(index, make_alert, outbox, monkeypatch):
    alert = make_alert(query_string="q=radiology")
    make_case_study(index, title="Radiology reporting")

    def refuse(*args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    assert run(alert).sent == 0
    monkeypatch.undo()
    assert run(alert).sent == 1
    assert "Radiology reporting" in outbox[0].body


def test_the_command_queues_batches_and_a_second_run_sends_nothing(
    index, make_alert, outbox, settings
):
    settings.ALERTS_BATCH_SIZE = 2
    settings.ALERTS_SETTLE_SECONDS = 0
    alerts = [
        make_alert(query_string="q=radiology", email=f"reader{n}@example.org", name=f"Alert {n}")
        for n in range(5)
    ]
    make_alert(query_string="q=radiology", frequency=Frequency.DAILY, checked_until=timezone.now())
    make_case_study(index, title="Radiology reporting")

    out = io.StringIO()
    call_command("send_alerts", stdout=out)
    assert "immediately: 5 alerts due" in out.getvalue()
    assert "Queued 3 batches" in out.getvalue()
    assert sorted(m.to[0] for m in outbox) == sorted(a.email for a in alerts)

    call_command("send_alerts", stdout=io.StringIO())
    assert len(outbox) == 5


def test_the_command_forgets_unconfirmed_alerts_after_a_week(make_alert):
    make_alert(confirmed_at=None, created_at=timezone.now() - datetime.timedelta(days=8))
    kept = make_alert(confirmed_at=None)
    out = io.StringIO()
    call_command("send_alerts", stdout=out)
    assert "removed 1 unconfirmed alert." in out.getvalue()
    assert list(type(kept).objects.values_list("pk", flat=True)) == [kept.pk]


def test_the_command_refuses_a_time_in_the_future():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="future"):
        call_command("send_alerts", at="2999-01-01T07:00", stdout=io.StringIO())
