"""Editors keep the taxonomy and hub pages up to date in Wagtail's admin; readers see it at once."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home.models import CareModelIndexPage, CareModelPage, VanguardIndexPage
from taxonomy.models import Vanguard
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_editor_can_reach_the_admin_and_the_taxonomy_snippets(client, editor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    response = client.get("/admin/snippets/taxonomy/vanguard/")
    assert response.status_code == 200
    assert "Sutton Homes of Care" in response.content.decode()


def test_people_outside_the_admin_groups_are_kept_out(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    # A clear page (issue 18), never the old redirect loop back to the sign-in page.
    assert response.status_code == 403
    assert "Share your practice" in response.content.decode()
    assert client.get("/admin/snippets/taxonomy/vanguard/").status_code == 403


def test_editing_a_vanguard_snippet_shows_on_its_profile(client, editor, site_tree):
    client.get("/vanguards/gateshead-care-home-project/")  # cache the taxonomy first
    vanguard = Vanguard.objects.get(slug="gateshead-care-home-project")
    client.force_login(editor)
    response = client.post(
        f"/admin/snippets/taxonomy/vanguard/edit/{vanguard.pk}/",
        {
            "name": vanguard.name,
            "number": vanguard.number,
            "care_model": vanguard.care_model_id,
            "region": vanguard.region_id,
            "place": vanguard.place,
            "summary": "Care homes in Gateshead with a named GP practice for every home.",
            "partners": "",
            "population": "",
            "website": "",
            "what_is_changing": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    html = client.get("/vanguards/gateshead-care-home-project/").content.decode()
    assert "a named GP practice for every home" in html
    vanguard.refresh_from_db()
    assert vanguard.slug == "gateshead-care-home-project"


def test_editor_can_edit_and_publish_a_hub_and_readers_see_it(client, site_tree):
    admin = UserFactory(is_superuser=True, is_staff=True)
    hub = CareModelPage.objects.get(care_model__short_name="UEC")
    client.get(hub.url)
    client.force_login(admin)
    response = client.post(
        f"/admin/pages/{hub.pk}/edit/",
        nested_form_data(
            {
                "title": hub.title,
                "slug": hub.slug,
                "care_model": hub.care_model_id,
                "body": rich_text("<p>Eight networks joined up A&amp;E, 111 and ambulances.</p>"),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    client.logout()
    assert "Eight networks joined up" in client.get(hub.url).content.decode()


def test_menu_follows_page_titles_when_they_are_republished(client, site_tree):
    assert ">Vanguards</a>" in client.get("/").content.decode()
    directory = VanguardIndexPage.objects.get()
    directory.title = "Vanguard directory"
    directory.save_revision().publish()
    assert ">Vanguard directory</a>" in client.get("/").content.decode()


def test_only_one_care_models_index_and_one_directory_can_exist():
    assert CareModelIndexPage.max_count == 1
    assert VanguardIndexPage.max_count == 1
    assert CareModelPage.parent_page_types == ["home.CareModelIndexPage"]
