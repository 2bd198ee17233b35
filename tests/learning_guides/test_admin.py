"""Contributors write guides in Wagtail's admin and submit them; editors review and publish."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from learning_guides.models import LearningGuidePage
from taxonomy.models import CareModel, SupportArea

pytestmark = pytest.mark.django_db


def key_actions(*actions):
    """ListBlock form data."""
    data = {
        str(i): {"value": action, "deleted": "", "order": str(i)}
        for i, action in enumerate(actions)
    }
    data["count"] = str(len(actions))
    return data


def chapter(title, slug="", html="<p>Agree one transfer form.</p>", actions=("Name a lead",)):
    return {
        "title": title,
        "slug": slug,
        "body": streamfield([("text", rich_text(html)), ("key_actions", key_actions(*actions))]),
    }


def guide_form(chapters, action="action-publish", **fields):
    data = {
        "title": "Adopting the Red Bag",
        "slug": "adopting-the-red-bag",
        "summary": "How to introduce the Red Bag.",
        "audience": "Care home managers",
        "tags": "care homes, hospital discharge",
        "chapters": inline_formset(chapters, min=1),
        "related_case_study_links": inline_formset([]),
        "resources": inline_formset([]),
        "first_published": "",
        "last_reviewed": "",
        "next_review": "",
        action: "1",
        **fields,
    }
    form = nested_form_data(data)
    # Several values for one name: after flattening, as nested_form_data takes one per key.
    form["care_models"] = [CareModel.objects.get(slug="enhanced-health-in-care-homes").pk]
    form["support_areas"] = [SupportArea.objects.get(slug="designing-new-care-models").pk]
    return form


def add_url(index):
    return f"/admin/pages/add/learning_guides/learningguidepage/{index.pk}/"


def test_superuser_creates_and_publishes_a_guide_with_two_chapters(client, index, superuser):
    client.force_login(superuser)
    response = client.post(
        add_url(index),
        guide_form(
            [
                chapter("What the Red Bag is", html="<h3>What goes in the bag</h3><p>Notes.</p>"),
                chapter("Agreeing the pathway", slug="pathway"),
            ]
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    guide = LearningGuidePage.objects.get(slug="adopting-the-red-bag")
    assert guide.live
    assert [(c.title, c.slug) for c in guide.chapters.all()] == [
        ("What the Red Bag is", "what-the-red-bag-is"),
        ("Agreeing the pathway", "pathway"),
    ]
    assert guide.reading_minutes == 2
    client.logout()
    html = client.get("/guides/adopting-the-red-bag/pathway/").content.decode()
    assert "<h1>Agreeing the pathway</h1>" in html
    assert "Name a lead" in html
    all_html = client.get("/guides/adopting-the-red-bag/all/").content.decode()
    assert 'id="what-the-red-bag-is--what-goes-in-the-bag"' in all_html


def test_the_add_form_offers_chapters_related_case_studies_and_resources(client, index, superuser):
    client.force_login(superuser)
    html = client.get(add_url(index)).content.decode()
    for name in ["chapters-FORMS", "related_case_study_links-FORMS", "resources-FORMS"]:
        assert name in html
    assert "Key actions" in html


@pytest.mark.parametrize(
    ("chapters", "message"),
    [
        (
            [chapter("Getting started"), chapter("Getting started")],
            "Another chapter already uses the slug “getting-started”",
        ),
        ([chapter("One", slug="steps"), chapter("Two", slug="steps")], "already uses the slug"),
        ([chapter("Everything", slug="all")], "is used by the guide itself"),
    ],
)
def test_chapter_slugs_must_differ_and_not_clash_with_the_guide(
    client, index, superuser, chapters, message
):
    client.force_login(superuser)
    response = client.post(add_url(index), guide_form(chapters))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not LearningGuidePage.objects.exists()


def test_a_guide_needs_at_least_one_chapter_to_publish(client, index, superuser):
    client.force_login(superuser)
    response = client.post(add_url(index), guide_form([]))
    assert response.status_code == 200
    assert not LearningGuidePage.objects.exists()


def test_a_guide_needs_a_care_model_and_a_support_area(client, index, superuser):
    client.force_login(superuser)
    form = guide_form([chapter("One")])
    form.pop("care_models")
    form.pop("support_areas")
    response = client.post(add_url(index), form)
    assert response.status_code == 200
    assert not LearningGuidePage.objects.exists()


def test_contributor_cannot_publish_a_guide_only_save_a_draft(client, index, contributor):
    client.force_login(contributor)
    response = client.post(add_url(index), guide_form([chapter("One")]))
    assert response.status_code == 302, response.content.decode()[:3000]
    guide = LearningGuidePage.objects.get()
    assert not guide.live
    assert client.get("/guides/adopting-the-red-bag/").status_code == 404


def test_contributor_submits_for_review_and_an_editor_approves_and_publishes(
    client, index, contributor, editor
):
    client.force_login(contributor)
    response = client.post(
        add_url(index), guide_form([chapter("One"), chapter("Two")], action="action-submit")
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    guide = LearningGuidePage.objects.get()
    assert not guide.live
    workflow_state = guide.current_workflow_state
    assert workflow_state is not None and workflow_state.workflow.name == "Editorial review"
    assert "<strong>0</strong> guides" in client.get("/guides/").content.decode()

    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(guide, contributor) == []
    assert "approve" in [name for name, *_ in task.get_actions(guide, editor)]
    task.on_action(task_state, editor, "approve")
    guide = LearningGuidePage.objects.get()
    assert guide.live
    client.logout()
    assert client.get("/guides/adopting-the-red-bag/two/").status_code == 200
    assert "Adopting the Red Bag" in client.get("/guides/").content.decode()


def test_contributors_may_add_guides_only_under_the_guide_index(index, contributor):
    from wagtail.permission_policies.pages import PagePermissionPolicy

    policy = PagePermissionPolicy()
    assert policy.user_has_permission_for_instance(contributor, "add", index)
    assert not policy.user_has_permission_for_instance(contributor, "publish", index)
    assert LearningGuidePage.parent_page_types == ["learning_guides.LearningGuideIndexPage"]
    assert index.specific.subpage_types == ["learning_guides.LearningGuidePage"]
    assert Page.objects.type(LearningGuidePage).count() == 0


@pytest.mark.parametrize(("mode", "expected"), [("", "Start reading: One"), ("all", 'id="two"')])
def test_editors_preview_an_unsaved_guide_as_overview_or_whole_guide(
    client, index, superuser, mode, expected
):
    client.force_login(superuser)
    preview_url = add_url(index) + "preview/"
    response = client.post(preview_url, guide_form([chapter("One"), chapter("Two")]))
    assert response.json()["is_valid"]
    html = client.get(preview_url, {"mode": mode}).content.decode()
    assert expected in html
    assert not LearningGuidePage.objects.exists()


def test_edit_form_shows_the_chapters_and_saves_reordered_ones(client, index, superuser):
    from .factories import make_guide

    guide = make_guide(index, slug="reorder")
    first, second = guide.chapters.all()
    client.force_login(superuser)
    assert "Keeping it going" in client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    form = guide_form(
        [
            {**chapter("Keeping it going", slug=second.slug), "id": second.pk, "ORDER": "0"},
            {**chapter("Getting started", slug=first.slug), "id": first.pk, "ORDER": "1"},
        ],
        slug="reorder",
    )
    form["chapters-INITIAL_FORMS"] = "2"
    response = client.post(f"/admin/pages/{guide.pk}/edit/", form)
    assert response.status_code == 302, response.content.decode()[:3000]
    client.logout()
    html = client.get("/guides/reorder/").content.decode()
    assert html.index("Keeping it going") < html.index("Getting started")
    assert 'nhsuk-pagination__link--next" href="/guides/reorder/keeping-it-going/"' in html
