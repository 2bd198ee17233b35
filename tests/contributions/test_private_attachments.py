"""Attachments are private until the case study is published, then public, then private again."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction, WorkflowState

from contributions import uploads
from contributions.models import Attachment, PersonalCollection, Submission
from tests.contributions.test_share_your_practice import fill_in, png_bytes, upload
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SECRET_PDF = b"%PDF-1.4\n% the falls figures nobody may read yet\n1 0 obj<<>>endobj\n%%EOF\n"


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def downloads(client, user, url):
    """(status, bytes) of `url` for `user` (None: signed out)."""
    client.logout()
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    return response, body(response)


def assert_refused(client, user, url):
    response, content = downloads(client, user, url)
    # Wagtail sends anyone who fails a group restriction to sign in (as someone else), with a
    # way back; the file itself never comes.
    assert response.status_code == 302, response.status_code
    assert response.url.startswith(reverse("account_login") + "?next=")
    assert b"falls figures" not in content and b"%PDF" not in content
    return response


def assert_served(client, user, url):
    response, content = downloads(client, user, url)
    assert response.status_code == 200, (user, response.status_code)
    assert content == SECRET_PDF
    assert response.get("Cache-Control") is None or "public" not in response["Cache-Control"]


@pytest.fixture
def submitted(client, author):
    client.force_login(author)
    submission = fill_in(client)
    assert upload(client, submission, "falls figures.pdf", SECRET_PDF).status_code == 302
    assert (
        upload(
            client, submission, "ward.png", png_bytes(), title="The ward", description="A ward"
        ).status_code
        == 302
    )
    assert client.post(f"/share/{submission.uid}/check/").status_code == 302
    return Submission.objects.get(pk=submission.pk)


@pytest.fixture
def author(site_tree):
    return UserFactory(email="manager@rosewood-care.co.uk", display_name="Rita Manager")


def approve(client, editor, page):
    client.force_login(editor)
    state = WorkflowState.objects.for_instance(page).get(status=WorkflowState.STATUS_IN_PROGRESS)
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/",
        {"comment": "Thank you."},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live


def test_before_publication_only_the_author_and_editors_can_download(
    client, author, editor, submitted
):
    document = submitted.attachments.get(kind=Attachment.DOCUMENT).document
    url = document.url
    assert url.startswith(f"/documents/{document.pk}/")
    other_contributor = UserFactory(groups=["Contributors"])
    member = UserFactory()

    assert_refused(client, None, url)
    assert_refused(client, other_contributor, url)
    assert_refused(client, member, url)
    assert_served(client, author, url)
    assert_served(client, editor, url)
    assert_served(client, UserFactory(is_superuser=True), url)
    # Nobody gets round the serve view through the media folder either.
    assert client.get("/media/" + document.file.name).status_code == 404


def test_publishing_makes_the_files_public_and_unpublishing_private_again(
    client, author, editor, submitted
):
    page = submitted.page
    document = submitted.attachments.get(kind=Attachment.DOCUMENT).document
    image = submitted.attachments.get(kind=Attachment.IMAGE).image
    own = PersonalCollection.objects.get(user=author).collection
    assert document.collection == own and image.collection == own

    approve(client, editor, page)
    document.refresh_from_db()
    image.refresh_from_db()
    assert document.collection.name == uploads.PUBLIC_NAME
    assert image.collection == document.collection
    assert not document.collection.get_view_restrictions().exists()
    # Readers of the published case study can download it, signed in or not.
    html = downloads(client, None, page.url)[1].decode()
    assert f'href="{document.url}"' in html
    assert_served(client, None, document.url)
    assert_served(client, UserFactory(groups=["Contributors"]), document.url)

    client.force_login(editor)
    response = client.post(f"/admin/pages/{page.pk}/unpublish/")
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    document.refresh_from_db()
    image.refresh_from_db()
    assert document.collection == own and image.collection == own
    assert_refused(client, None, document.url)
    assert_refused(client, UserFactory(groups=["Contributors"]), document.url)
    assert_served(client, author, document.url)
    assert_served(client, editor, document.url)


def test_a_file_another_live_page_uses_stays_public_when_one_is_unpublished(
    client, author, editor, submitted
):
    page = submitted.page
    approve(client, editor, page)
    document = submitted.attachments.get(kind=Attachment.DOCUMENT).document
    # An editor links the same report from another published case study.
    other = page.copy(
        update_attrs={"slug": "another-falls-study", "title": "Another falls study"},
        keep_live=True,
    )
    assert other.live and [d.document_id for d in other.documents.all()] == [document.pk]
    client.force_login(editor)
    assert client.post(f"/admin/pages/{page.pk}/unpublish/").status_code == 302
    document.refresh_from_db()
    assert document.collection.name == uploads.PUBLIC_NAME
    assert_served(client, None, document.url)


def test_stored_names_cannot_be_guessed_from_what_was_uploaded(client, author, submitted):
    image = submitted.attachments.get(kind=Attachment.IMAGE).image
    document = submitted.attachments.get(kind=Attachment.DOCUMENT).document
    for stored, readable in ((image, "ward.png"), (document, "falls-figures.pdf")):
        name = stored.file.name.rsplit("/", 1)[1]
        secret, rest = name.split("-", 1)
        assert rest == readable and len(secret) == 20 and int(secret, 16) >= 0
    # The same file uploaded again gets another name, and so do its renditions.
    client.force_login(author)
    again = Submission.objects.create(author=author, answers=submitted.answers)
    assert upload(client, again, "ward.png", png_bytes(), title="Ward again").status_code == 302
    second = again.attachments.get().image
    assert second.file.name != image.file.name
    rendition = image.get_rendition("fill-1200x800|format-webp")
    assert image.file.name.rsplit("/", 1)[1][:20] in rendition.file.name


def test_other_contributors_cannot_find_or_choose_them_in_the_admin(submitted):
    client = Client()  # another person's browser: none of the author's messages
    client.force_login(UserFactory(groups=["Contributors"]))
    for url in (
        "/admin/documents/chooser/?q=Evaluation",
        "/admin/documents/?q=Evaluation",
        "/admin/images/chooser/?q=ward",
        "/admin/images/?q=ward",
    ):
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code in (200, 403), url
        assert "Evaluation report" not in html and "The ward" not in html, url
        assert "falls-figures" not in html and "ward.png" not in html, url
    document = submitted.attachments.get(kind=Attachment.DOCUMENT).document
    assert client.get(f"/admin/documents/edit/{document.pk}/").status_code in (302, 403, 404)


def test_every_personal_collection_is_restricted_to_its_owner_and_the_reviewers(site_tree):
    writer = UserFactory(groups=["Contributors"])
    personal = PersonalCollection.objects.get(user=writer)
    restriction = CollectionViewRestriction.objects.get(collection=personal.collection)
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    names = set(restriction.groups.values_list("name", flat=True))
    assert personal.group.name in names and "Editors" in names
    assert not names & {"Contributors", "Community facilitators"}


def test_the_migration_restricts_existing_collections_and_keeps_published_files_public(
    client, author, editor, submitted
):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("contributions.migrations.0003_private_until_published")
    approve(client, editor, submitted.page)
    document = submitted.attachments.get(kind=Attachment.DOCUMENT).document
    # As things were before: no restrictions, no public collection, files where uploaded.
    own = PersonalCollection.objects.get(user=author).collection
    CollectionViewRestriction.objects.all().delete()
    type(document).objects.filter(pk=document.pk).update(collection=own)
    Collection.objects.get(name=uploads.PUBLIC_NAME).delete()
    draft_author = UserFactory(groups=["Contributors"])
    draft_collection = PersonalCollection.objects.get(user=draft_author).collection

    migration.forwards(apps, None)

    document.refresh_from_db()
    assert document.collection.name == uploads.PUBLIC_NAME
    assert_served(client, None, document.url)
    for collection in (own, draft_collection):
        assert collection.get_view_restrictions().get().restriction_type == "groups"
    # The collection it made sits properly in the tree: Wagtail can add beside it.
    Collection.get_first_root_node().refresh_from_db()
    assert uploads.public_collection() == document.collection
    Collection.get_first_root_node().add_child(name="Another")
    assert Collection.objects.filter(depth=2).count() == Collection.get_first_root_node().numchild
