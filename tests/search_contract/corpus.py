"""The contract corpus and the reference answers every backend must give."""

import itertools
from collections import Counter
from datetime import UTC, datetime, timedelta

from search.documents import KnowledgeDocument
from search.facets import FACETS

EHCH = "enhanced-health-in-care-homes"
UEC = "urgent-and-emergency-care"
PACS = "integrated-primary-acute-care-systems"
MCP = "multispecialty-community-providers"
WORKFORCE = "workforce-redesign"
TECH = "harnessing-technology"
METRICS = "evaluation-and-metrics"
SUTTON = "sutton-homes-of-care"
WIRRAL = "wirral-partners"
C1, C2 = "community:1", "community:2"

_when = itertools.count()


def doc(doc_id, title, *, body="", summary="", type="case_study", year=2019, **fields):
    # Every document gets its own minute, so "newest" has no ties to break differently.
    published = datetime(year, 6, 1, 12, 0, tzinfo=UTC) + timedelta(minutes=next(_when))
    visibility = fields.pop("visibility", "public")
    community = visibility.split(":", 1)[1] if visibility.startswith("community:") else ""
    return KnowledgeDocument(
        doc_id=doc_id,
        type=type,
        title=title,
        url=f"/{type}/{doc_id}/",
        published_at=published,
        updated_at=published,
        summary=summary,
        body=body,
        visibility=visibility,
        community=community,
        **fields,
    )


def build_corpus():
    """Small, hand-made and covering every facet, synonym, ranking and visibility case."""
    return [
        doc(
            "cs-sutton",
            "Enhanced health in care homes in Sutton",
            summary="Care home residents got one team.",
            body="A multidisciplinary team visited each care home every week.",
            care_models=[EHCH],
            support_areas=[WORKFORCE],
            vanguards=[SUTTON],
            regions=["london"],
            tags=["falls"],
            evidence_level="reported",
            year=2017,
        ),
        doc(
            "cs-falls",
            "Falls prevention for care home residents",
            body="Sensors and a falls clinic reduced injuries among frail residents.",
            care_models=[EHCH],
            support_areas=[TECH],
            vanguards=[WIRRAL],
            regions=["north-west"],
            tags=["falls", "frailty"],
            evidence_level="monitored",
            year=2018,
        ),
        doc(
            "cs-streaming",
            "Streaming at the front door",
            body="Patients arriving at the emergency department were streamed by a nurse.",
            care_models=[UEC],
            support_areas=[WORKFORCE],
            regions=["london"],
            evidence_level="before_after",
            year=2019,
        ),
        doc(
            "cs-scale",
            "Primary care at scale",
            body="Eleven general practice teams came together to share staff.",
            care_models=[PACS],
            support_areas=[WORKFORCE, METRICS],
            vanguards=[WIRRAL],
            regions=["north-west"],
            evidence_level="controlled",
            year=2016,
        ),
        doc(
            "cs-mdt",
            "Weekly MDT meetings",
            body="The MDT met weekly to review people living with frailty.",
            care_models=[MCP],
            support_areas=[TECH],
            regions=["london"],
            tags=["frailty"],
            evidence_level="reported",
            year=2020,
        ),
        doc(
            "lg-evaluate",
            "Evaluating new care models",
            type="learning_guide",
            body="How to choose metrics and compare areas.",
            care_models=[PACS, MCP],
            support_areas=[METRICS],
            year=2019,
        ),
        doc(
            "lg-workforce",
            "Redesigning the workforce",
            type="learning_guide",
            body="Roles, rotas and training for new models of care.",
            care_models=[EHCH, UEC],
            support_areas=[WORKFORCE],
            year=2021,
        ),
        # Ranking: the phrase in a title beats the phrase in a body.
        doc(
            "rank-title",
            "Hospital discharge",
            body="Notes on planning ahead with families.",
            care_models=[UEC],
            year=2019,
        ),
        doc(
            "rank-body",
            "Planning for winter",
            body="Notes on hospital discharge ahead with families.",
            care_models=[UEC],
            year=2019,
        ),
        # Ranking: the exact phrase beats the same words apart.
        doc(
            "phrase-exact",
            "Admissions avoided",
            body="The virtual ward model reduced admissions this year.",
            year=2019,
        ),
        doc(
            "phrase-apart",
            "Admissions reduced",
            body="The ward team used a virtual model and reduced admissions.",
            year=2019,
        ),
        # Ranking: identical but for the date; the newer one first.
        doc(
            "recent-old",
            "Social prescribing link workers",
            body="Link workers connected people to local groups.",
            year=2015,
        ),
        doc(
            "recent-new",
            "Social prescribing link workers",
            body="Link workers connected people to local groups.",
            year=2023,
        ),
        # Highlight safety: markup in content is text, never HTML.
        doc(
            "xss",
            "Audit <b>zebrafish</b> & friends",
            body="Beware <script>alert(1)</script> in the zebrafish audit of wards.",
            tags=["frailty"],
            year=2022,
        ),
        # Visibility: community 1 (readers who belong to it) and community 2 (never here).
        doc(
            "topic-c1",
            "Frailty huddles in care homes",
            type="topic",
            body="Members of community one discuss frailty huddles.",
            care_models=[EHCH],
            tags=["frailty"],
            year=2022,
            visibility=C1,
        ),
        doc(
            "topic-c2",
            "Zebracorn frailty secrets",
            type="topic",
            body="Only community two may read about the zebracorn frailty plan.",
            summary="Zebracorn summary",
            care_models=[EHCH, PACS],
            support_areas=[TECH],
            regions=["london"],
            tags=["frailty", "zebracorn"],
            year=2024,
            visibility=C2,
        ),
        doc(
            "guide-c2",
            "Zebracorn guide to care home staffing",
            type="learning_guide",
            body="A private guide about care home staffing and the zebracorn rota.",
            care_models=[EHCH],
            support_areas=[WORKFORCE],
            year=2024,
            visibility=C2,
        ),
    ]


# -- the reference answers ---------------------------------------------------------------


FACET_NAMES = [f.name for f in FACETS]


def expected(corpus, visibility, filters, matching=None):
    """(ids, total, facet counts) by the contract's rules: OR within a filter, AND across, each
    facet counted with the other filters applied; only what `visibility` may see."""

    def passes(document, skip=None):
        values = document.facet_values()
        return all(
            any(v in values[facet] for v in selected)
            for facet, selected in filters.items()
            if facet != skip
        )

    pool = [
        d
        for d in corpus
        if d.visibility in visibility and (matching is None or d.doc_id in matching)
    ]
    hits = {d.doc_id for d in pool if passes(d)}
    counts = {}
    for facet in FACET_NAMES:
        counter = Counter()
        for document in pool:
            if passes(document, skip=facet):
                counter.update(set(document.facet_values()[facet]))
        counts[facet] = dict(counter)
    return hits, len(hits), counts


def facet_counts(results):
    return {
        facet.name: {o.value: o.count for o in facet.options if o.count} for facet in results.facets
    }
