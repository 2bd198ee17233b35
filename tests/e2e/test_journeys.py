"""What people come to do, in a real browser against the demo site under gunicorn.

Each test makes its own content with a unique title, so they pass in any order.
"""

import re
import uuid
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

RED_BAG = "The Red Bag: keeping care home residents' information with them in hospital"
EHCH_COMMUNITY = "/communities/enhanced-health-in-care-homes-community-of-practice/"
PRIVATE_COMMUNITY = "/communities/evaluation-leads-network/"
PRIVATE_TOPIC = "Bed days went down less than elsewhere: how are you explaining it?"


def unique(text):
    return f"{text} {uuid.uuid4().hex[:8]}"


def header_search(page):
    return page.get_by_label("Search case studies, guides and discussions", exact=True)


def _autocomplete_query(url):
    parts = urlsplit(url)
    if parts.path != "/search/autocomplete/":
        return None
    return parse_qs(parts.query).get("q", [None])[0]


def result_titles(page):
    return page.locator(".app-result h2 a").all_inner_texts()


def test_a_reader_searches_narrows_to_a_care_model_and_reads_the_red_bag_outcomes(page):
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    header_search(page).fill("red bag")
    header_search(page).press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=red\+bag$"))
    expect(page.get_by_role("link", name=RED_BAG)).to_be_visible()
    everything = len(result_titles(page))

    filters = page.locator("form.app-filters")
    filters.get_by_role("group", name="Care model").get_by_label(
        re.compile("^Enhanced health in care homes")
    ).check()
    filters.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"care_model=enhanced-health-in-care-homes"))
    narrowed = result_titles(page)
    assert RED_BAG in narrowed
    assert 0 < len(narrowed) <= everything

    page.get_by_role("link", name=RED_BAG).click()
    expect(page).to_have_url(re.compile(r"/case-studies/red-bag-hospital-transfer-pathway/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(RED_BAG)
    expect(page.get_by_role("heading", name="What changed")).to_be_visible()
    key = page.get_by_role("region", name="Key outcomes")
    expect(key).to_contain_text(
        "Emergency admissions of care home residents −1.4% in the six care home vanguards "
        "(12 months to January 2018); rest of England +6.7%"
    )
    figures = page.get_by_role(
        "table", name=re.compile("^Figures for Emergency admissions of care home residents")
    )
    expect(figures).to_contain_text("−1.4%")
    expect(figures).to_contain_text("rest of England: +6.7%")


def test_a_contributor_writes_and_submits_an_editor_publishes_and_search_finds_it(
    open_page, sign_in
):
    title = unique("Falls prevention huddles")

    # A contributor writes a case study in the editing admin and submits it for review.
    writer = open_page("contributor")
    writer.goto("/admin/")
    expect(writer).to_have_url(re.compile(r"/accounts/login/\?next=/admin/"))
    sign_in(writer, "contributor@demo.nhs.uk", next_url="/admin/")
    writer.goto(_add_case_study_url(writer))
    writer.locator("#id_title").fill(title)
    writer.locator("#id_summary").fill(
        "Care home staff meet for ten minutes each morning to agree who is at risk of a fall."
    )
    writer.get_by_role("button", name="Choose vanguard").click()
    chooser = writer.locator(".modal-dialog")
    chooser.get_by_label("Search term").fill("Sutton")
    chooser.get_by_role("link", name="Sutton Homes of Care").click()
    expect(chooser).to_be_hidden()
    writer.get_by_label("Enhanced health in care homes").check()
    writer.get_by_label("Designing new care models").check()
    writer.locator("[data-contentpath=problem] [contenteditable=true]").fill(
        "Residents fell at night and nobody knew who was most at risk."
    )
    writer.locator("[data-contentpath=what_was_done] button[title='Insert a block']").click()
    writer.get_by_role("option", name="Text").click()
    writer.locator("[data-contentpath=what_was_done] [contenteditable=true]").fill(
        "Each morning the nurse in charge lists residents at risk and agrees one action for each."
    )
    writer.get_by_role("button", name="Add Outcome").click()
    writer.locator("#id_outcomes-0-measure").fill("Falls per month")
    writer.locator("#id_outcomes-0-baseline").fill("12")
    writer.locator("#id_outcomes-0-result").fill("5")
    writer.locator("#id_outcomes-0-unit").fill("falls")
    writer.locator("#id_outcomes-0-category").select_option(label="Health and wellbeing")
    writer.locator("footer [data-w-dropdown-target=toggle]").last.click()
    writer.get_by_role("button", name="Submit to Editorial review").click()
    # Figures need a period and a source: the form says so and keeps what was typed.
    expect(writer.get_by_text("Say when the figures were measured")).to_be_visible()
    expect(writer.locator("#id_outcomes-0-baseline")).to_have_value("12")
    writer.locator("#id_outcomes-0-period").fill("2017")
    writer.locator("#id_outcomes-0-source").fill("The home's incident log")
    writer.locator("footer [data-w-dropdown-target=toggle]").last.click()
    writer.get_by_role("button", name="Submit to Editorial review").click()
    expect(writer.locator(".messages")).to_contain_text("submitted")

    # Until it is published, readers cannot find it.
    reader = open_page("reader")
    reader.goto(f"/search/?q={title.replace(' ', '+')}")
    expect(reader.get_by_role("link", name=title)).to_have_count(0)

    # An editor finds it awaiting review and publishes it.
    editor = open_page("editor")
    sign_in(editor, "editor@demo.nhs.uk", next_url="/admin/")
    editor.get_by_role("link", name=title).click()
    editor.locator("footer [data-w-dropdown-target=toggle]").last.click()
    editor.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(editor.locator(".messages")).to_contain_text(title)

    # Now search finds it, and it reads as written.
    reader.goto("/")
    header_search(reader).fill(title)
    header_search(reader).press("Enter")
    reader.get_by_role("link", name=title).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(title)
    key = reader.get_by_role("region", name="Key outcomes")
    expect(key).to_contain_text("Falls per month fell from 12 falls to 5 falls (2017)")
    expect(reader.get_by_role("table", name="Figures for Falls per month")).to_contain_text(
        "The home's incident log"
    )


def _add_case_study_url(page):
    """The admin's "add a case study" address, from the case study index's explorer page."""
    page.goto("/admin/pages/")
    page.get_by_role("link", name="Explore child pages of 'Case studies'").click()
    index_id = re.search(r"/admin/pages/(\d+)/$", page.url).group(1)
    return f"/admin/pages/add/casestudies/casestudypage/{index_id}/"


def test_a_member_joins_and_starts_a_topic_another_replies_and_the_first_is_notified(
    open_page, sign_in
):
    title = unique("Who checks the red bag comes back")
    reply = unique("We put a named person on each ward in charge of returning bags.")

    # Grace joins the care homes community and starts a topic.
    grace = sign_in(open_page("starter"), "member@demo.nhs.uk")
    grace.goto(EHCH_COMMUNITY)
    grace.get_by_role("button", name="Join this community").click()
    expect(grace.locator("body")).to_contain_text("You have joined")
    grace.get_by_role("button", name="Start a topic").click()
    grace.get_by_label("Title").fill(title)
    grace.get_by_label("Your post").fill(
        "Bags go missing on wards. **Who owns** getting them back?"
    )
    grace.get_by_role("button", name="Post topic").click()
    expect(grace.get_by_role("heading", level=1)).to_have_text(title)
    expect(grace.locator("strong", has_text="Who owns")).to_be_visible()
    topic_url = grace.url

    # Sam, who facilitates it, replies.
    sam = sign_in(open_page("replier"), "member2@demo.nhs.uk")
    sam.goto(topic_url)
    sam.get_by_label("Your reply").fill(reply)
    sam.get_by_role("button", name="Post reply").click()
    expect(sam.locator("body")).to_contain_text("Your reply has been posted")
    expect(sam.locator("body")).to_contain_text(reply)

    # Grace sees it in the header and in her notification centre, and it leads to the reply.
    grace.goto("/")
    unread = re.compile(r"^Notifications \(\d+ unread\s*\)")
    expect(grace.get_by_role("link", name=unread)).to_be_visible()
    grace.get_by_role("link", name=re.compile(r"^Notifications")).click()
    notification = grace.get_by_role("link", name=f"Sam Patel replied to “{title}”")
    expect(notification).to_be_visible()
    notification.click()
    expect(grace.locator("body")).to_contain_text(reply)


def test_a_non_member_cannot_reach_a_private_topic_by_link_search_or_autocomplete(
    open_page, sign_in
):
    # A member of the private network can see the topic, and gives its address away.
    sam = sign_in(open_page("member"), "member2@demo.nhs.uk")
    sam.goto(PRIVATE_COMMUNITY)
    sam.get_by_role("link", name=PRIVATE_TOPIC).click()
    expect(sam.get_by_role("heading", level=1)).to_have_text(PRIVATE_TOPIC)
    topic_url = sam.url

    # Grace is signed in but not a member: the link is refused without showing anything.
    grace = sign_in(open_page("non-member"), "member@demo.nhs.uk")
    response = grace.goto(topic_url)
    assert response.status == 403
    expect(grace.locator("body")).not_to_contain_text(PRIVATE_TOPIC)
    expect(grace.get_by_role("button", name=re.compile("^Ask to join"))).to_be_visible()

    # Search: the topic's own words find nothing from it.
    grace.goto("/search/?q=%22bed+days+went+down%22")
    expect(grace.locator("main")).not_to_contain_text(PRIVATE_TOPIC)
    grace.goto("/search/?q=bed+days+explaining&type=topic")
    assert PRIVATE_TOPIC not in result_titles(grace)

    # Autocomplete: typing its title suggests other pages, never this one.
    grace.goto("/")
    typed = "Bed days went"
    with grace.expect_response(lambda r: _autocomplete_query(r.url) == typed) as answer:
        header_search(grace).press_sequentially(typed)
    suggestions = answer.value.json()["results"]
    assert PRIVATE_TOPIC not in [s["title"] for s in suggestions]
    expect(grace.locator("#search-field-suggestions")).not_to_contain_text(PRIVATE_TOPIC)

    # A signed-out reader following the link is asked to sign in, and sees nothing of it.
    anonymous = open_page("anonymous")
    anonymous.goto(topic_url)
    expect(anonymous).to_have_url(re.compile(r"/accounts/login/\?next="))
    expect(anonymous.locator("body")).not_to_contain_text(PRIVATE_TOPIC)
