"""Turning a submission's answers into a draft case study in the "Editorial review" workflow."""

import json
from dataclasses import dataclass

from django.core.files.base import File
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import WorkflowState

from casestudies.models import (
    CaseStudyDocument,
    CaseStudyIndexPage,
    CaseStudyOutcome,
    CaseStudyPage,
    CaseStudyPartner,
)
from taxonomy.models import CareModel, SupportArea, Vanguard

from .forms import OUTCOME_FIELDS, STEP_FORMS, STEP_SLUGS, bound_form
from .models import Attachment
from .uploads import personal_collection, private_name


def paragraphs(text):
    """Plain text from a textarea as safe rich text: blank lines make paragraphs."""
    blocks = [b.strip() for b in (text or "").replace("\r\n", "\n").split("\n\n")]
    return "".join(
        "<p>" + "<br/>".join(escape(line) for line in block.split("\n")) + "</p>"
        for block in blocks
        if block
    )


def store_attachment(submission, upload, kind, title, description, user):
    """Keep an uploaded file as a document or image in the author's own, private collection."""
    collection = personal_collection(user)
    name = private_name(upload.name, kind.extension)
    upload.seek(0)
    if kind.kind == "image":
        image = get_image_model()(
            title=title, file=File(upload, name=name), collection=collection, uploaded_by_user=user
        )
        image._set_image_file_metadata()
        image.save()
        document = None
    else:
        document = get_document_model()(
            title=title, file=File(upload, name=name), collection=collection, uploaded_by_user=user
        )
        document._set_document_file_metadata()
        document.save()
        image = None
    return Attachment.objects.create(
        submission=submission,
        kind=kind.kind,
        title=title,
        description=description,
        document=document,
        image=image,
        file_type=kind.label,
        size=upload.size,
    )


def discard_attachment(attachment):
    """Remove an attachment and its file, unless the file is already on a page."""
    used = attachment.submission.page_id is not None
    stored = attachment.document or attachment.image
    attachment.delete()
    if stored is not None and not used:
        stored.delete()


def step_errors(answers):
    """{step slug: bound form with errors} for every step whose saved answers are not valid."""
    errors = {}
    for slug in STEP_SLUGS:
        if STEP_FORMS[slug] is None:
            continue
        form = bound_form(slug, answers)
        if not form.is_valid():
            errors[slug] = form
    return errors


def _unique_slug(index, title, page=None):
    base = slugify(title)[:70] or "case-study"
    siblings = CaseStudyPage.objects.child_of(index)
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    taken = set(siblings.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def apply_answers(page, submission):
    """Copy the answers onto a case study page (not saved)."""
    answers = submission.answers
    about = answers["about"]
    where = answers["where"]
    evidence = answers["evidence"]
    costs = answers["costs-and-contact"]
    page.title = about["title"]
    page.summary = about["summary"]
    page.problem = paragraphs(answers["problem"]["problem"])
    attachments = list(submission.attachments.all())
    story = [{"type": "text", "value": paragraphs(answers["what-was-done"]["what_was_done"])}]
    story += [
        {
            "type": "image",
            "value": {
                "image": a.image_id,
                "alt_text": a.description,
                "caption": a.title,
            },
        }
        for a in attachments
        if a.image_id
    ]
    page.what_was_done = json.dumps(story)
    page.evidence_level = evidence["evidence_level"]
    page.evaluation_method = paragraphs(evidence.get("evaluation_method"))
    page.costs = paragraphs(costs.get("costs"))
    page.advice = paragraphs(costs.get("advice"))
    page.contact_name = costs["contact_name"]
    page.contact_role = costs.get("contact_role") or ""
    page.contact_email = costs["contact_email"]
    page.lead_vanguard = Vanguard.objects.filter(pk=where.get("lead_vanguard")).first()
    page.region = page.lead_vanguard.region if page.lead_vanguard else None
    page.care_models = list(CareModel.objects.filter(pk__in=where["care_models"]))
    page.support_areas = list(SupportArea.objects.filter(pk__in=where["support_areas"]))
    organisation = (where.get("organisation") or "").strip()
    page.partners = [CaseStudyPartner(name=organisation)] if organisation else []
    page.outcomes = [_outcome(row) for row in answers["outcomes"]]
    page.documents = [
        CaseStudyDocument(document_id=a.document_id, title=a.title)
        for a in attachments
        if a.document_id
    ]
    return page


def _outcome(row):
    outcome = CaseStudyOutcome()
    for name in OUTCOME_FIELDS:
        field = CaseStudyOutcome._meta.get_field(name)
        value = row.get(name)
        if value is None and not field.null:
            value = ""
        if field.is_relation:
            setattr(outcome, field.attname, value or None)
            continue
        setattr(outcome, name, field.to_python(value) if value not in (None, "") else value)
    return outcome


@dataclass(frozen=True)
class Status:
    key: str  # draft, in_review, changes_requested, published, withdrawn
    label: str
    colour: str  # NHS.UK tag colour modifier

    @property
    def editable(self):
        return self.key in {"draft", "changes_requested"}


DRAFT = Status("draft", "Draft: not sent yet", "grey")
IN_REVIEW = Status("in_review", "Waiting for review", "blue")
CHANGES = Status("changes_requested", "Changes requested", "orange")
PUBLISHED = Status("published", "Published", "green")
WITHDRAWN = Status("withdrawn", "Not published", "red")


def workflow_states(page):
    return WorkflowState.objects.for_instance(page).order_by("-created_at")


def status_of(submission):
    page = submission.page
    if page is None:
        return DRAFT
    if page.live:
        return PUBLISHED
    state = workflow_states(page).first()
    if state is None:
        return DRAFT
    if state.status == WorkflowState.STATUS_IN_PROGRESS:
        return IN_REVIEW
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return CHANGES
    if state.status == WorkflowState.STATUS_APPROVED:
        return PUBLISHED
    return WITHDRAWN


def editor_comments(submission):
    """[(when, who, what they decided, comment)] from the editors' decisions, newest first."""
    if submission.page is None:
        return []
    from wagtail.models import TaskState

    states = (
        TaskState.objects.filter(workflow_state__in=workflow_states(submission.page))
        .exclude(status__in=[TaskState.STATUS_IN_PROGRESS, TaskState.STATUS_CANCELLED])
        .select_related("finished_by")
        .order_by("-finished_at")
    )
    decided = {
        TaskState.STATUS_APPROVED: "Approved",
        TaskState.STATUS_REJECTED: "Asked for changes",
    }
    return [
        (s.finished_at, s.finished_by, decided.get(s.status, s.get_status_display()), s.comment)
        for s in states
    ]


@transaction.atomic
def submit(submission, user):
    """Create or update the draft page and put it in (or back into) the editors' review."""
    index = CaseStudyIndexPage.objects.get()
    if submission.page_id is None:
        page = apply_answers(CaseStudyPage(owner=user, live=False), submission)
        page.slug = _unique_slug(index, page.title)
        index.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        state = None
    else:
        page = submission.page.get_latest_revision_as_object()
        apply_answers(page, submission)
        page.save_revision(user=user, log_action=True)
        state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    elif state is None:
        page.get_workflow().start(page, user)
    submission.page = page
    submission.submitted_at = timezone.now()
    submission.save(update_fields=["page", "submitted_at", "updated_at"])
    return page
