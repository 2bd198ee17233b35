"""Listing pages (case studies, learning guides) are the knowledge search with the type fixed."""

from django.template.response import TemplateResponse

from core.pagination import PageNumberError

from . import service, stats
from .visibility import visibility_for


def search_context(request, *, fixed_type=""):
    """Context for a search or listing template; `status` is the HTTP status to send."""
    context = {"status": 200, "results": None, "page_error": None}
    try:
        search_request = service.read_request(request.GET, fixed_type=fixed_type)
    except PageNumberError as error:
        context.update(status=error.status, page_error=error, query=request.GET.get("q", "")[:200])
        return context
    context["search_request"] = search_request
    context["query"] = search_request.query
    try:
        results = service.run(search_request, visibility_for(request))
    except PageNumberError as error:
        context.update(status=error.status, page_error=error)
        return context
    context["results"] = results
    context["finder_selected"] = sum(len(facet.selected_options) for facet in results.facets)
    context["sorts"] = [
        (value, label)
        for value, label in service.SORTS.items()
        if (value != "relevance" or search_request.parsed)
        # Only case studies have outcomes to rank.
        and (value != "improvement" or fixed_type in ("", "case_study"))
    ]
    if search_request.parsed and search_request.page == 1:
        stats.record(search_request.query, results.total)
    return context


def render_listing(page, request):
    context = page.get_context(request)
    context.update(search_context(request, fixed_type=page.listing_type))
    response = TemplateResponse(
        request, page.get_template(request), context, status=context["status"]
    )
    return response
