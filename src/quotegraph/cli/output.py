"""Writes results: JSON lines for programs, a rich table for people at a terminal."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any, Protocol, TypeVar

import click
import msgspec
from rich.console import Console
from rich.table import Table
from rich.text import Text

from quotegraph.model import ArticleResult, Attribution, Excerpt, Failure
from quotegraph.model.codec import encode_result
from quotegraph.model.corpus import ArticleRef, Hit, HitPage, SpeakerSummary
from quotegraph.model.statements import Statement, statement_record

__all__ = [
    "CSV",
    "HIT_COLUMNS",
    "JSONL",
    "SPEAKER_COLUMNS",
    "STATEMENT_COLUMNS",
    "TABLE",
    "WRITERS",
    "CsvListing",
    "JsonlListing",
    "Listing",
    "TableListing",
    "chosen_format",
    "chosen_listing",
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
    "write_statements_table",
    "write_table",
]

_MAX_CELL = 160
_MAX_STATEMENT = 200  # characters of a statement's text in a table cell
# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): a quote before it makes it text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# The forms a listing command prints: the names of its --format choices, spelled here only (``WRITERS`` maps
# each to its writer).
TABLE = "table"
JSONL = "jsonl"
CSV = "csv"
_Command = TypeVar("_Command", bound=Callable[..., Any])


def format_option(help: str = "default: table on a terminal") -> Callable[[_Command], _Command]:
    """The ``--format`` option (as ``fmt``) of a command that prints a listing: one choice per writer of
    ``WRITERS``, so that every listing command offers the same forms; ``chosen_listing`` picks when none is given."""
    return click.option("--format", "fmt", type=click.Choice(tuple(WRITERS)), help=help)


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


def write_csv(
    stream: IO[str], header: Sequence[str], rows: Iterable[Sequence[str]], *, with_header: bool = True
) -> None:
    """The one place CSV is written: every cell quoted and made safe by ``spreadsheet_cell``. A stream written in
    parts (``extract``'s articles) gives ``with_header=False`` after its first part."""
    writer = csv.writer(stream, quoting=csv.QUOTE_ALL)
    if with_header:
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


def _short_statement(text: str) -> str:
    return text if len(text) <= _MAX_STATEMENT else text[: _MAX_STATEMENT - 1] + "…"


def write_statements_table(found: Sequence[Statement], console: Console, *, show_diffs: bool) -> None:
    """Statements with their speaker, how often and where first quoted, and their reporting chain;
    ``show_diffs`` lists each variant's word diff under the text, else only how many there are."""
    table = Table(title=f"{len(found)} statements", show_lines=True, expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("speaker", ratio=2, overflow="fold")
    table.add_column("statement", ratio=6, overflow="fold")
    table.add_column("times", no_wrap=True)
    table.add_column("first", ratio=2, overflow="fold")
    table.add_column("reporting chain", ratio=2, overflow="fold")
    for s in found:
        first = f"{s.first.article.published or 'undated'}\n{s.first.article.id}"
        text = _short_statement(s.text)
        if show_diffs:
            text += "".join(f"\n• {v.article}: {_short_statement(v.diff)}" for v in s.variants)
        elif s.variant_count:
            text += f"\n({s.variant_count} variant{'s' if s.variant_count > 1 else ''}: --variants shows them)"
        speaker = s.speaker.name if s.speaker else ""
        table.add_row(str(s.id), speaker, text, str(s.occurrence_count), first, " → ".join(s.chain))
    console.print(table)


SPEAKER_COLUMNS = (
    "id",
    "name",
    "names",
    "type",
    "gender",
    "wikidata",
    "statements",
    "articles",
    "outlets",
    "first",
    "last",
)
STATEMENT_COLUMNS = (
    "id",
    "speaker",
    "statement",
    "occurrences",
    "variants",
    "first_article",
    "first_published",
    "origin",
    "chain",
)
# How a CSV cell joins a list (a speaker's names, a statement's chain): a character no name or outlet holds.
_CSV_LIST_SEPARATOR = "; "


def _speaker_row(s: SpeakerSummary) -> list[str]:
    """One corpus speaker as a CSV row of ``SPEAKER_COLUMNS``."""
    return [
        str(s.id),
        s.name,
        _CSV_LIST_SEPARATOR.join(s.names),
        s.type,
        s.gender,
        s.wikidata or "",
        str(s.statements),
        str(s.articles),
        str(s.outlets),
        s.first or "",
        s.last or "",
    ]


def _statement_row(s: Statement) -> list[str]:
    """One statement as a CSV row of ``STATEMENT_COLUMNS``: its whole first wording, uncut."""
    return [
        str(s.id),
        s.speaker.name if s.speaker else "",
        s.text,
        str(s.occurrence_count),
        str(s.variant_count),
        s.first.article.id,
        s.first.article.published or "",
        s.origin or "",
        _CSV_LIST_SEPARATOR.join(s.chain),
    ]


class Listing(Protocol):
    """One output format of the listing commands (``extract``, ``search``, ``speakers``, ``statements``):
    how it writes each kind of record they print, to standard output. ``WRITERS`` holds one per format."""

    def result(self, result: ArticleResult) -> None:
        """One article's attributions, as ``extract`` finds them (called once per article, in order)."""
        ...

    def hits(self, page: HitPage) -> None: ...

    def speakers(self, found: Sequence[SpeakerSummary]) -> None: ...

    def statements(self, found: Sequence[Statement], *, show_diffs: bool) -> None:
        """``show_diffs``: the command listed only statements with variants, to show their wordings."""
        ...


class TableListing:
    """Rich tables, for a person at a terminal."""

    def __init__(self) -> None:
        self._console = plain_console()

    def result(self, result: ArticleResult) -> None:
        write_table(result, self._console)

    def hits(self, page: HitPage) -> None:
        write_hits_table(page, self._console)

    def speakers(self, found: Sequence[SpeakerSummary]) -> None:
        write_speakers_table(list(found), self._console)

    def statements(self, found: Sequence[Statement], *, show_diffs: bool) -> None:
        write_statements_table(found, self._console, show_diffs=show_diffs)


class JsonlListing:
    """One JSON value a line, for programs: the whole record (diffs and all), whatever ``show_diffs`` says."""

    def result(self, result: ArticleResult) -> None:
        write_jsonl(result, sys.stdout.buffer)

    def hits(self, page: HitPage) -> None:
        from quotegraph.model.codec import hit_builtins

        write_records(hit_builtins(hit) for hit in page.items)

    def speakers(self, found: Sequence[SpeakerSummary]) -> None:
        write_records(found)

    def statements(self, found: Sequence[Statement], *, show_diffs: bool) -> None:
        write_records(statement_record(statement) for statement in found)


class CsvListing:
    """A spreadsheet's rows through ``write_csv``, a header first. ``extract``'s rows are its attributions, in the
    columns of search hits (``HIT_COLUMNS``); its header comes once, before the first article's rows."""

    def __init__(self) -> None:
        self._header_written = False

    def result(self, result: ArticleResult) -> None:
        from quotegraph.store.keys import outlet_of

        article = ArticleRef(
            id=result.id, outlet=outlet_of(result), published=result.published, title=result.title, url=result.url
        )
        rows = [hit_row(Hit(attribution=a, article=article)) for a in result.attributions]
        write_csv(sys.stdout, HIT_COLUMNS, rows, with_header=not self._header_written)
        self._header_written = True

    def hits(self, page: HitPage) -> None:
        write_csv(sys.stdout, HIT_COLUMNS, (hit_row(hit) for hit in page.items))

    def speakers(self, found: Sequence[SpeakerSummary]) -> None:
        write_csv(sys.stdout, SPEAKER_COLUMNS, (_speaker_row(s) for s in found))

    def statements(self, found: Sequence[Statement], *, show_diffs: bool) -> None:
        write_csv(sys.stdout, STATEMENT_COLUMNS, (_statement_row(s) for s in found))


# The one registry of listing formats: a command's --format choices are its keys (``format_option``).
WRITERS: dict[str, Callable[[], Listing]] = {TABLE: TableListing, JSONL: JsonlListing, CSV: CsvListing}


def chosen_listing(fmt: str | None) -> Listing:
    """The writer of the format asked for, else of ``chosen_format``'s default."""
    return WRITERS[chosen_format(fmt)]()
