"""Until the knowledge search arrives, /search/ finds published pages and vanguards."""

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(site_tree):
    call_command("update_index", verbosity=0)


def test_search_finds_a_vanguard_by_place(client, indexed):
    response = client.get("/search/?q=Sutton")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="/vanguards/sutton-homes-of-care/"' in html


def test_search_results_are_not_indexed_by_search_engines(client, indexed):
    response = client.get("/search/?q=care")
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_no_results_page_suggests_what_to_do(client, indexed):
    html = client.get("/search/?q=zzqqxx").content.decode()
    assert "No results" in html
    assert "Check the spelling" in html
    assert 'href="/vanguards/"' in html


@pytest.mark.parametrize(
    "query, status",
    [
        ("q=care&page=999999999", 404),
        ("q=care&page=abc", 400),
        ("q=care&page=-1", 400),
        ("q=" + "x" * 10_000, 200),
        ('q="unbalanced', 200),
        ("q=title:(care AND OR NOT)", 200),
        ("q=%00", 200),
    ],
)
def test_hostile_queries_get_a_clear_answer_never_a_500(client, indexed, query, status):
    response = client.get("/search/?" + query)
    assert response.status_code == status
    if status == 404:
        assert "There is no page 999999999" in response.content.decode()
    if status == 400:
        assert "is not a page number" in response.content.decode()


def test_a_long_query_is_shortened_with_a_notice(client, indexed):
    html = client.get("/search/?q=" + "care " * 100).content.decode()
    assert "shortened to its first 200 characters" in html
