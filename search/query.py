"""A reader's query, made safe and structured: quoted phrases, words and their synonyms.

Nothing the reader types reaches an engine's own query syntax: the backends build their queries
from these plain groups (AND across groups, OR within a group's alternatives).
"""

import re
from dataclasses import dataclass, field

from .documents import clean_text
from .synonyms import longest_match, normalise

MAX_QUERY_LENGTH = 200
MAX_GROUPS = 12
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

    def __bool__(self):
        return bool(self.groups)

    @property
    def phrase(self):
        """The reader's words in order, for the exact-phrase boost."""
        return " ".join(group.alternatives[0] for group in self.groups)

    @property
    def words(self):
        """Every word of every alternative, for highlighting titles."""
        return sorted({w for g in self.groups for alt in g.alternatives for w in alt.split()})


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
    return ParsedQuery(text=text.strip(), groups=groups[:MAX_GROUPS], truncated=truncated)
