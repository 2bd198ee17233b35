import datetime

import pytest
from django.core import mail
from django.utils import timezone

from alerts.models import Alert


@pytest.fixture
def outbox():
    mail.outbox = []
    return mail.outbox


@pytest.fixture
def make_alert(db):
    def make_alert(user=None, query_string="", scope="search", **fields):
        fields.setdefault("checked_until", timezone.now() - datetime.timedelta(minutes=5))
        if user is None:
            fields.setdefault("email", "reader@example.org")
        fields.setdefault("confirmed_at", timezone.now() - datetime.timedelta(minutes=10))
        fields.setdefault("frequency", "immediately")
        return Alert.objects.create(
            user=user,
            name=fields.pop("name", "My alert"),
            scope=scope,
            query_string=query_string,
            **fields,
        )

    return make_alert


def run(*alerts, end=None):
    """Run the sender for these alerts, for a window ending just after now."""
    from alerts.sending import send_batch

    end = end or timezone.now() + datetime.timedelta(seconds=1)
    return send_batch([a.pk for a in alerts], end)
