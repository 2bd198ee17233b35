"""When content stops being visible, every cache derived from it forgets it at once.

The page cache is on here (as in production). Each change runs its after-commit work, as a
committed request would (django_capture_on_commit_callbacks).
"""

import pytest

from casestudies.models import CaseStudyIndexPage
from communities import services
from communities.models import Topic, Visibility
from home.models import CareModelPage
from taxonomy.models import CareModel
from tests.casestudies.factories import make_case_study
from tests.communities.factories import CommunityFactory, member_of, start_topic
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SECRET_TITLE = "Zyxwvut handover checklist"
CARE_MODEL = "enhanced-health-in-care-homes"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def scene(site_tree, django_capture_on_commit_callbacks):
    care_model = CareModel.objects.get(slug=CARE_MODEL)
    study = make_case_study(
        CaseStudyIndexPage.objects.get(), title="Red bag study", care_models=(CARE_MODEL,)
    )
    community = CommunityFactory(name="Care homes network", care_model=care_model)
    author = member_of(community)
    with django_capture_on_commit_callbacks(execute=True):
        topic = start_topic(community, author, title=SECRET_TITLE, page=study)
    return {
        "study": study,
        "community": community,
        "author": author,
        "topic": topic,
        "hub": CareModelPage.objects.get(care_model=care_model),
        "admin": UserFactory(is_superuser=True),
        "capture": django_capture_on_commit_callbacks,
    }


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def warm(client, scene):
    """Anonymous readers see the open community's topic, and the pages are now cached."""
    assert SECRET_TITLE in read(client, scene["study"].url).content.decode()
    assert read(client, scene["study"].url)["X-Page-Cache"] == "hit"
    assert "1 topic" in read(client, scene["hub"].url).content.decode()
    assert read(client, scene["hub"].url)["X-Page-Cache"] == "hit"


def assert_gone_for_anonymous(client, scene):
    study = read(client, scene["study"].url)
    assert SECRET_TITLE not in study.content.decode()
    assert study["X-Page-Cache"] == "miss"


def test_making_a_community_private_reaches_every_cached_page_at_once(client, scene):
    warm(client, scene)
    with scene["capture"](execute=True):
        services.set_visibility(scene["community"], Visibility.PRIVATE, by=scene["admin"])
    assert_gone_for_anonymous(client, scene)
    hub = read(client, scene["hub"].url).content.decode()
    assert "1 topic" not in hub


def test_making_it_private_in_the_admin_form_does_the_same(client, scene):
    warm(client, scene)
    community = scene["community"]
    community.visibility = Visibility.PRIVATE
    with scene["capture"](execute=True):
        services.save_community(community, by=scene["admin"])
    assert_gone_for_anonymous(client, scene)


def test_hiding_the_opening_post_reaches_cached_pages_at_once(client, scene):
    warm(client, scene)
    opening = scene["topic"].posts.get(number=1)
    with scene["capture"](execute=True):
        services.hide_post(opening, by=scene["admin"], reason="Personal data")
    assert_gone_for_anonymous(client, scene)


def test_deleting_the_topic_reaches_cached_pages_at_once(client, scene):
    warm(client, scene)
    with scene["capture"](execute=True):
        Topic.objects.filter(pk=scene["topic"].pk).delete()
    assert_gone_for_anonymous(client, scene)


def test_deleting_the_community_reaches_cached_pages_at_once(client, scene):
    warm(client, scene)
    with scene["capture"](execute=True):
        scene["community"].delete()
    assert_gone_for_anonymous(client, scene)


def test_editing_a_title_away_reaches_cached_pages_at_once(client, scene):
    warm(client, scene)
    opening = scene["topic"].posts.get(number=1)
    with scene["capture"](execute=True):
        services.edit_post(
            opening, body=opening.body_markdown, by=scene["author"], title="Handover checklist"
        )
    assert_gone_for_anonymous(client, scene)


def test_no_proxy_or_browser_may_keep_a_page(client, scene):
    response = read(client, scene["study"].url)
    control = response["Cache-Control"]
    assert "public" not in control and "max-age=60" not in control
    assert "private" in control and "no-cache" in control
    assert "private" in read(client, scene["study"].url)["Cache-Control"]  # a hit says so too


# Spelling suggestions: words from visible titles only, per reader, retired with the rest.


def suggestions(client, text):
    """The corrections the reader is offered for `text`: since issue 14 the page shows the
    corrected query's results at once ("Showing results for …"), and the API says so too."""
    response = client.get("/api/search/", {"q": text})
    assert response.status_code == 200
    results = client.get("/search/", {"q": text}).context["results"]
    offered = [results.request.query] if results.corrected_from else list(results.suggestions)
    api = response.json()
    assert ([api["query"]] if api["corrected"] else []) == offered
    return offered


def test_suggestions_forget_words_of_a_community_made_private_at_once(client, scene):
    assert suggestions(client, "zyxwvux") == ["zyxwvut"]  # also fills the vocabulary cache
    with scene["capture"](execute=True):
        services.set_visibility(scene["community"], Visibility.PRIVATE, by=scene["admin"])
    assert suggestions(client, "zyxwvux") == []
    # Its members still get them: suggestions are per visibility.
    client.force_login(scene["author"])
    assert suggestions(client, "zyxwvux") == ["zyxwvut"]


def test_a_removed_member_stops_being_offered_the_communitys_words(client, scene):
    community = scene["community"]
    with scene["capture"](execute=True):
        services.set_visibility(community, Visibility.PRIVATE, by=scene["admin"])
    reader = member_of(community)
    client.force_login(reader)
    assert suggestions(client, "zyxwvux") == ["zyxwvut"]
    membership = community.memberships.get(user=reader)
    with scene["capture"](execute=True):
        services.remove_member(membership, by=scene["admin"])
    assert suggestions(client, "zyxwvux") == []
    assert client.get("/api/search/", {"q": "zyxwvut"}).json()["total"] == 0


def test_autocomplete_answers_are_not_kept_by_the_browser(client, scene):
    response = client.get("/search/autocomplete/", {"q": "zyxwvut"})
    assert [r["title"] for r in response.json()["results"]] == [SECRET_TITLE]
    assert response["Cache-Control"] == "private, no-cache"
    with scene["capture"](execute=True):
        services.set_visibility(scene["community"], Visibility.PRIVATE, by=scene["admin"])
    assert client.get("/search/autocomplete/", {"q": "zyxwvut"}).json()["results"] == []
