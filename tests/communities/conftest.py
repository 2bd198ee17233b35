from dataclasses import dataclass

import pytest
from django.contrib.auth.models import AnonymousUser

from communities.models import Visibility
from tests.factories import UserFactory

from .factories import CommunityFactory, facilitator_of, member_of


@dataclass
class Cast:
    """The five kinds of people the permission rules tell apart, for one community."""

    community: object
    anonymous: object
    non_member: object
    member: object
    facilitator: object
    site_moderator: object

    def __getitem__(self, kind):
        return getattr(self, kind)


def cast_for(community):
    return Cast(
        community=community,
        anonymous=AnonymousUser(),
        non_member=UserFactory(display_name="Nadia Outsider"),
        member=member_of(community, display_name="Grace Member"),
        facilitator=facilitator_of(community, display_name="Femi Facilitator"),
        site_moderator=UserFactory(display_name="Priya Moderator", groups=["Editors"]),
    )


@pytest.fixture
def open_community(db):
    return CommunityFactory(name="Care homes network", visibility=Visibility.OPEN)


@pytest.fixture
def private_community(db):
    return CommunityFactory(name="Evaluation leads network", visibility=Visibility.PRIVATE)


@pytest.fixture
def open_cast(open_community):
    return cast_for(open_community)


@pytest.fixture
def private_cast(private_community):
    return cast_for(private_community)


@pytest.fixture
def mailoutbox_clear():
    from django.core import mail

    mail.outbox = []
    return mail.outbox
