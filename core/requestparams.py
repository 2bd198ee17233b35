"""Whole numbers from a request: the one place a number in a query string or form is parsed.

Python's `str.isdigit()` is true for "²", "①" and "٣", and `int()` accepts "٣" and "５" but not
"²": checking one and converting with the other turns a superscript into a server error and
other scripts' digits into numbers nobody typed. Every view, service and API that reads a number
from GET or POST data uses `parse_whole_number` or `read_whole_number`, which accept ASCII digits
0-9 only (after trimming spaces), and say which parameter was wrong.
"""

import re

from django import forms
from django.db import models

_ASCII_WHOLE_NUMBER = re.compile(r"[0-9]+", re.ASCII)
# More digits than any page, size or database id we use: reject before converting.
MAX_DIGITS = 18


class BadNumber(ValueError):
    """A request parameter that should be a whole number is not one; `param` names it."""

    def __init__(self, param, message):
        super().__init__(message)
        self.param = param


def parse_whole_number(text, *, max_digits=MAX_DIGITS):
    """The int spelt by `text` in ASCII digits (spaces around it allowed), or None."""
    if not isinstance(text, str):
        return None
    text = text.strip(" \t\r\n")
    if not text or len(text) > max_digits or not _ASCII_WHOLE_NUMBER.fullmatch(text):
        return None
    return int(text)


def read_whole_number(querydict, name, *, default=None, minimum=None, maximum=None):
    """`name` from a QueryDict as an int; `default` when absent or blank.

    Raises BadNumber (with `name`) when the value is not ASCII digits or is out of range.
    """
    raw = querydict.get(name)
    if raw is None or not raw.strip():
        return default
    number = parse_whole_number(raw)
    if number is None or (minimum is not None and number < minimum):
        raise BadNumber(name, _range_message(name, raw, minimum, maximum))
    if maximum is not None and number > maximum:
        raise BadNumber(name, _range_message(name, raw, minimum, maximum))
    return number


def read_ids(values, limit=100):
    """Database ids from a list of strings (e.g. checkboxes); anything else is ignored."""
    ids = (parse_whole_number(value) for value in values[:limit])
    return [pk for pk in ids if pk is not None]


def _range_message(name, raw, minimum, maximum):
    shown = raw.strip()[:20]
    if minimum is not None and maximum is not None:
        rule = f"a whole number from {minimum} to {maximum}"
    elif minimum is not None:
        rule = f"a whole number from {minimum}"
    else:
        rule = "a whole number"
    return f"‘{name}’ must be {rule} (written with the digits 0-9), not “{shown}”."


class WholeNumberField(forms.IntegerField):
    """A form's IntegerField that takes ASCII digits only, like every other number we read.

    Django's own IntegerField converts with `int()`, so "٣" or "５" would be read as 3 or 5.
    """

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        number = parse_whole_number(str(value))
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class WholeNumberModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField chosen by id, taking ASCII digits only.

    Django looks the submitted value up as the primary key, which `int()` converts, so "٣"
    would choose the object with id 3.
    """

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if self._chosen_by_number() and parse_whole_number(str(value)) is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)

    def _chosen_by_number(self):
        meta = self.queryset.model._meta
        key = self.to_field_name or meta.pk.name
        field = meta.pk if key == "pk" else meta.get_field(key)
        return isinstance(field, models.IntegerField)
