"""Security headers, the Content-Security-Policy, sign-in throttling and upload limits."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_pages_send_a_strict_content_security_policy(client, site_tree):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    directives = dict(
        (part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in policy.split(";")) if part
    )
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in policy
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"


def test_the_policy_lets_the_stylesheets_load_their_fonts(client, site_tree):
    # Otherwise every page falls back to system fonts and logs CSP errors in the console.
    import re
    from pathlib import Path

    from django.contrib.staticfiles import finders

    html = client.get("/").content.decode()
    policy = client.get("/")["Content-Security-Policy"]
    font_src = next(p.split()[1:] for p in policy.split(";") if p.split()[:1] == ["font-src"])
    stylesheets = re.findall(r'<link[^>]+href="/static/([^"?]+\.css)', html)
    assert stylesheets
    origins = set()
    for path in stylesheets:
        css = Path(finders.find(path)).read_text(encoding="utf-8")
        origins |= set(re.findall(r"url\((?:[\"']?)(https://[^/]+)/[^)]*\.woff2?", css))
    assert origins, "expected the NHS.UK frontend to load its typeface"
    assert origins <= set(font_src), (origins, font_src)


def test_public_pages_have_no_inline_script(client, site_tree):
    import re

    for url in ["/", "/care-models/", "/vanguards/", "/search/?q=care", "/accounts/login/"]:
        html = client.get(url).content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag or 'type="application/json"' in tag, (url, tag)
        assert not re.search(r"\son[a-z]+=", html), url


def test_standard_protective_headers(client, site_tree):
    response = client.get("/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_repeated_wrong_passwords_lock_the_account_for_a_while(client):
    UserFactory(email="target@trust.nhs.uk")
    for _ in range(5):
        client.post("/accounts/login/", {"login": "target@trust.nhs.uk", "password": "guess"})
    response = client.post(
        "/accounts/login/", {"login": "target@trust.nhs.uk", "password": TEST_PASSWORD}
    )
    assert "_auth_user_id" not in client.session
    # The sign-in form again, with the lock-out message (not a bare 429 page).
    assert response.status_code == 200
    assert "Too many" in response.content.decode()


@pytest.mark.parametrize(
    "name, content, accepted",
    [
        ("guide.pdf", b"%PDF-1.4 test", True),
        ("page.html", b"<script>alert(1)</script>", False),
        ("tool.exe", b"MZ", False),
        ("picture.svg", b"<svg onload=alert(1)>", False),
    ],
)
def test_document_uploads_are_limited_to_safe_types(client, site_tree, name, content, accepted):
    from wagtail.documents.models import Document

    client.force_login(UserFactory(groups=["Editors"]))
    client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )
    assert Document.objects.filter(title=name).exists() is accepted


def test_oversized_document_upload_is_refused(client, site_tree, settings):
    from wagtail.documents.models import Document

    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    client.force_login(UserFactory(groups=["Editors"]))
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Big",
            "file": SimpleUploadedFile("big.pdf", b"%PDF" + b"0" * 4096),
            "collection": 1,
        },
    )
    assert not Document.objects.filter(title="Big").exists()
    assert "this file is too big" in response.content.decode().lower()


def test_the_editing_admin_signs_in_only_through_the_throttled_sign_in_page(client, site_tree):
    editor = UserFactory(email="editor@trust.nhs.uk", groups=["Editors"])
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"
    # Wagtail's own sign-in form would take unlimited guesses: it is not there, whatever the
    # method, even with the right password.
    for response in (
        client.get("/admin/login/?next=/admin/"),
        client.post("/admin/login/?next=/admin/", {"username": editor.email}),
    ):
        assert response.status_code == 302
        assert response["Location"] == "/accounts/login/?next=/admin/"
    client.post("/admin/login/", {"username": editor.email, "password": TEST_PASSWORD})
    assert "_auth_user_id" not in client.session
    # Guessing against the admin's next address is throttled like any sign-in.
    for _ in range(5):
        client.post("/accounts/login/?next=/admin/", {"login": editor.email, "password": "guess"})
    client.post("/accounts/login/?next=/admin/", {"login": editor.email, "password": TEST_PASSWORD})
    assert "_auth_user_id" not in client.session
