"""A small least-recently-used memo kept in each process, for values that are a pure function of
their key: snippets (search/snippets.py), result cards and facet blocks
(search/templatetags/search_tags.py).

Only for keys that name everything the value shows. Such a key never needs retiring (a change
to what it shows is a different key), so a per-process copy can never be stale, whichever
process made the change; and it can never cross readers, since a reader only ever asks for the
key of what their own search found. Reading it costs a dictionary look-up, where a fragment in
the shared (file-based) cache costs a file read and an unpickle.
"""

import threading
from collections import OrderedDict

_MISSING = object()


class Memo:
    def __init__(self, size):
        self.size = size
        self._held = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, default=None):
        with self._lock:
            value = self._held.get(key, _MISSING)
            if value is _MISSING:
                return default
            self._held.move_to_end(key)
            return value

    def set(self, key, value):
        with self._lock:
            self._held[key] = value
            self._held.move_to_end(key)
            while len(self._held) > self.size:
                self._held.popitem(last=False)

    def get_or_build(self, key, build):
        value = self.get(key, _MISSING)
        if value is _MISSING:
            value = build()
            self.set(key, value)
        return value

    def clear(self):
        with self._lock:
            self._held.clear()

    def __len__(self):
        return len(self._held)
