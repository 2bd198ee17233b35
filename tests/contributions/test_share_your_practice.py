"""Share your practice: the form outside the admin, its drafts, files, submission and review."""

import io
import zipfile

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import WorkflowState

from casestudies.models import CaseStudyPage
from contributions.forms import OUTCOME_FIELDS
from contributions.models import Submission
from taxonomy.models import CareModel, OutcomeCategory, SupportArea
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png_bytes():
    out = io.BytesIO()
    Image.new("RGB", (4, 3), "red").save(out, "PNG")
    return out.getvalue()


def docx_bytes():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return out.getvalue()


@pytest.fixture
def author(site_tree):
    return UserFactory(email="manager@rosewood-care.co.uk", display_name="Rita Manager")


def step_url(submission, slug):
    return f"/share/{submission.uid}/{slug}/"


ANSWERS = {
    "about": {
        "title": "Night-time falls huddle",
        "summary": "Staff agree each evening who is most at risk of falling overnight.",
    },
    "problem": {"problem": "Residents fell at night.\n\nNobody knew who was most at risk."},
    "what-was-done": {"what_was_done": "The nurse in charge lists residents at risk."},
    "evidence": {"evidence_level": "before_after", "evaluation_method": "Falls log."},
    "costs-and-contact": {
        "costs": "Ten minutes a shift.",
        "advice": "Start small.",
        "contact_name": "Rita Manager",
        "contact_role": "Registered manager",
        "contact_email": "rita@rosewood-care.co.uk",
    },
}


def outcome_rows(*rows):
    data = {
        "outcomes-TOTAL_FORMS": str(len(rows)),
        "outcomes-INITIAL_FORMS": "0",
        "outcomes-MIN_NUM_FORMS": "0",
        "outcomes-MAX_NUM_FORMS": "12",
    }
    for index, row in enumerate(rows):
        for name in OUTCOME_FIELDS:
            data[f"outcomes-{index}-{name}"] = row.get(name, "")
    return data


def falls(**changes):
    return {
        "category": OutcomeCategory.objects.get(slug="length-of-stay").pk,
        "measure": "Falls at night",
        "baseline": "12",
        "result": "5",
        "unit": "falls a month",
        "period": "2017/18",
        "source": "Our falls log",
        **changes,
    }


def where():
    return {
        "care_models": [CareModel.objects.get(short_name="EHCH").pk],
        "support_areas": [SupportArea.objects.get(slug="designing-new-care-models").pk],
        "lead_vanguard": "",
        "organisation": "Rosewood Care Home, Sutton",
    }


