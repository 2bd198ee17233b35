"""Outcomes in the browser: finding case studies by what they achieved, the programme page's
links, and every outcome view laid out for a 320-pixel-wide screen."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

RED_BAG = "/case-studies/red-bag-hospital-transfer-pathway/"
DUDLEY = "/case-studies/dudley-practice-based-multidisciplinary-teams/"
NARROW = {"width": 320, "height": 800}


def test_a_reader_finds_who_cut_emergency_admissions_and_by_how_much(page):
    page.goto("/case-studies/")
    page.get_by_role("link", name="Outcomes across the programme").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Outcomes across the programme")
    admissions = page.get_by_role("region", name="Emergency admissions")
    # The chart's dots are links to case studies, named with their figures and evidence.
    dot = admissions.get_by_role("link", name=re.compile(r"^The Red Bag.*−1\.4%.*Evidence: "))
    expect(dot).to_have_count(1)
    expect(admissions.get_by_role("table")).to_contain_text("Reported by the vanguard")

    admissions.get_by_role("link", name=re.compile("^Case studies by largest improvement")).click()
    expect(page).to_have_url(re.compile(r"outcome=emergency-admissions&sort=improvement"))
    expect(page.get_by_label("Sort by")).to_have_value("improvement")
    filters = page.locator("form.app-filters")
    filters.get_by_role("group", name="Measured result").get_by_label(
        re.compile("^Improved")
    ).check()
    filters.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"result=improved"))
    first = page.locator(".app-result").first
    # Care home vanguards: −1.4% against +6.7% is the largest improvement on record.
    expect(first).to_contain_text("Emergency admissions of care home residents −1.4%")
    expect(first).to_contain_text("Better than rest of England")


@pytest.mark.parametrize("url", [RED_BAG, DUDLEY, "/case-studies/outcomes/"])
def test_outcomes_read_well_on_a_320_pixel_screen(page, url):
    page.set_viewport_size(NARROW)
    page.goto(url)
    # Nothing wider than the screen: no sideways scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    cells = page.locator(".app-outcome-table td, .app-spread-table td, .app-spread-table th")
    assert cells.count() > 0
    for box in (cells.nth(i).bounding_box() for i in range(cells.count())):
        assert box["x"] >= 0 and box["x"] + box["width"] <= NARROW["width"] + 0.5
        assert box["width"] >= 80, box  # wide enough to read a figure or a word
    overflowing = page.evaluate(
        "[...document.querySelectorAll('.app-outcome-table td, .app-spread-table td')]"
        ".filter(cell => cell.scrollWidth > cell.clientWidth + 1).length"
    )
    assert overflowing == 0
    if url != "/case-studies/outcomes/":
        expect(page.get_by_role("region", name="Key outcomes")).to_be_visible()
