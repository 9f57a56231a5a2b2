"""``quotegraph statements``: quotes carried by several articles, their origin and their variants."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from quotegraph.cli.errors import failing
from quotegraph.cli.output import JSONL, chosen_format, format_option, plain_console, write_records
from quotegraph.model.statements import Statement, statement_record
from quotegraph.settings import load_settings

__all__ = ["statements"]

_MAX_TEXT = 200


@click.command()
@click.option("--speaker", help="statements some occurrence credits to this speaker (a full name or a surname)")
@click.option("--min-occurrences", type=click.IntRange(1), default=1, show_default=True, help="quoted this often")
@click.option("--variants", is_flag=True, help="only statements with an occurrence whose words differ")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True, help="statements listed")
@format_option()
@click.option("--db", help="the corpus: an SQLite file or a postgresql:// URL (setting db).")
def statements(
    speaker: str | None, min_occurrences: int, variants: bool, limit: int, fmt: str | None, db: str | None
) -> None:
    """Statements of the corpus, the most often quoted first: each quote carried by one or more
    articles, with its occurrences, where it first appeared and the wordings that differ."""
    from quotegraph.graph.statements import update_statements
    from quotegraph.store import open_store

    fmt = chosen_format(fmt)
    with failing():
        settings = load_settings({"db": db})
        store = open_store(settings.db, busy_timeout=settings.db_timeout, create=False)
        try:
            update_statements(store)  # ingest does this; a corpus from before statements catches up here
            found = store.statements(speaker=speaker, min_occurrences=min_occurrences, variants=variants, limit=limit)
        finally:
            store.close()
    if fmt == JSONL:
        write_records(statement_record(statement) for statement in found)
        return
    _write_table(found, plain_console(), show_diffs=variants)


def _short(text: str) -> str:
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"


def _write_table(found: list[Statement], console: Console, *, show_diffs: bool) -> None:
    table = Table(title=f"{len(found)} statements", show_lines=True, expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("speaker", ratio=2, overflow="fold")
    table.add_column("statement", ratio=6, overflow="fold")
    table.add_column("times", no_wrap=True)
    table.add_column("first", ratio=2, overflow="fold")
    table.add_column("reporting chain", ratio=2, overflow="fold")
    for s in found:
        first = f"{s.first.article.published or 'undated'}\n{s.first.article.id}"
        text = _short(s.text)
        if show_diffs:
            text += "".join(f"\n• {v.article}: {_short(v.diff)}" for v in s.variants)
        elif s.variant_count:
            text += f"\n({s.variant_count} variant{'s' if s.variant_count > 1 else ''}: --variants shows them)"
        speaker = s.speaker.name if s.speaker else ""
        table.add_row(str(s.id), speaker, text, str(s.occurrence_count), first, " → ".join(s.chain))
    console.print(table)
