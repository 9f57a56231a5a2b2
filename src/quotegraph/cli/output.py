"""Writes results: JSON lines for programs, a rich table for people at a terminal."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any, TypeVar

import click
import msgspec
from rich.console import Console
from rich.table import Table
from rich.text import Text

from quotegraph.model import ArticleResult, Attribution, Excerpt, Failure
from quotegraph.model.codec import encode_result
from quotegraph.model.corpus import Hit, HitPage, SpeakerSummary

__all__ = [
    "CSV",
    "HIT_COLUMNS",
    "JSONL",
    "TABLE",
    "chosen_format",
    "format_option",
    "hit_row",
    "plain_console",
    "print_failure",
    "spreadsheet_cell",
    "write_csv",
    "write_hits_table",
    "write_jsonl",
    "write_records",
    "write_speakers_table",
    "write_table",
]

_MAX_CELL = 160
# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): a quote before it makes it text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# The forms a listing command prints: the names of its --format choices, spelled here only.
TABLE = "table"
JSONL = "jsonl"
CSV = "csv"
_Command = TypeVar("_Command", bound=Callable[..., Any])


def format_option(*extra: str, help: str = "default: table on a terminal") -> Callable[[_Command], _Command]:
    """The ``--format`` option (as ``fmt``) of a command that prints a listing: a table or JSON
    lines, and the ``extra`` forms it also writes; ``chosen_format`` picks when none is given."""
    return click.option("--format", "fmt", type=click.Choice([TABLE, JSONL, *extra]), help=help)


def chosen_format(fmt: str | None) -> str:
    """The format asked for, else a table for a person at a terminal and JSON lines for a pipe."""
    return fmt or (TABLE if sys.stdout.isatty() else JSONL)


def plain_console(*, stderr: bool = False) -> Console:
    """A console that prints text as it is given: rich would read "[...]" in an article, a name or
    a path as markup, and "[/bold]" unmatched stops the command."""
    return Console(stderr=stderr, soft_wrap=stderr, markup=False)


def write_jsonl(result: ArticleResult, stream: IO[bytes]) -> None:
    stream.write(encode_result(result) + b"\n")
    stream.flush()


def write_records(records: Iterable[Any], stream: IO[bytes] | None = None) -> None:
    """One JSON value a line (search hits, speakers, statements), to standard output by default."""
    out = sys.stdout.buffer if stream is None else stream
    encoder = msgspec.json.Encoder()
    for record in records:
        out.write(encoder.encode(record) + b"\n")
    out.flush()


def _cell(excerpt: Excerpt | None) -> str:
    if excerpt is None:
        return ""
    return excerpt.text if len(excerpt.text) <= _MAX_CELL else excerpt.text[: _MAX_CELL - 1] + "…"


def _speaker_cell(attribution: Attribution) -> str:
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
        table.add_row(a.kind, a.type, _speaker_cell(a), _cell(a.cue), _cell(a.content), circumstances, _when(a))
    console.print(table)


def print_failure(failure: Failure, console: Console) -> None:
    console.print(Text.assemble(("error", "bold red"), f": {failure.source}: {failure.reason}"), highlight=False)


HIT_COLUMNS = (
    "article",
    "outlet",
    "published",
    "title",
    "url",
    "speaker",
    "kind",
    "type",
    "cue",
    "content",
    "channel",
    "addressee",
    "time",
    "date",
    "confidence",
)


def spreadsheet_cell(value: str) -> str:
    """``value`` as a spreadsheet shows it and never runs it: with a single quote before a formula's
    first character (article text is anyone's, and "=HYPERLINK(...)" in a title would be live)."""
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def write_csv(stream: IO[str], header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """The one place CSV is written: every cell quoted and made safe by ``spreadsheet_cell``."""
    writer = csv.writer(stream, quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    writer.writerows([spreadsheet_cell(cell) for cell in row] for row in rows)


def hit_row(hit: Hit) -> list[str]:
    """One search hit as a CSV row of ``HIT_COLUMNS``."""
    a, art = hit.attribution, hit.article
    time = a.time
    return [
        art.id,
        art.outlet or "",
        art.published or "",
        art.title or "",
        art.url or "",
        _speaker_cell(a),
        a.kind,
        a.type,
        _cell(a.cue),
        a.content.text if a.content else "",
        _cell(a.channel),
        _cell(a.addressee),
        time.text if time else "",
        (time.date or "") if time else "",
        f"{a.confidence:g}",
    ]


def _bold_matches(hit: Hit) -> Text:
    """The content with the words the search matched in bold."""
    text = Text(_cell(hit.attribution.content))
    for match in hit.matches:
        if match.end <= _MAX_CELL - 1:
            text.stylize("bold reverse", match.start, match.end)
    return text


def write_hits_table(page: HitPage, console: Console) -> None:
    table = Table(title=f"{len(page.items)} attributions", show_lines=True, expand=True)
    table.add_column("published", no_wrap=True)
    for column, share in (("outlet", 1), ("speaker", 2), ("cue", 1), ("content", 7)):
        table.add_column(column, ratio=share, overflow="fold")
    for hit in page.items:
        a = hit.attribution
        table.add_row(
            hit.article.published or "", hit.article.outlet or "", _speaker_cell(a), _cell(a.cue), _bold_matches(hit)
        )
    console.print(table)


def write_speakers_table(speakers: list[SpeakerSummary], console: Console) -> None:
    table = Table(title=f"{len(speakers)} speakers", expand=True)
    columns = ("id", "name", "also named", "type", "gender", "statements", "articles", "outlets", "first", "last")
    for column in columns:
        table.add_column(column, overflow="fold")
    for s in speakers:
        others = "; ".join(n for n in s.names if n != s.name)
        label = f"{s.name} ({s.wikidata})" if s.wikidata else s.name
        table.add_row(
            str(s.id),
            label,
            others,
            s.type,
            s.gender,
            str(s.statements),
            str(s.articles),
            str(s.outlets),
            s.first or "",
            s.last or "",
        )
    console.print(table)
