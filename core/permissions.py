"""Who may open the admin views this project adds (not Wagtail's own, which check themselves).

Wagtail lets anyone with admin access (Contributors included) reach every URL registered with
`register_admin_urls`; each of our views must therefore say who it is for. Editors' reports show
what members searched for and which content is due for review, so they need the
`accounts.view_editors_reports` permission (the Editors group has it; superusers have every
permission). tests/security/test_admin_views_by_role.py opens every admin URL we register as
every role, and fails for a URL it does not know.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

EDITORS_REPORTS = "accounts.view_editors_reports"


def can_see_editors_reports(user):
    return bool(user and user.is_active and user.has_perm(EDITORS_REPORTS))


def editors_only(view):
    """Refuse the view to anyone without the editors' reports permission (Wagtail turns the
    PermissionDenied into its "you do not have permission" redirect to the dashboard)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not can_see_editors_reports(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapper.editors_only = True
    return wrapper


class EditorsReportMixin:
    """For Wagtail report views (wagtail.admin.views.reports.ReportView): the view itself
    refuses anyone without the editors' reports permission with a 403 page in the admin's
    layout. Raising PermissionDenied instead would let Wagtail turn it into a redirect to the
    dashboard, which hides from scripts and tests that the address is refused."""

    editors_only = True

    def dispatch(self, request, *args, **kwargs):
        if not can_see_editors_reports(request.user):
            return TemplateResponse(
                request,
                "wagtailadmin_reports/forbidden.html",
                {"page_title": "You do not have permission to see this report"},
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)
