"""Site staff create communities and choose facilitators in Wagtail's admin."""

import pytest

from communities.models import Community, Membership, ModerationAction, Role, Watch
from communities.permissions import CommunityAccess
from tests.factories import UserFactory

from .factories import CommunityFactory, member_of, start_topic

pytestmark = pytest.mark.django_db


def form_data(**changes):
    data = {
        "name": "Evaluation leads network",
        "slug": "",
        "summary": "Evaluation leads compare methods.",
        "description": "For evaluation leads.",
        "care_model": "",
        "visibility": "private",
        "first_post_moderation": "",
        "facilitator_emails": "",
    }
    data.update(changes)
    return data


def test_an_editor_creates_a_community_with_facilitators(client, editor):
    facilitator = UserFactory(email="helen.carter@trust.nhs.uk")
    client.force_login(editor)
    assert client.get("/admin/snippets/communities/community/").status_code == 200
    response = client.post(
        "/admin/snippets/communities/community/add/",
        form_data(facilitator_emails="Helen.Carter@trust.nhs.uk, "),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    community = Community.objects.get()
    assert community.slug == "evaluation-leads-network" and community.is_private
    assert Membership.objects.get(community=community, user=facilitator).role == Role.FACILITATOR
    assert CommunityAccess.for_user(facilitator).can_moderate(community)


def test_unknown_facilitator_addresses_are_a_form_error(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/communities/community/add/",
        form_data(facilitator_emails="nobody@trust.nhs.uk"),
    )
    assert response.status_code == 200
    assert "No account has these addresses: nobody@trust.nhs.uk" in response.content.decode()
    assert not Community.objects.exists()


def test_making_a_community_private_drops_outsiders_watches(client, editor):
    community = CommunityFactory(visibility="open")
    member = member_of(community)
    outsider = UserFactory()
    topic = start_topic(community, member)
    Watch.objects.create(user=outsider, topic=topic, level="watching")
    client.force_login(editor)
    response = client.post(
        f"/admin/snippets/communities/community/edit/{community.pk}/",
        form_data(name=community.name, slug=community.slug, visibility="private"),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    community.refresh_from_db()
    assert community.is_private
    assert not Watch.objects.filter(user=outsider).exists()
    assert Watch.objects.filter(user=member).exists()
    assert ModerationAction.objects.filter(action="visibility").exists()


def test_reserved_addresses_cannot_be_community_slugs(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/communities/community/add/", form_data(slug="moderation")
    )
    assert response.status_code == 200
    assert not Community.objects.exists()
    assert Community.objects.create(name="Moderation", summary="x", description="y").slug == (
        "moderation-community"
    )


def test_people_outside_the_admin_cannot_manage_communities(client, user):
    client.force_login(user)
    # Signed in without admin access: the site's clear 403 page (accounts.middleware).
    assert client.get("/admin/snippets/communities/community/").status_code == 403
