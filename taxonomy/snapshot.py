"""The whole taxonomy (care models, support areas, regions, vanguards, outcome categories) as one
cached value.

Every page that shows filters or labels needs it; reading it from the cache keeps those pages'
query counts flat. Saving or deleting any taxonomy item invalidates it.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import CareModel, OutcomeCategory, Region, SupportArea, Vanguard

CACHE_KEY = "taxonomy:snapshot:v2"
CACHE_SECONDS = 60 * 60


@dataclass(frozen=True)
class Taxonomy:
    care_models: list
    support_areas: list
    regions: list
    vanguards: list
    outcome_categories: list

    def care_model(self, slug):
        return next((c for c in self.care_models if c.slug == slug), None)

    def vanguard(self, slug):
        return next((v for v in self.vanguards if v.slug == slug), None)

    def outcome_category(self, slug):
        return next((c for c in self.outcome_categories if c.slug == slug), None)

    def vanguards_of(self, care_model):
        return [v for v in self.vanguards if v.care_model_id == care_model.pk]


def get_taxonomy():
    """The cached taxonomy; vanguards come with `care_model` and `region` loaded, by name."""
    snapshot = cache.get(CACHE_KEY)
    if snapshot is None:
        snapshot = Taxonomy(
            care_models=list(CareModel.objects.all()),
            support_areas=list(SupportArea.objects.all()),
            regions=list(Region.objects.all()),
            vanguards=list(
                Vanguard.objects.select_related("care_model", "region").order_by("name")
            ),
            outcome_categories=list(OutcomeCategory.objects.all()),
        )
        cache.set(CACHE_KEY, snapshot, CACHE_SECONDS)
    return snapshot


def invalidate_taxonomy(**kwargs):
    cache.delete(CACHE_KEY)
    # Cached pages show taxonomy names and vanguard profiles: retire them too.
    from core.structure import invalidate_structure

    invalidate_structure()


for _model in (CareModel, SupportArea, Region, Vanguard, OutcomeCategory):
    receiver(post_save, sender=_model, dispatch_uid=f"taxonomy-save-{_model.__name__}")(
        invalidate_taxonomy
    )
    receiver(post_delete, sender=_model, dispatch_uid=f"taxonomy-delete-{_model.__name__}")(
        invalidate_taxonomy
    )
