"""Reading the engine's answers: a search response into RawResults, and the smaller answers."""

from ..base import RawHit, RawResults
from .compiler import EVERY_WORD, WITHIN
from .mapping import document_of


def search_results(response, facets, complete=True):
    """RawResults from a search response body (a dict) for the facets the query counted;
    `complete`: whether some result has every word (see every_word_in_hits)."""
    hits = [
        RawHit(data=document_of(hit["_source"]), score=float(hit.get("_score") or 0))
        for hit in response["hits"]["hits"]
    ]
    aggregations = {}
    for name, agg in response.get("aggregations", {}).items():
        if name.startswith(WITHIN):
            # Facets counted within other selections sit inside a shared filter aggregation,
            # beside its own document count.
            aggregations.update((key, sub) for key, sub in agg.items() if key != "doc_count")
        else:
            aggregations[name] = agg
    counts = {}
    for facet in facets:
        buckets = aggregations.get(f"facet_{facet}", {}).get("buckets", [])
        if isinstance(buckets, dict):  # a `filters` aggregation (paired outcome facets)
            buckets = [{"key": k, **b} for k, b in buckets.items() if b["doc_count"]]
            buckets.sort(key=lambda b: (-b["doc_count"], b["key"]))
        counts[facet] = {b["key"]: b["doc_count"] for b in buckets}
    return RawResults(
        hits=hits, total=response["hits"]["total"]["value"], facets=counts, complete=complete
    )


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
