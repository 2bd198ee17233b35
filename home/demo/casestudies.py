"""Demo case studies from demo/case-studies/*.md, published through Wagtail's own publish path
so they reach the search index like any editor's work."""

from decimal import Decimal

from accounts.models import User
from casestudies.models import (
    CaseStudyAdoption,
    CaseStudyDocument,
    CaseStudyIndexPage,
    CaseStudyOutcome,
    CaseStudyPage,
    CaseStudyPartner,
)
from taxonomy.models import CareModel, OutcomeCategory, Region, SupportArea, Vanguard

from . import media
from .files import DemoFileError, files, read
from .paths import demo_dir

# `# Heading` in a case study file: the field it fills.
SECTIONS = {
    "Problem": "problem",
    "What was done": "what_was_done",
    "Evaluation method": "evaluation_method",
    "Costs": "costs",
    "Advice": "advice",
}


def specs():
    return [read(path) for path in files(demo_dir("case-studies"))]


def load(command):
    index = CaseStudyIndexPage.objects.first()
    if index is None:
        return
    # Written by the demo contributor, published by the demo editor, as the workflow intends.
    owner = User.objects.filter(email="contributor@demo.nhs.uk").first()
    editor = User.objects.filter(email="editor@demo.nhs.uk").first()
    existing = set(CaseStudyPage.objects.values_list("slug", flat=True))
    for demo_file in specs():
        if demo_file.meta["slug"] in existing:
            continue
        page = build(demo_file, owner)
        index.add_child(instance=page)
        page.save_revision(user=owner).publish(user=editor)
        command.created(f"case study “{page.title}”")


def build(demo_file, owner=None):
    """An unsaved case study from a demo file."""
    meta = demo_file.meta
    sections = demo_file.named_sections(SECTIONS)
    if "what_was_done" not in sections:
        raise DemoFileError(f"{demo_file.path}: a case study needs `# What was done`")

    def rich_text(field):
        section = sections.get(field)
        return demo_file.rich_text(section) if section else ""

    vanguards = {v.slug: v for v in Vanguard.objects.all()}
    contact = meta.get("contact", {})
    page = CaseStudyPage(
        title=meta["title"],
        slug=meta["slug"],
        summary=meta["summary"],
        lead_vanguard=vanguards[meta["lead_vanguard"]],
        region=Region.objects.filter(slug=meta.get("region")).first(),
        problem=rich_text("problem"),
        what_was_done=demo_file.stream(
            sections["what_was_done"], image=media.image, allowed=_block_names("what_was_done")
        ),
        evaluation_method=rich_text("evaluation_method"),
        evidence_level=meta["evidence_level"],
        costs=rich_text("costs"),
        advice=rich_text("advice"),
        contact_name=contact.get("name", ""),
        contact_role=contact.get("role", ""),
        contact_email=contact.get("email", ""),
        first_published=meta.get("first_published"),
        last_reviewed=meta.get("last_reviewed"),
        next_review=meta.get("next_review"),
        owner=owner,
    )
    page.care_models = list(CareModel.objects.filter(slug__in=meta["care_models"]))
    page.support_areas = list(SupportArea.objects.filter(slug__in=meta["support_areas"]))
    page.tags.add(*meta.get("tags", []))
    page.partners = [CaseStudyPartner(name=name) for name in meta.get("partners", [])]
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
        for row in meta.get("outcomes", [])
    ]
    page.adoptions = [
        CaseStudyAdoption(
            vanguard=vanguards.get(row.get("vanguard") or ""),
            organisation=row.get("organisation", ""),
            when=row.get("when", ""),
        )
        for row in meta.get("spread", [])
    ]
    page.documents = [
        CaseStudyDocument(document=media.document(row["file"], row["title"]), title="")
        for row in meta.get("documents", [])
    ]
    return page


def _block_names(field):
    """The StreamField's own blocks, but text (which is the Markdown around them)."""
    return set(CaseStudyPage._meta.get_field(field).stream_block.child_blocks) - {"text"}


def _decimal(value):
    return None if value is None else Decimal(str(value))
