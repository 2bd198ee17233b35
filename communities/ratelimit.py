"""How often one person may post or edit (settings.COMMUNITY_POST_RATE) and invite
(settings.COMMUNITY_INVITE_RATE), counted in the cache by core.throttle."""

from dataclasses import dataclass

from django.conf import settings

from core import throttle

DEFAULT_RATE = (5, 60)  # posts, seconds
DEFAULT_INVITE_RATE = (50, 3600)  # addresses, seconds


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
    """Count one post, reply or edit by `user`; False when they have reached the limit in this
    window. Edits count too: an edit re-renders, re-indexes and may mention people, like a post.

    A fixed window per user: cheap (one or two cache calls) and good enough to stop a flood.
    """
    rate = post_rate()
    return throttle.allow("communities-post", user.pk, rate.posts, rate.seconds)


def invite_rate():
    limit, seconds = getattr(settings, "COMMUNITY_INVITE_RATE", DEFAULT_INVITE_RATE)
    return int(limit), int(seconds)


def allow_invites(user, count):
    """Count `count` invitations (each an e-mail) by `user`; False past the hourly limit."""
    limit, seconds = invite_rate()
    return throttle.allow("communities-invite", user.pk, limit, seconds, cost=max(count, 1))


def limit_message():
    rate = post_rate()
    return (
        f"You are posting too quickly. You can post {rate.describe()}. "
        "Wait a minute and send it again: your text is still here."
        if rate.seconds <= 60
        else f"You are posting too quickly. You can post {rate.describe()}. "
        "Try again later: your text is still here."
    )
