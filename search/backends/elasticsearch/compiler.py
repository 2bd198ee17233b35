"""The engine's query compiler: a Query in, a search request body out, with no server.

Queries are built from search.query's plain groups only (AND across groups, OR across a group's
alternatives, each a phrase over title^4, summary^2 and body), so nothing a reader types reaches
the engine's query syntax and synonyms behave exactly as in the database backend. Facet
selections go in `post_filter`; each facet is counted inside a filter aggregation of the *other*
selections, which gives the same counts as the database backend.

Everything here is a pure function of its arguments (the editors' weights and the outcome
facets' options come in the Query), so tests compile queries without an engine or a database.
"""

from datetime import UTC, datetime

from ...documents import OUTCOME, OUTCOME_RESULT, RESULT
from ..base import (
    ANSWERED,
    improvement_category,
    matched_filters,
    own_selections,
    pairs_for,
    partner_selection,
)
from .mapping import FACET_FIELDS, HIT_SOURCE, MATCH_FIELDS

# Fuzzy matching, bounded: only a single typed word of this many letters or more (never a
# glossary name or a quoted phrase), one edit (a letter missing, extra, wrong or two swapped),
# the first letter exact, at most this many variants.
FUZZY_MIN = 5
FUZZY_EDITS = 1
FUZZY_PREFIX = 1
FUZZY_MAX_EXPANSIONS = 20
# Documents with every group of words score this many times those with most of them; the
# filter that finds them is named, so each hit says whether it has every word.
EVERY_WORD_WEIGHT = 10.0
EVERY_WORD = "every_word"
# The prefix of a filter aggregation that counts facets within other facets' selections.
WITHIN = "within_"
# The prefix of the terms aggregation that counts several facets at once over `facet_values`
# (combined_name), and how many buckets (all facets' values together) it may return; when it
# leaves some out, the backend asks again with one aggregation per facet (compile_search's
# combined_facets=False), which also serves an index built before that field existed.
FACETS = "facets"
FACET_BUCKETS = 10_000
# Fewer facets than this within the same selections are counted one by one: the combined field
# holds every facet's values (about fifteen per document), so for one or two facets reading
# their own fields is cheaper.
COMBINE_FROM = 3
PHRASE_IN_TITLE = 4.0
PHRASE_IN_BODY = 2.0
# Ten-year-old content scores half as much as today's on equal relevance (as in the database).
RECENCY_SCALE = "3650d"
# "More like this": what sharing a taxonomy value adds, next to the text's likeness.
RELATED_TAXONOMY_BOOSTS = {"care_models": 2.0, "support_areas": 1.0, "tags": 2.0, "vanguards": 1.5}
RELATED_MAX_TERMS = 25
SORTS = {
    "newest": [{"published_at": "desc"}, {"doc_id": "desc"}],
    "title": [{"title_sort": "asc"}, {"doc_id": "asc"}],
    "relevance": ["_score", {"published_at": "desc"}, {"doc_id": "desc"}],
}


def _bool(**clauses):
    """A `bool` query of the given clauses (plain dicts), leaving out empty ones. Request bodies
    are plain dicts built here rather than elasticsearch.dsl objects: this runs for every
    search, and building and serialising the DSL objects cost 1-2 ms of CPU per request."""
    return {"bool": {name: value for name, value in clauses.items() if value != []}}


def _terms(field, values):
    return {"terms": {field: list(values)}}


def compile_search(query, combined_facets=True):
    """The request body (a dict for the client's `search`) answering `query`; with
    `combined_facets`, three or more facets counted within the same selections are one terms
    aggregation over `facet_values` (a quarter to a third of an uncached broad query's time on
    the node at 100,000 documents was its ten per-facet aggregations), else one per facet."""
    parsed = query.parsed
    counted = set(query.facets)
    main_filters = [_terms("visibility", query.visibility)]
    selections = {}
    # Both outcome facets chosen: one selection of per-row pairs (base.matched_filters).
    for facet, values in matched_filters(query.filters).items():
        clause = _terms(FACET_FIELDS[facet], values)
        # A selection on a facet nobody counts (the listing's fixed type) narrows everything,
        # so it belongs in the main query; counted ones in post_filter.
        if facet in counted or (facet == OUTCOME_RESULT and counted & {OUTCOME, RESULT}):
            selections[facet] = clause
        else:
            main_filters.append(clause)

    aggs = {}
    if parsed:
        relevance = _bool(must=[match(parsed)], should=phrase_boosts(parsed), filter=main_filters)
        main = {
            "function_score": {
                "query": relevance,
                "functions": weight_functions(parsed, query.weights),
                "score_mode": "multiply",
                "boost_mode": "multiply",
            }
        }
        # Whether any result has every word (the service offers a spelling correction when
        # none has) is read from the hits: the "every word" weight function's filter is a
        # named query, so each hit says whether it matched (EVERY_WORD). Only when no hit of
        # the page did does the backend ask compile_every_word_check. A filter aggregation
        # here would run that filter over every match of every request.
    else:
        main = _bool(filter=main_filters)

    # Facets counted within the same other selections share one filter aggregation: with two
    # selections, eight of the ten facets are counted within both, and each filter is tested
    # for every match, so one filter instead of eight takes a third off the counting.
    groups = _facets_by_other_selections(query, selections, combined_facets)
    for others, counted_here in groups.items():
        if not others:
            aggs.update(counted_here)
        else:
            within = _bool(filter=[selections[name] for name in others])
            aggs[WITHIN + "_".join(others)] = {"filter": within, "aggs": counted_here}

    sort = query.sort if (parsed or query.sort != "relevance") else "newest"
    body = {
        "query": main,
        "sort": _sort(sort, query),
        "from": query.offset,
        "size": query.limit,
        "track_total_hits": True,
        "_source": list(HIT_SOURCE),
    }
    if aggs:
        body["aggs"] = aggs
    if selections:
        body["post_filter"] = _bool(filter=list(selections.values()))
    return body


