import posixpath

from django.conf import settings
from django.http import Http404
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views
from home import views as home_views

urlpatterns = [
    path("healthz", home_views.healthz, name="healthz"),
    # The admin signs in through allauth's throttled form (WAGTAILADMIN_LOGIN_URL), never
    # Wagtail's unthrottled one: every method is redirected, with ?next= kept.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    # Wagtail's front-end sign-in (for view restrictions) is just as unthrottled.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    # Password resets too: Wagtail's own /admin/password_reset/ sends e-mail with no limit, so
    # every address under it (the form, and links in old e-mails) goes to allauth's throttled one.
    re_path(
        r"^admin/password_reset/",
        RedirectView.as_view(pattern_name="account_reset_password", permanent=False),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/profile/", account_views.profile, name="account_profile"),
    path("accounts/request-access/", account_views.request_access, name="account_request_access"),
    path(
        "accounts/request-access/sent/",
        account_views.request_access_done,
        name="account_request_access_done",
    ),
    path("share/", include("contributions.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include("search.urls")),
    path("communities/", include("communities.urls")),
    path("notifications/", include("communities.notification_urls")),
    path("alerts/", include("alerts.urls")),
    path("saved/", include("reading_list.urls")),
]


def serve_media(request, path):
    """Uploads for local runs (SERVE_MEDIA), never documents/, however the path is spelt.

    Documents go through Wagtail's serve view and its collection view restrictions
    (contributors' attachments are private until published).
    """
    if posixpath.normpath("/" + path).lstrip("/").split("/")[0] == "documents":
        raise Http404("Documents are served at /documents/")
    return serve(request, path, document_root=settings.MEDIA_ROOT)


if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]

urlpatterns += [
    # Wagtail's own page serving and routing (docs/benchmarks.md, "Routing").
    path("", include(wagtail_urls)),
]

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
