"""How often one person may post, counted in the cache (settings.COMMUNITY_POST_RATE)."""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

DEFAULT_RATE = (5, 60)  # posts, seconds


@dataclass(frozen=True)
class PostRate:
    posts: int
    seconds: int

    def describe(self):
        if self.seconds == 60:
            period = "a minute"
        elif self.seconds % 3600 == 0:
            hours = self.seconds // 3600
            period = "an hour" if hours == 1 else f"{hours} hours"
        elif self.seconds % 60 == 0:
            period = f"{self.seconds // 60} minutes"
        else:
            period = f"{self.seconds} seconds"
        return f"{self.posts} post{'s' if self.posts != 1 else ''} {period}"


def post_rate():
    posts, seconds = getattr(settings, "COMMUNITY_POST_RATE", DEFAULT_RATE)
    return PostRate(int(posts), int(seconds))


def allow_post(user):
    """Count one post by `user`; False when they have reached the limit in this window.

    A fixed window per user: cheap (one or two cache calls) and good enough to stop a flood.
    """
    rate = post_rate()
    window = int(timezone.now().timestamp()) // rate.seconds
    key = f"communities:post-rate:{user.pk}:{window}"
    if cache.add(key, 1, rate.seconds + 5):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, rate.seconds + 5)
        return True
    return count <= rate.posts


def limit_message():
    rate = post_rate()
    return (
        f"You are posting too quickly. You can post {rate.describe()}. "
        "Wait a minute and send it again: your text is still here."
        if rate.seconds <= 60
        else f"You are posting too quickly. You can post {rate.describe()}. "
        "Try again later: your text is still here."
    )
