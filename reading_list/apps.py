from django.apps import AppConfig


class ReadingListConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reading_list"
    verbose_name = "Reading list"

    def ready(self):
        from . import saving  # noqa: F401  (connects the saved-items cache's signals)
