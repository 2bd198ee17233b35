"""The NHS glossary (search.models.GlossaryTerm, kept by editors in the admin), applied by
expanding the query.

Both backends receive the same expanded query, so a search for "A&E" finds "emergency
department" whichever engine answers (an engine-side synonym filter would differ between
engines and SQL, and would need a reindex for every change). Each process keeps the glossary in
memory and checks one small version number in the shared cache per search: saving or deleting a
term bumps it, so the next search everywhere uses the new glossary, without a restart.
"""

import re
import threading
from dataclasses import dataclass

from django.core.cache import cache

_WORD = re.compile(r"[\w&]+", re.UNICODE)
VERSION_KEY = "search:glossary-version"
MAX_TERM_WORDS = 6


def normalise(text):
    """Lower-case words joined by single spaces; '&' is kept inside words such as 'a&e'."""
    return " ".join(_WORD.findall(text.lower()))


@dataclass(frozen=True)
class Entry:
    term: str  # as editors wrote it, for display
    abbreviation: str
    names: tuple  # normalised, every name of the term


@dataclass(frozen=True)
class Glossary:
    version: object
    entries: tuple
    table: dict  # normalised name -> [other normalised names]
    by_name: dict  # normalised name -> Entry


_lock = threading.Lock()
_loaded = {"glossary": None}


def glossary():
    """The current glossary (reloaded when an editor has changed it since)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = _new_version()
    current = _loaded["glossary"]
    if current is not None and current.version == version:
        return current
    with _lock:
        current = _build(version)
        _loaded["glossary"] = current
    return current


def _new_version():
    import uuid

    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, None)
    return version


def glossary_changed(**kwargs):
    """Signal receiver: the next search in every process reloads the glossary."""
    _new_version()


def _build(version):
    from .models import GlossaryTerm

    entries, table, by_name = [], {}, {}
    for term, abbreviation, synonyms in GlossaryTerm.objects.values_list(
        "term", "abbreviation", "synonyms"
    ):
        names = [normalise(n) for n in [term, abbreviation, *synonyms.splitlines()]]
        names = tuple(dict.fromkeys(n for n in names if n and len(n.split()) <= MAX_TERM_WORDS))
        if not names:
            continue
        entry = Entry(term.strip(), abbreviation.strip(), names)
        entries.append(entry)
        for name in names:
            by_name.setdefault(name, entry)
            if len(names) == 1:
                continue
            others = table.setdefault(name, [])
            others.extend(n for n in names if n != name and n not in others)
    return Glossary(version, tuple(entries), table, by_name)


def synonym_groups():
    """[[names]] of every term with more than one name."""
    return [list(e.names) for e in glossary().entries if len(e.names) > 1]


def longest_match(words, start):
    """(length, alternatives) of the longest glossary name starting at words[start]."""
    table = glossary().table
    for length in range(min(MAX_TERM_WORDS, len(words) - start), 0, -1):
        candidate = " ".join(words[start : start + length])
        if candidate in table:
            return length, table[candidate]
    return 0, []


def explanations(parsed):
    """[(abbreviation as written in the glossary, term)] for abbreviations the reader typed."""
    found = []
    by_name = glossary().by_name
    for group in parsed.groups:
        typed = group.alternatives[0]
        entry = by_name.get(typed)
        explained = entry and entry.abbreviation and normalise(entry.abbreviation) == typed
        if explained and (entry.abbreviation, entry.term) not in found:
            found.append((entry.abbreviation, entry.term))
    return found


def alternatives_for(text):
    """Other names of `text` if it is a glossary name (for autocomplete), else []."""
    return list(glossary().table.get(normalise(text), []))
