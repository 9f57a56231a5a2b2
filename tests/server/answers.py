"""What every test of the API's error answers checks, in one place."""

from __future__ import annotations

from typing import Any


def api_error(response: Any, status: int, code: str) -> str:
    """The message of an error answer, once it is checked to be one: this status, a JSON body of
    exactly ``{"error": {"code", "message"}}`` with this code, and no traceback in the message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert list(body) == ["error"] and sorted(body["error"]) == ["code", "message"]
    assert body["error"]["code"] == code
    message: str = body["error"]["message"]
    assert "Traceback" not in message
    return message
