from django.utils.functional import SimpleLazyObject


def notifications(request):
    """The header's unread notification count: one query, only on pages that show it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    def count():
        from .queries import unread_notification_count

        return unread_notification_count(user)

    return {"notifications_unread": SimpleLazyObject(count)}
