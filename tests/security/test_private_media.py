"""No way round Wagtail's document serve view, and no unthrottled sign-in behind it."""

import pytest
from django.http import Http404
from django.test import RequestFactory

from config.urls import serve_media

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "documents/3f9a-falls.pdf",
        "./documents/3f9a-falls.pdf",
        "images/../documents/3f9a-falls.pdf",
        "/documents/3f9a-falls.pdf",
        "documents//3f9a-falls.pdf",
    ],
)
def test_the_media_view_never_serves_documents_however_the_path_is_spelt(settings, tmp_path, path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "3f9a-falls.pdf").write_bytes(b"%PDF-1.4 secret")
    with pytest.raises(Http404):
        serve_media(RequestFactory().get("/media/" + path), path)


def test_the_media_view_still_serves_images(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "ward.png").write_bytes(b"\x89PNG picture")
    response = serve_media(RequestFactory().get("/media/images/ward.png"), "images/ward.png")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"\x89PNG picture"


def test_wagtails_unthrottled_front_end_sign_in_sends_people_to_the_site_sign_in(client):
    response = client.get("/_util/login/?next=/documents/1/report.pdf")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/documents/1/report.pdf"
    response = client.post("/_util/login/", {"username": "a@example.com", "password": "x"})
    assert response.status_code in (301, 302, 307, 308)
    assert response.url.startswith("/accounts/login/")
