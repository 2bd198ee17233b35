from django.apps import AppConfig


class CommunitiesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "communities"
    verbose_name = "Communities of practice"

    def ready(self):
        from search.registry import register, register_visibility

        from .documents import TopicAdapter
        from .visibility import CommunityVisibility

        register(TopicAdapter())
        # Members find their communities' topics in the search, and nobody else does.
        register_visibility(CommunityVisibility())

        # Cached open-community ids (permissions.open_community_ids) go when any community
        # is saved or deleted: a community made private stops being readable at once.
        from django.db.models.signals import post_delete, post_save

        from core.fragments import bump

        from .models import Community

        def retire(**kwargs):
            bump("communities")

        post_save.connect(
            retire, sender=Community, dispatch_uid="communities-token-save", weak=False
        )
        post_delete.connect(
            retire, sender=Community, dispatch_uid="communities-token-delete", weak=False
        )

        # Cached discussion panels go when any topic or post changes.
        from .models import Post, Topic

        def discussions(**kwargs):
            bump("discussions")

        for model in (Topic, Post):
            name = model.__name__
            post_save.connect(
                discussions, sender=model, dispatch_uid=f"discussions-save-{name}", weak=False
            )
            post_delete.connect(
                discussions, sender=model, dispatch_uid=f"discussions-del-{name}", weak=False
            )

        # Who is told about what the services announce (communities.signals): importing the
        # receivers here keeps the services free of any import of notifications or e-mail.
        from . import notifications  # noqa: F401
