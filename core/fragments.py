"""Rendering cache: version tokens read once per request, and cached fragments keyed on them.

Signed-in readers and every anonymous miss of the whole-page cache render the page afresh; this
module makes that render cheap without ever serving stale or someone else's content:

- **Tokens.** A token is a random string kept in the shared cache under a name ("structure",
  "taxonomy", "search-index", …); an event that changes what some fragments show *bumps* it (a
  new random string), which retires every fragment keyed on it at once, in every process. A
  token is read from the shared cache at most once per request in each thread; outside a
  request it is read every time. Being random rather than a counter, a token never comes back
  after the cache is cleared, so a process-local memo keyed on it cannot be fooled.
- **Fragments.** `fragment(key parts, build)` returns a cached string (or picklable value). The
  caller puts in the key everything the fragment shows: a page's revision, a document's
  revision, the tokens it depends on, and, for anything that varies by reader, the reader's
  visibility (`visibility_key`), never less. Rendering reads each fragment with one cache get;
  `fragments_many` reads a whole list of them with one `get_many`.
- **Process memo.** `process_memo(name, token_name, build)` keeps a value (the taxonomy) in the
  process, rebuilt when the token changes: public reference data only.
- **Memory layer.** A key names everything its value shows, so the value under a key never
  changes: each process keeps the fragments it has read in memory (`LocalLayer`, least
  recently used first out, bounded by `FRAGMENT_MEMORY_BYTES`) in front of the shared cache,
  and a page's fragments cost a dictionary look-up instead of a file read, a decompression and
  an unpickling each. Strings are kept as they are; anything else is kept pickled and unpickled
  on each read, so no request can change what the next one gets. A retired key is never asked
  for again (the token in it changed in the shared cache, which is read once per request), and
  a cleared shared cache makes new random tokens, so nothing stale can be found by key.
"""

import contextlib
import functools
import hashlib
import pickle
import secrets
import threading
import time
from collections import OrderedDict
from pathlib import Path

from django.core.cache import cache
from django.core.signals import request_finished, request_started

from taxonomy.signals import taxonomy_changed

FRAGMENT_SECONDS = 60 * 60 * 24
_local = threading.local()
_process = {}
_MISSING = object()


def _memo():
    return getattr(_local, "tokens", None)


def _start(**kwargs):
    _local.tokens = {}


def _finish(**kwargs):
    _local.tokens = None


request_started.connect(_start, dispatch_uid="fragments-request-started", weak=False)
request_finished.connect(_finish, dispatch_uid="fragments-request-finished", weak=False)


def token(name):
    """The current token for `name` (made when missing), read once per request per thread."""
    memo = _memo()
    if memo is not None and name in memo:
        return memo[name]
    key = f"token:{name}"
    value = cache.get(key)
    if value is None:
        value = secrets.token_hex(8)
        if not cache.add(key, value, None):
            value = cache.get(key) or value
    if memo is not None:
        memo[name] = value
    return value


def tokens(*names):
    return ".".join(token(name) for name in names)


def bump(name, **kwargs):
    """Retire everything keyed on `name`'s token (usable as a signal receiver)."""
    value = secrets.token_hex(8)
    cache.set(f"token:{name}", value, None)
    memo = _memo()
    if memo is not None:
        memo[name] = value


def forget_request_tokens():
    """Read every token afresh (tests that change content between requests in one "request")."""
    memo = _memo()
    if memo is not None:
        memo.clear()


def code_version():
    """A digest of the project's templates and Python code (and Django's and Wagtail's
    versions), computed once per process: a deploy that changes how anything renders starts
    from fresh fragments, and hosts running the same code share them."""
    global _code_version
    if _code_version is None:
        import django
        import wagtail
        from django.conf import settings

        digest = hashlib.sha1(f"{django.__version__}:{wagtail.__version__}".encode())  # noqa: S324
        root = Path(settings.BASE_DIR)
        skip = {".venv", "var", "node_modules", "static", "staticfiles", "media", "tests", ".git"}
        for path in sorted(root.rglob("*")):
            relative = path.relative_to(root)
            if relative.parts[0] in skip or path.suffix not in (".py", ".html"):
                continue
            digest.update(str(relative).encode())
            digest.update(path.read_bytes())
        _code_version = digest.hexdigest()[:12]
    return _code_version


