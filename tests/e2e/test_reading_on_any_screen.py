"""Reading on any screen: the finder layout at 320, 375 and 1280 px, with and without JavaScript,
the vanguard directory, the header search box and its suggestions, the topic side panel, axe on
the pages this changed, and screenshots of the main pages for people to review
(test-artefacts/screens/<page>-<width>.png, kept whether the tests pass or fail)."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import ARTEFACTS, TIMEOUT_MS

pytestmark = pytest.mark.e2e

PHONES = [320, 375]
EHCH = "enhanced-health-in-care-homes"
TWO_FILTERS = f"/search/?q=care&type=case_study&care_model={EHCH}"
SCREENS = ARTEFACTS / "screens"
MAIN_PAGES = {
    "home": "/",
    "search": TWO_FILTERS,
    "case-studies": "/case-studies/",
    "guides": "/guides/",
    "vanguards": "/vanguards/",
    "case-study": "/case-studies/red-bag-hospital-transfer-pathway/",
    "care-model": f"/care-models/{EHCH}/",
    "communities": "/communities/",
}


@pytest.fixture
def sized(browser, live_site, request):
    """sized(width, javascript=True) -> a Page of that width in a fresh context."""
    from tests.e2e.conftest import PAGES

    request.node.stash[PAGES] = []
    contexts = []

    def open_sized(width, javascript=True):
        context = browser.new_context(
            base_url=live_site.url,
            viewport={"width": width, "height": 800},
            java_script_enabled=javascript,
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        request.node.stash[PAGES].append((f"{width}px{'' if javascript else '-nojs'}", page))
        return page

    yield open_sized
    for context in contexts:
        context.close()


def top_of(locator):
    """Distance from the top of the document, in CSS pixels."""
    box = locator.bounding_box()
    return box["y"] + locator.page.evaluate("window.scrollY")


def focused(page, attribute):
    return page.evaluate(f"document.activeElement && document.activeElement.{attribute}")


@pytest.mark.parametrize("width", PHONES)
def test_on_a_phone_with_two_filters_the_first_result_starts_within_1000_px(sized, width):
    page = sized(width)
    page.goto(TWO_FILTERS)
    toggle = page.locator("summary.app-filter-toggle__summary")
    expect(toggle).to_have_text(re.compile(r"Filter\s+\(2 selected\)"))
    # The filters wait behind the toggle; the count, sort and chosen filters come first.
    expect(page.locator("form.app-filters input[name=care_model]").first).to_be_hidden()
    first = page.locator(".app-result").first
    expect(first).to_be_visible()
    assert top_of(first) < 1000, f"first result starts at {top_of(first):.0f} px"
    assert top_of(page.locator("#result-count")) < top_of(first)
    expect(page.get_by_role("link", name="Clear filters")).to_be_visible()
    # Nothing is wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    toggle.click()
    expect(page.locator(f"form.app-filters input[value={EHCH}]")).to_be_checked()
    expect(page.get_by_role("button", name="Apply filters")).to_be_visible()


@pytest.mark.parametrize("width", [*PHONES, 1280])
def test_from_the_search_box_the_first_result_is_reached_in_five_tabs(sized, width):
    page = sized(width)
    page.goto(TWO_FILTERS)
    page.locator("#search-page-q").focus()
    first_title = page.locator(".app-result h2 a").first.inner_text()
    for _ in range(5):
        page.keyboard.press("Tab")
        if focused(page, "textContent").strip() == "Skip to results":
            expect(page.get_by_role("link", name="Skip to results")).to_be_visible()
            page.keyboard.press("Enter")
        elif focused(page, "textContent").strip() == first_title:
            break
    else:
        pytest.fail("the first result was not reached in 5 presses of Tab")


@pytest.mark.parametrize("width", [375, 1280])
def test_filtering_with_javascript_updates_the_results_in_place(sized, width):
    page = sized(width)
    page.goto("/case-studies/")
    all_count = int(page.locator("#result-count strong").inner_text())
    page.evaluate("window.__samePage = true")  # lost if the browser loads a new page
    if width < 769:
        page.locator("summary.app-filter-toggle__summary").click()
    page.locator("form.app-filters").get_by_role("group", name="Care model").get_by_label(
        re.compile("^Enhanced health in care homes")
    ).check()

    expect(page).to_have_url(re.compile(rf"care_model={EHCH}"))
    expect(page.locator(".app-selected-filters__tag")).to_contain_text(
        "Enhanced health in care homes"
    )
    narrowed = int(page.locator("#result-count strong").inner_text())
    assert 0 < narrowed < all_count
    expect(page.locator("[data-finder-status]")).to_contain_text(f"{narrowed} case stud")
    for facts in page.locator(".app-result__facts").all():
        expect(facts).to_contain_text("Enhanced health in care homes")
    expect(page.locator("summary.app-filter-toggle__summary")).to_contain_text("(1 selected)")
    assert page.evaluate("window.__samePage === true"), "the page was reloaded"

    # Sorting updates in place too, and Back returns to the previous results.
    page.locator("#finder-sort").select_option("title")
    expect(page).to_have_url(re.compile(r"sort=title"))
    titles = page.locator(".app-result h2").all_inner_texts()
    assert titles == sorted(titles, key=str.casefold)
    page.go_back()
    expect(page).not_to_have_url(re.compile(r"sort=title"))

    page.get_by_role("link", name=re.compile("Remove filter")).first.click()
    expect(page.locator("#result-count strong")).to_have_text(str(all_count))
    assert page.evaluate("window.__samePage === true")


@pytest.mark.parametrize("width", [375, 1280])
def test_filtering_without_javascript_uses_the_plain_form(sized, width):
    page = sized(width, javascript=False)
    page.goto("/case-studies/")
    all_count = int(page.locator("#result-count strong").inner_text())
    checkbox = page.locator(f"form.app-filters input[value={EHCH}]")
    if width < 769:
        expect(checkbox).to_be_hidden()
        page.locator("summary.app-filter-toggle__summary").click()
    # On a wide screen the filters show beside the results without JavaScript.
    expect(checkbox).to_be_visible()
    checkbox.check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(rf"care_model={EHCH}"))
    assert int(page.locator("#result-count strong").inner_text()) < all_count
    expect(page.locator("summary.app-filter-toggle__summary")).to_contain_text("(1 selected)")

    # The sort order has its own button without JavaScript.
    page.locator("#finder-sort").select_option("title")
    page.get_by_role("button", name="Sort", exact=True).click()
    expect(page).to_have_url(re.compile(rf"care_model={EHCH}.*sort=title|sort=title.*{EHCH}"))

    page.get_by_role("link", name="Clear filters").click()
    expect(page.locator("#result-count strong")).to_have_text(str(all_count))


def test_long_facets_show_their_top_values_and_show_all(sized):
    page = sized(1280)
    page.goto("/search/?q=care")
    vanguards = page.locator("#facet-vanguard")
    more = vanguards.locator("details.app-facet__more")
    expect(more.locator("summary")).to_contain_text("Show all")
    shown = vanguards.locator("input[type=checkbox]:visible").count()
    assert 0 < shown <= 8
    more.locator("summary").click()
    assert vanguards.locator("input[type=checkbox]:visible").count() > shown


@pytest.mark.parametrize("width", [375, 1280])
def test_the_vanguard_directory_jumps_by_letter_and_filters_like_the_search(sized, width):
    page = sized(width)
    page.goto("/vanguards/")
    jump = page.get_by_role("navigation", name="Vanguards A to Z")
    expect(jump).to_be_visible()
    letter = jump.get_by_role("link").nth(2)
    target = letter.inner_text()
    letter.click()
    heading = page.locator(f"#letter-{target}")
    expect(heading).to_be_in_viewport()
    for name in heading.locator("xpath=..").locator("h3").all_inner_texts():
        assert name.upper().startswith(target)

    page.goto("/vanguards/")
    if width < 769:
        page.locator("summary.app-filter-toggle__summary").click()
    page.locator("form.app-filters").get_by_role("group", name="Care model").get_by_label(
        re.compile("^Enhanced health in care homes")
    ).check()
    expect(page.locator("#result-count")).to_contain_text("of 50 vanguards")
    expect(page).to_have_url(re.compile(rf"care_model={EHCH}"))
    count = int(page.locator("#result-count strong").inner_text())
    assert count == page.locator(".app-result").count() < 50


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_header_search_and_its_suggestions_fit_the_screen(sized, width):
    page = sized(width)
    page.goto("/")
    box = page.locator("#search-field")
    if width < 769:  # on phones the box takes the width of the screen
        assert box.bounding_box()["width"] >= width - 100
    box.click()
    page.keyboard.type("red bag")
    suggestions = page.locator("#search-field-suggestions")
    expect(suggestions.locator("[role=option]").first).to_be_visible()
    list_box = suggestions.bounding_box()
    assert list_box["width"] >= min(width - 32, 400), list_box
    assert list_box["x"] >= 0 and list_box["x"] + list_box["width"] <= width

    # Escape closes the list and keeps what was typed.
    page.keyboard.press("Escape")
    expect(suggestions).to_be_hidden()
    expect(box).to_have_value("red bag")
    expect(box).to_have_attribute("aria-expanded", "false")


def test_the_search_pages_own_box_suggests_titles_too(sized):
    page = sized(1280)
    page.goto("/search/?q=care")
    box = page.locator("#search-page-q")
    box.fill("")
    box.type("red bag")
    options = page.locator("#search-page-q-suggestions [role=option]")
    expect(options.first).to_be_visible()
    page.keyboard.press("Escape")
    expect(options.first).to_be_hidden()
    expect(box).to_have_value("red bag")


def test_pagination_has_the_librarys_arrows(sized):
    page = sized(1280)
    page.goto("/search/?q=care")
    pagination = page.get_by_role("navigation", name="Pagination")
    expect(
        pagination.locator(".nhsuk-pagination__link--next svg.nhsuk-icon--arrow-right")
    ).to_be_visible()


def test_the_home_page_hero_keeps_its_heading_clear_of_the_navigation(sized):
    page = sized(375)
    page.goto("/")
    nav = page.locator(".nhsuk-header").bounding_box()
    heading = page.locator(".nhsuk-hero__wrapper h1").bounding_box()
    assert heading["y"] - (nav["y"] + nav["height"]) >= 24


def test_a_reader_who_is_not_signed_in_sees_how_to_take_part_beside_a_topic(sized):
    page = sized(1280)
    page.goto("/communities/enhanced-health-in-care-homes-community-of-practice/")
    page.locator(".app-topic h3 a").first.click()
    panel = page.locator(".app-side-panel")
    expect(panel).to_have_count(1)
    expect(panel.get_by_role("link", name="Sign in")).to_be_visible()


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("name", MAIN_PAGES)
def test_main_pages_have_no_axe_violations_and_leave_screenshots(sized, axe, name, width):
    from tests.e2e.test_accessibility import describe

    page = sized(width)
    response = page.goto(MAIN_PAGES[name])
    assert response.status == 200
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}-{width}.png"), full_page=True)
    violations = axe.run(page, options={"resultTypes": ["violations"]}).response["violations"]
    assert not violations, f"axe on {name} at {width} px:\n{describe(violations)}"
