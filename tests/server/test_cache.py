"""The answers cache: bounded, least recently used out first, emptied when the corpus changes,
whoever changes it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from quotegraph.server import cache as cache_module
from quotegraph.server.cache import WATCH_INTERVAL, ResponseCache, SharedCache, corpus_version
from quotegraph.settings import Settings
from quotegraph.store import Store, open_store


def test_least_recently_used_answers_go_first_within_the_bound() -> None:
    cache = ResponseCache(max_bytes=80, version=lambda: 1)
    for key in "abcd":
        cache.put(key, b"x" * 20, cache.generation)
    assert cache.get("a") == b"x" * 20  # a is now the most recent
    cache.put("e", b"y" * 20, cache.generation)  # 100 bytes: the least recent (b) goes
    assert [cache.get(k) is not None for k in "abcde"] == [True, False, True, True, True]
    cache.put("f", b"z" * 21, cache.generation)  # over a quarter of the bound: not kept
    assert cache.get("f") is None


def test_a_new_corpus_version_empties_the_cache() -> None:
    version = [1]
    cache = ResponseCache(max_bytes=1000, version=lambda: version[0])
    cache.get("warm-up")
    cache.put("a", b"1", cache.generation)
    assert cache.get("a") == b"1"
    version[0] = 2
    assert cache.get("a") is None


def test_an_answer_computed_across_a_clearing_is_not_kept() -> None:
    cache = ResponseCache(max_bytes=1000, version=lambda: 1)
    generation = cache.generation
    cache.clear()  # a write happened while the answer was being computed
    cache.put("a", b"old", generation)
    assert cache.get("a") is None


def test_workers_share_answers_and_their_clearing(tmp_path: Path) -> None:
    """Two worker processes' caches over one file: what one keeps the other finds, a corpus change
    either sees empties both, and an answer computed across it by the other is not kept."""
    version = [1]
    first = SharedCache(tmp_path / "answers.db", max_bytes=1000, version=lambda: version[0])
    second = SharedCache(tmp_path / "answers.db", max_bytes=1000, version=lambda: 1)
    key = ("attributions", ("budget", 20))
    first.put(key, b"page", first.generation)
    assert second.get(("attributions", ("budget", 20))) == b"page"
    assert second.get(("attributions", ("budget", 21))) is None
    before = second.generation
    version[0] = 2  # the first worker sees the corpus change
    assert first.get(key) is None
    assert second.get(key) is None
    second.put(("stats",), b"old", before)  # computed before the change: not kept
    assert first.get(("stats",)) is None
    second.put(("stats",), b"new", second.generation)
    assert first.get(("stats",)) == b"new"


def test_the_shared_file_keeps_its_bound_oldest_out_first(tmp_path: Path) -> None:
    cache = SharedCache(tmp_path / "answers.db", max_bytes=80, version=lambda: 1)
    for key in "abcd":
        cache.put(key, b"x" * 20, cache.generation)
    cache.put("b", b"w" * 20, cache.generation)  # stored again: now the newest
    cache.put("e", b"y" * 20, cache.generation)  # 100 bytes: the oldest (a) goes
    assert [cache.get(k) is not None for k in "abcde"] == [False, True, True, True, True]
    cache.put("f", b"z" * 21, cache.generation)  # over a quarter of the bound: not kept
    assert cache.get("f") is None
    cache.put("g", b"v" * 20, cache.generation)
    assert [cache.get(k) is not None for k in "bcdeg"] == [True, False, True, True, True]


def test_sqlite_commits_from_another_connection_change_the_version(
    settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a clock the test moves, not the wall's: a loaded machine taking more than WATCH_INTERVAL between two lines
    would read the version early and fail a cache that works."""
    now = [1000.0]
    monkeypatch.setattr(cache_module, "time", SimpleNamespace(monotonic=lambda: now[0]))
    version = corpus_version(store)
    before = version()
    now[0] += 2 * WATCH_INTERVAL  # read again: unchanged (steps well off the interval, clear of float rounding)
    assert version() == before
    other = open_store(settings.db)
    other.delete("nyt-2")
    other.close()
    now[0] += WATCH_INTERVAL / 2
    assert version() == before  # read again only after WATCH_INTERVAL
    now[0] += WATCH_INTERVAL
    assert version() != before


@pytest.fixture(autouse=True)
def one_ttl_period(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wrapped store (``CountingStore``) is no ``SqliteStore``, so its version is the current TTL period:
    a test straddling a period's end saw its cache emptied (seen under load, tests in two processes)."""
    monkeypatch.setattr(cache_module, "UNWATCHED_TTL", 3600.0)


class CountingStore:
    """The store, counting the searches that reach it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.searches = 0

    def search(self, query: Any) -> Any:
        self.searches += 1
        return self.store.search(query)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def test_repeated_reads_are_answered_from_the_cache_until_a_write(
    client_for: Callable[..., TestClient], store: Store, auth: dict[str, str], settings: Settings
) -> None:
    counting: Any = CountingStore(store)
    with client_for(given_store=counting, api_token=auth["Authorization"].split()[1]) as client:
        first = client.get("/api/attributions", params={"q": "budget"}).json()
        assert client.get("/api/attributions", params={"q": "budget"}).json() == first
        assert counting.searches == 1
        assert client.delete("/api/articles/cnn-1", headers=auth).status_code == 204
        after = client.get("/api/attributions", params={"q": "budget"}).json()
        assert counting.searches == 2 and len(after["items"]) == len(first["items"]) - 1


def test_a_write_by_another_process_is_seen_within_the_watch_interval(client: TestClient, settings: Settings) -> None:
    assert client.get("/api/stats").json()["articles"] == 4
    other = open_store(settings.db)  # as `quotegraph ingest` would, beside the server
    other.delete("nyt-2")
    other.close()
    time.sleep(WATCH_INTERVAL)
    assert client.get("/api/stats").json()["articles"] == 3


def test_no_cache_when_its_size_is_zero(client_for: Callable[..., TestClient], store: Store, tmp_path: Path) -> None:
    counting: Any = CountingStore(store)
    with client_for(given_store=counting, query_cache_bytes=0) as client:
        for _ in range(3):
            client.get("/api/attributions", params={"speaker": "Lopez"})
    assert counting.searches == 3


def test_two_workers_over_one_answers_file_answer_from_each_others_cache(
    client_for: Callable[..., TestClient], store: Store, auth: dict[str, str], tmp_path: Path
) -> None:
    counting: Any = CountingStore(store)
    shared = str(tmp_path / "answers.db")
    token = auth["Authorization"].split()[1]
    with (
        client_for(given_store=counting, shared_cache=shared, api_token=token) as one,
        client_for(given_store=counting, shared_cache=shared, api_token=token) as other,
    ):
        first = one.get("/api/attributions", params={"q": "budget"})
        again = other.get("/api/attributions", params={"q": "budget"})
        assert (first.headers["X-Cache"], again.headers["X-Cache"]) == ("miss", "hit")
        assert again.content == first.content and counting.searches == 1
        assert one.delete("/api/articles/cnn-1", headers=auth).status_code == 204
        after = other.get("/api/attributions", params={"q": "budget"})
        assert after.headers["X-Cache"] == "miss" and counting.searches == 2
