"""Snippets (search.snippets): whole sentences holding the reader's words, marked and escaped;
never a heading or table cell run into the text. And what keeps them and the result cards
cheap (memos in each process) never shows one reader's result to another, nor an old version.
"""

import pytest

from communities import services
from communities.models import Visibility
from search import snippets
from search.query import parse_query
from search.snippets import snippet_html, stem
from search.templatetags import search_tags
from tests.communities.factories import CommunityFactory, facilitator_of, member_of, start_topic
from tests.factories import UserFactory

# parse_query reads the glossary (search.synonyms) from the database.
pytestmark = pytest.mark.django_db

BODY = "\n".join([
    "Background",  # a heading: never a snippet
    "Care homes sent residents to hospital with a bag of their papers.",
    "| Measure | Before | After |",  # a table row: never a snippet
    "Falls",
    "The red bag reduced the time residents spent in hospital by a day. It went home with them.",
    "Staff liked it.",
    "Injuries from falls were fewer after the first year of the scheme in every home.",
])  # fmt: skip


def snippet(words, summary="", body=BODY):
    return str(snippet_html(summary, body, parse_query(words)))


def test_the_sentence_with_most_of_the_words_is_chosen_whole_and_marked():
    html = snippet("red bag hospital")
    assert html.startswith("The <mark>red</mark> <mark>bag</mark> reduced the time")
    assert "in <mark>hospital</mark> by a day." in html


def test_a_short_best_sentence_brings_the_next_one_along():
    html = snippet("red bag")
    assert html.startswith("The <mark>red</mark> <mark>bag</mark> reduced the time residents")
    assert html.endswith(" by a day. It went home with them.")


def test_other_forms_of_a_word_are_marked():
    assert "<mark>reduced</mark>" in snippet("reduce")
    # "injury" stems to "injuri", as "injuries" does: the y/i ending is not lost.
    assert "<mark>Injuries</mark> from falls" in snippet("injury")
    assert "<mark>residents</mark>" in snippet("resident's")


def test_headings_and_table_cells_are_never_run_into_a_snippet():
    for words in ("falls", "measure before after", "background"):
        html = snippet(words)
        assert "Background" not in html
        assert "Measure" not in html and "|" not in html
        assert not html.startswith("Falls")


def test_without_any_of_the_words_the_first_sentence_is_shown():
    html = snippet("zebrafish", summary="A short summary of the scheme.")
    assert html == "A short summary of the scheme."
    assert snippet("zebrafish", summary="Heading only", body="") == "Heading only"
    assert snippet("zebrafish", summary="", body="") == ""


def test_text_is_escaped_and_only_marks_are_added():
    body = "Beware <script>alert(1)</script> in the zebrafish & sensors data, said the team."
    html = snippet("zebrafish", body=body)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<mark>zebrafish</mark> &amp; sensors" in html
    assert html.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_a_long_snippet_is_cut_at_a_word():
    body = "The red bag " + " ".join(["word"] * 80) + "."
    words = snippet("red bag", body=body).split()
    assert len(words) == snippets.MAX_WORDS + 1 and words[-1] == "…"


def test_an_edited_body_gives_a_new_snippet_at_once():
    first = snippet("red bag")
    edited = BODY.replace("reduced the time", "cut the time")
    assert "cut the time" in snippet("red bag", body=edited)
    assert snippet("red bag") == first


def test_the_memo_keeps_snippets_per_texts_and_words():
    snippets._memo.clear()
    snippet("red bag")
    snippet("red bag")
    assert len(snippets._memo) == 1
    snippet("hospital")
    snippet("red bag", body=BODY + "\nAnother line that is a sentence of its own here.")
    assert len(snippets._memo) == 3


def test_stem_is_the_prefix_the_line_filter_relies_on():
    """The line filter looks for each wanted stem's prefix: a stem is a prefix of the lowered
    word, or all but its last letter is (an "i" made from "y")."""
    for word in ["Injury", "injuries", "bodies", "body", "reduced", "Homes", "O’Brien's", "A&E"]:
        lowered = word.lower().replace("’", "'")
        root = stem(word)
        assert lowered.startswith(root) or lowered.startswith(root[:-1]) and root.endswith("i")


# The result cards' memo ------------------------------------------------------------------------

SECRET = "Zebracorn audit of returned bags"


@pytest.fixture
def private_topic(site_tree):
    community = CommunityFactory(name="Closed audit circle", visibility=Visibility.PRIVATE)
    member = member_of(community)
    topic = start_topic(community, member, title=SECRET, body="Our zebracorn figures so far.")
    return topic, member


def test_a_members_result_card_is_never_served_to_anyone_else(client, private_topic):
    topic, member = private_topic
    client.force_login(member)
    html = client.get("/search/?q=zebracorn").content.decode()
    assert "<mark>Zebracorn</mark> audit of returned bags" in html
    assert "Our <mark>zebracorn</mark> figures so far." in html
    assert len(search_tags.CARDS)  # the card is kept in this process now
    for who in ("non-member", "anonymous"):
        client.logout()
        if who == "non-member":
            client.force_login(UserFactory())
        html = client.get("/search/?q=zebracorn").content.decode()
        assert "audit of returned bags" not in html
        assert "figures so far" not in html


def test_an_edit_or_a_hide_shows_at_once_on_a_kept_card(client, private_topic):
    topic, member = private_topic
    client.force_login(member)
    assert "audit of returned bags" in client.get("/search/?q=zebracorn").content.decode()
    post = topic.posts.order_by("pk").first()
    services.edit_post(
        post, body="Our zebracorn figures, revised.", by=member, title="Zebracorn audit, revised"
    )
    html = client.get("/search/?q=zebracorn").content.decode()
    assert "<mark>Zebracorn</mark> audit, revised" in html
    assert "audit of returned bags" not in html
    assert "figures, revised." in html
    services.hide_post(post, by=facilitator_of(topic.community), reason="Off topic")
    html = client.get("/search/?q=zebracorn").content.decode()
    assert "audit, revised" not in html and "figures, revised" not in html