_code_version = None


def _key(parts):
    text = ":".join(str(part) for part in parts)
    if len(text) > 200 or any(c.isspace() for c in text):
        text = hashlib.sha1(text.encode()).hexdigest()  # noqa: S324 (a cache key)
    return f"frag:{code_version()}:{text}"


class LocalLayer:
    """Values of immutable keys (a key that names everything its value shows) kept in this
    process in front of the shared cache, least recently used out first, within `limit` bytes
    (roughly: the length of each string or pickle). Thread-safe."""

    def __init__(self, limit):
        self.limit = limit
        self.size = 0
        self.entries = OrderedDict()  # key: (expires, stored, size, pickled)
        self.lock = threading.Lock()

    def get(self, key, default=None):
        if not self.limit:
            return default
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return default
            if entry[0] < time.monotonic():
                self._drop(key)
                return default
            self.entries.move_to_end(key)
        return pickle.loads(entry[1]) if entry[3] else entry[1]  # noqa: S301 (our own values)

    def set(self, key, value, seconds):
        if not self.limit:
            return
        if isinstance(value, str):
            stored, pickled = value, False
        else:
            try:
                stored, pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL), True
            except Exception:  # noqa: BLE001 (unpicklable: the shared cache alone)
                return
        size = len(stored) + 100
        if size > self.limit // 8:
            return
        with self.lock:
            if key in self.entries:
                self._drop(key)
            self.entries[key] = (time.monotonic() + seconds, stored, size, pickled)
            self.size += size
            while self.size > self.limit:
                self._drop(next(iter(self.entries)))

    def _drop(self, key):
        entry = self.entries.pop(key)
        self.size -= entry[2]

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.size = 0


def _local_limit():
    from django.conf import settings

    return getattr(settings, "FRAGMENT_MEMORY_BYTES", 32 * 1024 * 1024)


local = LocalLayer(None)


def _layer():
    if local.limit is None:
        local.limit = _local_limit()
    return local


def cached_get(key):
    """The value under an immutable key, from this process's memory or the shared cache
    (`_MISSING` when neither has it)."""
    layer = _layer()
    value = layer.get(key, _MISSING)
    if value is _MISSING:
        value = cache.get(key, _MISSING)
        if value is not _MISSING:
            layer.set(key, value, FRAGMENT_SECONDS)
    return value


def cached_set(key, value, seconds):
    cache.set(key, value, seconds)
    _layer().set(key, value, seconds)


def fragment(parts, build, seconds=FRAGMENT_SECONDS):
    """The cached value for the key `parts`, or `build()` stored under it."""
    key = _key(parts)
    value = cached_get(key)
    if value is _MISSING:
        value = build()
        cached_set(key, value, seconds)
    return value


def fragments_many(items, parts_of, build, seconds=FRAGMENT_SECONDS):
    """[value for each item], read with one `get_many`; misses built with `build(item)`."""
    keys = [_key(parts_of(item)) for item in items]
    layer = _layer()
    found = {}
    for key in keys:
        value = layer.get(key, _MISSING)
        if value is not _MISSING:
            found[key] = value
    wanted = [key for key in keys if key not in found]
    if wanted:
        shared = cache.get_many(wanted)
        for key, value in shared.items():
            layer.set(key, value, seconds)
        found.update(shared)
    values, missing = [], {}
    for item, key in zip(items, keys, strict=True):
        if key in found:
            values.append(found[key])
        else:
            value = build(item)
            missing[key] = value
            values.append(value)
    if missing:
        cache.set_many(missing, seconds)
        for key, value in missing.items():
            layer.set(key, value, seconds)
    return values


def process_memo(name, token_name, build):
    """`build()` kept in this process until `token_name`'s token changes (public data only)."""
    current = token(token_name)
    held = _process.get(name)
    if held is not None and held[0] == current:
        return held[1]
    value = build(current)
    _process[name] = (current, value)
    return value


