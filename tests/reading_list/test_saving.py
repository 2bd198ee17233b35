"""Save case studies, guides and topics to read later; authors and editors see only a count."""

import pytest

from casestudies.models import CaseStudyIndexPage
from communities.models import Membership, Visibility
from learning_guides.models import LearningGuideIndexPage
from reading_list.models import SavedItem
from tests.casestudies.factories import make_case_study
from tests.communities.factories import CommunityFactory, member_of, start_topic
from tests.factories import UserFactory
from tests.learning_guides.factories import make_guide

pytestmark = pytest.mark.django_db


@pytest.fixture
def study(site_tree):
    return make_case_study(CaseStudyIndexPage.objects.get(), title="Red bag pathway")


def test_save_and_remove_a_case_study_without_javascript(client, study):
    user = UserFactory()
    client.force_login(user)
    html = client.get(study.url).content.decode()
    assert f'action="/saved/pages/{study.pk}/"' in html and ">Save<" in html

    response = client.post(f"/saved/pages/{study.pk}/", {"next": study.url})
    assert response.status_code == 302 and response["Location"] == study.url
    assert "Remove from saved" in client.get(study.url).content.decode()
    saved = client.get("/saved/").content.decode()
    assert "Red bag pathway" in saved and "Case study" in saved

    client.post(f"/saved/pages/{study.pk}/", {"action": "remove", "next": "/saved/"})
    assert "You have not saved anything yet" in client.get("/saved/").content.decode()


def test_saving_twice_keeps_one_and_an_outside_next_is_ignored(client, study):
    user = UserFactory()
    client.force_login(user)
    client.post(f"/saved/pages/{study.pk}/")
    response = client.post(f"/saved/pages/{study.pk}/", {"next": "https://evil.example/"})
    assert response["Location"] == study.url
    assert SavedItem.objects.filter(user=user).count() == 1


def test_guides_and_topics_can_be_saved(client, site_tree):
    guide = make_guide(LearningGuideIndexPage.objects.get(), title="Discharge hub guide")
    community = CommunityFactory()
    topic = start_topic(community, member_of(community), title="Weekend discharges")
    client.force_login(UserFactory())
    assert client.post(f"/saved/pages/{guide.pk}/").status_code == 302
    assert client.post(f"/saved/topics/{topic.pk}/").status_code == 302
    html = client.get("/saved/").content.decode()
    assert "Discharge hub guide" in html and "Weekend discharges" in html


def test_only_case_studies_and_guides_are_saved_as_pages(client, site_tree):
    client.force_login(UserFactory())
    assert client.post(f"/saved/pages/{site_tree.pk}/").status_code == 404


def test_saving_needs_signing_in_and_a_post(client, study):
    response = client.post(f"/saved/pages/{study.pk}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    html = client.get(study.url).content.decode()
    assert "Sign in to save this" in html
    client.force_login(UserFactory())
    assert client.get(f"/saved/pages/{study.pk}/").status_code == 405
    assert not SavedItem.objects.exists()


def test_a_private_topic_can_be_saved_only_by_those_who_may_read_it(client, db):
    private = CommunityFactory(visibility=Visibility.PRIVATE)
    member = member_of(private)
    topic = start_topic(private, member, title="Private figures")
    client.force_login(UserFactory())
    assert client.post(f"/saved/topics/{topic.pk}/").status_code == 404

    client.force_login(member)
    client.post(f"/saved/topics/{topic.pk}/")
    assert "Private figures" in client.get("/saved/").content.decode()
    Membership.objects.filter(user=member).delete()
    assert "Private figures" not in client.get("/saved/").content.decode()


def test_authors_and_editors_see_how_often_a_page_was_saved_but_not_who(client, site_tree):
    author = UserFactory(groups=["Contributors"])
    study = make_case_study(CaseStudyIndexPage.objects.get(), title="Counted", owner=author)
    savers = [UserFactory(display_name=f"Saver Number{n}") for n in range(3)]
    for saver in savers:
        SavedItem.objects.create(user=saver, page=study)

    client.force_login(author)
    html = client.get(study.url).content.decode()
    assert "Saved by 3 people" in html
    assert "Saver Number" not in html
    client.force_login(UserFactory(groups=["Editors"]))
    assert "Saved by 3 people" in client.get(study.url).content.decode()
    client.force_login(savers[0])
    assert "Saved by" not in client.get(study.url).content.decode()


def test_a_topics_author_and_facilitators_see_the_count(client, db):
    from tests.communities.factories import facilitator_of

    community = CommunityFactory()
    author = member_of(community)
    topic = start_topic(community, author, title="Counted topic")
    SavedItem.objects.create(user=UserFactory(), topic=topic)
    client.force_login(author)
    assert "Saved by 1 person" in client.get(topic.get_absolute_url()).content.decode()
    client.force_login(facilitator_of(community))
    assert "Saved by 1 person" in client.get(topic.get_absolute_url()).content.decode()
    client.force_login(member_of(community))
    assert "Saved by" not in client.get(topic.get_absolute_url()).content.decode()
