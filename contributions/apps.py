from django.apps import AppConfig


class ContributionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "contributions"
    verbose_name = "Shared practice"

    def ready(self):
        from . import signals

        signals.connect()
