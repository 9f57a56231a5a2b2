"""The read routes over the small corpus of conftest.py, and the bad input the issue lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from quotegraph.store import Store

from .answers import api_error


def test_search_answers_items_with_article_and_matches(client: TestClient) -> None:
    page = client.get("/api/attributions", params={"q": "budget"}).json()
    assert page["next"] is None
    assert {item["article"]["id"] for item in page["items"]} == {"nyt-1", "cnn-1"}
    for item in page["items"]:
        content = item["content"]["text"]
        assert item["matches"] and all(content[s:e].lower() == "budget" for s, e in item["matches"])
        assert {"id", "kind", "cue", "source", "speaker", "confidence"} <= set(item)
        assert set(item["article"]) == {"id", "outlet", "published", "title", "url"}


def test_search_filters_by_speaker_outlet_dates_kind_and_type(client: TestClient) -> None:
    def ids(**params: str) -> list[tuple[str, str]]:
        items = client.get("/api/attributions", params=params).json()["items"]
        return [(i["article"]["id"], i["id"]) for i in items]

    assert ids(speaker="Lopez") == [("nyt-1", "A2"), ("nyt-1", "A1")]
    assert {a for a, _ in ids(outlet="nyt")} == {"nyt-1", "nyt-2"}
    assert {a for a, _ in ids(since="2025-02", until="2025-03-01")} == {"cnn-1", "nyt-2"}
    assert ids(kind="indirect") == []
    assert len(ids(type="statement,thought")) == 6
    assert ids(q="budget", speaker="John Smith") == [("cnn-1", "A2")]
    smith = client.get("/api/attributions", params={"speaker": "John Smith"}).json()["items"][0]["speaker_id"]
    assert ids(speaker_id=str(smith)) == [("cnn-1", "A2"), ("cnn-1", "A1")]
    assert client.get(f"/api/speakers/{smith}").json()["speaker"]["name"] == "John Smith"


def test_pages_follow_the_cursor_to_the_end_without_repeats(client: TestClient) -> None:
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 2}
    for _ in range(10):
        page = client.get("/api/attributions", params=params).json()
        seen += [f"{i['article']['id']}/{i['id']}" for i in page["items"]]
        if page["next"] is None:
            break
        params["cursor"] = page["next"]
    assert len(seen) == len(set(seen)) == 6


@pytest.mark.parametrize("text", ['"', '"unclosed', "*", "NEAR(", "';--", "a OR", "-", "budget*", 'NEAR("a" "b")'])
def test_search_syntax_is_a_4xx_or_a_plain_search_never_a_500(client: TestClient, text: str) -> None:
    response = client.get("/api/attributions", params={"q": text})
    if response.status_code == 200:
        assert isinstance(response.json()["items"], list)
    else:
        api_error(response, 400, "invalid_query")


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"since": "2025-13-01"}, "invalid_query"),
        ({"until": "2025-02-30"}, "invalid_query"),
        ({"since": "yesterday"}, "invalid_request"),
        ({"since": "2025-03", "until": "2025-01"}, "invalid_query"),
        ({"limit": "0"}, "invalid_request"),
        ({"limit": "201"}, "invalid_request"),
        ({"limit": "ten"}, "invalid_request"),
        ({"kind": "quoted"}, "invalid_request"),
        ({"type": "rumour"}, "invalid_request"),
        ({"cursor": "not-a-cursor"}, "invalid_query"),
        ({"cursor": "WzEuMCw1LDEwLDEwXQ"}, "invalid_query"),  # [1.0,5,10,10] made by hand, not by a page
        ({"q": "x" * 501}, "invalid_request"),
        ({"speaker": "a\x00b"}, "invalid_request"),
    ],
)
def test_bad_search_parameters_are_400(client: TestClient, params: dict[str, str], code: str) -> None:
    api_error(client.get("/api/attributions", params=params), 400, code)


def test_speakers_list_pages_and_filter(client: TestClient) -> None:
    first = client.get("/api/speakers", params={"limit": 2}).json()
    assert [s["name"] for s in first["items"]] == ["Maria Lopez", "John Smith"]
    assert first["next_offset"] == 2
    rest = client.get("/api/speakers", params={"limit": 2, "offset": 2}).json()
    assert {s["name"] for s in rest["items"]} == {"Ann Lee", "Evil Doer"} and rest["next_offset"] is None
    assert [s["name"] for s in client.get("/api/speakers", params={"name": "smi"}).json()["items"]] == ["John Smith"]
    api_error(client.get("/api/speakers", params={"offset": -1}), 400, "invalid_request")


def test_speaker_detail_and_unknown_speaker(client: TestClient) -> None:
    lopez = client.get("/api/speakers", params={"name": "lopez"}).json()["items"][0]
    detail = client.get(f"/api/speakers/{lopez['id']}", params={"period": "week"}).json()
    assert detail["speaker"]["statements"] == 2
    assert detail["outlets"] == [{"name": "nyt", "count": 2, "id": None}]
    assert detail["timeline"] == [{"period": "2025-W02", "count": 2}]
    api_error(client.get("/api/speakers/999999"), 404, "not_found")
    api_error(client.get("/api/speakers/abc"), 400, "invalid_request")
    api_error(client.get(f"/api/speakers/{2**70}"), 400, "invalid_request")


def test_article_has_text_entities_attributions_and_outlet(client: TestClient) -> None:
    article = client.get("/api/articles/cnn-1").json()
    assert article["outlet"] == "cnn" and article["ingested_at"]
    assert article["text"].startswith('"The plan is reckless,"')
    assert [e["name"] for e in article["entities"]] == ["John Smith"]
    assert [a["id"] for a in article["attributions"]] == ["A1", "A2"]
    assert "nope" in api_error(client.get("/api/articles/nope"), 404, "not_found")


def test_article_ids_with_slashes_are_reachable(client: TestClient, store: Store) -> None:
    import msgspec

    from quotegraph.model import ArticleResult

    result = msgspec.json.decode(client.get("/api/articles/nyt-2").content, type=ArticleResult)
    store.add([msgspec.structs.replace(result, id="https://example.com/a/b?c=1")])
    response = client.get("/api/articles/https%3A%2F%2Fexample.com%2Fa%2Fb%3Fc%3D1")
    assert response.status_code == 200 and response.json()["id"] == "https://example.com/a/b?c=1"


def test_script_in_article_text_is_returned_as_data(client: TestClient) -> None:
    response = client.get("/api/articles/xss-1")
    assert response.headers["content-type"] == "application/json"
    assert "<script>alert(1)</script>" in response.json()["text"]
    assert "onerror=alert(2)" in response.json()["attributions"][0]["content"]["text"]


def test_outlets_and_one_outlet(client: TestClient) -> None:
    outlets = client.get("/api/outlets").json()["items"]
    assert (outlets[0]["name"], outlets[0]["attributions"]) == ("nyt", 3)
    nyt = client.get("/api/outlets/NYT").json()
    assert nyt["articles"] == 2 and nyt["speakers"][0]["name"] == "Maria Lopez"
    api_error(client.get("/api/outlets/unknown"), 404, "not_found")


def test_stats_count_the_corpus(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert (stats["articles"], stats["attributions"], stats["speakers"], stats["outlets"]) == (4, 6, 4, 3)
    assert stats["kinds"] == {"direct": 6} and stats["first"] == "2025-01-10"


def test_private_reads_need_the_token(client_for: Callable[..., TestClient]) -> None:
    with client_for(api_token="tok", public_reads=False) as private:
        api_error(private.get("/api/stats"), 401, "unauthorized")
        api_error(private.get("/api/stats", headers={"Authorization": "Bearer nope"}), 403, "forbidden")
        assert private.get("/api/stats", headers={"Authorization": "Bearer tok"}).status_code == 200
    with client_for(public_reads=False) as no_token:
        api_error(no_token.get("/api/stats", headers={"Authorization": "Bearer tok"}), 403, "forbidden")
