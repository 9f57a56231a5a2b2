"""What the pages read from a request's query string, and the links they write back into it."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote, urlencode, urlsplit

from quotegraph.errors import QueryError
from quotegraph.store import Query, make_query

__all__ = ["SEARCH_FIELDS", "link", "page_number", "path_part", "search_query", "web_url", "whole_number"]

SEARCH_FIELDS = ("q", "speaker", "about", "outlet", "channel", "since", "until", "kind", "type")
"""The search form's fields, named as the HTTP API's query parameters (``type`` is one type)."""
MAX_PAGE = 1_000_000  # a page number is only shown, never used to seek; this keeps it a small int
MAX_NUMBER_DIGITS = 18  # an id, count or offset fits a signed 64-bit integer: longer is no value of ours


def search_query(values: Mapping[str, str], *, limit: str | None = None, cursor: str | None = None) -> Query:
    """The checked query of the search form; raises ``QueryError`` naming the wrong field."""
    given = {name: values.get(name, "").strip() or None for name in SEARCH_FIELDS}
    try:
        count = int(limit) if limit else None
    except ValueError:
        raise QueryError(f"limit must be a whole number, not {limit!r}") from None
    speaker_id = values.get("speaker_id")  # a speaker page's own statements, not a search field
    return make_query(
        given["q"],
        speaker=given["speaker"],
        about=given["about"],
        outlet=given["outlet"],
        channel=given["channel"],
        since=given["since"],
        until=given["until"],
        kind=given["kind"],
        types=given["type"],
        speaker_id=int(speaker_id) if speaker_id else None,
        limit=count,
        cursor=cursor or None,
    )


def page_number(value: str | None) -> int:
    """The page number a pagination link carried (1 when absent or not a number)."""
    try:
        return min(max(int(value or 1), 1), MAX_PAGE)
    except ValueError:
        return 1


def whole_number(value: str | None, default: int) -> int:
    """An id, count or offset a link carried, or ``default`` when it is absent or not plain digits."""
    value = value or ""
    return int(value) if value.isascii() and value.isdigit() and len(value) <= MAX_NUMBER_DIGITS else default


def link(path: str, values: Mapping[str, str | int | None]) -> str:
    """``path`` with the non-empty ``values`` as its query string."""
    kept = {name: str(value) for name, value in values.items() if value not in (None, "")}
    return f"{path}?{urlencode(kept)}" if kept else path


def path_part(value: str) -> str:
    """A value (an article id, an outlet name) as one piece of a URL path: "/" and all else quoted."""
    return quote(value, safe="")


def web_url(value: str | None) -> str | None:
    """``value`` when it is an http(s) URL a page may link to; None for anything else (a
    ``javascript:`` or ``data:`` URL in an article's metadata must never become a link)."""
    if not value:
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    return value.strip() if parts.scheme in ("http", "https") and parts.netloc else None
