"""Editors see and decide access requests (no one adds or deletes them in the admin)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    accounts = apps.get_app_config("accounts")
    accounts.models_module = True
    create_permissions(accounts, verbosity=0, apps=apps)
    accounts.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="accounts",
                codename__in=["view_accessrequest", "change_accessrequest"],
            )
        )


class Migration(migrations.Migration):
    dependencies = [("accounts", "0005_access_requests")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
