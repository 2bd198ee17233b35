"""The page types of the top of the site move to the `home` app (issue 12: one direction of
dependency). Their tables are renamed, not recreated, so every page keeps its row; the
`home` app's first migration takes them over in Django's state and moves their content types,
so the pages, their revisions and permissions keep pointing at the same content type ids."""

from django.db import migrations

MOVED = ["HomePage", "CareModelIndexPage", "CareModelPage", "VanguardIndexPage", "InformationPage"]


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_information_pages"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(name=name.lower(), table=f"home_{name.lower()}")
                for name in MOVED
            ],
            state_operations=[
                # Children before their parents' types do not matter here: no model of these
                # five refers to another.
                migrations.DeleteModel(name=name)
                for name in MOVED
            ],
        ),
    ]
