from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe

from .health import CHECKS
from .pagination import PageNumberError, paginate
from .site_search import site_search


@never_cache
@require_safe
def healthz(request):
    """JSON health report; 503 when something the site needs is down."""
    report, healthy = {}, True
    for name, check in CHECKS.items():
        ok, details = check()
        report[name] = details
        healthy = healthy and ok
    report["status"] = "ok" if healthy else "unavailable"
    return JsonResponse(report, status=200 if healthy else 503)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors or database: the 500 page must render whatever broke.
    return HttpResponseServerError(loader.get_template("500.html").render())


SEARCH_RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200


@require_GET
def search(request):
    """Search published pages and the vanguard directory (until the knowledge search arrives)."""
    query = request.GET.get("q", "").strip()
    context = {"query": query[:MAX_QUERY_LENGTH], "results": None}
    status = 200
    if len(query) > MAX_QUERY_LENGTH:
        context["notice"] = f"Your search was shortened to its first {MAX_QUERY_LENGTH} characters."
    if context["query"]:
        try:
            context["results"] = paginate(
                site_search(context["query"], request), request.GET, SEARCH_RESULTS_PER_PAGE
            )
        except PageNumberError as error:
            context["page_error"] = error
            status = error.status
    response = render(request, "pages/search_page.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response
