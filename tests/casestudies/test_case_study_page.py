"""A published case study shows every structured part to readers, within the query budget."""

import datetime

import pytest
from django.utils import timezone

from casestudies.models import (
    CaseStudyAdoption,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyPartner,
)
from taxonomy.models import Vanguard
from tests.casestudies.factories import make_case_study

pytestmark = pytest.mark.django_db

OUTCOMES = [
    {
        "measure": "Average hospital stay",
        "baseline": 8,
        "result": 4,
        "unit": "days",
        "period": "2016/17",
        "context": "Residents of Sutton care homes",
        "source": "Trust data",
    },
    {
        "measure": "Lost belongings reported",
        "baseline": None,
        "result": None,
        "unit": "",
        "period": "",
        "context": "Fewer reported by care homes",
        "source": "",
    },
]


@pytest.fixture
def red_bag(site_tree):
    index = CaseStudyIndexPage.objects.get()
    page = make_case_study(
        index,
        title="The Red Bag",
        tags=["care homes", "hospital discharge"],
        outcomes=OUTCOMES,
        contact_name="Vanguard team",
        contact_role="Programme office",
        contact_email="team@sutton.nhs.uk",
        publish=False,
    )
    page.partners = [CaseStudyPartner(name="Epsom and St Helier hospitals")]
    page.adoptions = [
        CaseStudyAdoption(
            vanguard=Vanguard.objects.get(slug="connecting-care-wakefield-district"), when="2017"
        ),
        CaseStudyAdoption(organisation="A hospital trust in Kent", when="2018"),
    ]
    page.save_revision().publish()
    return CaseStudyPage.objects.get(pk=page.pk)


def test_reader_sees_structure_outcomes_and_spread(client, red_bag):
    html = client.get(red_bag.url).content.decode()
    assert "<h1>The Red Bag</h1>" in html
    assert 'href="/vanguards/sutton-homes-of-care/">Sutton Homes of Care</a>' in html
    assert "Epsom and St Helier hospitals" in html
    assert (
        'href="/care-models/enhanced-health-in-care-homes/">Enhanced health in care homes</a>'
        in html
    )
    assert "Before-and-after" not in html  # the factory's evidence level is "reported"
    assert "Reported by the vanguard" in html
    # What changed: a section per outcome, and a chart only for the row with figures.
    assert html.count('<section class="app-outcome"') == 2
    assert "Average hospital stay fell from 8 days to 4 days (2016/17)" in html
    assert html.count('class="app-outcome-chart"') == 1
    assert 'width="100.00%"' in html and 'width="50.00%"' in html
    assert 'href="/vanguards/connecting-care-wakefield-district/"' in html
    assert "A hospital trust in Kent (2018)" in html
    assert 'href="/case-studies/?tag=care%20homes"' in html


def test_contact_email_only_for_signed_in_readers(client, red_bag, user):
    html = client.get(red_bag.url).content.decode()
    assert "team@sutton.nhs.uk" not in html
    assert "to see the contact's e-mail address" in html
    client.force_login(user)
    assert 'href="mailto:team@sutton.nhs.uk"' in client.get(red_bag.url).content.decode()


def test_overdue_case_study_tells_readers_it_is_due_for_review(client, site_tree):
    page = make_case_study(
        CaseStudyIndexPage.objects.get(),
        next_review=timezone.localdate() - datetime.timedelta(days=1),
    )
    html = client.get(page.url).content.decode()
    assert "Due for review" in html


def test_review_dates_are_set_on_first_publication(site_tree):
    page = make_case_study(CaseStudyIndexPage.objects.get(), first_published=None)
    today = timezone.localdate()
    assert page.first_published == today
    assert page.last_reviewed == today
    assert page.next_review == today + datetime.timedelta(days=365)
    assert not page.due_for_review


def test_case_study_renders_within_the_query_budget(client, red_bag, django_assert_max_num_queries):
    client.get(red_bag.url)
    with django_assert_max_num_queries(12):
        response = client.get(red_bag.url)
    assert response.status_code == 200


def test_script_in_content_is_shown_as_text(client, site_tree):
    page = make_case_study(
        CaseStudyIndexPage.objects.get(),
        title="<script>alert('title')</script>",
        summary="<img src=x onerror=alert(1)>",
    )
    html = client.get(page.url).content.decode()
    assert "<script>alert('title')</script>" not in html
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in html
    assert "<img src=x onerror" not in html


def test_hub_and_vanguard_profile_list_their_case_studies(client, red_bag):
    hub = client.get("/care-models/enhanced-health-in-care-homes/").content.decode()
    assert 'href="/case-studies/' in hub and "The Red Bag" in hub
    profile = client.get("/vanguards/sutton-homes-of-care/").content.decode()
    assert "The Red Bag" in profile
    other = client.get("/vanguards/wirral-partners/").content.decode()
    assert "The Red Bag" not in other


def test_unpublishing_removes_it_from_listing_hub_and_search(client, red_bag):
    red_bag.unpublish()
    assert client.get(red_bag.url).status_code == 404
    assert "The Red Bag" not in client.get("/case-studies/").content.decode()
    assert "The Red Bag" not in client.get("/search/?q=red+bag").content.decode()
