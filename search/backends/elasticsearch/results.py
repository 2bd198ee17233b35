"""Reading the engine's answers: a search response into RawResults, and the smaller answers."""

from ..base import RawHit, RawResults
from .compiler import EVERY_WORD, WITHIN, combined_facets
from .mapping import FACET_VALUES_SEPARATOR, document_of


def search_results(response, facets, complete=True, facet_size=200):
    """RawResults from a search response body (a dict) for the facets the query counted;
    `complete`: whether some result has every word (see every_word_in_hits)."""
    hits = [
        RawHit(data=document_of(hit["_source"]), score=float(hit.get("_score") or 0))
        for hit in response["hits"]["hits"]
    ]
    aggregations, combined = _aggregations(response)
    counts = {}
    for facet in facets:
        if facet in combined:
            counts[facet] = dict(combined[facet][:facet_size])
            continue
        buckets = aggregations.get(f"facet_{facet}", {}).get("buckets", [])
        if isinstance(buckets, dict):  # a `filters` aggregation (paired outcome facets)
            buckets = [{"key": k, **b} for k, b in buckets.items() if b["doc_count"]]
            buckets.sort(key=lambda b: (-b["doc_count"], b["key"]))
        counts[facet] = {b["key"]: b["doc_count"] for b in buckets}
    return RawResults(
        hits=hits, total=response["hits"]["total"]["value"], facets=counts, complete=complete
    )


def _aggregations(response):
    """({name: aggregation} of the per-facet aggregations, {facet: [(value, count)]} of the
    combined ones (compiler.combined_name), in the engine's order: count, then value)."""
    aggregations = {}
    for name, agg in response.get("aggregations", {}).items():
        if name.startswith(WITHIN):
            # Facets counted within other selections sit inside a shared filter aggregation,
            # beside its own document count.
            aggregations.update(
                (key, sub)
                for key, sub in agg.items()
                if key != "doc_count" and combined_facets(key) is None
            )
        elif combined_facets(name) is None:
            aggregations[name] = agg
    combined = {}
    for name, agg in _combined(response):
        wanted = combined_facets(name)
        for bucket in agg["buckets"]:
            facet, value = bucket["key"].split(FACET_VALUES_SEPARATOR, 1)
            if facet in wanted:
                combined.setdefault(facet, []).append((value, bucket["doc_count"]))
    return aggregations, combined


def _combined(response):
    """(name, aggregation) of each combined facet aggregation of a response (at most one per
    group of selections; its name says which facets it counts for)."""
    for name, agg in response.get("aggregations", {}).items():
        if combined_facets(name) is not None:
            yield name, agg
        elif name.startswith(WITHIN):
            yield from ((k, sub) for k, sub in agg.items() if combined_facets(k) is not None)


def facets_left_out(response):
    """Whether a combined facet aggregation left values out (more than compiler.FACET_BUCKETS
    values in all), so that its facets must be counted one by one."""
    return any(agg.get("sum_other_doc_count") for _name, agg in _combined(response))


def every_word_in_hits(response):
    """Whether a hit of the page matched the named "every word" filter (compiler.EVERY_WORD)."""
    return any(EVERY_WORD in (hit.get("matched_queries") or ()) for hit in response["hits"]["hits"])


def autocomplete_rows(response):
    """[(title, url, type)] of an autocomplete response."""
    return [
        (hit["_source"]["title"], hit["_source"]["url"], hit["_source"]["type"])
        for hit in response["hits"]["hits"]
    ]


def source_data(response):
    """[KnowledgeDocument.to_dict()] of the hits of a response that asked for `data`."""
    return [document_of(hit["_source"]) for hit in response["hits"]["hits"]]
