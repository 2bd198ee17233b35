"""Tests: fast hashing, local memory cache and e-mail, plain static storage."""

from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR, STORAGES, env

DEBUG = False
SECRET_KEY = "test-only-key-7f3b9d1c5e0a4b8f9c2d6e1a3b5c7d9e"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
# Images and documents tests upload (the demo's among them) stay out of the development media.
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "var" / "test-media"))
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Page caching is tested on its own (tests/core/test_page_cache.py); elsewhere pages render fresh.
PAGE_CACHE_SECONDS = 0
# A search that the shared, busy test machine keeps waiting (a new index's first query, a
# garbage collection) must not turn into a fallback to the database and a flaky failure: the
# outage tests use closed ports, which fail at once whatever this is.
ELASTICSEARCH_TIMEOUT = float(env("ELASTICSEARCH_TIMEOUT", "10"))
