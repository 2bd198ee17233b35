"""Numbers from the request are ASCII digits or they are refused, on every page that pages or
sizes, the JSON API included.

`str.isdigit()` is true for "²" and "①", which `int()` refuses (a 500 before), and `int()` reads
"٣", "５" and "١٢" as numbers nobody typed in this site's digits (silently paging before).
"""

import pytest
from django.http import QueryDict

from communities import services
from tests.communities.factories import CommunityFactory, facilitator_of, start_topic
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# Superscript two, Arabic-Indic three, fullwidth five, circled one, Arabic-Indic twelve,
# mathematical bold one, and a Devanagari two.
UNICODE_DIGITS = ["²", "٣", "５", "①", "١٢", "𝟙", "२"]


@pytest.mark.parametrize("text", UNICODE_DIGITS + ["", " ", "-1", "1.5", "1e3", "0x10", "+2"])
def test_only_ascii_digits_are_numbers(text):
    from core.requestparams import parse_whole_number

    assert parse_whole_number(text) is None


def test_ascii_digits_are_read_with_spaces_trimmed():
    from core.requestparams import parse_whole_number, read_ids

    assert parse_whole_number(" 12 ") == 12
    assert parse_whole_number("9" * 19) is None  # longer than any id or page
    assert read_ids(["3", "٣", "x", "4"]) == [3, 4]


def test_a_bad_number_names_its_parameter():
    from core.requestparams import BadNumber, read_whole_number

    with pytest.raises(BadNumber) as error:
        read_whole_number(QueryDict("per_page=٣"), "per_page", minimum=1, maximum=50)
    assert error.value.param == "per_page"
    assert "per_page" in str(error.value)


@pytest.fixture
def pages(client, site_tree):
    """Every address that pages or sizes, signed in as a facilitator so all of them answer."""
    community = CommunityFactory(name="Digits network")
    facilitator = facilitator_of(community)
    topic = start_topic(community, facilitator, title="Counting pages")
    services.reply(topic, facilitator, body="A reply so the topic has posts.")
    client.force_login(facilitator)
    return [
        "/search/?q=care&page={}",
        "/case-studies/?page={}",
        "/guides/?page={}",
        f"/communities/{community.slug}/?page={{}}",
        topic.get_absolute_url() + "?page={}",
        f"/communities/{community.slug}/members/?page={{}}",
        "/notifications/?page={}",
        "/notifications/settings/?page={}",
    ]


@pytest.mark.parametrize("digit", UNICODE_DIGITS)
def test_every_paged_page_refuses_a_unicode_page_number_with_400(client, pages, digit):
    for url in pages:
        response = client.get(url.format(digit))
        assert response.status_code == 400, (url, digit, response.status_code)
        assert "page number" in response.content.decode(), url


@pytest.mark.parametrize("digit", UNICODE_DIGITS)
def test_anonymous_listings_refuse_a_unicode_page_number_with_400(client, site_tree, digit):
    for url in ["/search/?page={}", "/case-studies/?page={}", "/guides/?page={}"]:
        assert client.get(url.format(digit)).status_code == 400, (url, digit)


@pytest.mark.parametrize("digit", UNICODE_DIGITS)
@pytest.mark.parametrize("name", ["page", "per_page"])
def test_the_json_api_answers_400_naming_the_parameter(client, site_tree, digit, name):
    response = client.get(f"/api/search/?q=care&{name}={digit}")
    assert response.status_code == 400
    assert response.json()["error"]["parameter"] == name


@pytest.mark.parametrize("digit", UNICODE_DIGITS)
def test_pages_ignore_a_size_they_cannot_read_as_they_always_have(client, site_tree, digit):
    # The HTML pages never offered per_page; an unreadable one is ignored, not read as a number.
    for url in ["/search/?q=care&per_page={}", "/case-studies/?per_page={}"]:
        response = client.get(url.format(digit))
        assert response.status_code == 200, url
        assert response.context["results"].per_page == 20


def test_arabic_indic_twelve_is_not_read_as_a_page_size(client, site_tree):
    ok = client.get("/api/search/?per_page=12")
    assert ok.status_code == 200 and ok.json()["per_page"] == 12
    assert client.get("/api/search/?per_page=١٢").status_code == 400


def test_marking_notifications_read_ignores_unicode_ids(client, db):
    person = UserFactory()
    client.force_login(person)
    response = client.post("/notifications/read/", {"id": ["٣", "²"]})
    assert response.status_code == 302


def test_a_profile_choice_by_id_takes_ascii_digits_only(client, db):
    from taxonomy.models import Vanguard

    person = UserFactory()
    client.force_login(person)
    vanguard = Vanguard.objects.order_by("pk").first()
    arabic = str(vanguard.pk).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    response = client.post("/accounts/profile/", {"display_name": "Asha", "vanguard": arabic})
    assert response.status_code == 200  # the form again, with an error
    person.refresh_from_db()
    assert person.vanguard_id is None
