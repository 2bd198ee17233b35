"""Load the first NHS glossary (search/glossary_0006.py); editors keep it up to date after."""

from django.db import migrations

from search.glossary_0006 import parse


def load(apps, schema_editor):
    GlossaryTerm = apps.get_model("search", "GlossaryTerm")
    existing = set(GlossaryTerm.objects.values_list("term", flat=True))
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(
            term=term, abbreviation=abbreviation, synonyms="\n".join(synonyms), category=category
        )
        for category, term, abbreviation, synonyms in parse()
        if term not in existing
    )


def unload(apps, schema_editor):
    GlossaryTerm = apps.get_model("search", "GlossaryTerm")
    GlossaryTerm.objects.filter(term__in=[row[1] for row in parse()]).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0005_glossary_and_weights")]

    operations = [migrations.RunPython(load, unload)]
