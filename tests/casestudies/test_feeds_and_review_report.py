import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from casestudies.models import CaseStudyIndexPage
from tests.casestudies.factories import make_case_study
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def studies(site_tree):
    index = CaseStudyIndexPage.objects.get()
    return [
        make_case_study(index, title="Care homes study", first_published=datetime.date(2017, 1, 1)),
        make_case_study(
            index,
            title="Emergency care study",
            care_models=["urgent-and-emergency-care"],
            first_published=datetime.date(2018, 1, 1),
        ),
    ]


def test_rss_feed_lists_new_case_studies_newest_first(client, studies):
    response = client.get("/case-studies/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    titles = [i.findtext("title") for i in ET.fromstring(response.content).iter("item")]
    assert titles == ["Emergency care study", "Care homes study"]


def test_feeds_accept_the_listing_filters(client, studies):
    response = client.get("/case-studies/feed/atom/?care_model=urgent-and-emergency-care")
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert [e.findtext("a:title", namespaces=ns) for e in root.findall("a:entry", ns)] == [
        "Emergency care study"
    ]
    assert "Urgent and emergency care" in root.findtext("a:title", namespaces=ns)


def test_feed_ignores_bad_parameters(client, studies):
    response = client.get("/case-studies/feed/rss/?care_model=nope&page=zzz&sort=evil")
    assert response.status_code == 200
    assert len(list(ET.fromstring(response.content).iter("item"))) == 2


def test_listing_links_its_feeds_with_the_current_filters(client, studies):
    html = client.get("/case-studies/?care_model=urgent-and-emergency-care").content.decode()
    assert 'href="/case-studies/feed/rss/?care_model=urgent-and-emergency-care"' in html
    assert 'type="application/atom+xml"' in html


def test_editors_see_case_studies_due_or_overdue_for_review(
    client, site_tree, django_assert_max_num_queries
):
    index = CaseStudyIndexPage.objects.get()
    today = timezone.localdate()
    make_case_study(index, title="Overdue one", next_review=today - datetime.timedelta(days=3))
    make_case_study(index, title="Due soon", next_review=today + datetime.timedelta(days=10))
    make_case_study(index, title="Fine for now", next_review=today + datetime.timedelta(days=200))
    client.force_login(UserFactory(groups=["Editors"]))
    with django_assert_max_num_queries(25):  # the admin's own furniture is most of these
        html = client.get("/admin/reports/due-for-review/").content.decode()
    assert "Overdue one" in html and "Due soon" in html
    assert "Fine for now" not in html
    assert html.index("Overdue one") < html.index("Due soon")
    assert re.search(r"w-status--primary[^>]*>\s*Overdue\s*</span>", html)
    # Wagtail's report export: the same rows as a spreadsheet.
    response = client.get("/admin/reports/due-for-review/?export=csv")
    assert response.status_code == 200
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert rows[0].startswith("Title,Type,Next review,Status")
    assert [row.split(",")[0] for row in rows[1:]] == ["Overdue one", "Due soon"]
    assert rows[1].split(",")[3] == "Overdue"


def test_review_report_is_for_editors_only(client, site_tree, user):
    # A member without admin access: the admin's own clear 403 page (accounts.middleware).
    client.force_login(user)
    assert client.get("/admin/reports/due-for-review/").status_code == 403
    # A contributor has admin access but is no editor: the report view itself refuses.
    client.force_login(UserFactory(groups=["Contributors"]))
    response = client.get("/admin/reports/due-for-review/")
    assert response.status_code == 403
    assert "This report is for editors" in response.content.decode()
