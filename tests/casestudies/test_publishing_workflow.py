"""Contributors write and submit; editors reject with a comment or publish; readers see only
what is published (through the real Wagtail admin views)."""

import re

import pytest
from django.core import mail
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from taxonomy.models import CareModel, OutcomeCategory, SupportArea, Vanguard
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def contributor(site_tree):
    return UserFactory(
        email="writer@sutton.nhs.uk",
        display_name="Tom Writer",
        groups=["Contributors"],
        vanguard=Vanguard.objects.get(slug="sutton-homes-of-care"),
    )


@pytest.fixture
def editor_user(site_tree):
    return UserFactory(
        email="editor@england.nhs.uk", display_name="Edie Editor", groups=["Editors"]
    )


def case_study_form(title="Hospital transfer with a red bag", outcomes=None, **changes):
    data = {
        "title": title,
        "slug": "hospital-transfer-red-bag",
        "summary": "Care home residents travel to hospital with a red bag of information.",
        "lead_vanguard": Vanguard.objects.get(slug="sutton-homes-of-care").pk,
        "partners": inline_formset([{"name": "Sutton Clinical Commissioning Group"}]),
        "care_models": [CareModel.objects.get(short_name="EHCH").pk],
        "support_areas": [SupportArea.objects.get(slug="designing-new-care-models").pk],
        "region": "",
        "tags": "care homes, hospital discharge",
        "problem": rich_text("<p>Information got lost between care homes and hospital.</p>"),
        "what_was_done": streamfield(
            [("text", rich_text("<p>Staff packed a red bag with the transfer form.</p>"))]
        ),
        "outcomes": inline_formset(
            outcomes
            if outcomes is not None
            else [
                {
                    "category": OutcomeCategory.objects.get(slug="length-of-stay").pk,
                    "better": "",
                    "measure": "Average length of stay",
                    "baseline": "8",
                    "result": "4",
                    "unit": "days",
                    "period": "2016/17",
                    "context": "",
                    "source": "Vanguard data",
                },
                {
                    "category": OutcomeCategory.objects.get(slug="patient-experience").pk,
                    "better": "",
                    "measure": "Residents' belongings lost",
                    "baseline": "",
                    "result": "",
                    "unit": "",
                    "period": "",
                    "context": "Fewer reported",
                    "source": "",
                },
            ]
        ),
        "evaluation_method": rich_text("<p>Compared with the year before.</p>"),
        "evidence_level": "before_after",
        "costs": rich_text(""),
        "advice": rich_text("<p>Agree the form with the acute trust first.</p>"),
        "contact_name": "Vanguard team",
        "contact_role": "Programme office",
        "contact_email": "team@sutton.nhs.uk",
        "adoptions": inline_formset([]),
        "documents": inline_formset([]),
        "first_published": "",
        "last_reviewed": "",
        "next_review": "",
    }
    data.update(changes)
    # Multiple-choice fields go to the client as lists, outside nested_form_data's flattening.
    choices = {name: data.pop(name) for name in ("care_models", "support_areas")}
    return {**nested_form_data(data), **choices}


def form_errors(response):
    """The admin form's errors, for a readable assertion message."""
    form = response.context["form"] if response.context else None
    if form is None:
        return response.content.decode()[:500]
    errors = dict(form.errors)
    for name, formset in getattr(form, "formsets", {}).items():
        errors[name] = [f.errors for f in formset.forms] + [formset.non_form_errors()]
    return errors


