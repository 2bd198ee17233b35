"""The JSON search API (`/api/search/`) on django-ninja, and its OpenAPI document.

What the API reads and what it answers are pydantic schemas below; django-ninja validates requests
and answers against them and generates the OpenAPI document at `/api/search/openapi.json` from
them, so the document cannot drift from the code. The filters are the search's facets
(search.facets): a facet added there is a parameter here and in the document.

search.service stays the one judge of a search request, as for the search page and the listings.
It also knows what a schema cannot: parameters nobody offered, filter values the reader may not see
(a private tag answers as an unknown one), a sort that needs exactly one outcome. Whatever refuses
a request, the answer is the same 400 body, naming the first wrong parameter as the service does:
`{"error": {"parameter": ..., "message": ...}}`.
"""

from datetime import datetime
from functools import partial
from typing import Annotated, Literal

from django.urls import reverse
from django.views.decorators.http import require_GET
from ninja import Field, NinjaAPI, Query, Status
from ninja.errors import ValidationError
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PlainSerializer,
    StringConstraints,
    WithJsonSchema,
    create_model,
)

from core.pagination import PageNumberError
from core.requestparams import parse_whole_number
from taxonomy.models import OutcomeResult
from taxonomy.snapshot import get_taxonomy

from . import service
from .facets import FACETS, YEAR_PATTERN
from .query import MAX_QUERY_LENGTH
from .visibility import visibility_for

PAIRED = (
    " With both ‘outcome’ and ‘result’, a case study matches when one of its outcome rows has "
    "a chosen category and a chosen result."
)


class SearchAPI(NinjaAPI):
    def create_response(self, request, data, *, status=None, temporal_response=None):
        """Every answer of an operation, errors included, is for programs, not search engines."""
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        response["X-Robots-Tag"] = "noindex"
        return response


api = SearchAPI(
    title="NHS Shared Learning search API",
    version="1",
    description="Search case studies, learning guides and community discussions. Results "
    "include only what the caller may see: public content, plus private communities the "
    "signed-in user belongs to (session cookie).",
    urls_namespace="search_api",
    openapi_url="/search/openapi.json",
    # The document only: it is for programs. django-ninja's Swagger UI page is not turned on; its
    # accessibility and fit with our Content-Security-Policy have not been checked.
    docs_url=None,
    docs_decorator=require_GET,
)


# -- what the API reads ------------------------------------------------------------------------


