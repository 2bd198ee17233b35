"""Django's model backend with each person's permissions kept in the shared cache.

Every signed-in page asks whether the reader may open the editing admin (the header's link), and
the communities ask about moderating everywhere: Django answers from two queries per request.
Here the answer is cached under the "permissions" token (core/fragments.py), which any change to
a person's groups or permissions, or to a group's permissions, retires at once.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save

from core import fragments


class CachedPermissionsBackend(ModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if obj is not None or not user_obj.is_active or user_obj.is_anonymous:
            return super().get_all_permissions(user_obj, obj)
        if not hasattr(user_obj, "_perm_cache"):
            parts = (
                "perms",
                user_obj.pk,
                int(user_obj.is_superuser),
                fragments.token("permissions"),
            )
            user_obj._perm_cache = fragments.fragment(
                parts,
                lambda: set(super(CachedPermissionsBackend, self).get_all_permissions(user_obj)),
            )
        return user_obj._perm_cache


def _retire(**kwargs):
    fragments.bump("permissions")


User = get_user_model()
for _through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
    m2m_changed.connect(_retire, sender=_through, dispatch_uid=f"perms-m2m-{_through.__name__}")
for _model in (Group, Permission):
    post_save.connect(_retire, sender=_model, dispatch_uid=f"perms-save-{_model.__name__}")
    post_delete.connect(_retire, sender=_model, dispatch_uid=f"perms-delete-{_model.__name__}")
