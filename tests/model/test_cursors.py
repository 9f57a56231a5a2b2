"""Page cursors are opaque and checked: a page's ``next`` comes back whole, and any token a page did
not give (made up, edited, or two numbers typed by hand) is a QueryError."""

from __future__ import annotations

import base64
import json

import pytest

from quotegraph.errors import QueryError
from quotegraph.model.cursors import open_cursor, seal_cursor


def test_a_sealed_cursor_opens_to_its_values() -> None:
    assert open_cursor(seal_cursor([3, 41]), 2) == [3, 41]
    assert open_cursor(seal_cursor([0.25, "2025-01-01", 7, 9]), 4) == [0.25, "2025-01-01", 7, 9]


def _plain(values: list[object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "token",
    [
        "5.3",  # what /api/statements took before: any two numbers
        _plain([5, 3]),  # the values alone, without the check
        _plain([1.0, 5, 10, 10]),  # what /api/attributions took before: any four
        "",
        "garbage!",
        seal_cursor([3, 41])[:-2],  # cut short
        seal_cursor([3, 41]).replace(seal_cursor([3, 41])[3], "A" if seal_cursor([3, 41])[3] != "A" else "B", 1),
    ],
)
def test_a_token_no_page_gave_is_refused(token: str) -> None:
    with pytest.raises(QueryError, match="invalid cursor"):
        open_cursor(token, 2)


def test_a_cursor_of_another_shape_is_refused() -> None:
    with pytest.raises(QueryError, match="invalid cursor"):
        open_cursor(seal_cursor([3, 41]), 4)
