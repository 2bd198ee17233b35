"""Interim site search over published pages and vanguards, through Wagtail's search backend."""

from dataclasses import dataclass

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from taxonomy.models import Vanguard

from . import structure
from .models import VanguardIndexPage


@dataclass
class SiteSearchResult:
    title: str
    url: str
    summary: str
    kind: str


def site_search(query, request):
    backend = get_search_backend()
    results = []
    directory_url = structure.page_url(VanguardIndexPage)
    if directory_url:
        for vanguard in backend.search(query, Vanguard.objects.select_related("care_model")):
            results.append(
                SiteSearchResult(
                    vanguard.name,
                    f"{directory_url}{vanguard.slug}/",
                    vanguard.summary,
                    f"Vanguard · {vanguard.care_model.short_name}",
                )
            )
    for page in Page.objects.live().public().specific().search(query):
        results.append(
            SiteSearchResult(page.title, page.get_url(request), page.search_description, "Page")
        )
    return results
