"""The filters the knowledge search offers, their labels and which values are valid."""

import re
from dataclasses import dataclass

from taxonomy.models import OutcomeResult
from taxonomy.snapshot import get_taxonomy

from .documents import PUBLIC, TYPE_LABELS
from .registry import facet_options

# ASCII digits only ("\d" would take "٢٠٢٣"); search.api publishes the same pattern.
YEAR_PATTERN = "^(19|20|21)[0-9]{2}$"
_YEAR = re.compile(YEAR_PATTERN, re.ASCII)


@dataclass(frozen=True)
class FacetSpec:
    name: str
    label: str
    # Options with labels in display order; None means options come from the counts.
    fixed_options: object = None

    def options(self):
        return self.fixed_options() if self.fixed_options else None

    def is_valid(self, value, visibility=(PUBLIC,)):
        """Whether `value` may be chosen by a reader with `visibility`.

        The answer never depends on content the reader cannot see, or it would tell them that
        content exists: fixed options are public reference data (the taxonomy, types, evidence
        levels), years are checked by their form only, and a tag is known only when a document
        the reader may see carries it. A tag found only on private topics answers exactly as a
        tag nobody ever used.
        """
        fixed = self.options()
        if fixed is not None:
            return value in dict(fixed)
        if self.name == "year":
            return bool(_YEAR.fullmatch(value))
        if self.name == "tag":
            return is_visible_value("tag", value, visibility)
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
    # Its values and labels come from the content app that defines them (casestudies.apps).
    FacetSpec("evidence", "Evidence level", lambda: facet_options("evidence")),
    FacetSpec("outcome", "Outcome measured", _taxonomy_options("outcome_categories")),
    FacetSpec("result", "Measured result", lambda: list(OutcomeResult.choices)),
    FacetSpec("tag", "Tag"),
    FacetSpec("year", "Year published"),
]
FACETS_BY_NAME = {facet.name: facet for facet in FACETS}


def is_visible_value(facet, value, visibility):
    """Whether any document visible with `visibility` has `value` for `facet`: from the
    database index's in-memory bitmaps (search.bitmaps), current to the last committed write
    whichever engine answers searches."""
    from . import bitmaps

    snapshot = bitmaps.current()
    return bool(snapshot.values.get(facet, {}).get(value, 0) & snapshot.visible(visibility))
