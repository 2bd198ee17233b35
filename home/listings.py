"""Where each content type's listing page lives (case studies, learning guides)."""

from django.apps import apps

from core import structure

LISTING_PAGES = {
    "case_study": "casestudies.CaseStudyIndexPage",
    "learning_guide": "learning_guides.LearningGuideIndexPage",
}


def listing_url_for(doc_type):
    label = LISTING_PAGES.get(doc_type)
    if label is None:
        return None
    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    return structure.page_url(model)
