from django.urls import path

from communities import urls as _converters  # noqa: F401  (registers the dbid path converter)

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.new, name="new"),
    path("<dbid:alert_id>/", views.edit, name="edit"),
    path("<dbid:alert_id>/pause/", views.pause, name="pause"),
    path("<dbid:alert_id>/delete/", views.delete, name="delete"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
