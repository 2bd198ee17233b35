"""Which e-mail addresses may sign up: those in ALLOWED_SIGNUP_EMAIL_DOMAINS or their subdomains."""

from django.conf import settings


def email_domain_allowed(email, allowed_domains=None):
    allowed = settings.ALLOWED_SIGNUP_EMAIL_DOMAINS if allowed_domains is None else allowed_domains
    local, at, domain = (email or "").strip().lower().rpartition("@")
    if not (local and at and domain):
        return False
    return any(domain == allowed or domain.endswith("." + allowed) for allowed in allowed)


def allowed_domains_text():
    domains = settings.ALLOWED_SIGNUP_EMAIL_DOMAINS
    if len(domains) == 1:
        return domains[0]
    return ", ".join(domains[:-1]) + " or " + domains[-1]
