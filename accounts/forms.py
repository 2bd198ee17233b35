from django import forms
from wagtail.users.forms import UserCreationForm as WagtailUserCreationForm
from wagtail.users.forms import UserEditForm as WagtailUserEditForm

from core.forms import ErrorSummaryMixin
from core.requestparams import WholeNumberModelChoiceField
from taxonomy.models import Vanguard

from .models import User

PROFILE_FIELDS = ["display_name", "job_title", "organisation", "vanguard"]


class SignupForm(ErrorSummaryMixin, forms.Form):
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


class ProfileForm(ErrorSummaryMixin, forms.ModelForm):
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


class AccessRequestForm(ErrorSummaryMixin, forms.Form):
    name = forms.CharField(
        max_length=100, label="Your name", error_messages={"required": "Enter your name"}
    )
    email = forms.EmailField(
        label="Your work e-mail address",
        help_text="We will write to you at this address.",
        error_messages={
            "required": "Enter your work e-mail address",
            "invalid": "Enter an e-mail address in the right format, like name@example.org",
        },
    )
    organisation = forms.CharField(
        max_length=200,
        label="Organisation",
        help_text="For example ‘Rosewood Care Home, Sutton’ or ‘Leeds City Council’.",
        error_messages={"required": "Enter your organisation"},
    )
    role = forms.CharField(
        max_length=150,
        label="Your role",
        help_text="For example ‘Registered manager’.",
        error_messages={"required": "Enter your role"},
    )
    reason = forms.CharField(
        max_length=1000,
        label="Why do you want to join?",
        help_text="What you would like to share or learn. No more than 1,000 characters.",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Say why you want to join"},
    )

    def clean_email(self):
        from .domains import allowed_domains_text, email_domain_allowed

        email = self.cleaned_data["email"].strip().lower()
        if email_domain_allowed(email):
            raise forms.ValidationError(
                f"Addresses ending in {allowed_domains_text()} do not need to ask: "
                "create an account instead",
                code="nhs_domain",
            )
        return email
