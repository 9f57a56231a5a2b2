"""``quotegraph statements`` end to end: ingest places quotes in statements, the command lists them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import msgspec
import pytest
from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result
from quotegraph.store import open_store


@pytest.fixture
def corpus(ingested: Callable[[list[ArticleResult]], Path], populated_result: ArticleResult) -> Path:
    """Three copies of the populated result (the senator's "We will win"), one with a changed word."""
    return ingested(
        [msgspec.structs.replace(populated_result, id=f"a{n}", published=f"2025-02-0{n + 1}") for n in range(3)]
    )


def test_ingest_places_quotes_and_statements_lists_them(corpus: Path) -> None:
    assert sqlite3.connect(corpus).execute("SELECT COUNT(*) FROM quotes").fetchone()[0] > 0
    outcome = CliRunner().invoke(
        main, ["statements", "--db", str(corpus), "--format", "jsonl", "--min-occurrences", "3"]
    )
    assert outcome.exit_code == 0, outcome.output
    lines = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert lines, "a quote carried by three articles is a statement of three occurrences"
    line = lines[0]
    assert set(line) == {"id", "speaker", "text", "occurrences", "first", "variants"} | {
        "occurrence_count",
        "variant_count",
        "chain",
    }
    assert [o["article"] for o in line["occurrences"]] == ["a0", "a1", "a2"]
    assert set(line["occurrences"][0]) == {"article", "outlet", "published", "attribution", "text"}
    assert line["first"]["article"] == "a0" and line["first"]["published"] == "2025-02-01"
    assert line["variants"] == []


def test_table_and_filters(corpus: Path) -> None:
    runner = CliRunner()
    table = runner.invoke(main, ["statements", "--db", str(corpus), "--format", "table", "--min-occurrences", "3"])
    assert table.exit_code == 0 and "statements" in table.stdout
    none = runner.invoke(main, ["statements", "--db", str(corpus), "--format", "jsonl", "--speaker", "Nobody Here"])
    assert none.exit_code == 0 and none.stdout == ""
    variants = runner.invoke(main, ["statements", "--db", str(corpus), "--format", "jsonl", "--variants"])
    assert variants.exit_code == 0 and variants.stdout == ""


def test_an_empty_corpus_lists_nothing(tmp_path: Path) -> None:
    open_store(tmp_path / "empty.db").close()
    outcome = CliRunner().invoke(main, ["statements", "--db", str(tmp_path / "empty.db"), "--format", "jsonl"])
    assert outcome.exit_code == 0 and outcome.stdout == ""


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    outcome = CliRunner().invoke(main, ["statements", "--db", str(tmp_path / "no" / "such.db")])
    assert outcome.exit_code == 1 and "does not exist" in outcome.stderr


def test_bench_statements_prints_its_figures(tmp_path: Path) -> None:
    from ..store.quoted import corpus

    source = tmp_path / "results.jsonl"
    source.write_bytes(b"".join(encode_result(r) + b"\n" for r in corpus()))
    outcome = CliRunner().invoke(main, ["bench", "statements", "--quotes", "60", "--source", str(source), "--json"])
    assert outcome.exit_code == 0, outcome.output
    figures = json.loads(outcome.stdout)
    assert figures["quotes"] >= 60 and figures["statements"] >= 3
    assert figures["quotes_per_s"] > 0 and figures["peak_rss_mb"] > 0
