"""Saving and the counts authors and editors see: how many people saved a page, never who."""

from communities.permissions import CommunityAccess

from .models import SavedItem

SAVABLE_PAGE_TYPES = ("casestudies.casestudypage", "learning_guides.learningguidepage")


def target_filter(page=None, topic=None):
    return {"page": page} if page is not None else {"topic": topic}


def is_saved(user, page=None, topic=None):
    if not user.is_authenticated:
        return False
    return SavedItem.objects.filter(user=user, **target_filter(page, topic)).exists()


def times_saved(page=None, topic=None):
    return SavedItem.objects.filter(**target_filter(page, topic)).count()


def may_see_count(user, page=None, topic=None):
    """Authors and editors: a page's owner or anyone who may publish it; a topic's author or
    whoever moderates its community."""
    if not user.is_authenticated:
        return False
    if page is not None:
        return page.owner_id == user.pk or page.permissions_for_user(user).can_publish()
    if topic.author_id == user.pk:
        return True
    return CommunityAccess.for_user(user).can_moderate(topic.community)
