from allauth.account.adapter import DefaultAccountAdapter
from django import forms

from .domains import allowed_domains_text, email_domain_allowed


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up is for NHS staff: refuse addresses outside the allowed domains, saying why."""

    def clean_email(self, email):
        email = super().clean_email(email)
        if not email_domain_allowed(email):
            raise forms.ValidationError(
                "You can only create an account here with an e-mail address ending in "
                f"{allowed_domains_text()}. With another address, ask for an account instead "
                "(the link is above the form)."
            )
        return email

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        data = form.cleaned_data
        user.display_name = data.get("display_name", "")
        user.job_title = data.get("job_title", "")
        user.organisation = data.get("organisation", "")
        user.vanguard = data.get("vanguard")
        if commit:
            user.save()
        return user
