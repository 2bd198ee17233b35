"""The site tree is built once per run and put back for each test that asks for it
(tests/site_snapshot.py): what a test gets must be what a fresh build gives, cheaply."""

from django.db import connection
from django.db.models import Max
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import CareModelPage, HomePage
from taxonomy.models import CareModel
from tests import site_snapshot
from tests.conftest import QuietCommand


def test_a_test_that_does_not_ask_for_the_tree_does_not_see_it(db):
    assert not HomePage.objects.exists()
    assert not CareModelPage.objects.exists()


def test_the_tree_is_put_back_in_a_few_statements_and_is_complete(db, client):
    def build_again():
        raise AssertionError("the tree was built again instead of put back")

    with CaptureQueriesContext(connection) as queries:
        site_snapshot.restore(build_again)
    # One count of every changed table, then a delete and an insert per table (one batch on
    # PostgreSQL); a build runs hundreds of queries.
    batches = 1 if connection.vendor == "postgresql" else 2 * len(site_snapshot._tables)
    assert len(queries) == 1 + batches
    # Building again finds nothing missing: the copy is the whole tree.
    command = QuietCommand()
    from home import site_tree

    site_tree.load(command)
    assert command.stdout._out.getvalue() == ""
    assert CareModelPage.objects.count() == CareModel.objects.count()
    assert client.get("/").status_code == 200
    assert client.get(CareModelPage.objects.first().url).status_code == 200


def test_pages_made_in_a_test_get_their_own_identifiers(site_tree):
    # The sequences stay past the copy's rows: a new page never collides with one of them.
    page = site_tree.add_child(instance=Page(title="Another", slug="another"))
    assert page.pk > Page.objects.exclude(pk=page.pk).aggregate(Max("pk"))["pk__max"]
