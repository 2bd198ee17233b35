"""Demo communities of practice from demo/communities/: one folder per community
(`community.md`: its settings as front matter, its description as the body) holding one file per
topic (front matter: title, tags, days_ago, and optionally page, pinned, locked; body: one
`# @person {options}` section per post, oldest first). demo/communities/moderation.toml adds a
hidden post, an open report, a post held for approval and requests to join.

Content goes through communities.services like any member's post, then is dated into the past.
Notifications it causes stay in the notification centre but are never e-mailed.
"""

from datetime import timedelta

from django.core.management.base import CommandError
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from communities import services
from communities.models import (
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
from communities.permissions import CommunityAccess
from taxonomy.models import CareModel

from . import users
from .files import DemoFileError, files, read, read_toml
from .paths import demo_dir

READ_AFTER_DAYS = 12
POST_OPTIONS = {"helpful", "accepted"}


def folders():
    """[(community file, [topic files])] in name order."""
    found = []
    for folder in sorted(p for p in demo_dir("communities").iterdir() if p.is_dir()):
        topics = [read(path) for path in files(folder) if path.name != "community.md"]
        found.append((read(folder / "community.md"), topics))
    return found


def posts(topic_file):
    """[(person key, Markdown, options)] of a topic file."""
    found = []
    for section in topic_file.sections():
        if not section.heading.startswith("@"):
            raise topic_file.error(section.line, "a post starts with `# @person`")
        options = topic_file.attrs(section)
        unknown = set(options) - POST_OPTIONS
        if unknown:
            raise topic_file.error(section.line, f"unknown post options: {sorted(unknown)}")
        found.append((section.heading[1:], section.text, options))
    if not found:
        raise DemoFileError(f"{topic_file.path}: a topic needs at least one post")
    return found


def load(command):
    started = timezone.now()
    last_notification = Notification.objects.order_by("-pk").values_list("pk", flat=True).first()
    people = users.by_key()
    everyone = folders()
    communities, new_communities = {}, set()
    for community_file, _topics in everyone:
        spec = community_file.meta
        community, created = _community(spec, community_file.body.strip(), people)
        communities[spec["key"]] = community
        if created:
            new_communities.add(spec["key"])
            command.created(f"community {community.name}")

    # Grace watches her care model's community, so the demo fills her notification centre.
    services.set_watch(
        _person(people, "grace"),
        community=communities["mcp"],
        level=WatchLevel.WATCHING,
        only_if_new=True,
    )
    count = 0
    for community_file, topics in everyone:
        community = communities[community_file.meta["key"]]
        for topic_file in topics:
            title = topic_file.meta["title"]
            if not Topic.objects.filter(community=community, title=title).exists():
                _topic(topic_file, community, people)
                count += 1
    if count:
        command.created(f"{count} community topics")

    for community_file, _topics in everyone:
        spec = community_file.meta
        community = communities[spec["key"]]
        if spec.get("first_post_moderation") and spec["key"] in new_communities:
            community.first_post_moderation = True
            services.save_community(community)
    moderation = read_toml(demo_dir("communities", "moderation.toml"))
    _moderation_examples(moderation, people, command)
    for row in moderation.get("join_requests", []):
        community, person = communities[row["community"]], _person(people, row["person"])
        if not JoinRequest.objects.filter(community=community, user=person).exists():
            services.request_to_join(community, person, row["reason"])
            command.created(f"request to join {community.name}")

    made = Notification.objects.filter(pk__gt=last_notification or 0)
    made.filter(email_state=EmailState.PENDING).update(email_state=EmailState.SKIPPED)
    made.filter(created_at__lt=started - timedelta(days=READ_AFTER_DAYS)).update(
        read_at=F("created_at")
    )


def _person(people, key):
    if key not in people:
        raise CommandError(f"Demo person “{key}” is missing: is it in demo/people.toml?")
    return people[key]


def _community(spec, description, people):
    community = Community.objects.filter(name=spec["name"]).first()
    if community is not None:
        return community, False
    care_model = spec.get("care_model")
    community = services.save_community(
        Community(
            name=spec["name"],
            care_model=CareModel.objects.filter(slug=care_model).first() if care_model else None,
            summary=spec["summary"],
            description=description,
            visibility=Visibility.PRIVATE if spec["visibility"] == "private" else Visibility.OPEN,
        ),
        facilitators=[_person(people, key) for key in spec["facilitators"]],
    )
    for key in spec["members"]:
        services.add_member(community, _person(people, key))
    return community, True


def _topic(topic_file, community, people):
    spec = topic_file.meta
    items = posts(topic_file)
    for key in {item[0] for item in items}:
        if not CommunityAccess.for_user(_person(people, key)).is_member(community):
            services.add_member(community, people[key])
    start = (timezone.now() - timedelta(days=spec["days_ago"])).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    # Replies come through the working day: three a day, morning, midday and afternoon.
    times = [
        start + timedelta(days=i // 3, hours=3 * (i % 3), minutes=(17 * i) % 50)
        for i in range(len(items))
    ]
    page = Page.objects.live().filter(slug=spec["page"]).first() if spec.get("page") else None
    author_key, body, _options = items[0]
    starter = people[author_key]
    topic = services.create_topic(
        community, starter, title=spec["title"], body=body, tags=spec.get("tags", ()), page=page
    )
    for key, body, options in items[1:]:
        post = services.reply(topic, people[key], body=body)
        for marker in options.get("helpful", ()):
            services.toggle_helpful(post, _person(people, marker))
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


def _moderation_examples(moderation, people, command):
    hidden = moderation["hidden_post"]
    topic = Topic.objects.filter(title=hidden["topic"]).first()
    if topic and not Post.objects.filter(topic=topic, body_markdown=hidden["body"]).exists():
        post = services.reply(topic, _person(people, hidden["author"]), body=hidden["body"])
        services.hide_post(post, by=_person(people, hidden["hidden_by"]), reason=hidden["reason"])
        _date_after(topic, post, days=2)
        command.created("a hidden post")

    report = moderation["report"]
    topic = Topic.objects.filter(title=report["topic"]).first()
    post = topic and Post.objects.filter(topic=topic, number=report["post_number"]).first()
    reporter = _person(people, report["reporter"])
    if post and not Report.objects.filter(post=post, reporter=reporter).exists():
        services.report_post(
            post, reporter=reporter, reason=report["reason"], details=report["details"]
        )
        command.created("a reported post")

    held = moderation["held_post"]
    topic = Topic.objects.filter(title=held["topic"]).first()
    author = _person(people, held["author"])
    if topic and not Post.objects.filter(topic=topic, body_markdown=held["body"]).exists():
        services.add_member(topic.community, author)
        post = services.reply(topic, author, body=held["body"])
        _date_after(topic, post, days=1)
        command.created("a post waiting for approval")


def _date_after(topic, post, days):
    when = (topic.last_post_at or topic.created_at) + timedelta(days=days)
    when = min(when, timezone.now() - timedelta(hours=1))
    Post.objects.filter(pk=post.pk).update(created_at=when)
    Notification.objects.filter(post=post).update(created_at=when)
    ModerationAction.objects.filter(post=post).update(created_at=when)
    services.refresh_counters(topic)
