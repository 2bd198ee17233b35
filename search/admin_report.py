"""Editors' view of the query log: popular searches and searches that found nothing."""

import datetime

from django.db.models import Sum
from django.template.response import TemplateResponse
from django.utils import timezone

from core.permissions import editors_only

from .models import SearchTermStat

PERIODS = {"7": 7, "30": 30, "90": 90}


@editors_only
def search_terms_report(request):
    days = PERIODS.get(request.GET.get("days", "30"), 30)
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    stats = SearchTermStat.objects.filter(day__gte=since).values("query")
    popular = stats.annotate(searches=Sum("searches"), zero=Sum("zero_results")).order_by(
        "-searches", "query"
    )[:50]
    zero = (
        stats.annotate(searches=Sum("searches"), zero=Sum("zero_results"))
        .filter(zero__gt=0)
        .order_by("-zero", "query")[:50]
    )
    return TemplateResponse(
        request,
        "wagtailadmin_reports/search_terms.html",
        {
            "page_title": "Search terms",
            "header_icon": "search",
            "days": days,
            "periods": PERIODS,
            "popular": popular,
            "zero": zero,
        },
    )
