"""Vanguard profiles and care-model hubs as knowledge documents, so the search finds them.

A vanguard's profile is a route of the vanguard directory page, built from the Vanguard snippet:
it is searchable while the directory is live and public. A hub is a CareModelPage, searchable
while live and public, with its care model's description.
"""

import datetime

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.html import strip_tags
from wagtail.rich_text import get_text_for_indexing
from wagtail.signals import page_published, page_unpublished

from search.documents import KnowledgeDocument
from search.indexing import index_objects, remove_objects
from search.registry import Adapter
from taxonomy.models import CareModel, Vanguard

from .models import CareModelPage, VanguardIndexPage

# When the first vanguards were announced: the date of pages made live without a revision.
PROGRAMME_START = datetime.datetime(2015, 3, 10, 9, 0, tzinfo=datetime.UTC)


def _published(page):
    return page.first_published_at or page.latest_revision_created_at or PROGRAMME_START


def _directory():
    """The live, public vanguard directory, or None."""
    for page in VanguardIndexPage.objects.live().public():
        if not page.get_view_restrictions().exists():
            return page
    return None


class VanguardAdapter(Adapter):
    type = "vanguard"
    model = Vanguard

    def queryset(self):
        if _directory() is None:
            return Vanguard.objects.none()
        return Vanguard.objects.select_related("care_model", "region")

    def documents(self, vanguard):
        directory = _directory()
        if directory is None:
            return []
        base = directory.get_url() or directory.url_path
        published = _published(directory)
        care_model = vanguard.care_model
        body = "\n".join(
            filter(
                None,
                [
                    f"{vanguard.name} is one of the {care_model.name.lower()} "
                    f"({care_model.short_name}) vanguards, in {vanguard.region.name}.",
                    vanguard.place,
                    vanguard.what_is_changing,
                    "\n".join(vanguard.partner_list),
                ],
            )
        )
        return [
            KnowledgeDocument(
                doc_id=self.doc_id(vanguard),
                type=self.type,
                title=vanguard.name,
                url=f"{base.rstrip('/')}/{vanguard.slug}/",
                published_at=published,
                updated_at=directory.last_published_at or published,
                summary=vanguard.summary,
                body=body,
                care_models=[care_model.slug],
                vanguards=[vanguard.slug],
                regions=[vanguard.region.slug],
                extra={"place": vanguard.place, "care_model": care_model.short_name},
            )
        ]


class CareModelHubAdapter(Adapter):
    type = "care_model"
    model = CareModelPage

    def queryset(self):
        return CareModelPage.objects.live().public().select_related("care_model")

    def documents(self, page):
        if not page.live or page.get_view_restrictions().exists():
            return []
        care_model = page.care_model
        vanguards = list(care_model.vanguards.order_by("name").values_list("name", flat=True))
        body = "\n".join(
            filter(
                None,
                [
                    care_model.description,
                    strip_tags(get_text_for_indexing(page.body or "")),
                    f"The {care_model.short_name} vanguards: " + "; ".join(vanguards) + "."
                    if vanguards
                    else "",
                ],
            )
        )
        published = _published(page)
        return [
            KnowledgeDocument(
                doc_id=self.doc_id(page),
                type=self.type,
                title=page.title,
                url=page.get_url() or page.url_path,
                published_at=published,
                updated_at=page.last_published_at or published,
                summary=care_model.summary,
                body=body,
                care_models=[care_model.slug],
                extra={"short_name": care_model.short_name},
            )
        ]


def _index_vanguards():
    index_objects(list(Vanguard.objects.select_related("care_model", "region")))


@receiver(post_save, sender=Vanguard, dispatch_uid="home-vanguard-indexed")
def vanguard_saved(sender, instance, **kwargs):
    index_objects([instance])


@receiver(post_delete, sender=Vanguard, dispatch_uid="home-vanguard-removed")
def vanguard_deleted(sender, instance, **kwargs):
    remove_objects([instance])


@receiver(post_save, sender=CareModel, dispatch_uid="home-care-model-hub-indexed")
def care_model_saved(sender, instance, **kwargs):
    index_objects(list(CareModelPage.objects.live().filter(care_model=instance)))


@receiver(page_published, dispatch_uid="home-directory-published")
@receiver(page_unpublished, dispatch_uid="home-directory-unpublished")
def directory_changed(sender, instance, **kwargs):
    # Profiles live under the directory: they come and go (and move) with it.
    if isinstance(instance.specific, VanguardIndexPage):
        _index_vanguards()
