"""Demo case studies (casestudies/demo_content.py), published through Wagtail's own publish path
so they reach the search index like any editor's work."""

import datetime
from decimal import Decimal

from accounts.models import User
from taxonomy.models import CareModel, OutcomeCategory, Region, SupportArea, Vanguard

from .demo_content import CASE_STUDIES
from .models import (
    CaseStudyAdoption,
    CaseStudyIndexPage,
    CaseStudyOutcome,
    CaseStudyPage,
    CaseStudyPartner,
)


def load(command):
    index = CaseStudyIndexPage.objects.first()
    if index is None:
        return
    # Written by the demo contributor, published by the demo editor, as the workflow intends.
    owner = User.objects.filter(email="contributor@demo.nhs.uk").first()
    editor = User.objects.filter(email="editor@demo.nhs.uk").first()
    existing = set(CaseStudyPage.objects.values_list("slug", flat=True))
    for spec in CASE_STUDIES:
        if spec["slug"] in existing:
            continue
        page = build(spec, owner)
        index.add_child(instance=page)
        page.save_revision(user=owner).publish(user=editor)
        command.created(f"case study “{spec['title']}”")


def build(spec, owner=None):
    vanguards = {v.slug: v for v in Vanguard.objects.all()}
    page = CaseStudyPage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        lead_vanguard=vanguards[spec["lead_vanguard"]],
        region=Region.objects.filter(slug=spec.get("region")).first(),
        problem=spec["problem"],
        what_was_done=list(spec["what_was_done"]),
        evaluation_method=spec.get("evaluation_method", ""),
        evidence_level=spec["evidence_level"],
        costs=spec.get("costs", ""),
        advice=spec.get("advice", ""),
        contact_name=spec.get("contact", {}).get("name", ""),
        contact_role=spec.get("contact", {}).get("role", ""),
        contact_email=spec.get("contact", {}).get("email", ""),
        first_published=_date(spec.get("first_published")),
        last_reviewed=_date(spec.get("last_reviewed")),
        next_review=_date(spec.get("next_review")),
        owner=owner,
    )
    page.care_models = list(CareModel.objects.filter(slug__in=spec["care_models"]))
    page.support_areas = list(SupportArea.objects.filter(slug__in=spec["support_areas"]))
    page.tags.add(*spec.get("tags", []))
    page.partners = [CaseStudyPartner(name=name) for name in spec.get("partners", [])]
    categories = {c.slug: c for c in OutcomeCategory.objects.all()}
    page.outcomes = [
        CaseStudyOutcome(
            category=categories.get(row.get("category") or ""),
            measure=row["measure"],
            population=row.get("population", ""),
            baseline=_decimal(row.get("baseline")),
            result=_decimal(row.get("result")),
            change=_decimal(row.get("change")),
            unit=row.get("unit", ""),
            period=row.get("period", ""),
            better=row.get("better", ""),
            comparison_group=row.get("comparison_group", ""),
            comparison_figure=_decimal(row.get("comparison_figure")),
            context=row.get("context", ""),
            source=row.get("source", ""),
            source_url=row.get("source_url", ""),
        )
        for row in spec.get("outcomes", [])
    ]
    page.adoptions = [
        CaseStudyAdoption(
            vanguard=vanguards.get(row.get("vanguard") or ""),
            organisation=row.get("organisation", ""),
            when=row.get("when", ""),
        )
        for row in spec.get("spread", [])
    ]
    return page


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _decimal(value):
    return None if value is None else Decimal(str(value))
