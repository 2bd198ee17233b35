from django.apps import AppConfig


class ReadingListConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reading_list"
    verbose_name = "Reading list"
