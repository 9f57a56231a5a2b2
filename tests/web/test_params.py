"""Query strings read and written by the pages."""

from __future__ import annotations

import pytest

from quotegraph.errors import QueryError
from quotegraph.web.params import link, page_number, path_part, search_query, web_url


def test_the_search_form_becomes_a_checked_query() -> None:
    query = search_query({"q": "tax", "speaker": " Audiard ", "since": "2025-01", "type": "thought", "kind": ""})
    assert query.text is not None and query.text.words() == {"tax"}
    assert (query.speaker, query.since, query.types, query.kind) == ("Audiard", "2025-01-01", ("thought",), None)


@pytest.mark.parametrize(
    ("values", "limit", "message"),
    [
        ({"since": "2025-13"}, None, "invalid date"),
        ({"q": '"unclosed'}, None, "unclosed quotation"),
        ({"kind": "quoted"}, None, "unknown kind"),
        ({}, "many", "whole number"),
        ({}, "0", "limit must be between"),
    ],
)
def test_a_wrong_field_is_a_query_error(values: dict[str, str], limit: str | None, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        search_query(values, limit=limit)


def test_links_keep_only_the_values_given() -> None:
    assert link("/search", {"q": "a b", "speaker": "", "page": 2, "cursor": None}) == "/search?q=a+b&page=2"
    assert link("/search", {"q": ""}) == "/search"


def test_path_parts_quote_slashes_and_markup() -> None:
    assert path_part("evil/<1> x") == "evil%2F%3C1%3E%20x"


def test_page_numbers_fall_back_to_one() -> None:
    assert [page_number(v) for v in (None, "3", "-2", "x", "9" * 30)] == [1, 3, 1, 1, 1_000_000]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.com/a?b=1", "https://example.com/a?b=1"),
        ("http://example.com", "http://example.com"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//example.com/a", None),
        ("http://[bad", None),
        (None, None),
    ],
)
def test_only_http_urls_become_links(value: str | None, expected: str | None) -> None:
    assert web_url(value) == expected
