"""The one way into the knowledge search, for the search page, the listings and the JSON API.

`read_request` validates and bounds what came in the query string into a SearchRequest; `run`
adds the reader's visibility, asks a backend (falling back to the database when Elasticsearch is
unavailable) and returns SearchResults ready for a template or JSON.
"""

import difflib
from dataclasses import dataclass, field, replace

from django.core.cache import cache
from django.http import QueryDict

from core import fragments, structure
from core.pagination import PageNumberError, PagePosition, read_page_number
from core.requestparams import BadNumber, read_whole_number

from . import engines
from .backends.base import (
    MAX_PER_PAGE,
    MAX_RESULT_WINDOW,
    BackendUnavailable,
    Query,
    partner_selection,
)
from .documents import PUBLIC, KnowledgeDocument
from .facets import FACETS, FACETS_BY_NAME
from .highlight import highlight_words
from .query import MAX_QUERY_LENGTH, parse_query
from .ranking import current_weights
from .snippets import snippet_html

DEFAULT_PER_PAGE = 20
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
# verbatim=1: search for exactly what was typed, without correcting its spelling.
PARAMETERS = {"q", "sort", "page", "per_page", "verbatim", *FACETS_BY_NAME}


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
    verbatim: bool = False  # never replace the query by a spelling correction

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


def read_request(querydict, *, fixed_type="", strict=False, visibility=(PUBLIC,)):
    """A SearchRequest from a QueryDict. Lenient (pages): unknown filter values are dropped and
    listed in `ignored`. Strict (API): any unknown parameter or value raises BadSearchRequest.
    Values are checked against what `visibility` may see (search.facets), so an unseen value and
    an unknown one answer the same."""
    if strict:
        unknown = sorted(set(querydict) - PARAMETERS)
        if unknown:
            raise BadSearchRequest(
                unknown[0],
                f"Unknown parameter ‘{unknown[0][:40]}’. Known parameters: "
                + ", ".join(sorted(PARAMETERS))
                + ".",
            )
        _check_strictly(querydict)
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
            if facet.is_valid(lookup, visibility):
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
            raise BadSearchRequest(error.param, str(error)) from None
        raise
    try:
        per_page = read_whole_number(
            querydict, "per_page", default=DEFAULT_PER_PAGE, minimum=1, maximum=MAX_PER_PAGE
        )
    except BadNumber as error:
        if strict:
            raise BadSearchRequest(error.param, str(error)) from None
        per_page = DEFAULT_PER_PAGE  # pages ignore a size they cannot read, as they always have
    verbatim = querydict.get("verbatim", "") == "1"
    if strict and querydict.get("verbatim", "1") not in ("0", "1"):
        raise BadSearchRequest("verbatim", "‘verbatim’ must be 0 or 1.")
    return SearchRequest(
        parsed, filters, sort, page, per_page, fixed_type, ignored, notices, verbatim
    )


def _check_strictly(querydict):
    """What the API refuses that pages forgive, as its OpenAPI document says (search.api):
    a `q` over MAX_QUERY_LENGTH characters, more than MAX_VALUES_PER_FILTER values of a filter,
    and a parameter given with no value or with spaces around it (only `q` may be either)."""
    if len(querydict.get("q", "")) > MAX_QUERY_LENGTH:
        raise BadSearchRequest("q", f"‘q’ may be at most {MAX_QUERY_LENGTH} characters long.")
    for name, values in querydict.lists():
        if name in FACETS_BY_NAME and len(values) > MAX_VALUES_PER_FILTER:
            raise BadSearchRequest(name, f"At most {MAX_VALUES_PER_FILTER} values of ‘{name}’.")
        if name != "q" and any(not value or value != value.strip() for value in values):
            raise BadSearchRequest(
                name, f"‘{name}’ was given without a value, or with spaces around it."
            )


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
    # The reader's query when these are the results of its spelling correction (then
    # request.query is the corrected query).
    corrected_from: str = ""
    complete: bool = True  # some result has every word of the query
    explanations: list = field(default_factory=list)  # [(abbreviation, term)] from the glossary
    # Filters that leave out types they cannot apply to: [(filter label, [type labels])].
    filter_limits: list = field(default_factory=list)

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


