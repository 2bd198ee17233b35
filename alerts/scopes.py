"""Where an alert or feed comes from: the whole search, or a listing (the search with its type
fixed), and how its query and filters are written down and described."""

from dataclasses import dataclass

from django.http import QueryDict
from django.urls import reverse

from casestudies.models import CaseStudyIndexPage
from core import structure
from core.pagination import PageNumberError
from learning_guides.models import LearningGuideIndexPage
from search import service
from search.facets import FACETS
from search.query import parse_query


@dataclass(frozen=True)
class Scope:
    name: str
    fixed_type: str
    noun: str  # what it finds, for names and e-mails: "case studies"

    def path(self):
        """Where the results are read on the site."""
        if not self.fixed_type:
            return reverse("search")
        return structure.page_url(_listing_page_class(self.fixed_type)) or reverse("search")

    def feed_path(self, kind="rss"):
        if not self.fixed_type:
            return reverse("search_feed", args=[kind])
        return f"{self.path()}feed/{kind}/"


SCOPES = {
    "search": Scope("search", "", "case studies, guides and discussions"),
    "case_study": Scope("case_study", "case_study", "case studies"),
    "learning_guide": Scope("learning_guide", "learning_guide", "learning guides"),
}


def _listing_page_class(fixed_type):
    if fixed_type == "case_study":
        return CaseStudyIndexPage
    return LearningGuideIndexPage


def canonical_query(search_request):
    """The words and every filter of a search, as a query string in one stable order (no page,
    page size or sort): what an alert or feed keeps."""
    params = QueryDict(mutable=True)
    if search_request.query:
        params["q"] = search_request.query
    for facet in FACETS:
        values = search_request.filters.get(facet.name)
        if values and not (search_request.fixed_type and facet.name == "type"):
            params.setlist(facet.name, sorted(values))
    return params.urlencode()


def read(scope, query_string):
    """The SearchRequest an alert's query string stands for (unknown values dropped)."""
    params = QueryDict(query_string or "")
    try:
        return service.read_request(params, fixed_type=scope.fixed_type)
    except PageNumberError:  # never stored, but a hand-made link may carry one
        return service.read_request(QueryDict(""), fixed_type=scope.fixed_type)


def read_stored(scope, query_string):
    """The SearchRequest of an alert's stored query string, without validating it again: it
    was validated when the alert was made (a value that has since gone simply matches nothing),
    and validation reads the taxonomy, which would be most of the cost of matching many alerts."""
    params = QueryDict(query_string or "")
    filters = {}
    for facet in FACETS:
        if scope.fixed_type and facet.name == "type":
            continue
        values = [v for v in params.getlist(facet.name) if v][: service.MAX_VALUES_PER_FILTER]
        if values:
            filters[facet.name] = values
    return service.SearchRequest(
        parsed=parse_query(params.get("q", "")),
        filters=filters,
        sort="newest",
        page=1,
        per_page=service.DEFAULT_PER_PAGE,
        fixed_type=scope.fixed_type,
    )


def describe(scope, search_request):
    """In words: ‘Case studies matching “radiology”; Care model: Enhanced health in care homes’."""
    parts = [scope.noun[0].upper() + scope.noun[1:]]
    if search_request.query:
        parts[0] += f" matching “{search_request.query}”"
    for facet in FACETS:
        values = search_request.filters.get(facet.name)
        if values and not (search_request.fixed_type and facet.name == "type"):
            labels = ", ".join(facet.label_for(v) for v in values)
            parts.append(f"{facet.label}: {labels}")
    return "; ".join(parts)
