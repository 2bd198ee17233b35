"""Each contributor's own collection of documents and images (Wagtail collection permissions)."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission

from .models import PersonalCollection

PARENT_NAME = "Contributors' own uploads"
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


@transaction.atomic
def personal_collection(user):
    """The user's own collection, made (with its group and permissions) the first time."""
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
    user.groups.add(group)
    PersonalCollection.objects.create(user=user, collection=collection, group=group)
    return collection
