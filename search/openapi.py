"""OpenAPI 3.1 description of the JSON search API, generated from the same facet definitions."""

from taxonomy.models import OutcomeResult

from .facets import FACETS
from .service import DEFAULT_PER_PAGE, MAX_PER_PAGE, MAX_VALUES_PER_FILTER, SORTS

PAIRED = (
    " With both ‘outcome’ and ‘result’, a case study matches when one of its outcome rows has "
    "a chosen category and a chosen result."
)


def openapi_document(request):
    facet_params = [
        {
            "name": facet.name,
            "in": "query",
            "required": False,
            "description": f"{facet.label}. Repeat to select several values (OR-ed); different "
            f"filters are AND-ed. At most {MAX_VALUES_PER_FILTER} values."
            + (PAIRED if facet.name in ("outcome", "result") else ""),
            "schema": {"type": "array", "items": _value_schema(facet), "maxItems": 20},
            "style": "form",
            "explode": True,
        }
        for facet in FACETS
    ]
    option = {
        "type": "object",
        "properties": {
            "value": {"type": "string"},
            "label": {"type": "string"},
            "count": {"type": "integer"},
            "selected": {"type": "boolean"},
        },
    }
    error = {
        "type": "object",
        "properties": {
            "error": {
                "type": "object",
                "properties": {
                    "parameter": {"type": "string", "description": "Which parameter is wrong."},
                    "message": {"type": "string", "description": "Why, in plain English."},
                },
            }
        },
    }
    number = {"type": ["number", "null"]}
    outcome = {
        "type": "object",
        "description": "One measured outcome of a case study, as its authors gave it.",
        "properties": {
            "category": {
                "type": "string",
                "description": "Slug of its outcome category (the ‘outcome’ filter); empty if "
                "not yet filed.",
            },
            "category_name": {"type": "string"},
            "measure": {"type": "string", "description": "What was measured."},
            "population": {"type": "string", "description": "Where or for whom."},
            "baseline": {**number, "description": "The figure before, if given."},
            "result": {
                **number,
                "description": "The figure after; or the only figure, with no baseline.",
            },
            "change": {
                **number,
                "description": "Set only when the source gives just a change (no baseline and "
                "result).",
            },
            "unit": {"type": "string", "description": "For example ‘%’ or ‘days’."},
            "period": {"type": "string"},
            "lower_is_better": {"type": "boolean"},
            "comparison_group": {"type": "string"},
            "comparison_figure": {
                **number,
                "description": "The comparison group's change over the same period (or its "
                "figure, for a single-figure outcome), in the same unit.",
            },
            "source": {"type": "string"},
            "source_url": {"type": "string"},
            "measured_result": {
                "type": "string",
                "enum": [value for value, _ in OutcomeResult.choices],
                "description": "Judged against the comparison group when there is one (the "
                "‘result’ filter).",
            },
            "result_phrase": {
                "type": "string",
                "description": "The measured result in words, such as ‘Better than rest of "
                "England’.",
            },
            "improvement": {
                **number,
                "description": "How much better than its comparison (or than no change), in "
                "percent (percentage points for figures in %); what sort=improvement ranks by.",
            },
            "summary": {"type": "string", "description": "The outcome in words."},
        },
    }
    named = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {"slug": {"type": "string"}, "name": {"type": "string"}},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "NHS Shared Learning search API",
            "version": "1",
            "description": "Search case studies, learning guides and community discussions. "
            "Results include only what the caller may see: public content, plus private "
            "communities the signed-in user belongs to (session cookie).",
        },
        "servers": [{"url": request.build_absolute_uri("/")[:-1]}],
        "paths": {
            "/api/search/": {
                "get": {
                    "summary": "Search the knowledge base",
                    "operationId": "search",
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "schema": {"type": "string", "maxLength": 200},
                            "description": 'Words or "quoted phrases".',
                        },
                        {
                            "name": "sort",
                            "in": "query",
                            "schema": {"type": "string", "enum": list(SORTS)},
                            "description": "‘improvement’ ranks case studies by the largest "
                            "improvement their outcomes of one category report, best first; it "
                            "needs exactly one ‘outcome’ value (else 400).",
                        },
                        {
                            "name": "page",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 1},
                        },
                        {
                            "name": "per_page",
                            "in": "query",
                            "schema": {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": MAX_PER_PAGE,
                                "default": DEFAULT_PER_PAGE,
                            },
                        },
                        *facet_params,
                    ],
                    "responses": {
                        "200": {
                            "description": "A page of results with facet counts.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "query": {"type": "string"},
                                            "total": {"type": "integer"},
                                            "page": {"type": "integer"},
                                            "num_pages": {"type": "integer"},
                                            "per_page": {"type": "integer"},
                                            "sort": {"type": "string"},
                                            "backend": {"type": "string"},
                                            "notice": {"type": "string"},
                                            "results": {
                                                "type": "array",
                                                "items": {
                                                    "type": "object",
                                                    "properties": {
                                                        "id": {"type": "string"},
                                                        "type": {"type": "string"},
                                                        "title": {"type": "string"},
                                                        "url": {"type": "string"},
                                                        "summary": {"type": "string"},
                                                        "snippet_html": {
                                                            "type": "string",
                                                            "description": "Escaped text with "
                                                            "<mark> around matches.",
                                                        },
                                                        "published_at": {
                                                            "type": "string",
                                                            "format": "date-time",
                                                        },
                                                        "care_models": named,
                                                        "support_areas": named,
                                                        "regions": named,
                                                        "vanguards": named,
                                                        "tags": {
                                                            "type": "array",
                                                            "items": {"type": "string"},
                                                        },
                                                        "evidence_level": {"type": "string"},
                                                        "outcomes": {
                                                            "type": "array",
                                                            "items": outcome,
                                                        },
                                                    },
                                                },
                                            },
                                            "facets": {
                                                "type": "object",
                                                "additionalProperties": {
                                                    "type": "array",
                                                    "items": option,
                                                },
                                            },
                                        },
                                    }
                                }
                            },
                        },
                        "400": {
                            "description": "A parameter was not valid.",
                            "content": {"application/json": {"schema": error}},
                        },
                        "404": {
                            "description": "The page is beyond the results.",
                            "content": {"application/json": {"schema": error}},
                        },
                    },
                }
            }
        },
    }


def _value_schema(facet):
    options = facet.options()
    if options is not None:
        return {"type": "string", "enum": [value for value, _ in options]}
    if facet.name == "year":
        return {"type": "string", "pattern": "^[0-9]{4}$"}
    return {"type": "string"}
