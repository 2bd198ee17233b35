"""The one way into the knowledge search, for the search page, the listings and the JSON API.

`read_request` validates and bounds what came in the query string into a SearchRequest; `run`
adds the reader's visibility, asks a backend (falling back to the database when Elasticsearch is
unavailable) and returns SearchResults ready for a template or JSON.
"""

import difflib
from dataclasses import dataclass, field

from django.core.cache import cache
from django.http import QueryDict

from core.pagination import PageNumberError, PagePosition, read_page_number

from . import engines
from .backends.base import BackendUnavailable, Query
from .documents import PUBLIC, KnowledgeDocument
from .facets import FACETS, FACETS_BY_NAME
from .highlight import highlight_words, marked_to_html
from .query import parse_query

DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 50
MAX_RESULT_WINDOW = 10_000
MAX_VALUES_PER_FILTER = 20
SORTS = {
    "relevance": "Relevance",
    "newest": "Newest",
    "title": "A to Z",
    "improvement": "Largest improvement",
}
# "improvement" ranks by what one outcome category's rows report, so it needs one chosen.
IMPROVEMENT_NEEDS = (
    "‘Largest improvement’ sorts within one outcome: choose one ‘Outcome measured’ filter."
)
PARAMETERS = {"q", "sort", "page", "per_page", *FACETS_BY_NAME}


class BadSearchRequest(ValueError):
    """A parameter the API cannot accept; `param` says which."""

    def __init__(self, param, message):
        super().__init__(message)
        self.param = param


@dataclass
class SearchRequest:
    parsed: object
    filters: dict
    sort: str
    page: int
    per_page: int
    fixed_type: str = ""
    ignored: list = field(default_factory=list)  # (label, value) of filters we did not know
    notices: list = field(default_factory=list)

    @property
    def query(self):
        return self.parsed.text

    @property
    def facets(self):
        return [f for f in FACETS if not (self.fixed_type and f.name == "type")]

    def engine_filters(self):
        filters = {name: tuple(values) for name, values in self.filters.items() if values}
        if self.fixed_type:
            filters["type"] = (self.fixed_type,)
        return filters


def read_request(querydict, *, fixed_type="", strict=False):
    """A SearchRequest from a QueryDict. Lenient (pages): unknown filter values are dropped and
    listed in `ignored`. Strict (API): any unknown parameter or value raises BadSearchRequest."""
    if strict:
        unknown = sorted(set(querydict) - PARAMETERS)
        if unknown:
            raise BadSearchRequest(
                unknown[0],
                f"Unknown parameter ‘{unknown[0][:40]}’. Known parameters: "
                + ", ".join(sorted(PARAMETERS))
                + ".",
            )
    raw_query = querydict.get("q", "")
    parsed = parse_query(raw_query)
    notices = []
    if parsed.truncated:
        notices.append("Your search was shortened to its first 200 characters.")

    filters, ignored = {}, []
    for facet in FACETS:
        if fixed_type and facet.name == "type":
            continue
        values = []
        for raw in querydict.getlist(facet.name)[: MAX_VALUES_PER_FILTER + 1]:
            value = raw.strip()
            if not value or value in values:
                continue
            if len(values) >= MAX_VALUES_PER_FILTER:
                if strict:
                    raise BadSearchRequest(
                        facet.name, f"At most {MAX_VALUES_PER_FILTER} values of ‘{facet.name}’."
                    )
                break
            lookup = value.lower() if facet.name == "tag" else value
            if facet.is_valid(lookup):
                values.append(lookup)
            elif strict:
                raise BadSearchRequest(
                    facet.name, f"‘{value[:60]}’ is not a known value of ‘{facet.name}’."
                )
            else:
                ignored.append((facet.label, value[:60]))
        if values:
            filters[facet.name] = values

    sort = querydict.get("sort", "").strip()
    if sort and sort not in SORTS:
        if strict:
            raise BadSearchRequest("sort", f"‘sort’ must be one of: {', '.join(SORTS)}.")
        ignored.append(("Sort order", sort[:60]))
        sort = ""
    if sort == "improvement" and len(filters.get("outcome", ())) != 1:
        if strict:
            raise BadSearchRequest("sort", IMPROVEMENT_NEEDS)
        notices.append(IMPROVEMENT_NEEDS)
        sort = ""
    if not sort or (sort == "relevance" and not parsed):
        sort = "relevance" if parsed else "newest"

    try:
        page = read_page_number(querydict)
    except PageNumberError as error:
        if strict:
            raise BadSearchRequest("page", str(error)) from None
        raise
    per_page = DEFAULT_PER_PAGE
    if "per_page" in querydict:
        raw = querydict.get("per_page", "")
        if not raw.isdigit() or not 1 <= int(raw) <= MAX_PER_PAGE:
            if strict:
                raise BadSearchRequest(
                    "per_page", f"‘per_page’ must be a whole number from 1 to {MAX_PER_PAGE}."
                )
        else:
            per_page = int(raw)
    return SearchRequest(parsed, filters, sort, page, per_page, fixed_type, ignored, notices)


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetView:
    name: str
    label: str
    options: list

    @property
    def selected_options(self):
        return [o for o in self.options if o.selected]


@dataclass
class Hit:
    document: KnowledgeDocument
    title_html: str
    snippet_html: str
    score: float

    def __getattr__(self, name):
        return getattr(self.document, name)


