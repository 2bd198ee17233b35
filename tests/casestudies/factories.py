"""Build published case studies for tests (through Wagtail's own publish, so indexing runs)."""

import datetime
import itertools

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from taxonomy.models import CareModel, SupportArea, Vanguard

_counter = itertools.count(1)


def case_study_index(site_tree):
    return CaseStudyIndexPage.objects.get()


def make_case_study(
    index,
    *,
    title=None,
    summary="A short summary of what was done.",
    lead="sutton-homes-of-care",
    care_models=("enhanced-health-in-care-homes",),
    support_areas=("workforce-redesign",),
    tags=(),
    problem="<p>Residents moved between care homes and hospital without their information.</p>",
    body="<p>Staff agreed one way of working.</p>",
    outcomes=(),
    evidence_level="reported",
    first_published=datetime.date(2017, 6, 1),
    next_review=None,
    publish=True,
    owner=None,
    **fields,
):
    n = next(_counter)
    page = CaseStudyPage(
        title=title or f"Case study {n}",
        slug=f"case-study-{n}",
        summary=summary,
        lead_vanguard=Vanguard.objects.get(slug=lead),
        problem=problem,
        what_was_done=[("text", body)],
        evidence_level=evidence_level,
        first_published=first_published,
        next_review=next_review,
        owner=owner,
        # Pages are live by default in Wagtail; only publishing should make one live.
        live=fields.pop("live", False),
        **fields,
    )
    page.care_models = list(CareModel.objects.filter(slug__in=care_models))
    page.support_areas = list(SupportArea.objects.filter(slug__in=support_areas))
    for tag in tags:
        page.tags.add(tag)
    for outcome in outcomes:
        page.outcomes.add(page.outcomes.model(**outcome))
    index.add_child(instance=page)
    revision = page.save_revision(user=owner)
    if publish:
        revision.publish()
    return CaseStudyPage.objects.get(pk=page.pk)
