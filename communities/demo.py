"""Demo communities of practice for `manage.py load_demo`: idempotent, creates only what is missing.

Content goes through communities.services like any member's post, then is dated into the past.
Notifications it causes stay in the notification centre but are never e-mailed.
"""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from taxonomy.models import CareModel, Vanguard

from . import services
from .demo_content import (
    COMMUNITIES,
    EXISTING_PEOPLE,
    HELD_POST,
    HIDDEN_POST,
    JOIN_REQUESTS,
    NEW_PEOPLE,
    REPORT,
    TOPICS,
)
from .models import (
    Community,
    EmailState,
    JoinRequest,
    ModerationAction,
    Notification,
    Post,
    Report,
    Role,
    Topic,
    Visibility,
    WatchLevel,
)
from .permissions import CommunityAccess

READ_AFTER_DAYS = 12


def load(command):
    started = timezone.now()
    last_notification = Notification.objects.order_by("-pk").values_list("pk", flat=True).first()
    people = _people(command)
    communities, new_communities = {}, set()
    for spec in COMMUNITIES:
        community, created = _community(spec, people)
        communities[spec["key"]] = community
        if created:
            new_communities.add(spec["key"])
            command.created(f"community {community.name}")

    # Grace watches her care model's community, so the demo fills her notification centre.
    services.set_watch(
        people["grace"], community=communities["mcp"], level=WatchLevel.WATCHING, only_if_new=True
    )
    count = 0
    for spec in TOPICS:
        community = communities[spec["community"]]
        if not Topic.objects.filter(community=community, title=spec["title"]).exists():
            _topic(spec, community, people)
            count += 1
    if count:
        command.created(f"{count} community topics")

    for spec in COMMUNITIES:
        community = communities[spec["key"]]
        if spec.get("first_post_moderation") and spec["key"] in new_communities:
            community.first_post_moderation = True
            services.save_community(community)
    _moderation_examples(communities, people, command)
    for key, person, reason in JOIN_REQUESTS:
        community = communities[key]
        if not JoinRequest.objects.filter(community=community, user=people[person]).exists():
            services.request_to_join(community, people[person], reason)
            command.created(f"request to join {community.name}")

    made = Notification.objects.filter(pk__gt=last_notification or 0)
    made.filter(email_state=EmailState.PENDING).update(email_state=EmailState.SKIPPED)
    made.filter(created_at__lt=started - timedelta(days=READ_AFTER_DAYS)).update(
        read_at=F("created_at")
    )


def _people(command):
    User = get_user_model()
    people = {}
    for key, email in EXISTING_PEOPLE.items():
        people[key] = User.objects.filter(email=email).first()
        if people[key] is None:
            raise CommandError(f"{email} is missing: accounts.demo.load must run first.")
    for spec in NEW_PEOPLE:
        user = User.objects.filter(email=spec["email"]).first()
        if user is None:
            first, _, last = spec["display_name"].partition(" ")
            user = User(
                email=spec["email"],
                display_name=spec["display_name"],
                first_name=first,
                last_name=last,
                job_title=spec["job_title"],
                organisation=spec["organisation"],
                vanguard=Vanguard.objects.filter(slug=spec["vanguard"]).first()
                if spec["vanguard"]
                else None,
            )
            # Demo voices only: nobody signs in as them.
            user.set_unusable_password()
            user.save()
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
            command.created(f"user {user.email} (community member, cannot sign in)")
        people[spec["key"]] = user
    return people


def _community(spec, people):
    community = Community.objects.filter(name=spec["name"]).first()
    if community is not None:
        return community, False
    care_model = (
        CareModel.objects.filter(slug=spec["care_model"]).first() if spec["care_model"] else None
    )
    community = services.save_community(
        Community(
            name=spec["name"],
            care_model=care_model,
            summary=spec["summary"],
            description=spec["description"],
            visibility=Visibility.PRIVATE if spec["visibility"] == "private" else Visibility.OPEN,
        ),
        facilitators=[people[key] for key in spec["facilitators"]],
    )
    for key in spec["members"]:
        services.add_member(community, people[key])
    return community, True


