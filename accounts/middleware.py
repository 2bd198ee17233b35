"""People signed in without admin access get a page of their own at /admin/, not a redirect.

Wagtail sends anyone without `wagtailadmin.access_admin` to the sign-in page; someone already
signed in is sent straight back by allauth, and round it goes. Here they are told what the admin
is for, and led to "Share your practice", which is for everyone.
"""

from django.shortcuts import render
from django.urls import reverse


class AdminAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = None

    def __call__(self, request):
        if self.prefix is None:
            self.prefix = reverse("wagtailadmin_home")
        user = getattr(request, "user", None)
        if (
            request.path.startswith(self.prefix)
            and user is not None
            and user.is_authenticated
            and not user.has_perm("wagtailadmin.access_admin")
        ):
            return render(request, "account/no_admin_access.html", status=403)
        return self.get_response(request)
