"""People in communities: their profile (with its @handle) and how often they get e-mail."""

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from ..models import CommunityProfile, EmailFrequency, EmailState, Notification


def profile_for(user):
    """The person's community profile, made with a unique @handle the first time."""
    profile = CommunityProfile.objects.filter(user=user).first()
    if profile is not None:
        return profile
    base = slugify(user.display_name or "").replace("_", "-").strip("-")[:30].strip("-")
    base = base or "member"
    taken = set(
        CommunityProfile.objects.filter(handle__startswith=base).values_list("handle", flat=True)
    )
    handle, n = base, 1
    while handle in taken:
        n += 1
        handle = f"{base}-{n}"
    try:
        with transaction.atomic():
            return CommunityProfile.objects.create(user=user, handle=handle)
    except IntegrityError:  # someone else made it first
        return CommunityProfile.objects.get(user=user)


@transaction.atomic
def set_email_frequency(user, frequency):
    profile = profile_for(user)
    profile.email_frequency = frequency
    profile.save(update_fields=["email_frequency"])
    if frequency == EmailFrequency.NEVER:
        Notification.objects.filter(recipient=user, email_state=EmailState.PENDING).update(
            email_state=EmailState.SKIPPED
        )
    return profile
