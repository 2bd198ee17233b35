from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The top of the site: the home page, the care-model hubs, the vanguard directory, the
    footer's information pages, the site tree, demo loading and the health check. It may import
    every app below it; nothing imports it."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = "Home and site structure"

    def ready(self):
        from search.registry import register

        from .documents import CareModelHubAdapter, VanguardAdapter

        register(VanguardAdapter())
        register(CareModelHubAdapter())
