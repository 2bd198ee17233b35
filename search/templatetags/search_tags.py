from dataclasses import fields

from django import template
from django.template.loader import get_template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from core.fragments import code_version, token
from search.documents import KnowledgeDocument
from search.memo import Memo
from search.registry import facet_options
from taxonomy.snapshot import get_taxonomy

register = template.Library()

# Rendered result cards and facet blocks kept in each process (search/memo.py), in front of the
# shared fragment cache that their templates' {% fragment %} tags read on a miss.
CARDS = Memo(4096)
FACETS = Memo(512)
# What a card can show of a document: everything but the body, which reaches a card only
# through its snippet (part of the key on its own).
_CARD_FIELDS = tuple(f.name for f in fields(KnowledgeDocument) if f.name != "body")


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
    document = tuple(getattr(hit.document, name) for name in _CARD_FIELDS)
    return (document, hit.title_html, hit.snippet_html, filters, token("taxonomy"))


@register.simple_tag
def result_cards(hits, search_request=None):
    """The result cards of `hits` (components/search/hit.html), each rendered once per process
    for what it shows (card_key): a dictionary look-up per card on a warm page."""
    template = None
    cards = []
    for hit in hits:
        key = repr(("card", code_version(), card_key(hit, search_request)))
        html = CARDS.get(key)
        if html is None:
            template = template or get_template("components/search/hit.html")
            html = template.render({"hit": hit, "search_request": search_request})
            CARDS.set(key, html)
        cards.append(html)
    return mark_safe("".join(cards))  # noqa: S308 (rendered by the template engine)


@register.simple_tag
def facet_fieldsets(facets):
    """The filter block of each facet with options (components/search/facet_fieldset.html),
    each rendered once per process for what it shows: its name, label and options with their
    counts and ticks."""
    template = None
    blocks = []
    for facet in facets:
        if not facet.options:
            continue
        options = tuple((o.value, str(o.label), o.count, o.selected) for o in facet.options)
        key = repr(("facet", code_version(), facet.name, str(facet.label), options))
        html = FACETS.get(key)
        if html is None:
            template = template or get_template("components/search/facet_fieldset.html")
            html = template.render({"facet": facet})
            FACETS.set(key, html)
        blocks.append(html)
    return mark_safe("".join(blocks))  # noqa: S308 (rendered by the template engine)


# One checkbox of a facet (the NHS.UK checkboxes item, as its macro renders it). A facet block
# has up to a few hundred options and each new set of counts renders them all: as a template
# include each cost about 0.18 ms, a fifth of the search page's CPU on a new query.
_OPTION = (
    '<div class="nhsuk-checkboxes__item">\n'
    '  <input class="nhsuk-checkboxes__input" id="{id}" name="{name}" type="checkbox"'
    ' value="{value}"{checked}>\n'
    '  <label class="nhsuk-label nhsuk-checkboxes__label" for="{id}">{label}'
    ' <span class="app-count">({count})</span></label>\n'
    "</div>\n"
)


@register.simple_tag
def facet_option_items(facet, options):
    """The checkbox items of `options` (some of facet.options), ids unique within the facet:
    the value's slug, or its position among `options` when it has none."""
    name = conditional_escape(facet.name)
    items = []
    for number, option in enumerate(options, start=1):
        value = conditional_escape(option.value)
        items.append(
            _OPTION.format(
                id=f"{name}-{slugify(option.value) or number}",
                name=name,
                value=value,
                checked=" checked" if option.selected else "",
                label=conditional_escape(option.label),
                # As a template writes a number: settings.USE_THOUSAND_SEPARATOR is off.
                count=int(option.count),
            )
        )
    return mark_safe("".join(items))  # noqa: S308 (every value escaped above)
