"""The Parquet form is derived from the model: every model field reaches it and comes back."""

from __future__ import annotations

import datetime as dt
import io

import msgspec
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from quotegraph.errors import InputError
from quotegraph.io.parquet import ARTICLE_SCHEMA, results_from_table, results_to_table
from quotegraph.model import ArticleResult, Attribution, Entity
from quotegraph.model.fields import leaves


def _arrow_paths(data_type: pa.DataType, prefix: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    if pa.types.is_struct(data_type):
        paths: set[tuple[str, ...]] = set()
        for index in range(data_type.num_fields):
            field = data_type.field(index)
            paths |= _arrow_paths(field.type, (*prefix, field.name))
        return paths
    return {prefix}  # a list (of spans, of mentions) is one value, as in ``leaves``


@pytest.mark.parametrize(("model", "column"), [(Attribution, "attributions"), (Entity, "entities")])
def test_every_model_field_has_an_arrow_column(model: type, column: str) -> None:
    arrow = _arrow_paths(ARTICLE_SCHEMA.field(column).type.value_type)
    wanted = {leaf.path for leaf in leaves(model)}
    assert wanted - arrow == set()
    assert arrow - wanted == set(), "an Arrow column that the model does not have"


def test_every_article_field_is_a_top_level_column() -> None:
    assert ARTICLE_SCHEMA.names == list(ArticleResult.__struct_fields__)


def test_a_populated_result_survives_a_parquet_file(populated_result: ArticleResult) -> None:
    sink = io.BytesIO()
    pq.write_table(results_to_table([populated_result]), sink)
    sink.seek(0)
    assert results_from_table(pq.read_table(sink)) == [populated_result]


def test_published_is_a_date_column(populated_result: ArticleResult) -> None:
    table = results_to_table([populated_result])
    assert table.schema.field("published").type == pa.date32()


@pytest.mark.parametrize(
    ("published", "day"),
    [("2016-05-14T09:30:00Z", dt.date(2016, 5, 14)), ("2016-05-14garbage", None), ("2020-02-31", None)],
)
def test_the_date_column_holds_the_day_a_publication_date_names(
    populated_result: ArticleResult, published: str, day: dt.date | None
) -> None:
    table = results_to_table([msgspec.structs.replace(populated_result, published=published)])
    assert table.column("published").to_pylist() == [day]


def test_a_row_of_another_shape_is_an_input_error() -> None:
    table = pa.Table.from_pylist([{"id": "x", "entities": "not a list"}])
    with pytest.raises(InputError, match="not a quotegraph result row"):
        results_from_table(table)
