"""Every admin view this project adds, opened by each kind of person, with exact answers.

Wagtail admits anyone with admin access (Contributors too) to every URL registered with
`register_admin_urls`, so each of our views must check who it is for. A URL we register that is
not in VIEWS below fails `test_every_admin_url_we_register_is_checked_here`, so a new view cannot
arrive without its row.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import URLPattern, URLResolver
from django.utils import timezone
from wagtail import hooks

from search.models import SearchTermStat
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "contributor", "editor", "administrator"]
LOGIN = "/accounts/login/"
DASHBOARD = "/admin/"

# url name: (address, text only the report shows, who may read it)
VIEWS = {
    "search_terms_report": (
        "/admin/reports/search-terms/",
        "frailtysecretword",
        {"editor", "administrator"},
    ),
    "content_due_for_review": (
        "/admin/reports/due-for-review/",
        "Content due for review",
        {"editor", "administrator"},
    ),
    # The listings' own results addresses (Wagtail refreshes them there when filtering).
    "search_terms_report_results": (
        "/admin/reports/search-terms/results/",
        "frailtysecretword",
        {"editor", "administrator"},
    ),
    "content_due_for_review_results": (
        "/admin/reports/due-for-review/results/",
        "There are no results",
        {"editor", "administrator"},
    ),
}


def person(role):
    if role == "anonymous":
        return None
    if role == "administrator":
        return UserFactory(is_superuser=True, is_staff=True)
    groups = {"member": [], "contributor": ["Contributors"], "editor": ["Editors"]}[role]
    return UserFactory(groups=groups)


def our_admin_url_names():
    names = set()
    for hook in hooks.get_hooks("register_admin_urls"):
        if hook.__module__.split(".")[0] == "wagtail":
            continue
        for pattern in hook() or []:
            if isinstance(pattern, URLPattern):
                names.add(pattern.name)
            elif isinstance(pattern, URLResolver):
                names.update(p.name for p in pattern.url_patterns if getattr(p, "name", None))
    return names


def test_every_admin_url_we_register_is_checked_here():
    assert our_admin_url_names() == set(VIEWS)


def test_the_groups_are_as_the_migrations_made_them():
    # Contributors reach the admin (so only the view's own check keeps them out of reports).
    contributors = Group.objects.get(name="Contributors")
    assert contributors.permissions.filter(codename="access_admin").exists()
    assert not contributors.permissions.filter(codename="view_editors_reports").exists()
    assert (
        Group.objects.get(name="Editors")
        .permissions.filter(codename="view_editors_reports")
        .exists()
    )


@pytest.mark.parametrize("name", sorted(VIEWS))
@pytest.mark.parametrize("role", ROLES)
def test_each_admin_view_as_each_role(client, name, role):
    url, secret, allowed = VIEWS[name]
    SearchTermStat.objects.create(
        query="frailtysecretword", day=timezone.localdate(), searches=3, zero_results=0
    )
    user = person(role)
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    body = response.content.decode()
    if role in allowed:
        assert response.status_code == 200
        assert secret in body
    elif role == "anonymous":
        # Not signed in: Wagtail sends them to sign in.
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)
        assert secret not in body
    elif role == "member":
        # Signed in without admin access: our clear page (accounts.middleware), never a loop.
        assert response.status_code == 403
        assert "Share your practice" in body
        assert secret not in body
    else:
        # Admin access but not an editor: the report view itself refuses, with a 403 page.
        assert response.status_code == 403
        assert "This report is for editors" in body
        assert secret not in body


@pytest.mark.parametrize("role", ROLES)
def test_the_reports_menu_shows_editors_reports_to_editors_only(client, role, site_tree):
    user = person(role)
    if user is not None:
        client.force_login(user)
    response = client.get(DASHBOARD)
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)
        return
    if role == "member":
        assert response.status_code == 403
        assert "/admin/reports/" not in response.content.decode()
        return
    assert response.status_code == 200
    shown = "/admin/reports/search-terms/" in response.content.decode()
    assert shown == (role in ("editor", "administrator"))
