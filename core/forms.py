"""The admin form every page type here uses (SitePage.base_form_class).

Wagtail 8's StreamBlock and ListBlock read their management data with `int(data["<name>-count"])`
(wagtail/blocks/stream_block.py and list_block.py, `value_from_datadict`), so a POST that lacks
those keys or carries a non-number there (a partial or hand-made edit) raises KeyError or
ValueError inside form validation: a 500 instead of a form error. Until Wagtail checks them
itself, this form catches that for every field, keeps the field's current value (nothing the
editor saved is lost) and reports the field as incomplete, so the editor gets the form back
with a message and a 400-class outcome rather than an error page.
"""

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
