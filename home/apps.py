from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The top of the site: the home page, the care-model hubs, the vanguard directory, the site
    tree and demo loading. It may import every content app; nothing imports it."""

    name = "home"
    verbose_name = "Home and site structure"
