"""The home page, hubs, directory and footer pages moved from the `core` app to `home` (issue
12). A site migrated from the old schema must keep every page: same ids, same content type ids,
served by the new models. The migration runs on its own SQLite file in a separate process, so
the test database is not touched."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import io, json
from django.core.management import call_command
from django.db import connection

def run(*args):
    call_command(*args, stdout=io.StringIO(), stderr=io.StringIO())

def snapshot():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT p.id, p.title, ct.id, ct.app_label, ct.model FROM wagtailcore_page p "
            "JOIN django_content_type ct ON ct.id = p.content_type_id ORDER BY p.id"
        )
        pages = cursor.fetchall()
        cursor.execute("SELECT app_label FROM django_content_type WHERE model = 'homepage'")
        labels = sorted(row[0] for row in cursor.fetchall())
    tables = sorted(
        t for t in connection.introspection.table_names() if t.startswith(("core_", "home_"))
    )
    return {"pages": pages, "tables": tables, "homepage_types": labels}

run("migrate", "--no-input")
run("setup_site")
# The old schema, as a site running the code before the move has it, with its pages in it.
run("migrate", "home", "zero", "--no-input")
run("migrate", "core", "0002", "--no-input")
before = snapshot()
run("migrate", "--no-input")
after = snapshot()

from wagtail.models import Page
from home.models import CareModelPage
served = sorted(
    (page.pk, type(page).__module__, type(page).__name__) for page in Page.objects.specific()
)
hub = CareModelPage.objects.select_related("care_model").first()
print(json.dumps({
    "before": before, "after": after, "served": served,
    "hub": [hub.title, hub.care_model.name],
}))
"""


def test_a_site_migrated_from_core_keeps_its_pages_under_home(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'old-site.sqlite3'}",
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    before, after = result["before"], result["after"]

    # The old schema really was the old one: core's tables and content types.
    assert "core_homepage" in before["tables"] and "home_homepage" not in before["tables"]
    old_types = {(app, model) for _, _, _, app, model in before["pages"]}
    assert ("core", "homepage") in old_types and ("core", "caremodelpage") in old_types

    # Every page is still there, with the same id, title and content type id, now under home.
    assert [p[:3] for p in after["pages"]] == [p[:3] for p in before["pages"]]
    moved = {model for _, _, _, app, model in after["pages"] if app == "home"}
    assert moved == {
        "homepage",
        "caremodelindexpage",
        "caremodelpage",
        "vanguardindexpage",
        "informationpage",
    }
    assert not any(app == "core" for _, _, _, app, _ in after["pages"])
    assert after["tables"] == sorted(t.replace("core_", "home_") for t in before["tables"])
    # One content type per model: the one the pages point at, not a second, empty one.
    assert after["homepage_types"] == ["home"]

    # And the new models serve them, with their own fields' data intact.
    served = {name for _, module, name in result["served"] if module == "home.models"}
    assert {"HomePage", "CareModelPage", "VanguardIndexPage", "InformationPage"} <= served
    title, care_model = result["hub"]
    assert title == care_model
