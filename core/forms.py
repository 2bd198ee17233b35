"""Forms shared by every app: the error summary every public form shows (ErrorSummaryMixin),
and the admin form every page type here uses (SitePageForm, SitePage.base_form_class).

SitePageForm: Wagtail 8's StreamBlock and ListBlock read their management data with
`int(data["<name>-count"])` (wagtail/blocks/stream_block.py and list_block.py,
`value_from_datadict`), so a POST that lacks those keys or carries a non-number there (a
partial or hand-made edit) raises KeyError or ValueError inside form validation: a 500 instead
of a form error. Until Wagtail checks them itself, this form catches that for every field,
keeps the field's current value (nothing the editor saved is lost) and reports the field as
incomplete, so the editor gets the form back with a message and a 400-class outcome rather
than an error page.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.datastructures import MultiValueDictKeyError
from wagtail.admin.forms import WagtailAdminPageForm

INCOMPLETE = (
    "This part of the form arrived incomplete, so it was not changed. Reload the page and "
    "make your change again."
)


class SitePageForm(WagtailAdminPageForm):
    def _widget_data_value(self, widget, html_name):
        try:
            return super()._widget_data_value(widget, html_name)
        except (MultiValueDictKeyError, KeyError, ValueError, TypeError):
            name = html_name[len(self.prefix) + 1 :] if self.prefix else html_name
            incomplete = self.__dict__.setdefault("_incomplete_fields", set())
            incomplete.add(name)
            field = self.fields.get(name)
            return self.get_initial_for_field(field, name) if field is not None else None

    def clean(self):
        cleaned_data = super().clean()
        for name in sorted(getattr(self, "_incomplete_fields", ())):
            if name in self.fields:
                self.add_error(name, ValidationError(INCOMPLETE, code="incomplete"))
        return cleaned_data


class ErrorSummaryMixin:
    """The NHS.UK error summary of a form or a formset, the same on every page.

    `error_summary()` lists (href, message) for every error, in the order the page shows
    them: the form's own errors, then each field's (for a formset: its own, then each form's).
    Each links to what needs correcting: a radio or checkbox group's first option, otherwise
    the field. An error that is not about one field links to `error_summary_field`, or to the
    first field. `has_errors` says whether the page shows the summary and "Error:" in its title.
    The template components/forms/error_summary.html renders it.
    """

    error_summary_field = None

    @property
    def has_errors(self):
        if not self.is_bound:
            return False
        if isinstance(self, forms.BaseFormSet):
            return self.total_error_count() > 0
        return bool(self.errors)

    def error_summary(self):
        return error_summary(self)


def error_summary(form):
    """[(href, message)] for a form's or formset's errors (ErrorSummaryMixin.error_summary).
    Also serves forms from libraries that do not use the mixin (allauth's sign-in forms)."""
    if form is None or not getattr(form, "is_bound", False):
        return []
    links = []
    if isinstance(form, forms.BaseFormSet):
        first = next((each for each in form.forms if each.fields), None)
        for error in form.non_form_errors():
            links.append((field_anchor(first[next(iter(first.fields))]) if first else "", error))
        for each in form.forms:
            links.extend(error_summary(each))
        return links
    name = getattr(form, "error_summary_field", None) or next(iter(form.fields), None)
    for error in form.non_field_errors():
        links.append((field_anchor(form[name]) if name in form.fields else "", error))
    for field in form:
        for error in field.errors:
            links.append((field_anchor(field), error))
    return links


def field_anchor(field):
    """Where an error summary link goes: a group's first option, otherwise the field."""
    widget = field.field.widget
    if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        return f"#{field.auto_id}_0"
    return f"#{field.id_for_label}"
