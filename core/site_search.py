"""Interim site search over published pages and vanguards, through Wagtail's search backend."""

import re
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


def plain_words(query):
    """The query as plain words: quotes, operators and control characters would reach the
    full-text engine's own syntax (SQLite FTS5 rejects an unbalanced quote)."""
    return " ".join(re.sub(r"[^\w\s-]", " ", query.replace("\x00", " ")).split())


def site_search(query, request):
    query = plain_words(query)
    if not query:
        return []
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
