"""Readers move through a guide chapter by chapter, or read and print it all on one page."""

import datetime
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.utils import timezone

from learning_guides.models import LearningGuidePage

from .factories import make_guide, words

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 12

THREE_CHAPTERS = [
    {
        "title": "What the Red Bag is",
        "body": [
            ("text", words(450) + "<h3>What goes in the bag</h3><p>Medicines.</p>"),
            ("key_actions", ["Agree one transfer form", "Name a lead in each home"]),
        ],
    },
    {
        "title": "Agreeing the pathway",
        "slug": "agreeing",
        "body": [("text", "<h3>Who needs to be involved</h3>" + words(150))],
    },
    {"title": "Bringing the bag home", "body": [("text", words(90))]},
]


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def guide(index):
    return make_guide(index, title="Adopting the Red Bag", slug="red-bag", chapters=THREE_CHAPTERS)


class Ids(HTMLParser):
    """Every id and every in-page link of a document."""

    def __init__(self, html):
        super().__init__()
        self.ids, self.fragments = [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "a" and (attrs.get("href") or "").startswith("#"):
            self.fragments.append(attrs["href"][1:])


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_chapters_take_their_slugs_from_titles_unless_given(guide):
    assert [c.slug for c in guide.chapters.all()] == [
        "what-the-red-bag-is",
        "agreeing",
        "bringing-the-bag-home",
    ]


def test_overview_lists_every_chapter_with_its_reading_time_and_the_guide_total(client, guide):
    html = get(client, "/guides/red-bag/")
    assert "<h1>Adopting the Red Bag</h1>" in html
    assert 'class="nhsuk-contents-list app-guide-contents"' in html
    assert (
        '<li class="nhsuk-contents-list__item" aria-current="page">'
        '<span class="nhsuk-contents-list__current">Overview</span></li>'
    ) in html
    assert (
        '<a class="nhsuk-contents-list__link" href="/guides/red-bag/what-the-red-bag-is/">'
        'What the Red Bag is</a> <span class="app-contents-time">(3 minute read)</span>'
    ) in html
    assert 'href="/guides/red-bag/agreeing/">Agreeing the pathway</a>' in html
    assert "(1 minute read)" in html
    # 3 + 1 + 1 minutes, in three chapters.
    assert "5 minute read, in 3 chapters" in html
    assert "Start reading: What the Red Bag is" in html


def test_overview_leads_on_to_the_first_chapter_and_to_the_print_view(client, guide):
    html = get(client, "/guides/red-bag/")
    assert 'nhsuk-pagination__link--next" href="/guides/red-bag/what-the-red-bag-is/"' in html
    assert "nhsuk-pagination__link--prev" not in html
    assert '<a href="/guides/red-bag/all/">Print or save as PDF' in html


def test_chapter_page_marks_itself_current_in_the_contents_and_links_previous_and_next(
    client, guide
):
    html = get(client, "/guides/red-bag/agreeing/")
    assert "<h1>Agreeing the pathway</h1>" in html
    assert (
        "<title>Agreeing the pathway – Adopting the Red Bag – NHS Shared Learning</title>" in html
    )
    assert "Chapter 2 of 3 · 1 minute read" in html
    assert (
        '<li class="nhsuk-contents-list__item" aria-current="page">'
        '<span class="nhsuk-contents-list__current">Agreeing the pathway</span></li>'
    ) in html
    assert html.count('aria-current="page"><span class="nhsuk-contents-list__current"') == 1
    assert 'href="/guides/red-bag/">Overview</a>' in html
    assert (
        'nhsuk-pagination__link--prev" href="/guides/red-bag/what-the-red-bag-is/" rel="prev">'
    ) in html
    assert 'nhsuk-pagination__link--next" href="/guides/red-bag/bringing-the-bag-home/"' in html
    assert '<span class="nhsuk-pagination__page">What the Red Bag is</span>' in html
    assert '<span class="nhsuk-pagination__page">Bringing the bag home</span>' in html
    assert "1 minute read" in html


def test_first_chapter_goes_back_to_the_overview_and_the_last_has_no_next(client, guide):
    first = get(client, "/guides/red-bag/what-the-red-bag-is/")
    assert 'nhsuk-pagination__link--prev" href="/guides/red-bag/" rel="prev"' in first
    assert '<span class="nhsuk-pagination__page">Overview</span>' in first
    assert "3 minute read" in first
    last = get(client, "/guides/red-bag/bringing-the-bag-home/")
    assert "nhsuk-pagination__link--next" not in last
    assert 'nhsuk-pagination__link--prev" href="/guides/red-bag/agreeing/"' in last


def test_chapter_page_shows_its_key_actions_and_breadcrumb_back_to_the_guide(client, guide):
    html = get(client, "/guides/red-bag/what-the-red-bag-is/")
    assert "Key actions" in html
    assert "Agree one transfer form" in html
    assert '<a class="nhsuk-breadcrumb__link" href="/guides/">Learning guides</a>' in html
    assert (
        '<a class="nhsuk-breadcrumb__link" href="/guides/red-bag/">Adopting the Red Bag</a>' in html
    )


def test_single_page_view_holds_every_chapter_with_an_anchor_and_prints(client, guide):
    html = get(client, "/guides/red-bag/all/")
    for slug, title in [
        ("what-the-red-bag-is", "1. What the Red Bag is"),
        ("agreeing", "2. Agreeing the pathway"),
        ("bringing-the-bag-home", "3. Bringing the bag home"),
    ]:
        assert f'<section class="app-guide-chapter" id="{slug}">' in html
        assert f"<h2>{title}</h2>" in html
    assert "Agree one transfer form" in html
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in html
    assert '<meta name="robots" content="noindex, follow">' in html
    # Headings inside chapters sit a level below the chapter's own heading.
    assert '<h4 id="what-the-red-bag-is--what-goes-in-the-bag">What goes in the bag</h4>' in html


def test_every_contents_link_on_the_single_page_view_reaches_an_element_there(client, guide):
    parsed = Ids(get(client, "/guides/red-bag/all/"))
    chapters = ["what-the-red-bag-is", "agreeing", "bringing-the-bag-home"]
    assert [f for f in parsed.fragments if f in chapters] == chapters
    missing = set(parsed.fragments) - set(parsed.ids)
    assert not missing, f"links to anchors that are not on the page: {missing}"
    assert len(parsed.ids) == len(set(parsed.ids)), "ids on the page must be unique"


def test_heading_anchors_are_the_same_on_the_chapter_page_and_the_single_page_view(client, guide):
    anchor = "agreeing--who-needs-to-be-involved"
    assert f'<h3 id="{anchor}">' in get(client, "/guides/red-bag/agreeing/")
    assert anchor in Ids(get(client, "/guides/red-bag/all/")).ids


def test_guide_pages_load_the_print_stylesheet_and_other_pages_do_not(client, guide):
    print_css = 'href="/static/css/print.css" media="print"'
    assert print_css in get(client, "/guides/red-bag/")
    assert print_css in get(client, "/guides/red-bag/agreeing/")
    assert print_css not in get(client, "/guides/")
    assert print_css not in get(client, "/")


def test_print_stylesheet_hides_the_site_and_spells_out_links(settings):
    css = (settings.BASE_DIR / "static" / "css" / "print.css").read_text()
    for selector in [".nhsuk-header", ".nhsuk-footer", ".nhsuk-breadcrumb", ".nhsuk-pagination"]:
        assert selector in css
    assert 'a[href^="http"]::after { content: " (" attr(href) ")"' in css
    assert ".app-key-actions" in css and "break-inside: avoid" in css


@pytest.mark.parametrize(
    "url", ["/guides/red-bag/no-such-chapter/", "/guides/red-bag/agreeing/more/"]
)
def test_unknown_chapter_is_a_404_in_the_site_style(client, guide, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_a_guide_never_published_is_not_served(client, index):
    make_guide(index, slug="draft-guide", publish=False)
    for url in [
        "/guides/draft-guide/",
        "/guides/draft-guide/getting-started/",
        "/guides/draft-guide/all/",
    ]:
        assert client.get(url).status_code == 404


def test_guide_past_its_review_date_says_so_on_every_view(client, index):
    today = timezone.localdate()
    make_guide(
        index,
        slug="old",
        last_reviewed=today - datetime.timedelta(days=400),
        next_review=today - datetime.timedelta(days=35),
    )
    make_guide(index, slug="fresh", next_review=today + datetime.timedelta(days=30))
    for url in ["/guides/old/", "/guides/old/getting-started/", "/guides/old/all/"]:
        html = get(client, url)
        assert "Due for review" in html
        assert "This guide was due for review on" in html
    assert "Due for review" not in get(client, "/guides/fresh/")


def test_publishing_fills_in_review_dates_a_year_apart(guide):
    today = timezone.localdate()
    assert guide.first_published is not None
    assert guide.last_reviewed == today
    assert guide.next_review == today + datetime.timedelta(days=365)
    assert not guide.due_for_review


def test_guide_shows_care_models_support_areas_audience_and_tags(client, index):
    make_guide(
        index,
        slug="tagged",
        audience="Practice managers",
        care_models=["multispecialty-community-providers"],
        support_areas=["evaluation-and-metrics", "workforce-redesign"],
        tags=["Multidisciplinary teams"],
    )
    html = get(client, "/guides/tagged/")
    assert "Practice managers" in html
    assert 'href="/care-models/multispecialty-community-providers/"' in html
    assert "Support areas" in html
    assert 'href="/guides/?support_area=evaluation-and-metrics"' in html
    assert 'href="/guides/?tag=multidisciplinary%20teams"' in html


def test_downloadable_resources_are_listed(client, index):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from learning_guides.models import LearningGuideResource

    document = Document.objects.create(
        title="Red Bag transfer form", file=ContentFile(b"form", name="red-bag-form.pdf")
    )
    guide = make_guide(index, slug="with-resources")
    guide.resources = [LearningGuideResource(document=document)]
    guide.save_revision().publish()
    html = get(client, "/guides/with-resources/")
    assert "Downloadable resources" in html
    assert f'<a href="{document.url}">Red Bag transfer form</a>' in html
    assert "(PDF" in html
    assert "Red Bag transfer form" in get(client, "/guides/with-resources/all/")


@pytest.mark.parametrize("chapter_count", [2, 12])
@pytest.mark.parametrize("path", ["", "chapter-2/", "all/"])
def test_guide_views_stay_within_the_query_budget_whatever_the_chapters(
    client, index, chapter_count, path, django_assert_max_num_queries
):
    chapters = [
        {"title": f"Chapter {n}", "body": [("text", words(250)), ("key_actions", ["Do it"])]}
        for n in range(1, chapter_count + 1)
    ]
    guide = make_guide(index, slug="budget", chapters=chapters, tags=["a", "b"])
    assert LearningGuidePage.objects.get(pk=guide.pk).reading_minutes == chapter_count * 2
    url = f"/guides/budget/{path}"
    client.get(url)  # warm Wagtail's site-root cache, as a running server has
    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get(url)
    assert response.status_code == 200
