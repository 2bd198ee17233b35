"""`load_demo` builds the demo site once; running it again changes nothing."""

import stat

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from accounts.models import User
from home.models import CareModelPage, HomePage, VanguardIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def credentials_file(tmp_path, settings):
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "var" / "demo-credentials.txt"
    return settings.DEMO_CREDENTIALS_FILE


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", "latest_revision_id")),
        "users": sorted(User.objects.values_list("email", "password")),
        "site_root": Site.objects.get(is_default_site=True).root_page_id,
    }


def test_load_demo_builds_the_site_and_users(credentials_file, capsys):
    call_command("load_demo")
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert CareModelPage.objects.live().count() == 5
    assert VanguardIndexPage.objects.live().count() == 1
    assert User.objects.get(email="admin@demo.nhs.uk").is_superuser
    assert User.objects.get(email="editor@demo.nhs.uk").groups.filter(name="Editors").exists()
    contributor = User.objects.get(email="contributor@demo.nhs.uk")
    assert contributor.groups.filter(name="Contributors").exists()
    assert contributor.vanguard.slug == "sutton-homes-of-care"
    assert User.objects.filter(email__startswith="member").count() == 2
    out = capsys.readouterr().out
    assert "admin@demo.nhs.uk" in out


def test_running_load_demo_twice_changes_nothing(credentials_file):
    call_command("load_demo")
    first = snapshot()
    call_command("load_demo")
    assert snapshot() == first


def test_demo_passwords_are_generated_per_install_and_printed(credentials_file, capsys, client):
    call_command("load_demo")
    out = capsys.readouterr().out
    line = [line for line in out.splitlines() if "editor@demo.nhs.uk" in line][-1]
    password = line.split()[-1]
    assert len(password) >= 12
    assert client.login(username="editor@demo.nhs.uk", password=password)
    # Kept only for this machine's user.
    assert stat.S_IMODE(credentials_file.stat().st_mode) == 0o600


def test_two_installs_get_different_passwords(credentials_file, capsys, tmp_path, settings):
    call_command("load_demo")
    first = credentials_file.read_text()
    call_command("load_demo", "--reset-passwords")
    assert credentials_file.read_text() != first


def test_credentials_flag_prints_without_changing_anything(credentials_file, capsys):
    call_command("load_demo")
    before = snapshot()
    capsys.readouterr()
    call_command("load_demo", "--credentials")
    assert "contributor@demo.nhs.uk" in capsys.readouterr().out
    assert snapshot() == before
