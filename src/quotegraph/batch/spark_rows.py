"""Spark rows for results and failures, with a schema derived from the model types.

Deriving the schema from ``msgspec.inspect`` keeps it in step with ``quotegraph.model``: a field
added there appears in the Parquet output without a second definition to forget. Free-form
mappings (``meta``) have no fixed shape, so they are stored as JSON text.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import msgspec
import msgspec.inspect as mi

from quotegraph.errors import ConfigError
from quotegraph.model import ArticleResult, Failure

if TYPE_CHECKING:
    from pyspark.sql import types as st

__all__ = [
    "DATE_COLUMN",
    "failure_from_row",
    "failure_row",
    "failure_schema",
    "result_from_row",
    "result_row",
    "result_schema",
]

DATE_COLUMN = "published_date"
"""The partition column: the ``published`` date as a date, null when missing or not a date."""

_JSON_COLUMNS = ("meta",)


def _scalar_type(info: mi.Type) -> st.DataType | None:
    from pyspark.sql import types as st

    if isinstance(info, mi.StrType | mi.DictType | mi.AnyType):
        return st.StringType()
    if isinstance(info, mi.LiteralType) and all(isinstance(v, str) for v in info.values):
        return st.StringType()
    if isinstance(info, mi.BoolType):
        return st.BooleanType()
    if isinstance(info, mi.IntType):
        return st.LongType()
    if isinstance(info, mi.FloatType):
        return st.DoubleType()
    return None


def _spark_type(info: mi.Type) -> st.DataType:
    from pyspark.sql import types as st

    scalar = _scalar_type(info)
    if scalar is not None:
        return scalar
    if isinstance(info, mi.UnionType):
        present = [t for t in info.types if not isinstance(t, mi.NoneType)]
        if len(present) == 1:
            return _spark_type(present[0])
    if isinstance(info, mi.VarTupleType | mi.ListType):
        return st.ArrayType(_spark_type(info.item_type), containsNull=False)
    if isinstance(info, mi.StructType):
        fields = [_spark_type(f.type) for f in info.fields]
        if info.array_like:
            # an array-like struct (TextSpan) is written as the list msgspec encodes it to
            if any(f != fields[0] for f in fields):
                raise ConfigError(f"{info.cls.__name__}: array-like struct with mixed field types")
            return st.ArrayType(fields[0], containsNull=False)
        return st.StructType([st.StructField(f.encode_name, t, True) for f, t in zip(info.fields, fields, strict=True)])
    raise ConfigError(f"no Spark type for {info!r}")


def result_schema() -> st.StructType:
    """The Spark schema of one result row: the ArticleResult fields plus the date partition column."""
    from pyspark.sql import types as st

    schema = _spark_type(mi.type_info(ArticleResult))
    assert isinstance(schema, st.StructType)
    return schema.add(DATE_COLUMN, st.DateType(), True)


def failure_schema() -> st.StructType:
    from pyspark.sql import types as st

    schema = _spark_type(mi.type_info(Failure))
    assert isinstance(schema, st.StructType)
    return schema


def published_date(published: str | None) -> dt.date | None:
    """The date part of an ISO ``published`` value ("2025-02-01", "2025-02-01T10:00:00Z"), else None."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def result_row(result: ArticleResult) -> dict[str, Any]:
    row: dict[str, Any] = msgspec.to_builtins(result)
    for name in _JSON_COLUMNS:
        row[name] = msgspec.json.encode(row[name]).decode()
    row[DATE_COLUMN] = published_date(result.published)
    return row


def result_from_row(row: dict[str, Any]) -> ArticleResult:
    """The ArticleResult a row was made from (``row`` as from ``Row.asDict(recursive=True)``)."""
    fields = {k: v for k, v in row.items() if k != DATE_COLUMN}
    for name in _JSON_COLUMNS:
        fields[name] = msgspec.json.decode(fields[name])
    return msgspec.convert(fields, ArticleResult)


def failure_row(failure: Failure) -> dict[str, Any]:
    row: dict[str, Any] = msgspec.to_builtins(failure)
    return row


def failure_from_row(row: dict[str, Any]) -> Failure:
    return msgspec.convert(row, Failure)
