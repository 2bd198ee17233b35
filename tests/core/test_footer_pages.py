"""The footer's required pages: made by setup_site, editable, linked from every page."""

import io

import pytest
from django.core.management import call_command

from home.models import InformationPage

pytestmark = pytest.mark.django_db

REQUIRED = {
    "Accessibility statement": "/accessibility-statement/",
    "Privacy notice": "/privacy/",
    "Cookies": "/cookies/",
    "Contact us": "/contact/",
    "Terms of use": "/terms-of-use/",
}


def test_setup_site_makes_the_required_pages_once_and_the_footer_links_them(client, site_tree):
    call_command("setup_site", stdout=io.StringIO())
    assert InformationPage.objects.count() == 5
    footer = client.get("/").content.decode().split('<footer class="nhsuk-footer"')[1]
    for title, url in REQUIRED.items():
        assert f'href="{url}">{title}</a>' in footer
        page = client.get(url)
        assert page.status_code == 200
        assert f"<h1>{title}</h1>" in page.content.decode()


def test_an_edited_page_keeps_its_text_and_an_unpublished_one_leaves_the_footer(client, site_tree):
    cookies = InformationPage.objects.get(slug="cookies")
    cookies.body = "<p>Our own words about cookies.</p>"
    cookies.save_revision().publish()
    call_command("setup_site", stdout=io.StringIO())
    assert "Our own words about cookies." in client.get("/cookies/").content.decode()
    cookies.unpublish()
    footer = client.get("/").content.decode().split('<footer class="nhsuk-footer"')[1]
    assert "/cookies/" not in footer
