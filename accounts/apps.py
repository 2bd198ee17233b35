from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    default = True

    def ready(self):
        # Connects the signals that retire cached permissions, in every process.
        from . import backends  # noqa: F401


class UsersAdminConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know our profile fields."""

    default = False
    user_viewset = "accounts.viewsets.UserViewSet"
