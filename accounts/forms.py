from django import forms
from wagtail.users.forms import UserCreationForm as WagtailUserCreationForm
from wagtail.users.forms import UserEditForm as WagtailUserEditForm

from core.requestparams import WholeNumberModelChoiceField
from taxonomy.models import Vanguard

from .models import User

PROFILE_FIELDS = ["display_name", "job_title", "organisation", "vanguard"]


class SignupForm(forms.Form):
    """Extra fields on allauth's sign-up form (allauth supplies e-mail and passwords)."""

    display_name = forms.CharField(
        max_length=100,
        label="Display name",
        help_text="Shown beside what you post, for example ‘Priya Shah’.",
    )
    job_title = forms.CharField(max_length=150, required=False, label="Job title (optional)")
    organisation = forms.CharField(max_length=200, required=False, label="Organisation (optional)")
    vanguard = WholeNumberModelChoiceField(
        queryset=Vanguard.objects.order_by("name"),
        required=False,
        label="Vanguard (optional)",
        empty_label="None",
    )

    def signup(self, request, user):
        # The adapter's save_user already copied the profile fields.
        pass


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = PROFILE_FIELDS
        field_classes = {"vanguard": WholeNumberModelChoiceField}
        labels = {
            "job_title": "Job title (optional)",
            "organisation": "Organisation (optional)",
            "vanguard": "Vanguard (optional)",
        }


class _AdminProfileFields(forms.ModelForm):
    first_name = forms.CharField(required=False, label="First name")
    last_name = forms.CharField(required=False, label="Last name")


class UserCreationForm(_AdminProfileFields, WagtailUserCreationForm):
    class Meta(WagtailUserCreationForm.Meta):
        fields = WagtailUserCreationForm.Meta.fields | set(PROFILE_FIELDS)


class UserEditForm(_AdminProfileFields, WagtailUserEditForm):
    class Meta(WagtailUserEditForm.Meta):
        fields = WagtailUserEditForm.Meta.fields | set(PROFILE_FIELDS)
