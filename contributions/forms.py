"""One form per page of "Share your practice", and how their answers are kept as JSON."""

import datetime
import decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from casestudies import outcomes as outcome_rules
from casestudies.evidence import EVIDENCE_HELP, EvidenceLevel
from casestudies.models import CaseStudyOutcome
from core.forms import ErrorSummaryMixin
from taxonomy.models import CareModel, SupportArea, Vanguard

from .files import ALLOWED_TEXT, check_upload, max_size, megabytes

TEXT_HINT = "Leave a blank line between paragraphs."


class AboutForm(ErrorSummaryMixin, forms.Form):
    title = forms.CharField(
        max_length=120,
        label="Title",
        help_text="Say what you did in a few words, for example ‘A red bag for hospital "
        "transfers from care homes’.",
        error_messages={"required": "Enter a title"},
    )
    summary = forms.CharField(
        max_length=300,
        label="Summary",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Two or three sentences, shown in listings and search results. "
        "No more than 300 characters.",
        error_messages={"required": "Enter a summary"},
    )


class ProblemForm(ErrorSummaryMixin, forms.Form):
    problem = forms.CharField(
        max_length=6000,
        label="What problem were you trying to solve, and what did you aim to change?",
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=f"Who was affected and how you knew. {TEXT_HINT}",
        error_messages={"required": "Describe the problem and your aims"},
    )


class WhatWasDoneForm(ErrorSummaryMixin, forms.Form):
    what_was_done = forms.CharField(
        max_length=12000,
        label="What did you do?",
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=f"The steps you took, who was involved and how long it took. {TEXT_HINT}",
        error_messages={"required": "Describe what you did"},
    )


# The outcome row's own fields (casestudies.outcomes), so the form follows the case study model
# and its validation: one set of rules for the admin and for this form.
OUTCOME_FIELDS = list(outcome_rules.FIELDS)
OUTCOME_LABELS = {
    "category": "What kind of outcome is it?",
    "measure": "What was measured",
    "population": "Measured in (optional)",
    "baseline": "Before (optional)",
    "result": "After, or the only figure (optional)",
    "change": "Change only (optional)",
    "unit": "Unit",
    "period": "When it was measured",
    "better": "Which way is better?",
    "comparison_group": "Compared with (optional)",
    "comparison_figure": "Their figure (optional)",
    "source": "Where the figures come from",
    "source_url": "Link to the source (optional)",
    "context": "Notes (optional)",
}
OUTCOME_HELP = {
    "population": "Where or for whom, for example ‘residents of Rosewood Care Home’.",
    "unit": "For example ‘%’, ‘days’ or ‘falls a month’. Needed when you give figures.",
    "period": "For example ‘April 2017 to March 2018’. Needed when you give figures.",
    "source": "For example ‘our falls log’ or a report’s title. Needed when you give figures.",
}
NUMBER_FIELDS = ("baseline", "result", "change", "comparison_figure")


class OutcomeForm(ErrorSummaryMixin, forms.ModelForm):
    class Meta:
        model = CaseStudyOutcome
        fields = OUTCOME_FIELDS
        labels = OUTCOME_LABELS
        help_texts = OUTCOME_HELP

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].empty_label = "Choose a kind of outcome"
        self.fields["better"].choices = CaseStudyOutcome.BETTER_CHOICES
        for name in NUMBER_FIELDS:
            label = OUTCOME_LABELS[name].split(" (")[0].split(",")[0]
            self.fields[name].widget = forms.TextInput(attrs={"inputmode": "decimal"})
            self.fields[name].error_messages["invalid"] = (
                f"{label} must be a number, like 12 or 4.5"
            )

    @property
    def filled(self):
        data = getattr(self, "cleaned_data", {})
        return any(data.get(name) not in (None, "") for name in OUTCOME_FIELDS if name != "better")

    def _post_clean(self):
        # A blank row is simply not an outcome; do not ask for its measure.
        if not self.filled:
            return
        super()._post_clean()


