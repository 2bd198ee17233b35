"""The base every page type of the site builds on. The pages themselves live with what they show:
the home page, hubs, directory and footer pages in `home`, case studies and guides in their apps."""

from wagtail.models import Page, PageViewRestriction

from . import structure
from .forms import SitePageForm


class SitePage(Page):
    """Base of every page type here: skips Wagtail's privacy lookups while no page has privacy
    settings, which saves two queries on every page served."""

    class Meta:
        abstract = True

    # Turns Wagtail's 500 on an incomplete StreamField POST into a form error (core.forms).
    base_form_class = SitePageForm

    def get_view_restrictions(self):
        if not structure.cached("any-view-restrictions", PageViewRestriction.objects.exists):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
