"""Editors' reports need their own permission: admin access alone (which Contributors have) is not
enough. The Editors group gets it; superusers have every permission."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    accounts = apps.get_app_config("accounts")
    accounts.models_module = True
    create_permissions(accounts, verbosity=0, apps=apps)
    accounts.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        Permission.objects.get(content_type__app_label="accounts", codename="view_editors_reports")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_editors_decide_access_requests"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="user",
            options={
                "ordering": ["display_name"],
                "permissions": [("view_editors_reports", "Can see editors' reports")],
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
