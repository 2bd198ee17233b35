"""An alert on both outcome filters matches them on the same outcome row, as the search does."""

import datetime

from django.utils import timezone

from alerts import scopes
from alerts.matching import Candidate, Matcher
from search.documents import KnowledgeDocument


def candidate(pk, outcomes):
    now = timezone.now()
    document = KnowledgeDocument(
        doc_id=f"case_study:{pk}",
        type="case_study",
        title=f"Study {pk}",
        url=f"/s/{pk}/",
        published_at=now,
        updated_at=now,
        outcomes=outcomes,
    )
    return Candidate(pk, document, now, lambda start: True, document.facet_values())


def row(category, result):
    return {"category": category, "measured_result": result}


def test_both_outcome_filters_match_on_one_row():
    matching = candidate(1, [row("emergency-admissions", "improved")])
    elsewhere = candidate(2, [row("emergency-admissions", "worse"), row("bed-days", "improved")])
    scope = scopes.SCOPES["case_study"]
    request = scopes.read_stored(scope, "outcome=emergency-admissions&result=improved")
    now = timezone.now()
    found = Matcher([matching, elsewhere]).matches(
        request, now - datetime.timedelta(hours=1), now, ("public",)
    )
    assert [c.pk for c in found] == [1]
