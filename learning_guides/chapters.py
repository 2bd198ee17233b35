"""Chapter text: how long it takes to read, and stable anchors for its headings."""

import math
import re
from html import unescape

from django.utils.html import strip_tags
from django.utils.text import slugify

WORDS_PER_MINUTE = 200

_HEADING = re.compile(r"<h([1-6])(\s[^>]*)?>(.*?)</h\1>", re.IGNORECASE | re.DOTALL)
_HAS_ID = re.compile(r"\sid\s*=", re.IGNORECASE)


def plain_text(stream_value):
    """The words a reader reads in a StreamField value, without markup."""
    if not stream_value:
        return ""
    pieces = stream_value.stream_block.get_searchable_content(stream_value)
    return " ".join(unescape(strip_tags(str(piece))) for piece in pieces if piece)


def word_count(stream_value):
    return len(plain_text(stream_value).split())


def reading_minutes(words):
    """Minutes to read `words` at 200 words a minute, rounded up; never less than one."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def anchor_headings(html, prefix, demote=0):
    """`html` with an id on every heading, `<prefix>--<heading-slug>`, and headings moved
    `demote` levels down (to sit under a chapter heading on the whole-guide page).

    Ids come from the heading text, so a link to a heading keeps working while its wording
    does; the double hyphen keeps them apart from chapter slugs, which never contain one.
    """
    seen = set()

    def replace(match):
        level = min(int(match.group(1)) + demote, 6)
        attributes = match.group(2) or ""
        inner = match.group(3)
        if not _HAS_ID.search(attributes):
            base = f"{prefix}--{slugify(unescape(strip_tags(inner))) or 'section'}"
            anchor, n = base, 1
            while anchor in seen:
                n += 1
                anchor = f"{base}-{n}"
            seen.add(anchor)
            attributes = f' id="{anchor}"{attributes}'
        return f"<h{level}{attributes}>{inner}</h{level}>"

    return _HEADING.sub(replace, html)
