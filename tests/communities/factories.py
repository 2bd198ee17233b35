import factory

from communities import services
from communities.models import Community, Membership, Role, Visibility
from tests.factories import UserFactory


class CommunityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Community

    name = factory.Sequence(lambda n: f"Discharge planning network {n}")
    summary = "People who plan discharge from hospital, sharing what works."
    description = "For discharge co-ordinators and ward managers.\n\nBring questions and answers."
    visibility = Visibility.OPEN


def member_of(community, user=None, role=Role.MEMBER, **user_fields):
    """A user who belongs to `community` with `role` (a new user unless one is given)."""
    user = user or UserFactory(**user_fields)
    Membership.objects.update_or_create(community=community, user=user, defaults={"role": role})
    services.profile_for(user)
    return user


def facilitator_of(community, user=None, **user_fields):
    return member_of(community, user, Role.FACILITATOR, **user_fields)


def start_topic(community, author, title="How do you run your red bag audit?", body=None, **kwargs):
    body = body if body is not None else "We check every bag that comes back from the ward."
    return services.create_topic(community, author, title=title, body=body, **kwargs)
