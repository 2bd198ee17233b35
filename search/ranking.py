"""The editors' weights between result types (Settings > Search settings), for every backend.

At an equal match, a result's score is multiplied by its type's weight, and a discussion with an
accepted or helpful answer by the answered bonus too. Read from the shared cache on each search
(a few bytes), so a change applies to every process at once.
"""

from django.core.cache import cache

from .backends.base import ANSWERED  # the answered bonus key, as the backends read it

CACHE_KEY = "search:type-weights"
DEFAULTS = {
    "case_study": 1.3,
    "learning_guide": 1.3,
    "topic": 1.0,
    ANSWERED: 1.2,
    "vanguard": 1.0,
    "care_model": 1.0,
}


def current_weights():
    """{type (or ANSWERED): weight}."""
    weights = cache.get(CACHE_KEY)
    if weights is None:
        weights = _from_settings()
        cache.set(CACHE_KEY, weights, None)
    return weights


def _from_settings():
    from .models import SearchSettings

    saved = SearchSettings.objects.first()
    if saved is None:
        return dict(DEFAULTS)
    return {
        "case_study": saved.case_study_weight,
        "learning_guide": saved.learning_guide_weight,
        "topic": saved.topic_weight,
        ANSWERED: saved.answered_topic_weight,
        "vanguard": saved.vanguard_weight,
        "care_model": saved.care_model_weight,
    }


def forget_weights(**kwargs):
    cache.delete(CACHE_KEY)
