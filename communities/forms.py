"""Forms for communities: what people type, checked with messages that say how to put it right."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from taggit.utils import parse_tags

from core.forms import ErrorSummaryMixin
from core.requestparams import WholeNumberField

from .models import (
    POST_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    EmailFrequency,
    Report,
    WatchLevel,
)

MAX_TAGS = 5
TAG_MAX_LENGTH = 40
REASON_MAX_LENGTH = 1000
MAX_INVITES = 20


class PostBodyField(forms.CharField):
    """A post's Markdown: newlines counted as the browser's character count counts them."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Your post")
        kwargs.setdefault(
            "help_text",
            "You can use Markdown: **bold**, *italic*, [a link](https://www.nhs.uk), lists and "
            "> quotes. Mention someone by writing @ and their handle, for example @grace-okafor.",
        )
        kwargs.setdefault("strip", False)
        super().__init__(
            widget=forms.Textarea(attrs={"rows": 10, "class": "nhsuk-js-character-count"}),
            error_messages={"required": "Write your post"},
            **kwargs,
        )

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n") if value else value

    def validate(self, value):
        if not value.strip():
            raise ValidationError(self.error_messages["required"], code="required")

    def clean(self, value):
        value = self.to_python(value)
        self.validate(value)
        if len(value) > POST_MAX_LENGTH:
            raise ValidationError(
                f"Your post is {len(value):,} characters long. Posts can be up to "
                f"{POST_MAX_LENGTH:,} characters: shorten it, or split it into two posts.",
                code="max_length",
            )
        return value

    def widget_attrs(self, widget):
        # No maxlength attribute: the character count lets people type over and then shorten.
        return {}


class TagsField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label="Tags (optional)",
            help_text=f"Up to {MAX_TAGS} words or short phrases, separated by commas, to help "
            "people find the topic. For example: red bag, discharge",
            required=False,
            max_length=400,
            **kwargs,
        )

    def clean(self, value):
        value = super().clean(value)
        tags = [" ".join(tag.split()).lower() for tag in parse_tags(value or "")]
        tags = list(dict.fromkeys(tag for tag in tags if tag))
        if len(tags) > MAX_TAGS:
            raise ValidationError(f"Use up to {MAX_TAGS} tags. You have {len(tags)}.")
        for tag in tags:
            if len(tag) > TAG_MAX_LENGTH:
                raise ValidationError(
                    f"Each tag must be {TAG_MAX_LENGTH} characters or fewer: shorten “{tag[:50]}”."
                )
        return tags


def title_field():
    return forms.CharField(
        label="Title",
        help_text="A short question or statement, so people know what the topic is about.",
        max_length=TITLE_MAX_LENGTH,
        error_messages={
            "required": "Enter a title",
            "max_length": f"Title must be {TITLE_MAX_LENGTH} characters or fewer",
        },
    )


class TopicForm(ErrorSummaryMixin, forms.Form):
    error_summary_field = "body"

    title = title_field()
    body = PostBodyField()
    tags = TagsField()
    about = WholeNumberField(required=False, widget=forms.HiddenInput, min_value=1, max_value=2**62)


class ReplyForm(ErrorSummaryMixin, forms.Form):
    error_summary_field = "body"

    body = PostBodyField(label="Your reply")


class EditPostForm(ErrorSummaryMixin, forms.Form):
    error_summary_field = "body"

    body = PostBodyField()

    def __init__(self, *args, opening=False, **kwargs):
        super().__init__(*args, **kwargs)
        if opening:
            self.fields = {"title": title_field(), **self.fields, "tags": TagsField()}


def reason_field(label, help_text="", required=True):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": "Give a reason",
            "max_length": f"Reason must be {REASON_MAX_LENGTH:,} characters or fewer",
        },
    )


class ReasonForm(ErrorSummaryMixin, forms.Form):
    reason = reason_field("Reason")

    def __init__(self, *args, label="Reason", help_text="", required=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"] = reason_field(label, help_text, required)


class JoinRequestForm(ErrorSummaryMixin, forms.Form):
    reason = reason_field(
        "Why do you want to join?",
        "Say what your role is and what you hope to share or learn. The facilitators read this.",
    )


class DecisionForm(ErrorSummaryMixin, forms.Form):
    decision = forms.ChoiceField(
        label="Your decision",
        choices=[("approve", "Approve: they become a member"), ("decline", "Decline")],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose approve or decline"},
    )
    reason = reason_field(
        "Reason",
        "We send this to the person who asked. A reason is needed when you decline.",
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "decline" and not cleaned.get("reason", "").strip():
            self.add_error("reason", "Give a reason for declining")
        return cleaned


class InviteForm(ErrorSummaryMixin, forms.Form):
    emails = forms.CharField(
        label="E-mail addresses",
        help_text=f"One address per line, or separated by commas. Up to {MAX_INVITES} at a time.",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        error_messages={"required": "Enter at least one e-mail address"},
    )
    message = reason_field("Message (optional)", "Added to the invitation e-mail.", False)

    def clean_emails(self):
        addresses = [a.strip() for a in re.split(r"[\s,;]+", self.cleaned_data["emails"]) if a]
        if len(addresses) > MAX_INVITES:
            raise ValidationError(f"Invite up to {MAX_INVITES} people at a time.")
        for address in addresses:
            try:
                validate_email(address)
            except ValidationError:
                raise ValidationError(
                    f"“{address[:80]}” is not an e-mail address. Check it and try again."
                ) from None
        if not addresses:
            raise ValidationError("Enter at least one e-mail address")
        return [a.lower() for a in addresses]


class ReportForm(ErrorSummaryMixin, forms.Form):
    reason = forms.ChoiceField(
        label="What is wrong with this post?",
        choices=Report.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what is wrong with the post"},
    )
    details = reason_field(
        "More details (optional)",
        "Anything that helps the facilitators decide. Do not include patient details.",
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == Report.Reason.OTHER and not cleaned.get("details", "").strip():
            self.add_error("details", "Say what is wrong with the post")
        return cleaned


class WatchForm(ErrorSummaryMixin, forms.Form):
    level = forms.ChoiceField(choices=WatchLevel.choices, widget=forms.RadioSelect)


class EmailFrequencyForm(ErrorSummaryMixin, forms.Form):
    email_frequency = forms.ChoiceField(
        label="How often should we e-mail you?",
        choices=EmailFrequency.choices,
        widget=forms.RadioSelect,
    )
