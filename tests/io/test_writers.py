"""Batch output parts: every registered output format is written and read back whole."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from quotegraph.errors import ConfigError
from quotegraph.io.results import ResultFile, read_results
from quotegraph.io.writers import OUTPUT_FORMATS, count_part_rows, part_path, write_part
from quotegraph.model import ArticleResult, Failure


def test_the_registry_holds_the_formats_the_docs_name() -> None:
    assert OUTPUT_FORMATS == ("jsonl", "parquet")


@pytest.mark.parametrize("fmt", OUTPUT_FORMATS)
def test_every_output_format_comes_back_as_written(tmp_path: Path, populated_result: ArticleResult, fmt: str) -> None:
    failure = Failure(id="bad", source="in.jsonl:line 2", reason="empty text")
    write_part(tmp_path, 1, [populated_result], [failure], fmt)
    loaded = list(read_results(ResultFile(str(part_path(tmp_path, 1, fmt)), "results")))
    assert [item.item for item in loaded] == [populated_result]
    failures = list(read_results(ResultFile(str(tmp_path / "parts" / "failures-000001.jsonl"), "failures")))
    assert [item.item for item in failures] == [failure]


def test_an_unknown_output_format_is_a_config_error_and_writes_nothing(
    tmp_path: Path, populated_result: ArticleResult
) -> None:
    with pytest.raises(ConfigError, match=r"unknown output format 'csv'; choose one of jsonl, parquet"):
        write_part(tmp_path, 1, [populated_result], [], "csv")
    assert not (tmp_path / "parts").exists()


@pytest.mark.parametrize("fmt", OUTPUT_FORMATS)
def test_a_part_s_rows_are_counted_in_its_own_format(tmp_path: Path, populated_result: ArticleResult, fmt: str) -> None:
    results = [msgspec.structs.replace(populated_result, id=f"a{i}") for i in range(3)]
    write_part(tmp_path, 0, results, [], fmt)
    assert count_part_rows(part_path(tmp_path, 0, fmt), fmt) == 3


def test_an_unknown_format_is_a_config_error_when_counting(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown output format 'xml'"):
        count_part_rows(tmp_path / "part-000000.xml", "xml")
