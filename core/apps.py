from django.apps import AppConfig


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "Site"

    def ready(self):
        from search.registry import register

        from .documents import CareModelHubAdapter, VanguardAdapter

        register(VanguardAdapter())
        register(CareModelHubAdapter())

        from . import fragments

        fragments.connect_signals()
