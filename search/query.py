"""A reader's query, made safe and structured: quoted phrases, words and their synonyms.

Nothing the reader types reaches an engine's own query syntax: the backends build their queries
from these plain groups (OR within a group's alternatives). Across groups the search is
best-match: quoted phrases must match, and of the other groups a document needs at least
`minimum_should_match` (all of one or two, two of three, three quarters of longer queries);
documents matching more groups rank first. Stop words and question words ("how do I") are
dropped, unless they are inside quotes or a glossary term ("accident and emergency").
"""

import re
from dataclasses import dataclass, field

from .documents import clean_text
from .synonyms import longest_match, normalise

MAX_QUERY_LENGTH = 200
MAX_GROUPS = 12
# Words that say nothing about what the reader wants: English stop words (as the engine's
# english analyser drops them) and the words of a question.
STOP_WORDS = frozenset([
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
    "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
    "these", "they", "this", "to", "was", "will", "with", "how", "do", "does", "did", "i",
    "we", "you", "my", "our", "your", "me", "us", "can", "could", "should", "would", "what",
    "which", "who", "whom", "why", "when", "where", "about", "from", "have", "has", "had",
    "get", "any", "some", "please", "tell", "find", "show",
])  # fmt: skip
_QUOTED = re.compile(r'"([^"]+)"')


@dataclass(frozen=True)
class Group:
    alternatives: tuple  # normalised phrases; the first is what the reader typed
    exact: bool = False


@dataclass
class ParsedQuery:
    text: str = ""
    groups: list = field(default_factory=list)
    truncated: bool = False
    typed: str = ""  # the reader's unquoted words in order, stop words included

    def __bool__(self):
        return bool(self.groups)

    @property
    def phrase(self):
        """The reader's words in order, for the exact-phrase boost (with the stop words they
        typed between them: "homes of care")."""
        return self.typed or " ".join(group.alternatives[0] for group in self.groups)

    @property
    def terms(self):
        """The meaningful words in order, one per group (spelling corrections work on these)."""
        return " ".join(group.alternatives[0] for group in self.groups)

    @property
    def minimum_should_match(self):
        """How many groups a document must match (quoted phrases are required as well)."""
        return minimum_should_match(len(self.groups))

    @property
    def words(self):
        """What to mark in titles: each word the reader typed, and each synonym as a phrase
        (marking every word of "hospital transfer pathway" would mark any "hospital")."""
        typed = {w for g in self.groups for w in g.alternatives[0].split()}
        return sorted(typed | {alt for g in self.groups for alt in g.alternatives[1:]})


def minimum_should_match(groups):
    """One of one or two groups, two of three, three quarters (rounded down) of more.

    Documents with every group always rank first, so a two-word query lists those with both
    words, then those with one ("radiology network" still finds radiology)."""
    if groups <= 3:
        return max(1, groups - 1)
    return max(2, groups * 3 // 4)


def parse_query(raw):
    raw = clean_text(raw or "")
    truncated = len(raw) > MAX_QUERY_LENGTH
    text = raw[:MAX_QUERY_LENGTH]
    groups = []
    rest = text
    if text.count('"') % 2 == 0:
        for phrase in _QUOTED.findall(text):
            phrase = normalise(phrase)
            if phrase:
                groups.append(Group((phrase,), exact=True))
        rest = _QUOTED.sub(" ", text)
    words = normalise(rest.replace('"', " ")).split()
    index = 0
    while index < len(words):
        length, alternatives = longest_match(words, index)
        if length:
            groups.append(Group((" ".join(words[index : index + length]), *alternatives)))
            index += length
        else:
            groups.append(Group((words[index],)))
            index += 1
    meaningful = [g for g in groups if g.exact or not _is_stop_word(g)]
    if meaningful:
        groups = meaningful
    typed = " ".join(words) if not any(g.exact for g in groups) else ""
    return ParsedQuery(
        text=text.strip(), groups=groups[:MAX_GROUPS], truncated=truncated, typed=typed[:200]
    )


def _is_stop_word(group):
    return len(group.alternatives) == 1 and group.alternatives[0] in STOP_WORDS
