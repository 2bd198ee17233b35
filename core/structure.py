"""The site's structure (menu, where the listing pages live, breadcrumbs) as cached values.

These change only when pages are published, unpublished, moved or deleted, but every page shows
them; caching them keeps each page within its query budget. Any such change gives the version
a new random token (core.fragments), which retires every cached value at once; values are also
kept in each process's memory (core.fragments.LocalLayer), safe because a token never recurs.
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from taxonomy.signals import taxonomy_changed

from . import fragments

CACHE_SECONDS = 60 * 60


def _version():
    # A random token (core.fragments), read once per request: never the same twice, even after
    # the cache is cleared, so values under it may be kept in each process's memory too.
    return fragments.token("structure")


def version():
    """The structure's current version: part of every key that must change on publishing."""
    return _version()


def cached(name, build):
    """`build()`, remembered until the site structure next changes."""
    return _cached(name, build)


def _cached(name, build):
    key = f"structure:{_version()}:{name}"
    value = fragments.cached_get(key)
    if value is _MISSING:
        value = build()
        fragments.cached_set(key, value, CACHE_SECONDS)
    return value


_MISSING = fragments._MISSING


def invalidate_structure(**kwargs):
    # Now, and again once the change commits: a request that read the new token before the
    # commit may have cached the old rows under it (pages are kept whole, core/site_root.py).
    fragments.bump("structure")
    transaction.on_commit(lambda: fragments.bump("structure"))


def retire_visible_content():
    """Something readers could see is no longer visible to some of them (a community made
    private, a post hidden or deleted, a topic deleted, a member removed): retire, at once,
    everything cached from visible content. Whole pages for anonymous readers, spelling
    suggestions and the filter values readers may choose are all keyed by this version, so one
    bump reaches them all. Runs after the change commits, so no reader can cache the old state
    again under the new version."""
    transaction.on_commit(invalidate_structure)


def connect_signals():
    """Subscribe to what changes the structure outside Wagtail's page signals (CoreConfig.ready):
    cached pages show taxonomy names and vanguard profiles, so a taxonomy change retires them."""
    taxonomy_changed.connect(invalidate_structure, dispatch_uid="structure-taxonomy-changed")


for _signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
    _signal.connect(invalidate_structure, dispatch_uid=f"structure-{id(_signal)}")
receiver(post_delete, sender=Page, dispatch_uid="structure-page-delete")(invalidate_structure)
receiver(post_save, sender=Site, dispatch_uid="structure-site-save")(invalidate_structure)
for _sender in (PageViewRestriction,):
    receiver(post_save, sender=_sender, dispatch_uid="structure-restriction-save")(
        invalidate_structure
    )
    receiver(post_delete, sender=_sender, dispatch_uid="structure-restriction-delete")(
        invalidate_structure
    )


def nav_items(site):
    """(title, url) of the home page's live children marked "show in menus"."""

    def build():
        return [
            (page.title, page.get_url())
            for page in site.root_page.get_children().live().in_menu().specific(defer=True)
        ]

    return _cached(f"nav:{site.pk}", build)


def page_url(page_class):
    """The URL of the first live page of `page_class` (a listing page), or None.

    `page_class` may also be a name from settings.SITE_PAGES ("vanguard_directory"): apps below
    `home` link to its pages that way, without importing it."""
    if isinstance(page_class, str):
        page_class = _site_page_model(page_class)
        if page_class is None:
            return None

    def build():
        page = page_class.objects.live().first()
        return (page.get_url() if page else "") or ""

    return _cached(f"url:{page_class._meta.label_lower}", build) or None


def _site_page_model(name):
    """The page model settings.SITE_PAGES names `name`, or None when it is not installed."""
    try:
        return apps.get_model(settings.SITE_PAGES[name])
    except (KeyError, LookupError):
        return None


def hub_urls():
    """{care model id: URL of its live hub page} (the hub model is SITE_PAGES["care_model_hub"])."""
    hub_model = _site_page_model("care_model_hub")

    def build():
        if hub_model is None:
            return {}
        return {hub.care_model_id: hub.get_url() for hub in hub_model.objects.live()}

    return _cached("hubs", build)


def breadcrumb_items(page, site, include_page=False):
    """[(title, url)] of `page`'s ancestors from the site root (and the page itself if asked)."""

    def build():
        ancestors = page.get_ancestors(inclusive=include_page).filter(
            depth__gte=site.root_page.depth
        )
        return [
            ("Home" if p.pk == site.root_page_id else p.title, p.get_url())
            for p in ancestors.order_by("depth")
        ]

    return _cached(f"crumbs:{site.pk}:{page.pk}:{int(include_page)}", build)
