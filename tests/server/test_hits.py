"""Cached answers given before routing: the same bytes and headers as the route's own cached answer,
without the route's work; refusals and private reads still go through the route."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI
from fastapi.testclient import TestClient

from quotegraph.server.reads import no_nul

SEARCH = "/api/attributions?q=budget&limit=5"


def _guarded_calls(client: TestClient) -> list[int]:
    """Counts the requests that reach a read route's dependencies."""
    calls: list[int] = []

    async def counting() -> None:
        calls.append(1)

    assert isinstance(client.app, FastAPI)
    client.app.dependency_overrides[no_nul] = counting
    return calls


def test_a_request_line_answered_from_the_cache_skips_the_route(client: TestClient) -> None:
    calls = _guarded_calls(client)
    first = client.get(SEARCH)
    assert first.headers["X-Cache"] == "miss" and len(calls) == 1
    again = client.get(SEARCH)
    assert len(calls) == 1  # not routed
    by_route = client.get("/api/attributions?limit=5&q=budget")  # another line, the same cache key
    assert len(calls) == 2 and by_route.headers["X-Cache"] == "hit"
    assert again.content == first.content == by_route.content
    assert {k: v for k, v in again.headers.items()} == {k: v for k, v in by_route.headers.items()}


def test_refusals_and_misses_still_reach_the_route(client: TestClient, auth: dict[str, str]) -> None:
    calls = _guarded_calls(client)
    for _ in range(2):
        assert client.get("/api/attributions?limit=0").status_code == 400
    for _ in range(2):
        assert client.get("/api/articles/nobody").status_code == 404
    assert len(calls) == 4
    before = client.get(SEARCH).json()
    assert client.delete("/api/articles/cnn-1", headers=auth).status_code == 204  # the cache is emptied
    after = client.get(SEARCH)
    assert after.headers["X-Cache"] == "miss" and after.json() != before


def test_private_reads_are_never_answered_before_their_guard(client_for: Callable[..., TestClient]) -> None:
    with client_for(api_token="tok", public_reads=False) as private:
        assert private.get("/api/stats", headers={"Authorization": "Bearer tok"}).status_code == 200
        assert private.get("/api/stats", headers={"Authorization": "Bearer tok"}).headers["X-Cache"] == "hit"
        assert private.get("/api/stats").status_code == 401
