"""One JSON error shape for every failure: limits, unknown routes and methods, a failing store, a bug."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from quotegraph.errors import StoreError
from quotegraph.server import create_app
from quotegraph.server.errors import Busy
from quotegraph.settings import Settings
from quotegraph.store import Store

from .answers import api_error


def test_a_body_over_the_limit_is_413(client: TestClient, auth: dict[str, str]) -> None:
    big = {"text": "x" * 25_000}  # max_body_bytes is 20,000 in these tests
    assert "20,000" in api_error(client.post("/api/extract", json=big), 413, "too_large")
    api_error(client.post("/api/articles", json={"articles": [big]}, headers=auth), 413, "too_large")


def test_a_chunked_body_over_the_limit_is_413(client: TestClient, extractor: Any) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(30):
            yield b"x" * 1000
        yield b'"}'

    response = client.post("/api/extract", content=chunks(), headers={"Content-Type": "application/json"})
    api_error(response, 413, "too_large")
    assert extractor.calls == 0


def test_a_chunked_body_under_the_limit_is_read_whole(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "\\"Yes,\\" Bo Dee'
        yield b' said."}'

    response = client.post("/api/extract", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 200 and response.json()["attributions"][0]["speaker"]["name"] == "Bo Dee"


def test_a_content_length_that_is_not_a_number_is_400(client: TestClient) -> None:
    response = client.post("/api/extract", content=b"{}", headers={"Content-Length": "many"})
    api_error(response, 400, "invalid_request")


def test_unknown_routes_and_methods(client: TestClient) -> None:
    assert "/api/nothing" in api_error(client.get("/api/nothing"), 404, "not_found")
    response = client.put("/api/stats")
    api_error(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "GET"
    response = client.put("/api/articles/nyt-1")
    api_error(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "DELETE, GET"  # two routes share the path


def test_a_failed_page_request_is_an_html_page_with_the_same_status(client: TestClient) -> None:
    """A browser asking for a page gets a page; only /api answers JSON."""
    missing = client.get("/nothing/at/all")
    assert (missing.status_code, missing.headers["content-type"]) == (404, "text/html; charset=utf-8")
    assert "<h1>Not found</h1>" in missing.text and "<p>no such resource: /nothing/at/all</p>" in missing.text
    wrong = client.put("/search")
    assert (wrong.status_code, wrong.headers["content-type"]) == (405, "text/html; charset=utf-8")
    assert "<p>PUT is not allowed on /search</p>" in wrong.text and wrong.headers["allow"] == "GET"


class FailingStore:
    """A store whose every call fails as a database that went away does."""

    url = "postgresql://quotegraph:hunter2@db.internal/corpus"

    def __init__(self, error: Exception) -> None:
        self.error = error

    def __getattr__(self, name: str) -> Callable[..., Any]:
        def fail(*args: object, **kwargs: object) -> Any:
            raise self.error

        return fail


@pytest.mark.parametrize(
    "path",
    ["/api/stats", "/api/attributions?q=budget", "/api/speakers", "/api/speakers/1", "/api/articles/a", "/api/outlets"],
)
def test_a_failing_store_is_503_with_a_plain_message(client_for: Callable[..., TestClient], path: str) -> None:
    store: Any = FailingStore(StoreError(f"{FailingStore.url}: connection refused"))
    with client_for(given_store=store) as failing:
        message = api_error(failing.get(path), 503, "store_unavailable")
    assert "hunter2" not in message and "postgresql" not in message


def test_a_failing_store_on_write_is_503(client_for: Callable[..., TestClient]) -> None:
    store: Any = FailingStore(StoreError("disk I/O error"))
    with client_for(given_store=store, api_token="t") as failing:
        response = failing.post(
            "/api/articles", json={"articles": [{"text": "x"}]}, headers={"Authorization": "Bearer t"}
        )
        api_error(response, 503, "store_unavailable")


def test_a_bug_is_500_without_a_stack_trace(client_for: Callable[..., TestClient]) -> None:
    store: Any = FailingStore(ZeroDivisionError("secret internals"))
    with client_for(given_store=store) as buggy:
        response = buggy.get("/api/stats")
    message = api_error(response, 500, "internal_error")
    assert "secret" not in response.text and "Traceback" not in response.text and "ZeroDivision" not in message


def test_the_store_given_is_not_closed_by_the_app(client_for: Callable[..., TestClient], store: Store) -> None:
    with client_for() as first:
        assert first.get("/api/stats").status_code == 200
    assert store.stats().articles == 4


class BusyExtractor:
    async def extract(self, **given: object) -> Any:
        raise Busy("8 extractions are already waiting: try again in a few seconds")


def test_a_full_extraction_queue_is_503_with_retry_after(settings: Settings, store: Store) -> None:
    extractor: Any = BusyExtractor()
    with TestClient(create_app(settings, store, extractor)) as client:
        response = client.post("/api/extract", json={"text": "Some text."})
    api_error(response, 503, "busy")
    assert response.headers["retry-after"] == "5"
