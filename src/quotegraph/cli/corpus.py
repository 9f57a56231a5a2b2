"""``quotegraph ingest``, ``search`` and ``speakers``: a corpus from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from quotegraph.cli.errors import end_run, exit_with, failing
from quotegraph.cli.output import chosen_listing, format_option, plain_console, print_failure
from quotegraph.errors import EXIT_INTERRUPTED
from quotegraph.io.readers import FORMATS
from quotegraph.model.identity import IdentityReport
from quotegraph.settings import Settings, load_settings

__all__ = [
    "DB_HELP",
    "aliases",
    "ingest",
    "open",
    "search",
    "speakers",
]

DB_HELP = "the corpus: an SQLite file or a postgresql:// URL (setting db, default quotegraph.db)."


def open(settings: Settings, *, create: bool = True) -> Any:
    """The corpus of ``settings.db``; commands that only read it pass ``create=False``, so that a
    mistyped path is an error rather than a new, empty corpus."""
    from quotegraph.store import open_store

    return open_store(settings.db, busy_timeout=settings.db_timeout, create=create)


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--db", help=DB_HELP)
@click.option("--workers", type=int, help="extraction worker processes (default: one per CPU).")
@click.option("--input-format", type=click.Choice(FORMATS), help="read article inputs as this format.")
@click.option("--text-field", help="JSONL field holding the text (default: text)")
@click.option("--id-field", help="JSONL field holding the id (default: id)")
@click.option("--html-field", help="JSONL field holding raw HTML")
@click.option(
    "--work",
    "work_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="folder for the extracted parts; give the same one again to resume an interrupted ingest "
    "(default: a temporary folder, removed when the run ends).",
)
@click.option(
    "--aliases",
    type=click.Path(dir_okay=False),
    help="alias file (TSV: name, aliases, wikidata, apart) that replaces the corpus's alias entries "
    "(setting aliases; see `quotegraph aliases`).",
)
@click.option("--quiet", is_flag=True, help="no progress bar; only failures and the final summary")
def ingest(
    inputs: tuple[str, ...], input_format: str | None, work_dir: Path | None, quiet: bool, **options: Any
) -> None:
    """Store INPUTS in the corpus. Results already extracted (`extract` or `batch` JSONL, `batch` or
    `spark` Parquet parts, their output folders) go in as they are; articles in any format `batch`
    reads are extracted first. The same article twice changes nothing; a new extraction of it
    replaces its attributions. Failed documents are reported and recorded in the corpus."""
    from quotegraph.batch.ingest import ingest as run_ingest
    from quotegraph.batch.progress import BarProgress, QuietProgress

    errors = plain_console(stderr=True)
    with failing():
        settings = load_settings(options)
        store = open(settings)
        try:
            outcome = run_ingest(
                list(inputs),
                store,
                settings,
                input_format=input_format,
                work_dir=work_dir,
                progress=QuietProgress() if quiet else BarProgress(),
                on_failure=lambda failure: print_failure(failure, errors),
            )
        except KeyboardInterrupt as exc:
            for note in getattr(exc, "__notes__", []):
                errors.print(note, highlight=False)
            exit_with(EXIT_INTERRUPTED)
        finally:
            store.close()
    report = outcome.report
    errors.print(
        f"{store.url}: {report.added:,} added, {report.replaced:,} replaced, {report.unchanged:,} unchanged "
        f"({outcome.loaded:,} read as results, {outcome.extracted:,} extracted); {len(outcome.failures):,} failed",
        highlight=False,
    )
    if outcome.speakers is not None:
        errors.print(_speakers_line(outcome.speakers), highlight=False)
    end_run(outcome.loaded + outcome.extracted, len(outcome.failures))


def _speakers_line(report: IdentityReport) -> str:
    return (
        f"speakers: {report.names:,} names in {report.people:,} people ({report.merged:,} grouped with another "
        f"name; {report.moved:,} moved now)"
    )


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--db", help=DB_HELP)
def aliases(file: str, db: str | None) -> None:
    """Apply the alias FILE to the whole corpus: its entries replace the corpus's (an empty file
    removes them), and every name is grouped again. FILE is tab-separated with a header line naming
    its columns: name (required), aliases and apart (names separated by ";"), wikidata (an item id
    such as Q6294). Each line is one person: name and aliases are merged and labelled name; the
    names in apart are never grouped with them. A bad file changes nothing."""
    from quotegraph.graph.aliases import read_aliases
    from quotegraph.graph.speakers import update_speakers

    with failing():
        entries = read_aliases(file)
        store = open(load_settings({"db": db}))
        try:
            report = update_speakers(store, entries)
        finally:
            store.close()
    click.echo(f"{store.url}: {len(entries):,} alias entries; {_speakers_line(report)}", err=True)


@click.command()
@click.argument("text", required=False)
@click.option("--speaker", help="said by this speaker (a full name or a surname)")
@click.option("--outlet", help="published by this outlet")
@click.option("--since", help="published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)")
@click.option("--until", help="published on or before this date (YYYY-MM-DD, YYYY-MM or YYYY)")
@click.option("--kind", type=click.Choice(["direct", "indirect", "mixed"]), help="direct, indirect or mixed")
@click.option("--type", "types", help="statement, thought or finding; several with commas")
@click.option("--channel", help='the channel contains these words ("interview")')
@click.option("--about", help="the content mentions this speaker or entity")
@click.option("--limit", type=int, default=20, show_default=True, help="results on this page (at most 200)")
@click.option("--cursor", help="the page after the one that printed this cursor")
@format_option()
@click.option("--db", help=DB_HELP)
def search(text: str | None, fmt: str | None, db: str | None, **filters: Any) -> None:
    """Attributions in the corpus. TEXT searches their contents like a web search: words (all must
    match), "quoted phrases", OR between two terms, -word to exclude. Results are ranked by relevance
    when TEXT is given, newest first otherwise."""
    from quotegraph.store import make_query

    listing = chosen_listing(fmt)
    with failing():
        query = make_query(text, **filters)
        store = open(load_settings({"db": db}), create=False)
        try:
            page = store.search(query)
        finally:
            store.close()
    listing.hits(page)
    if page.next is not None:  # on stderr in every format: a script reading JSONL or CSV needs it to page on
        plain_console(stderr=True).print(f"more: --cursor {page.next}", highlight=False)


@click.command()
@click.option("--name", help="only speakers whose name contains this")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True, help="speakers listed")
@format_option()
@click.option("--db", help=DB_HELP)
def speakers(name: str | None, limit: int, fmt: str | None, db: str | None) -> None:
    """Named speakers with how many statements, articles and outlets, and their first and last dates,
    the most quoted first."""
    listing = chosen_listing(fmt)
    with failing():
        store = open(load_settings({"db": db}), create=False)
        try:
            found = store.speakers(name=name, limit=limit)
        finally:
            store.close()
    listing.speakers(found)
