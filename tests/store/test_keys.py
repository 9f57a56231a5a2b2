from __future__ import annotations

import msgspec
import pytest

from quotegraph.model import ArticleResult
from quotegraph.store.about import mentioned_entities
from quotegraph.store.keys import is_named, normalize_name, outlet_of, published_day


@pytest.mark.parametrize(
    ("name", "key"),
    [("Karla Sofía Gascón", "karla sofia gascon"), ("The White House", "white house"), ("  O'Rourke ", "o rourke")],
)
def test_normalize_name(name: str, key: str) -> None:
    assert normalize_name(name) == key


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("Jacques Audiard", True),
        ("The Hollywood Reporter", True),
        ("the actress", False),
        ("The senator", False),
        ("people", False),
    ],
)
def test_is_named(name: str, named: bool) -> None:
    assert is_named(name) is named


def test_outlet_comes_from_a_field_else_the_url_host() -> None:
    result = ArticleResult(id="x", entities=(), attributions=(), url="https://www.example.co.uk/a")
    assert outlet_of(result) == "example.co.uk"
    assert outlet_of(msgspec.structs.replace(result, meta={"publisher": "nyt"})) == "nyt"
    assert outlet_of(msgspec.structs.replace(result, url=None)) is None


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2025-02-01T10:00:00Z", "2025-02-01"),
        ("Feb 1", None),
        (None, None),
        ("2020-02-31", None),
        ("2020-02-31T10", None),
    ],
)
def test_published_day(value: str | None, day: str | None) -> None:
    assert published_day(value) == day


def test_mentioned_entities_leave_out_the_speaker(populated_result: ArticleResult) -> None:
    # the fixture's only entity is its speaker, mentioned outside the content
    assert mentioned_entities(populated_result) == [[]]
