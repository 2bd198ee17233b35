"""Paging a list: the pages cover every row once, a short list costs one query, and a page
number that is not a page of the list is the reader's error."""

import pytest
from django.http import QueryDict

from core.pagination import PageNumberError, paginate
from taxonomy.models import Region

pytestmark = pytest.mark.django_db


def _regions(count):
    # The site's own regions are left alone; these are told apart by their slugs.
    Region.objects.bulk_create(
        Region(name=f"Region {n:02}", slug=f"paging-{n:02}") for n in range(count)
    )
    return Region.objects.filter(slug__startswith="paging-").order_by("name")


def _page(object_list, number, per_page):
    return paginate(object_list, QueryDict(f"page={number}"), per_page)


def test_a_list_shorter_than_a_page_is_read_in_one_query(django_assert_num_queries):
    regions = _regions(4)
    with django_assert_num_queries(1):
        page = _page(regions, 1, 5)
    assert [r.name for r in page.items] == [f"Region {n:02}" for n in range(4)]
    assert (page.count, page.num_pages, page.has_next) == (4, 1, False)


@pytest.mark.parametrize("count", [5, 6, 12])
def test_the_pages_cover_every_row_once_and_count_them(count):
    regions = _regions(count)
    first = _page(regions, 1, 5)
    pages = [first] + [_page(regions, n, 5) for n in range(2, first.num_pages + 1)]
    names = [r.name for page in pages for r in page.items]
    assert names == [f"Region {n:02}" for n in range(count)]
    assert {page.count for page in pages} == {count}
    assert first.num_pages == -(-count // 5)
    assert first.has_next == (count > 5)


def test_an_empty_list_has_one_empty_page_and_no_second():
    regions = _regions(0)
    page = _page(regions, 1, 5)
    assert (page.items, page.count, page.num_pages) == ([], 0, 1)
    with pytest.raises(PageNumberError) as error:
        _page(regions, 2, 5)
    assert error.value.status == 404
