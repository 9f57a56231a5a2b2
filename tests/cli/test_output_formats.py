"""The CLI offers the output formats the writer has, read from its one registry."""

from __future__ import annotations

import sys

import click
import pytest

from quotegraph.cli.batch import batch
from quotegraph.io.writers import OUTPUT_FORMATS


def test_batch_format_choices_are_the_writers_formats() -> None:
    (option,) = [p for p in batch.params if p.name == "output_format"]
    assert isinstance(option.type, click.Choice)
    assert tuple(option.type.choices) == OUTPUT_FORMATS


def test_listing_commands_offer_their_forms_through_one_option() -> None:
    from quotegraph.cli.corpus import search, speakers
    from quotegraph.cli.extract import extract
    from quotegraph.cli.output import CSV, JSONL, TABLE
    from quotegraph.cli.statements import statements

    offered = {}
    for command in (extract, statements, search, speakers):
        (option,) = [p for p in command.params if p.name == "fmt"]
        assert isinstance(option.type, click.Choice)
        offered[command.name] = tuple(option.type.choices)
    assert offered == {
        "extract": (TABLE, JSONL),
        "statements": (TABLE, JSONL),
        "search": (TABLE, JSONL, CSV),
        "speakers": (TABLE, JSONL),
    }


def test_the_default_form_is_a_table_on_a_terminal_and_json_lines_in_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotegraph.cli import output

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert output.chosen_format(None) == "table"
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert output.chosen_format(None) == "jsonl"
    assert output.chosen_format("csv") == "csv"
