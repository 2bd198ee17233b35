"""Each contributor's own collection of documents and images, private until publication.

Wagtail grants collection permissions to groups, so each contributor gets a small group of their
own with add and choose in their collection only. The same collection carries a Wagtail
`CollectionViewRestriction` of type "groups": the document serve view (/documents/<id>/<name>)
hands its files only to the author's own group, the reviewers' groups and superusers; everyone
else is sent to sign in and never gets the bytes (docs/contributions.md, "Attachments").

Publishing a case study that came from "Share your practice" moves its attachments into the
public collection, so readers can download them; unpublishing it moves them back, unless another
live page uses them.
"""

import secrets

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    Page,
    ReferenceIndex,
)

from .models import PersonalCollection

PARENT_NAME = "Contributors' own uploads"
PUBLIC_NAME = "Published practice files"
# Who reviews submissions ("Editorial review" is approved by Editors; Wagtail's own Moderators
# group keeps its page permissions on sites that use it). Superusers pass every restriction.
REVIEWER_GROUPS = ["Editors", "Moderators"]
PERMISSIONS = [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
]


def _parent():
    root = Collection.get_first_root_node()
    parent = root.get_children().filter(name=PARENT_NAME).first()
    return parent or root.add_child(name=PARENT_NAME)


def restrict(collection, group):
    """Only `group` and the reviewers may download this collection's documents."""
    restriction = CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    ).first() or CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(group, *Group.objects.filter(name__in=REVIEWER_GROUPS))
    return restriction


@transaction.atomic
def personal_collection(user):
    """The user's own collection, made the first time with its group, permissions, restriction."""
    existing = PersonalCollection.objects.filter(user=user).select_related("collection").first()
    if existing is not None:
        return existing.collection
    collection = _parent().add_child(name=f"{user.display_name or user.email} ({user.pk})")
    group, _ = Group.objects.get_or_create(name=f"Own uploads of user {user.pk}")
    for app_label, codename in PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )
    restrict(collection, group)
    user.groups.add(group)
    PersonalCollection.objects.create(user=user, collection=collection, group=group)
    return collection


def public_collection():
    """Where the files of published contributions live: no view restriction."""
    root = Collection.get_first_root_node()
    public = root.get_children().filter(name=PUBLIC_NAME).first()
    return public or root.add_child(name=PUBLIC_NAME)


def private_name(original_name, extension):
    """A stored file name nobody can guess: images and their renditions are plain media files.

    The random part comes first, so Wagtail's shortening of long names (renditions keep at most
    59 characters) cuts the readable part, never the secret one.
    """
    stem = slugify((original_name or "").rsplit(".", 1)[0])[:40] or "attachment"
    return f"{secrets.token_hex(10)}-{stem}.{extension}"


def _files(submission):
    for attachment in submission.attachments.select_related("document", "image"):
        stored = attachment.document or attachment.image
        if stored is not None:
            yield stored


def _move(stored, collection):
    if stored.collection_id != collection.pk:
        stored.collection = collection
        stored.save(update_fields=["collection"])


@transaction.atomic
def publish_attachments(submission):
    """The case study is live: readers may download what the author attached."""
    public = public_collection()
    for stored in _files(submission):
        _move(stored, public)


def _used_on_another_live_page(stored, page):
    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to(stored)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return Page.objects.live().filter(pk__in=[int(i) for i in ids]).exclude(pk=page.pk).exists()


@transaction.atomic
def withdraw_attachments(submission):
    """The case study is no longer live: its files go back to the author's private collection."""
    private = personal_collection(submission.author)
    for stored in _files(submission):
        if not _used_on_another_live_page(stored, submission.page):
            _move(stored, private)
