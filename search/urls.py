from django.urls import path

from . import views

urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("search/feed/<str:kind>/", views.search_feed, name="search_feed"),
    path("search/autocomplete/", views.autocomplete, name="search_autocomplete"),
    path("api/search/", views.api_search, name="search_api"),
    path("api/search/openapi.json", views.api_openapi, name="search_api_openapi"),
]
