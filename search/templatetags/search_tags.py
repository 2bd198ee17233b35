from django import template

from casestudies.evidence import EvidenceLevel
from taxonomy.snapshot import get_taxonomy

register = template.Library()


@register.filter
def care_model_labels(hit):
    """Short names (PACS, EHCH, …) of a hit's care models, in the programme's order."""
    short = {c.slug: c.short_name for c in get_taxonomy().care_models}
    return [short[slug] for slug in short if slug in hit.care_models]


@register.filter
def evidence_label(hit):
    return dict(EvidenceLevel.choices).get(hit.evidence_level, "")


@register.filter
def card_key(hit):
    """Everything a result card shows, as a fragment key (components/search/hit.html): the
    document as indexed (a new revision is a new key), its highlighted title and snippet, and
    the taxonomy its labels come from. A card only ever reaches readers whose search found it."""
    from core.fragments import token

    return (hit.document, hit.title_html, hit.snippet_html, token("taxonomy"))
