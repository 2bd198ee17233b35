"""Share your practice: one question topic per page, then check your answers, then submit.

Every view is for the submission's author only: anyone else gets a 404, so nobody can learn
that someone else's submission exists. Every write is throttled per person.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from casestudies.evidence import EVIDENCE_HELP, EvidenceLevel
from core.throttle import allow
from taxonomy.models import CareModel, SupportArea, Vanguard

from . import services
from .forms import (
    STEP_FORMS,
    STEP_SLUGS,
    STEP_TITLES,
    AttachmentForm,
    answers_from,
    initial_form,
)
from .models import Submission

MAX_ATTACHMENTS = 10


def _rate(name):
    limits = getattr(settings, "CONTRIBUTION_RATES", {})
    return limits.get(name, {"save": (60, 600), "upload": (20, 3600), "submit": (10, 3600)}[name])


def _allowed(request, name):
    limit, seconds = _rate(name)
    return allow(f"contributions:{name}", request.user.pk, limit=limit, seconds=seconds)


TOO_QUICK = (
    "You are saving changes too quickly. Wait a few minutes and try again: "
    "what you typed is still here."
)


def _own(request, uid):
    return get_object_or_404(Submission, uid=uid, author=request.user)


def _next_url(submission, slug, request):
    if request.GET.get("change") or request.POST.get("change"):
        return reverse("contributions:check", args=[submission.uid])
    index = STEP_SLUGS.index(slug)
    if index + 1 < len(STEP_SLUGS):
        return reverse("contributions:step", args=[submission.uid, STEP_SLUGS[index + 1]])
    return reverse("contributions:check", args=[submission.uid])


def _previous_url(submission, slug):
    index = STEP_SLUGS.index(slug)
    if index == 0:
        return reverse("contributions:index")
    return reverse("contributions:step", args=[submission.uid, STEP_SLUGS[index - 1]])


@login_required
def index(request):
    """Start page and "My submissions"."""
    submissions = list(request.user.submissions.select_related("page"))
    rows = [(s, services.status_of(s)) for s in submissions]
    return render(request, "contributions/index.html", {"rows": rows})


@login_required
@require_POST
def start(request):
    if not _allowed(request, "save"):
        messages.error(request, TOO_QUICK)
        return redirect("contributions:index")
    submission = Submission.objects.create(author=request.user)
    return redirect("contributions:step", submission.uid, STEP_SLUGS[0])


def _editable_or_redirect(request, submission):
    status = services.status_of(submission)
    if not status.editable:
        messages.info(
            request,
            "This submission is with the editors, so it cannot be changed now."
            if status.key == "in_review"
            else "This submission can no longer be changed here.",
        )
        return redirect(submission.get_absolute_url())
    return None


@login_required
def step(request, uid, slug):
    submission = _own(request, uid)
    if slug not in STEP_FORMS:
        raise Http404("No such question")
    blocked = _editable_or_redirect(request, submission)
    if blocked:
        return blocked
    if slug == "attachments":
        return attachments(request, submission)
    status = 200
    data = request.POST if request.method == "POST" else None
    form = initial_form(slug, submission.answers, data)
    if request.method == "POST":
        if not _allowed(request, "save"):
            form.is_valid()
            messages.error(request, TOO_QUICK)
            status = 429
        elif form.is_valid():
            submission.answers = {**submission.answers, slug: answers_from(form)}
            submission.save(update_fields=["answers", "updated_at"])
            if request.POST.get("later"):
                messages.success(
                    request,
                    "Your answers have been saved. Come back to this page to carry on.",
                )
                return redirect("contributions:index")
            if request.POST.get("add_another"):
                return redirect(
                    reverse("contributions:step", args=[submission.uid, slug])
                    + ("?change=1" if request.POST.get("change") else "")
                )
            return redirect(_next_url(submission, slug, request))
        else:
            status = 400
    return render(
        request,
        f"contributions/step_{slug.replace('-', '_')}.html",
        _step_context(request, submission, slug, form),
        status=status,
    )


def _step_context(request, submission, slug, form):
    return {
        "submission": submission,
        "slug": slug,
        "step_title": STEP_TITLES[slug],
        "step_number": STEP_SLUGS.index(slug) + 1,
        "step_count": len(STEP_SLUGS),
        "form": form,
        "change": bool(request.GET.get("change") or request.POST.get("change")),
        "back_url": reverse("contributions:check", args=[submission.uid])
        if request.GET.get("change") or request.POST.get("change")
        else _previous_url(submission, slug),
        "errors": form.has_errors,
    }


def attachments(request, submission):
    slug = "attachments"
    form = AttachmentForm()
    status = 200
    if request.method == "POST" and request.POST.get("remove"):
        attachment = submission.attachments.filter(pk=_int(request.POST["remove"])).first()
        if attachment is not None:
            services.discard_attachment(attachment)
            messages.success(request, f"‘{attachment.title}’ has been removed.")
        return redirect("contributions:step", submission.uid, slug)
    if request.method == "POST" and request.POST.get("upload"):
        form = AttachmentForm(request.POST, request.FILES)
        if submission.attachments.count() >= MAX_ATTACHMENTS:
            form.is_valid()
            form.add_error(None, f"You can attach up to {MAX_ATTACHMENTS} files.")
            status = 400
        elif not _allowed(request, "upload"):
            form.is_valid()
            form.add_error(None, "You are uploading too quickly. Wait a while and try again.")
            status = 429
        elif form.is_valid():
            data = form.cleaned_data
            services.store_attachment(
                submission,
                data["file"],
                form.kind,
                data["title"],
                data["description"],
                request.user,
            )
            submission.save(update_fields=["updated_at"])
            messages.success(request, f"‘{data['title']}’ has been attached.")
            return redirect(
                reverse("contributions:step", args=[submission.uid, slug])
                + ("?change=1" if request.POST.get("change") else "")
            )
        else:
            status = 400
    elif request.method == "POST":
        # "Continue": attachments are optional.
        submission.answers = {**submission.answers, slug: {"seen": True}}
        submission.save(update_fields=["answers", "updated_at"])
        return redirect(_next_url(submission, slug, request))
    context = _step_context(request, submission, slug, form)
    context["attachments"] = list(submission.attachments.all())
    context["max_attachments"] = MAX_ATTACHMENTS
    return render(request, "contributions/step_attachments.html", context, status=status)


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@login_required
def check(request, uid):
    """Check your answers, and submit (or resubmit) them to the editors."""
    submission = _own(request, uid)
    blocked = _editable_or_redirect(request, submission)
    if blocked:
        return blocked
    errors = services.step_errors(submission.answers)
    status = 200
    if request.method == "POST":
        if errors:
            status = 400
        elif not _allowed(request, "submit"):
            messages.error(request, "You have sent a lot of submissions. Try again later.")
            status = 429
        else:
            resubmitting = submission.page_id is not None
            services.submit(submission, request.user)
            messages.success(
                request,
                "Your changes have been sent to the editors."
                if resubmitting
                else "Your case study has been sent to the editors for review.",
            )
            return redirect(submission.get_absolute_url())
    answers = submission.answers
    where = answers.get("where") or {}
    evidence = answers.get("evidence") or {}
    context = {
        "submission": submission,
        "answers": answers,
        "errors": errors,
        "submitted_errors": request.method == "POST" and bool(errors),
        "step_titles": STEP_TITLES,
        "evidence_label": dict(EvidenceLevel.choices).get(evidence.get("evidence_level"), ""),
        "evidence_help": EVIDENCE_HELP.get(evidence.get("evidence_level"), ""),
        "care_models": CareModel.objects.filter(pk__in=where.get("care_models") or []),
        "support_areas": SupportArea.objects.filter(pk__in=where.get("support_areas") or []),
        "vanguard": Vanguard.objects.filter(pk=where.get("lead_vanguard") or 0).first(),
        "attachments": list(submission.attachments.all()),
        "resubmitting": submission.page_id is not None,
    }
    return render(request, "contributions/check.html", context, status=status)


@login_required
def detail(request, uid):
    submission = _own(request, uid)
    return render(
        request,
        "contributions/detail.html",
        {
            "submission": submission,
            "status": services.status_of(submission),
            "comments": services.editor_comments(submission),
            "attachments": list(submission.attachments.all()),
        },
    )


@login_required
def delete(request, uid):
    submission = _own(request, uid)
    if submission.page_id is not None:
        messages.info(request, "This submission has been sent to the editors, so it stays.")
        return redirect(submission.get_absolute_url())
    if request.method == "POST":
        title = submission.title
        for attachment in submission.attachments.all():
            services.discard_attachment(attachment)
        submission.delete()
        messages.success(request, f"Your draft ‘{title}’ has been deleted.")
        return redirect("contributions:index")
    return render(request, "contributions/delete.html", {"submission": submission})
