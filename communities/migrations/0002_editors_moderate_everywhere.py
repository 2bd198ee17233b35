"""Editors are site moderators: they may moderate every community (see docs/communities.md),
and they create communities and choose facilitators in the admin.

Facilitators are per community (a Membership role), so the "Community facilitators" group gets
nothing here.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["moderate_everywhere", "add_community", "change_community"]


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; make ours now so we can grant it.
    app_config = apps.get_app_config("communities")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    for codename in CODENAMES:
        editors.permissions.add(
            Permission.objects.get(content_type__app_label="communities", codename=codename)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="communities", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name="Editors"):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("communities", "0001_initial"),
        ("accounts", "0002_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
