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
