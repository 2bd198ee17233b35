"""Outcomes across the programme: for each outcome category and care model, how many published
case studies report it and the spread of the changes they report, with their evidence levels.

Built from live, public case studies only, and cached until the next publish (core.structure).
"""

import math
from dataclasses import dataclass, field

from core import structure
from taxonomy.snapshot import get_taxonomy

from . import outcomes
from .evidence import EvidenceLevel

# Evidence levels where someone compared the figures with something: drawn as filled points.
EVALUATED = {EvidenceLevel.BEFORE_AFTER, EvidenceLevel.CONTROLLED, EvidenceLevel.INDEPENDENT}
# Vertical offsets (px from the middle) for points that would sit on top of each other.
LANES = (0, -11, 11, -5, 5)


@dataclass
class Point:
    title: str
    url: str
    summary: str
    percent: float | None
    evidence: str
    evidence_label: str
    result_phrase: str
    measured_result: str
    x: str = ""
    y: int = 20

    @property
    def evaluated(self):
        return self.evidence in EVALUATED

    @property
    def figure(self):
        return "–" if self.percent is None else outcomes.signed(round(self.percent, 1), "%")


@dataclass
class CareModelSpread:
    care_model: object
    points: list
    case_studies: int = 0

    @property
    def plotted(self):
        return [p for p in self.points if p.percent is not None]

    @property
    def range_text(self):
        values = [p.percent for p in self.plotted]
        if not values:
            return "No percentage changes reported"
        low, high = min(values), max(values)
        if math.isclose(low, high):
            return f"All {outcomes.signed(round(low, 1), '%')}"
        return f"{outcomes.signed(round(low, 1), '%')} to {outcomes.signed(round(high, 1), '%')}"


@dataclass
class CategorySpread:
    category: object
    rows: list
    case_studies: int
    ticks: list = field(default_factory=list)  # [(x, label)]
    zero: str = ""

    @property
    def has_chart(self):
        return any(row.plotted for row in self.rows)


def programme_outcomes():
    """[CategorySpread] for every category some live public case study reports, cached."""
    return structure.cached("casestudies:programme-outcomes:v1", _build)


def _build():
    from .models import CaseStudyOutcome, CaseStudyPage

    taxonomy = get_taxonomy()
    pages = {
        page.pk: page
        for page in CaseStudyPage.objects.live().public().defer_streamfields().order_by("title")
    }
    links = CaseStudyPage.care_models.through.objects.filter(casestudypage_id__in=list(pages))
    care_models_of = {}
    for link in links:
        care_models_of.setdefault(link.casestudypage_id, set()).add(link.caremodel_id)
    rows = (
        CaseStudyOutcome.objects.filter(page_id__in=list(pages), category__isnull=False)
        .select_related("category")
        .order_by("page_id", "sort_order")
    )
    evidence_labels = dict(EvidenceLevel.choices)
    by_category = {}
    for row in rows:
        page = pages[row.page_id]
        point = Point(
            title=page.title,
            url=page.get_url() or page.url_path,
            summary=outcomes.summary(row),
            percent=outcomes.percent_change(row),
            evidence=page.evidence_level,
            evidence_label=evidence_labels.get(page.evidence_level, ""),
            result_phrase=outcomes.result_phrase(row),
            measured_result=str(outcomes.measured_result(row)),
        )
        for care_model_id in care_models_of.get(page.pk, ()):
            cell = by_category.setdefault(row.category_id, {}).setdefault(care_model_id, {})
            cell.setdefault(page.pk, []).append(point)

    spreads = []
    for category in taxonomy.outcome_categories:
        cells = by_category.get(category.pk)
        if not cells:
            continue
        spread_rows = [
            CareModelSpread(
                care_model=care_model,
                points=[p for points in cells[care_model.pk].values() for p in points],
                case_studies=len(cells[care_model.pk]),
            )
            for care_model in taxonomy.care_models
            if care_model.pk in cells
        ]
        studies = {pk for cell in cells.values() for pk in cell}
        spread = CategorySpread(category, spread_rows, len(studies))
        _place(spread)
        spreads.append(spread)
    return spreads


def _place(spread):
    """Put each point with a percentage on a shared axis that includes zero."""
    values = [p.percent for row in spread.rows for p in row.plotted]
    if not values:
        return
    low, high = min(0.0, *values), max(0.0, *values)
    step = _nice_step((high - low) or 1.0)
    low, high = math.floor(low / step) * step, math.ceil(high / step) * step
    if high - low < step:
        high = low + step
    span = high - low

    def x(value):
        # Kept 2% inside the edges so a point is never cut in half.
        return f"{2 + (value - low) / span * 96:.2f}"

    spread.zero = x(0.0)
    count = round(span / step)
    spread.ticks = [
        (x(low + i * step), outcomes.signed(round(low + i * step, 2), "%"))
        for i in range(count + 1)
    ]
    for row in spread.rows:
        taken = {}
        for point in row.plotted:
            point.x = x(point.percent)
            key = round(float(point.x) / 3)  # points within ~3% of the width collide
            lane = taken.get(key, 0)
            taken[key] = lane + 1
            point.y = 20 + LANES[lane % len(LANES)]


def _nice_step(span):
    """A round step giving about four intervals: 1, 2 or 5 times a power of ten."""
    raw = span / 4
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power
