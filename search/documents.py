"""The plain documents every search backend indexes, built from models by one adapter per type."""

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime

TYPE_LABELS = {
    "case_study": "Case study",
    "learning_guide": "Learning guide",
    "topic": "Discussion",
}
PUBLIC = "public"

# Characters the backends use to mark highlights; never let them in from content.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text):
    return _CONTROL.sub(" ", text or "").strip()


# Outcome facets. A case study reports several outcomes, so "emergency admissions" and
# "improved" must be matched on the same outcome row when both are chosen: documents also carry
# every row's "<category>:<result>" pair, and backends match a selection of both through those.
OUTCOME = "outcome"
RESULT = "result"
OUTCOME_RESULT = "outcome_result"


def outcome_pair(category, result):
    return f"{category}:{result}"


def outcome_facets(rows):
    """{facet: [values]} of the outcome facets for outcome rows (KnowledgeDocument.outcomes)."""
    categories = [row.get("category") or "" for row in rows]
    results = [row.get("measured_result") or "" for row in rows]
    return {
        OUTCOME: sorted({c for c in categories if c}),
        RESULT: sorted({r for r in results if r}),
        OUTCOME_RESULT: sorted(
            {outcome_pair(c, r) for c, r in zip(categories, results, strict=True) if c and r}
        ),
    }


def improvements(rows):
    """{category: the largest improvement any row of that category reports}, for the sort."""
    best = {}
    for row in rows:
        category, value = row.get("category"), row.get("improvement")
        if category and value is not None:
            best[category] = max(value, best.get(category, value))
    return best


def community_visibility(community_id):
    return f"community:{community_id}"


@dataclass
class KnowledgeDocument:
    """One searchable item. Facet fields hold slugs (tags hold names); labels come from the
    taxonomy at display time, so renaming a care model needs no reindexing."""

    doc_id: str
    type: str
    title: str
    url: str
    published_at: datetime
    updated_at: datetime
    summary: str = ""
    body: str = ""
    care_models: list = field(default_factory=list)
    support_areas: list = field(default_factory=list)
    vanguards: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    evidence_level: str = ""
    community: str = ""
    visibility: str = PUBLIC
    # Measured outcomes (case studies): dicts as casestudies.outcomes.index_row makes them.
    outcomes: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def __post_init__(self):
        self.title = clean_text(self.title)
        self.summary = clean_text(self.summary)
        self.body = clean_text(self.body)
        self.tags = sorted({clean_text(tag).lower() for tag in self.tags if clean_text(tag)})

    @property
    def year(self):
        return str(self.published_at.year)

    @property
    def type_label(self):
        return TYPE_LABELS.get(self.type, self.type)

    def facet_values(self):
        """{facet name: [values]} for every facet the search filters on."""
        return {
            "type": [self.type],
            "care_model": list(self.care_models),
            "support_area": list(self.support_areas),
            "vanguard": list(self.vanguards),
            "region": list(self.regions),
            "evidence": [self.evidence_level] if self.evidence_level else [],
            "tag": list(self.tags),
            "year": [self.year],
            "community": [self.community] if self.community else [],
            **outcome_facets(self.outcomes),
        }

    @property
    def headline_outcome(self):
        """The first outcome row with figures (or None): what a listing shows."""
        figures = ("baseline", "result", "change")
        return next(
            (row for row in self.outcomes if any(row.get(k) is not None for k in figures)), None
        )

    def to_dict(self):
        data = asdict(self)
        data["published_at"] = self.published_at.isoformat()
        data["updated_at"] = self.updated_at.isoformat()
        return data

    @classmethod
    def from_dict(cls, data):
        data = dict(data)
        data["published_at"] = datetime.fromisoformat(data["published_at"])
        data["updated_at"] = datetime.fromisoformat(data["updated_at"])
        return cls(**data)
