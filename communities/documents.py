"""Community topics as knowledge documents: a topic with the text of its visible posts.

Open communities' topics are public; a private community's topics carry that community's
visibility, so only its members (and site moderators) ever find them.
"""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from core.structure import retire_visible_content
from search.documents import PUBLIC, KnowledgeDocument, community_visibility
from search.indexing import index_objects, remove_objects
from search.registry import Adapter

from .models import Community, HelpfulMark, Membership, Post, Topic

MAX_BODY_CHARACTERS = 200_000


class TopicAdapter(Adapter):
    type = "topic"
    model = Topic

    def queryset(self):
        return Topic.objects.select_related("community", "community__care_model").prefetch_related(
            "tagged_items__tag"
        )

    def documents(self, topic):
        if not topic.is_approved or topic.hidden_at is not None:
            return []
        texts = list(
            Post.objects.filter(
                topic_id=topic.pk, is_approved=True, hidden_at__isnull=True, deleted_at__isnull=True
            )
            .order_by("number")
            .values_list("number", "body_text")
        )
        if not texts or texts[0][0] != 1:
            return []
        community = topic.community
        opening = texts[0][1]
        body = "\n".join(text for _, text in texts)[:MAX_BODY_CHARACTERS]
        return [
            KnowledgeDocument(
                doc_id=self.doc_id(topic),
                type=self.type,
                title=topic.title,
                url=topic.get_absolute_url(),
                published_at=topic.created_at,
                updated_at=topic.last_post_at or topic.created_at,
                summary=opening[:300],
                body=body,
                care_models=[community.care_model.slug] if community.care_model_id else [],
                tags=[item.tag.name for item in topic.tagged_items.all()],
                community=community.slug,
                visibility=(community_visibility(community.pk) if community.is_private else PUBLIC),
                extra={
                    "community": community.name,
                    "replies": max(len(texts) - 1, 0),
                    # An accepted answer, or a reply someone marked helpful.
                    "answered": topic.accepted_post_id is not None
                    or HelpfulMark.objects.filter(
                        post__topic_id=topic.pk, post__number__gt=1, post__is_approved=True
                    ).exists(),
                },
            )
        ]


def index_topics(topics):
    """Bring the search documents of `topics` up to date, in the caller's transaction."""
    index_objects(list(topics))


@receiver(post_delete, sender=Topic, dispatch_uid="communities-topic-deleted")
def topic_deleted(sender, instance, **kwargs):
    remove_objects([instance])
    retire_visible_content()


# Deleting anything readers could see (in the admin, or by a cascade) retires what was cached
# from it; the services call retire_visible_content for the changes they make themselves.
@receiver(post_delete, sender=Community, dispatch_uid="communities-community-deleted")
@receiver(post_delete, sender=Post, dispatch_uid="communities-post-deleted")
@receiver(post_delete, sender=Membership, dispatch_uid="communities-membership-deleted")
def content_deleted(sender, instance, **kwargs):
    retire_visible_content()
