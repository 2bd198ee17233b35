"""Load the programme's reference data, so every database has the taxonomy."""

from django.db import migrations

from taxonomy import reference_data_0002 as data


def load(apps, schema_editor):
    CareModel = apps.get_model("taxonomy", "CareModel")
    SupportArea = apps.get_model("taxonomy", "SupportArea")
    Region = apps.get_model("taxonomy", "Region")
    Vanguard = apps.get_model("taxonomy", "Vanguard")

    care_models = {}
    for order, row in enumerate(data.CARE_MODELS):
        care_models[row["slug"]], _ = CareModel.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "name": row["name"],
                "short_name": row["short_name"],
                "summary": row["summary"],
                "description": row["description"],
                "sort_order": order,
            },
        )
    for order, row in enumerate(data.SUPPORT_AREAS):
        SupportArea.objects.update_or_create(
            slug=row["slug"],
            defaults={"name": row["name"], "description": row["description"], "sort_order": order},
        )
    regions = {}
    for order, row in enumerate(data.REGIONS):
        regions[row["slug"]], _ = Region.objects.update_or_create(
            slug=row["slug"], defaults={"name": row["name"], "sort_order": order}
        )
    for row in data.VANGUARDS:
        Vanguard.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "number": row["number"],
                "name": row["name"],
                "care_model": care_models[row["care_model"]],
                "region": regions[row["region"]],
                "place": row.get("place", ""),
                "summary": row["summary"],
                "partners": "\n".join(row.get("partners", [])),
                "population": row.get("population"),
                "website": row.get("website") or "",
                "what_is_changing": row.get("what_is_changing", ""),
            },
        )


def unload(apps, schema_editor):
    for name in ("Vanguard", "Region", "SupportArea", "CareModel"):
        apps.get_model("taxonomy", name).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
