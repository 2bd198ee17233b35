"""Interim site search over published pages and vanguards, through Wagtail's search backend."""

from dataclasses import dataclass

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from taxonomy.models import Vanguard

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
    directory = VanguardIndexPage.objects.live().first()
    if directory is not None:
        for vanguard in backend.search(query, Vanguard.objects.select_related("care_model")):
            results.append(
                SiteSearchResult(
                    vanguard.name,
                    directory.vanguard_url(vanguard),
                    vanguard.summary,
                    f"Vanguard · {vanguard.care_model.short_name}",
                )
            )
    for page in Page.objects.live().public().specific().search(query):
        results.append(
            SiteSearchResult(page.title, page.get_url(request), page.search_description, "Page")
        )
    return results
