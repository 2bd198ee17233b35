"""`{% fragment %}`: render a block once, serve it from the cache after (core/fragments.py).

    {% load fragment_tags %}
    {% fragment body %} ... {% live %}{% discussion_panel page %}{% endlive %} ... {% endfragment %}

The argument is a `core.fragments.Fragment` a view looked up ahead (so that on a hit it could
skip computing what the block shows), or key parts (any values, joined) naming everything the
block shows. Missing or None: the block renders as if the tag were not there.

Everything inside is shared by every reader with the same key. Parts that differ between
readers (their own activity, membership, saved state) go inside `{% live %}` … `{% endlive %}`,
placed directly inside the fragment: they render afresh on every request, hit or miss.

A form inside a fragment may use `{% csrf_token %}`: the fragment is rendered and stored with a
stand-in for the token (fragments.csrf_stand_in(), unguessable, the same in every process), which
each request's own token replaces on output. No reader's token is ever stored or served to
another reader.
"""

from django import template
from django.utils.safestring import mark_safe

from core import fragments

register = template.Library()


class LiveNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        return self.nodelist.render(context)


class FragmentNode(template.Node):
    def __init__(self, nodelist, key_exprs, name):
        self.nodelist = nodelist
        self.key_exprs = key_exprs
        self.name = name

    def _fragment(self, context):
        # A missing variable is None (not the engine's empty string): no key, no caching.
        values = [expr.resolve(context, ignore_failures=True) for expr in self.key_exprs]
        if len(values) == 1 and isinstance(values[0], fragments.Fragment):
            return values[0]
        if not values or any(value is None for value in values):
            return fragments.Fragment(None)
        return fragments.Fragment((self.name, *values))

    def render(self, context):
        fragment = self._fragment(context)
        if fragment.key is None:
            return self.nodelist.render(context)
        holes = [node for node in self.nodelist if isinstance(node, LiveNode)]
        pieces = fragment.pieces
        stand_in = fragments.csrf_stand_in()
        if pieces is None or len(pieces) != len(holes) + 1:
            pieces, current = [], []
            with context.push(csrf_token=stand_in):
                for node in self.nodelist:
                    if isinstance(node, LiveNode):
                        pieces.append("".join(current))
                        current = []
                    else:
                        current.append(str(node.render_annotated(context)))
            pieces.append("".join(current))
            fragment.store(pieces)
            fragment.pieces = pieces
        output = [pieces[0]]
        for hole, piece in zip(holes, pieces[1:], strict=True):
            output.append(str(hole.render_annotated(context)))
            output.append(piece)
        html = "".join(output)
        if stand_in in html:
            # This request's own token (reading it also sets the CSRF cookie, as the tag does).
            own = context.get("csrf_token")
            html = html.replace(stand_in, "" if not own or own == "NOTPROVIDED" else str(own))
        return mark_safe(html)  # noqa: S308 (rendered by the template engine)


@register.tag("fragment")
def do_fragment(parser, token):
    bits = token.split_contents()
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    top_level = [node for node in nodelist if isinstance(node, LiveNode)]
    if len(nodelist.get_nodes_by_type(LiveNode)) != len(top_level):
        raise template.TemplateSyntaxError(
            "{% live %} must sit directly inside {% fragment %}, not inside another tag."
        )
    origin = getattr(parser, "origin", None)
    name = f"{getattr(origin, 'template_name', '') or ''}@{token.lineno}"
    return FragmentNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]], name)


@register.tag("live")
def do_live(parser, token):
    nodelist = parser.parse(("endlive",))
    parser.delete_first_token()
    return LiveNode(nodelist)
