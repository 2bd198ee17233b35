"""Contributors' attachments are private until published (contributions.uploads).

Every existing personal collection gets the view restriction new ones are made with: only its
owner's group and the reviewers (Editors, Moderators) may download its documents. Attachments of
case studies already live move first to the public "Published practice files" collection, so
readers keep their downloads.
"""

from django.db import migrations

PUBLIC_NAME = "Published practice files"
REVIEWER_GROUPS = ["Editors", "Moderators"]
GROUPS = "groups"
# Treebeard's materialised path: four base-36 characters a level.
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4


def _step(number):
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEPLEN, "0")


def _public_collection(Collection):
    root = Collection.objects.filter(depth=1).order_by("path").first()
    children = Collection.objects.filter(depth=2, path__startswith=root.path)
    existing = children.filter(name=PUBLIC_NAME).first()
    if existing is not None:
        return existing
    last = children.order_by("-path").values_list("path", flat=True).first()
    number = int(last[-STEPLEN:], len(ALPHABET)) + 1 if last else 1
    public = Collection.objects.create(
        name=PUBLIC_NAME, path=root.path + _step(number), depth=2, numchild=0
    )
    Collection.objects.filter(pk=root.pk).update(numchild=children.count())
    return public


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    Restriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    PersonalCollection = apps.get_model("contributions", "PersonalCollection")
    Attachment = apps.get_model("contributions", "Attachment")
    Document = apps.get_model("wagtaildocs", "Document")
    Image = apps.get_model("wagtailimages", "Image")

    reviewers = list(Group.objects.filter(name__in=REVIEWER_GROUPS))
    for personal in PersonalCollection.objects.all():
        restriction = Restriction.objects.filter(
            collection_id=personal.collection_id, restriction_type=GROUPS
        ).first() or Restriction.objects.create(
            collection_id=personal.collection_id, restriction_type=GROUPS
        )
        restriction.groups.add(personal.group_id, *reviewers)

    live = Attachment.objects.filter(submission__page__live=True)
    if not live.exists():
        return
    public = _public_collection(Collection)
    Document.objects.filter(
        pk__in=live.exclude(document=None).values_list("document_id", flat=True)
    ).update(collection=public)
    Image.objects.filter(pk__in=live.exclude(image=None).values_list("image_id", flat=True)).update(
        collection=public
    )


def backwards(apps, schema_editor):
    Restriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    PersonalCollection = apps.get_model("contributions", "PersonalCollection")
    Restriction.objects.filter(
        collection_id__in=PersonalCollection.objects.values_list("collection_id", flat=True)
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contributions", "0002_contributors_choose_own_files"),
        ("casestudies", "0004_lead_vanguard_optional"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
