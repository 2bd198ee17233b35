"""axe-core (bundled by the axe-playwright-python package) on the pages people use most, in the
same browser as the journeys: no violations at all, whatever their impact (WCAG 2.2 AA rules
and axe's best practices such as heading order).

axe is injected with Playwright's evaluate (the DevTools protocol), which the site's
Content-Security-Policy does not block; the page itself runs with its real policy.
"""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

COMMUNITY = "/communities/enhanced-health-in-care-homes-community-of-practice/"
PAGES = {
    "home page": "/",
    "care model hub": "/care-models/enhanced-health-in-care-homes/",
    "search with results and filters": (
        "/search/?q=care+homes&care_model=enhanced-health-in-care-homes"
    ),
    "case study": "/case-studies/red-bag-hospital-transfer-pathway/",
    "case study with two outcomes against comparisons": (
        "/case-studies/dudley-practice-based-multidisciplinary-teams/"
    ),
    "outcomes across the programme": "/case-studies/outcomes/",
    "case studies by largest improvement": (
        "/case-studies/?outcome=emergency-admissions&result=improved&sort=improvement"
    ),
    "guide chapter": "/guides/adopting-the-red-bag-pathway/what-the-red-bag-is/",
    "community": COMMUNITY,
    "topic": "first topic of the community",
    "topic, signed in with the reply form": "first topic of the community",
    # The demo fills this person's notification centre: the header shows an unread count.
    "notification centre, signed in with unread notifications": "/notifications/",
    "get e-mail alerts, signed out": (
        "/alerts/new/?scope=case_study&q=red+bag&care_model=enhanced-health-in-care-homes"
    ),
    "get e-mail alerts, signed in": "/alerts/new/?scope=search&q=red+bag",
    "your e-mail alerts, signed in": "/alerts/",
    "notification settings with alerts, signed in": "/notifications/settings/",
    "saved pages, signed in": "/saved/",
    "case study, signed in, save button": "/case-studies/red-bag-hospital-transfer-pathway/",
    "guide listing with alerts and feeds": "/guides/?q=red+bag",
    "sign-in page": "/accounts/login/",
    "404 page": "/this-does-not-exist/",
}


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def first_topic_url(page):
    page.goto(COMMUNITY)
    return page.locator(".app-topic h3 a").first.get_attribute("href")


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['impact']}: {violation['id']}: {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"][:5]:
            lines.append(f"  - {' '.join(map(str, node['target']))}: {node['html'][:160]}")
    return "\n".join(lines)


@pytest.mark.parametrize("name", PAGES)
def test_no_accessibility_violations(name, page, sign_in, axe):
    url = PAGES[name]
    if "unread notifications" in name:
        sign_in(page, "member@demo.nhs.uk")
    elif "signed in" in name:
        sign_in(page, "member2@demo.nhs.uk")
    if url == "first topic of the community":
        url = first_topic_url(page)
    response = page.goto(url)
    assert response.status == (404 if name == "404 page" else 200), url
    if name.startswith("search"):
        expect(page.locator(".app-result").first).to_be_visible()
        expect(page.locator("form.app-filters")).to_be_visible()
    if "reply form" in name:
        expect(page.get_by_label("Your reply")).to_be_visible()
    if "unread notifications" in name:
        expect(
            page.get_by_role("link", name=re.compile(r"Notifications \(\d+ unread\)"))
        ).to_be_visible()

    results = axe.run(page, options={"resultTypes": ["violations"]})
    violations = results.response["violations"]
    assert not violations, f"axe on {name} ({url}):\n{describe(violations)}"
