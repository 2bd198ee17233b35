"""The groups every install has: Contributors, Editors and Community facilitators.

Wagtail's own migration creates "Editors" with page permissions on the root; here every group that
works in the admin gets admin access, and Editors may also keep the taxonomy snippets up to date.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = {
    "Contributors": ["wagtailadmin.access_admin"],
    "Editors": [
        "wagtailadmin.access_admin",
        "taxonomy.add_caremodel", "taxonomy.change_caremodel",
        "taxonomy.add_supportarea", "taxonomy.change_supportarea",
        "taxonomy.add_region", "taxonomy.change_region",
        "taxonomy.add_vanguard", "taxonomy.change_vanguard",
    ],
    "Community facilitators": [],
}


def create_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; make taxonomy's now so we can grant them.
    taxonomy = apps.get_app_config("taxonomy")
    taxonomy.models_module = True
    create_permissions(taxonomy, verbosity=0, apps=apps)
    taxonomy.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for dotted in codenames:
            app_label, codename = dotted.split(".")
            permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            group.permissions.add(permission)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Contributors", "Community facilitators"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("taxonomy", "0002_reference_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
