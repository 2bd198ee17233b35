from django.apps import AppConfig


class LearningGuidesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "learning_guides"
    verbose_name = "Learning guides"

    def ready(self):
        from search.registry import register

        from .documents import LearningGuideAdapter

        register(LearningGuideAdapter())
