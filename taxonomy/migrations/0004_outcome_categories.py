"""The controlled list of outcome categories case study outcomes are filed under."""

from django.db import migrations

# (slug, name, lower is better, what belongs here). Frozen: later changes arrive as migrations.
CATEGORIES = [
    (
        "emergency-admissions",
        "Emergency admissions",
        True,
        "Unplanned admissions to hospital, of everyone or of a group such as care home residents.",
    ),
    (
        "a-and-e-attendances",
        "A&E attendances",
        True,
        "Visits to accident and emergency departments and urgent treatment centres.",
    ),
    ("length-of-stay", "Length of stay", True, "How long patients stay in hospital."),
    ("bed-days", "Bed days", True, "Total hospital bed days, emergency or elective."),
    (
        "delayed-transfers-of-care",
        "Delayed transfers of care",
        True,
        "Patients kept in hospital after they are ready to leave.",
    ),
    ("readmissions", "Readmissions", True, "Patients admitted again soon after leaving hospital."),
    (
        "ambulance-conveyances",
        "Ambulance call-outs and conveyances",
        True,
        "Ambulances called out, and patients taken to hospital by ambulance.",
    ),
    (
        "patient-experience",
        "Patient experience",
        False,
        "What patients and carers say about their care, from surveys and feedback.",
    ),
    (
        "health-and-wellbeing",
        "Health and wellbeing",
        False,
        "Health outcomes, quality of life and independence of the people served.",
    ),
    (
        "staff-experience",
        "Staff experience",
        False,
        "Job satisfaction, recruitment, retention and sickness of staff.",
    ),
    ("costs", "Costs and savings", True, "Money spent or saved; say which in the row."),
    (
        "implementation-and-spread",
        "Implementation and spread",
        False,
        "How far the practice was put in place, continued or taken up elsewhere.",
    ),
]


def load(apps, schema_editor):
    OutcomeCategory = apps.get_model("taxonomy", "OutcomeCategory")
    for order, (slug, name, lower_is_better, description) in enumerate(CATEGORIES):
        OutcomeCategory.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "lower_is_better": lower_is_better,
                "description": description,
                "sort_order": order,
            },
        )


def unload(apps, schema_editor):
    apps.get_model("taxonomy", "OutcomeCategory").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0003_outcome_category")]

    operations = [migrations.RunPython(load, unload)]
