"""Extracting, storing and deleting over the API: bodies, limits and tokens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from quotegraph.server.wire import MAX_ARTICLES_PER_REQUEST

from .answers import api_error

TEXT = '"We shall see," Paul Grant said.'
HTML = (Path(__file__).resolve().parents[1] / "fixtures" / "budget.html").read_text(encoding="utf-8")


def test_extract_text_gives_a_result_and_stores_nothing(client: TestClient) -> None:
    before = client.get("/api/stats").json()
    response = client.post("/api/extract", json={"text": TEXT, "published": "2025-02-01"})
    assert response.status_code == 200
    result = response.json()
    assert result["published"] == "2025-02-01" and result["schema_version"] == "1.1"
    assert [a["speaker"]["name"] for a in result["attributions"]] == ["Paul Grant"]
    assert client.get("/api/stats").json() == before


def test_extract_html_reads_the_main_text(client: TestClient) -> None:
    response = client.post("/api/extract", json={"html": HTML})
    assert response.status_code == 200, response.text
    assert "budget" in response.json()["text"].lower() and "<" not in response.json()["text"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({}, "invalid_request"),
        ({"text": "a", "html": "<p>a</p>"}, "invalid_request"),
        ({"text": 42}, "invalid_request"),
        ({"text": None}, "invalid_request"),
        ({"text": "a", "published": "Friday"}, "invalid_request"),
        ({"text": "a", "published": "2025-02-31"}, "invalid_request"),
        ({"text": "a", "extra": 1}, "invalid_request"),
        (["text"], "invalid_request"),
        ({"text": "   "}, "invalid_input"),
        ({"html": "<html><body></body></html>"}, "invalid_input"),
    ],
)
def test_extract_refuses_bad_bodies_with_400(client: TestClient, body: object, code: str) -> None:
    api_error(client.post("/api/extract", json=body), 400, code)


def test_extract_refuses_a_navigation_only_page_with_its_reason(client: TestClient) -> None:
    page = Path(__file__).resolve().parents[1] / "fixtures" / "html-pages" / "nav-only.html"
    message = api_error(
        client.post("/api/extract", json={"html": page.read_text(encoding="utf-8")}), 400, "invalid_input"
    )
    assert "only links" in message


# "caf\xe9" in a string (Latin-1, not UTF-8) and nesting past the recursion limit: msgspec raises UnicodeDecodeError and
# RecursionError for them, which answered 500 "an unexpected error occurred".
_NOT_UTF8 = b'{"text": "caf\xe9"}'
_TOO_DEEP = b'{"text": "a", "meta": {"a": ' + b"[" * 5_000 + b"]" * 5_000 + b"}}"  # within max_body_bytes


@pytest.mark.parametrize(
    "raw", [b"{", b"", b"not json", b'{"text": "\\ud800"}', b"\xff\xfe", _NOT_UTF8, b"[" * 10_000, _TOO_DEEP]
)
def test_malformed_json_is_400(client: TestClient, raw: bytes) -> None:
    response = client.post("/api/extract", content=raw, headers={"Content-Type": "application/json"})
    api_error(response, 400, "invalid_request")


@pytest.mark.parametrize(
    "raw", [b'{"articles": [{"text": "caf\xe9"}]}', b'{"articles": [{"text": "a", "x": ' + b"[" * 10_000]
)
def test_add_articles_refuses_a_body_not_in_utf8_or_nested_too_deep_with_400(
    client: TestClient, auth: dict[str, str], raw: bytes
) -> None:
    headers = {"Content-Type": "application/json", **auth}
    api_error(client.post("/api/articles", content=raw, headers=headers), 400, "invalid_request")


def test_a_form_or_file_upload_is_told_to_send_json(client: TestClient, auth: dict[str, str]) -> None:
    """``curl -F text=...`` sends multipart/form-data: "not valid JSON ... (byte 1)" alone did not say what to do."""
    form = client.post("/api/extract", files={"text": ("a.txt", b"She said it.")})
    assert "multipart/form-data: send the article as a JSON object" in api_error(form, 400, "invalid_request")
    plain = client.post("/api/articles", content=b"She said it.", headers={"Content-Type": "text/plain", **auth})
    assert "text/plain: send" in api_error(plain, 400, "invalid_request")
    # JSON labelled as a form, as ``curl -d`` sends it, is still read
    labelled = {"Content-Type": "application/x-www-form-urlencoded"}
    assert client.post("/api/extract", content=b'{"text": "She said it."}', headers=labelled).status_code == 200


def test_extract_text_over_the_limit_is_413_before_extraction(client: TestClient, extractor: Any) -> None:
    api_error(client.post("/api/extract", json={"text": "word " * 1001}), 413, "too_large")  # max 5,000 chars
    assert extractor.calls == 1  # the fake is called, and refuses before any work; the real one too


def test_add_articles_extracts_stores_and_reports(client: TestClient, auth: dict[str, str]) -> None:
    articles = [
        {
            "id": "new-1",
            "text": TEXT,
            "url": "https://ex.com/1",
            "published": "2025-04-01",
            "outlet": "ex",
            "desk": "x",
        },
        {"text": '"Fine," Ann Lee said.', "published": "2025-04-02"},
        {"id": "bad", "text": "  "},
        {"id": "both", "text": "a", "html": "<p>a</p>"},
        {"id": "nyt-2", "text": '"Tariffs worry farmers," Ann Lee said.', "published": "2025-03-01"},
    ]
    response = client.post("/api/articles", json={"articles": articles}, headers=auth)
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["ingested"][0]["id"] == "new-1"
    assert report["ingested"][1]["id"].startswith("sha256:")
    assert {f["id"] for f in report["failures"]} == {"bad", "both"}
    assert (report["added"], report["replaced"]) == (2, 1)
    stored = client.get("/api/articles/new-1").json()
    assert stored["outlet"] == "ex" and stored["meta"]["desk"] == "x" and stored["url"] == "https://ex.com/1"
    assert client.get("/api/attributions", params={"speaker": "Paul Grant"}).json()["items"]


def test_add_articles_is_bounded(client: TestClient, auth: dict[str, str]) -> None:
    many = {"articles": [{"text": TEXT}] * (MAX_ARTICLES_PER_REQUEST + 1)}
    api_error(client.post("/api/articles", json=many, headers=auth), 400, "invalid_request")
    api_error(client.post("/api/articles", json={"articles": []}, headers=auth), 400, "invalid_request")
    api_error(client.post("/api/articles", json={"articles": [{"text": 1}]}, headers=auth), 400, "invalid_request")


def test_add_articles_records_a_long_text_as_a_failure(client: TestClient, auth: dict[str, str]) -> None:
    body = {"articles": [{"id": "long", "text": "word " * 1001}, {"id": "ok", "text": TEXT}]}
    report = client.post("/api/articles", json=body, headers=auth).json()
    assert [i["id"] for i in report["ingested"]] == ["ok"]
    assert report["failures"][0]["id"] == "long" and "max_extract_chars" in report["failures"][0]["reason"]


def test_an_article_with_an_impossible_date_is_a_failure_and_the_others_are_stored(
    client: TestClient, auth: dict[str, str]
) -> None:
    """One 2025-02-30 refused the whole request (the other articles lost); it is that article's
    failure, as an empty text is. A date of the wrong shape is still a 400: the request breaks the spec."""
    body = {"articles": [{"id": "feb-30", "text": TEXT, "published": "2025-02-30"}, {"id": "ok", "text": TEXT}]}
    response = client.post("/api/articles", json=body, headers=auth)
    assert response.status_code == 200, response.text
    report = response.json()
    assert [i["id"] for i in report["ingested"]] == ["ok"]
    assert [(f["id"], f["source"]) for f in report["failures"]] == [("feb-30", "articles[0]")]
    assert "'2025-02-30' is not a date" in report["failures"][0]["reason"]
    assert client.get("/api/articles/feb-30").status_code == 404
    shape = {"articles": [{"id": "x", "text": TEXT, "published": "Friday"}, {"id": "ok", "text": TEXT}]}
    api_error(client.post("/api/articles", json=shape, headers=auth), 400, "invalid_request")


def test_script_and_onerror_are_stored_and_returned_as_data(client: TestClient, auth: dict[str, str]) -> None:
    text = '"<script>alert(1)</script> <img src=x onerror="alert(2)">," Eve Hack said.'
    client.post("/api/articles", json={"articles": [{"id": "xss-2", "text": text}]}, headers=auth)
    assert client.get("/api/articles/xss-2").json()["text"] == text


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [("post", "/api/articles", {"articles": [{"text": TEXT}]}), ("delete", "/api/articles/nyt-1", None)],
)
def test_writes_need_the_right_token(client: TestClient, method: str, path: str, body: Any) -> None:
    def send(headers: dict[str, str]) -> Any:
        return client.request(method.upper(), path, json=body, headers=headers)

    missing = send({})
    api_error(missing, 401, "unauthorized")
    assert missing.headers["WWW-Authenticate"] == "Bearer"
    api_error(send({"Authorization": "Bearer wrong"}), 403, "forbidden")
    api_error(send({"Authorization": "Basic czNjcmV0LXRva2Vu"}), 401, "unauthorized")
    assert client.get("/api/articles/nyt-1").status_code == 200  # nothing was deleted


def test_without_a_configured_token_every_write_is_refused(client_for: Callable[..., TestClient]) -> None:
    with client_for(api_token=None) as open_server:
        for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Bearer None"}):
            api_error(open_server.delete("/api/articles/nyt-1", headers=headers), 403, "forbidden")
        assert open_server.get("/api/articles/nyt-1").status_code == 200


def test_delete_removes_the_article_then_404(client: TestClient, auth: dict[str, str]) -> None:
    assert client.delete("/api/articles/nyt-1", headers=auth).status_code == 204
    api_error(client.get("/api/articles/nyt-1"), 404, "not_found")
    api_error(client.delete("/api/articles/nyt-1", headers=auth), 404, "not_found")
    assert client.get("/api/stats").json()["attributions"] == 4
