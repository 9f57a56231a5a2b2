"""The command line's output: one JSON-lines writer (one value a line, in order, nothing else) and one rule for
which format a command writes when none is asked for."""

from __future__ import annotations

import io
import json
import sys

import pytest

from quotegraph.cli.output import chosen_format, write_records


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
