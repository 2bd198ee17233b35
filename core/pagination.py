"""Paging for every listing: a bad or out-of-range page number is the reader's error, not ours."""

from dataclasses import dataclass

from django.core.paginator import Paginator


class PageNumberError(ValueError):
    """The `page` parameter is not a page of these results; `status` is the HTTP status to send."""

    def __init__(self, message, status, last_page):
        super().__init__(message)
        self.status = status
        self.last_page = last_page


def read_page_number(querydict, name="page"):
    raw = querydict.get(name, "1").strip() or "1"
    if not raw.isdigit() or len(raw) > 12 or int(raw) < 1:
        raise PageNumberError(
            f"“{raw[:20]}” is not a page number. Page numbers are whole numbers from 1.", 400, 1
        )
    return int(raw)


class PagePosition:
    """Where a page sits among the results; needs number, num_pages, count and per_page.
    Shared by plain paged lists and search results, so the pagination template serves both."""

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_next(self):
        return self.number < self.num_pages

    @property
    def start_index(self):
        return 0 if not self.count else (self.number - 1) * self.per_page + 1

    @property
    def end_index(self):
        return min(self.number * self.per_page, self.count)


@dataclass
class PageOfResults(PagePosition):
    items: list
    number: int
    num_pages: int
    count: int
    per_page: int


def paginate(object_list, querydict, per_page):
    """One page of `object_list`, or PageNumberError (400 not a number, 404 beyond the end)."""
    number = read_page_number(querydict)
    paginator = Paginator(object_list, per_page, allow_empty_first_page=True)
    if number > paginator.num_pages:
        raise PageNumberError(
            f"There is no page {number}. These results have {paginator.num_pages} "
            f"page{'s' if paginator.num_pages != 1 else ''}.",
            404,
            paginator.num_pages,
        )
    page = paginator.page(number)
    return PageOfResults(
        list(page.object_list), number, paginator.num_pages, paginator.count, per_page
    )
