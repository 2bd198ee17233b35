"""Care models, support areas and tags of a page, read in one query.

Case studies and learning guides both carry `care_models` and `support_areas`
(ParentalManyToManyField) and `tags` (ClusterTaggableManager). Reading the three relations one
by one costs three queries on every page view; one UNION of the link tables, resolved against
the cached taxonomy, costs one.
"""

from django.db import models
from django.db.models import F, Value
from django.db.models.functions import Cast

from taxonomy.snapshot import get_taxonomy


class TaxonomyLabels:
    """Mixin for page models with care_models, support_areas and tags."""

    def labels(self, request=None):
        """(care models, support areas, tag names), in the programme's order and A to Z.

        A preview holds unsaved choices in memory, so it reads them from the relations.
        """
        if getattr(request, "is_preview", False) or not self.pk:
            return (
                list(self.care_models.all()),
                list(self.support_areas.all()),
                sorted((tag.name for tag in self.tags.all()), key=str.lower),
            )
        model = type(self)
        owner = f"{model._meta.model_name}_id"
        text = models.CharField()

        def links(field, kind, target):
            through = model._meta.get_field(field).remote_field.through
            return (
                through.objects.filter(**{owner: self.pk})
                .annotate(kind=Value(kind, text), ref=Cast(target, text))
                .values_list("kind", "ref")
            )

        tag_through = model._meta.get_field("tags").remote_field.through
        rows = links("care_models", "care_model", "caremodel_id").union(
            links("support_areas", "support_area", "supportarea_id"),
            tag_through.objects.filter(content_object_id=self.pk)
            .annotate(kind=Value("tag", text), ref=F("tag__name"))
            .values_list("kind", "ref"),
            all=True,
        )
        chosen = {"care_model": set(), "support_area": set(), "tag": []}
        for kind, ref in rows:
            if kind == "tag":
                chosen["tag"].append(ref)
            else:
                chosen[kind].add(int(ref))
        taxonomy = get_taxonomy()
        return (
            [c for c in taxonomy.care_models if c.pk in chosen["care_model"]],
            [s for s in taxonomy.support_areas if s.pk in chosen["support_area"]],
            sorted(chosen["tag"], key=str.lower),
        )
