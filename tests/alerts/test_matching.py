"""Which items an alert e-mail lists: new, updated, unpublished and private ones."""

import datetime

import pytest
from django.utils import timezone

from alerts.models import Alert, SentItem
from casestudies.models import CaseStudyIndexPage
from communities.models import Membership, Visibility
from tests.casestudies.factories import make_case_study
from tests.communities.factories import CommunityFactory, member_of, start_topic
from tests.factories import UserFactory

from .conftest import run

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(site_tree):
    return CaseStudyIndexPage.objects.get()


def test_a_new_matching_case_study_is_e_mailed_with_its_title_type_and_summary(
    index, make_alert, outbox
):
    alert = make_alert(query_string="q=radiology", scope="case_study", name="Radiology")
    make_case_study(
        index,
        title="Radiology reporting across the hospital group",
        summary="One reporting list for three hospitals.",
        first_published=datetime.date(2016, 5, 1),  # listed date long ago: still new here
    )
    make_case_study(index, title="Care home pharmacists")  # does not match the words

    report = run(alert)

    assert report.sent == 1
    [message] = outbox
    assert message.to == ["reader@example.org"]
    assert message.subject == "1 new item: Radiology"
    assert "Radiology reporting across the hospital group\nCase study\n" in message.body
    assert "One reporting list for three hospitals." in message.body
    assert "(updated)" not in message.body
    assert "Care home pharmacists" not in message.body
    assert "http://testserver/case-studies/case-study-" in message.body
    assert message.extra_headers["List-Unsubscribe"] == (
        f"<http://testserver/alerts/unsubscribe/{alert.token}/>"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_every_filter_of_the_alert_must_match(index, make_alert, outbox):
    alert = make_alert(
        query_string="care_model=urgent-and-emergency-care&support_area=workforce-redesign",
        scope="case_study",
    )
    make_case_study(index, title="Both filters", care_models=["urgent-and-emergency-care"])
    make_case_study(index, title="Only the support area")  # care homes care model

    run(alert)

    assert "Both filters" in outbox[0].body
    assert "Only the support area" not in outbox[0].body


def test_nothing_is_sent_when_nothing_new_matches_but_the_window_moves_on(
    index, make_alert, outbox
):
    alert = make_alert(query_string="q=radiology")
    make_case_study(index, title="Care home pharmacists")

    report = run(alert)

    assert report.sent == 0 and outbox == []
    alert.refresh_from_db()
    assert alert.checked_until > timezone.now() - datetime.timedelta(seconds=5)


def test_an_older_page_updated_to_match_is_sent_once_as_updated(index, make_alert, outbox):
    page = make_case_study(index, title="Discharge to assess")
    alert = make_alert(query_string="q=radiology", checked_until=timezone.now())

    page.title = "Discharge to assess with radiology at the front door"
    page.save_revision().publish()
    run(alert)
    assert len(outbox) == 1
    assert "Discharge to assess with radiology at the front door\nCase study (updated)" in (
        outbox[0].body
    )

    # Edited again: it was already sent by this alert, so it is not sent again.
    page.summary = "Now with a new summary."
    page.save_revision().publish()
    assert run(alert).sent == 0
    assert len(outbox) == 1


def test_an_item_unpublished_before_the_alert_runs_is_not_sent(index, make_alert, outbox):
    alert = make_alert(query_string="q=radiology")
    page = make_case_study(index, title="Radiology that was withdrawn")
    page.unpublish()

    assert run(alert).sent == 0
    assert outbox == []


def test_a_draft_is_not_sent(index, make_alert, outbox):
    alert = make_alert(query_string="q=radiology")
    make_case_study(index, title="Radiology draft", publish=False)

    assert run(alert).sent == 0


@pytest.fixture
def private_topic(db):
    community = CommunityFactory(name="Radiology leads", visibility=Visibility.PRIVATE)
    member = member_of(community)
    start_topic(community, member, title="Radiology backlog: what worked for you?")
    return community, member


def test_a_private_topic_goes_only_to_members_of_its_community(private_topic, make_alert, outbox):
    community, author = private_topic
    member = member_of(community)
    outsider = UserFactory()
    # The topic was posted before these alerts' windows began: post another now.
    now = timezone.now()
    for_member = make_alert(user=member, query_string="q=backlog", checked_until=now)
    for_outsider = make_alert(user=outsider, query_string="q=backlog", checked_until=now)
    for_anyone = make_alert(query_string="q=backlog", checked_until=now)
    start_topic(community, author, title="Backlog clinics on Saturdays")

    run(for_member, for_outsider, for_anyone)

    assert [m.to for m in outbox] == [[member.email]]
    assert "Backlog clinics on Saturdays" in outbox[0].body


def test_someone_who_left_the_community_before_sending_gets_nothing_private(
    private_topic, make_alert, outbox
):
    community, author = private_topic
    member = member_of(community)
    alert = make_alert(user=member, query_string="q=backlog", checked_until=timezone.now())
    start_topic(community, author, title="Backlog clinics on Saturdays")
    Membership.objects.filter(community=community, user=member).delete()

    assert run(alert).sent == 0
    assert not SentItem.objects.filter(alert=alert).exists()


def test_an_open_community_topic_reaches_anyone(make_alert, outbox):
    community = CommunityFactory(name="Discharge network")
    author = member_of(community)
    alert = make_alert(query_string="q=backlog")
    start_topic(community, author, title="Backlog clinics on Saturdays")

    assert run(alert).sent == 1


def test_paused_and_unconfirmed_alerts_send_nothing(index, make_alert, outbox):
    paused = make_alert(query_string="q=radiology", is_paused=True)
    unconfirmed = make_alert(query_string="q=radiology", confirmed_at=None)
    make_case_study(index, title="Radiology reporting")

    assert run(paused, unconfirmed).alerts == 0
    assert outbox == []


def test_an_inactive_account_gets_nothing(index, make_alert, outbox):
    user = UserFactory(is_active=False)
    alert = make_alert(user=user, query_string="q=radiology")
    make_case_study(index, title="Radiology reporting")

    assert run(alert).sent == 0


def test_signed_in_alerts_go_to_the_accounts_current_address(index, make_alert, outbox):
    user = UserFactory()
    alert = make_alert(user=user, query_string="q=radiology")
    Alert.objects.filter(pk=alert.pk).update(email="")
    make_case_study(index, title="Radiology reporting")

    run(alert)
    assert outbox[0].to == [user.email]
    assert "Rename, pause or change how often: http://testserver/alerts/" in outbox[0].body
