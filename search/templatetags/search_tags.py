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
def care_model_names(hit):
    """Full names of a hit's care models, in the programme's order: listings spell them out."""
    names = {c.slug: c.name for c in get_taxonomy().care_models}
    return [names[slug] for slug in names if slug in hit.care_models]


@register.filter
def evidence_label(hit):
    return dict(EvidenceLevel.choices).get(hit.evidence_level, "")
