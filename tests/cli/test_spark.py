"""``quotegraph spark`` end to end in local mode: summary line, both datasets, loopback defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import main


def test_spark_command_is_registered() -> None:
    result = CliRunner().invoke(main, ["spark", "--help"])
    assert result.exit_code == 0
    assert "--partitions" in result.output and "--out" in result.output


def test_unknown_input_format_is_refused_before_spark_starts(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["spark", "x.jsonl", "--out", str(tmp_path), "--input-format", "pdf"])
    assert result.exit_code == 2
    assert "pdf" in result.output


@pytest.mark.spark
@pytest.mark.slow
@pytest.mark.xdist_group("spark")  # one Spark session at a time on two cores
def test_spark_command_writes_articles_and_failures(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    import pyarrow.dataset as ds

    articles = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": f"a{n}", "text": f"The mayor said on Monday that plan {n} would go ahead."}) for n in range(4)
    ]
    articles.write_text("\n".join([*lines, "not json"]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["spark", str(articles), "--out", str(out), "--partitions", "2"])
    assert result.exit_code == 3, result.output  # one line failed, four went through
    assert "1 files, 4 articles extracted, 1 failed" in result.output
    assert ds.dataset(out / "articles", format="parquet").count_rows() == 4
    assert ds.dataset(out / "failures", format="parquet").to_table().column("source").to_pylist() == [
        f"{articles}:line 5"
    ]
    again = CliRunner().invoke(main, ["spark", str(articles), "--out", str(out)])
    assert again.exit_code == 1 and "already exists" in again.output
    assert CliRunner().invoke(main, ["spark", str(articles), "--out", str(out), "--overwrite"]).exit_code == 3
