from django.urls import path, register_converter

from .feeds import community_feed
from .views import communities, moderation, topics


class DatabaseId:
    """A whole number that fits a database id: longer ones are a 404, not a database error."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(DatabaseId, "dbid")

app_name = "communities"

urlpatterns = [
    path("", communities.index, name="index"),
    path("moderation/", moderation.overview, name="moderation_overview"),
    path("invitations/<str:token>/", communities.invitation, name="invitation"),
    path("<slug:slug>/", communities.community, name="community"),
    path("<slug:slug>/feed/rss/", community_feed, {"kind": "rss"}, name="feed_rss"),
    path("<slug:slug>/feed/atom/", community_feed, {"kind": "atom"}, name="feed_atom"),
    path("<slug:slug>/join/", communities.join, name="join"),
    path("<slug:slug>/ask-to-join/", communities.request_to_join, name="request_to_join"),
    path("<slug:slug>/leave/", communities.leave, name="leave"),
    path("<slug:slug>/watch/", communities.watch_community, name="watch"),
    path("<slug:slug>/members/", communities.members, name="members"),
    path(
        "<slug:slug>/members/<dbid:membership_id>/",
        communities.member_action,
        name="member_action",
    ),
    path("<slug:slug>/invite/", communities.invite, name="invite"),
    path(
        "<slug:slug>/requests/<dbid:request_id>/",
        communities.decide_request,
        name="decide_request",
    ),
    path("<slug:slug>/moderation/", moderation.queue, name="moderation"),
    path("<slug:slug>/topics/new/", topics.new_topic, name="new_topic"),
    path("<slug:slug>/topics/<dbid:topic_id>/", topics.topic_redirect, name="topic_redirect"),
    path(
        "<slug:slug>/topics/<dbid:topic_id>-<str:topic_slug>/",
        topics.topic,
        name="topic",
    ),
    path("<slug:slug>/topics/<dbid:topic_id>/unread/", topics.first_unread, name="first_unread"),
    path("<slug:slug>/topics/<dbid:topic_id>/reply/", topics.reply, name="reply"),
    path("<slug:slug>/topics/<dbid:topic_id>/watch/", topics.watch_topic, name="watch_topic"),
    path("<slug:slug>/topics/<dbid:topic_id>/accept/", topics.accept, name="accept"),
    path("<slug:slug>/topics/<dbid:topic_id>/pin/", moderation.pin, name="pin"),
    path("<slug:slug>/topics/<dbid:topic_id>/lock/", moderation.lock, name="lock"),
    path("<slug:slug>/posts/<dbid:post_id>/", topics.post_link, name="post"),
    path("<slug:slug>/posts/<dbid:post_id>/edit/", topics.edit_post, name="edit_post"),
    path("<slug:slug>/posts/<dbid:post_id>/delete/", topics.delete_post, name="delete_post"),
    path("<slug:slug>/posts/<dbid:post_id>/helpful/", topics.helpful, name="helpful"),
    path("<slug:slug>/posts/<dbid:post_id>/report/", topics.report, name="report"),
    path("<slug:slug>/posts/<dbid:post_id>/hide/", moderation.hide, name="hide"),
    path("<slug:slug>/posts/<dbid:post_id>/restore/", moderation.restore, name="restore"),
    path("<slug:slug>/posts/<dbid:post_id>/approve/", moderation.approve, name="approve"),
    path("<slug:slug>/posts/<dbid:post_id>/dismiss/", moderation.dismiss, name="dismiss"),
]
