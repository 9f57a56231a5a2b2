"""The Arrow/Parquet shape of one ``ArticleResult``: nested structs mirroring the JSON output.

Differences from the JSON, each for a reason: a span ``[start, end]`` is a fixed-size list of two
int64; ``published`` is a ``date32`` (null when not a YYYY-MM-DD date) so datasets can be
partitioned by it; ``meta`` (free-form input fields) is a JSON-encoded string.
Needs the ``parquet`` extra (pyarrow).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import msgspec
import pyarrow as pa

from quotegraph.model import ArticleResult

__all__ = ["ARTICLE_SCHEMA", "results_to_table", "row_of"]

SPAN = pa.list_(pa.int64(), 2)
EXCERPT = pa.struct([("spans", pa.list_(SPAN)), ("text", pa.string())])
SPEAKER = pa.struct([("entity", pa.string()), ("name", pa.string()), ("type", pa.string())])
TIME = pa.struct([("spans", pa.list_(SPAN)), ("text", pa.string()), ("date", pa.string())])
MENTION = pa.struct([("span", SPAN), ("text", pa.string())])
ENTITY = pa.struct([("id", pa.string()), ("name", pa.string()), ("type", pa.string()), ("mentions", pa.list_(MENTION))])
ATTRIBUTION = pa.struct(
    [
        ("id", pa.string()),
        ("kind", pa.string()),
        ("content", EXCERPT),
        ("cue", EXCERPT),
        ("source", EXCERPT),
        ("speaker", SPEAKER),
        ("channel", EXCERPT),
        ("addressee", EXCERPT),
        ("time", TIME),
        ("confidence", pa.float64()),
    ]
)
ARTICLE_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("entities", pa.list_(ENTITY)),
        pa.field("attributions", pa.list_(ATTRIBUTION)),
        pa.field("text", pa.string()),
        pa.field("published", pa.date32()),
        pa.field("meta", pa.string()),
        pa.field("schema_version", pa.string()),
    ]
)


def row_of(result: ArticleResult) -> dict[str, Any]:
    row: dict[str, Any] = msgspec.to_builtins(result)
    row["published"] = _date(result.published)
    row["meta"] = msgspec.json.encode(result.meta).decode() if result.meta else None
    return row


def results_to_table(results: Iterable[ArticleResult]) -> pa.Table:
    return pa.Table.from_pylist([row_of(r) for r in results], schema=ARTICLE_SCHEMA)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
