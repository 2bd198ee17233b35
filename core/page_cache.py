"""Whole-page cache for anonymous readers of site pages.

Anonymous readers arriving from an e-mail link are most of the traffic and all see the same page,
so a rendered page is kept in the cache under the site structure's version: publishing,
unpublishing, moving or deleting a page, or editing the taxonomy, retires every cached page at
once, and so does anything that makes content less visible (core.structure.retire_visible_content).
Pages that show community activity (hubs) may lag new posts by at most PAGE_CACHE_SECONDS.
Signed-in readers, requests carrying a session or messages, and anything but a successful HTML
page served by Wagtail are never cached.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

from . import structure

SKIP_PREFIXES = (
    "/admin/",
    "/accounts/",
    "/api/",
    "/search/",
    "/communities/",
    "/notifications/",
    "/alerts/",
    "/saved/",
    "/documents/",
    "/healthz",
    "/_util/",
)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._cacheable_request(request):
            return self.get_response(request)
        key = f"page:{structure.version()}:{request.get_host()}:{request.get_full_path()}"
        response = cache.get(key)
        if response is not None:
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self._cacheable_response(request, response):
            seconds = settings.PAGE_CACHE_SECONDS
            # Our cache is retired the moment content stops being visible (core.structure); a
            # proxy's or browser's copy could not be, and pages show community activity. So
            # nothing but this cache may keep them: "private" keeps shared caches out, and
            # "no-cache" makes browsers ask again (cheap: the answer comes from this cache).
            patch_cache_control(response, private=True, no_cache=True)
            response["X-Page-Cache"] = "miss"
            # Template responses are rendered by now (Django renders them before middleware).
            cache.set(key, response, seconds)
        return response

    @staticmethod
    def _cacheable_request(request):
        if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
            return False
        if request.path.startswith(SKIP_PREFIXES):
            return False
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return False
        return not request.user.is_authenticated

    @staticmethod
    def _cacheable_response(request, response):
        match = getattr(request, "resolver_match", None)
        return (
            response.status_code == 200
            and match is not None
            and match.url_name == "wagtail_serve"
            and response.get("Content-Type", "").startswith("text/html")
            and not response.cookies
            and not getattr(response, "streaming", False)
            and "private" not in response.get("Cache-Control", "")
        )
