"""The filters the knowledge search offers, their labels and which values are valid."""

import re
from dataclasses import dataclass

from django.core.cache import cache
from taggit.models import Tag

from casestudies.evidence import EvidenceLevel
from taxonomy.models import OutcomeResult
from taxonomy.snapshot import get_taxonomy

from .documents import TYPE_LABELS

_YEAR = re.compile(r"^(19|20|21)\d\d$")


@dataclass(frozen=True)
class FacetSpec:
    name: str
    label: str
    # Options with labels in display order; None means options come from the counts.
    fixed_options: object = None

    def options(self):
        return self.fixed_options() if self.fixed_options else None

    def is_valid(self, value):
        fixed = self.options()
        if fixed is not None:
            return value in dict(fixed)
        if self.name == "year":
            return bool(_YEAR.match(value))
        if self.name == "tag":
            return value in known_tags()
        return False

    def label_for(self, value):
        fixed = self.options()
        if fixed is not None:
            return dict(fixed).get(value, value)
        return value


def _taxonomy_options(attribute):
    def options():
        return [(item.slug, item.name) for item in getattr(get_taxonomy(), attribute)]

    return options


FACETS = [
    FacetSpec("type", "Type", lambda: list(TYPE_LABELS.items())),
    FacetSpec("care_model", "Care model", _taxonomy_options("care_models")),
    FacetSpec("support_area", "Support area", _taxonomy_options("support_areas")),
    FacetSpec("region", "Region", _taxonomy_options("regions")),
    FacetSpec("vanguard", "Vanguard", _taxonomy_options("vanguards")),
    FacetSpec("evidence", "Evidence level", lambda: list(EvidenceLevel.choices)),
    FacetSpec("outcome", "Outcome measured", _taxonomy_options("outcome_categories")),
    FacetSpec("result", "Measured result", lambda: list(OutcomeResult.choices)),
    FacetSpec("tag", "Tag"),
    FacetSpec("year", "Year published"),
]
FACETS_BY_NAME = {facet.name: facet for facet in FACETS}


def known_tags():
    """Lower-cased tag names in use (documents store tags lower-cased), cached briefly."""
    tags = cache.get("search:known-tags")
    if tags is None:
        tags = frozenset(name.lower() for name in Tag.objects.values_list("name", flat=True))
        cache.set("search:known-tags", tags, 300)
    return tags
