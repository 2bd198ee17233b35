"""Editors choose the editors' picks shown first for a search (wagtail search promotions)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"]


def grant(apps, schema_editor):
    promotions = apps.get_app_config("wagtailsearchpromotions")
    promotions.models_module = True
    create_permissions(promotions, verbosity=0, apps=apps)
    promotions.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.get(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="wagtailsearchpromotions", codename__in=CODENAMES
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_editorial_workflow"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
