"""The vanguard directory: filter the 50 vanguards by care model and region.

The fifty vanguards come from the cached taxonomy and are filtered in Python, so the page costs
no queries of its own whatever is selected, and each filter's counts honour the other filter.
"""

import string
import unicodedata

from core.filters import MAX_VALUE_LENGTH, build_filter
from taxonomy.snapshot import get_taxonomy


class VanguardDirectory:
    def __init__(self, querydict):
        self.query = querydict.get("q", "").strip()[:MAX_VALUE_LENGTH]
        taxonomy = get_taxonomy()
        care_models, regions = taxonomy.care_models, taxonomy.regions
        self.care_model = build_filter(
            querydict, "care_model", "Care model", ((c.slug, c.name) for c in care_models)
        )
        self.region = build_filter(
            querydict, "region", "Region", ((r.slug, r.name) for r in regions)
        )
        self.filters = [self.care_model, self.region]

        everything = [v for v in taxonomy.vanguards if self._matches_query(v)]
        by_care_model = [v for v in everything if self._in(self.region, v.region.slug)]
        by_region = [v for v in everything if self._in(self.care_model, v.care_model.slug)]
        self._count(self.care_model, (v.care_model.slug for v in by_care_model))
        self._count(self.region, (v.region.slug for v in by_region))
        self.vanguards = [v for v in by_region if self._in(self.region, v.region.slug)]
        self.total = len(taxonomy.vanguards)

    @property
    def count(self):
        return len(self.vanguards)

    @property
    def selected_count(self):
        return sum(len(f.selected) for f in self.filters)

    @property
    def groups(self):
        """The vanguards shown, by the first letter of their name: [(letter, [vanguard, ...])]."""
        groups = {}
        for vanguard in sorted(self.vanguards, key=lambda v: v.name.casefold()):
            groups.setdefault(_initial(vanguard.name), []).append(vanguard)
        return list(groups.items())

    @property
    def letters(self):
        """A to Z for the jump list: (letter, has vanguards shown)."""
        present = {letter for letter, _ in self.groups}
        return [(letter, letter in present) for letter in string.ascii_uppercase] + (
            [("#", True)] if "#" in present else []
        )

    @property
    def is_filtered(self):
        return bool(self.query or self.care_model.selected or self.region.selected)

    @property
    def unknown_values(self):
        return [(f.label, value) for f in self.filters for value in f.unknown]

    def _matches_query(self, vanguard):
        if not self.query:
            return True
        needle = self.query.casefold()
        return needle in vanguard.name.casefold() or needle in vanguard.place.casefold()

    @staticmethod
    def _in(filter_, value):
        return not filter_.selected or value in filter_.selected

    @staticmethod
    def _count(filter_, values):
        counts = {}
        for value in values:
            counts[value] = counts.get(value, 0) + 1
        for option in filter_.options:
            option.count = counts.get(option.value, 0)


def _initial(name):
    """A to Z letter of a name (accents dropped); "#" for names that start otherwise."""
    first = unicodedata.normalize("NFKD", name.strip()[:1]).encode("ascii", "ignore").decode()
    first = first.upper()
    return first if first in string.ascii_uppercase else "#"
