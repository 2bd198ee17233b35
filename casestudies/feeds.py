"""RSS and Atom feeds of new case studies, with the words and filters of the listing."""

from search.feeds import SearchFeed


class CaseStudyFeed(SearchFeed):
    fixed_type = "case_study"
    noun = "case studies"
    description_text = "Case studies from the NHS new care models vanguards, newest first."

    def __init__(self, index_page, kind):
        super().__init__(kind, index_page.url)
