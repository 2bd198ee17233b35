from django.apps import AppConfig


class CaseStudiesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "casestudies"
    verbose_name = "Case studies"

    def ready(self):
        from search.registry import register, register_facet_options

        from .documents import CaseStudyAdapter
        from .evidence import EvidenceLevel

        register(CaseStudyAdapter())
        # The search's "Evidence level" facet offers the case studies' scale.
        register_facet_options("evidence", lambda: list(EvidenceLevel.choices))
