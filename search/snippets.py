"""Snippets as whole sentences: the sentence(s) of a result's summary and body that hold most of
the reader's words, with those words marked.

The same for every backend (engines' highlighters cut fragments mid-sentence and run table
cells and headings together). Lines are the units the adapters write (paragraphs, list items,
table cells, headings); a line that is not a sentence (no closing punctuation and few words:
headings, table cells) is never used.

Cheap enough to run for every hit of every search (docs/benchmarks.md, "Pages"): a stem is
always a prefix of the lowered word (or, when it ends in "i" made from "y", all but its last
letter is), so one search for the wanted stems' prefixes rules out a line before anything in it
is split into sentences or stemmed; most lines of a body hold none of the reader's words. Stems
are memoised, and so are whole snippets (a pure function of the texts and the reader's words,
kept in the process by a digest of the texts; nothing in it depends on who reads it).
"""

import hashlib
import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .memo import Memo

MAX_WORDS = 60  # a snippet of more words is cut at a word, with an ellipsis
SECOND_SENTENCE_UNDER = 30  # add the next best sentence when the best is shorter than this
MIN_WORDS_WITHOUT_STOP = 12
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_TOKEN = re.compile(r"[\w&]+(?:['’][\w]+)?", re.UNICODE)
_MAX_TEXT = 200_000
_MEMO_SIZE = 2048  # snippets kept per process (each a few hundred characters)


@lru_cache(maxsize=65536)
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


def _line_sentences(line):
    """The sentences of one line (split at sentence ends) that are sentences, not headings or
    table cells."""
    line = " ".join(line.split())
    if not line:
        return []
    found = []
    for sentence in _SENTENCE_END.split(line):
        sentence = sentence.strip()
        words = len(sentence.split())
        if sentence and (
            sentence[-1] in '.!?:"”’)' and words >= 4 or words >= MIN_WORDS_WITHOUT_STOP
        ):
            found.append(sentence)
    return found


def _lines(text):
    return (text or "")[:_MAX_TEXT].splitlines()


def sentences(text):
    """The sentences of `text` (lines split at sentence ends); lines that are not sentences
    (headings, table cells) are left out."""
    for line in _lines(text):
        yield from _line_sentences(line)


@lru_cache(maxsize=1024)
def _prefilter(wanted):
    """A search that finds every lowered text holding a word whose stem is in `wanted` (and
    perhaps a few more), or None when any text might."""
    prefixes = set()
    for word in wanted:
        prefix = word[:-1] if word.endswith("i") else word
        if not prefix:
            return None
        prefixes.add(prefix)
    if not prefixes:
        return None
    return re.compile("|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True)))


def _may_hold(text, search):
    return search is None or search.search(text.lower().replace("’", "'")) is not None


def snippet_html(summary, body, parsed):
    """Safe HTML: the best sentence(s) of summary and body for `parsed`, words marked; the
    summary's first sentence when none holds a word; "" when there is no text."""
    groups = tuple(
        frozenset(
            stem(w) for alternative in group.alternatives for w in _TOKEN.findall(alternative)
        )
        for group in (parsed.groups if parsed else [])
    )
    digest = hashlib.blake2b(digest_size=16)
    digest.update((summary or "").encode())
    digest.update(b"\x00")
    digest.update((body or "").encode())
    return _memo.get_or_build(
        (digest.digest(), groups), lambda: _build_snippet(groups, summary, body)
    )


_memo = Memo(_MEMO_SIZE)


def _build_snippet(groups, summary, body):
    wanted = frozenset().union(*groups)
    search = _prefilter(wanted)
    lines = _lines(summary) + _lines(body)
    split = {}  # line number -> its sentences, split only when needed

    def sentences_of(number):
        if number not in split:
            split[number] = _line_sentences(lines[number])
        return split[number]

    def first_sentence_from(number, skip=0):
        """The first sentence at or after line `number` (skipping `skip` of its own)."""
        for at in range(number, len(lines)):
            found = sentences_of(at)[skip if at == number else 0 :]
            if found:
                return found[0]
        return None

    best, best_key, scored = None, None, 0
    if groups:
        for number, line in enumerate(lines):
            if not _may_hold(line, search):
                continue
            for position, sentence in enumerate(sentences_of(number)):
                stems = {stem(t) for t in _TOKEN.findall(sentence)}
                covered = sum(1 for g in groups if g & stems)
                if covered:
                    scored += 1
                    key = (covered, len(wanted & stems))
                    if best_key is None or key > best_key:  # the first of the best
                        best_key, best = key, (number, position, sentence)
    if best is None:
        first = first_sentence_from(0)
        if first is None:
            return mark_safe(escape(summary or ""))  # noqa: S308
        return _marked(first, wanted)
    number, position, text = best
    if len(text.split()) < SECOND_SENTENCE_UNDER and scored > 1:
        following = first_sentence_from(number, skip=position + 1)
        if following is not None and len(following.split()) < MAX_WORDS:
            text = f"{text} {following}"
    return _marked(text, wanted)


def _marked(text, wanted):
    words = text.split()
    if len(words) > MAX_WORDS:
        text = " ".join(words[:MAX_WORDS]) + " …"
    parts, position = [], 0
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if stem(token) in wanted:
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(token)}</mark>")
            position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308  (every piece escaped; only <mark> added)
