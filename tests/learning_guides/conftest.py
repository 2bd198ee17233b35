import pytest

from tests.factories import UserFactory

from .factories import guide_index


@pytest.fixture
def index(site_tree):
    return guide_index(site_tree)


@pytest.fixture
def superuser(db):
    return UserFactory(is_superuser=True, is_staff=True)


@pytest.fixture
def contributor(db):
    return UserFactory(groups=["Contributors"])
