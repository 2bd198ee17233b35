"""/admin/ for people without admin access, and contributors' own collections of files."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from contributions.models import PersonalCollection
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_member_opening_the_admin_gets_a_page_that_leads_to_share_your_practice(
    client, site_tree
):
    member = UserFactory()
    client.force_login(member)
    for url in ("/admin/", "/admin/pages/", "/admin/documents/"):
        response = client.get(url)
        assert response.status_code == 403, url
        html = response.content.decode()
        assert "You do not have access to the editing admin" in html
        assert 'href="/share/"' in html
    # The sign-in page no longer bounces her back to a redirect: no loop.
    response = client.get("/accounts/login/?next=/admin/")
    assert response.status_code == 302 and response.url == "/admin/"
    assert client.get(response.url).status_code == 403


def test_signed_out_visitors_are_still_sent_to_sign_in(client, site_tree):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=/admin/")


def test_a_contributor_gets_a_collection_of_their_own_and_can_upload_into_it(client, site_tree):
    writer = UserFactory(groups=["Contributors"])
    other = UserFactory(groups=["Contributors"])
    own = PersonalCollection.objects.get(user=writer).collection
    theirs = PersonalCollection.objects.get(user=other).collection
    assert own != theirs

    client.force_login(writer)
    response = client.get("/admin/documents/multiple/add/")
    assert response.status_code == 200
    html = response.content.decode()
    assert theirs.name not in html

    response = client.post(
        "/admin/documents/multiple/add/",
        {
            "title": "Falls report",
            "files[]": SimpleUploadedFile("falls.pdf", PDF),
            "collection": own.pk,
        },
    )
    assert response.status_code == 200, response.content.decode()[:500]
    document = get_document_model().objects.get()
    assert document.collection == own and document.uploaded_by_user == writer

    # The other contributor cannot choose or see it.
    client.force_login(other)
    chooser = client.get("/admin/documents/chooser/").content.decode()
    assert "falls.pdf" not in chooser and "Falls report" not in chooser
    # Its owner can choose it for their pages.
    client.force_login(writer)
    chooser = client.get("/admin/documents/chooser/").content.decode()
    assert "Falls report" in chooser


def test_collections_are_made_once(site_tree):
    writer = UserFactory(groups=["Contributors"])
    from contributions.uploads import personal_collection

    assert personal_collection(writer) == personal_collection(writer)
    assert Collection.objects.filter(name__contains=f"({writer.pk})").count() == 1
