"""Access requests: anyone in health and care may ask; an editor approves or declines.

Nothing here tells the person asking whether an address already has an account: the page
always says the same, and an address that has one gets an e-mail about it instead.
"""

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .models import AccessRequest, User


def _site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(template, subject, to, **context):
    body = render_to_string(f"account/email/{template}.txt", context)
    send_mail(
        f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
        body,
        settings.DEFAULT_FROM_EMAIL,
        [to],
    )


def receive(data):
    """Record a request (or tell an existing account holder by e-mail); the same either way."""
    email = data["email"].strip().lower()
    if User.objects.filter(email__iexact=email).exists():
        _send(
            "access_existing_account",
            "You already have an account",
            email,
            reset_url=_site_url(reverse("account_reset_password")),
        )
        return None
    waiting = AccessRequest.objects.filter(
        email__iexact=email, status=AccessRequest.PENDING
    ).first()
    if waiting is not None:
        return waiting
    return AccessRequest.objects.create(**{**data, "email": email})


def set_password_url(user):
    key = default_token_generator.make_token(user)
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": key},
    )
    return _site_url(path)


@transaction.atomic
def approve(access_request, editor, reason=""):
    """Make an ordinary account and send a link to set its password."""
    access_request.status = AccessRequest.APPROVED
    access_request.decision_reason = reason
    access_request.decided_by = editor
    access_request.decided_at = timezone.now()
    access_request.save()
    user = User.objects.filter(email__iexact=access_request.email).first()
    if user is None:
        user = User.objects.create_user(
            email=access_request.email,
            password=None,
            display_name=access_request.name,
            job_title=access_request.role,
            organisation=access_request.organisation,
        )
        # The set-password link goes to this address, so following it proves it.
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    _send(
        "access_approved",
        "Your account is ready",
        user.email,
        request=access_request,
        set_password_url=set_password_url(user),
        login_url=_site_url(reverse("account_login")),
    )
    return user


@transaction.atomic
def decline(access_request, editor, reason):
    access_request.status = AccessRequest.DECLINED
    access_request.decision_reason = reason
    access_request.decided_by = editor
    access_request.decided_at = timezone.now()
    access_request.save()
    _send(
        "access_declined",
        "Your request for an account",
        access_request.email,
        request=access_request,
    )
