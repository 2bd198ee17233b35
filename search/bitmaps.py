"""The database backend's facet index in memory: one bitmap per facet value.

Counting facets in SQL means grouping every (document, facet, value) row of the matching
documents: a word found in a third of 100,000 documents is ~300,000 rows per facet selection,
hundreds of milliseconds. Here each facet value (and each visibility) is a Python integer used as
a bitmap over document ids, so a facet count is an AND and a popcount, microseconds each.

Each process keeps one snapshot and checks one row (`IndexState`) per search to know whether it
is current. Writers bump that row and log the documents they touched (`IndexChange`) in the same
transaction as the write; a reader replays the log since its revision, or reloads everything
when it is too far behind, when a bulk load happened, or when its history was rolled back.
"""

import re
import threading
import uuid
from array import array
from dataclasses import dataclass, field

from django.db import connection

from .memo import Memo
from .models import IndexChange, IndexedDocument, IndexedFacet, IndexState

DOC = IndexedDocument._meta.db_table
FACET = IndexedFacet._meta.db_table
STATE = IndexState._meta.db_table
CHANGE = IndexChange._meta.db_table
# A write touching more documents than this logs "reload everything" instead of each one.
BULK_WRITE = 500
# Revisions kept in the change log; a process further behind reloads everything.
KEEP_REVISIONS = 1000
# Replaying more changed documents than this is slower than reloading.
MAX_REPLAY = 5000
# Bands of documents by publication date, for picking the newest of many matches.
RECENCY_BANDS = 64
# Attempts at reading a consistent snapshot while writers keep committing.
READ_ATTEMPTS = 3
# Full-text id scans kept with each snapshot (`Bitmaps.scanned`): one bitmap is (highest
# document id / 8) bytes, 12.5 kB at 100,000 documents.
SCANS_KEPT = 128


# -- writing: called by the database backend inside the write's transaction ----------------


def begin_write():
    """Take the next revision (and the state row's lock, until commit). Returns (revision,
    token) for `log_write`. Call before writing any index rows, so writers queue here rather
    than deadlock on rows taken in different orders."""
    token = uuid.uuid4().hex
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {STATE} (id, revision, token) VALUES (1, 1, %s) "
            f"ON CONFLICT (id) DO UPDATE SET revision = {STATE}.revision + 1, "
            "token = excluded.token RETURNING revision",
            [token],
        )
        return cursor.fetchone()[0], token


def log_write(revision, token, document_ids):
    """Record which documents `revision` touched; None (or a bulk write) means all of them."""
    if document_ids is None or len(document_ids) > BULK_WRITE:
        ids = [None]
    else:
        ids = list(dict.fromkeys(document_ids)) or [None]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {CHANGE} (revision, token, document_id) VALUES (%s, %s, %s)",
            [(revision, token, pk) for pk in ids],
        )
        cursor.execute(f"DELETE FROM {CHANGE} WHERE revision <= %s", [revision - KEEP_REVISIONS])


