"""A contributor's partial edit POST in the admin used to be a 500.

Cause (Wagtail 8.0.1, wagtail/blocks/stream_block.py, StreamBlock.value_from_datadict): it reads
`int(data["<field>-count"])` with no check, so a POST without a StreamField's management keys
raises MultiValueDictKeyError, and one with a non-number there raises ValueError, inside form
validation. core.forms.SitePageForm turns both into a form error and keeps the saved content.
"""

import pytest

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from tests.casestudies.factories import make_case_study
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def contributor_page(client, site_tree):
    contributor = UserFactory(groups=["Contributors"])
    page = make_case_study(
        CaseStudyIndexPage.objects.get(),
        title="Original title",
        body="<p>Original story.</p>",
        owner=contributor,
    )
    client.force_login(contributor)
    return page


@pytest.mark.parametrize(
    "data",
    [
        {"title": "New title"},
        {"title": "New title", "what_was_done-count": "²"},
        {"title": "New title", "what_was_done-count": "1"},
        {"title": "New title", "what_was_done-count": "1", "what_was_done-0-deleted": ""},
    ],
)
def test_a_partial_edit_is_a_form_error_not_a_500(client, contributor_page, data):
    response = client.post(f"/admin/pages/{contributor_page.pk}/edit/", data)
    assert response.status_code == 200
    assert "arrived incomplete" in response.content.decode()
    page = CaseStudyPage.objects.get(pk=contributor_page.pk)
    assert page.title == "Original title"
    assert "Original story." in str(page.get_latest_revision_as_object().what_was_done)


def test_a_partial_create_is_a_form_error_not_a_500(client, contributor_page):
    parent = CaseStudyIndexPage.objects.get()
    response = client.post(
        f"/admin/pages/add/casestudies/casestudypage/{parent.pk}/", {"title": "Half a page"}
    )
    assert response.status_code == 200
    assert not CaseStudyPage.objects.filter(title="Half a page").exists()
