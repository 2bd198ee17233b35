"""Keyboard only: the skip link, the header search with its suggestions, and the filter form."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

MAX_TABS = 80


def focused(page, attribute):
    return page.evaluate(f"document.activeElement && document.activeElement.{attribute}")


def tab_until(page, matches, what):
    """Press Tab until `matches(page)` holds for the focused element."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if matches(page):
            return
    pytest.fail(f"{what} was not reached with {MAX_TABS} presses of Tab")


def test_the_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content(page):
    page.goto("/case-studies/red-bag-hospital-transfer-pathway/")
    page.keyboard.press("Tab")
    assert focused(page, "textContent").strip() == "Skip to main content"
    assert focused(page, "className") == "nhsuk-skip-link"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#maincontent$"))
    assert focused(page, "id") == "maincontent"
    # The next Tab continues from the main content, not from the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('maincontent').contains(document.activeElement)")


def test_header_search_suggestions_are_chosen_with_the_arrow_keys_and_enter(page):
    page.goto("/")
    tab_until(page, lambda p: focused(p, "id") == "search-field", "The header search box")
    page.keyboard.type("red")
    options = page.locator("#search-field-suggestions [role=option]")
    expect(options.first).to_be_visible()
    expect(page.locator("#search-field")).to_have_attribute("aria-expanded", "true")

    page.keyboard.press("ArrowDown")
    first = options.first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(page.locator("#search-field")).to_have_attribute(
        "aria-activedescendant", first.get_attribute("id")
    )
    target = first.get_attribute("data-url")
    title = first.locator("span").first.inner_text()

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_the_filter_form_works_with_space_and_enter(page):
    page.goto("/case-studies/")

    def on_care_model_box(p):
        return focused(p, "name") == "care_model" and focused(p, "type") == "checkbox"

    tab_until(page, on_care_model_box, "A care model checkbox")
    value = focused(page, "value")
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.checked") is True

    tab_until(page, lambda p: focused(p, "textContent").strip() == "Apply filters", "Apply")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"[?&]care_model={re.escape(value)}(&|$)"))
    expect(page.locator(f"input[type=checkbox][name=care_model][value='{value}']")).to_be_checked()
