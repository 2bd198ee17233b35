"""Sign-up is for NHS e-mail addresses; addresses are verified before the first sign-in."""

import re

import pytest
from django.core import mail

from accounts.domains import email_domain_allowed
from accounts.models import User
from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "asha.verma@nhs.net",
    "display_name": "Asha Verma",
    "job_title": "Ward manager",
    "organisation": "Sutton Hospital",
    "vanguard": "",
    "password1": "a-long-and-unusual-passphrase",
    "password2": "a-long-and-unusual-passphrase",
}


@pytest.mark.parametrize(
    "email, allowed",
    [
        ("someone@nhs.net", True),
        ("someone@NHS.NET", True),
        ("someone@nhs.uk", True),
        ("someone@trust.nhs.uk", True),
        ("someone@gmail.com", False),
        ("someone@notnhs.net", False),
        ("someone@nhs.net.evil.com", False),
        ("nhs.net", False),
        ("", False),
    ],
)
def test_allowed_signup_domains(email, allowed):
    assert email_domain_allowed(email) is allowed


def test_nhs_address_can_sign_up_and_gets_a_verification_email(client):
    response = client.post("/accounts/signup/", SIGNUP)
    assert response.status_code == 302
    user = User.objects.get(email="asha.verma@nhs.net")
    assert user.display_name == "Asha Verma"
    assert user.job_title == "Ward manager"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["asha.verma@nhs.net"]
    assert "/accounts/confirm-email/" in mail.outbox[0].body


def test_other_addresses_are_refused_with_a_clear_message_and_keep_what_was_typed(client):
    response = client.post("/accounts/signup/", {**SIGNUP, "email": "asha@gmail.com"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "You can only create an account here with an e-mail address ending in" in html
    assert "nhs.net or nhs.uk" in html
    assert "<title>Error: Create an account" in html
    # The passwords are kept, so nobody types them twice.
    assert html.count('value="a-long-and-unusual-passphrase"') == 2
    assert 'value="asha@gmail.com"' in html
    assert 'value="Asha Verma"' in html
    assert not User.objects.filter(email="asha@gmail.com").exists()
    assert mail.outbox == []


def test_allowed_domains_come_from_settings(client, settings):
    settings.ALLOWED_SIGNUP_EMAIL_DOMAINS = ["example.org"]
    response = client.post("/accounts/signup/", {**SIGNUP, "email": "someone@example.org"})
    assert response.status_code == 302
    response = client.post("/accounts/signup/", {**SIGNUP, "email": "other@nhs.net"})
    assert "example.org" in response.content.decode()


def test_unverified_address_cannot_sign_in_until_the_link_is_followed(client):
    client.post("/accounts/signup/", SIGNUP)
    client.logout()
    response = client.post(
        "/accounts/login/", {"login": SIGNUP["email"], "password": SIGNUP["password1"]}
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session

    link = re.search(r"http://testserver(/accounts/confirm-email/[^\s]+)", mail.outbox[-1].body)
    client.post(link.group(1))
    response = client.post(
        "/accounts/login/", {"login": SIGNUP["email"], "password": SIGNUP["password1"]}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(User.objects.get(email=SIGNUP["email"]).pk)


def test_sign_in_is_by_email_in_any_case_and_sign_out_needs_a_post(client):
    user = UserFactory(email="grace@trust.nhs.uk")
    response = client.post(
        "/accounts/login/", {"login": "Grace@Trust.NHS.uk", "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    client.get("/accounts/logout/")
    assert "_auth_user_id" in client.session
    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_wrong_password_is_refused_with_a_message(client):
    UserFactory(email="grace@trust.nhs.uk")
    response = client.post("/accounts/login/", {"login": "grace@trust.nhs.uk", "password": "nope"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_a_link_that_sets_a_new_password(client):
    UserFactory(email="grace@trust.nhs.uk")
    client.post("/accounts/password/reset/", {"email": "grace@trust.nhs.uk"})
    assert len(mail.outbox) == 1
    path = re.search(r"http://testserver(/accounts/password/reset/key/[^\s]+)", mail.outbox[0].body)
    response = client.get(path.group(1), follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else path.group(1)
    response = client.post(
        form_url, {"password1": "a-brand-new-passphrase", "password2": "a-brand-new-passphrase"}
    )
    assert response.status_code == 302
    assert client.login(username="grace@trust.nhs.uk", password="a-brand-new-passphrase")


def test_profile_page_edits_display_name_and_vanguard(client, user):
    client.force_login(user)
    response = client.post(
        "/accounts/profile/",
        {
            "display_name": "Dr Grace O",
            "job_title": "GP",
            "organisation": "Dudley practice",
            "vanguard": str(
                __import__("taxonomy.models")
                .models.Vanguard.objects.get(slug="sutton-homes-of-care")
                .pk
            ),
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.display_name == "Dr Grace O"
    assert user.vanguard.slug == "sutton-homes-of-care"


def test_profile_needs_sign_in(client):
    response = client.get("/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_groups_exist_on_every_install():
    from django.contrib.auth.models import Group

    names = set(Group.objects.values_list("name", flat=True))
    assert {"Contributors", "Editors", "Community facilitators"} <= names
    editors = Group.objects.get(name="Editors")
    assert editors.permissions.filter(codename="change_vanguard").exists()
    assert (
        Group.objects.get(name="Contributors").permissions.filter(codename="access_admin").exists()
    )