def run(search_request, visibility, *, facets=True, picks=True, correct=True):
    """Search with `visibility` (from search.visibility.visibility_for, never from parameters).

    When nothing matches and the reader's words have a correction among the words of content
    they may see, the corrected query's results come back instead (`corrected_from` says what
    was typed), unless the request is verbatim. Raises PageNumberError (404) for a page
    beyond the results.
    """
    results = _run(search_request, visibility, facets=facets, picks=picks)
    req = search_request
    if correct and req.parsed and not (results.total and results.complete):
        # Nothing found, or nothing with every word ("red bagg" finds only "red"): a
        # correction whose results have every word is better.
        correction = spelling_correction(req.parsed, visibility)
        if correction:
            # Used only when it finds something the reader may see: a word of content they
            # cannot see is never shown, whatever the vocabulary held.
            corrected = replace(req, parsed=parse_query(correction), page=1)
            if req.verbatim:
                corrected = replace(corrected, per_page=1)
            retry = _run(corrected, visibility, facets=facets and not req.verbatim, picks=picks)
            better = retry.total and (retry.complete or not results.total)
            if better and not req.verbatim:
                retry.corrected_from = req.query
                return _explained(retry)
            if better:
                results.suggestions = [correction]
    return _explained(results)


def _explained(results):
    from .synonyms import explanations

    req = results.request
    if req.parsed:
        results.explanations = explanations(req.parsed)
    results.filter_limits = filter_limits(req)
    return results


def filter_limits(req):
    """[(filter label, [type labels])]: types a chosen filter leaves out because it cannot
    apply to them (nothing disappears without the page saying so)."""
    from .documents import FILTER_APPLIES_TO, TYPE_LABELS

    chosen_types = set(req.engine_filters().get("type", ())) or set(TYPE_LABELS)
    limits = []
    for name in req.filters:
        applies = FILTER_APPLIES_TO.get(name)
        if applies is None:
            continue
        left_out = [TYPE_LABELS[t] for t in TYPE_LABELS if t in chosen_types - set(applies)]
        if left_out:
            limits.append((FACETS_BY_NAME[name].label, left_out))
    return limits


