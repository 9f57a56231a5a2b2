"""Search text, dates, limits and cursors are checked before any database sees them."""

from __future__ import annotations

from typing import Any

import pytest

from quotegraph.errors import QueryError
from quotegraph.store.query import MAX_LIMIT, MAX_NAME_CHARS, Cursor, make_query, parse_day, parse_text


@pytest.mark.parametrize(
    ("text", "fts5", "websearch"),
    [
        ("economy", '("economy")', "economy"),
        ('trade "free trade" -tariff', '(("trade") AND ("free trade")) NOT "tariff"', 'trade "free trade" -tariff'),
        ("Clinton OR Trump wall", '("Clinton" OR "Trump") AND ("wall")', "Clinton OR Trump wall"),
        ("\"don't stop\" don't", '("don t stop")', '"don t stop"'),
        ('NEAR( * x:y ";--"', '("NEAR") AND ("x y")', 'NEAR "x y"'),
        ("OR war", '("war")', "war"),
        ('the war "of the worlds" "of the"', '("war") AND ("of the worlds")', 'war "of the worlds"'),
    ],
)
def test_search_text_is_rebuilt_from_its_words(text: str, fts5: str, websearch: str) -> None:
    parsed = parse_text(text)
    assert parsed.fts5() == fts5
    assert parsed.websearch() == websearch


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('say "hello', "unclosed quotation mark"),
        ("*", "no word"),
        ("-war", "no word"),
        ("the OR which", "common words"),
        ("x" * 501, "longer than"),
    ],
)
def test_search_text_that_cannot_be_run(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_text(text)


def test_too_many_terms() -> None:
    with pytest.raises(QueryError, match="more than 32"):
        parse_text(" ".join(f"w{i}" for i in range(33)))


@pytest.mark.parametrize(
    ("value", "end", "day"),
    [
        ("2025", False, "2025-01-01"),
        ("2025", True, "2025-12-31"),
        ("2024-02", True, "2024-02-29"),
        ("2025-03-04", True, "2025-03-04"),
    ],
)
def test_a_year_or_month_is_read_as_its_first_or_last_day(value: str, end: bool, day: str) -> None:
    assert parse_day(value, end=end) == day


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("9999-12", "9999-12-01", "9999-12-31"),
        ("9999", "9999-01-01", "9999-12-31"),
    ],
)
def test_a_period_s_first_and_last_days_up_to_the_calendar_s_end(value: str, first: str, last: str) -> None:
    """``until=9999-12`` counted back from the month after it, which the calendar lacks: a 500 in the API."""
    assert (parse_day(value), parse_day(value, end=True)) == (first, last)


@pytest.mark.parametrize("value", ["2025-13", "yesterday", "2025-02-30", "25"])
def test_invalid_days(value: str) -> None:
    with pytest.raises(QueryError, match="invalid date"):
        parse_day(value)


def test_make_query_checks_every_filter() -> None:
    with pytest.raises(QueryError, match="unknown kind"):
        make_query(kind="rumour")
    with pytest.raises(QueryError, match="unknown type"):
        make_query(types="statement,gossip")
    with pytest.raises(QueryError, match="limit"):
        make_query(limit=MAX_LIMIT + 1)
    with pytest.raises(QueryError, match="after until"):
        make_query(since="2025-02", until="2025-01")
    query = make_query("  ", speaker=" ", types="statement, thought", since="2025")
    assert (query.text, query.speaker, query.types, query.since) == (None, None, ("statement", "thought"), "2025-01-01")


@pytest.mark.parametrize(
    "token",
    ["garbage!", "W10", "eyJhIjogMX0", Cursor(1.5, 3, 9, 9).encode()[:-2], Cursor(1.5, True, 9, 9).encode()],
)
def test_a_cursor_not_given_by_a_page_is_refused(token: str) -> None:
    with pytest.raises(QueryError, match="invalid cursor"):
        Cursor.decode(token)


def test_a_cursor_survives_its_round_trip() -> None:
    cursor = Cursor(0.123456789012345, 42, 99, 97)
    assert Cursor.decode(cursor.encode()) == cursor


def test_empty_items_of_types_are_ignored() -> None:
    """As the types setting reads them: "statement," keeps statements (it was "unknown type ''")."""
    assert make_query(types="statement,,thought,").types == ("statement", "thought")


@pytest.mark.parametrize("field", ["speaker", "outlet", "channel", "about"])
def test_a_name_longer_than_a_name_is_refused_saying_which(field: str) -> None:
    """The command line passed 60,000 characters on, and SQLite answered "LIKE or GLOB pattern too complex"."""
    filters: dict[str, Any] = {field: "a" * 60_000}
    with pytest.raises(QueryError, match=f"^{field} has 60,000 characters: give .* at most {MAX_NAME_CHARS}"):
        make_query(**filters)
    filters[field] = "a" * MAX_NAME_CHARS
    assert make_query(**filters) is not None
