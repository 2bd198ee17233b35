"""Communities and who belongs to them: visibility, facilitators, joining and leaving,
requests to join and invitations."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from core.structure import retire_visible_content

from .. import signals
from ..documents import index_topics
from ..models import (
    Community,
    EmailState,
    Invitation,
    JoinRequest,
    Membership,
    ModerationAction,
    Notification,
    Role,
    Watch,
)
from ..permissions import readers_among
from .base import ServiceError, display_name, log_action
from .profiles import profile_for

Action = ModerationAction.Action


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
    log_action(community, Action.VISIBILITY, by, reason=community.get_visibility_display())
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
    log_action(
        membership.community,
        Action.ROLE,
        by,
        subject=display_name(membership.user),
        reason=membership.get_role_display(),
    )


@transaction.atomic
def remove_member(membership, *, by, reason=""):
    community, user = membership.community, membership.user
    log_action(community, Action.REMOVE, by, subject=display_name(user), reason=reason)
    leave(community, user)


@transaction.atomic
def request_to_join(community, user, reason):
    """Ask to join a private community (announced: its facilitators are told)."""
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
    signals.join_requested.send(sender=JoinRequest, join_request=request)
    return request


@transaction.atomic
def decide_join_request(join_request, *, approve, by, reason=""):
    """Approve or decline (announced: the person who asked is told either way)."""
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
    log_action(
        community,
        Action.APPROVE_JOIN if approve else Action.DECLINE_JOIN,
        by,
        subject=display_name(join_request.user),
        reason=join_request.decision_reason,
    )
    signals.join_request_decided.send(sender=JoinRequest, join_request=join_request, by=by)
    return join_request


@transaction.atomic
def invite(community, emails, *, by, message=""):
    """Invite people by e-mail (announced: each invitation is e-mailed after the commit).
    Returns (invitations made, addresses skipped as members)."""
    emails = list(dict.fromkeys(email.strip().lower() for email in emails if email.strip()))
    members = set(
        Membership.objects.filter(community=community, user__email__in=emails).values_list(
            "user__email", flat=True
        )
    )
    sent, skipped = [], []
    for email in emails:
        if email in members:
            skipped.append(email)
            continue
        sent.append(
            Invitation.objects.create(
                community=community,
                email=email,
                invited_by=by,
                invited_by_name=display_name(by),
                message=message.strip(),
            )
        )
    if sent:
        signals.members_invited.send(sender=Invitation, invitations=sent, by=by)
        log_action(community, Action.INVITE, by, subject=", ".join(i.email for i in sent)[:200])
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