@dataclass
class SearchResults(PagePosition):
    request: SearchRequest
    hits: list
    total: int
    facets: list
    backend: str
    notice: str = ""
    picks: list = field(default_factory=list)
    suggestions: list = field(default_factory=list)

    @property
    def number(self):
        return self.request.page

    @property
    def per_page(self):
        return self.request.per_page

    @property
    def count(self):
        return self.total

    @property
    def num_pages(self):
        return max(1, -(-min(self.total, MAX_RESULT_WINDOW) // self.request.per_page))

    @property
    def is_filtered(self):
        return bool(self.request.filters)


def run(search_request, visibility, *, facets=True, picks=True):
    """Search with `visibility` (from search.visibility.visibility_for, never from parameters).

    Raises PageNumberError (404) for a page beyond the results.
    """
    req = search_request
    offset = (req.page - 1) * req.per_page
    beyond_window = offset >= MAX_RESULT_WINDOW
    query = Query(
        parsed=req.parsed,
        filters=req.engine_filters(),
        visibility=tuple(visibility),
        sort=req.sort,
        offset=0 if beyond_window else offset,
        limit=0 if beyond_window else req.per_page,
        facets=tuple(f.name for f in req.facets) if facets else (),
    )
    backend, notice = engines.current()
    try:
        raw = backend.search(query)
    except BackendUnavailable:
        engines.mark_unavailable()
        backend, notice = engines.database(), engines.FALLBACK_NOTICE
        raw = backend.search(query)

    results = SearchResults(
        request=req,
        hits=[_hit(h, req.parsed) for h in raw.hits],
        total=raw.total,
        facets=_facet_views(req, raw.facets) if facets else [],
        backend=backend.name,
        notice=notice,
    )
    if req.page > results.num_pages or beyond_window:
        if raw.total > MAX_RESULT_WINDOW and beyond_window:
            message = (
                f"Only the first {results.num_pages} pages of results can be shown. "
                "Narrow your search with a filter or more words."
            )
        else:
            pages = results.num_pages
            message = (
                f"There is no page {req.page}. These results have {pages} "
                f"page{'s' if pages != 1 else ''}."
            )
        raise PageNumberError(message, 404, results.num_pages)
    if picks and req.page == 1 and req.parsed:
        results.picks = editors_picks(req.query)
    if not results.total and req.parsed:
        results.suggestions = spelling_suggestions(req.parsed)
    return results


def _hit(raw_hit, parsed):
    document = KnowledgeDocument.from_dict(raw_hit.data)
    snippet = marked_to_html(raw_hit.snippet) if raw_hit.snippet else ""
    if not snippet:
        snippet = highlight_words(document.summary, parsed.words if parsed else [])
    title = highlight_words(document.title, parsed.words if parsed else [])
    return Hit(document=document, title_html=title, snippet_html=snippet, score=raw_hit.score)


def _facet_views(req, counts):
    views = []
    for facet in req.facets:
        facet_counts = counts.get(facet.name, {})
        selected = set(req.filters.get(facet.name, ()))
        fixed = facet.options()
        if fixed is None:
            values = list(facet_counts)
            if facet.name == "year":
                values.sort(reverse=True)
            choices = [(v, v) for v in dict.fromkeys([*values, *sorted(selected)])]
        else:
            choices = fixed
        options = [
            Option(value, label, facet_counts.get(value, 0), value in selected)
            for value, label in choices
            if facet_counts.get(value, 0) or value in selected
        ]
        views.append(FacetView(facet.name, facet.label, options))
    return views


def editors_picks(query_text):
    """Pages editors promoted for this exact query (wagtail.contrib.search_promotions)."""
    from wagtail.contrib.search_promotions.models import Query as PromotedQuery

    if not query_text:
        return []
    picks = []
    promoted = PromotedQuery.get(query_text).editors_picks.select_related("page")
    for pick in promoted:
        if pick.page_id and pick.page.live:
            picks.append(
                {"title": pick.page.title, "url": pick.page.url, "description": pick.description}
            )
        elif pick.external_link_url:
            picks.append(
                {
                    "title": pick.external_link_text,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
    return picks


def spelling_suggestions(parsed):
    """[(suggested query text)] replacing words no title contains with the closest that does."""
    vocabulary = title_vocabulary()
    if not vocabulary:
        return []
    words = parsed.phrase.split()
    corrected, changed = [], False
    for word in words:
        if word in vocabulary or len(word) < 4:
            corrected.append(word)
            continue
        match = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        corrected.append(match[0] if match else word)
        changed = changed or bool(match)
    return [" ".join(corrected)] if changed else []


def title_vocabulary():
    """Words of at least four letters in document titles, for spelling suggestions.

    Rebuilt at most hourly: a new word may take that long to be suggested. Public titles only:
    a word from a community's private titles must not be suggested to readers outside it.
    """
    from .models import IndexedDocument
    from .synonyms import normalise

    vocabulary = cache.get("search:vocabulary")
    if vocabulary is None:
        words = set()
        titles = IndexedDocument.objects.filter(visibility=PUBLIC).values_list("title", flat=True)
        for title in titles.iterator():
            words.update(w for w in normalise(title).split() if len(w) > 3)
        vocabulary = sorted(words)
        cache.set("search:vocabulary", vocabulary, 3600)
    return vocabulary


def querydict_without(querydict, name, value=None):
    """A copy of `querydict` without `name` (or just one of its values), and without page."""
    copy = QueryDict(mutable=True)
    for key, values in querydict.lists():
        if key == "page":
            continue
        if key == name:
            values = [v for v in values if value is not None and v != value]
        if values:
            copy.setlist(key, values)
    return copy


def latest(doc_type, filters, limit, visibility):
    """The newest `limit` documents of `doc_type` matching `filters`, with the total: for hubs
    and profiles that show a few items and link to the full listing."""
    search_request = SearchRequest(
        parsed=parse_query(""),
        filters={name: list(values) for name, values in filters.items()},
        sort="newest",
        page=1,
        per_page=limit,
        fixed_type=doc_type,
    )
    return run(search_request, visibility, facets=False, picks=False)
