"""Under the "Editorial review" workflow nobody but an administrator gets a plain "Publish", and
review dates that contradict each other are refused with a message beside the field."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from core.review import date_errors
from tests.casestudies.test_publishing_workflow import case_study_form, form_errors
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_user(site_tree):
    return UserFactory(email="editor@england.nhs.uk", groups=["Editors"])


@pytest.fixture
def contributor(site_tree):
    return UserFactory(email="writer@sutton.nhs.uk", groups=["Contributors"])


@pytest.fixture
def administrator(site_tree):
    return UserFactory(email="admin@england.nhs.uk", is_superuser=True, is_staff=True)


def messages_of(response):
    return [str(m) for m in response.wsgi_request._messages]


def add_url():
    return f"/admin/pages/add/casestudies/casestudypage/{CaseStudyIndexPage.objects.get().pk}/"


def draft(client, user):
    client.force_login(user)
    response = client.post(add_url(), {**case_study_form(), "action-save": "Save draft"})
    assert response.status_code == 302, form_errors(response)
    return CaseStudyPage.objects.get(slug="hospital-transfer-red-bag")


def test_an_editor_is_offered_submit_for_review_but_no_plain_publish(client, editor_user):
    page = draft(client, editor_user)
    for url in (add_url(), f"/admin/pages/{page.pk}/edit/"):
        html = client.get(url).content.decode()
        assert 'name="action-submit"' in html, url
        assert 'name="action-publish"' not in html, url


def test_an_administrator_keeps_publish_for_emergencies(client, administrator):
    page = draft(client, administrator)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="action-publish"' in html


def test_a_hand_made_publish_from_an_editor_saves_a_draft_instead(client, editor_user):
    client.force_login(editor_user)
    response = client.post(add_url(), {**case_study_form(), "action-publish": "Publish"})
    assert response.status_code == 302, form_errors(response)
    page = CaseStudyPage.objects.get(slug="hospital-transfer-red-bag")
    assert not page.live
    assert any("Submit it for review instead" in m for m in messages_of(response))

    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**case_study_form(title="A changed title"), "action-publish": "Publish"},
    )
    assert response.status_code == 302, form_errors(response)
    page.refresh_from_db()
    assert not page.live
    assert page.get_latest_revision().as_object().title == "A changed title"


def test_an_editor_cannot_bulk_publish_pages_under_review(client, editor_user):
    page = draft(client, editor_user)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next=/admin/pages/"
    response = client.post(url, {"include_descendants": ""})
    assert response.status_code == 302
    assert not Page.objects.get(pk=page.pk).live
    assert any("Submit it for review instead" in m for m in messages_of(response))


def test_an_editor_still_publishes_by_approving_in_the_workflow(client, editor_user, contributor):
    client.force_login(contributor)
    response = client.post(add_url(), {**case_study_form(), "action-submit": "Submit"})
    assert response.status_code == 302, form_errors(response)
    page = CaseStudyPage.objects.get(slug="hospital-transfer-red-bag")
    task_state = page.current_workflow_state.current_task_state

    client.force_login(editor_user)
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).live


def test_last_reviewed_before_first_published_is_refused_beside_the_field(client, contributor):
    client.force_login(contributor)
    dates = {"first_published": "2025-12-02", "last_reviewed": "2025-02-01", "next_review": ""}
    response = client.post(add_url(), {**case_study_form(**dates), "action-submit": "Submit"})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["last_reviewed"] == [
        "“Last reviewed” cannot be before it was first published (2 December 2025)."
    ]
    assert not CaseStudyPage.objects.exists()
    # What the contributor typed is still there.
    assert 'value="2025-12-02"' in response.content.decode()


def test_next_review_must_come_after_the_last_review(client, contributor):
    client.force_login(contributor)
    dates = {"first_published": "2024-03-01", "last_reviewed": "2025-03-01"}
    response = client.post(
        add_url(),
        {**case_study_form(**dates, next_review="2025-02-01"), "action-save": "Save draft"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["next_review"] == [
        "“Next review” must be after “Last reviewed” (1 March 2025)."
    ]


def test_dates_in_order_are_accepted(client, contributor):
    client.force_login(contributor)
    dates = {"first_published": "2017-03-14", "last_reviewed": "2025-03-01"}
    response = client.post(
        add_url(),
        {**case_study_form(**dates, next_review="2026-03-01"), "action-save": "Save draft"},
    )
    assert response.status_code == 302, form_errors(response)


def test_date_errors_covers_each_contradiction():
    today = timezone.localdate()
    day = datetime.date
    assert date_errors(day(2017, 3, 14), day(2025, 3, 1), day(2026, 3, 1)) == {}
    assert set(date_errors(today + datetime.timedelta(days=1), None, None)) == {"first_published"}
    # A blank first published date stands for the day it goes live: today for a new page.
    assert set(date_errors(None, today - datetime.timedelta(days=300), None)) == {"last_reviewed"}
    published_at = timezone.now() - datetime.timedelta(days=400)
    assert date_errors(None, today - datetime.timedelta(days=300), None, published_at) == {}
    assert set(date_errors(day(2020, 1, 1), None, day(2019, 1, 1))) == {"next_review"}
    assert set(date_errors(day(2020, 1, 1), day(2025, 3, 1), day(2025, 3, 1))) == {"next_review"}
