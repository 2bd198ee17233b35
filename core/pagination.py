"""Paging for every listing: a bad or out-of-range page number is the reader's error, not ours."""

from dataclasses import dataclass

from django.core.paginator import Paginator

from .requestparams import BadNumber, read_whole_number


class PageNumberError(ValueError):
    """The `page` parameter is not a page of these results; `status` is the HTTP status to send."""

    def __init__(self, message, status, last_page, param="page"):
        super().__init__(message)
        self.status = status
        self.last_page = last_page
        self.param = param


def read_page_number(querydict, name="page"):
    """The page asked for (1 when absent); 400 unless it is ASCII digits from 1."""
    try:
        return read_whole_number(querydict, name, default=1, minimum=1)
    except BadNumber:
        raw = querydict.get(name, "").strip()
        raise PageNumberError(
            f"“{raw[:20]}” is not a page number. Page numbers are whole numbers from 1, "
            "written with the digits 0-9.",
            400,
            1,
            name,
        ) from None


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
    """One page of `object_list`, or PageNumberError (400 not a number, 404 beyond the end).

    The first page is read with one row more than it shows: when that row is not there, the
    list is the page, and its length is the count (a short topic or list costs no COUNT query;
    Django's Paginator asks for the count first)."""
    number = read_page_number(querydict)
    paginator = Paginator(object_list, per_page, allow_empty_first_page=True)
    if number == 1:
        rows = list(object_list[: per_page + 1])
        if len(rows) <= per_page:
            return PageOfResults(rows, 1, 1, len(rows), per_page)
        return PageOfResults(rows[:per_page], 1, paginator.num_pages, paginator.count, per_page)
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
