from django import template

from core.fragments import token
from search.registry import facet_options
from taxonomy.snapshot import get_taxonomy

register = template.Library()


@register.filter
def care_model_labels(hit):
    """Short names (PACS, EHCH, …) of a hit's care models, in the programme's order."""
    short = {c.slug: c.short_name for c in get_taxonomy().care_models}
    return [short[slug] for slug in short if slug in hit.care_models]


@register.filter
def care_model_names(hit):
    """Full names of a hit's care models, in the programme's order: listings spell them out."""
    names = {c.slug: c.name for c in get_taxonomy().care_models}
    return [names[slug] for slug in names if slug in hit.care_models]


@register.filter
def evidence_label(hit):
    return dict(facet_options("evidence")).get(hit.evidence_level, "")


@register.filter
def headline_outcome(hit, search_request=None):
    """The outcome a result shows: of the outcome category filtered on when there is one (the
    figure the "largest improvement" sort ranks by), else the first with figures."""
    chosen = search_request.filters.get("outcome") if search_request else None
    if chosen:
        figures = ("baseline", "result", "change")
        for row in hit.outcomes:
            if row.get("category") in chosen and any(row.get(k) is not None for k in figures):
                return row
    return hit.headline_outcome


@register.inclusion_tag("components/search/related.html", takes_context=True)
def more_like_this(context, obj, limit=4):
    """ "More like this": documents of any type most like `obj` that this reader may see."""
    from search import registry, service
    from search.visibility import visibility_for

    adapter = registry.adapter_for_instance(obj)
    request = context.get("request")
    if adapter is None or request is None:
        return {"related": []}
    return {"related": service.related(adapter.doc_id(obj), visibility_for(request), limit)}


@register.filter
def card_key(hit, search_request=None):
    """Everything a result card shows, as a fragment key (components/search/hit.html): the
    document as indexed (a new revision is a new key), its highlighted title and snippet, the
    filters (the headline outcome follows the outcome filter) and the taxonomy its labels come
    from. A card only ever reaches readers whose search found it."""
    filters = sorted(search_request.filters.items()) if search_request is not None else None
    return (hit.document, hit.title_html, hit.snippet_html, filters, token("taxonomy"))
