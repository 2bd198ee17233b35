"""Snippets as whole sentences: the sentence(s) of a result's summary and body that hold most of
the reader's words, with those words marked.

The same for every backend (engines' highlighters cut fragments mid-sentence and run table
cells and headings together). Lines are the units the adapters write (paragraphs, list items,
table cells, headings); a line that is not a sentence (no closing punctuation and few words:
headings, table cells) is never used.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_WORDS = 60  # a snippet of more words is cut at a word, with an ellipsis
SECOND_SENTENCE_UNDER = 30  # add the next best sentence when the best is shorter than this
MIN_WORDS_WITHOUT_STOP = 12
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_TOKEN = re.compile(r"[\w&]+(?:['’][\w]+)?", re.UNICODE)
_MAX_TEXT = 200_000


def stem(word):
    """A rough English stem, enough to match "reduce" with "reduced" or "injury" with
    "injuries" when choosing and marking sentences (the backends did the real matching)."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if word.endswith("y") and len(word) > 3:
        word = word[:-1] + "i"
    return word


def sentences(text):
    """The sentences of `text` (lines split at sentence ends); lines that are not sentences
    (headings, table cells) are left out."""
    for line in (text or "")[:_MAX_TEXT].splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        for sentence in _SENTENCE_END.split(line):
            sentence = sentence.strip()
            words = len(sentence.split())
            if sentence and (
                sentence[-1] in '.!?:"”’)' and words >= 4 or words >= MIN_WORDS_WITHOUT_STOP
            ):
                yield sentence


def snippet_html(summary, body, parsed):
    """Safe HTML: the best sentence(s) of summary and body for `parsed`, words marked; the
    summary's first sentence when none holds a word; "" when there is no text."""
    groups = [
        {stem(w) for alternative in group.alternatives for w in _TOKEN.findall(alternative)}
        for group in (parsed.groups if parsed else [])
    ]
    wanted = set().union(*groups) if groups else set()
    candidates = list(sentences(summary)) + list(sentences(body))
    if not candidates:
        return mark_safe(escape(summary or ""))  # noqa: S308
    best, best_key = [], None
    scored = []
    for index, sentence in enumerate(candidates):
        stems = {stem(t) for t in _TOKEN.findall(sentence)}
        covered = sum(1 for g in groups if g & stems)
        if covered:
            key = (covered, len(wanted & stems), -index)
            scored.append((key, index))
            if best_key is None or key > best_key:
                best_key, best = key, [index]
    if not best:
        return _marked(candidates[0], wanted)
    chosen = best
    first = candidates[best[0]]
    if len(first.split()) < SECOND_SENTENCE_UNDER and len(scored) > 1:
        following = best[0] + 1
        if following < len(candidates) and len(candidates[following].split()) < MAX_WORDS:
            chosen = [best[0], following]
    return _marked(" ".join(candidates[i] for i in chosen), wanted)


def _marked(text, wanted):
    words = text.split()
    if len(words) > MAX_WORDS:
        text = " ".join(words[:MAX_WORDS]) + " …"
    parts, position = [], 0
    for match in _TOKEN.finditer(text):
        parts.append(escape(text[position : match.start()]))
        token = match.group(0)
        if stem(token) in wanted:
            parts.append(f"<mark>{escape(token)}</mark>")
        else:
            parts.append(escape(token))
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308  (every piece escaped; only <mark> added)
