from decimal import Decimal, InvalidOperation

from django import template
from django.utils.html import format_html
from django.utils.http import urlencode
from wagtail.models import Page, Site

from core.structure import breadcrumb_items

register = template.Library()


@register.inclusion_tag("components/breadcrumb.html", takes_context=True)
def breadcrumb(context):
    """NHS.UK breadcrumb: the page's ancestors under the site root, plus the page itself when
    the current view is a sub-route of it (a vanguard profile under the directory)."""
    page = context.get("page")
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if not isinstance(page, Page) or site is None:
        return {"items": []}
    items = breadcrumb_items(page, site, include_page=bool(context.get("breadcrumb_current")))
    return {"items": [{"title": title, "url": url} for title, url in items]}


@register.simple_tag(takes_context=True)
def query_string(context, **changes):
    """The current query string with some parameters changed (None removes one); keeps lists."""
    request = context["request"]
    params = request.GET.copy()
    for key, value in changes.items():
        params.pop(key, None)
        if value not in (None, ""):
            params[key] = value
    encoded = urlencode(sorted(params.lists()), doseq=True)
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def without_value(context, name, value):
    """The current query string without one value of a multi-valued parameter (and page)."""
    params = context["request"].GET.copy()
    params.setlist(name, [v for v in params.getlist(name) if v != value])
    params.pop("page", None)
    encoded = urlencode(sorted((k, v) for k, v in params.lists() if v), doseq=True)
    return f"?{encoded}" if encoded else "?"


@register.filter
def thousands(value):
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return value


@register.simple_tag
def quantity(value, unit=""):
    """A figure with its unit: 1,234.5 days, -1.4%. Trailing zeros are dropped."""
    if value is None or value == "":
        return "–"
    try:
        number = Decimal(str(value)).normalize()
    except (InvalidOperation, ValueError):
        return f"{value} {unit}".strip()
    exponent = number.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    text = f"{number:,.{places}f}"
    if not unit:
        return text
    return f"{text}{unit}" if unit.strip() == "%" else f"{text} {unit.strip()}"


# A facet with more options than this shows its most used ones and "Show all" for the rest.
LONG_FACET = 8
TOP_OPTIONS = 5


@register.filter
def top_options(options, limit=TOP_OPTIONS):
    """Split a long facet's options: {"top": selected and most used, "rest": the others}.

    Both keep the facet's own order; a facet of LONG_FACET options or fewer is all "top".
    """
    options = list(options)
    if len(options) <= LONG_FACET:
        return {"top": options, "rest": []}
    chosen = {id(o) for o in options if o.selected}
    for option in sorted(options, key=lambda o: -o.count):
        if len(chosen) >= max(limit, sum(o.selected for o in options)):
            break
        chosen.add(id(option))
    return {
        "top": [o for o in options if id(o) in chosen],
        "rest": [o for o in options if id(o) not in chosen],
    }


@register.filter
def abbr(care_model):
    """A care model's short name with its full name for readers and screen readers: PACS."""
    return format_html('<abbr title="{}">{}</abbr>', care_model.name, care_model.short_name)