def _whole_number(value):
    """ASCII digits only, as everywhere we read a number (core.requestparams)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    number = parse_whole_number(value)
    if number is None:
        raise ValueError("must be a whole number written with the digits 0-9")
    return number


WholeNumber = Annotated[int, BeforeValidator(_whole_number)]
# A filter value: something other than spaces. Fixed options are listed in the document (below).
FilterValue = Annotated[str, StringConstraints(min_length=1, pattern=r"\S")]
Year = Annotated[str, StringConstraints(pattern=YEAR_PATTERN)]


def _list_options(facet, schema):
    """At document time (the taxonomy is data, edited in the admin): a filter with a fixed set of
    values lists them. They are public reference data; tags, which private topics carry too, are
    never listed."""
    options = facet.options()
    if options is not None:
        schema["items"] = {"type": "string", "enum": [value for value, _ in options]}


def _facet_field(facet):
    description = (
        f"{facet.label}. Repeat to select several values (OR-ed); different filters are "
        f"AND-ed. At most {service.MAX_VALUES_PER_FILTER} values."
        + (PAIRED if facet.name in ("outcome", "result") else "")
    )
    item = Year if facet.name == "year" else FilterValue
    return (
        list[item],
        Field(
            default=[],
            max_length=service.MAX_VALUES_PER_FILTER,
            description=description,
            json_schema_extra=partial(_list_options, facet),
        ),
    )


SearchParams = create_model(
    "SearchParams",
    # A plain pydantic model, as for the answers (Answer): ninja's Schema wraps validation in
    # a reader of ORM attributes, about a millisecond per request for a query string.
    __base__=BaseModel,
    __doc__="The query string of /api/search/.",
    q=(
        str,
        Field(
            default=None,
            max_length=MAX_QUERY_LENGTH,
            description=f'Words or "quoted phrases"; at most {MAX_QUERY_LENGTH} characters (a '
            "longer `q` is a 400).",
        ),
    ),
    sort=(
        Literal[tuple(service.SORTS)],
        Field(
            default=None,
            description="Relevance when there are words, else newest first. ‘improvement’ ranks "
            "case studies by the largest improvement their outcomes of one category report, best "
            "first; it needs exactly one ‘outcome’ value (else 400).",
        ),
    ),
    page=(WholeNumber, Field(default=None, ge=1, description="1 when absent.")),
    per_page=(
        WholeNumber,
        Field(default=service.DEFAULT_PER_PAGE, ge=1, le=service.MAX_PER_PAGE),
    ),
    verbatim=(
        Literal["0", "1"],
        Field(
            default="0",
            description="1: search for exactly `q`. Otherwise, when `q` finds nothing and a "
            "spelling correction finds something, the results are the correction's and "
            "`corrected` says so.",
        ),
    ),
    **{facet.name: _facet_field(facet) for facet in FACETS},
)


# -- what the API answers ----------------------------------------------------------------------

Number = float | None
IsoDateTime = Annotated[
    datetime,
    PlainSerializer(datetime.isoformat, return_type=str),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]


class Answer(BaseModel):
    """What the API answers is built as plain dicts (results_json), so its schemas are plain
    pydantic models: validating and dumping them is pydantic's own work. django-ninja's Schema
    adds a wrapper for reading ORM objects that ran for every field of every result (40% of
    an API request's CPU time, measured at 100,000 documents, docs/search.md)."""


class Named(Answer):
    slug: str
    name: str


class Outcome(Answer):
    """One measured outcome of a case study, as its authors gave it."""

    category: str = Field(
        description="Slug of its outcome category (the ‘outcome’ filter); empty if not yet filed."
    )
    category_name: str
    measure: str = Field(description="What was measured.")
    population: str = Field(description="Where or for whom.")
    baseline: Number = Field(description="The figure before, if given.")
    result: Number = Field(description="The figure after; or the only figure, with no baseline.")
    change: Number = Field(
        description="Set only when the source gives just a change (no baseline and result)."
    )
    unit: str = Field(description="For example ‘%’ or ‘days’.")
    period: str
    lower_is_better: bool
    comparison_group: str
    comparison_figure: Number = Field(
        description="The comparison group's change over the same period (or its figure, for a "
        "single-figure outcome), in the same unit."
    )
    source: str
    source_url: str
    measured_result: OutcomeResult = Field(
        description="Judged against the comparison group when there is one (the ‘result’ filter)."
    )
    result_phrase: str = Field(
        description="The measured result in words, such as ‘Better than rest of England’."
    )
    improvement: Number = Field(
        description="How much better than its comparison (or than no change), in percent "
        "(percentage points for figures in %); what sort=improvement ranks by."
    )
    summary: str = Field(description="The outcome in words.")


class SearchResult(Answer):
    """One thing found: a case study, learning guide, discussion, vanguard or care model."""

    id: str = Field(description="Stable id of the document, such as ‘case_study:12’.")
    type: str
    type_label: str
    title: str
    url: str = Field(json_schema_extra={"format": "uri"})
    summary: str
    snippet_html: str = Field(description="Escaped text with <mark> around matches.")
    published_at: IsoDateTime
    updated_at: IsoDateTime
    evidence_level: str
    tags: list[str]
    outcomes: list[Outcome]
    care_models: list[Named]
    support_areas: list[Named]
    regions: list[Named]
    vanguards: list[Named]


class Correction(Answer):
    model_config = ConfigDict(populate_by_name=True)

    from_: str = Field(alias="from", description="What was typed.")
    to: str = Field(description="What was searched for instead.")


class Explanation(Answer):
    abbreviation: str
    term: str


class FacetOption(Answer):
    value: str
    label: str
    count: int
    selected: bool


class Links(Answer):
    openapi: str = Field(description="This document.", json_schema_extra={"format": "uri"})


class SearchResponse(Answer):
    """A page of results with facet counts."""

    query: str
    sort: Literal[tuple(service.SORTS)]
    page: int
    per_page: int
    num_pages: int
    total: int
    backend: str = Field(description="Which engine answered: ‘elasticsearch’ or ‘database’.")
    notice: str
    corrected: Correction | None = Field(
        description="Set when `q` found nothing and these are the results of its spelling "
        "correction (`query` is then the correction)."
    )
    suggestions: list[str]
    explanations: list[Explanation] = Field(
        description="Abbreviations in the query, from the glossary."
    )
    results: list[SearchResult]
    facets: dict[str, list[FacetOption]] = Field(
        description="Each filter's values among the results, with counts."
    )
    links: Links


class ErrorDetail(Answer):
    parameter: str = Field(description="Which parameter is wrong.")
    message: str = Field(description="Why, in plain English.")


class ErrorResponse(Answer):
    """A parameter was not valid (400), or the page is beyond the results (404)."""

    error: ErrorDetail


def _error(parameter, message):
    return {"error": {"parameter": parameter, "message": message}}


# -- the operation -----------------------------------------------------------------------------


@api.get(
    "/search/",
    response={200: SearchResponse, 400: ErrorResponse, 404: ErrorResponse},
    operation_id="search",
    summary="Search the knowledge base",
    description="The same parameters and facets as the search page; a 400 says which parameter "
    "is wrong, a 404 that the page is beyond the results.",
    url_name="search",
    by_alias=True,
    openapi_extra={
        "responses": {
            200: {"description": "A page of results with facet counts."},
            400: {"description": "A parameter was not valid: `error` says which, and why."},
            404: {"description": "The page is beyond the results."},
        }
    },
)
def search(request, params: Query[SearchParams]):
    # `params` is what the schema let through; the service reads the query string itself, as
    # for every page, and refuses what only it can judge.
    visibility = visibility_for(request)
    try:
        search_request = service.read_request(request.GET, strict=True, visibility=visibility)
        results = service.run(search_request, visibility, picks=False)
    except service.BadSearchRequest as error:
        return Status(400, _error(error.param, str(error)))
    except PageNumberError as error:
        return Status(error.status, _error("page", str(error)))
    return results_json(results, request)


@api.exception_handler(ValidationError)
def refused(request, exc):
    """A request the schema refused: the service names the parameter and says why, in the very
    words it uses for the search page (it refuses everything the schema does). Should it not,
    pydantic's first complaint is the answer, in the same shape."""
    try:
        service.read_request(request.GET, strict=True, visibility=visibility_for(request))
    except service.BadSearchRequest as error:
        return api.create_response(request, _error(error.param, str(error)), status=400)
    first = exc.errors[0]
    parameter = str(first["loc"][-1]) if first.get("loc") else ""
    return api.create_response(
        request, _error(parameter, f"‘{parameter}’: {first['msg']}."), status=400
    )


def results_json(results, request):
    taxonomy = get_taxonomy()
    names = {
        "care_models": {c.slug: c.name for c in taxonomy.care_models},
        "support_areas": {s.slug: s.name for s in taxonomy.support_areas},
        "regions": {r.slug: r.name for r in taxonomy.regions},
        "vanguards": {v.slug: v.name for v in taxonomy.vanguards},
    }
    categories = {c.slug: c.name for c in taxonomy.outcome_categories}
    req = results.request
    return {
        "query": req.query,
        "sort": req.sort,
        "page": req.page,
        "per_page": req.per_page,
        "num_pages": results.num_pages,
        "total": results.total,
        "backend": results.backend,
        "notice": results.notice,
        # Set when nothing matched the query and these are the results of its correction.
        "corrected": (
            {"from": results.corrected_from, "to": req.query} if results.corrected_from else None
        ),
        "suggestions": results.suggestions,
        "explanations": [
            {"abbreviation": abbreviation, "term": term}
            for abbreviation, term in results.explanations
        ],
        "results": [
            {
                "id": hit.doc_id,
                "type": hit.type,
                "type_label": hit.type_label,
                "title": hit.title,
                "url": request.build_absolute_uri(hit.url),
                "summary": hit.summary,
                "snippet_html": str(hit.snippet_html),
                "published_at": hit.published_at,
                "updated_at": hit.updated_at,
                "evidence_level": hit.evidence_level,
                "tags": hit.tags,
                "outcomes": [
                    {**row, "category_name": categories.get(row.get("category"), "")}
                    for row in hit.outcomes
                ],
                **{
                    field: [{"slug": s, "name": lookup.get(s, s)} for s in getattr(hit, field)]
                    for field, lookup in names.items()
                },
            }
            for hit in results.hits
        ],
        "facets": {
            facet.name: [
                {"value": o.value, "label": o.label, "count": o.count, "selected": o.selected}
                for o in facet.options
            ]
            for facet in results.facets
        },
        "links": {"openapi": request.build_absolute_uri(reverse("search_api:openapi-json"))},
    }
