"""Anyone in health and care can ask for an account; editors approve or decline in the admin."""

import re

import pytest
from django.core import mail

from accounts.models import AccessRequest, User
from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

REQUEST = {
    "name": "Rita Manager",
    "email": "rita@rosewood-care.co.uk",
    "organisation": "Rosewood Care Home, Sutton",
    "role": "Registered manager",
    "reason": "To share how we cut night-time falls.",
}


def main(html):
    return html[html.index("<main") : html.index("</main>")]


def test_sign_up_page_says_who_may_join_before_the_form(client):
    html = client.get("/accounts/signup/").content.decode()
    assert html.index("nhs.net or nhs.uk") < html.index(
        '<form method="post" action="/accounts/signup/"'
    )
    assert 'href="/accounts/request-access/"' in html
    assert "placeholder" not in main(html)


def test_account_pages_use_our_words_no_placeholders_and_novalidate(client):
    html = client.get("/accounts/login/").content.decode()
    assert "Sign In" not in html and "Remember Me" not in html
    assert "Keep me signed in on this device" in html
    assert "placeholder" not in main(html)
    assert "novalidate" in html
    response = client.post("/accounts/login/", {"login": "", "password": ""})
    html = response.content.decode()
    assert "<title>Error: Sign in" in html
    assert 'data-module="nhsuk-error-summary"' in html


def test_a_care_home_manager_asks_and_an_editor_approves_making_an_ordinary_account(
    client, site_tree
):
    response = client.post("/accounts/request-access/", REQUEST)
    assert response.status_code == 302
    assert "rita@rosewood-care.co.uk" in client.get(response.url).content.decode()
    request = AccessRequest.objects.get()
    assert request.status == AccessRequest.PENDING

    editor = UserFactory(groups=["Editors"])
    client.force_login(editor)
    queue = client.get("/admin/access-requests/").content.decode()
    assert "Rosewood Care Home, Sutton" in queue
    response = client.post(
        f"/admin/access-requests/edit/{request.pk}/",
        {"decision": "approve", "decision_reason": ""},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    request.refresh_from_db()
    assert request.status == AccessRequest.APPROVED and request.decided_by == editor
    user = User.objects.get(email="rita@rosewood-care.co.uk")
    assert user.organisation == "Rosewood Care Home, Sutton"
    assert not user.groups.exists() and not user.is_staff
    assert not user.has_usable_password()

    message = mail.outbox[-1]
    assert message.to == ["rita@rosewood-care.co.uk"]
    link = re.search(r"http://[^/\s]+(/accounts/password/reset/key/\S+)", message.body).group(1)
    client.logout()
    response = client.get(link, follow=True)
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url,
        {"password1": "rosewood-falls-huddle-2018", "password2": "rosewood-falls-huddle-2018"},
    )
    assert response.status_code == 302
    response = client.post(
        "/accounts/login/",
        {"login": "rita@rosewood-care.co.uk", "password": "rosewood-falls-huddle-2018"},
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_an_editor_declines_with_a_reason_the_person_is_told(client, site_tree):
    client.post("/accounts/request-access/", REQUEST)
    request = AccessRequest.objects.get()
    client.force_login(UserFactory(groups=["Editors"]))
    response = client.post(
        f"/admin/access-requests/edit/{request.pk}/", {"decision": "decline", "decision_reason": ""}
    )
    assert response.status_code == 200
    assert "Say why, so that the person knows what to do." in response.content.decode()
    client.post(
        f"/admin/access-requests/edit/{request.pk}/",
        {"decision": "decline", "decision_reason": "We could not confirm your role."},
    )
    request.refresh_from_db()
    assert request.status == AccessRequest.DECLINED
    assert "We could not confirm your role." in mail.outbox[-1].body
    assert not User.objects.filter(email=REQUEST["email"]).exists()


def test_members_and_contributors_cannot_decide_requests(client, site_tree):
    client.post("/accounts/request-access/", REQUEST)
    request = AccessRequest.objects.get()
    # A member has no admin access (403 page); a contributor has, but not this permission
    # (Wagtail's redirect to the dashboard).
    for groups, status in (([], 403), (["Contributors"], 302)):
        client.force_login(UserFactory(groups=groups))
        response = client.post(
            f"/admin/access-requests/edit/{request.pk}/", {"decision": "approve"}
        )
        assert response.status_code == status
    request.refresh_from_db()
    assert request.status == AccessRequest.PENDING


def test_the_form_does_not_reveal_whether_an_address_has_an_account(client):
    UserFactory(email="taken@rosewood-care.co.uk")
    first = client.post(
        "/accounts/request-access/", {**REQUEST, "email": "taken@rosewood-care.co.uk"}
    )
    second = client.post(
        "/accounts/request-access/", {**REQUEST, "email": "new@rosewood-care.co.uk"}
    )
    assert first.status_code == second.status_code == 302
    assert first.url == second.url
    # The account holder is told by e-mail, not on the page.
    assert not AccessRequest.objects.filter(email="taken@rosewood-care.co.uk").exists()
    assert [m.to for m in mail.outbox] == [["taken@rosewood-care.co.uk"]]


def test_nhs_addresses_are_sent_to_sign_up_and_answers_are_kept(client):
    response = client.post("/accounts/request-access/", {**REQUEST, "email": "rita@nhs.net"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "create an account instead" in html
    assert "<title>Error: " in html
    assert "To share how we cut night-time falls." in html


def test_requests_are_rate_limited(client, settings):
    settings.ACCESS_REQUEST_RATE = (2, 3600)
    for number in range(2):
        client.post("/accounts/request-access/", {**REQUEST, "email": f"p{number}@care.org"})
    response = client.post("/accounts/request-access/", {**REQUEST, "email": "p9@care.org"})
    assert response.status_code == 429
    assert "Rosewood Care Home, Sutton" in response.content.decode()
    assert AccessRequest.objects.count() == 2


def test_a_signed_in_member_still_signs_in_normally(client):
    UserFactory(email="grace@trust.nhs.uk")
    response = client.post(
        "/accounts/login/", {"login": "grace@trust.nhs.uk", "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
