from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from wagtail import views as wagtail_views

from .routing import serve_route


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors or database: the 500 page must render whatever broke.
    return HttpResponseServerError(loader.get_template("500.html").render())


def serve_page(request, path):
    """Wagtail's page serving, with routing answered from core.routing when it can."""
    serve_route(request, path)
    return wagtail_views.serve(request, path)
