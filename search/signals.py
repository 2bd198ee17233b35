"""Record every publish, unpublish, delete and move for indexing, in the same transaction."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import indexing, registry


def _is_indexed(page):
    return registry.adapter_for_instance(page) is not None


@receiver(page_published, dispatch_uid="search-page-published")
def page_was_published(sender, instance, **kwargs):
    page = instance.specific
    if _is_indexed(page):
        indexing.index_objects([page])


@receiver(page_unpublished, dispatch_uid="search-page-unpublished")
def page_was_unpublished(sender, instance, **kwargs):
    page = instance.specific
    if _is_indexed(page):
        indexing.remove_objects([page])


@receiver(post_delete, dispatch_uid="search-page-deleted")
def page_was_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and _is_indexed(instance):
        indexing.remove_objects([instance])


@receiver(post_page_move, dispatch_uid="search-page-moved")
def page_was_moved(sender, instance, **kwargs):
    # A move changes the URL of the page and everything below it.
    pages = [
        p for p in instance.get_descendants(inclusive=True).live().specific() if _is_indexed(p)
    ]
    indexing.index_objects(pages)
