"""Saving and the counts authors and editors see: how many people saved a page, never who."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from communities.permissions import CommunityAccess

from .models import SavedItem

SAVABLE_PAGE_TYPES = ("casestudies.casestudypage", "learning_guides.learningguidepage")


def target_filter(page=None, topic=None):
    return {"page": page} if page is not None else {"topic": topic}


def _saved_key(user_id):
    return f"reading-list:saved:{user_id}"


def saved_targets(user):
    """{("page", id), ("topic", id)} the person saved, kept in the shared cache until they save
    or remove something, so a page's Save button costs no query (signed-in pages stay within
    three queries of the anonymous page)."""
    targets = cache.get(_saved_key(user.pk))
    if targets is None:
        rows = SavedItem.objects.filter(user=user).values_list("page_id", "topic_id")
        targets = {("page", p) if p is not None else ("topic", t) for p, t in rows}
        cache.set(_saved_key(user.pk), targets, 24 * 3600)
    return targets


@receiver(post_save, sender=SavedItem, dispatch_uid="reading-list-saved")
@receiver(post_delete, sender=SavedItem, dispatch_uid="reading-list-removed")
def _saved_items_changed(sender, instance, **kwargs):
    cache.delete(_saved_key(instance.user_id))


def is_saved(user, page=None, topic=None):
    if not user.is_authenticated:
        return False
    key = ("page", page.pk) if page is not None else ("topic", topic.pk)
    return key in saved_targets(user)


def times_saved(page=None, topic=None):
    return SavedItem.objects.filter(**target_filter(page, topic)).count()


def may_see_count(user, page=None, topic=None, access=None):
    """Authors and editors: a page's owner or anyone who may publish it; a topic's author or
    whoever moderates its community. `access`: the request's CommunityAccess, if there is one
    (its memberships are already loaded)."""
    if not user.is_authenticated:
        return False
    if page is not None:
        if page.owner_id == user.pk:
            return True
        # Only people with admin access can publish; asking the page's permissions costs queries.
        return user.has_perm("wagtailadmin.access_admin") and (
            page.permissions_for_user(user).can_publish()
        )
    if topic.author_id == user.pk:
        return True
    access = access if access is not None else CommunityAccess.for_user(user)
    return access.can_moderate(topic.community)
