"""The analytics routes over the hand-made analytics corpus of tests/conftest.py (14 statements:
Trump 6, Hillary Clinton 4, Ana Ruiz 2, Greenpeace 1, Bill Clinton 1; nyt 7, wash-post 5, usa-today 1)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from quotegraph.store import Store

from .answers import api_error


@pytest.fixture
def api(client_for: Callable[..., TestClient], analytics_store: Store) -> TestClient:
    return client_for(given_store=analytics_store)


def test_quoted_ranks_each_group(api: TestClient) -> None:
    answer = api.get("/api/analytics/quoted", params={"by": "outlet", "top": 1}).json()
    assert answer["by"] == "outlet" and answer["since"] is None
    assert [(g["group"], g["statements"], [s["name"] for s in g["speakers"]]) for g in answer["groups"]] == [
        ("nyt", 7, ["Hillary Clinton"]),
        ("usa-today", 1, ["Hillary Clinton"]),
        ("wash-post", 5, ["Donald Trump"]),
    ]
    weeks = api.get("/api/analytics/quoted", params={"by": "week", "since": "2016-02"}).json()["groups"]
    assert [g["group"] for g in weeks] == ["2016-W06", "2016-W07", "2016-W09"]


def test_pair_gives_each_side_per_outlet_with_its_shares(api: TestClient) -> None:
    answer = api.get("/api/analytics/pair", params={"a": "Clinton", "b": "Donald Trump"}).json()
    assert [[s["name"] for s in side["speakers"]] for side in answer["sides"]] == [
        ["Hillary Clinton", "Bill Clinton"],
        ["Donald Trump"],
    ]
    whole, *outlets = answer["outlets"]
    assert whole["outlet"] is None and whole["statements"] == 14
    assert [s["statements"] for s in whole["sides"]] == [5, 6]
    wash_post = next(o for o in outlets if o["outlet"] == "wash-post")
    assert wash_post["sides"][1] == {"statements": 3, "pair_share": 0.75, "outlet_share": 0.6}


def test_genders_count_statements_by_their_articles_pronouns(
    api: TestClient, analytics_store: Store, store_pronouns: Callable[[Store], None]
) -> None:
    store_pronouns(analytics_store)
    assert isinstance(api.app, FastAPI)
    api.app.state.cache.clear()  # the file changed under the test, not through the API
    answer = api.get("/api/analytics/genders", params={"until": "2016-01"}).json()
    assert answer["until"] == "2016-01-31" and answer["outlets"][0] == {
        "outlet": None,
        "he": 5,
        "she": 1,
        "they": 0,
        "unknown": 1,
    }


def test_everything_answers_what_the_report_shows(api: TestClient) -> None:
    answer = api.get("/api/analytics", params={"a": "Ana Ruiz", "top": 2, "period": "week"}).json()
    assert set(answer) == {"request", "quoted", "by_outlet", "by_period", "timeline", "pairs", "genders"}
    assert answer["request"]["pairs"] == [["Ana Ruiz", ""]] and answer["request"]["period"] == "week"
    assert [s["name"] for s in answer["quoted"]["speakers"]] == ["Donald Trump", "Hillary Clinton"]
    assert [side["name"] for side in answer["pairs"][0]["sides"]] == ["Ana Ruiz", "Donald Trump"]
    again = api.get("/api/analytics", params={"a": "Ana Ruiz", "top": 2, "period": "week"})
    assert again.headers["X-Cache"] == "hit"


@pytest.mark.parametrize(
    ("path", "params", "code"),
    [
        ("/api/analytics/quoted", {"by": "year"}, "invalid_request"),
        ("/api/analytics/quoted", {"top": 51}, "invalid_request"),
        ("/api/analytics/quoted", {"since": "2016-02-30"}, "invalid_query"),
        ("/api/analytics/pair", {"a": "Trump"}, "invalid_request"),
        ("/api/analytics/pair", {"a": "Clinton", "b": "Bill Clinton"}, "invalid_query"),
        ("/api/analytics/pair", {"a": "Trump", "b": "TRUMP"}, "invalid_query"),
        ("/api/analytics", {"since": "2016-03", "until": "2016-01"}, "invalid_query"),
    ],
)
def test_bad_requests_are_400_with_the_error_shape(
    api: TestClient, path: str, params: dict[str, Any], code: str
) -> None:
    api_error(api.get(path, params=params), 400, code)


def test_an_empty_corpus_answers_empty_figures(client_for: Callable[..., TestClient], tmp_path: Any) -> None:
    from quotegraph.store import open_store

    empty = open_store(tmp_path / "empty.db")
    api = client_for(given_store=empty)
    assert api.get("/api/analytics/quoted", params={"by": "month"}).json()["groups"] == []
    answer = api.get("/api/analytics").json()
    assert answer["quoted"] == {"group": "", "statements": 0, "speakers": []} and answer["pairs"] == []
    empty.close()
