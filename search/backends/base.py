"""The one interface every search backend implements, and the request it answers.

The vocabulary, the same for the database backend (search.backends.database) and the engine
(search.backends.elasticsearch):

- `index(documents)`: add or replace KnowledgeDocuments;
- `delete(doc_ids)`: remove documents (unknown ids are not an error);
- `clear()`: remove every document;
- `search(query)`: answer a `Query` with `RawResults`;
- `status()`: what the backend says about its index, as plain data (never raises).

Around those, what search pages need from any backend: `autocomplete`, `related` ("more like
this"), `count` and `counts_by_type`. A backend receives everything it needs in its arguments
(the editors' weights and the outcome facets' options travel in the Query) and never imports the
code that calls it (search.service, search.indexing).

The selection rules every backend shares (outcome pairs, per-facet counting) live here too, so
each backend's query compiler applies the same ones.
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from ..documents import OUTCOME, OUTCOME_RESULT, RESULT, outcome_pair

# The deepest result a reader can page to, and the largest page: an engine's index must allow
# a window of both (max_result_window); the service refuses pages beyond it.
MAX_RESULT_WINDOW = 10_000
MAX_PER_PAGE = 50
# The "standing" value of a discussion with an accepted or helpful answer, and the key of its
# bonus among the editors' weights (search.ranking).
ANSWERED = "answered"


class BackendUnavailable(Exception):
    """The engine did not answer; the service falls back to the database backend."""


@dataclass
class RawHit:
    data: dict  # KnowledgeDocument.to_dict()
    score: float


@dataclass
class RawResults:
    hits: list
    total: int
    facets: dict = field(default_factory=dict)  # {facet: {value: count}}
    # Whether any result has every word (best match lets documents with most of them in).
    complete: bool = True


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
    # The editors' weights ({type or ANSWERED: factor}, search.ranking); missing means 1.0.
    weights: dict = field(default_factory=dict, hash=False)
    # {outcome facet: every value it offers}: an outcome facet counted row by row against the
    # other's choice (partner_selection) counts these options one by one.
    options: dict = field(default_factory=dict, hash=False)


class SearchBackend(ABC):
    """What the service, the indexing and the operators' commands may ask of any backend."""

    name = ""

    # -- the index -----------------------------------------------------------------------

    @abstractmethod
    def index(self, documents):
        """Add or replace `documents` (KnowledgeDocument, or its to_dict() form on engines)."""

    @abstractmethod
    def delete(self, doc_ids):
        """Remove the documents with these ids; ids not in the index are ignored."""

    @abstractmethod
    def clear(self):
        """Remove every document."""

    @abstractmethod
    def status(self):
        """{"available": bool, "documents": int or None, "types": {type: n}, "error": str, ...}
        as plain data; never raises."""

    # -- reading -------------------------------------------------------------------------

    @abstractmethod
    def search(self, query):
        """RawResults for a Query. Engines raise BackendUnavailable when they cannot answer."""

    @abstractmethod
    def autocomplete(self, prefix_words, visibility, limit=8):
        """[(title, url, type)] of visible titles with every word, the last one as a prefix."""

    @abstractmethod
    def related(self, doc_id, visibility, limit=4):
        """[KnowledgeDocument.to_dict()] of up to `limit` visible documents most like `doc_id`."""

    @abstractmethod
    def counts_by_type(self):
        """{type: number of documents}."""

    def count(self):
        return sum(self.counts_by_type().values())


# -- selection rules every backend applies alike ---------------------------------------------


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


def own_selections(facet):
    """The selections a facet's own counts ignore: its own, and for an outcome facet the pairs
    both outcome facets make together."""
    return {facet, OUTCOME_RESULT} if facet in (OUTCOME, RESULT) else {facet}


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
