"""CSV output opens in a spreadsheet: a cell that would start a formula is written as text (OWASP's
CSV injection advice: a leading single quote), and every other cell is left exactly as it was."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import msgspec
import pytest
from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.cli.output import spreadsheet_cell, write_csv
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("We will win", "We will win"),
        ("", ""),
        ("0.75", "0.75"),
        ("a=b", "a=b"),
    ],
)
def test_a_cell_that_would_start_a_formula_is_written_as_text(cell: str, written: str) -> None:
    assert spreadsheet_cell(cell) == written


def test_write_csv_quotes_every_cell_and_neutralises_formulas() -> None:
    out = io.StringIO()
    write_csv(out, ("a", "b"), [["=1+1", 'say "hi", then'], ["plain", "-x"]])
    assert out.getvalue().splitlines() == ['"a","b"', '"\'=1+1","say ""hi"", then"', '"plain","\'-x"']


def test_search_csv_neutralises_what_an_article_carries(tmp_path: Path, populated_result: ArticleResult) -> None:
    hostile = msgspec.structs.replace(
        populated_result, title="=cmd|' /C calc'!A0", url="@evil", meta={"outlet": "+outlet"}
    )
    source = tmp_path / "results.jsonl"
    source.write_bytes(encode_result(hostile) + b"\n")
    db = tmp_path / "corpus.db"
    assert CliRunner().invoke(main, ["ingest", str(source), "--db", str(db), "--quiet"]).exit_code == 0
    written = CliRunner().invoke(main, ["search", "--db", str(db), "--format", "csv"]).stdout
    row = next(csv.DictReader(io.StringIO(written)))
    assert (row["title"], row["url"], row["outlet"]) == ("'=cmd|' /C calc'!A0", "'@evil", "'+outlet")
    assert row["content"] == "We will win … and soon"
