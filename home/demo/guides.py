"""Demo learning guides from demo/guides/*.md, published through Wagtail's own publish path so
they reach the search index like any editor's work. Each `# Title {#slug}` is a chapter."""

from accounts.models import User
from casestudies.models import CaseStudyPage
from learning_guides.models import (
    LearningGuideChapter,
    LearningGuideIndexPage,
    LearningGuidePage,
    LearningGuideRelatedCaseStudy,
    LearningGuideResource,
)
from taxonomy.models import CareModel, SupportArea

from . import media
from .files import files, read
from .paths import demo_dir


def specs():
    return [read(path) for path in files(demo_dir("guides"))]


def chapters(demo_file):
    """[(slug, title, section)] of a guide file; every chapter heading carries its slug."""
    return [
        (demo_file.anchor(section), section.heading, section) for section in demo_file.sections()
    ]


def load(command):
    index = LearningGuideIndexPage.objects.first()
    if index is None:
        return
    # Written by the demo contributor, published by the demo editor, as the workflow intends.
    owner = User.objects.filter(email="contributor@demo.nhs.uk").first()
    editor = User.objects.filter(email="editor@demo.nhs.uk").first()
    existing = set(LearningGuidePage.objects.values_list("slug", flat=True))
    case_studies = dict(CaseStudyPage.objects.values_list("slug", "pk"))
    for demo_file in specs():
        if demo_file.meta["slug"] in existing:
            continue
        page = build(demo_file, case_studies, owner)
        index.add_child(instance=page)
        page.save_revision(user=owner).publish(user=editor)
        command.created(f"learning guide “{page.title}”")


def build(demo_file, case_studies, owner=None):
    """An unsaved guide from a demo file; related case studies not loaded yet are left out."""
    meta = demo_file.meta
    page = LearningGuidePage(
        title=meta["title"],
        slug=meta["slug"],
        summary=meta["summary"],
        audience=meta["audience"],
        first_published=meta.get("first_published"),
        last_reviewed=meta.get("last_reviewed"),
        next_review=meta.get("next_review"),
        owner=owner,
    )
    page.care_models = list(CareModel.objects.filter(slug__in=meta["care_models"]))
    page.support_areas = list(SupportArea.objects.filter(slug__in=meta["support_areas"]))
    page.tags.add(*meta.get("tags", []))
    blocks = set(LearningGuideChapter._meta.get_field("body").stream_block.child_blocks) - {"text"}
    page.chapters = [
        LearningGuideChapter(
            title=title,
            slug=slug,
            body=demo_file.stream(section, image=media.image, allowed=blocks),
        )
        for slug, title, section in chapters(demo_file)
    ]
    page.related_case_study_links = [
        LearningGuideRelatedCaseStudy(case_study_id=case_studies[slug])
        for slug in meta.get("related_case_studies", [])
        if slug in case_studies
    ]
    page.resources = [
        LearningGuideResource(document=media.document(row["file"], row["title"]), title="")
        for row in meta.get("documents", [])
    ]
    return page
