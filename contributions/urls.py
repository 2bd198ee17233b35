from django.urls import path

from . import views

app_name = "contributions"

urlpatterns = [
    path("", views.index, name="index"),
    path("start/", views.start, name="start"),
    path("<uuid:uid>/", views.detail, name="detail"),
    path("<uuid:uid>/check/", views.check, name="check"),
    path("<uuid:uid>/delete/", views.delete, name="delete"),
    path("<uuid:uid>/<slug:slug>/", views.step, name="step"),
]
