from django.urls import path

from communities import urls as _converters  # noqa: F401  (registers the dbid path converter)

from . import views

app_name = "reading_list"

urlpatterns = [
    path("", views.saved, name="saved"),
    path("pages/<dbid:page_id>/", views.save_page, name="save_page"),
    path("topics/<dbid:topic_id>/", views.save_topic, name="save_topic"),
]
