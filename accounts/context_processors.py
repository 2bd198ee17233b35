from .domains import allowed_domains_text


def signup(request):
    """Who may create an account straight away, for the sign-in and sign-up pages."""
    return {"signup_domains": allowed_domains_text()}
