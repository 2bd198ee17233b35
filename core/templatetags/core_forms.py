"""NHS.UK form markup for Django fields: widget classes, described-by links, error summaries."""

from django import forms, template

from core.forms import error_summary

register = template.Library()

WIDGET_CLASSES = [
    (forms.Textarea, "nhsuk-textarea", "nhsuk-textarea--error"),
    (forms.Select, "nhsuk-select", "nhsuk-select--error"),
    (forms.ClearableFileInput, "nhsuk-file-upload", "nhsuk-file-upload--error"),
    (forms.FileInput, "nhsuk-file-upload", "nhsuk-file-upload--error"),
    (forms.CheckboxInput, "nhsuk-checkboxes__input", ""),
    (forms.widgets.Input, "nhsuk-input", "nhsuk-input--error"),
]


@register.simple_tag
def nhs_widget(field, width=None):
    """The field's widget with NHS.UK classes, its hint and error in aria-describedby, and no
    placeholder (labels and hints say what to type)."""
    widget = field.field.widget
    attrs = {}
    for widget_class, css, error_css in WIDGET_CLASSES:
        if isinstance(widget, widget_class):
            classes = [css]
            if field.errors and error_css:
                classes.append(error_css)
            if width and css == "nhsuk-input":
                classes.append(f"nhsuk-input--width-{width}")
            attrs["class"] = " ".join(classes)
            break
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}-hint")
    if field.errors:
        described.append(f"{field.auto_id}-error")
    if described:
        attrs["aria-describedby"] = " ".join(described)
    widget.attrs.pop("placeholder", None)
    return field.as_widget(attrs=attrs)


@register.simple_tag
def form_error_links(form):
    """[(href, message)] for a form's or formset's error summary (core.forms.ErrorSummaryMixin;
    a library's form without the mixin gets the same summary)."""
    summary = getattr(form, "error_summary", None)
    return summary() if callable(summary) else error_summary(form)


@register.filter
def get_item(mapping, key):
    """mapping[key] in a template, for keys that are not identifiers (‘what-was-done’)."""
    try:
        return mapping.get(key)
    except AttributeError:
        return None


@register.filter
def is_checkbox_field(field):
    return isinstance(field.field.widget, forms.CheckboxInput)
