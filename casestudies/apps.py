from django.apps import AppConfig


class CaseStudiesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "casestudies"
    verbose_name = "Case studies"

    def ready(self):
        from search.registry import register

        from .documents import CaseStudyAdapter

        register(CaseStudyAdapter())
