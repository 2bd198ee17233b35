"""The demo content files under demo/: every file reads, names only reference data that exists,
and a file that breaks the format is reported with its path and line, not a traceback deep in a
loader."""

import pytest

from casestudies.models import EvidenceLevel
from home.demo import casestudies, communities, guides, users
from home.demo.files import DemoFileError, markdown_to_html, read
from taxonomy.models import CareModel, OutcomeCategory, Region, SupportArea, Vanguard

pytestmark = pytest.mark.django_db


def slugs(model):
    return set(model.objects.values_list("slug", flat=True))


def test_every_case_study_file_reads_and_names_known_reference_data():
    files = casestudies.specs()
    assert len(files) == 17
    assert len({f.meta["slug"] for f in files}) == len(files)
    vanguards, categories = slugs(Vanguard), slugs(OutcomeCategory)
    for demo_file in files:
        meta = demo_file.meta
        assert set(meta["care_models"]) <= slugs(CareModel), demo_file.path
        assert set(meta["support_areas"]) <= slugs(SupportArea), demo_file.path
        assert meta["lead_vanguard"] in vanguards, demo_file.path
        assert meta["region"] in slugs(Region), demo_file.path
        assert meta["evidence_level"] in EvidenceLevel.values, demo_file.path
        assert {row["vanguard"] for row in meta["spread"] if row.get("vanguard")} <= vanguards
        assert {row["category"] for row in meta["outcomes"]} <= categories, demo_file.path
        sections = demo_file.named_sections(casestudies.SECTIONS)
        assert {"problem", "what_was_done"} <= set(sections), demo_file.path


def test_every_guide_chapter_has_a_slug_and_a_body():
    for demo_file in guides.specs():
        chapters = guides.chapters(demo_file)
        assert len(chapters) >= 3, demo_file.path
        for _slug, _title, section in chapters:
            assert demo_file.stream(section), (demo_file.path, section.heading)


def test_every_community_topic_names_people_who_exist_in_people_toml():
    everyone = users.people()
    keys = {p["key"] for p in everyone["accounts"] + everyone["voices"]}
    assert len(keys) == len(everyone["accounts"]) + len(everyone["voices"])
    folders = communities.folders()
    assert len(folders) == 7
    topics = 0
    for community_file, topic_files in folders:
        meta = community_file.meta
        assert set(meta["facilitators"]) | set(meta["members"]) <= keys, community_file.path
        for topic_file in topic_files:
            topics += 1
            for author, body, options in communities.posts(topic_file):
                assert author in keys, topic_file.path
                assert body.strip(), topic_file.path
                assert set(options.get("helpful", ())) <= keys, topic_file.path
    assert topics == 34


def test_markdown_becomes_the_compact_html_rich_text_stores():
    text = (
        "A paragraph wrapped\nover two lines, with **bold** & more.\n\n"
        "### A heading\n\n- one\n- two\n  continued\n"
    )
    assert markdown_to_html(text) == (
        "<p>A paragraph wrapped over two lines, with <strong>bold</strong> &amp; more.</p>"
        "<h3>A heading</h3><ul><li>one</li><li>two continued</li></ul>"
    )


def test_markdown_in_demo_files_cannot_inject_html():
    assert markdown_to_html('<script>alert("x")</script>') == (
        '<p>&lt;script&gt;alert("x")&lt;/script&gt;</p>'
    )


def write(tmp_path, text):
    path = tmp_path / "01-example.md"
    path.write_text(text)
    return path


FRONT = '+++\ntitle = "Example"\n+++\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('title = "x"\n', ":1: a demo file starts with a `+++` line"),
        ('+++\ntitle = "x"\n', ":1: the front matter is never closed"),
        ("+++\ntitle = x\n+++\n", "front matter: Invalid value"),
    ],
)
def test_a_broken_front_matter_is_reported_with_the_file(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(DemoFileError) as error:
        read(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_text_before_the_first_heading_is_reported_with_its_line(tmp_path):
    demo_file = read(write(tmp_path, FRONT + "\nStray words\n# Problem\n\nText\n"))
    with pytest.raises(DemoFileError, match=r"01-example\.md:5: text before the first"):
        demo_file.sections()


def test_an_unknown_section_names_the_ones_expected(tmp_path):
    demo_file = read(write(tmp_path, FRONT + "\n# Problem\n\nText\n\n# Outcome\n\nMore\n"))
    with pytest.raises(DemoFileError, match=r":9: unknown section; expected one of `# Problem`"):
        demo_file.named_sections(casestudies.SECTIONS)


def test_a_fenced_block_with_bad_toml_or_no_end_is_reported(tmp_path):
    demo_file = read(write(tmp_path, FRONT + "\n# What was done\n\n```quote\nquote = \n```\n"))
    with pytest.raises(DemoFileError, match=r":7: bad TOML in ```quote"):
        demo_file.stream(demo_file.sections()[0])
    demo_file = read(write(tmp_path, FRONT + "\n# What was done\n\n```key_facts\n"))
    with pytest.raises(DemoFileError, match=r"```key_facts is never closed"):
        demo_file.stream(demo_file.sections()[0])


def test_a_block_the_field_does_not_have_is_reported(tmp_path):
    demo_file = read(write(tmp_path, FRONT + "\n# What was done\n\nText\n\n```key_actions\n```\n"))
    allowed = casestudies._block_names("what_was_done")
    with pytest.raises(DemoFileError, match=r":9: no block ```key_actions here; use ```image"):
        demo_file.stream(demo_file.sections()[0], allowed=allowed)
    demo_file = read(write(tmp_path, FRONT + "\n# Problem\n\nText\n\n```quote\n```\n"))
    with pytest.raises(DemoFileError, match=r":9: no block ```quote here"):
        demo_file.rich_text(demo_file.sections()[0])


def test_a_list_block_must_hold_its_one_list(tmp_path):
    text = FRONT + '\n# Chapter {#c}\n\n```key_actions\nx = ["a"]\n```\n'
    demo_file = read(write(tmp_path, text))
    with pytest.raises(DemoFileError, match=r"```key_actions holds one list, `actions`"):
        demo_file.stream(demo_file.sections()[0])


def test_a_stream_keeps_text_and_blocks_in_order(tmp_path):
    demo_file = read(
        write(
            tmp_path,
            FRONT + '\n# Chapter {#first-steps}\n\nBefore.\n\n```key_actions\nactions = ["Do it"]\n'
            "```\n\nAfter.\n",
        )
    )
    [section] = demo_file.sections()
    assert demo_file.anchor(section) == "first-steps"
    assert demo_file.stream(section) == [
        ("text", "<p>Before.</p>"),
        ("key_actions", ["Do it"]),
        ("text", "<p>After.</p>"),
    ]


def test_a_chapter_without_a_slug_is_reported(tmp_path):
    demo_file = read(write(tmp_path, FRONT + "\n# Chapter\n\nText\n"))
    with pytest.raises(DemoFileError, match=r":5: a chapter heading ends with `\{#its-slug\}`"):
        guides.chapters(demo_file)


def test_a_post_heading_must_name_its_author_and_known_options(tmp_path):
    demo_file = read(write(tmp_path, FRONT + "\n# tom\n\nHello\n"))
    with pytest.raises(DemoFileError, match=r":5: a post starts with `# @person`"):
        communities.posts(demo_file)
    demo_file = read(write(tmp_path, FRONT + "\n# @tom {pinned = true}\n\nHello\n"))
    with pytest.raises(DemoFileError, match=r"unknown post options: \['pinned'\]"):
        communities.posts(demo_file)
