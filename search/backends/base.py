"""What every search backend returns, and the request it answers."""

from dataclasses import dataclass, field


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
    # Whether any result has every word (best match lets documents with most of them in).
    complete: bool = True


@dataclass(frozen=True)
class Query:
    """A bounded, validated search for a backend: what to match, filter, sort and page."""

    parsed: object  # search.query.ParsedQuery
    filters: dict  # {facet: tuple(values)}: OR within, AND across
    visibility: tuple  # visibility values the reader may see; applied in the main query
    sort: str  # "relevance" | "newest" | "title"
    offset: int
    limit: int
    facets: tuple  # facet names to count
    facet_size: int = 200
