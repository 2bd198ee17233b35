"""Each process keeps fragments in memory in front of the shared cache (core/fragments.py):
never another reader's content, never yesterday's after a change, never a value one request
changed for the next."""

import pytest
from django.core.cache import cache

from core import fragments, structure

pytestmark = pytest.mark.django_db


def test_a_value_changed_by_one_request_is_not_what_the_next_gets():
    layer = fragments.LocalLayer(1024 * 1024)
    layer.set("k", {"items": [1, 2]}, 60)
    first = layer.get("k")
    first["items"].append(3)
    assert layer.get("k") == {"items": [1, 2]}


def test_the_layer_keeps_within_its_bytes_oldest_out_first():
    layer = fragments.LocalLayer(8_000)
    for n in range(20):
        layer.set(f"k{n}", "x" * 500, 60)
    assert layer.size <= 8_000
    assert layer.get("k0") is None
    assert layer.get("k19") == "x" * 500


def test_an_expired_value_is_not_served(monkeypatch):
    layer = fragments.LocalLayer(1024 * 1024)
    layer.set("k", "old", 60)
    now = fragments.time.monotonic()
    monkeypatch.setattr(fragments.time, "monotonic", lambda: now + 61)
    assert layer.get("k") is None


def test_a_change_to_the_structure_is_seen_through_the_memory_layer():
    assert structure.cached("menu-test", lambda: "before") == "before"
    assert structure.cached("menu-test", lambda: "not built") == "before"  # from memory
    structure.invalidate_structure()
    assert structure.cached("menu-test", lambda: "after") == "after"


def test_a_cleared_shared_cache_never_brings_back_what_memory_holds():
    """Versions are random tokens: after the shared cache is emptied, the new version names
    new keys, and the old values kept in memory cannot be found by them."""
    assert structure.cached("menu-test", lambda: "before") == "before"
    cache.clear()
    fragments.forget_request_tokens()
    assert structure.cached("menu-test", lambda: "after") == "after"
