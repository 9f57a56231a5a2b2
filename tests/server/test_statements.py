"""The statement routes over the small corpus of conftest.py: the CLI's line shape, keyset pages,
404s, and statements kept in step with ``POST`` and ``DELETE /api/articles``."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from .answers import api_error

LINE_KEYS = {"id", "speaker", "text", "occurrences", "first", "variants", "occurrence_count", "variant_count", "chain"}
WALL = "We will build a great wall on the border"


def _post(client: TestClient, auth: dict[str, str], *articles: tuple[str, str, str, str]) -> None:
    body = {"articles": [{"id": i, "text": t, "published": d, "outlet": o} for i, t, d, o in articles]}
    response = client.post("/api/articles", json=body, headers=auth)
    assert response.status_code == 200, response.text


def _wall(client: TestClient) -> dict[str, Any] | None:
    items = client.get("/api/statements", params={"speaker": "Donald Trump"}).json()["items"]
    return items[0] if items else None


def test_listing_answers_lines_of_the_cli_shape(client: TestClient) -> None:
    page = client.get("/api/statements").json()
    assert page["next"] is None and len(page["items"]) == 4  # quotes of four words or more: one each
    for item in page["items"]:
        assert set(item) == LINE_KEYS
        assert set(item["first"]) == {"article", "outlet", "published"}
        occurrence = item["occurrences"][0]
        assert set(occurrence) == {"article", "outlet", "published", "attribution", "text"}
        assert item["occurrence_count"] == len(item["occurrences"]) == 1
    lopez = client.get("/api/statements", params={"speaker": "Lopez"}).json()["items"]
    assert {i["text"] for i in lopez} == {"We will cut the budget"}  # "Taxes stay" is too short a quote
    assert lopez[0]["speaker"]["name"] == "Maria Lopez" and lopez[0]["first"]["outlet"] == "nyt"


def test_pages_follow_the_cursor_without_repeats(client: TestClient) -> None:
    seen: list[int] = []
    params: dict[str, Any] = {"limit": 2}
    while True:
        page = client.get("/api/statements", params=params).json()
        seen += [item["id"] for item in page["items"]]
        if page["next"] is None:
            break
        params["cursor"] = page["next"]
    everything = [item["id"] for item in client.get("/api/statements").json()["items"]]
    assert seen == everything and len(set(seen)) == 4


def test_one_statement_then_404_and_bad_cursor(client: TestClient) -> None:
    listed = client.get("/api/statements").json()["items"][0]
    one = client.get(f"/api/statements/{listed['id']}").json()
    assert one == listed
    assert "no statement" in api_error(client.get("/api/statements/999999"), 404, "not_found")


@pytest.mark.parametrize("cursor", ["nonsense", "1.1", "999999999999999999.1", "0.0"])
def test_a_cursor_no_page_gave_is_400_as_on_attributions(client: TestClient, cursor: str) -> None:
    """Two numbers were taken as a place in the listing; now only a page's own ``next`` is."""
    message = api_error(client.get("/api/statements", params={"cursor": cursor}), 400, "invalid_query")
    assert message == api_error(client.get("/api/attributions", params={"cursor": cursor}), 400, "invalid_query")


def test_posted_articles_join_statements_and_deleted_ones_leave(client: TestClient, auth: dict[str, str]) -> None:
    _post(
        client,
        auth,
        ("w1", f'"{WALL}," Donald Trump said.', "2016-03-02", "nyt"),
        ("w2", f'"{WALL}," Donald Trump told reporters.', "2016-03-01", "fox"),
    )
    wall = _wall(client)
    assert wall is not None and [o["article"] for o in wall["occurrences"]] == ["w2", "w1"]
    assert wall["first"] == {"article": "w2", "outlet": "fox", "published": "2016-03-01"}
    assert wall["chain"] == ["fox", "nyt"]
    _post(client, auth, ("w3", f'"{WALL.replace("great", "big")}," Donald Trump said.', "2016-03-03", "cnn"))
    wall = _wall(client)
    assert wall is not None and wall["occurrence_count"] == 3 and wall["variants"][0]["article"] == "w3"

    assert client.delete("/api/articles/w2", headers=auth).status_code == 204
    after = client.get(f"/api/statements/{wall['id']}").json()
    assert [o["article"] for o in after["occurrences"]] == ["w1", "w3"] and after["first"]["outlet"] == "nyt"
    for article in ("w1", "w3"):
        assert client.delete(f"/api/articles/{article}", headers=auth).status_code == 204
    assert _wall(client) is None
    api_error(client.get(f"/api/statements/{wall['id']}"), 404, "not_found")
