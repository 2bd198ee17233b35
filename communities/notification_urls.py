"""The notification centre, at /notifications/."""

from django.urls import path

from . import urls  # noqa: F401  (registers the dbid path converter)
from .views import notifications

app_name = "notifications"

urlpatterns = [
    path("", notifications.index, name="index"),
    path("read/", notifications.mark_read, name="mark_read"),
    path("settings/", notifications.notification_settings, name="settings"),
    path("watches/<dbid:watch_id>/", notifications.change_watch, name="change_watch"),
    path("unsubscribe/<str:token>/", notifications.unsubscribe, name="unsubscribe"),
]
