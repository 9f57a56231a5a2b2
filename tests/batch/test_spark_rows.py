"""Result and failure rows for Spark: derived schema and lossless round trips (no JVM needed)."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest

pytest.importorskip("pyspark")

from quotegraph.batch.spark_rows import (
    DATE_COLUMN,
    failure_from_row,
    failure_row,
    failure_schema,
    published_date,
    result_from_row,
    result_row,
    result_schema,
)
from quotegraph.model import (
    ArticleResult,
    Attribution,
    Entity,
    Failure,
    Mention,
    SpeakerRef,
    TextSpan,
    TimeRef,
    excerpt_of,
)

TEXT = '"We will appeal," the minister said on Friday, telling reporters it was unfair.'


def _result(published: str | None = "2025-02-01") -> ArticleResult:
    minister = Entity(
        id="E1", name="the minister", type="PERSON", mentions=(Mention(span=TextSpan(18, 30), text="the minister"),)
    )
    attribution = Attribution(
        id="A1",
        kind="direct",
        content=excerpt_of(TEXT, [(1, 15)]),
        cue=excerpt_of(TEXT, [(31, 35)]),
        source=excerpt_of(TEXT, [(18, 30)]),
        speaker=SpeakerRef(entity="E1", name="the minister", type="PERSON"),
        addressee=excerpt_of(TEXT, [(55, 64)]),
        time=TimeRef(spans=(TextSpan(36, 45),), text="on Friday", date="2025-01-31"),
        confidence=0.75,
    )
    return ArticleResult(
        id="a1",
        entities=(minister,),
        attributions=(attribution,),
        text=TEXT,
        published=published,
        meta={"site": "example", "tags": ["politics", 3], "nested": {"x": None}},
    )


def test_result_schema_has_every_model_field_and_the_date_column() -> None:
    names = result_schema().fieldNames()
    assert names == [*ArticleResult.__struct_fields__, DATE_COLUMN]
    assert failure_schema().fieldNames() == list(Failure.__struct_fields__)


@pytest.mark.parametrize("published", ["2025-02-01", "2025-02-01T09:30:00+01:00", None, "last week"])
def test_result_row_round_trips(published: str | None) -> None:
    result = _result(published)
    row = result_row(result)
    assert result_from_row(row) == result


def test_result_row_fits_the_schema() -> None:
    from pyspark.sql.types import _make_type_verifier

    _make_type_verifier(result_schema())(result_row(_result()))
    _make_type_verifier(failure_schema())(failure_row(Failure(id="x", source="f.jsonl:3", reason="not JSON")))


def test_meta_is_stored_as_json_text() -> None:
    row = result_row(_result())
    assert msgspec.json.decode(row["meta"]) == _result().meta


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-02-01", dt.date(2025, 2, 1)),
        ("2025-02-01T23:59:00Z", dt.date(2025, 2, 1)),
        ("Friday", None),
        ("2025-13-01", None),
        ("", None),
        (None, None),
    ],
)
def test_published_date(published: str | None, expected: dt.date | None) -> None:
    assert published_date(published) == expected


def test_failure_row_round_trips() -> None:
    failure = Failure(id="x", source="f.warc.gz:1024", reason="not HTML", error="InputError")
    assert failure_from_row(failure_row(failure)) == failure
