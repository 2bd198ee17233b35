from django import forms

from core.forms import ErrorSummaryMixin

from .models import FREQUENCY_HELP, Alert, Frequency


class FrequencyField(forms.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            choices=Frequency.choices,
            widget=forms.RadioSelect,
            label="How often?",
            initial=Frequency.DAILY,
            **kwargs,
        )
        self.help_by_value = FREQUENCY_HELP


class NewAlertForm(ErrorSummaryMixin, forms.Form):
    name = forms.CharField(
        max_length=120,
        required=False,
        label="Name this alert (optional)",
        help_text="For your alerts page and the e-mail subject.",
    )
    frequency = FrequencyField()

    def __init__(self, *args, ask_email=False, **kwargs):
        super().__init__(*args, **kwargs)
        if ask_email:
            self.fields["email"] = forms.EmailField(
                label="Your e-mail address",
                max_length=254,
                help_text="We will send a link to confirm it. Nothing else is sent until you do.",
                error_messages={
                    "required": "Enter your e-mail address.",
                    "invalid": "Enter an e-mail address like name@example.nhs.uk.",
                },
            )


class AlertForm(ErrorSummaryMixin, forms.ModelForm):
    name = forms.CharField(
        max_length=120,
        label="Name",
        error_messages={"required": "Give the alert a name."},
    )
    frequency = FrequencyField()

    class Meta:
        model = Alert
        fields = ["name", "frequency"]