class BaseOutcomeFormSet(ErrorSummaryMixin, forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        rows = [f for f in self.forms if f.filled and not self._should_delete_form(f)]
        if not rows:
            raise ValidationError(
                "Add at least one outcome: what was measured, and the result if you have it",
                code="no_outcomes",
            )


OutcomeFormSet = forms.formset_factory(
    OutcomeForm, formset=BaseOutcomeFormSet, extra=1, can_delete=True, max_num=12
)


class EvidenceForm(ErrorSummaryMixin, forms.Form):
    evidence_level = forms.ChoiceField(
        label="How strong is the evidence for your outcomes?",
        choices=EvidenceLevel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select how strong the evidence is"},
    )
    evaluation_method = forms.CharField(
        required=False,
        max_length=4000,
        label="How did you measure the outcomes? (optional)",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="For example, which data you compared, over what period.",
    )

    def evidence_choices(self):
        """(value, label, definition, checked) for the radios with each level's definition."""
        current = self["evidence_level"].value()
        return [
            (value, label, EVIDENCE_HELP.get(value, ""), value == current)
            for value, label in EvidenceLevel.choices
        ]


class CostsForm(ErrorSummaryMixin, forms.Form):
    costs = forms.CharField(
        required=False,
        max_length=4000,
        label="What did it cost, and what resources did it need? (optional)",
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    advice = forms.CharField(
        required=False,
        max_length=4000,
        label="What would you advise others who want to do the same? (optional)",
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    contact_name = forms.CharField(
        max_length=120,
        label="Contact name",
        help_text="A person or team readers can ask about this work.",
        error_messages={"required": "Enter a contact name"},
    )
    contact_role = forms.CharField(required=False, max_length=160, label="Role (optional)")
    contact_email = forms.EmailField(
        label="Contact e-mail address",
        help_text="Shown only to readers who have signed in.",
        error_messages={
            "required": "Enter a contact e-mail address",
            "invalid": "Enter an e-mail address in the right format, like name@example.org",
        },
    )


class WhereForm(ErrorSummaryMixin, forms.Form):
    care_models = forms.ModelMultipleChoiceField(
        queryset=CareModel.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        label="Which care models does it relate to?",
        help_text="Select all that apply.",
        error_messages={"required": "Select at least one care model"},
    )
    support_areas = forms.ModelMultipleChoiceField(
        queryset=SupportArea.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        label="Which support areas does it relate to?",
        help_text="Select all that apply.",
        error_messages={"required": "Select at least one support area"},
    )
    lead_vanguard = forms.ModelChoiceField(
        queryset=Vanguard.objects.order_by("name"),
        required=False,
        label="Which vanguard led it? (optional)",
        help_text="Leave this as ‘Not a vanguard’ if your organisation was not part of one.",
        empty_label="Not a vanguard",
    )
    organisation = forms.CharField(
        required=False,
        max_length=200,
        label="Your organisation",
        help_text="For example ‘Rosewood Care Home, Sutton’. Needed if it was not a vanguard.",
    )

    def clean(self):
        data = super().clean()
        if not data.get("lead_vanguard") and not (data.get("organisation") or "").strip():
            self.add_error(
                "organisation", "Enter your organisation, or select the vanguard that led it"
            )
        return data


class AttachmentForm(ErrorSummaryMixin, forms.Form):
    file = forms.FileField(
        label="Upload a file",
        help_text=f"It must be {ALLOWED_TEXT}. Documents up to "
        f"{megabytes(max_size('document'))}, images up to {megabytes(max_size('image'))}.",
        error_messages={
            "required": "Select a file to upload",
            "empty": "The selected file is empty.",
        },
    )
    title = forms.CharField(
        max_length=200,
        label="What is it?",
        help_text="For example ‘Evaluation report, 2017’ or ‘The red bag and its contents’.",
        error_messages={"required": "Say what the file is"},
    )
    description = forms.CharField(
        required=False,
        max_length=250,
        label="For images: describe it for people who cannot see it (optional)",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.kind = check_upload(upload)
        return upload


STEPS = [
    ("about", "Title and summary", AboutForm),
    ("problem", "Aims and problem", ProblemForm),
    ("what-was-done", "What was done", WhatWasDoneForm),
    ("outcomes", "Outcomes", OutcomeFormSet),
    ("evidence", "Evidence", EvidenceForm),
    ("costs-and-contact", "Costs, advice and contact", CostsForm),
    ("where", "Care models, support areas and organisation", WhereForm),
    ("attachments", "Attachments", None),
]
STEP_SLUGS = [slug for slug, _, _ in STEPS]
STEP_TITLES = {slug: title for slug, title, _ in STEPS}
STEP_FORMS = {slug: form for slug, _, form in STEPS}


def to_json(value):
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, models.QuerySet | list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def answers_from(form):
    """A valid step form's answers, as JSON-ready values."""
    if isinstance(form, forms.BaseFormSet):
        return [
            {name: to_json(f.cleaned_data.get(name)) for name in OUTCOME_FIELDS}
            for f in form.forms
            if f.filled and not form._should_delete_form(f)
        ]
    return {name: to_json(value) for name, value in form.cleaned_data.items()}


def bound_form(slug, answers):
    """The step's form bound to saved answers, to check them again before submitting."""
    form_class = STEP_FORMS[slug]
    saved = answers.get(slug)
    if form_class is OutcomeFormSet:
        rows = saved or []
        data = {
            "outcomes-TOTAL_FORMS": str(len(rows)),
            "outcomes-INITIAL_FORMS": "0",
        }
        for index, row in enumerate(rows):
            for name in OUTCOME_FIELDS:
                value = row.get(name)
                data[f"outcomes-{index}-{name}"] = "" if value is None else str(value)
        return OutcomeFormSet(data, prefix="outcomes")
    data = {}
    for name, value in (saved or {}).items():
        data[name] = value if isinstance(value, list) else ("" if value is None else value)
    return form_class(data)


def initial_form(slug, answers, data=None):
    """The step's form as the author sees it: their POST, else what they saved before."""
    form_class = STEP_FORMS[slug]
    saved = answers.get(slug)
    if form_class is OutcomeFormSet:
        return OutcomeFormSet(data, initial=saved or None, prefix="outcomes")
    return form_class(data, initial=saved or None)
