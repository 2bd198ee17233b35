from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "Search"

    def ready(self):
        # Editors' picks are cached (service.editors_picks): any change to them retires the lot.
        from django.db.models.signals import post_delete, post_save
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion

        from core.fragments import bump

        from . import signals  # noqa: F401  (records changes for indexing)

        def retire(**kwargs):
            bump("search-promotions")

        for model in (Query, SearchPromotion):
            post_save.connect(
                retire, sender=model, dispatch_uid=f"picks-save-{model.__name__}", weak=False
            )
            post_delete.connect(
                retire, sender=model, dispatch_uid=f"picks-del-{model.__name__}", weak=False
            )