def current_task_state(page):
    state = WorkflowState.objects.get(
        base_content_type_id=page.get_base_content_type().pk,
        object_id=str(page.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    return state.current_task_state


def test_contributor_submits_editor_rejects_then_publishes(client, contributor, editor_user):
    index = CaseStudyIndexPage.objects.get()

    # A contributor writes a case study with two outcome rows and submits it.
    client.force_login(contributor)
    response = client.post(
        f"/admin/pages/add/casestudies/casestudypage/{index.pk}/",
        {**case_study_form(), "action-submit": "Submit to Editorial review"},
    )
    assert response.status_code == 302, form_errors(response)
    page = CaseStudyPage.objects.get(slug="hospital-transfer-red-bag")
    assert not page.live
    revision = page.latest_revision.as_object()
    assert [o.measure for o in revision.outcomes.all()] == [
        "Average length of stay",
        "Residents' belongings lost",
    ]
    # Drafts never appear to readers.
    client.logout()
    assert client.get("/case-studies/hospital-transfer-red-bag/").status_code == 404
    assert "Hospital transfer with a red bag" not in client.get("/case-studies/").content.decode()

    # The editor rejects it with a comment; the contributor is told by e-mail and in the admin.
    client.force_login(editor_user)
    mail.outbox.clear()
    task_state = current_task_state(page)
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
        {"comment": "Please say where the length-of-stay figures come from."},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    to_contributor = [m for m in mail.outbox if m.to == [contributor.email]]
    assert to_contributor, [m.to for m in mail.outbox]
    assert "Please say where the length-of-stay figures come from." in to_contributor[0].body

    client.force_login(contributor)
    edit_html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Please say where the length-of-stay figures come from." in edit_html

    # The contributor edits and resubmits.
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {
            **case_study_form(
                evaluation_method=rich_text("<p>Trust data, 2015/16 against 2016/17.</p>")
            ),
            "action-submit": "Resubmit",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]

    # The editor approves, which publishes it.
    client.force_login(editor_user)
    task_state = current_task_state(page)
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live

    # Readers now find it in the listing, its care model hub and its feed.
    client.logout()
    html = client.get("/case-studies/hospital-transfer-red-bag/").content.decode()
    assert "Trust data, 2015/16 against 2016/17." in html
    assert "Hospital transfer with a red bag" in client.get("/case-studies/").content.decode()
    hub = client.get("/care-models/enhanced-health-in-care-homes/").content.decode()
    assert "Hospital transfer with a red bag" in hub
    feed = client.get(
        "/case-studies/feed/rss/?care_model=enhanced-health-in-care-homes"
    ).content.decode()
    assert "<title>Hospital transfer with a red bag</title>" in feed


def test_contributor_cannot_publish_directly(client, contributor):
    index = CaseStudyIndexPage.objects.get()
    client.force_login(contributor)
    response = client.post(
        f"/admin/pages/add/casestudies/casestudypage/{index.pk}/",
        {**case_study_form(), "action-publish": "Publish"},
    )
    page = CaseStudyPage.objects.get(slug="hospital-transfer-red-bag")
    assert response.status_code == 302
    assert not page.live
    assert not Page.objects.filter(pk=page.pk, live=True).exists()


def test_contributor_cannot_edit_someone_elses_case_study(client, contributor, editor_user):
    from tests.casestudies.factories import make_case_study

    other = make_case_study(CaseStudyIndexPage.objects.get(), owner=editor_user)
    client.force_login(contributor)
    response = client.get(f"/admin/pages/{other.pk}/edit/")
    # Wagtail's "no permission" answer inside the admin: back to the dashboard, with a message.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_outcome_with_a_result_but_no_measure_is_rejected_with_a_field_error(client, contributor):
    index = CaseStudyIndexPage.objects.get()
    client.force_login(contributor)
    response = client.post(
        f"/admin/pages/add/casestudies/casestudypage/{index.pk}/",
        {
            **case_study_form(
                outcomes=[
                    {
                        "category": "",
                        "better": "",
                        "measure": "",
                        "baseline": "",
                        "result": "12",
                        "unit": "%",
                        "period": "",
                        "context": "",
                        "source": "Trust data",
                    }
                ]
            ),
            "action-submit": "Submit",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Say what was measured, for example" in html
    assert "Choose what kind of outcome this is" in html
    assert "Say when the figures were measured" in html
    assert not CaseStudyPage.objects.exists()
    # What the contributor wrote is still in the form, the outcome's figures too.
    assert "Care home residents travel to hospital with a red bag of information." in html
    assert re.search(r'name="outcomes-0-result"[^>]*value="12"', html)
    assert re.search(r'name="outcomes-0-source"[^>]*value="Trust data"', html)


def test_at_least_one_care_model_and_support_area_are_required(client, contributor):
    index = CaseStudyIndexPage.objects.get()
    client.force_login(contributor)
    response = client.post(
        f"/admin/pages/add/casestudies/casestudypage/{index.pk}/",
        {**case_study_form(care_models=[], support_areas=[]), "action-submit": "Submit"},
    )
    assert response.status_code == 200
    assert not CaseStudyPage.objects.exists()
    assert len(re.findall(r"This field is required", response.content.decode())) >= 2
