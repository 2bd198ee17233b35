"""Every change to communities goes through these functions, each in one transaction.

Views check permissions (communities.permissions) before calling; these functions keep the
data consistent (counters, read state, watches), keep the record of who did what and why, and
tell the right people (communities.notifications). Anything that must follow a change, such as
search indexing, hooks in here.
"""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Max, Q, Sum
from django.utils import timezone
from django.utils.text import slugify

from core import fragments
from core.structure import retire_visible_content

from . import markup
from .documents import index_topics
from .models import (
    Community,
    CommunityProfile,
    EmailFrequency,
    EmailState,
    HelpfulMark,
    Invitation,
    JoinRequest,
    Membership,
    ModerationAction,
    Notification,
    NotificationKind,
    Post,
    ReadState,
    Report,
    Role,
    Topic,
    Visibility,
    Watch,
    WatchLevel,
)
from .notifications import mentioned_in_edit, moderators_of, notify, post_published
from .permissions import CommunityAccess, readers_among

Action = ModerationAction.Action


class ServiceError(Exception):
    """The change breaks a rule; the message says so to the person who tried it."""


def display_name(user):
    return (user.display_name or user.email.split("@")[0])[:100]


# People.


def profile_for(user):
    """The person's community profile, made with a unique @handle the first time."""
    profile = CommunityProfile.objects.filter(user=user).first()
    if profile is not None:
        return profile
    base = slugify(user.display_name or "").replace("_", "-").strip("-")[:30].strip("-")
    base = base or "member"
    taken = set(
        CommunityProfile.objects.filter(handle__startswith=base).values_list("handle", flat=True)
    )
    handle, n = base, 1
    while handle in taken:
        n += 1
        handle = f"{base}-{n}"
    try:
        with transaction.atomic():
            return CommunityProfile.objects.create(user=user, handle=handle)
    except IntegrityError:  # someone else made it first
        return CommunityProfile.objects.get(user=user)


@transaction.atomic
def set_email_frequency(user, frequency):
    profile = profile_for(user)
    profile.email_frequency = frequency
    profile.save(update_fields=["email_frequency"])
    if frequency == EmailFrequency.NEVER:
        Notification.objects.filter(recipient=user, email_state=EmailState.PENDING).update(
            email_state=EmailState.SKIPPED
        )
    return profile


# Communities and membership.


@transaction.atomic
def save_community(community, *, facilitators=None, by=None):
    """Create or change a community (the admin uses this), optionally setting its facilitators."""
    previous = None
    if community.pk:
        previous = (
            Community.objects.filter(pk=community.pk).values_list("visibility", flat=True).first()
        )
    community.save()
    if facilitators is not None:
        set_facilitators(community, facilitators, by=by)
    if previous is not None and previous != community.visibility:
        _visibility_changed(community, by)
    return community


@transaction.atomic
def set_visibility(community, visibility, *, by=None):
    if community.visibility == visibility:
        return community
    community.visibility = visibility
    community.save(update_fields=["visibility"])
    _visibility_changed(community, by)
    return community


def _visibility_changed(community, by):
    _log(community, Action.VISIBILITY, by, reason=community.get_visibility_display())
    retire_visible_content()
    # Its topics' documents carry the visibility: a private community's leave public search.
    index_topics(community.topics.select_related("community", "community__care_model"))
    if community.is_private:
        _drop_outsiders(community)


@transaction.atomic
def set_facilitators(community, users, *, by=None):
    wanted = {user.pk for user in users}
    Membership.objects.filter(community=community, role=Role.FACILITATOR).exclude(
        user_id__in=wanted
    ).update(role=Role.MEMBER)
    for user in users:
        Membership.objects.update_or_create(
            community=community, user=user, defaults={"role": Role.FACILITATOR}
        )
        profile_for(user)


@transaction.atomic
def join(community, user):
    """Join an open community straight away."""
    if not community.is_open:
        raise ServiceError("This community is private: ask to join it instead.")
    membership, created = Membership.objects.get_or_create(community=community, user=user)
    if created:
        profile_for(user)
    return membership


@transaction.atomic
def add_member(community, user, role=Role.MEMBER):
    """Make someone a member (or facilitator) of any community: for site staff and setup."""
    membership, created = Membership.objects.get_or_create(
        community=community, user=user, defaults={"role": role}
    )
    if not created and membership.role != role:
        membership.role = role
        membership.save(update_fields=["role"])
    profile_for(user)
    return membership


