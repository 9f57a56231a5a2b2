"""The command line's one JSON-lines writer: one value a line, in order, nothing else."""

from __future__ import annotations

import io
import json

from quotegraph.cli.output import write_records


def test_each_record_is_one_line_of_json_in_order() -> None:
    out = io.BytesIO()
    write_records(({"n": n, "text": f"line {n}\nwith a break"} for n in range(3)), out)
    lines = out.getvalue().split(b"\n")
    assert lines[-1] == b""  # the last record ends its line too
    assert [json.loads(line) for line in lines[:-1]] == [{"n": n, "text": f"line {n}\nwith a break"} for n in range(3)]
