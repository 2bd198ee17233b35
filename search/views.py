from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from core.pagination import PageNumberError
from taxonomy.snapshot import get_taxonomy

from . import engines, service
from .backends.base import BackendUnavailable
from .listing import search_context
from .openapi import openapi_document
from .synonyms import alternatives_for, normalise
from .visibility import visibility_for

AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_ALTERNATIVES = 3  # glossary names tried when what was typed is one


def _noindex(response):
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def search_page(request):
    context = search_context(request)
    response = render(request, "search/search_page.html", context, status=context["status"])
    return _noindex(response)


@require_GET
def search_feed(request, kind):
    """The whole search as RSS or Atom, with the words and filters of the search page."""
    from django.http import Http404

    from .feeds import SearchFeed

    if kind not in ("rss", "atom"):
        raise Http404("Feeds are RSS or Atom.")
    return _noindex(SearchFeed(kind, reverse("search"))(request))


@require_GET
def api_search(request):
    """JSON search: the same parameters and facets as /search/; a 400 says which one is wrong."""
    try:
        search_request = service.read_request(
            request.GET, strict=True, visibility=visibility_for(request)
        )
        results = service.run(search_request, visibility_for(request), picks=False)
    except service.BadSearchRequest as error:
        return _noindex(_error(error.param, str(error), 400))
    except PageNumberError as error:
        return _noindex(_error("page", str(error), error.status))
    return _noindex(JsonResponse(results_json(results, request)))


def _error(param, message, status):
    return JsonResponse({"error": {"parameter": param, "message": message}}, status=status)


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
                "published_at": hit.published_at.isoformat(),
                "updated_at": hit.updated_at.isoformat(),
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
        "links": {"openapi": request.build_absolute_uri(reverse("search_api_openapi"))},
    }


@require_GET
def api_openapi(request):
    return JsonResponse(openapi_document(request))


def _titles_starting(words, visibility):
    backend, _ = engines.current()
    try:
        return list(backend.autocomplete(words, visibility, AUTOCOMPLETE_LIMIT))
    except BackendUnavailable:
        engines.mark_unavailable()
        return list(engines.database().autocomplete(words, visibility, AUTOCOMPLETE_LIMIT))


@require_GET
def autocomplete(request):
    """Titles the reader may see that start with what they typed (JSON)."""
    typed = normalise(request.GET.get("q", "")[:100])
    words = typed.replace("&", " ").split()
    words = [w for w in words if w][:6]
    if not words or len("".join(words)) < 2:
        return _noindex(JsonResponse({"results": []}))
    visibility = visibility_for(request)
    rows = _titles_starting(words, visibility)
    # The glossary: "mdt" also suggests titles saying "multidisciplinary team".
    for alternative in alternatives_for(typed)[:AUTOCOMPLETE_ALTERNATIVES]:
        if len(rows) >= AUTOCOMPLETE_LIMIT:
            break
        more = _titles_starting(alternative.replace("&", " ").split()[:6], visibility)
        rows += [row for row in more if row not in rows]
    rows = rows[:AUTOCOMPLETE_LIMIT]
    from .documents import TYPE_LABELS

    response = JsonResponse(
        {
            "results": [
                {"title": title, "url": url, "type": TYPE_LABELS.get(kind, kind)}
                for title, url, kind in rows
            ]
        }
    )
    # Not kept even by the reader's browser: a title must disappear the moment its community
    # becomes private or its topic is hidden (docs/security.md).
    response["Cache-Control"] = "private, no-cache"
    return _noindex(response)
