from django import template

from communities.permissions import CommunityAccess

from .. import saving

register = template.Library()


@register.inclusion_tag("reading_list/save_button.html", takes_context=True)
def save_button(context, page=None, topic=None):
    """‘Save’ (or ‘Remove from saved’), and for authors and editors how often it was saved."""
    request = context["request"]
    user = request.user
    target = page if page is not None else topic
    if target is None or target.pk is None:
        # An editor's preview of a page never saved: there is nothing to save yet.
        return {"hidden": True}
    return {
        "request": request,
        "user": user,
        "kind": "page" if page is not None else "topic",
        "target": target,
        "saved": saving.is_saved(user, page, topic),
        "count": saving.times_saved(page, topic)
        if saving.may_see_count(user, page, topic, access=CommunityAccess.for_request(request))
        else None,
        "csrf_token": context.get("csrf_token"),
    }