def fill_in(client):
    response = client.post("/share/start/")
    submission = Submission.objects.latest("created_at")
    assert response.url == step_url(submission, "about")
    for slug in ("about", "problem", "what-was-done"):
        assert client.post(step_url(submission, slug), ANSWERS[slug]).status_code == 302
    response = client.post(
        step_url(submission, "outcomes"),
        outcome_rows(falls()),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    for slug in ("evidence", "costs-and-contact"):
        assert client.post(step_url(submission, slug), ANSWERS[slug]).status_code == 302
    response = client.post(step_url(submission, "where"), where())
    assert response.status_code == 302, response.content.decode()[:3000]
    return submission


def upload(client, submission, name, content, title="Evaluation report", **extra):
    return client.post(
        step_url(submission, "attachments"),
        {"upload": "1", "title": title, "file": SimpleUploadedFile(name, content), **extra},
    )


def test_author_fills_in_each_page_checks_answers_and_submits_into_editorial_review(client, author):
    client.force_login(author)
    assert "Share your practice" in client.get("/share/").content.decode()
    submission = fill_in(client)
    assert upload(client, submission, "report.pdf", PDF).status_code == 302
    assert (
        upload(
            client,
            submission,
            "photo.png",
            png_bytes(),
            title="The huddle board",
            description="A whiteboard",
        ).status_code
        == 302
    )

    check = client.get(f"/share/{submission.uid}/check/").content.decode()
    for text in (
        "Night-time falls huddle",
        "Falls at night",
        "Before-and-after evaluation",
        "Rosewood Care Home, Sutton",
        "Evaluation report",
        "The huddle board",
    ):
        assert text in check

    response = client.post(f"/share/{submission.uid}/check/")
    assert response.status_code == 302
    submission.refresh_from_db()
    page = submission.page
    assert page is not None and not page.live
    assert page.owner == author
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Editorial review"
    draft = page.get_latest_revision_as_object()
    assert [o.measure for o in draft.outcomes.all()] == ["Falls at night"]
    assert [p.name for p in draft.partners.all()] == ["Rosewood Care Home, Sutton"]
    assert draft.lead_vanguard is None
    assert [d.title for d in draft.documents.all()] == ["Evaluation report"]
    assert (
        draft.problem == "<p>Residents fell at night.</p><p>Nobody knew who was most at risk.</p>"
    )
    assert [b.block_type for b in draft.what_was_done] == ["text", "image"]

    detail = client.get(f"/share/{submission.uid}/").content.decode()
    assert "Waiting for review" in detail
    # It is a draft: readers cannot see it.
    client.logout()
    assert client.get(page.url_path.replace("/home", "", 1)).status_code == 404


def test_answers_are_kept_as_a_draft_to_come_back_to(client, author):
    client.force_login(author)
    client.post("/share/start/")
    submission = Submission.objects.get()
    response = client.post(step_url(submission, "about"), {**ANSWERS["about"], "later": "1"})
    assert response.url == "/share/"
    listing = client.get("/share/").content.decode()
    assert "Night-time falls huddle" in listing and "Draft" in listing
    html = client.get(step_url(submission, "about")).content.decode()
    assert "Staff agree each evening who is most at risk" in html


def test_a_missing_answer_is_refused_with_an_error_summary_and_error_title(client, author):
    client.force_login(author)
    client.post("/share/start/")
    submission = Submission.objects.get()
    response = client.post(step_url(submission, "about"), {"title": "Only a title", "summary": ""})
    html = response.content.decode()
    assert response.status_code == 400
    assert "<title>Error: " in html
    assert 'data-module="nhsuk-error-summary"' in html
    assert '<a href="#id_summary">Enter a summary</a>' in html
    assert 'value="Only a title"' in html


def test_submitting_with_unanswered_questions_lists_them(client, author):
    client.force_login(author)
    client.post("/share/start/")
    submission = Submission.objects.get()
    client.post(step_url(submission, "about"), ANSWERS["about"])
    response = client.post(f"/share/{submission.uid}/check/")
    assert response.status_code == 400
    assert "Answer: Aims and problem" in response.content.decode()
    assert not CaseStudyPage.objects.exists()


def test_an_outcome_figure_without_a_measure_is_refused(client, author):
    client.force_login(author)
    client.post("/share/start/")
    submission = Submission.objects.get()
    response = client.post(step_url(submission, "outcomes"), outcome_rows(falls(measure="")))
    assert response.status_code == 400
    assert "Say what was measured, for example" in response.content.decode()
    response = client.post(step_url(submission, "outcomes"), outcome_rows(falls(result="lots")))
    assert "After must be a number" in response.content.decode()


def test_organisation_or_vanguard_is_needed(client, author):
    client.force_login(author)
    client.post("/share/start/")
    submission = Submission.objects.get()
    response = client.post(step_url(submission, "where"), {**where(), "organisation": ""})
    assert response.status_code == 400
    assert (
        "Enter your organisation, or select the vanguard that led it" in response.content.decode()
    )


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("report.pdf", b"MZ\x90\x00 this is a Windows program", "The selected file must be a PDF"),
        ("photo.png", b"GIF89a but not really an image", "The selected file must be a PDF"),
        ("notes.docx", b"PK\x03\x04 not a real zip", "The selected file must be a PDF"),
        ("page.pdf", b"<html><script>alert(1)</script></html>", "The selected file must be a PDF"),
        ("empty.pdf", b"", "The selected file is empty"),
    ],
)
def test_a_file_of_the_wrong_type_is_refused_whatever_its_name(
    client, author, name, content, message
):
    client.force_login(author)
    submission = fill_in(client)
    before = Submission.objects.get().answers
    response = upload(client, submission, name, content, title="My typed title")
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    # What the author typed on this page and every other answer are kept.
    assert 'value="My typed title"' in html
    assert Submission.objects.get().answers == before
    assert not submission.attachments.exists()


