"""Stay up to date, in a real browser: save a search as an alert, publish a matching case study,
run the alert task as cron would, find the e-mail in the outbox and stop it by its link."""

import email
import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.livesite import manage

pytestmark = pytest.mark.e2e

PUBLISH = """
import datetime
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from taxonomy.models import CareModel, SupportArea, Vanguard
index = CaseStudyIndexPage.objects.get()
page = CaseStudyPage(
    title="{title}",
    slug="{slug}",
    summary="A {word} service that brought reporting times down.",
    lead_vanguard=Vanguard.objects.get(slug="sutton-homes-of-care"),
    problem="<p>Reports took too long.</p>",
    what_was_done=[("text", "<p>One {word} rota across three hospitals.</p>")],
    first_published=datetime.date.today(),
    live=False,
)
page.care_models = list(CareModel.objects.filter(slug="enhanced-health-in-care-homes"))
page.support_areas = list(SupportArea.objects.filter(slug="workforce-redesign"))
index.add_child(instance=page)
page.save_revision().publish()
"""


def alert_emails(outbox):
    messages = []
    for path in sorted(outbox.glob("*.log")) if outbox.exists() else []:
        # The file backend writes each message followed by a line of dashes.
        for raw in path.read_text(encoding="utf-8").split("-" * 79):
            if raw.strip():
                messages.append(email.message_from_string(raw.strip()))
    return [m for m in messages if m.get("List-Unsubscribe")]


def test_a_reader_saves_a_search_and_stops_the_alert_from_its_e_mail(open_page, sign_in, live_site):
    word = "teleradiology" + uuid.uuid4().hex[:6].translate(
        str.maketrans("0123456789", "ghijklmnop")
    )
    reader = open_page("reader")
    sign_in(reader, "member@demo.nhs.uk")

    # Save the search: the case study listing, searched for the word, filtered to a care model.
    reader.goto(f"/case-studies/?q={word}&care_model=enhanced-health-in-care-homes")
    reader.get_by_role("link", name="Get e-mail alerts").click()
    expect(reader.get_by_role("heading", level=1)).to_have_text("Get e-mail alerts")
    expect(reader.locator(".nhsuk-inset-text")).to_contain_text(f"matching “{word}”")
    expect(reader.locator(".nhsuk-inset-text")).to_contain_text("Enhanced health in care homes")
    reader.get_by_label("Immediately").check()
    reader.get_by_label("Name this alert (optional)").fill(f"New {word} practice")
    reader.get_by_role("button", name="Create alert").click()
    expect(reader).to_have_url(re.compile(r"/alerts/$"))
    expect(reader.get_by_role("link", name=f"New {word} practice", exact=True)).to_be_visible()

    # An editor publishes a matching case study (through Wagtail's publish, as the admin does).
    title = f"One {word} rota for three hospitals"
    manage(
        live_site.env,
        "shell",
        "--no-imports",
        "-c",
        PUBLISH.format(title=title, slug=word, word=word),
    )

    # Cron runs the alert command; the task sends the e-mail to the outbox.
    before = len(alert_emails(live_site.outbox))
    manage({**live_site.env, "ALERTS_SETTLE_SECONDS": "0"}, "send_alerts")
    sent = alert_emails(live_site.outbox)[before:]
    assert len(sent) == 1, [m["Subject"] for m in sent]
    message = sent[0]
    assert message["To"] == "member@demo.nhs.uk"
    assert message["Subject"] == f"1 new item: New {word} practice"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    body = message.get_payload(decode=True).decode()
    assert title in body and "Case study" in body
    unsubscribe = re.search(r"<(.+)>", message["List-Unsubscribe"]).group(1)
    assert unsubscribe in body

    # Running the same window again sends nothing more.
    manage({**live_site.env, "ALERTS_SETTLE_SECONDS": "0"}, "send_alerts")
    assert len(alert_emails(live_site.outbox)) == before + 1

    # The link works without signing in, from another browser.
    stranger = open_page("mail reader")
    path = re.sub(r"^https?://[^/]+", "", unsubscribe)
    stranger.goto(path)
    expect(stranger.get_by_role("heading", level=1)).to_contain_text(f"New {word} practice")
    stranger.get_by_role("button", name="Stop this alert").click()
    expect(stranger.get_by_role("heading", level=1)).to_contain_text("no more e-mails")

    reader.reload()
    expect(reader.get_by_role("link", name=f"New {word} practice", exact=True)).to_have_count(0)
