"""One error summary for every form (core.forms.ErrorSummaryMixin): each error links to what
needs correcting, in the order the page shows them."""

import pytest
from django import forms

from communities.forms import ReplyForm
from contributions.forms import OutcomeFormSet, WhereForm
from core.forms import ErrorSummaryMixin, error_summary


class PlanForm(ErrorSummaryMixin, forms.Form):
    name = forms.CharField(error_messages={"required": "Enter a name"})
    frequency = forms.ChoiceField(
        choices=[("daily", "Daily"), ("weekly", "Weekly")],
        widget=forms.RadioSelect,
        error_messages={"required": "Select how often"},
    )
    notes = forms.CharField(required=False)

    def clean(self):
        data = super().clean()
        if data.get("name") == "clash":
            raise forms.ValidationError("That plan already exists")
        return data


class NotesFirstForm(PlanForm):
    error_summary_field = "notes"


def test_each_missing_answer_links_to_its_field_and_a_radio_group_to_its_first_option():
    form = PlanForm(data={})
    assert form.has_errors
    assert form.error_summary() == [
        ("#id_name", "Enter a name"),
        ("#id_frequency_0", "Select how often"),
    ]


def test_an_error_about_the_whole_form_comes_first_and_links_to_the_chosen_field():
    data = {"name": "clash", "frequency": "daily"}
    assert PlanForm(data=data).error_summary() == [("#id_name", "That plan already exists")]
    assert NotesFirstForm(data=data).error_summary() == [("#id_notes", "That plan already exists")]


def test_a_form_not_yet_sent_or_sent_correctly_has_no_summary():
    assert not PlanForm().has_errors and PlanForm().error_summary() == []
    valid = PlanForm(data={"name": "Falls", "frequency": "weekly"})
    assert not valid.has_errors and valid.error_summary() == []


def test_a_post_form_links_a_whole_form_error_to_the_post_body():
    form = ReplyForm(data={"body": "Hello"})
    assert form.is_valid()
    form.add_error(None, "You are posting too quickly")
    assert form.error_summary() == [("#id_body", "You are posting too quickly")]


@pytest.mark.django_db
def test_a_formset_lists_its_own_error_then_each_rows():
    empty = OutcomeFormSet(
        data={"outcomes-TOTAL_FORMS": "1", "outcomes-INITIAL_FORMS": "0"}, prefix="outcomes"
    )
    assert empty.has_errors
    (href, message), *rest = empty.error_summary()
    assert href == "#id_outcomes-0-category" and message.startswith("Add at least one outcome")
    assert rest == []

    bad_number = OutcomeFormSet(
        data={
            "outcomes-TOTAL_FORMS": "1",
            "outcomes-INITIAL_FORMS": "0",
            "outcomes-0-measure": "Falls per month",
            "outcomes-0-baseline": "twelve",
        },
        prefix="outcomes",
    )
    assert ("#id_outcomes-0-baseline", "Before must be a number, like 12 or 4.5") in (
        bad_number.error_summary()
    )


@pytest.mark.django_db
def test_a_checkbox_group_links_to_its_first_box():
    summary = WhereForm(data={"organisation": "Rosewood"}).error_summary()
    assert ("#id_care_models_0", "Select at least one care model") in summary


def test_a_library_form_without_the_mixin_gets_the_same_summary():
    class LibraryForm(forms.Form):
        login = forms.CharField(error_messages={"required": "Enter your e-mail address"})

    assert error_summary(LibraryForm(data={})) == [("#id_login", "Enter your e-mail address")]