def test_a_real_file_with_a_misleading_name_is_stored_under_its_real_type(client, author):
    client.force_login(author)
    submission = fill_in(client)
    assert upload(client, submission, "notes.pdf", docx_bytes()).status_code == 302
    attachment = submission.attachments.get()
    assert attachment.file_type == "Word document"
    assert attachment.document.file.name.endswith(".docx")


def test_a_file_that_is_too_large_is_refused_and_answers_kept(client, author, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    client.force_login(author)
    submission = fill_in(client)
    response = upload(client, submission, "big.pdf", PDF + b"0" * 2048, title="Big report")
    html = response.content.decode()
    assert response.status_code == 400
    assert "must be smaller than" in html
    assert 'value="Big report"' in html
    assert not submission.attachments.exists()
    assert (
        "Night-time falls huddle" in client.get(f"/share/{submission.uid}/check/").content.decode()
    )


def test_one_author_cannot_read_or_change_another_authors_submission(client, author):
    client.force_login(author)
    submission = fill_in(client)
    client.post(f"/share/{submission.uid}/check/")
    other = UserFactory()
    client.force_login(other)
    for url in (
        f"/share/{submission.uid}/",
        f"/share/{submission.uid}/check/",
        step_url(submission, "about"),
        f"/share/{submission.uid}/delete/",
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(step_url(submission, "about"), ANSWERS["about"]).status_code == 404
    assert "Night-time falls huddle" not in client.get("/share/").content.decode()


def test_signed_out_visitors_are_asked_to_sign_in(client, site_tree):
    response = client.get("/share/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_editor_asks_for_changes_author_is_emailed_edits_and_resubmits_then_it_is_published(
    client, author, editor
):
    client.force_login(author)
    submission = fill_in(client)
    client.post(f"/share/{submission.uid}/check/")
    page = Submission.objects.get().page
    # The author cannot change it while the editors have it.
    response = client.get(step_url(submission, "about"))
    assert response.status_code == 302

    client.force_login(editor)
    mail.outbox.clear()
    state = WorkflowState.objects.for_instance(page).get()
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{state.current_task_state.pk}/",
        {"comment": "Please give the period the falls figures cover."},
    )
    assert response.status_code == 302
    to_author = [m for m in mail.outbox if m.to == [author.email]]
    assert len(to_author) == 1, [(m.to, m.subject) for m in mail.outbox]
    assert "Please give the period the falls figures cover." in to_author[0].body
    assert f"/share/{submission.uid}/" in to_author[0].body

    client.force_login(author)
    detail = client.get(f"/share/{submission.uid}/").content.decode()
    assert "Changes requested" in detail
    assert "Please give the period the falls figures cover." in detail
    response = client.post(
        step_url(submission, "outcomes") + "?change=1",
        {
            **outcome_rows({**falls(period="April 2017 to March 2018")}),
            "change": "1",
        },
    )
    assert response.url == f"/share/{submission.uid}/check/"
    assert client.post(f"/share/{submission.uid}/check/").status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(editor)
    mail.outbox.clear()
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/",
        {"comment": "Thank you."},
    )
    page.refresh_from_db()
    assert page.live
    assert page.outcomes.get().period == "April 2017 to March 2018"
    to_author = [m for m in mail.outbox if m.to == [author.email]]
    assert len(to_author) == 1 and "published" in to_author[0].body
    client.force_login(author)
    assert "Published" in client.get("/share/").content.decode()

    client.logout()
    results = client.get("/search/?q=falls+huddle").content.decode()
    assert 'href="/case-studies/night-time-falls-huddle/"' in results


def test_authors_cannot_publish_their_own_submission(client, site_tree):
    contributor = UserFactory(groups=["Contributors"])
    client.force_login(contributor)
    submission = fill_in(client)
    client.post(f"/share/{submission.uid}/check/")
    page = Submission.objects.get().page
    state = WorkflowState.objects.for_instance(page).get()
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/")
    client.post(f"/admin/pages/{page.pk}/publish/")
    page.refresh_from_db()
    assert not page.live


def test_writes_are_throttled(client, author, settings):
    settings.CONTRIBUTION_RATES = {"save": (2, 600)}
    client.force_login(author)
    client.post("/share/start/")
    submission = Submission.objects.get()
    client.post(step_url(submission, "about"), ANSWERS["about"])
    response = client.post(step_url(submission, "about"), {**ANSWERS["about"], "title": "Kept"})
    assert response.status_code == 429
    assert 'value="Kept"' in response.content.decode()
