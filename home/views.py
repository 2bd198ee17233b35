from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .health import CHECKS


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
