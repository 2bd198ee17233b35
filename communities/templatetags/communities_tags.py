from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

from core import fragments, structure

from ..models import POST_MAX_LENGTH
from ..permissions import CommunityAccess
from ..queries import community_for_care_model, page_discussion

register = template.Library()


@register.simple_tag(takes_context=True)
def discussion_panel(context, subject):
    """ "Discuss this" for a case study or guide (anything with `care_models`), or the community
    of a care model given directly: the visible topics about it, their replies, and a button
    that starts a topic about it in the first care model's community."""
    request = context.get("request")
    access = CommunityAccess.for_request(request) if request is not None else CommunityAccess(None)
    if getattr(subject, "pk", None) is None or not hasattr(subject, "_meta"):
        return _render_discussion(subject, access)
    # Rendered once for what it shows: the subject (its care models change only on publishing;
    # its title, for a preview's draft), the topics and communities as they stand, and what
    # this reader may read.
    parts = (
        "discussion-html",
        subject._meta.label_lower,
        subject.pk,
        getattr(subject, "title", None),
        structure.version(),
        fragments.tokens("discussions", "communities"),
        access.visibility_key(),
    )
    return mark_safe(fragments.fragment(parts, lambda: _render_discussion(subject, access)))  # noqa: S308 (rendered by the template engine)


def _render_discussion(subject, access):
    return render_to_string(
        "communities/includes/discussion_panel.html", _discussion(subject, access)
    )


def _discussion(subject, access):
    page, care_model = _page_and_care_model(subject)
    community = community_for_care_model(care_model) if care_model is not None else None
    result = {
        "page": page,
        "community": community,
        "can_read": community is not None and access.can_read(community),
        "count": 0,
        "replies": 0,
        "recent": [],
        "start_url": None,
    }
    if page is not None:
        result["count"], result["replies"], result["recent"] = page_discussion(page, access)
    if community is not None:
        start = reverse("communities:new_topic", args=[community.slug])
        result["start_url"] = f"{start}?{urlencode({'about': page.pk})}" if page else start
    return result


def _page_and_care_model(subject):
    """(page or None, care model or None) from a page with care models or a care model."""
    if subject is None:
        return None, None
    care_models = getattr(subject, "care_models", None)
    if care_models is not None:
        first = next(iter(care_models.all()), None)
        return subject, first
    if hasattr(subject, "short_name") and hasattr(subject, "vanguards"):
        return None, subject  # a CareModel
    care_model = getattr(subject, "care_model", None)
    return None, care_model


@register.simple_tag
def crumbs(*pairs):
    """Breadcrumb items from alternating titles and URLs, for components/breadcrumb.html."""
    return [{"title": pairs[i], "url": pairs[i + 1]} for i in range(0, len(pairs) - 1, 2)]


@register.simple_tag
def post_max_length():
    return POST_MAX_LENGTH
