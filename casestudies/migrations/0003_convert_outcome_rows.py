"""Turn outcome rows written before outcomes were structured into structured ones.

Rows used to put a change-only figure in `result` with no baseline, which read as "Before –,
After −1.4%", and kept the comparison in their notes. For each row this:
- files it under a category when what was measured names one unambiguously;
- moves a figure given without a baseline into `change` when the row speaks of a change
  (growth, fall, rise, reduction…), leaving real single figures (such as "94%") alone;
- reads a rest-of-England or non-vanguard comparison figure out of the notes when they state
  one in so many words.
The notes are kept as they were. Rows it cannot file stay without a category: editors are asked
for one the next time they save the page. Conservative by design; the rules are frozen here.
"""

import re
from decimal import Decimal

from django.db import migrations

CATEGORY_WORDS = [
    ("emergency-admissions", r"emergency admission"),
    ("a-and-e-attendances", r"\ba&e\b|accident and emergency|emergency department attendance"),
    ("length-of-stay", r"length of (?:hospital )?stay|hospital stay"),
    ("bed-days", r"bed days?"),
    ("delayed-transfers-of-care", r"delayed (?:transfer|discharge)"),
    ("readmissions", r"readmission"),
    ("ambulance-conveyances", r"ambulance|conveyance"),
    ("staff-experience", r"\bstaff\b|job satisfaction"),
    ("patient-experience", r"patient (?:experience|satisfaction)"),
    ("costs", r"\bcosts?\b|\bsavings?\b"),
    (
        "implementation-and-spread",
        r"adoption|taken up|intending to continue|extend their model|in operation|in use\b",
    ),
]
CHANGE_WORDS = re.compile(r"growth|change|\bfall\b|\bfell\b|\brise\b|\brose\b|reduc|increas|drop")
NUMBER = r"(\d+(?:\.\d+)?)%"
COMPARISONS = [
    # "compared with 6.3% in the rest of England", "compared with 5.7% across the rest of England"
    (re.compile(r"compared with " + NUMBER + r" (?:in|across) the rest of England", re.I), "rise"),
    # "admissions in the rest of England rose by 6.7%", "admissions rose by 6.7% in the rest…"
    (re.compile(r"rest of England (rose|fell) by " + NUMBER, re.I), None),
    (re.compile(r"(rose|fell) by " + NUMBER + r" in the rest of England", re.I), None),
]
NON_VANGUARD = re.compile(r"non-vanguard areas (rose|fell)[a-z ]*\(" + NUMBER + r"\)", re.I)


def category_for(measure):
    text = (measure or "").lower()
    matches = [slug for slug, pattern in CATEGORY_WORDS if re.search(pattern, text)]
    return matches[0] if len(matches) == 1 else None


def comparison_in(notes):
    """(group, figure) the notes state for the rest of England or non-vanguard areas, or None."""
    text = notes or ""
    for pattern, direction in COMPARISONS:
        found = pattern.search(text)
        if found:
            groups = found.groups()
            verb = direction or groups[0]
            figure = Decimal(groups[-1])
            return "rest of England", -figure if verb in ("fell", "fall") else figure
    found = NON_VANGUARD.search(text)
    if found:
        figure = Decimal(found.group(2))
        return "non-vanguard areas", -figure if found.group(1) == "fell" else figure
    return None


def convert(row):
    """{field: new value} for one row's values (a dict of the old fields)."""
    changes = {"category": category_for(row["measure"])}
    speaks_of_change = CHANGE_WORDS.search(f"{row['measure']} {row['context']}".lower())
    if row["baseline"] is None and row["result"] is not None and speaks_of_change:
        changes.update(change=row["result"], result=None)
        if (row["unit"] or "").strip() == "%":
            comparison = comparison_in(row["context"])
            if comparison:
                changes.update(comparison_group=comparison[0], comparison_figure=comparison[1])
    return changes


def forwards(apps, schema_editor):
    Outcome = apps.get_model("casestudies", "CaseStudyOutcome")
    Category = apps.get_model("taxonomy", "OutcomeCategory")
    categories = {c.slug: c for c in Category.objects.all()}
    for outcome in Outcome.objects.filter(category__isnull=True, change__isnull=True):
        values = {
            name: getattr(outcome, name)
            for name in ("measure", "baseline", "result", "unit", "context")
        }
        changes = convert(values)
        outcome.category = categories.get(changes.pop("category") or "")
        for name, value in changes.items():
            setattr(outcome, name, value)
        outcome.save()


def backwards(apps, schema_editor):
    Outcome = apps.get_model("casestudies", "CaseStudyOutcome")
    for outcome in Outcome.objects.filter(change__isnull=False, baseline__isnull=True):
        outcome.result, outcome.change = outcome.change, None
        outcome.save(update_fields=["result", "change"])


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0002_structured_outcomes"),
        ("taxonomy", "0004_outcome_categories"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