# -- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bitmaps:
    """One consistent picture of the index at `revision`."""

    revision: int
    token: str
    values: dict = field(default_factory=dict)  # {facet: {value: bitmap}}
    visibility: dict = field(default_factory=dict)  # {visibility value: bitmap}
    published: array = field(default_factory=lambda: array("d"))  # epoch seconds, by id
    # What is worked out from the above when first needed (the recency bands).
    derived: dict = field(default_factory=dict, compare=False, repr=False)

    def union(self, facet, values):
        """Documents with any of `values` for `facet`."""
        return _any(self.values.get(facet, {}), values)

    def visible(self, visibility):
        """Documents with any of these visibility values."""
        return _any(self.visibility, visibility)

    def published_at(self, pk):
        return self.published[pk] if pk < len(self.published) else 0.0

    def newest(self, bits, limit):
        """Up to `limit` of the documents in `bits`, newest first (ties: higher id first):
        whole recency bands are taken newest first, so only the last one is sorted."""
        picked = []
        # Every id of a band is below len(self.published): no bounds test per id.
        published = self.published.__getitem__
        for band in self._bands():
            ids = ids_of(bits & band)
            if len(picked) + len(ids) > limit:
                ids.sort(key=lambda pk: (published(pk), pk), reverse=True)
                return picked + ids[: limit - len(picked)]
            ids.reverse()
            picked += sorted(ids, key=published, reverse=True)
        return picked

    def scanned(self, key, scan):
        """The bitmap `scan()` returns (a full-text id scan), kept with this snapshot under
        `key` (the full-text query, which names everything the scan depends on besides the
        index): a query searched again, or a phrase shared by two queries, is not scanned
        again. The snapshot, and with it what it kept, is replaced when the index changes; a
        snapshot that is not a consistent picture (revision -1 or 0) keeps nothing. Match sets
        only: who may see a document always comes from the snapshot's visibility bitmaps."""
        if self.revision <= 0:
            return scan()
        return self._scans().get_or_build(key, scan)

    def kept(self, key):
        """What `scanned` or `keep` kept under `key`, or None."""
        return self._scans().get(key) if self.revision > 0 else None

    def keep(self, key, bits):
        """Keep a scan's bitmap under `key`, as `scanned` does (for scans made together)."""
        if self.revision > 0:
            self._scans().set(key, bits)

    def _scans(self):
        memo = self.derived.get("scans")
        if memo is None:
            memo = self.derived.setdefault("scans", Memo(SCANS_KEPT))
        return memo

    def factors(self, weights, answered):
        """array: each document's weight from the editors' type weights `weights` (and the
        weight of an answered discussion, under the standing value `answered`), 1.0 for the
        others; worked out once per snapshot and set of weights."""
        key = ("factors", tuple(sorted(weights.items())))
        found = self.derived.get(key)
        if found is None:
            found = array("d", [1.0]) * len(self.published)
            # The type's weight first, then the answered one: the order the product was
            # always taken in, so the scores are the same to the last bit.
            masks = [
                (mask, weights.get(value, 1.0))
                for value, mask in self.values.get("type", {}).items()
                if weights.get(value, 1.0) != 1.0
            ]
            standing = self.values.get("standing", {}).get(answered, 0)
            if standing and weights.get(answered, 1.0) != 1.0:
                masks.append((standing, weights[answered]))
            for mask, factor in masks:
                for pk in ids_of(mask):
                    if pk < len(found):
                        found[pk] *= factor
            self.derived[key] = found
        return found

    def _bands(self):
        """RECENCY_BANDS bitmaps of the documents by publication, newest first."""
        found = self.derived.get("bands")
        if found is None:
            # Oldest first (ties: lower id first), reversed: newest first, ties higher id first.
            order = sorted(range(len(self.published)), key=self.published.__getitem__)
            order.reverse()
            size = max(1, -(-len(order) // RECENCY_BANDS))
            chunks = [order[i : i + size] for i in range(0, len(order), size)]
            # Each band with the (date, id) of its oldest document, to place changed ones.
            found = (
                [bitmap_of(chunk) for chunk in chunks],
                [(self.published[chunk[-1]], chunk[-1]) for chunk in chunks],
            )
            self.derived["bands"] = found
        return found[0]

    def counts(self, facet, within, size):
        """{value: documents} of `facet` among `within`, largest first, at most `size`."""
        return self.counts_of(self.values.get(facet, {}), within, size)

    @staticmethod
    def counts_of(masks, within, size):
        """{value: documents} of `masks` ({value: bitmap}) among `within`, largest first."""
        pairs = []
        for value, mask in masks.items():
            count = (within & mask).bit_count()
            if count:
                pairs.append((value, count))
        pairs.sort(key=lambda pair: (-pair[1], pair[0]))
        return dict(pairs[:size])


def _any(masks, keys):
    bits = 0
    for key in keys:
        bits |= masks.get(key, 0)
    return bits


def bitmap_of(ids):
    """A bitmap with the bits of `ids` set."""
    ids = list(ids)
    if not ids:
        return 0
    # One byte per id position, then one conversion: far faster than setting bits one by one.
    digits = bytearray(b"0") * (max(ids) + 1)
    for pk in ids:
        digits[pk] = 49  # "1"
    digits.reverse()
    return int(digits, 2)


def ids_of(bits):
    """The ids whose bits are set, ascending (the inverse of `bitmap_of`)."""
    if not bits:
        return []
    # One binary string and a regular-expression scan in C: a loop over the bits in Python
    # would cost a step per document of the index.
    return [match.start() for match in _ONE.finditer(bin(bits)[:1:-1])]


def at_least(masks, universe):
    """[the documents of `universe` in at least k of `masks` (bitmaps), for k = 0 ..
    len(masks)]: one pass of ANDs and ORs per mask, whatever the number of documents."""
    levels = [universe] + [0] * len(masks)
    for mask in masks:
        for k in range(len(masks), 0, -1):
            levels[k] |= levels[k - 1] & mask
    return levels


_ONE = re.compile("1")


class Membership:
    """Fast `pk in bitmap` for many pks (an int's bits are slow to test one at a time)."""

    def __init__(self, bits):
        self._bytes = bits.to_bytes((bits.bit_length() + 7) // 8, "little")

    def __contains__(self, pk):
        byte = pk >> 3
        return byte < len(self._bytes) and bool(self._bytes[byte] >> (pk & 7) & 1)


_lock = threading.Lock()
_snapshots = {}


def current():
    """The bitmaps for the index as this connection sees it now (one query when current)."""
    key = (connection.alias, str(connection.settings_dict.get("NAME")))
    revision, token = _read_state()
    snapshot = _snapshots.get(key)
    if snapshot and revision and (snapshot.revision, snapshot.token) == (revision, token):
        return snapshot
    with _lock:
        snapshot = _snapshots.get(key)
        # Revision 0 (no state row: a database emptied by a test's flush) is never trusted.
        if not (revision and snapshot and (snapshot.revision, snapshot.token) == (revision, token)):
            snapshot = _refresh(snapshot)
            _snapshots[key] = snapshot
        return snapshot


def forget():
    """Drop every process-level snapshot (tests use this to start from nothing)."""
    with _lock:
        _snapshots.clear()


def _read_state():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT revision, token FROM {STATE} WHERE id = 1")
        row = cursor.fetchone()
    return (row[0], row[1]) if row else (0, "")


def _refresh(snapshot):
    for _ in range(READ_ATTEMPTS):
        revision, token = _read_state()
        fresh = None
        if snapshot and 0 < snapshot.revision < revision:
            fresh = _replay(snapshot, revision, token)
        if fresh is None:
            fresh = _load(revision, token)
        # Unchanged state after reading: no write committed in between, the picture is whole.
        if _read_state() == (revision, token):
            return fresh
    # Writers kept committing: use the last picture, marked so the next search refreshes it.
    return Bitmaps(-1, "", fresh.values, fresh.visibility, fresh.published)


def _load(revision, token):
    values, visibility = {}, {}
    published = array("d")
    concat = "group_concat({0})" if connection.vendor == "sqlite" else "string_agg({0}::text, ',')"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT facet, value, {concat.format('document_id')} FROM {FACET} "
            "GROUP BY facet, value"
        )
        for facet, value, ids in cursor.fetchall():
            values.setdefault(facet, {})[value] = bitmap_of(map(int, ids.split(",")))
        cursor.execute(f"SELECT visibility, {concat.format('id')} FROM {DOC} GROUP BY visibility")
        for value, ids in cursor.fetchall():
            visibility[value] = bitmap_of(map(int, ids.split(",")))
        cursor.execute(f"SELECT id, {_epoch_sql()} FROM {DOC}")
        for pk, seconds in cursor.fetchall():
            _put(published, pk, seconds)
    return Bitmaps(revision, token, values, visibility, published)


def _replay(snapshot, revision, token):
    """The snapshot brought up to `revision` from the change log, or None to reload."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT revision, token, document_id FROM {CHANGE} "
            "WHERE revision >= %s ORDER BY revision",
            [snapshot.revision],
        )
        rows = cursor.fetchall()
    # The log must continue this snapshot's own history (not a rolled-back one) up to now.
    if not rows or rows[0][:2] != (snapshot.revision, snapshot.token):
        return None
    if rows[-1][:2] != (revision, token):
        return None
    changed = {pk for rev, _, pk in rows if rev > snapshot.revision}
    if None in changed or len(changed) > MAX_REPLAY:
        return None
    changed = sorted(changed)
    marks = ", ".join(["%s"] * len(changed))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, visibility, {_epoch_sql()} FROM {DOC} WHERE id IN ({marks})", changed
        )
        documents = cursor.fetchall()
        cursor.execute(
            f"SELECT document_id, facet, value FROM {FACET} WHERE document_id IN ({marks})",
            changed,
        )
        facet_rows = cursor.fetchall()

    keep = ~bitmap_of(changed)
    values = {
        facet: {value: mask & keep for value, mask in masks.items()}
        for facet, masks in snapshot.values.items()
    }
    visibility = {value: mask & keep for value, mask in snapshot.visibility.items()}
    published = array("d", snapshot.published)
    for pk in changed:
        if pk < len(published):
            published[pk] = 0.0
    for pk, value, seconds in documents:
        visibility[value] = visibility.get(value, 0) | (1 << pk)
        _put(published, pk, seconds)
    for pk, facet, value in facet_rows:
        masks = values.setdefault(facet, {})
        masks[value] = masks.get(value, 0) | (1 << pk)
    # Values no document has any more stop being offered.
    values = {f: {v: m for v, m in masks.items() if m} for f, masks in values.items()}
    visibility = {v: m for v, m in visibility.items() if m}
    fresh = Bitmaps(revision, token, values, visibility, published)
    bands = snapshot.derived.get("bands")
    if bands and bands[0]:
        fresh.derived["bands"] = _moved(bands, keep, changed, published)
    return fresh


def _moved(bands, keep, changed, published):
    """The recency bands of the previous snapshot with the `changed` documents taken out and
    put back by their (new) date: a publish costs a few ANDs, not a sort of every document.
    A band's oldest (date, id) stays a bound below every document in it, so the bands stay
    in order; only their sizes drift until the next full reload."""
    masks, lows = list(bands[0]), bands[1]
    masks = [mask & keep for mask in masks]
    for pk in changed:
        key = (published[pk] if pk < len(published) else 0.0, pk)
        at = next((i for i, low in enumerate(lows) if key >= low), len(masks) - 1)
        masks[at] |= 1 << pk
    return masks, lows


def _put(published, pk, seconds):
    if pk >= len(published):
        published.extend([0.0] * (pk + 1 - len(published)))
    published[pk] = float(seconds or 0.0)


def _epoch_sql():
    if connection.vendor == "sqlite":
        return "(julianday(published_at) - 2440587.5) * 86400.0"
    return "EXTRACT(EPOCH FROM published_at)::float8"
