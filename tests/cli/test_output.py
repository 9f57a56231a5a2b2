"""The command line's output: one JSON-lines writer (one value a line, in order, nothing else) and one rule for
which format a command writes when none is asked for.

The output formats the CLI offers, read from the writer's one registry (joined from ``test_output_formats``). CSV
output opens in a spreadsheet: a cell that would start a formula is written as text (OWASP's CSV injection advice: a
leading single quote), and every other cell is left exactly as it was (joined from ``test_csv``)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import click
import msgspec
import pytest
from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.cli.batch import batch
from quotegraph.cli.output import (
    CSV,
    HIT_COLUMNS,
    JSONL,
    SPEAKER_COLUMNS,
    STATEMENT_COLUMNS,
    TABLE,
    CsvListing,
    chosen_format,
    spreadsheet_cell,
    write_csv,
    write_records,
)
from quotegraph.io.writers import OUTPUT_FORMATS
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result


def test_each_record_is_one_line_of_json_in_order() -> None:
    out = io.BytesIO()
    write_records(({"n": n, "text": f"line {n}\nwith a break"} for n in range(3)), out)
    lines = out.getvalue().split(b"\n")
    assert lines[-1] == b""  # the last record ends its line too
    assert [json.loads(line) for line in lines[:-1]] == [{"n": n, "text": f"line {n}\nwith a break"} for n in range(3)]


class _Stdout(io.StringIO):
    def __init__(self, *, terminal: bool) -> None:
        super().__init__()
        self._terminal = terminal

    def isatty(self) -> bool:
        return self._terminal


@pytest.mark.parametrize(("terminal", "expected"), [(True, "table"), (False, "jsonl")])
def test_a_person_at_a_terminal_gets_a_table_and_a_pipe_json_lines(
    monkeypatch: pytest.MonkeyPatch, terminal: bool, expected: str
) -> None:
    monkeypatch.setattr(sys, "stdout", _Stdout(terminal=terminal))
    assert chosen_format(None) == expected


@pytest.mark.parametrize("terminal", [True, False])
def test_the_format_asked_for_wins_wherever_the_output_goes(monkeypatch: pytest.MonkeyPatch, terminal: bool) -> None:
    monkeypatch.setattr(sys, "stdout", _Stdout(terminal=terminal))
    assert chosen_format("csv") == "csv"


def test_batch_format_choices_are_the_writers_formats() -> None:
    (option,) = [p for p in batch.params if p.name == "output_format"]
    assert isinstance(option.type, click.Choice)
    assert tuple(option.type.choices) == OUTPUT_FORMATS


def test_listing_commands_offer_their_forms_through_one_option() -> None:
    """Every listing command offers the forms of the one registry of writers: none lists a form another lacks."""
    from quotegraph.cli.corpus import search, speakers
    from quotegraph.cli.extract import extract
    from quotegraph.cli.output import CSV, JSONL, TABLE, WRITERS
    from quotegraph.cli.statements import statements

    offered = {}
    for command in (extract, statements, search, speakers):
        (option,) = [p for p in command.params if p.name == "fmt"]
        assert isinstance(option.type, click.Choice)
        offered[command.name] = tuple(option.type.choices)
    assert tuple(WRITERS) == (TABLE, JSONL, CSV)
    assert offered == {
        "extract": (TABLE, JSONL, CSV),
        "statements": (TABLE, JSONL, CSV),
        "search": (TABLE, JSONL, CSV),
        "speakers": (TABLE, JSONL, CSV),
    }


def test_the_default_form_is_a_table_on_a_terminal_and_json_lines_in_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotegraph.cli import output

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert output.chosen_format(None) == "table"
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert output.chosen_format(None) == "jsonl"
    assert output.chosen_format("csv") == "csv"


@pytest.fixture
def corpus(ingested: Callable[[list[ArticleResult]], Path], populated_result: ArticleResult) -> Path:
    """Three copies of the populated result (its "We will win"), said by a named speaker: a statement, a speaker
    and hits to list."""
    attribution = populated_result.attributions[0]
    assert attribution.speaker is not None
    named = msgspec.structs.replace(
        populated_result,
        entities=(msgspec.structs.replace(populated_result.entities[0], name="Ann Lee"),),
        attributions=(
            msgspec.structs.replace(attribution, speaker=msgspec.structs.replace(attribution.speaker, name="Ann Lee")),
        ),
    )
    return ingested([msgspec.structs.replace(named, id=f"a{n}", published=f"2025-02-0{n + 1}") for n in range(3)])


# What each corpus listing's CSV header is, and the words its table's title ends with.
_LISTINGS = {"search": (HIT_COLUMNS, "attributions"), "speakers": (SPEAKER_COLUMNS, "speakers")}
_LISTINGS["statements"] = (STATEMENT_COLUMNS, "statements")


@pytest.mark.parametrize("fmt", [TABLE, JSONL, CSV])
@pytest.mark.parametrize("command", sorted(_LISTINGS))
def test_every_corpus_listing_writes_every_form_it_offers(corpus: Path, command: str, fmt: str) -> None:
    outcome = CliRunner().invoke(main, [command, "--db", str(corpus), "--format", fmt])
    assert outcome.exit_code == 0, outcome.output
    columns, title = _LISTINGS[command]
    if fmt == JSONL:
        records = [json.loads(line) for line in outcome.stdout.splitlines()]
        assert records and all(isinstance(record, dict) for record in records)
    elif fmt == CSV:
        header, *rows = list(csv.reader(io.StringIO(outcome.stdout)))
        assert tuple(header) == columns
        assert rows and all(len(row) == len(columns) for row in rows)
    else:
        first_line = outcome.stdout.strip().splitlines()[0].strip()
        assert first_line.endswith(f" {title}") and first_line[0].isdigit()


def test_extract_s_csv_writes_its_header_once_before_the_first_article(
    populated_result: ArticleResult, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = CsvListing()
    listing.result(populated_result)
    listing.result(msgspec.structs.replace(populated_result, id="second"))
    header, *rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert tuple(header) == HIT_COLUMNS
    per_article = len(populated_result.attributions)
    assert per_article and len(rows) == 2 * per_article
    assert [row[0] for row in rows] == [populated_result.id] * per_article + ["second"] * per_article


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
