"""The query log editors read: what people searched for, and what found nothing."""

import logging

from django.db import DatabaseError, transaction
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
    try:
        with transaction.atomic():
            updated = SearchTermStat.objects.filter(query=query, day=today).update(
                searches=F("searches") + 1, zero_results=F("zero_results") + zero
            )
            if not updated:
                SearchTermStat.objects.create(query=query, day=today, searches=1, zero_results=zero)
    except DatabaseError:
        # Logging a search must never break the search itself (e.g. a concurrent first insert).
        logger.warning("Could not record search term %r", query, exc_info=True)
