from django import template
from django.http import QueryDict
from django.urls import reverse

from .. import scopes

register = template.Library()


@register.simple_tag(takes_context=True)
def follow_links(context, scope_name):
    """Links that keep the page's query and every filter: e-mail alerts, RSS and Atom."""
    scope = scopes.SCOPES[scope_name]
    search_request = context.get("search_request")
    query = scopes.canonical_query(search_request) if search_request else ""
    suffix = f"?{query}" if query else ""
    alert_query = QueryDict(mutable=True)
    alert_query["scope"] = scope.name
    return {
        "alert_url": f"{reverse('alerts:new')}?{alert_query.urlencode()}"
        + (f"&{query}" if query else ""),
        "rss_url": scope.feed_path("rss") + suffix,
        "atom_url": scope.feed_path("atom") + suffix,
        "noun": scope.noun,
        "narrowed": bool(query),
    }


@register.simple_tag
def query_pairs(query_string):
    """[(name, value)] of a query string, for hidden inputs."""
    return [(k, v) for k, values in QueryDict(query_string or "").lists() for v in values]


@register.simple_tag(takes_context=True)
def alert_rows(context):
    """The signed-in person's alerts, for the notification settings page."""
    from ..views import rows_for

    user = context["request"].user
    return rows_for(user) if user.is_authenticated else []