def _run(search_request, visibility, *, facets=True, picks=True):
    req = search_request
    offset = (req.page - 1) * req.per_page
    beyond_window = offset >= MAX_RESULT_WINDOW
    filters = req.engine_filters()
    counted = tuple(f.name for f in req.facets) if facets else ()
    query = Query(
        parsed=req.parsed,
        filters=filters,
        visibility=tuple(visibility),
        sort=req.sort,
        offset=0 if beyond_window else offset,
        limit=0 if beyond_window else req.per_page,
        facets=counted,
        weights=current_weights() if req.parsed else {},
        # An outcome facet counted against the other's choice counts each of its options.
        options={
            name: tuple(value for value, _ in FACETS_BY_NAME[name].options() or ())
            for name in counted
            if partner_selection(name, filters)
        },
    )
    backend, notice = engines.current()
    try:
        raw = backend.search(query)
    except BackendUnavailable:
        engines.mark_unavailable()
        backend, notice = engines.database(), engines.FALLBACK_NOTICE
        raw = backend.search(query)

    words = req.parsed.words if req.parsed else []
    results = SearchResults(
        request=req,
        hits=[_hit(h, req.parsed, words) for h in raw.hits],
        total=raw.total,
        facets=_facet_views(req, raw.facets) if facets else [],
        backend=backend.name,
        notice=notice,
        complete=raw.complete,
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
    return results


def _hit(raw_hit, parsed, words):
    document = KnowledgeDocument.from_dict(raw_hit.data)
    # Whole sentences from the summary and body, the same on every backend.
    snippet = snippet_html(document.summary, document.body, parsed) if parsed else ""
    if not str(snippet):
        snippet = highlight_words(document.summary, words)
    title = highlight_words(document.title, words)
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
    """Pages editors promoted for this exact query (wagtail.contrib.search_promotions), cached
    until promotions change or a page is published (core/fragments.py, search/apps.py)."""
    if not query_text:
        return []
    parts = ("picks", fragments.token("search-promotions"), structure.version(), query_text)
    return fragments.fragment(parts, lambda: _editors_picks(query_text))


def _editors_picks(query_text):
    from wagtail.contrib.search_promotions.models import Query as PromotedQuery

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


def spelling_correction(parsed, visibility):
    """The query with each unknown word (of four letters or more) replaced by the closest
    word of the content the reader may see or of the glossary; "" when nothing changes."""
    words = parsed.terms.split()
    if not any(_correctable(word) for word in words):
        # Nothing to look up: the vocabulary (a scan of every visible title and summary when
        # it is not cached, over a second of CPU at 100,000 documents) is not needed.
        return ""
    vocabulary = visible_vocabulary(visibility)
    if not vocabulary:
        return ""
    known = vocabulary["all"]
    corrected, changed = [], False
    for word in words:
        if word in known or not _correctable(word):
            corrected.append(word)
            continue
        # Candidates of a similar length with the same first letter: typos rarely change
        # the first letter, and this keeps difflib's work small on a large vocabulary.
        candidates = [
            w
            for length in range(len(word) - 2, len(word) + 3)
            for w in vocabulary["by_start"].get((word[0], length), ())
        ]
        match = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
        corrected.append(match[0] if match else word)
        changed = changed or bool(match)
    return " ".join(corrected) if changed else ""


def _correctable(word):
    """Only words of four letters or more are corrected (not numbers, codes or short words)."""
    return len(word) >= 4 and word.isalpha()


def visible_vocabulary(visibility):
    """{"all": words, "by_start": {(first letter, length): [words]}} of the titles and
    summaries of documents with any of these visibility values, and the glossary's names.

    Kept per visibility value (public, each community) under the version that core.structure
    bumps whenever content stops being visible (a community made private, a post hidden or
    deleted, a page unpublished), so such words stop being offered at once; new words may take
    up to an hour. A correction is also used only when it finds something the reader may see."""
    from .synonyms import glossary

    words = set()
    version = structure.version()
    for value in sorted(set(visibility)):
        words.update(_vocabulary_of(value, version))
    for entry in glossary().entries:
        for name in entry.names:
            words.update(w for w in name.split() if len(w) > 2 and w.isalpha())
    by_start = {}
    for word in words:
        by_start.setdefault((word[0], len(word)), []).append(word)
    return {"all": words, "by_start": by_start}


def _vocabulary_of(visibility_value, version):
    from .models import IndexedDocument
    from .synonyms import normalise

    key = f"search:vocabulary:{version}:{visibility_value}"[:200]
    vocabulary = cache.get(key)
    if vocabulary is None:
        words = set()
        rows = IndexedDocument.objects.filter(visibility=visibility_value).values_list(
            "title", "summary"
        )
        for title, summary in rows.iterator():
            words.update(w for w in normalise(f"{title} {summary}").split() if len(w) > 2)
        vocabulary = sorted(w for w in words if w.isalpha())
        cache.set(key, vocabulary, 3600)
    return vocabulary


def related(doc_id, visibility, limit=4):
    """KnowledgeDocuments most like `doc_id` ("More like this"), of any type, that a reader
    with `visibility` may see: never drafts (only live content is indexed) or other
    communities' private content. The engine answers when it can, else the database."""
    backend, _ = engines.current()
    try:
        found = backend.related(doc_id, tuple(visibility), limit)
    except BackendUnavailable:
        engines.mark_unavailable()
        found = None
    if found is None:
        found = engines.database().related(doc_id, tuple(visibility), limit)
    visible = set(visibility)
    return [
        KnowledgeDocument.from_dict(data) for data in found if data.get("visibility") in visible
    ]


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
