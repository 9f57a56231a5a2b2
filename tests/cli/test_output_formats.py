"""The CLI offers the output formats the writer has, read from its one registry."""

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
from quotegraph.cli.output import CSV, HIT_COLUMNS, JSONL, SPEAKER_COLUMNS, STATEMENT_COLUMNS, TABLE, CsvListing
from quotegraph.io.writers import OUTPUT_FORMATS
from quotegraph.model import ArticleResult


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
