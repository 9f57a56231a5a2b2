"""Writes results: JSON lines for programs, a rich table for people at a terminal."""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.table import Table

from quotegraph.model import ArticleResult, Attribution, Excerpt, Failure
from quotegraph.model.codec import encode_result

__all__ = ["print_failure", "write_jsonl", "write_table"]

_MAX_CELL = 160


def write_jsonl(result: ArticleResult, stream: IO[bytes]) -> None:
    stream.write(encode_result(result) + b"\n")
    stream.flush()


def _cell(excerpt: Excerpt | None) -> str:
    if excerpt is None:
        return ""
    return excerpt.text if len(excerpt.text) <= _MAX_CELL else excerpt.text[: _MAX_CELL - 1] + "…"


def _speaker(attribution: Attribution) -> str:
    if attribution.speaker is not None:
        return attribution.speaker.name
    return _cell(attribution.source) or "(unnamed)"


def _when(attribution: Attribution) -> str:
    if attribution.time is None:
        return ""
    return f"{attribution.time.text} ({attribution.time.date})" if attribution.time.date else attribution.time.text


def write_table(result: ArticleResult, console: Console) -> None:
    source = result.meta.get("source")
    name = source if isinstance(source, str) else result.id
    table = Table(title=f"{name}: {len(result.attributions)} attributions", show_lines=True, expand=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("type", no_wrap=True)
    for column, share in (("speaker", 2), ("cue", 2), ("content", 6), ("channel / to", 2), ("when", 2)):
        table.add_column(column, ratio=share, overflow="fold")
    for a in result.attributions:
        circumstances = " / ".join(x for x in (_cell(a.channel), _cell(a.addressee)) if x)
        table.add_row(a.kind, a.type, _speaker(a), _cell(a.cue), _cell(a.content), circumstances, _when(a))
    console.print(table)


def print_failure(failure: Failure, console: Console) -> None:
    console.print(f"[bold red]error[/]: {failure.source}: {failure.reason}", markup=True, highlight=False)
