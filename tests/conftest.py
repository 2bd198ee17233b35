import io

import pytest
from django.core.management.base import OutputWrapper

from tests.factories import UserFactory


class QuietCommand:
    """Stands in for the load_demo command: demo loaders only report through it."""

    reset_passwords = False

    def __init__(self):
        self.stdout = OutputWrapper(io.StringIO())

    def created(self, what):
        self.stdout.write(what)


@pytest.fixture
def site_tree(db):
    """The demo page tree: home page, care model hubs and the vanguard directory."""
    from core import site_tree
    from core.models import HomePage

    site_tree.load(QuietCommand())
    return HomePage.objects.get()


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def editor(db):
    return UserFactory(groups=["Editors"])


@pytest.fixture(autouse=True)
def clear_cache():
    """Each test starts with an empty cache, as the database is rolled back between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
