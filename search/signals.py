"""Record every publish, unpublish, delete and move for indexing, in the same transaction."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.structure import invalidate_structure

from . import indexing, ranking, registry, synonyms
from .models import GlossaryTerm, SearchSettings


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


@receiver(post_save, sender=GlossaryTerm, dispatch_uid="search-glossary-saved")
@receiver(post_delete, sender=GlossaryTerm, dispatch_uid="search-glossary-deleted")
def glossary_was_changed(sender, **kwargs):
    synonyms.glossary_changed()


@receiver(post_save, sender=SearchSettings, dispatch_uid="search-settings-saved")
def search_settings_were_saved(sender, **kwargs):
    ranking.forget_weights()


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="search-restriction-saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="search-restriction-deleted")
def view_restriction_changed(sender, instance, **kwargs):
    # A page made private (or public again) leaves (or rejoins) the index with everything
    # below it, so neither search nor "More like this" shows it to readers who may not see it.
    invalidate_structure()  # adapters ask the cached "any restrictions?" flag
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    pages = [p for p in page.get_descendants(inclusive=True).specific() if _is_indexed(p)]
    indexing.index_objects(pages)
