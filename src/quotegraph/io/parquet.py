"""The Arrow/Parquet shape of one ``ArticleResult``: nested structs mirroring the JSON output.

The Arrow types are derived from the model types (``msgspec.inspect``), so a field added to the
model reaches Parquet without anyone copying it here. Differences from the JSON, each for a reason:
a span ``[start, end]`` is a fixed-size list of two int64; ``published`` is a ``date32`` (null when
it is not a YYYY-MM-DD date) so datasets can be partitioned by it; ``meta`` (free-form input fields)
is a JSON-encoded string. Needs the ``parquet`` extra (pyarrow).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import msgspec
import msgspec.inspect as mi
import pyarrow as pa

from quotegraph.errors import InputError, StoreError
from quotegraph.model import ArticleResult, TextSpan
from quotegraph.model.periods import day_of

__all__ = ["ARTICLE_SCHEMA", "arrow_type", "result_of", "results_from_table", "results_to_table", "row_of"]

SPAN = pa.list_(pa.int64(), 2)

# Top-level fields whose Parquet form differs from the model's (see the module docstring).
_OVERRIDES: dict[str, pa.DataType] = {"published": pa.date32(), "meta": pa.string()}


def arrow_type(info: mi.Type) -> pa.DataType:
    """The Arrow type of one model type; raises ``StoreError`` for a type the model does not use."""
    if isinstance(info, mi.UnionType):
        others = [t for t in info.types if not isinstance(t, mi.NoneType)]
        if len(others) != 1:
            raise StoreError(f"no Arrow form for the union {info}")
        return arrow_type(others[0])
    if isinstance(info, mi.StructType):
        if info.cls is TextSpan:
            return SPAN
        return pa.struct([(f.encode_name, arrow_type(f.type)) for f in info.fields])
    if isinstance(info, mi.VarTupleType | mi.ListType):
        return pa.list_(arrow_type(info.item_type))
    scalars: dict[type[mi.Type], pa.DataType] = {
        mi.StrType: pa.string(),
        mi.LiteralType: pa.string(),
        mi.IntType: pa.int64(),
        mi.FloatType: pa.float64(),
        mi.BoolType: pa.bool_(),
    }
    for kind, arrow in scalars.items():
        if isinstance(info, kind):
            return arrow
    raise StoreError(f"no Arrow form for {info}")


def _article_schema() -> pa.Schema:
    info = mi.type_info(ArticleResult)
    assert isinstance(info, mi.StructType)  # for mypy only: ArticleResult is a struct
    return pa.schema(
        [
            pa.field(f.encode_name, _OVERRIDES.get(f.name) or arrow_type(f.type), nullable=f.name != "id")
            for f in info.fields
        ]
    )


ARTICLE_SCHEMA = _article_schema()


def row_of(result: ArticleResult) -> dict[str, Any]:
    row: dict[str, Any] = msgspec.to_builtins(result)
    row["published"] = _date(result.published)
    row["meta"] = msgspec.json.encode(result.meta).decode() if result.meta else None
    return row


def result_of(row: dict[str, Any]) -> ArticleResult:
    """The result a Parquet row holds (``row_of`` read back); raises ``InputError`` on another shape."""
    fields = dict(row)
    published = fields.get("published")
    fields["published"] = published.isoformat() if isinstance(published, dt.date) else published
    meta = fields.get("meta")
    fields["meta"] = msgspec.json.decode(meta) if meta else {}
    for key, value in list(fields.items()):
        if value is None and key in _DEFAULTED:
            del fields[key]  # Spark writes absent optional fields as nulls
    try:
        return msgspec.convert(fields, ArticleResult)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise InputError(f"not a quotegraph result row: {exc}") from exc


_DEFAULTED = {f for f in ArticleResult.__struct_fields__ if f not in ("id", "entities", "attributions")}


def results_to_table(results: Iterable[ArticleResult]) -> pa.Table:
    return pa.Table.from_pylist([row_of(r) for r in results], schema=ARTICLE_SCHEMA)


def results_from_table(table: pa.Table) -> list[ArticleResult]:
    return [result_of(row) for row in table.to_pylist()]


def _date(value: str | None) -> dt.date | None:
    day = day_of(value) if value else None
    return dt.date.fromisoformat(day) if day else None
