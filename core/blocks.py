"""StreamField blocks shared by case studies and learning guides: small, each with its template."""

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"]


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/streamfield/blocks/text_block.html"
        preview_value = (
            "<p>Care home staff, paramedics and ward teams agreed one transfer form.</p>"
        )


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text="Describe the image for people who cannot see it. Leave blank if decorative.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/streamfield/blocks/captioned_image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=800)
    attribution = blocks.CharBlock(
        required=False, max_length=200, help_text="Who said it, by role: ‘A care home manager’."
    )

    class Meta:
        icon = "openquote"
        template = "components/streamfield/blocks/quote_block.html"
        preview_value = {
            "quote": "Residents come back with their medicines and their notes.",
            "attribution": "A care home manager in Sutton",
        }


class KeyFactBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=30, help_text="The number, for example ‘4 days’.")
    label = blocks.CharBlock(max_length=160, help_text="What it measures.")

    class Meta:
        icon = "order"


class KeyFactsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(KeyFactBlock(), min_num=1, max_num=6, **kwargs)

    class Meta:
        icon = "table"
        template = "components/streamfield/blocks/key_facts_block.html"
        preview_value = [{"figure": "4 days", "label": "shorter hospital stays"}]


class KeyActionsBlock(blocks.ListBlock):
    """A checklist of things to do, shown as the NHS.UK ‘do’ list."""

    def __init__(self, **kwargs):
        super().__init__(blocks.CharBlock(max_length=300), min_num=1, max_num=12, **kwargs)

    class Meta:
        icon = "tasks"
        label = "Key actions"
        template = "components/streamfield/blocks/key_actions_block.html"
        preview_value = ["Agree one transfer form with your acute trust"]


def story_blocks():
    """The blocks a case study's ‘what was done’ is built from."""
    return [
        ("text", TextBlock()),
        ("image", CaptionedImageBlock()),
        ("quote", QuoteBlock()),
        ("key_facts", KeyFactsBlock()),
    ]
