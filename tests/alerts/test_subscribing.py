"""Getting alerts from a search, double opt-in, one-click unsubscribe and the alerts page."""

import re

import pytest
from django.core import mail
from django.test import Client

from alerts.models import Alert, Frequency
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SEARCH = {
    "scope": "search",
    "q": "red bag",
    "care_model": "enhanced-health-in-care-homes",
    "frequency": "daily",
}


def link(body, path):
    match = re.search(rf"http://testserver({path}[^\s]+/)", body)
    assert match, f"no {path} link in:\n{body}"
    return match.group(1)


def test_search_and_listing_pages_offer_alerts_and_feeds_with_the_words_and_filters(
    client, site_tree
):
    html = client.get("/search/?q=red+bag&care_model=enhanced-health-in-care-homes").content
    html = html.decode()
    assert (
        'href="/alerts/new/?scope=search&amp;q=red+bag&amp;care_model=enhanced-health-in-care-homes"'
        in html
    )
    assert 'href="/search/feed/rss/?q=red+bag&amp;care_model=enhanced-health-in-care-homes"' in html
    html = client.get("/guides/?q=discharge").content.decode()
    assert 'href="/alerts/new/?scope=learning_guide&amp;q=discharge"' in html
    assert 'href="/guides/feed/atom/?q=discharge"' in html
    html = client.get("/case-studies/?q=radiology&page=1&sort=title").content.decode()
    assert 'href="/case-studies/feed/rss/?q=radiology"' in html


def test_a_signed_in_reader_subscribes_at_once(client, site_tree):
    user = UserFactory()
    client.force_login(user)
    page = client.get("/alerts/new/", SEARCH)
    assert page.status_code == 200
    assert "Case studies, guides and discussions matching “red bag”" in page.content.decode()

    response = client.post("/alerts/new/", {**SEARCH, "frequency": "weekly", "name": ""})

    assert response.status_code == 302 and response["Location"] == "/alerts/"
    alert = Alert.objects.get(user=user)
    assert alert.is_confirmed and alert.frequency == Frequency.WEEKLY
    assert alert.query_string == "q=red+bag&care_model=enhanced-health-in-care-homes"
    assert alert.name.startswith("Case studies, guides and discussions matching “red bag”")
    assert mail.outbox == []
    assert alert.name in client.get("/alerts/").content.decode()
    # The one settings page shows alerts beside the community e-mail choices.
    settings_page = client.get("/notifications/settings/").content.decode()
    assert alert.name in settings_page and "How often should we e-mail you" in settings_page


def test_anyone_else_confirms_by_link_before_anything_is_sent(client, site_tree):
    response = client.post(
        "/alerts/new/", {**SEARCH, "frequency": "daily", "email": "Reader@Example.org"}
    )
    assert response.status_code == 200
    assert "Check your e-mail" in response.content.decode()
    alert = Alert.objects.get()
    assert alert.email == "reader@example.org" and not alert.is_confirmed
    [message] = mail.outbox
    confirm = link(message.body, "/alerts/confirm/")

    # Following the link only asks (mail scanners follow links); the button confirms.
    assert "Start this alert?" in client.get(confirm).content.decode()
    alert.refresh_from_db()
    assert not alert.is_confirmed
    assert "Your alert has started" in client.post(confirm).content.decode()
    alert.refresh_from_db()
    assert alert.is_confirmed


def test_a_confirmation_link_for_another_token_does_nothing(client, site_tree):
    client.post("/alerts/new/", {**SEARCH, "frequency": "daily", "email": "a@example.org"})
    response = client.post("/alerts/confirm/not-the-token/")
    assert response.status_code == 404
    assert not Alert.objects.get().is_confirmed


