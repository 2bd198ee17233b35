"""The query log editors read: what people searched for, and what found nothing."""

import logging

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import SearchTermStat
from .synonyms import normalise

logger = logging.getLogger(__name__)


def record(query_text, total):
    """Count one search for `query_text` today (and a zero-result one when total is 0)."""
    query = normalise(query_text)[:200]
    if not query:
        return
    today = timezone.localdate()
    zero = 1 if total == 0 else 0
    # One statement on the common path (the term was searched for before today): no transaction
    # around it, so a search page spends one query on its log rather than three.
    row = SearchTermStat.objects.filter(query=query, day=today)
    count = {"searches": F("searches") + 1, "zero_results": F("zero_results") + zero}
    try:
        if not row.update(**count):
            try:
                with transaction.atomic():
                    SearchTermStat.objects.create(
                        query=query, day=today, searches=1, zero_results=zero
                    )
            except IntegrityError:  # someone else's first search of the day won the race
                row.update(**count)
    except DatabaseError:
        # Logging a search must never break the search itself (e.g. a concurrent first insert).
        logger.warning("Could not record search term %r", query, exc_info=True)