def compile_every_word_check(query):
    """A request whose total is 1 when some visible document within the reader's selections
    has every group of the query's words, else 0: it stops at the first one found."""
    parsed = query.parsed
    filters = [every_group(parsed), _terms("visibility", query.visibility)]
    filters += [
        _terms(FACET_FIELDS[facet], values)
        for facet, values in matched_filters(query.filters).items()
    ]
    return {
        "query": _bool(filter=filters),
        "size": 0,
        "track_total_hits": 1,
        "terminate_after": 1,
    }


def _facets_by_other_selections(query, selections, combined_facets=True):
    """{names of the other selections a facet is counted within (sorted tuple): {aggregation
    name: aggregation}}: one aggregation (combined_name) counting together COMBINE_FROM or more
    facets that share the same other selections (with combined_facets), "facet_<name>" for each
    other facet."""
    groups, together = {}, {}
    for facet in query.facets:
        own = own_selections(facet)
        others = tuple(sorted(name for name in selections if name not in own))
        aggs = groups.setdefault(others, {})
        if combined_facets and not partner_selection(facet, query.filters):
            together.setdefault(others, []).append(facet)
        else:
            aggs[f"facet_{facet}"] = _facet_counts(facet, query)
    for others, facets in together.items():
        if len(facets) >= COMBINE_FROM:
            groups[others][combined_name(facets)] = _combined_counts()
        else:
            groups[others].update((f"facet_{f}", _facet_counts(f, query)) for f in facets)
    return groups


def combined_name(facets):
    """The name of the aggregation counting `facets` together: "facets-<facet>-<facet>…"."""
    return "-".join([FACETS, *sorted(facets)])


def combined_facets(name):
    """The facets an aggregation named by combined_name counts (a set), or None for any other
    aggregation name."""
    prefix, *facets = name.split("-")
    return set(facets) if prefix == FACETS and facets else None


def _combined_counts():
    """One terms aggregation over `facet_values` ("<facet>:<value>"): every value of every
    facet, ordered as a per-facet terms aggregation orders them (count, then value), so that
    results.search_results splits out the facets its name says. Counting them all costs no more
    than counting some (an `include` pattern made the aggregation slower than ten of them)."""
    return {"terms": {"field": "facet_values", "size": FACET_BUCKETS}}


def _facet_counts(facet, query):
    partner = partner_selection(facet, query.filters)
    if partner:
        # Counted per outcome row: one bucket per option, through the pairs.
        return {
            "filters": {
                "filters": {
                    value: _terms(FACET_FIELDS[OUTCOME_RESULT], pairs_for(facet, value, partner))
                    for value in query.options.get(facet, ())
                }
            }
        }
    return {"terms": {"field": FACET_FIELDS[facet], "size": query.facet_size}}


def _sort(sort, query):
    if sort == "improvement":
        return [
            {
                f"outcome_improvement.{improvement_category(query)}": {
                    "order": "desc",
                    "missing": "_last",
                    "unmapped_type": "float",
                }
            },
            {"published_at": "desc"},
            {"doc_id": "desc"},
        ]
    return SORTS.get(sort, SORTS["relevance"])


def _phrase(text):
    return {
        "multi_match": {
            "query": text,
            "type": "phrase",
            "fields": list(MATCH_FIELDS),
            "zero_terms_query": "all",
        }
    }


