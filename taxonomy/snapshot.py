"""The whole taxonomy (care models, support areas, regions, vanguards, outcome categories) as one
cached value.

Every page that shows filters or labels needs it; reading it from the cache keeps those pages'
query counts flat. Saving or deleting any taxonomy item invalidates it and sends
`taxonomy_changed` (taxonomy/signals.py). Each process may also keep the snapshot it last read:
core plugs its process memo in with `keep_with` (keyed on its "taxonomy" token, which it bumps on
`taxonomy_changed`), since unpickling some hundred model instances on every call cost a listing
page more than its whole render. Taxonomy itself imports nothing of ours.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import CareModel, OutcomeCategory, Region, SupportArea, Vanguard
from .signals import taxonomy_changed

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


# How the snapshot is kept in the process between calls: `keeper(build)` returns the snapshot,
# calling `build(token)` when its own token says the one it holds is stale. None: read from the
# shared cache on every call.
_keeper = None


def keep_with(keeper):
    """Let `keeper(build)` hold the snapshot in the process (core.apps sets core's memo)."""
    global _keeper
    _keeper = keeper


def get_taxonomy():
    """The cached taxonomy; vanguards come with `care_model` and `region` loaded, by name."""
    if _keeper is None:
        return _load("shared")
    return _keeper(_load)


def _load(token):
    key = f"{CACHE_KEY}:{token}"
    snapshot = cache.get(key)
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
        cache.set(key, snapshot, CACHE_SECONDS)
    return snapshot


def invalidate_taxonomy(sender=None, **kwargs):
    cache.delete(f"{CACHE_KEY}:shared")
    # Whoever keeps the snapshot, or pages showing taxonomy names, retires them on this.
    taxonomy_changed.send(sender=sender)


for _model in (CareModel, SupportArea, Region, Vanguard, OutcomeCategory):
    receiver(post_save, sender=_model, dispatch_uid=f"taxonomy-save-{_model.__name__}")(
        invalidate_taxonomy
    )
    receiver(post_delete, sender=_model, dispatch_uid=f"taxonomy-delete-{_model.__name__}")(
        invalidate_taxonomy
    )
