"""Reading time is words at 200 a minute, rounded up; headings get stable anchors."""

import pytest

from learning_guides.chapters import anchor_headings, reading_minutes
from learning_guides.models import LearningGuideChapter

from .factories import words


@pytest.mark.parametrize(
    ("count", "minutes"), [(0, 1), (1, 1), (200, 1), (201, 2), (400, 2), (1001, 6)]
)
def test_reading_minutes_round_up_and_are_never_zero(count, minutes):
    assert reading_minutes(count) == minutes


def test_chapter_reading_time_counts_text_key_actions_and_quotes_but_not_markup():
    chapter = LearningGuideChapter(
        title="Start",
        slug="start",
        body=[
            ("text", words(300)),
            ("key_actions", ["Agree one form", "Name a lead"]),  # 6 words
            ("quote", {"quote": "It worked for us", "attribution": "A manager"}),  # 6 words
        ],
    )
    assert chapter.word_count == 312
    assert chapter.reading_minutes == 2


def test_headings_get_ids_from_their_text_prefixed_by_the_chapter():
    html = anchor_headings(
        "<h2>What goes in the bag?</h2><p>x</p><h3>Who &amp; why</h3>", "red-bag"
    )
    assert '<h2 id="red-bag--what-goes-in-the-bag">What goes in the bag?</h2>' in html
    assert '<h3 id="red-bag--who-why">Who &amp; why</h3>' in html


def test_repeated_headings_get_distinct_ids_and_existing_ids_are_kept():
    html = anchor_headings(
        '<h3 data-block-key="a1">Steps</h3><h3>Steps</h3><h3 id="mine">Steps</h3>', "c"
    )
    assert '<h3 id="c--steps" data-block-key="a1">Steps</h3>' in html
    assert '<h3 id="c--steps-2">Steps</h3>' in html
    assert '<h3 id="mine">Steps</h3>' in html


def test_headings_move_down_a_level_under_a_chapter_heading_but_not_below_h6():
    html = anchor_headings("<h2>A</h2><h3>B</h3><h6>C</h6>", "c", demote=1)
    assert html == '<h3 id="c--a">A</h3><h4 id="c--b">B</h4><h6 id="c--c">C</h6>'
