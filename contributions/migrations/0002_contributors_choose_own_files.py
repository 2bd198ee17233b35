"""Contributors choose only the documents and images in their own collection.

Wagtail gives every admin group "choose" on the root collection, which would let any
contributor pick (and so see) the files other authors attached to drafts not yet reviewed.
Editors keep it; each contributor's own collection grants them choose (contributions.uploads).
"""

from django.db import migrations


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    contributors = Group.objects.filter(name="Contributors").first()
    if contributors is None:
        return
    GroupCollectionPermission.objects.filter(
        group=contributors,
        collection__depth=1,
        permission__codename__in=["choose_document", "choose_image"],
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contributions", "0001_initial"),
        ("accounts", "0004_editors_manage_promotions"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
