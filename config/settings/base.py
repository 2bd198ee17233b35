"""Settings shared by every environment; whatever a deployment varies comes from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "accounts",
    "taxonomy",
    "communities",
    "casestudies",
    "learning_guides",
    "search",
    "alerts",
    "reading_list",
    "home",
    "wagtailnhsukfrontend",
    "wagtailnhsukfrontend.forms",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.UsersAdminConfig",  # wagtail.users with our user forms
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    # After wagtail.admin: it replaces two of Wagtail's workflow e-mails (contributions.signals).
    "contributions",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.AdminAccessMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "core.throttle.WriteThrottleMiddleware",
    "core.fragments.CachedSiteMiddleware",
    "core.page_cache.AnonymousPageCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.site_navigation",
                "communities.context_processors.notifications",
                "accounts.context_processors.signup",
            ],
        },
    },
]

# SQLite in the project unless DATABASE_URL says otherwise (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers carry on while gunicorn workers write; a busy timeout instead of
    # "database is locked" under concurrent posts.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
# Sessions are read from the shared cache (written through to the database): a signed-in page
# costs no session query (docs/benchmarks.md, "Pages").
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
AUTHENTICATION_BACKENDS = [
    "accounts.backends.CachedPermissionsBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
# One sign-in page for everyone, editors included: allauth's, which throttles password
# guessing. Wagtail's own /admin/login/ form does not, so config/urls.py redirects it here.
WAGTAILADMIN_LOGIN_URL = "account_login"
# Likewise where Wagtail sends someone a view restriction turns away (private documents):
# allauth's page, not Wagtail's unthrottled /_util/login/ (config/urls.py redirects that too).
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
# Wagtail's own password reset is unthrottled: hide its link; config/urls.py sends its addresses
# to allauth's throttled reset (5 a minute per address, 20 a minute per IP).
WAGTAIL_PASSWORD_RESET_ENABLED = False

# django-allauth: e-mail is the identity; addresses are verified before first sign-in.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
# allauth's forms with our labels and no placeholders (accounts/allauth_forms.py).
ACCOUNT_FORMS = {
    "login": "accounts.allauth_forms.LoginForm",
    "signup": "accounts.allauth_forms.SignupForm",
    "reset_password": "accounts.allauth_forms.ResetPasswordForm",
    "reset_password_from_key": "accounts.allauth_forms.ResetPasswordKeyForm",
    "change_password": "accounts.allauth_forms.ChangePasswordForm",
    "set_password": "accounts.allauth_forms.SetPasswordForm",
    "add_email": "accounts.allauth_forms.AddEmailForm",
}
# Access requests (accounts/access.py): how many one address may send, as (requests, seconds).
ACCESS_REQUEST_RATE = (5, 3600)
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Shared Learning] "
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PRESERVE_USERNAME_CASING = False
# Sign-up is for NHS staff: only these e-mail domains (and their subdomains) may register.
ALLOWED_SIGNUP_EMAIL_DOMAINS = [
    domain.lower().lstrip("@")
    for domain in env_list("ALLOWED_SIGNUP_EMAIL_DOMAINS", "nhs.net,nhs.uk")
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
# robots.txt, favicon and friends served from the site root by whitenoise.
WHITENOISE_ROOT = BASE_DIR / "static" / "public"
MEDIA_URL = "/media/"
# Let Django serve uploads itself (local runs); production puts them behind the proxy or a bucket.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "core.storage.StaticStorage"},
}

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
# Only for the file backend (the browser tests read their mail from files).
EMAIL_FILE_PATH = Path(env("EMAIL_FILE_PATH", BASE_DIR / "var" / "mail"))
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Shared Learning <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# For EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend: where each message is written.
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))

# The cache holds versions that publishing bumps, so every web worker must share it: Redis when
# REDIS_URL is set (production, several hosts), otherwise files under var/ (one host).
if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env("REDIS_URL"),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": Path(env("CACHE_DIR", BASE_DIR / "var" / "cache")),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }
# Each process keeps the page fragments it has read (core/fragments.py) in memory, up to this
# many bytes, in front of the shared cache; 0 turns the memory layer off.
FRAGMENT_MEMORY_BYTES = int(env("FRAGMENT_MEMORY_BYTES", str(32 * 1024 * 1024)))
# Anonymous readers' pages are cached this long at most (publishing clears them at once).
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "300"))

# Background work (index updates, e-mail) through Django's task framework, as Wagtail 8 uses it.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# E-mail alerts on searches (docs/alerts.md): daily ones go at this local hour, weekly ones on
# Mondays at it; windows end this many seconds in the past so a publication still being
# committed falls into the next window; alerts are matched and sent this many to a task.
ALERTS_SEND_HOUR = int(env("ALERTS_SEND_HOUR", "7"))
ALERTS_SETTLE_SECONDS = int(env("ALERTS_SETTLE_SECONDS", "60"))
ALERTS_BATCH_SIZE = int(env("ALERTS_BATCH_SIZE", "200"))
ALERTS_CONFIRM_DAYS = 7

# Search engine: unset means the embedded default.
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", "")
# "opensearch" for an OpenSearch server (the bundled engine, Amazon OpenSearch Service);
# empty for Elasticsearch 8 (see docs/search.md).
ELASTICSEARCH_COMPAT = env("ELASTICSEARCH_COMPAT", "")
# Seconds a reader's search may wait before the database answers instead (no retries).
ELASTICSEARCH_TIMEOUT = float(env("ELASTICSEARCH_TIMEOUT", "2"))
# Seconds for bulk loads, rebuilds and index administration.
ELASTICSEARCH_BULK_TIMEOUT = float(env("ELASTICSEARCH_BULK_TIMEOUT", "60"))
SEARCH_INDEX_PREFIX = env("SEARCH_INDEX_PREFIX", "")
# Replicas of the search index: 0 for one node (the bundled engine), 1 or more on a cluster.
SEARCH_INDEX_REPLICAS = int(env("SEARCH_INDEX_REPLICAS", "0"))

WAGTAIL_SITE_NAME = "NHS Shared Learning"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents always go through Wagtail's serve view, which enforces collection view restrictions
# (contributors' attachments are private until published); "direct" or "redirect" would hand out
# the storage URL instead. MEDIA_ROOT/documents/ must never be served as plain files.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}

# Pages of the `home` app that the content apps below it link to (the directory from a case
# study, a care model's hub from a listing): core.structure finds them by these labels, so no
# app imports `home`.
SITE_PAGES = {
    "care_model_hub": "home.CareModelPage",
    "vanguard_directory": "home.VanguardIndexPage",
}

# `manage.py load_demo` reads the demo content from these files (demo/README.md; home.demo).
DEMO_CONTENT_DIR = Path(env("DEMO_CONTENT_DIR", BASE_DIR / "demo"))
# Communities of practice (docs/communities.md): how often one person may post, as
# (posts, seconds), and how many topics and posts make a page.
# Posts, replies and edits together, per person (communities.ratelimit).
COMMUNITY_POST_RATE = (int(env("COMMUNITY_POSTS_PER_MINUTE", "5")), 60)
# Addresses one facilitator may invite, per hour (each is an e-mail).
COMMUNITY_INVITE_RATE = (int(env("COMMUNITY_INVITES_PER_HOUR", "50")), 3600)
# Every POST, PUT, PATCH and DELETE outside the editing admin, per person or address
# (core.throttle).
WRITE_RATE = (int(env("WRITES_PER_MINUTE", "60")), 60)
# Searches logged for the editors' report (a row each), per person or address (search.listing).
SEARCH_LOG_RATE = (30, 60)
COMMUNITY_TOPICS_PER_PAGE = 20
COMMUNITY_POSTS_PER_PAGE = 20

DEMO_CREDENTIALS_FILE = Path(
    env("DEMO_CREDENTIALS_FILE", BASE_DIR / "var" / "demo-credentials.txt")
)

# Security headers for every environment, so tests and development see what production sends.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp): scripts and styles only from this site, no inline script.
# Wagtail's editing admin is excluded: it is for signed-in staff and still relies on inline code.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ("/admin/",),
    "DIRECTIVES": {
        "default-src": ("'self'",),
        "script-src": ("'self'",),
        "style-src": ("'self'",),
        "img-src": ("'self'", "data:"),
        # The NHS.UK frontend's stylesheet loads the Frutiger typeface from NHS.UK's asset host
        # (its licence covers that host only, so it cannot be bundled here).
        "font-src": ("'self'", "data:", "https://assets.nhs.uk"),
        "connect-src": ("'self'",),
        "object-src": ("'none'",),
        "base-uri": ("'self'",),
        "form-action": ("'self'",),
        "frame-ancestors": ("'none'",),
    },
}
