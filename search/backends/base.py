"""What every search backend returns, and the request it answers."""

from dataclasses import dataclass, field

from ..documents import OUTCOME, OUTCOME_RESULT, RESULT, outcome_pair


class BackendUnavailable(Exception):
    """The engine did not answer; the service falls back to the database backend."""


@dataclass
class RawHit:
    data: dict  # KnowledgeDocument.to_dict()
    score: float
    snippet: str  # engine text with START/STOP marks around matches; "" if none


@dataclass
class RawResults:
    hits: list
    total: int
    facets: dict = field(default_factory=dict)  # {facet: {value: count}}


@dataclass(frozen=True)
class Query:
    """A bounded, validated search for a backend: what to match, filter, sort and page."""

    parsed: object  # search.query.ParsedQuery
    filters: dict  # {facet: tuple(values)}: OR within, AND across
    visibility: tuple  # visibility values the reader may see; applied in the main query
    sort: str  # "relevance" | "newest" | "title" | "improvement" (within the one outcome chosen)
    offset: int
    limit: int
    facets: tuple  # facet names to count
    facet_size: int = 200


def outcome_selection(filters):
    """The `outcome_result` pairs to match when both outcome facets are chosen, else None.

    Choosing "Emergency admissions" and "Improved" means an emergency-admissions row that
    improved, not any improved row in a case study that also reports emergency admissions."""
    categories, results = filters.get(OUTCOME), filters.get(RESULT)
    if not (categories and results):
        return None
    return [outcome_pair(c, r) for c in categories for r in results]


def matched_filters(filters):
    """`filters` as documents must match them: both outcome facets become one selection of
    `outcome_result` pairs (see outcome_selection); everything else is unchanged."""
    pairs = outcome_selection(filters)
    if pairs is None:
        return {name: values for name, values in filters.items() if values}
    matched = {
        name: values for name, values in filters.items() if values and name not in (OUTCOME, RESULT)
    }
    matched[OUTCOME_RESULT] = tuple(pairs)
    return matched


def partner_selection(facet, filters):
    """For an outcome facet, the other outcome facet's chosen values (its counts are then per
    row, through the pairs); () for any other facet or when nothing else is chosen."""
    partner = {OUTCOME: RESULT, RESULT: OUTCOME}.get(facet)
    return tuple(filters.get(partner) or ()) if partner else ()


def pairs_for(facet, value, partner_values):
    """The `outcome_result` pairs of one option of an outcome facet given the other's choice."""
    if facet == OUTCOME:
        return [outcome_pair(value, other) for other in partner_values]
    return [outcome_pair(other, value) for other in partner_values]


def improvement_category(query):
    """The category the "improvement" sort ranks by (the service makes sure there is one)."""
    return (query.filters.get(OUTCOME) or ("",))[0]