@transaction.atomic
def leave(community, user):
    Membership.objects.filter(community=community, user=user).delete()
    retire_visible_content()
    Watch.objects.filter(community=community, user=user).delete()
    if community.is_private:
        _drop_outsiders(community, [user.pk])


@transaction.atomic
def set_role(membership, role, *, by):
    membership.role = role
    membership.save(update_fields=["role"])
    _log(
        membership.community,
        Action.ROLE,
        by,
        subject=display_name(membership.user),
        reason=membership.get_role_display(),
    )


@transaction.atomic
def remove_member(membership, *, by, reason=""):
    community, user = membership.community, membership.user
    _log(community, Action.REMOVE, by, subject=display_name(user), reason=reason)
    leave(community, user)


@transaction.atomic
def request_to_join(community, user, reason):
    """Ask to join a private community; its facilitators are told."""
    if not community.is_private:
        raise ServiceError("This community is open: join it straight away.")
    if Membership.objects.filter(community=community, user=user).exists():
        raise ServiceError("You are already a member of this community.")
    if JoinRequest.objects.filter(
        community=community, user=user, status=JoinRequest.Status.PENDING
    ).exists():
        raise ServiceError(
            "You have already asked to join. A facilitator will decide and we will tell you."
        )
    request = JoinRequest.objects.create(community=community, user=user, reason=reason.strip())
    profile_for(user)
    notify(
        moderators_of(community),
        NotificationKind.JOIN_REQUESTED,
        community=community,
        actor_name=display_name(user),
        detail=request.reason,
    )
    return request


@transaction.atomic
def decide_join_request(join_request, *, approve, by, reason=""):
    """Approve or decline; the person who asked is told either way (in-app and by e-mail)."""
    join_request = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    if not join_request.is_pending:
        raise ServiceError("Someone has already decided this request.")
    community = join_request.community
    join_request.status = JoinRequest.Status.APPROVED if approve else JoinRequest.Status.DECLINED
    join_request.decided_by = by
    join_request.decided_by_name = display_name(by)
    join_request.decided_at = timezone.now()
    join_request.decision_reason = reason.strip()
    join_request.save()
    if approve:
        Membership.objects.get_or_create(community=community, user=join_request.user)
    _log(
        community,
        Action.APPROVE_JOIN if approve else Action.DECLINE_JOIN,
        by,
        subject=display_name(join_request.user),
        reason=join_request.decision_reason,
    )
    notify(
        [join_request.user_id],
        NotificationKind.JOIN_APPROVED if approve else NotificationKind.JOIN_DECLINED,
        community=community,
        actor_name=display_name(by),
        detail=join_request.decision_reason,
    )
    return join_request


@transaction.atomic
def invite(community, emails, *, by, message=""):
    """Invite people by e-mail. Returns (invitations sent, addresses skipped as members)."""
    from .tasks import send_invitation_email

    User = get_user_model()

    emails = list(dict.fromkeys(email.strip().lower() for email in emails if email.strip()))
    members = set(
        Membership.objects.filter(community=community, user__email__in=emails).values_list(
            "user__email", flat=True
        )
    )
    users = {user.email: user for user in User.objects.filter(email__in=emails, is_active=True)}
    sent, skipped = [], []
    for email in emails:
        if email in members:
            skipped.append(email)
            continue
        invitation = Invitation.objects.create(
            community=community,
            email=email,
            invited_by=by,
            invited_by_name=display_name(by),
            message=message.strip(),
        )
        sent.append(invitation)
        if email in users:
            notify(
                [users[email].pk],
                NotificationKind.INVITED,
                community=community,
                actor_name=display_name(by),
                # The notification links to the invitation, which only its recipient sees.
                detail=invitation.token,
            )
        transaction.on_commit(lambda pk=invitation.pk: send_invitation_email.enqueue(pk))
    if sent:
        _log(community, Action.INVITE, by, subject=", ".join(i.email for i in sent)[:200])
    return sent, skipped


@transaction.atomic
def accept_invitation(invitation, user):
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_usable:
        raise ServiceError("This invitation has been used or has expired. Ask for a new one.")
    if user.email.lower() != invitation.email.lower():
        raise ServiceError(
            "This invitation was sent to a different e-mail address. Sign in with the address "
            "it was sent to, or ask the facilitator to invite this one."
        )
    membership, _ = Membership.objects.get_or_create(community=invitation.community, user=user)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    JoinRequest.objects.filter(
        community=invitation.community, user=user, status=JoinRequest.Status.PENDING
    ).update(status=JoinRequest.Status.APPROVED, decided_at=timezone.now())
    profile_for(user)
    return membership


