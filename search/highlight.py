"""Safe highlighting: text is escaped first, then matches are wrapped in <mark>."""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Backends mark matches with these characters, which documents never contain (clean_text).
START, STOP = "\x02", "\x03"


def marked_to_html(text):
    """Escape engine output that marks matches with START/STOP, then turn the marks into <mark>."""
    html = escape(text or "").replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(html)  # noqa: S308  (escaped above; only our own tags are added)


def highlight_words(text, words):
    """Escape `text` and mark whole-word (prefix) matches of `words`, case-insensitively."""
    escaped = escape(text or "")
    pattern = _pattern(tuple(words))
    if pattern is None:
        return mark_safe(escaped)  # noqa: S308
    return mark_safe(pattern.sub(r"<mark>\1</mark>", escaped))  # noqa: S308


@lru_cache(maxsize=1024)
def _pattern(words):
    """The search marking `words` in escaped text (None when no word is long enough): made
    once per query in each process, not once per result."""
    # A phrase matches its words with any white space between them, and only as whole words.
    usable = [
        re.escape(escape(w)).replace(r"\ ", r"\s+") + (r"(?!\w)" if " " in w else "")
        for w in words
        if len(w) > 1
    ]
    if not usable:
        return None
    alternation = "|".join(sorted(usable, key=len, reverse=True))
    # (?<![&#]) keeps entities such as &amp; whole.
    return re.compile(r"(?<![&#])\b(" + alternation + r")", re.I)
