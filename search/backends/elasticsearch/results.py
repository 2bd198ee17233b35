"""Reading the engine's answers: a search response into RawResults, and the smaller answers."""

from ..base import RawHit, RawResults


def search_results(response, facets):
    """RawResults from a search response body (a dict) for the facets the query counted."""
    hits = [
        RawHit(data=hit["_source"]["data"], score=float(hit.get("_score") or 0))
        for hit in response["hits"]["hits"]
    ]
    aggregations = response.get("aggregations", {})
    counts = {}
    for facet in facets:
        agg = aggregations.get(f"facet_{facet}", {})
        buckets = agg.get("values", agg).get("buckets", [])
        if isinstance(buckets, dict):  # a `filters` aggregation (paired outcome facets)
            buckets = [{"key": k, **b} for k, b in buckets.items() if b["doc_count"]]
            buckets.sort(key=lambda b: (-b["doc_count"], b["key"]))
        counts[facet] = {b["key"]: b["doc_count"] for b in buckets}
    complete = aggregations.get("complete", {}).get("doc_count", 1) > 0
    return RawResults(
        hits=hits, total=response["hits"]["total"]["value"], facets=counts, complete=complete
    )


def autocomplete_rows(response):
    """[(title, url, type)] of an autocomplete response."""
    return [
        (hit["_source"]["title"], hit["_source"]["url"], hit["_source"]["type"])
        for hit in response["hits"]["hits"]
    ]


def source_data(response):
    """[KnowledgeDocument.to_dict()] of the hits of a response that asked for `data`."""
    return [hit["_source"]["data"] for hit in response["hits"]["hits"]]