def _drop_outsiders(community, user_ids=None):
    """People who can no longer read a private community stop watching it, and its unread
    notifications to them are marked read and never e-mailed."""
    watches = Watch.objects.filter(Q(community=community) | Q(topic__community=community))
    notifications = Notification.objects.filter(community=community)
    if user_ids is not None:
        watches = watches.filter(user_id__in=user_ids)
        notifications = notifications.filter(recipient_id__in=user_ids)
    candidates = set(watches.values_list("user_id", flat=True)) | set(
        notifications.filter(read_at__isnull=True).values_list("recipient_id", flat=True)
    )
    outsiders = candidates - readers_among(community, candidates)
    if not outsiders:
        return
    watches.filter(user_id__in=outsiders).delete()
    notifications.filter(recipient_id__in=outsiders, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    notifications.filter(recipient_id__in=outsiders, email_state=EmailState.PENDING).update(
        email_state=EmailState.SKIPPED
    )


# Topics and posts.


def render_body(markdown):
    """Render a post's Markdown, resolving @handles against the people who have them."""
    candidates = markup.mention_candidates(markdown)
    known = (
        set(CommunityProfile.objects.filter(handle__in=candidates).values_list("handle", flat=True))
        if candidates
        else set()
    )
    return markup.render(markdown, known)


@transaction.atomic
def create_topic(community, author, *, title, body, tags=(), page=None):
    """Start a topic with its opening post. Held for approval when the community holds a new
    member's first post; otherwise watchers of the community and people mentioned are told."""
    profile_for(author)
    held = _must_hold(community, author)
    topic = Topic.objects.create(
        community=community,
        title=" ".join(title.split()),
        author=author,
        author_name=display_name(author),
        page=page,
        is_approved=not held,
    )
    if tags:
        topic.tags.set(list(tags))
    post, rendered = _add_post(topic, author, body, approved=not held)
    refresh_counters(topic)
    set_watch(author, topic=topic, level=WatchLevel.WATCHING, only_if_new=True)
    mark_read(author, topic, post.number)
    if held:
        _tell_moderators_of_held_post(post)
    else:
        post_published(post, rendered.mentions)
    return topic


@transaction.atomic
def reply(topic, author, *, body):
    """Add a reply; held, or published to watchers and people mentioned."""
    topic = Topic.objects.select_related("community").get(pk=topic.pk)
    community = topic.community
    if topic.is_locked and not CommunityAccess.for_user(author).can_moderate(community):
        raise ServiceError("This topic is locked: no new replies can be added.")
    profile_for(author)
    held = _must_hold(community, author)
    post, rendered = _add_post(topic, author, body, approved=not held)
    refresh_counters(topic)
    if held:
        _tell_moderators_of_held_post(post)
    else:
        post_published(post, rendered.mentions)
        mark_read(author, topic, post.number)
    return post


@transaction.atomic
def edit_post(post, *, body, by, title=None, tags=None):
    """Change a post (and, for an opening post, the topic's title and tags); shown as edited."""
    old_mentions = set(render_body(post.body_markdown).mentions)
    rendered = render_body(body)
    post.body_markdown = body
    post.body_html = rendered.html
    post.body_text = rendered.text
    post.edited_at = timezone.now()
    post.save(update_fields=["body_markdown", "body_html", "body_text", "edited_at"])
    topic = post.topic
    if post.is_opening and title is not None:
        topic.title = " ".join(title.split())
        topic.slug = ""
        topic.save()
    if post.is_opening and tags is not None:
        topic.tags.set(list(tags))
    if post.is_visible:
        mentioned_in_edit(post, [h for h in rendered.mentions if h not in old_mentions])
    index_topics([topic])
    # An edit may take words (or a title) away that cached pages and suggestions still show.
    retire_visible_content()
    return post


@transaction.atomic
def delete_post(post, *, by):
    """Soft delete: the post shows as deleted and the thread stays readable."""
    post.deleted_at = timezone.now()
    post.save(update_fields=["deleted_at"])
    retire_visible_content()
    topic = post.topic
    if topic.accepted_post_id == post.pk:
        _clear_accepted(topic)
    refresh_counters(topic)
    return post


@transaction.atomic
def hide_post(post, *, by, reason):
    """Hide a post from readers, keeping who hid it and why; its author is told why."""
    if post.hidden_at is not None:
        raise ServiceError("This post is already hidden.")
    now = timezone.now()
    post.hidden_at = now
    post.hidden_by = by
    post.hidden_by_name = display_name(by)
    post.hide_reason = reason.strip()
    post.save(update_fields=["hidden_at", "hidden_by", "hidden_by_name", "hide_reason"])
    retire_visible_content()
    topic = post.topic
    if post.is_opening:
        topic.hidden_at = now
        topic.save(update_fields=["hidden_at"])
    if topic.accepted_post_id == post.pk:
        _clear_accepted(topic)
    _resolve_reports(post, by, Report.Outcome.HIDDEN)
    _log(topic.community, Action.HIDE, by, topic=topic, post=post, reason=post.hide_reason)
    refresh_counters(topic)
    if post.author_id and post.author_id != by.pk:
        notify(
            [post.author_id],
            NotificationKind.POST_HIDDEN,
            community=topic.community,
            topic=topic,
            post=post,
            detail=post.hide_reason,
        )
    return post


@transaction.atomic
def restore_post(post, *, by, reason):
    """Show a hidden post again; the record keeps who hid and restored it, and why."""
    if post.hidden_at is None:
        raise ServiceError("This post is not hidden.")
    post.hidden_at = None
    post.hidden_by = None
    post.hidden_by_name = ""
    post.hide_reason = ""
    post.save(update_fields=["hidden_at", "hidden_by", "hidden_by_name", "hide_reason"])
    topic = post.topic
    if post.is_opening:
        topic.hidden_at = None
        topic.save(update_fields=["hidden_at"])
    _log(topic.community, Action.RESTORE, by, topic=topic, post=post, reason=reason.strip())
    refresh_counters(topic)
    return post


@transaction.atomic
def approve_post(post, *, by):
    """Publish a held post: its author and the topic's watchers are told."""
    if post.is_approved:
        raise ServiceError("This post has already been approved.")
    post.is_approved = True
    post.approved_by = by
    post.approved_at = timezone.now()
    post.save(update_fields=["is_approved", "approved_by", "approved_at"])
    topic = post.topic
    if post.is_opening:
        topic.is_approved = True
        topic.save(update_fields=["is_approved"])
    _log(topic.community, Action.APPROVE, by, topic=topic, post=post)
    refresh_counters(topic)
    if post.author_id:
        notify(
            [post.author_id],
            NotificationKind.POST_APPROVED,
            community=topic.community,
            topic=topic,
            post=post,
            actor_name=display_name(by),
        )
    if post.is_visible:
        post_published(post, render_body(post.body_markdown).mentions)
    return post


@transaction.atomic
def toggle_helpful(post, user):
    """Mark the post helpful, or take the mark back; True if it is now marked."""
    deleted, _ = HelpfulMark.objects.filter(post=post, user=user).delete()
    if not deleted:
        HelpfulMark.objects.get_or_create(post=post, user=user)
    if not post.is_opening:
        # A helpful answer ranks the topic higher in search (search.ranking).
        index_topics([post.topic])
    return not deleted


@transaction.atomic
def accept_answer(topic, post, *, by):
    if post.topic_id != topic.pk or post.is_opening or not post.is_visible:
        raise ServiceError("Only a visible reply in this topic can be the accepted answer.")
    topic.accepted_post = post
    topic.accepted_by = by
    topic.accepted_at = timezone.now()
    topic.save(update_fields=["accepted_post", "accepted_by", "accepted_at"])
    index_topics([topic])  # an answered topic ranks higher in search (search.ranking)
    if post.author_id and post.author_id != by.pk:
        notify(
            [post.author_id],
            NotificationKind.ACCEPTED,
            community=topic.community,
            topic=topic,
            post=post,
            actor_name=display_name(by),
        )
    return topic


@transaction.atomic
def clear_accepted_answer(topic, *, by):
    _clear_accepted(topic)
    return topic


def _clear_accepted(topic):
    topic.accepted_post = None
    topic.accepted_by = None
    topic.accepted_at = None
    topic.save(update_fields=["accepted_post", "accepted_by", "accepted_at"])
    index_topics([topic])


@transaction.atomic
def pin_topic(topic, *, by, pinned=True):
    topic.is_pinned = pinned
    topic.pinned_by = by if pinned else None
    topic.pinned_at = timezone.now() if pinned else None
    topic.save(update_fields=["is_pinned", "pinned_by", "pinned_at"])
    _log(topic.community, Action.PIN if pinned else Action.UNPIN, by, topic=topic)
    return topic


@transaction.atomic
def lock_topic(topic, *, by, reason):
    topic.is_locked = True
    topic.locked_by = by
    topic.locked_by_name = display_name(by)
    topic.locked_at = timezone.now()
    topic.lock_reason = reason.strip()
    topic.save(
        update_fields=["is_locked", "locked_by", "locked_by_name", "locked_at", "lock_reason"]
    )
    _log(topic.community, Action.LOCK, by, topic=topic, reason=topic.lock_reason)
    return topic


@transaction.atomic
def unlock_topic(topic, *, by, reason=""):
    topic.is_locked = False
    topic.locked_by = None
    topic.locked_by_name = ""
    topic.locked_at = None
    topic.lock_reason = ""
    topic.save(
        update_fields=["is_locked", "locked_by", "locked_by_name", "locked_at", "lock_reason"]
    )
    _log(topic.community, Action.UNLOCK, by, topic=topic, reason=reason.strip())
    return topic


# Reports.


@transaction.atomic
def report_post(post, *, reporter, reason, details=""):
    """Report a post to the facilitators (once per person: a second report updates the first)."""
    community = post.topic.community
    existing = Report.objects.filter(post=post, reporter=reporter, resolved_at__isnull=True).first()
    if existing is not None:
        existing.reason = reason
        existing.details = details.strip()
        existing.save(update_fields=["reason", "details"])
        return existing
    report = Report.objects.create(
        post=post,
        community=community,
        reporter=reporter,
        reporter_name=display_name(reporter),
        reason=reason,
        details=details.strip(),
    )
    notify(
        moderators_of(community),
        NotificationKind.REPORT,
        community=community,
        topic=post.topic,
        post=post,
        actor_name=report.reporter_name,
        detail=report.get_reason_display(),
    )
    return report


@transaction.atomic
def dismiss_reports(post, *, by, reason=""):
    resolved = _resolve_reports(post, by, Report.Outcome.DISMISSED)
    if resolved:
        _log(post.topic.community, Action.DISMISS, by, topic=post.topic, post=post, reason=reason)
    return resolved


def _resolve_reports(post, by, outcome):
    return Report.objects.filter(post=post, resolved_at__isnull=True).update(
        resolved_at=timezone.now(),
        resolved_by=by,
        resolved_by_name=display_name(by),
        outcome=outcome,
    )


# Watching, reading and notifications.


@transaction.atomic
def set_watch(user, *, level, topic=None, community=None, only_if_new=False):
    """Set how much `user` hears about a topic or a community."""
    target = {"topic": topic} if topic is not None else {"community": community}
    if only_if_new:
        watch, _ = Watch.objects.get_or_create(user=user, **target, defaults={"level": level})
        return watch
    watch, created = Watch.objects.get_or_create(user=user, **target, defaults={"level": level})
    if not created and watch.level != level:
        watch.level = level
        watch.updated_at = timezone.now()
        watch.save(update_fields=["level", "updated_at"])
    return watch


def mark_read(user, topic, number):
    """Remember that `user` has seen `topic` up to post `number` (never moves backwards), and
    mark their notifications about those posts read."""
    now = timezone.now()
    # One query on a re-read (the common case); the conditional UPDATE keeps it from moving
    # backwards when two requests race.
    state, created = ReadState.objects.get_or_create(
        user=user, topic=topic, defaults={"last_read_number": number, "read_at": now}
    )
    if not created and state.last_read_number < number:
        ReadState.objects.filter(pk=state.pk, last_read_number__lt=number).update(
            last_read_number=number, read_at=now
        )
    Notification.objects.filter(
        Q(post__isnull=True) | Q(post__number__lte=number),
        recipient=user,
        topic=topic,
        read_at__isnull=True,
    ).update(read_at=now)


def mark_notifications_read(user, *, ids=None, community=None):
    notifications = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if ids is not None:
        notifications = notifications.filter(pk__in=ids)
    if community is not None:
        notifications = notifications.filter(community=community)
    return notifications.update(read_at=timezone.now())


@transaction.atomic
def unsubscribe(token):
    """Follow an e-mail's unsubscribe link: a watch's token stops e-mail about that topic or
    community; a profile's token stops all community e-mail. Returns what stopped, or None."""
    watch = Watch.objects.select_related("topic", "community").filter(token=token).first()
    if watch is not None:
        if watch.level == WatchLevel.WATCHING:
            watch.level = WatchLevel.NORMAL
            watch.updated_at = timezone.now()
            watch.save(update_fields=["level", "updated_at"])
        query = Q(topic=watch.topic) if watch.topic_id else Q(community=watch.community)
        Notification.objects.filter(
            query,
            recipient_id=watch.user_id,
            email_state=EmailState.PENDING,
            kind__in=[NotificationKind.REPLY, NotificationKind.NEW_TOPIC],
        ).update(email_state=EmailState.SKIPPED)
        return watch
    profile = CommunityProfile.objects.filter(email_token=token).select_related("user").first()
    if profile is not None:
        set_email_frequency(profile.user, EmailFrequency.NEVER)
        return profile
    return None


# Counters and the moderation record.


def refresh_counters(topic):
    """Recount a topic's and its community's visible posts and topics (a few queries)."""
    visible = Post.objects.filter(
        topic_id=topic.pk, is_approved=True, hidden_at__isnull=True, deleted_at__isnull=True
    )
    last = visible.order_by("-number").values("number", "created_at", "author_name").first()
    Topic.objects.filter(pk=topic.pk).update(
        posts_count=visible.count(),
        last_post_number=last["number"] if last else 0,
        last_post_at=last["created_at"] if last else topic.created_at,
        last_post_author_name=last["author_name"] if last else "",
    )
    community_id = topic.community_id
    totals = Topic.objects.filter(
        community_id=community_id, is_approved=True, hidden_at__isnull=True
    ).aggregate(topics=Count("pk"), posts=Sum("posts_count"), last=Max("last_post_at"))
    Community.objects.filter(pk=community_id).update(
        topics_count=totals["topics"] or 0,
        posts_count=totals["posts"] or 0,
        last_post_at=totals["last"],
    )
    fragments.bump("discussions")  # counts shown in discussion panels (communities_tags)
    topic.refresh_from_db(
        fields=["posts_count", "last_post_number", "last_post_at", "last_post_author_name"]
    )
    # Every change to a topic's visible posts passes through here: keep its search document
    # current in the same transaction (search.indexing).
    index_topics([topic])


def _add_post(topic, author, body, *, approved):
    Topic.objects.filter(pk=topic.pk).update(post_number_seq=F("post_number_seq") + 1)
    number = Topic.objects.filter(pk=topic.pk).values_list("post_number_seq", flat=True).get()
    rendered = render_body(body)
    post = Post.objects.create(
        topic=topic,
        number=number,
        author=author,
        author_name=display_name(author),
        body_markdown=body,
        body_html=rendered.html,
        body_text=rendered.text,
        is_approved=approved,
    )
    return post, rendered


def _must_hold(community, author):
    if not community.first_post_moderation:
        return False
    if CommunityAccess.for_user(author).can_moderate(community):
        return False
    return not Post.objects.filter(
        topic__community=community, author=author, is_approved=True
    ).exists()


def _tell_moderators_of_held_post(post):
    topic = post.topic
    notify(
        moderators_of(topic.community) - {post.author_id},
        NotificationKind.POST_HELD,
        community=topic.community,
        topic=topic,
        post=post,
        actor_name=post.author_name,
    )


def _log(community, action, by, *, topic=None, post=None, subject="", reason=""):
    ModerationAction.objects.create(
        community=community,
        topic=topic,
        post=post,
        action=action,
        by=by,
        by_name=display_name(by) if by is not None else "Site administration",
        subject=subject,
        reason=reason,
    )


__all__ = [
    "ServiceError",
    "Visibility",
    "accept_answer",
    "accept_invitation",
    "add_member",
    "approve_post",
    "clear_accepted_answer",
    "create_topic",
    "decide_join_request",
    "delete_post",
    "dismiss_reports",
    "edit_post",
    "hide_post",
    "invite",
    "join",
    "leave",
    "lock_topic",
    "mark_notifications_read",
    "mark_read",
    "pin_topic",
    "profile_for",
    "refresh_counters",
    "remove_member",
    "render_body",
    "reply",
    "report_post",
    "request_to_join",
    "restore_post",
    "save_community",
    "set_email_frequency",
    "set_facilitators",
    "set_role",
    "set_visibility",
    "set_watch",
    "toggle_helpful",
    "unlock_topic",
    "unsubscribe",
]