class CachedSiteMiddleware:
    """Finds the request's Wagtail site from the cache: one query less on every page.

    Wagtail looks the site up by host name on each request; the answer only changes when a
    site is saved or deleted, which bumps the site structure's version (core/structure.py).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.db import DatabaseError
        from django.http.request import split_domain_port
        from wagtail.models import Site

        host = split_domain_port(request._get_raw_host())[0]
        parts = ("site", token("sites"), host, request.get_port())
        # The database away: pages that need the site say so, /healthz reports it.
        with contextlib.suppress(DatabaseError):
            site = fragment(parts, lambda: Site._find_for_request(request))
            if site is not None:
                # Wagtail's serve view routes from the root page's specific form: kept with
                # the structure, as every page below it is (core/site_root.py).
                from .structure import cached

                root = site.root_page
                root.specific = cached(f"root-page:{root.pk}", lambda: root.specific)
            request._wagtail_site = site
        return self.get_response(request)


def connect_signals():
    """Retire cached values when what they show changes (called from CoreConfig.ready)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Site

    from taxonomy import snapshot

    # The taxonomy snapshot is kept in each process until the "taxonomy" token changes, and the
    # token changes when taxonomy says it did.
    snapshot.keep_with(lambda build: process_memo("taxonomy", "taxonomy", build))

    def taxonomy(**kwargs):
        bump("taxonomy")

    taxonomy_changed.connect(taxonomy, dispatch_uid="fragments-taxonomy-changed", weak=False)

    def sites(**kwargs):
        bump("sites")

    post_save.connect(sites, sender=Site, dispatch_uid="fragments-site-save", weak=False)
    post_delete.connect(sites, sender=Site, dispatch_uid="fragments-site-delete", weak=False)

    # Page bodies show documents' titles, sizes and links, and images: a change retires them.
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    def content(**kwargs):
        bump("content")

    for model in (get_document_model(), get_image_model()):
        name = model._meta.label_lower
        post_save.connect(content, sender=model, dispatch_uid=f"fragments-save-{name}", weak=False)
        post_delete.connect(
            content, sender=model, dispatch_uid=f"fragments-delete-{name}", weak=False
        )


# Page bodies --------------------------------------------------------------------------------


class Fragment:
    """A cached fragment looked up ahead of rendering, so a view can skip the work it replaces.

    `pieces` is the cached list of rendered strings (None on a miss); the `{% fragment %}` tag
    (core/templatetags/fragment_tags.py) outputs them, or renders and stores them under `key`.
    """

    def __init__(self, parts):
        self.key = None if parts is None else _key(parts)
        pieces = _MISSING if self.key is None else cached_get(self.key)
        self.pieces = None if pieces is _MISSING else pieces

    @property
    def hit(self):
        return self.pieces is not None

    def store(self, pieces):
        if self.key is not None:
            cached_set(self.key, pieces, FRAGMENT_SECONDS)


@functools.cache
def csrf_stand_in():
    """What `{% fragment %}` renders in place of the reader's CSRF token, replaced by each
    request's own token on output: derived from SECRET_KEY, so the same in every process
    (fragments are shared) and not something a post's author could write into a post."""
    from django.conf import settings

    digest = hashlib.sha256(f"fragment-csrf:{settings.SECRET_KEY}".encode()).hexdigest()
    return f"csrf{digest[:40]}"


def audience(request):
    """What a fragment may vary by, besides its content: signed in or not. A fragment never
    holds anything only some signed-in readers may see; such parts are `{% live %}` holes."""
    user = getattr(request, "user", None)
    return "in" if user is not None and user.is_authenticated else "out"


def page_body(page, request):
    """The cached body of a live page, keyed on its live revision, the site structure's
    version, the "content" token (documents and images), today's date (review notices), the
    reader's audience and the path (a routable page's sub-pages). Never cached in previews or
    drafts."""
    from django.utils import timezone

    from .structure import version

    if getattr(request, "is_preview", False) or not page.live or not page.live_revision_id:
        return Fragment(None)
    parts = (
        "body",
        page.pk,
        page.live_revision_id,
        version(),
        token("content"),
        timezone.localdate().isoformat(),
        audience(request),
        request.path,
    )
    return Fragment(parts)
