"""Reference data arrives by migration, so every database has it without load_demo."""

from collections import Counter

import pytest

from taxonomy.models import CareModel, Region, SupportArea, Vanguard

pytestmark = pytest.mark.django_db


def test_five_care_models_with_their_short_names():
    assert list(CareModel.objects.values_list("short_name", flat=True)) == [
        "PACS",
        "MCP",
        "EHCH",
        "UEC",
        "ACC",
    ]


def test_ten_support_areas_from_the_nao_report():
    names = list(SupportArea.objects.values_list("name", flat=True))
    assert len(names) == 10
    assert names[0] == "Designing new care models"
    assert "Workforce redesign" in names


def test_seven_nhs_england_regions():
    assert set(Region.objects.values_list("name", flat=True)) == {
        "North East and Yorkshire",
        "North West",
        "Midlands",
        "East of England",
        "London",
        "South East",
        "South West",
    }


def test_fifty_vanguards_each_with_its_care_model():
    per_care_model = Counter(Vanguard.objects.values_list("care_model__short_name", flat=True))
    assert per_care_model == {"PACS": 9, "MCP": 14, "EHCH": 6, "UEC": 8, "ACC": 13}
    assert Vanguard.objects.count() == 50
    assert sorted(Vanguard.objects.values_list("number", flat=True)) == list(range(1, 51))


def test_integrated_primary_and_acute_care_systems_have_full_profiles():
    pacs = Vanguard.objects.filter(care_model__short_name="PACS")
    for vanguard in pacs:
        assert vanguard.partner_list, vanguard.name
        assert vanguard.what_is_changing, vanguard.name
    wirral = pacs.get(slug="wirral-partners")
    assert wirral.population == 330_000
    assert wirral.website.startswith("https://")


def test_red_bag_vanguard_is_an_enhanced_health_in_care_homes_vanguard():
    sutton = Vanguard.objects.get(slug="sutton-homes-of-care")
    assert sutton.care_model.short_name == "EHCH"
    assert sutton.region.slug == "london"


def test_slug_is_kept_when_an_editor_renames_an_item():
    area = SupportArea.objects.get(slug="workforce-redesign")
    area.name = "Workforce redesign and development"
    area.save()
    area.refresh_from_db()
    assert area.slug == "workforce-redesign"


def test_new_item_gets_a_slug_from_its_name():
    region = Region.objects.create(name="Channel Islands liaison")
    assert region.slug == "channel-islands-liaison"
