from django.urls import path

from . import views
from .api import api

urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("search/feed/<str:kind>/", views.search_feed, name="search_feed"),
    path("search/autocomplete/", views.autocomplete, name="search_autocomplete"),
    # The JSON API (search.api): /api/search/ and its OpenAPI document, /api/search/openapi.json.
    path("api/", api.urls),
]