def _topic(spec, community, people):
    authors = {post[0] for post in spec["posts"]}
    for key in authors:
        if not CommunityAccess.for_user(people[key]).is_member(community):
            services.add_member(community, people[key])
    start = (timezone.now() - timedelta(days=spec["days_ago"])).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    # Replies come through the working day: three a day, morning, midday and afternoon.
    times = [
        start + timedelta(days=i // 3, hours=3 * (i % 3), minutes=(17 * i) % 50)
        for i in range(len(spec["posts"]))
    ]
    page = Page.objects.live().filter(slug=spec["page"]).first() if spec.get("page") else None
    author_key, body = spec["posts"][0][:2]
    starter = people[author_key]
    topic = services.create_topic(
        community, starter, title=spec["title"], body=body, tags=spec.get("tags", ()), page=page
    )
    for item in spec["posts"][1:]:
        key, body = item[:2]
        options = item[2] if len(item) > 2 else {}
        post = services.reply(topic, people[key], body=body)
        for marker in options.get("helpful", ()):
            services.toggle_helpful(post, people[marker])
        if options.get("accepted"):
            services.accept_answer(topic, post, by=starter)
    facilitator = _facilitator(community)
    if spec.get("pinned"):
        services.pin_topic(topic, by=facilitator)
    if spec.get("locked"):
        services.lock_topic(topic, by=facilitator, reason=spec["locked"])
    _date(topic, times)


def _date(topic, times):
    """Move a topic's posts, and what they caused, to when the demo says they happened."""
    Topic.objects.filter(pk=topic.pk).update(created_at=times[0])
    for post in Post.objects.filter(topic=topic):
        when = times[min(post.number, len(times)) - 1]
        Post.objects.filter(pk=post.pk).update(created_at=when)
        Notification.objects.filter(post=post).update(created_at=when)
    ModerationAction.objects.filter(topic=topic).update(created_at=times[-1])
    Topic.objects.filter(pk=topic.pk, accepted_post__isnull=False).update(accepted_at=times[-1])
    topic.refresh_from_db()
    services.refresh_counters(topic)


def _facilitator(community):
    membership = community.memberships.filter(role=Role.FACILITATOR).select_related("user").first()
    return membership.user


def _moderation_examples(communities, people, command):
    topic = Topic.objects.filter(title=HIDDEN_POST["topic"]).first()
    if topic and not Post.objects.filter(topic=topic, body_markdown=HIDDEN_POST["body"]).exists():
        post = services.reply(topic, people[HIDDEN_POST["author"]], body=HIDDEN_POST["body"])
        services.hide_post(post, by=people[HIDDEN_POST["hidden_by"]], reason=HIDDEN_POST["reason"])
        _date_after(topic, post, days=2)
        command.created("a hidden post")

    topic = Topic.objects.filter(title=REPORT["topic"]).first()
    post = topic and Post.objects.filter(topic=topic, number=REPORT["post_number"]).first()
    reporter = people[REPORT["reporter"]]
    if post and not Report.objects.filter(post=post, reporter=reporter).exists():
        services.report_post(
            post, reporter=reporter, reason=REPORT["reason"], details=REPORT["details"]
        )
        command.created("a reported post")

    topic = Topic.objects.filter(title=HELD_POST["topic"]).first()
    author = people[HELD_POST["author"]]
    if topic and not Post.objects.filter(topic=topic, body_markdown=HELD_POST["body"]).exists():
        services.add_member(topic.community, author)
        post = services.reply(topic, author, body=HELD_POST["body"])
        _date_after(topic, post, days=1)
        command.created("a post waiting for approval")


def _date_after(topic, post, days):
    when = (topic.last_post_at or topic.created_at) + timedelta(days=days)
    when = min(when, timezone.now() - timedelta(hours=1))
    Post.objects.filter(pk=post.pk).update(created_at=when)
    Notification.objects.filter(post=post).update(created_at=when)
    ModerationAction.objects.filter(post=post).update(created_at=when)
    services.refresh_counters(topic)
