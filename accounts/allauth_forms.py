"""allauth's account forms in our words: no placeholders, labels that say what to type.

Sign-up keeps what was typed in the password fields when the form comes back with an error
elsewhere (for example an address outside the NHS domains), so nobody types them twice.
"""

from allauth.account import forms as allauth_forms

LABELS = {
    "login": "E-mail address",
    "email": "E-mail address",
    "password": "Password",
    "remember": "Keep me signed in on this device",
    "oldpassword": "Current password",
    "password1": "New password",
    "password2": "Type the new password again",
}


class OurWords:
    labels = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.pop("placeholder", None)
            label = self.labels.get(name, LABELS.get(name))
            if label:
                field.label = label


class LoginForm(OurWords, allauth_forms.LoginForm):
    pass


class SignupForm(OurWords, allauth_forms.SignupForm):
    labels = {
        "email": "Work e-mail address",
        "password1": "Create a password",
        "password2": "Type the password again",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = "It must end in one of the NHS domains listed above."
        self.fields["password1"].help_text = "At least 10 characters."
        for name in ("password1", "password2"):
            if name in self.fields:
                self.fields[name].widget.render_value = True


class ResetPasswordForm(OurWords, allauth_forms.ResetPasswordForm):
    pass


class ResetPasswordKeyForm(OurWords, allauth_forms.ResetPasswordKeyForm):
    pass


class ChangePasswordForm(OurWords, allauth_forms.ChangePasswordForm):
    pass


class SetPasswordForm(OurWords, allauth_forms.SetPasswordForm):
    pass


class AddEmailForm(OurWords, allauth_forms.AddEmailForm):
    pass
