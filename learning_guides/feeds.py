"""RSS and Atom feeds of new learning guides, with the words and filters of the listing."""

from search.feeds import SearchFeed


class LearningGuideFeed(SearchFeed):
    fixed_type = "learning_guide"
    noun = "learning guides"
    description_text = "How-to guides from the NHS new care models vanguards, newest first."

    def __init__(self, index_page, kind):
        super().__init__(kind, index_page.url)
