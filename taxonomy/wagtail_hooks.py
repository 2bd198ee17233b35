from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CareModel, OutcomeCategory, Region, SupportArea, Vanguard


class CareModelViewSet(SnippetViewSet):
    model = CareModel
    icon = "site"
    list_display = ["name", "short_name", "slug"]
    search_fields = ["name", "short_name"]


class SupportAreaViewSet(SnippetViewSet):
    model = SupportArea
    icon = "help"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    list_display = ["name", "slug"]


class VanguardViewSet(SnippetViewSet):
    model = Vanguard
    icon = "group"
    list_display = ["name", "number", "care_model", "region"]
    list_filter = ["care_model", "region"]
    search_fields = ["name", "place"]
    list_per_page = 50
    ordering = ["number"]


class OutcomeCategoryViewSet(SnippetViewSet):
    model = OutcomeCategory
    icon = "doc-full"
    list_display = ["name", "slug", "lower_is_better"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = "Taxonomy"
    menu_icon = "tag"
    menu_order = 300
    items = (
        CareModelViewSet,
        SupportAreaViewSet,
        RegionViewSet,
        VanguardViewSet,
        OutcomeCategoryViewSet,
    )


register_snippet(TaxonomyViewSetGroup)
