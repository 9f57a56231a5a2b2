"""The CLI offers the output formats the writer has, read from its one registry."""

from __future__ import annotations

import click

from quotegraph.cli.batch import batch
from quotegraph.io.writers import OUTPUT_FORMATS


def test_batch_format_choices_are_the_writers_formats() -> None:
    (option,) = [p for p in batch.params if p.name == "output_format"]
    assert isinstance(option.type, click.Choice)
    assert tuple(option.type.choices) == OUTPUT_FORMATS
