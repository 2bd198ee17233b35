"""`load_demo` adds the communities of practice, with realistic discussion, once."""

import pytest
from django.core import mail
from django.core.management import call_command

from accounts.models import User
from communities.models import (
    Community,
    HelpfulMark,
    JoinRequest,
    Membership,
    Notification,
    Post,
    Report,
    Role,
    Topic,
    Visibility,
    Watch,
)
from communities.permissions import CommunityAccess

pytestmark = pytest.mark.django_db


@pytest.fixture
def credentials_file(tmp_path, settings):
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "var" / "demo-credentials.txt"
    return settings.DEMO_CREDENTIALS_FILE


def snapshot():
    return {
        "communities": sorted(
            Community.objects.values_list("slug", "topics_count", "posts_count", "last_post_at")
        ),
        "topics": sorted(Topic.objects.values_list("pk", "title", "posts_count", "is_pinned")),
        "posts": Post.objects.count(),
        "members": Membership.objects.count(),
        "users": sorted(User.objects.values_list("email", "password")),
        "notifications": Notification.objects.count(),
        "helpful": HelpfulMark.objects.count(),
        "watches": Watch.objects.count(),
        "reports": Report.objects.count(),
    }


def test_demo_communities_people_and_discussion(
    credentials_file, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    care_model_communities = Community.objects.filter(care_model__isnull=False)
    assert care_model_communities.count() == 5
    assert {c.care_model.short_name for c in care_model_communities} == {
        "PACS",
        "MCP",
        "EHCH",
        "UEC",
        "ACC",
    }
    topic_communities = Community.objects.filter(care_model__isnull=True)
    assert topic_communities.count() >= 2
    assert topic_communities.filter(
        name="Evaluation leads network", visibility=Visibility.PRIVATE
    ).exists()
    assert Topic.objects.count() >= 30
    assert Post.objects.filter(is_approved=True, hidden_at__isnull=True).count() >= 150
    assert Post.objects.values("author").distinct().count() >= 10
    # Nothing in the demo is e-mailed.
    assert mail.outbox == []
    assert not Notification.objects.filter(email_state="pending").exists()

    # People and their roles.
    grace = User.objects.get(email="member@demo.nhs.uk")
    assert Membership.objects.filter(user=grace).count() == 2
    sam = User.objects.get(email="member2@demo.nhs.uk")
    assert Membership.objects.filter(user=sam, role=Role.FACILITATOR).count() == 1
    editor = User.objects.get(email="editor@demo.nhs.uk")
    private = Community.objects.get(name="Evaluation leads network")
    assert CommunityAccess.for_user(editor).can_moderate(private)
    assert not CommunityAccess.for_user(grace).can_read(private)
    for user in User.objects.filter(email__endswith="@demo.nhs.uk").exclude(
        email__in=[
            "admin@demo.nhs.uk",
            "editor@demo.nhs.uk",
            "contributor@demo.nhs.uk",
            "member@demo.nhs.uk",
            "member2@demo.nhs.uk",
        ]
    ):
        assert not user.has_usable_password()
    # The moderation queue has something in it, and a request waits.
    assert Post.objects.filter(hidden_at__isnull=False).exclude(hide_reason="").exists()
    assert Post.objects.filter(is_approved=False).exists()
    assert Report.objects.filter(resolved_at__isnull=True).exists()
    assert JoinRequest.objects.filter(status="pending").exists()


def test_running_the_demo_twice_changes_nothing(credentials_file):
    call_command("load_demo")
    first = snapshot()
    call_command("load_demo")
    assert snapshot() == first
