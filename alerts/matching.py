"""Which new or updated documents each alert should tell its reader about.

Alerts read the database index, which is current whichever engine answers searches: a run
loads the documents published or updated in the widest window of its batch once, then tests
them against every alert's filters in memory and against its words with one query per distinct
set of words (search.backends.database.DatabaseBackend.matching_ids), the same matching as a
search. Visibility is the subscriber's at the moment of matching.
"""

from dataclasses import dataclass

from search import engines
from search.backends.base import matched_filters
from search.documents import PUBLIC, KnowledgeDocument
from search.models import IndexedDocument

PAGE_TYPES = {"case_study", "learning_guide"}


@dataclass
class Candidate:
    pk: int
    document: KnowledgeDocument
    updated_at: object
    is_new_since: object  # callable(window start) -> bool
    facet_values: dict


def candidates(since, until):
    """Documents changed in (since, until], oldest first, each with its facet values."""
    rows = list(
        IndexedDocument.objects.filter(updated_at__gt=since, updated_at__lte=until)
        .order_by("updated_at", "pk")
        .values_list("pk", "data", "updated_at")
    )
    documents = [(pk, KnowledgeDocument.from_dict(data), updated) for pk, data, updated in rows]
    first_published = _first_published(d for _, d, _ in documents)
    found = []
    for pk, document, updated in documents:
        first = first_published.get(document.doc_id) or document.published_at
        found.append(
            Candidate(
                pk=pk,
                document=document,
                updated_at=updated,
                is_new_since=lambda start, first=first: first > start,
                facet_values=document.facet_values(),
            )
        )
    return found


def _first_published(documents):
    """{doc id: when the page first went live} for pages: their listed date may be earlier
    (editors record when the work was first published elsewhere), which must not make a page
    new to this site look like an update."""
    from wagtail.models import Page

    ids = {}
    for document in documents:
        kind, _, pk = document.doc_id.partition(":")
        if kind in PAGE_TYPES and pk.isdigit():
            ids[int(pk)] = document.doc_id
    if not ids:
        return {}
    return {
        ids[pk]: first
        for pk, first in Page.objects.filter(pk__in=ids).values_list("pk", "first_published_at")
        if first is not None
    }


class Matcher:
    """Matches alerts against one set of candidates, remembering each distinct query's answer."""

    def __init__(self, found):
        self.found = found
        self._text = {}

    def matches(self, search_request, since, until, visibility):
        """Candidates in (since, until] that this search finds and `visibility` may see."""
        # As the backends match them: both outcome facets chosen means the same outcome row.
        filters = matched_filters(search_request.engine_filters())
        allowed = set(visibility)
        chosen = []
        for candidate in self.found:
            if not since < candidate.updated_at <= until:
                continue
            if candidate.document.visibility not in allowed:
                continue
            values = candidate.facet_values
            if all(set(values.get(name, ())) & set(wanted) for name, wanted in filters.items()):
                chosen.append(candidate)
        if chosen and search_request.parsed:
            words = self._matching(search_request.parsed)
            chosen = [c for c in chosen if c.pk in words]
        return chosen

    def prime(self, parsed_queries):
        """Answer every distinct set of words of a batch in one go."""
        wanted = {}
        for parsed in parsed_queries:
            if parsed:
                wanted.setdefault(self._key(parsed), parsed)
        missing = [k for k in wanted if k not in self._text]
        if missing and self.found:
            answers = engines.database().matching_ids(
                [_Words(k, wanted[k]) for k in missing], [c.pk for c in self.found]
            )
            for words, ids in answers.items():
                self._text[words.key] = ids

    @staticmethod
    def _key(parsed):
        return tuple(group.alternatives for group in parsed.groups)

    def _matching(self, parsed):
        key = self._key(parsed)
        if key not in self._text:
            self.prime([parsed])
        return self._text.get(key, set())

    def needs_private(self):
        return any(c.document.visibility != PUBLIC for c in self.found)


class _Words:
    """A parsed query keyed by its words, so equal searches share one answer."""

    def __init__(self, key, parsed):
        self.key = key
        self.groups = parsed.groups
        self.phrase = parsed.phrase

    def __bool__(self):
        return bool(self.groups)

    def __hash__(self):
        return hash(self.key)

    def __eq__(self, other):
        return isinstance(other, _Words) and other.key == self.key
