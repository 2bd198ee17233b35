from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from . import engines
from .backends.base import BackendUnavailable
from .listing import search_context
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
