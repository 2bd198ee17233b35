from django.apps import AppConfig


class CommunitiesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "communities"
    verbose_name = "Communities of practice"

    def ready(self):
        from search.registry import register

        from .documents import TopicAdapter

        register(TopicAdapter())
