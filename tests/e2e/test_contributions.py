"""Sharing practice from outside the NHS, in a real browser: ask for access, share a case study
through the form, answer the editor's request for changes, and be found by search. Axe checks
every new page on the way."""

import re
import uuid

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def no_violations(axe, page):
    results = axe.run(page, options={"resultTypes": ["violations"]})
    violations = results.response["violations"]
    assert not violations, f"axe on {page.url}:\n" + "\n".join(
        f"{v['impact']}: {v['id']}: {v['help']} {[n['target'] for n in v['nodes'][:3]]}"
        for v in violations
    )


def save_and_continue(page):
    page.get_by_role("button", name="Save and continue").click()


def test_a_care_home_manager_asks_for_access_shares_practice_and_is_published(
    open_page, sign_in, live_site, axe, tmp_path
):
    tag = uuid.uuid4().hex[:6]
    email = f"rita.{tag}@rosewood-care.co.uk"
    title = f"Night-time falls huddle {tag}"
    password = "rosewood-falls-huddle-2018"

    # Anonymous: the sign-up page says who may join, and leads her to ask for an account.
    rita = open_page("care home manager")
    rita.goto("/accounts/signup/")
    no_violations(axe, rita)
    rita.get_by_role("link", name="Ask for an account").first.click()
    no_violations(axe, rita)
    rita.get_by_role("button", name="Send request").click()
    expect(rita).to_have_title(re.compile("^Error: "))
    expect(rita.locator(".nhsuk-error-summary")).to_be_focused()
    no_violations(axe, rita)
    rita.get_by_label("Your name").fill("Rita Manager")
    rita.get_by_label("Your work e-mail address").fill(email)
    rita.get_by_label("Organisation").fill("Rosewood Care Home, Sutton")
    rita.get_by_label("Your role").fill("Registered manager")
    rita.get_by_label("Why do you want to join?").fill("To share how we cut falls at night.")
    rita.get_by_role("button", name="Send request").click()
    expect(rita.get_by_role("heading", level=1)).to_have_text("Request sent")
    no_violations(axe, rita)

    # An editor approves it from the admin queue.
    editor = sign_in(open_page("editor"), "editor@demo.nhs.uk", next_url="/admin/")
    editor.goto("/admin/access-requests/?status=pending")
    editor.get_by_role("link", name="Rita Manager").first.click()
    editor.locator("#id_decision_0").check()  # "Approve: make the account…"
    editor.get_by_role("button", name="Save").click()
    expect(editor.locator(".messages")).to_contain_text("approved")

    # She sets her password from the e-mail and signs in.
    message = live_site.mail_to(email)[-1]
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", message).group(1)
    rita.goto(link)
    rita.get_by_label("New password", exact=True).fill(password)
    rita.get_by_label("Type the new password again").fill(password)
    rita.get_by_role("button", name="Save password").click()
    rita.goto("/accounts/login/?next=/share/")
    rita.get_by_label("E-mail address").fill(email)
    rita.get_by_label("Password", exact=True).fill(password)
    rita.get_by_role("button", name="Sign in").click()
    expect(rita).to_have_url(re.compile("/share/$"))
    no_violations(axe, rita)

    # /admin/ does not loop: it leads her to share her practice.
    rita.goto("/admin/")
    expect(rita.get_by_role("heading", level=1)).to_have_text(
        "You do not have access to the editing admin"
    )
    no_violations(axe, rita)
    rita.get_by_role("link", name="Share your practice").last.click()

    # She shares a case study, one question at a time.
    rita.get_by_role("button", name="Start a new case study").click()
    no_violations(axe, rita)
    rita.get_by_label("Title").fill(title)
    rita.get_by_label("Summary").fill(
        "Night staff agree each evening who is most at risk of a fall."
    )
    save_and_continue(rita)
    rita.get_by_label(re.compile("^What problem")).fill("Residents fell at night.")
    save_and_continue(rita)
    rita.get_by_label("What did you do?").fill("A ten-minute huddle at each evening handover.")
    save_and_continue(rita)
    no_violations(axe, rita)
    rita.get_by_label("What kind of outcome is it?").select_option(label="Length of stay")
    rita.get_by_label("What was measured").fill("Falls at night")
    rita.get_by_label("Before (optional)").fill("12")
    rita.get_by_label("After, or the only figure (optional)").fill("5")
    rita.get_by_label("Unit", exact=True).fill("falls a month")
    rita.get_by_label("When it was measured").fill("2017/18")
    rita.get_by_label("Where the figures come from").fill("Our falls log")
    save_and_continue(rita)
    no_violations(axe, rita)
    rita.get_by_label("Before-and-after evaluation").check()
    save_and_continue(rita)
    rita.get_by_label("Contact name").fill("Rita Manager")
    rita.get_by_label("Contact e-mail address").fill(email)
    save_and_continue(rita)
    rita.get_by_label(re.compile("^Enhanced health in care homes")).check()
    rita.get_by_label("Designing new care models").check()
    rita.get_by_label("Your organisation").fill("Rosewood Care Home, Sutton")
    save_and_continue(rita)
    no_violations(axe, rita)

    # A file that is not what its name says is refused, and what she typed stays.
    fake = tmp_path / "report.pdf"
    fake.write_bytes(b"MZ this is a program, not a PDF")
    rita.get_by_label("Upload a file").set_input_files(str(fake))
    rita.get_by_label("What is it?").fill("Falls report")
    rita.get_by_role("button", name="Upload and attach").click()
    expect(rita).to_have_title(re.compile("^Error: "))
    expect(rita.locator(".nhsuk-error-summary")).to_contain_text("The selected file must be")
    expect(rita.get_by_label("What is it?")).to_have_value("Falls report")
    no_violations(axe, rita)
    real = tmp_path / "falls-report.pdf"
    real.write_bytes(PDF)
    rita.get_by_label("Upload a file").set_input_files(str(real))
    rita.get_by_role("button", name="Upload and attach").click()
    expect(rita.locator("main")).to_contain_text("has been attached")
    rita.get_by_role("button", name="Continue").click()
    expect(rita.get_by_role("heading", level=1)).to_have_text("Check your answers")
    no_violations(axe, rita)
    rita.get_by_role("button", name="Send for review").click()
    expect(rita.locator("main")).to_contain_text("Waiting for review")
    no_violations(axe, rita)

    # The editor asks for changes in the admin.
    editor.goto("/admin/")
    editor.get_by_role("link", name=title).first.click()
    editor.locator("footer [data-w-dropdown-target=toggle]").last.click()
    editor.get_by_role("button", name="Request changes").click()
    dialog = editor.locator(".modal-dialog")
    dialog.locator("textarea").fill("Please say which months the falls figures cover.")
    dialog.get_by_role("button", name=re.compile("Request changes")).click()
    expect(editor.locator(".messages")).to_contain_text(title)
    assert "Please say which months" in live_site.mail_to(email)[-1]

    # She reads the comment, changes her answer and sends it back.
    rita.goto("/share/")
    rita.get_by_role("link", name=title).click()
    expect(rita.locator("main")).to_contain_text("Please say which months the falls figures cover.")
    no_violations(axe, rita)
    rita.get_by_role("link", name="Change your answers").click()
    rita.get_by_role("link", name="Change outcomes").click()
    rita.get_by_label("When it was measured").first.fill("April 2017 to March 2018")
    rita.get_by_role("button", name="Save and return to your answers").click()
    rita.get_by_role("button", name="Send your changes").click()
    expect(rita.locator("main")).to_contain_text("Waiting for review")

    # The editor publishes it, and search finds it.
    editor.goto("/admin/")
    editor.get_by_role("link", name=title).first.click()
    editor.locator("footer [data-w-dropdown-target=toggle]").last.click()
    editor.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(editor.locator(".messages")).to_contain_text(title)

    reader = open_page("reader")
    reader.goto(f"/search/?q=falls+huddle+{tag}")
    reader.get_by_role("link", name=re.compile("Night-time falls huddle")).first.click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(title)
    expect(reader.locator("main")).to_contain_text("April 2017 to March 2018")


def test_footer_pages_have_no_accessibility_violations(page, axe):
    for url in (
        "/accessibility-statement/",
        "/privacy/",
        "/cookies/",
        "/contact/",
        "/terms-of-use/",
    ):
        response = page.goto(url)
        assert response.status == 200, url
        no_violations(axe, page)
