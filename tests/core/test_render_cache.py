"""Fast renders for every reader (issue 16): query budgets anonymous and signed in, and caches
that never show one reader what only another may see, nor yesterday's content after an edit."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.db import connection, transaction
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from bench.page_bench import MEMBER, PAGES, find_urls
from casestudies.models import CaseStudyPage
from communities import services
from communities.models import Community, Visibility
from home.demo import load as load_demo
from search.service import FacetView, Option
from tests.communities.factories import CommunityFactory, member_of, start_topic
from tests.conftest import QuietCommand
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

BUDGET = 12
SIGNED_IN_EXTRA = 3  # the user, their unread count, their memberships, on every page


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The demo site, loaded once for this module; each test's changes roll back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo(QuietCommand())
        yield find_urls()
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_content, db):
    return demo_content


@pytest.fixture
def member_client(client):
    client.force_login(User.objects.get(email=MEMBER))
    return client


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("name", PAGES)
def test_every_page_is_within_budget_anonymous_and_signed_in(demo, client, name):
    """Counted on the second request: the first fills the caches every reader shares."""
    url = demo[name]
    if name != "notification centre":
        queries_for(client, url)
        warm = queries_for(client, url)
        assert warm <= BUDGET
    client.force_login(User.objects.get(email=MEMBER))
    queries_for(client, url)
    signed_in = queries_for(client, url)
    assert signed_in <= BUDGET
    if name != "notification centre":
        assert signed_in <= warm + SIGNED_IN_EXTRA, f"{name}: {signed_in} in, {warm} anonymous"


def test_signed_in_extra_does_not_grow_with_the_content_shown(demo, member_client):
    """However many case studies and facets the listing shows, signing in adds the same."""
    url = demo["listing"]
    before = queries_for(member_client, url)
    index = CaseStudyPage.objects.live().first().get_parent()
    for number in range(6):
        page = CaseStudyPage.objects.live().first()
        copy = page.copy(
            to=index,
            update_attrs={"title": f"Copy {number}", "slug": f"copy-{number}"},
            keep_live=True,
        )
        copy.save_revision().publish()
    queries_for(member_client, url)
    assert queries_for(member_client, url) <= before


# Fragment caches never cross visibility -------------------------------------------------------


def test_case_study_body_is_cached_per_audience_and_the_contact_stays_with_signed_in(demo, client):
    url = demo["case study"]
    page = CaseStudyPage.objects.live().get(
        url_path__endswith="/red-bag-hospital-transfer-pathway/"
    )
    assert page.contact_email
    client.force_login(User.objects.get(email=MEMBER))
    assert page.contact_email in client.get(url).content.decode()
    client.logout()
    for _ in range(2):
        html = client.get(url).content.decode()
        assert page.contact_email not in html
        assert "to see the contact" in html


def test_a_members_discussion_is_never_served_to_a_non_member(demo, client):
    """The case study's discussion panel is live inside the cached body: a private topic about
    the page that a member saw is not shown to the next reader, who is not a member."""
    url = demo["case study"]
    page = CaseStudyPage.objects.live().get(
        url_path__endswith="/red-bag-hospital-transfer-pathway/"
    )
    care_model = page.care_models.first()
    community = Community.objects.filter(care_model=care_model).first()
    community.visibility = Visibility.PRIVATE
    community.save()
    member = member_of(community)
    start_topic(community, member, title="Private audit of returned bags", page=page)
    client.force_login(member)
    assert "Private audit of returned bags" in client.get(url).content.decode()
    client.logout()
    outsider = UserFactory()
    client.force_login(outsider)
    assert "Private audit of returned bags" not in client.get(url).content.decode()
    client.logout()
    assert "Private audit of returned bags" not in client.get(url).content.decode()


def test_facet_counts_of_private_discussions_are_not_shared(client, site_tree):
    """A member's search counts their private community's topics in the facets; a non-member
    searching the same words right after sees only what they may read."""
    community = CommunityFactory(name="Closed evaluation circle", visibility=Visibility.PRIVATE)
    member = member_of(community)
    for n in range(3):
        start_topic(community, member, title=f"Zebrafinch evaluation {n}", body="zebrafinch")
    url = "/search/?q=zebrafinch"
    client.force_login(member)
    html = client.get(url).content.decode()
    assert "zebrafinch-evaluation-0/" in html
    assert "(3)" in html
    client.logout()
    client.force_login(UserFactory())
    html = client.get(url).content.decode()
    assert "zebrafinch-evaluation" not in html
    assert "(3)" not in html


def test_facet_fragment_is_keyed_on_what_it_shows():
    """Same facet, different counts or ticks: different output, never the cached one."""
    template = Template(
        "{% include 'components/search/facet_fieldset.html' %}",
    )

    def render(count, selected):
        facet = FacetView("type", "Type", [Option("topic", "Discussion", count, selected)])
        request = RequestFactory().get("/search/")
        request.user = AnonymousUser()
        return template.render(Context({"facet": facet, "request": request}))

    assert "(2)" in render(2, False)
    assert "(5)" in render(5, False)
    assert "checked" in render(5, True)
    assert "checked" not in render(5, False)


# Edits and hides show at once -----------------------------------------------------------------


def test_an_edit_shows_at_once_on_a_cached_body(demo, member_client):
    url = demo["case study"]
    member_client.get(url)  # cached now
    page = CaseStudyPage.objects.live().get(
        url_path__endswith="/red-bag-hospital-transfer-pathway/"
    )
    page.summary = "A freshly edited summary of the Red Bag."
    page.save_revision().publish()
    assert "A freshly edited summary of the Red Bag." in member_client.get(url).content.decode()


def test_an_unpublished_page_is_gone_at_once(demo, member_client):
    url = demo["guide chapter"]
    assert member_client.get(url).status_code == 200
    from learning_guides.models import LearningGuidePage

    guide = LearningGuidePage.objects.live().get(url_path__contains="adopting-the-red-bag")
    guide.unpublish()
    assert member_client.get(url).status_code == 404


def test_a_hidden_topic_leaves_the_discussion_panel_at_once(demo, client):
    url = demo["case study"]
    page = CaseStudyPage.objects.live().get(
        url_path__endswith="/red-bag-hospital-transfer-pathway/"
    )
    community = Community.objects.filter(
        visibility=Visibility.OPEN, care_model=page.care_models.first()
    ).first()
    author = member_of(community)
    topic = start_topic(community, author, title="Soon to be hidden bag topic", page=page)
    assert "Soon to be hidden bag topic" in client.get(url).content.decode()
    opening = topic.posts.get(number=1)
    services.hide_post(opening, by=UserFactory(groups=["Editors"]), reason="Off topic")
    assert "Soon to be hidden bag topic" not in client.get(url).content.decode()


def test_a_community_made_private_stops_showing_at_once(demo, client):
    """Open communities' ids and discussion panels are cached; making a community private
    retires both before the next reader arrives."""
    url = demo["case study"]
    page = CaseStudyPage.objects.live().get(
        url_path__endswith="/red-bag-hospital-transfer-pathway/"
    )
    community = Community.objects.filter(
        visibility=Visibility.OPEN, care_model=page.care_models.first()
    ).first()
    topic = start_topic(community, member_of(community), title="Quokka rota", page=page)
    assert "Quokka rota" in client.get(url).content.decode()
    assert client.get(topic.get_absolute_url()).status_code == 200
    community.visibility = Visibility.PRIVATE
    community.save()
    assert "Quokka rota" not in client.get(url).content.decode()
    response = client.get(topic.get_absolute_url())
    assert response.status_code == 302  # an anonymous reader is asked to sign in
    assert response["Location"].startswith("/accounts/login/")


def test_admin_link_follows_group_changes_at_once(demo, member_client):
    member = User.objects.get(email=MEMBER)
    assert 'href="/admin/"' not in member_client.get("/").content.decode()
    member.groups.add(Group.objects.get(name="Editors"))
    assert 'href="/admin/"' in member_client.get("/").content.decode()
    member.groups.clear()
    assert 'href="/admin/"' not in member_client.get("/").content.decode()


def test_a_document_renamed_shows_at_once_on_a_cached_body(demo, client):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from casestudies.models import CaseStudyDocument

    url = demo["case study"]
    page = CaseStudyPage.objects.live().get(
        url_path__endswith="/red-bag-hospital-transfer-pathway/"
    )
    document = Document(title="Red Bag audit form")
    document.file.save("audit.txt", ContentFile(b"audit"), save=False)
    document.save()
    page.documents.add(CaseStudyDocument(document=document))
    page.save_revision().publish()
    assert "Red Bag audit form" in client.get(url).content.decode()
    document.title = "Red Bag audit form, second edition"
    document.save()
    assert "Red Bag audit form, second edition" in client.get(url).content.decode()


def test_live_parts_render_afresh_on_a_cached_fragment():
    template = Template(
        "{% load fragment_tags %}{% fragment 'shared' key %}<p>{{ shared }}</p>"
        "{% live %}<p>{{ own }}</p>{% endlive %}<p>end</p>{% endfragment %}"
    )
    first = template.render(Context({"key": "k1", "shared": "Public words", "own": "Ada"}))
    second = template.render(Context({"key": "k1", "shared": "changed", "own": "Bo"}))
    assert first == "<p>Public words</p><p>Ada</p><p>end</p>"
    assert second == "<p>Public words</p><p>Bo</p><p>end</p>"  # shared part from the cache
    assert "changed" in template.render(Context({"key": "k2", "shared": "changed", "own": ""}))


def test_a_live_part_hidden_inside_another_tag_is_refused():
    from django.template import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError):
        Template(
            "{% load fragment_tags %}{% fragment 'k' %}{% if x %}{% live %}{{ own }}"
            "{% endlive %}{% endif %}{% endfragment %}"
        )


def test_previews_and_drafts_are_never_served_a_cached_body(rf):
    from core.fragments import page_body

    page = CaseStudyPage(live=True, live_revision_id=7, pk=1)
    request = rf.get("/case-studies/x/")
    request.user = AnonymousUser()
    assert page_body(page, request).key is not None
    request.is_preview = True
    assert page_body(page, request).key is None
    request.is_preview = False
    page.live = False
    assert page_body(page, request).key is None


def list_pages():
    """Every page that lists things, with the demo content behind it: (name, url, who)."""
    from casestudies.models import CaseStudyIndexPage
    from home.models import CareModelIndexPage, CareModelPage, VanguardIndexPage
    from learning_guides.models import LearningGuideIndexPage

    community = Community.objects.filter(visibility=Visibility.OPEN).order_by("pk").first()
    return {
        "case study listing": CaseStudyIndexPage.objects.get().url,
        "case study listing, filtered": CaseStudyIndexPage.objects.get().url
        + "?care_model=enhanced-health-in-care-homes",
        "guide listing": LearningGuideIndexPage.objects.get().url,
        "vanguard directory": VanguardIndexPage.objects.get().url,
        "care models": CareModelIndexPage.objects.get().url,
        "care model hub": CareModelPage.objects.order_by("path").first().url,
        "communities": "/communities/",
        "community's topics": community.get_absolute_url(),
        "search results": "/search/?q=care",
        "saved for later": "/saved/",
        "alerts": "/alerts/",
        "notifications": "/notifications/",
    }


SIGNED_IN_ONLY = {"saved for later", "alerts", "notifications"}


LIST_PAGES = [
    "case study listing",
    "case study listing, filtered",
    "guide listing",
    "vanguard directory",
    "care models",
    "care model hub",
    "communities",
    "community's topics",
    "search results",
    "saved for later",
    "alerts",
    "notifications",
]


@pytest.mark.parametrize("name", LIST_PAGES)
def test_every_list_page_is_within_the_query_budget(demo, client, name):
    """Query budgets on every list page, anonymous (where it is open to them) and signed in,
    counted on the second request as a running server would serve it."""
    url = list_pages()[name]
    if name not in SIGNED_IN_ONLY:
        queries_for(client, url)
        assert queries_for(client, url) <= BUDGET, f"{name} ({url}), anonymous"
    client.force_login(User.objects.get(email=MEMBER))
    queries_for(client, url)
    assert queries_for(client, url) <= BUDGET, f"{name} ({url}), signed in"


# The cached header and footer (core/fragments.py, home/context_processors.py) ----------------


def test_the_cached_header_never_shows_one_readers_account_to_another(demo, client):
    url = demo["case study"]
    member = User.objects.get(email=MEMBER)
    other = UserFactory(first_name="Zebedee", last_name="Quill")
    client.force_login(member)
    mine = client.get(url).content.decode().split("</header>")[0]
    assert "Sign out" in mine and (member.display_name or member.email) in mine
    client.logout()
    for _ in range(2):
        anonymous = client.get(url).content.decode().split("</header>")[0]
        assert "Sign out" not in anonymous and "Sign in" in anonymous
        assert (member.display_name or member.email) not in anonymous
    client.force_login(other)
    theirs = client.get(url).content.decode().split("</header>")[0]
    assert (other.display_name or other.email) in theirs
    assert (member.display_name or member.email) not in theirs


def test_a_menu_change_shows_at_once_in_the_cached_header_and_footer(demo, client):
    from wagtail.models import Page

    url = demo["case study"]
    client.get(url)
    item = Page.objects.live().filter(depth=3, show_in_menus=True).first().specific
    item.title = "Renamed menu section"
    item.save_revision().publish()
    html = client.get(url).content.decode()
    header = html.split("</header>")[0]
    footer = html.split('<footer class="nhsuk-footer"')[1]
    assert "Renamed menu section" in header
    assert "Renamed menu section" in footer