def group_clause(group):
    """One group of the query: any of its alternatives. What the reader typed matches as words
    anywhere (all of them), fuzzily for a single word of five letters or more; the glossary's
    other names, and quoted phrases, match only as exact phrases."""
    first, *others = group.alternatives
    if group.exact:
        clauses = [_phrase(first)]
    else:
        options = {}
        if len(group.alternatives) == 1 and " " not in first and len(first) >= FUZZY_MIN:
            options = {
                "fuzziness": FUZZY_EDITS,
                "prefix_length": FUZZY_PREFIX,
                "max_expansions": FUZZY_MAX_EXPANSIONS,
            }
        clauses = [
            {
                "multi_match": {
                    "query": first,
                    "type": "best_fields",
                    "operator": "and",
                    "fields": list(MATCH_FIELDS),
                    # A group of stop words only ("and") must not empty the results.
                    "zero_terms_query": "all",
                    **options,
                }
            }
        ]
    clauses += [_phrase(alternative) for alternative in others]
    return _bool(should=clauses, minimum_should_match=1)


def match(parsed):
    """Best match (search.query): quoted phrases must match; of the other groups, enough to
    reach the query's minimum_should_match."""
    exact = [group_clause(g) for g in parsed.groups if g.exact]
    loose = [group_clause(g) for g in parsed.groups if not g.exact]
    if not loose:
        return _bool(must=exact)
    need = max(1, parsed.minimum_should_match - len(exact))
    return _bool(must=exact, should=loose, minimum_should_match=min(need, len(loose)))


def every_group(parsed):
    return _bool(filter=[group_clause(g) for g in parsed.groups])


def phrase_boosts(parsed):
    phrase = parsed.phrase
    boosts = [
        {"match_phrase": {"title": {"query": phrase, "boost": PHRASE_IN_TITLE}}},
        {"match_phrase": {"body": {"query": phrase, "boost": PHRASE_IN_BODY}}},
    ]
    if len(parsed.groups) == 1:
        # One term: any of its names as the title's phrase ("EHCH" and the hub called
        # "Enhanced health in care homes").
        boosts += [
            {"match_phrase": {"title": {"query": alternative, "boost": PHRASE_IN_TITLE}}}
            for alternative in parsed.groups[0].alternatives[1:]
        ]
    return boosts


def weight_functions(parsed, weights):
    """Multipliers: recency, every word present, and the editors' type weights."""
    # Today's date rather than "now": the engine caches no request that reads the clock, and
    # recency measured in years does not change within a day.
    today = datetime.now(UTC).date().isoformat()
    functions = [{"exp": {"published_at": {"origin": today, "scale": RECENCY_SCALE, "decay": 0.5}}}]
    if len(parsed.groups) > 1:
        every = {"bool": {**every_group(parsed)["bool"], "_name": EVERY_WORD}}
        functions.append({"filter": every, "weight": EVERY_WORD_WEIGHT})
    for name, weight in sorted(weights.items()):
        if weight == 1.0:
            continue
        field = {"standing": name} if name == ANSWERED else {"type": name}
        functions.append({"filter": {"term": field}, "weight": weight})
    return functions


def compile_autocomplete(prefix_words, visibility, limit):
    """Visible titles with every word, the last one as a prefix; shortest first."""
    return {
        "query": _bool(
            must=[
                {
                    "match_bool_prefix": {
                        "title.suggest": {"query": " ".join(prefix_words), "operator": "and"}
                    }
                }
            ],
            filter=[_terms("visibility", visibility)],
        ),
        "sort": [{"title_length": "asc"}, {"published_at": "desc"}, {"doc_id": "asc"}],
        "_source": ["title", "url", "type"],
        "track_total_hits": False,
        "size": limit,
    }


def compile_related(index, doc_id, source, visibility, limit):
    """ "More like this" for `doc_id` in `index`: its text (more_like_this) and its taxonomy
    (`source`: the document's indexed care models, support areas, tags and vanguards)."""
    shared = [
        {"terms": {name: list(source.get(name) or []), "boost": boost}}
        for name, boost in RELATED_TAXONOMY_BOOSTS.items()
        if source.get(name)
    ]
    text = {
        "more_like_this": {
            "fields": ["title", "summary", "body"],
            "like": [{"_index": index, "_id": doc_id}],
            "min_term_freq": 1,
            "min_doc_freq": 1,
            "max_query_terms": RELATED_MAX_TERMS,
            "minimum_should_match": "20%",
        }
    }
    return {
        "query": _bool(
            should=[text, *shared],
            minimum_should_match=1,
            filter=[_terms("visibility", visibility)],
            must_not=[{"ids": {"values": [doc_id]}}],
        ),
        "_source": list(HIT_SOURCE),
        "track_total_hits": False,
        "size": limit,
    }
