"""Markdown for posts: rendered once when a post is saved, to sanitised HTML and plain text.

markdown-it-py's "js-default" preset (raw HTML off, unsafe link schemes refused), then nh3 with
an explicit allow-list, so nothing a member writes can run in a reader's browser. This module
knows nothing of the database: callers pass the @handles that exist.
"""

import re
from dataclasses import dataclass, field

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml

# Mention syntax: "@" then a handle (letters, digits and single hyphens, as in @grace-okafor),
# not preceded by a letter, digit or address character, so e-mail addresses are not mentions.
HANDLE_PATTERN = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}[A-Za-z0-9])?"
_HANDLE_AT = re.compile(HANDLE_PATTERN)
_CANDIDATES = re.compile(rf"(?<![A-Za-z0-9_.@/+-])@({HANDLE_PATTERN})")
_NOT_BEFORE_MENTION = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.@/+-")
MAX_MENTION_CANDIDATES = 50

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "s", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td", "span",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
ALLOWED_CLASSES = {"span": {"app-mention"}}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow noopener ugc"


@dataclass
class Rendered:
    html: str
    text: str
    # Handles mentioned outside quotes and code, in order, once each.
    mentions: list = field(default_factory=list)


def mention_candidates(markdown):
    """Handles that might be mentioned in `markdown` (lower case), to look up before rendering."""
    found = []
    for match in _CANDIDATES.finditer(markdown):
        handle = match.group(1).lower()
        if handle not in found:
            found.append(handle)
        if len(found) >= MAX_MENTION_CANDIDATES:
            break
    return found


def render(markdown, known_handles=frozenset()):
    """Render a post's Markdown; `known_handles` are the handles that name real people."""
    env = {"known_handles": {handle.lower() for handle in known_handles}}
    tokens = _PARSER.parse(markdown, env)
    html = _PARSER.renderer.render(tokens, _PARSER.options, env)
    safe_html = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style"},
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )
    return Rendered(html=safe_html, text=_plain_text(tokens), mentions=_mentions(tokens))


def escape_markdown(text):
    """`text` with Markdown's special characters escaped, to put a name into Markdown."""
    return re.sub(r"([\\`*_{}\[\]()<>#+!|~@&-])", r"\\\1", text)


def quote(author_name, markdown, url):
    """A reply's opening: the quoted post as a blockquote, attributed and linked to the post."""
    lines = [f"> **{escape_markdown(author_name)}** [wrote]({url}):", ">"]
    lines += [f"> {line}".rstrip() for line in markdown.strip().splitlines()]
    return "\n".join(lines) + "\n\n"


def _mention_rule(state, silent):
    pos = state.pos
    if state.src[pos] != "@":
        return False
    if pos > 0 and state.src[pos - 1] in _NOT_BEFORE_MENTION:
        return False
    match = _HANDLE_AT.match(state.src, pos + 1, state.posMax)
    if not match:
        return False
    handle = match.group(0).lower()
    if handle not in state.env.get("known_handles", ()):
        return False
    if not silent:
        token = state.push("mention", "", 0)
        token.meta = {"handle": handle}
        token.content = "@" + handle
    state.pos = match.end()
    return True


def _render_mention(renderer, tokens, idx, options, env):
    return f'<span class="app-mention">@{escapeHtml(tokens[idx].meta["handle"])}</span>'


def _render_image(renderer, tokens, idx, options, env):
    # Images from anywhere would track readers: `![alt](url)` shows as a link to the image.
    token = tokens[idx]
    alt = escapeHtml(token.content or "image")
    return f'<a href="{escapeHtml(token.attrGet("src") or "")}">{alt}</a>'


def _render_heading(renderer, tokens, idx, options, env):
    # The page has its own h1 and h2s: a post's headings start at h3.
    token = tokens[idx]
    level = min(int(token.tag[1]) + 2, 6)
    return f"<h{level}>" if token.nesting == 1 else f"</h{level}>\n"


def _mentions(tokens):
    found, quote_depth = [], 0
    for token in tokens:
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type == "inline" and quote_depth == 0:
            for child in token.children or []:
                if child.type == "mention" and child.meta["handle"] not in found:
                    found.append(child.meta["handle"])
    return found


_BLOCK_ENDS = {
    "heading_close": "\n\n",
    "bullet_list_close": "\n",
    "ordered_list_close": "\n",
    "blockquote_close": "\n",
    "tr_close": "\n",
    "hr": "\n\n",
}


def _plain_text(tokens):
    parts = []
    for token in tokens:
        if token.type == "inline":
            for child in token.children or []:
                if child.type in ("text", "code_inline", "mention", "image"):
                    parts.append(child.content)
                elif child.type == "softbreak":
                    parts.append(" ")
                elif child.type == "hardbreak":
                    parts.append("\n")
        elif token.type == "paragraph_close":
            # Paragraphs in tight lists are hidden: one line each.
            parts.append("\n" if token.hidden else "\n\n")
        elif token.type in ("fence", "code_block"):
            parts.append(token.content.rstrip("\n") + "\n\n")
        elif token.type in ("th_close", "td_close"):
            parts.append(" ")
        elif token.type in _BLOCK_ENDS:
            parts.append(_BLOCK_ENDS[token.type])
    text = "".join(parts)
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+\n", "\n", text)).strip()


def _build_parser():
    try:
        import linkify_it  # noqa: F401

        parser = MarkdownIt("js-default", {"linkify": True}).enable("linkify")
    except ImportError:
        parser = MarkdownIt("js-default")
    parser.add_render_rule("image", _render_image)
    parser.inline.ruler.before("emphasis", "mention", _mention_rule)
    parser.add_render_rule("mention", _render_mention)
    parser.add_render_rule("heading_open", _render_heading)
    parser.add_render_rule("heading_close", _render_heading)
    return parser


_PARSER = _build_parser()
