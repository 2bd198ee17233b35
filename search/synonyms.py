"""One NHS synonyms list (platform/search/synonyms.txt), applied by expanding the query.

Both backends receive the same expanded query, so a search for "A&E" finds "emergency
department" whichever engine answers (an engine-side synonym filter would differ between
Elasticsearch, the bundled test engine and SQL).
"""

import re
from functools import lru_cache
from pathlib import Path

from django.conf import settings

_WORD = re.compile(r"[\w&]+", re.UNICODE)


def normalise(text):
    """Lower-case words joined by single spaces; '&' is kept inside words such as 'a&e'."""
    return " ".join(_WORD.findall(text.lower()))


@lru_cache(maxsize=1)
def synonym_groups():
    path = Path(getattr(settings, "SEARCH_SYNONYMS_FILE", ""))
    groups = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            terms = [normalise(term) for term in line.split(",") if normalise(term)]
            if len(terms) > 1:
                groups.append(terms)
    return groups


@lru_cache(maxsize=1)
def _lookup():
    table = {}
    for group in synonym_groups():
        for term in group:
            table.setdefault(term, [])
            table[term].extend(t for t in group if t != term and t not in table[term])
    return table


def longest_match(words, start):
    """(length, alternatives) of the longest synonym term starting at words[start]."""
    table = _lookup()
    for length in range(min(6, len(words) - start), 0, -1):
        candidate = " ".join(words[start : start + length])
        if candidate in table:
            return length, table[candidate]
    return 0, []
