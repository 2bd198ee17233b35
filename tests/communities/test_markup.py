"""Posts are rendered once, from Markdown to sanitised HTML and plain text."""

from communities import markup


def test_markdown_becomes_html_text_and_mentions():
    rendered = markup.render(
        "Thanks @grace-okafor, see **the audit** and [the guide](https://www.nhs.uk/).",
        {"grace-okafor"},
    )
    assert '<span class="app-mention">@grace-okafor</span>' in rendered.html
    assert "<strong>the audit</strong>" in rendered.html
    assert 'href="https://www.nhs.uk/"' in rendered.html
    assert 'rel="nofollow noopener ugc"' in rendered.html
    assert rendered.text == "Thanks @grace-okafor, see the audit and the guide."
    assert rendered.mentions == ["grace-okafor"]


def test_unknown_handles_and_email_addresses_are_not_mentions():
    rendered = markup.render("Ask @nobody or write to grace@nhs.net", {"grace"})
    assert "app-mention" not in rendered.html
    assert rendered.mentions == []


def test_mentions_in_code_are_not_mentions_and_in_quotes_do_not_notify():
    rendered = markup.render(
        "`@sam-patel`\n\n> @grace-okafor wrote this", {"sam-patel", "grace-okafor"}
    )
    assert "<code>@sam-patel</code>" in rendered.html
    assert '<span class="app-mention">@grace-okafor</span>' in rendered.html
    assert rendered.mentions == []


def test_mention_candidates_are_found_case_insensitively_once_each():
    assert markup.mention_candidates("@Sam-Patel and @sam-patel, not me@x.org") == ["sam-patel"]


def test_headings_start_below_the_page_headings():
    html = markup.render("# Big\n\n## Smaller").html
    assert "<h3>Big</h3>" in html and "<h4>Smaller</h4>" in html
    assert "<h1" not in html and "<h2" not in html


def test_images_become_links_so_posts_cannot_load_tracking_images():
    html = markup.render("![the red bag](https://example.org/bag.png)").html
    assert "<img" not in html
    assert (
        '<a href="https://example.org/bag.png" rel="nofollow noopener ugc">the red bag</a>' in html
    )


def test_tables_lists_and_code_blocks_survive():
    html = markup.render(
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n1. one\n2. two\n\n```\nx < y\n```"
    ).html
    assert "<table>" in html and "<ol>" in html
    assert "<pre><code>x &lt; y\n</code></pre>" in html


def test_quote_attributes_the_post_and_escapes_the_name():
    text = markup.quote("Sam *Patel*", "First line\n\nSecond line", "/communities/x/posts/4/")
    assert text.startswith(
        "> **Sam \\*Patel\\*** [wrote](/communities/x/posts/4/):\n>\n> First line"
    )
    assert "> Second line" in text
    rendered = markup.render(text)
    assert "<blockquote>" in rendered.html and "Sam *Patel*" in rendered.text
