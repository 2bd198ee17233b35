"""Editors' view of the query log: what readers searched for, and which searches found nothing.

A Wagtail report view (wagtail.admin.views.reports.ReportView): one listing of searches over a
period, sortable by how often they were made or found nothing, filterable to the searches that
found nothing, paginated and exportable; the editors' permission is checked in the view itself.
"""

import datetime

import django_filters
from django import forms
from django.db.models import Sum
from django.utils import timezone
from django.utils.http import urlencode
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from core.permissions import EditorsReportMixin

from .models import SearchTermStat

PERIODS = {"7": 7, "30": 30, "90": 90}
DEFAULT_PERIOD = "30"


class SearchTermsFilterSet(WagtailFilterSet):
    days = django_filters.ChoiceFilter(
        label="Period",
        choices=[(value, f"Last {days} days") for value, days in PERIODS.items()],
        empty_label=None,
        method="filter_days",
    )
    found_nothing = django_filters.BooleanFilter(
        label="Only searches that found nothing",
        widget=forms.CheckboxInput,
        method="filter_found_nothing",
    )

    class Meta:
        model = SearchTermStat
        fields = []

    def filter_days(self, queryset, name, value):
        since = timezone.localdate() - datetime.timedelta(days=PERIODS[value] - 1)
        return queryset.filter(day__gte=since)

    def filter_found_nothing(self, queryset, name, value):
        return queryset.filter(zero__gt=0) if value else queryset


def _search_url(row):
    return "/search/?" + urlencode({"q": row["query"]})


class SearchTermsReportView(EditorsReportMixin, ReportView):
    page_title = "Searches"
    header_icon = "search"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    template_name = "wagtailadmin_reports/search_terms.html"
    filterset_class = SearchTermsFilterSet
    paginate_by = 50
    default_ordering = "-searches"
    columns = [
        TitleColumn("query", label="Search", get_url=_search_url),
        NumberColumn("searches", label="Times searched", sort_key="searches"),
        NumberColumn("zero", label="Times with no results", sort_key="zero"),
    ]
    list_export = ["query", "searches", "zero"]
    export_headings = {
        "query": "Search",
        "searches": "Times searched",
        "zero": "Times with no results",
    }

    def get_filename(self):
        return f"searches-{timezone.localdate():%Y-%m-%d}"

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        data = kwargs["data"].copy()
        if data.get("days") not in PERIODS:
            data["days"] = DEFAULT_PERIOD  # the last 30 days unless another period is chosen
        kwargs["data"] = data
        return kwargs

    def get_base_queryset(self):
        return (
            SearchTermStat.objects.values("query")
            .annotate(searches=Sum("searches"), zero=Sum("zero_results"))
            .order_by()
        )

    def order_queryset(self, queryset):
        # Ties in a column are listed alphabetically.
        return queryset.order_by(self.ordering, "query")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["days"] = PERIODS[self.filters.form.cleaned_data.get("days") or DEFAULT_PERIOD]
        return context