def test_asking_without_an_address_keeps_what_was_typed(client, site_tree):
    response = client.post("/alerts/new/", {**SEARCH, "frequency": "daily", "name": "Bags"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Enter your e-mail address." in html
    assert 'value="Bags"' in html and 'value="red bag"' in html
    assert not Alert.objects.exists()


def test_one_address_gets_only_a_few_confirmation_e_mails_a_day(client, site_tree):
    for n in range(3):
        client.post(
            "/alerts/new/",
            {**SEARCH, "q": f"bag {n}", "email": "a@example.org", "frequency": "daily"},
        )
    response = client.post(
        "/alerts/new/", {**SEARCH, "q": "bag 4", "email": "a@example.org", "frequency": "daily"}
    )
    assert response.status_code == 429
    assert len(mail.outbox) == 3


def test_creating_alerts_is_throttled(client, site_tree):
    client.force_login(UserFactory())
    for n in range(10):
        assert client.post("/alerts/new/", {**SEARCH, "q": f"bag {n}"}).status_code == 302
    response = client.post("/alerts/new/", {**SEARCH, "q": "one too many", "name": "Mine"})
    assert response.status_code == 429
    assert "which is our limit" in response.content.decode()
    assert 'value="Mine"' in response.content.decode()
    assert Alert.objects.count() == 10


def test_unsubscribing_works_without_signing_in_and_stops_only_that_alert(make_alert):
    alert = make_alert(name="Radiology")
    other = make_alert(name="Falls")
    anonymous = Client(enforce_csrf_checks=True)

    page = anonymous.get(f"/alerts/unsubscribe/{alert.token}/")
    assert "Stop the alert “Radiology”?" in page.content.decode()
    assert Alert.objects.filter(pk=alert.pk).exists()  # a GET only asks

    # RFC 8058: the mail program POSTs this body, with no cookies and no CSRF token.
    response = anonymous.post(
        f"/alerts/unsubscribe/{alert.token}/", {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert not Alert.objects.filter(pk=alert.pk).exists()
    assert Alert.objects.filter(pk=other.pk).exists()
    assert anonymous.post(f"/alerts/unsubscribe/{alert.token}/").status_code == 404


def test_an_unsubscribe_token_is_long_random_and_one_per_alert(make_alert):
    tokens = {make_alert().token for _ in range(5)}
    assert len(tokens) == 5
    assert all(len(t) >= 43 for t in tokens)
    assert Client().post("/alerts/unsubscribe/guess/").status_code == 404


def test_the_alerts_page_renames_changes_pauses_resumes_and_deletes(client, make_alert):
    user = UserFactory()
    alert = make_alert(user=user, name="Radiology", query_string="q=radiology")
    client.force_login(user)

    response = client.post(f"/alerts/{alert.pk}/", {"name": "X-ray", "frequency": "weekly"})
    assert response.status_code == 302
    alert.refresh_from_db()
    assert (alert.name, alert.frequency) == ("X-ray", "weekly")

    client.post(f"/alerts/{alert.pk}/pause/", {"paused": "1"})
    alert.refresh_from_db()
    assert alert.is_paused
    assert "Paused" in client.get("/alerts/").content.decode()
    client.post(f"/alerts/{alert.pk}/pause/", {"paused": "0"})
    alert.refresh_from_db()
    assert not alert.is_paused

    assert client.post(f"/alerts/{alert.pk}/", {"name": "", "frequency": "weekly"}).status_code == (
        400
    )
    assert client.post(f"/alerts/{alert.pk}/delete/").status_code == 302
    assert not Alert.objects.filter(pk=alert.pk).exists()


def test_nobody_else_can_change_an_alert(client, make_alert):
    alert = make_alert(user=UserFactory(), name="Radiology")
    client.force_login(UserFactory())
    assert client.get(f"/alerts/{alert.pk}/").status_code == 404
    assert client.post(f"/alerts/{alert.pk}/delete/").status_code == 404
    assert client.post(f"/alerts/{alert.pk}/pause/", {"paused": "1"}).status_code == 404
    alert.refresh_from_db()
    assert not alert.is_paused


def test_the_alerts_page_needs_signing_in(client, db):
    response = client.get("/alerts/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
